"""English constructions that hide a known cue's claim: a request after a verb of asking, ...
One short invented example each (the people are fictional)."""
from conftest import extract_text, one, speaker_name


def test_request_after_a_verb_of_asking_is_the_claim_with_its_addressee():
    r = one(extract_text("In a letter, Lena Ortiz asked the county board to delay the vote until May."), "board")
    assert r["text"] == "the county board to delay the vote until May" and speaker_name(r) == "Lena Ortiz"
    r = one(extract_text("The watchdog group asked to inspect the ballots."), "inspect")
    assert r["text"] == "to inspect the ballots"
    # an indirect question still wins; a noun's 'to' + -ing is no infinitive
    r = one(extract_text("Ortiz asked reporters whether the plan to raise taxes would pass."), "plan")
    assert r["text"] == "whether the plan to raise taxes would pass"
    assert extract_text("Ortiz asked about the plan to raise taxes.") == []
    r = one(extract_text("Ortiz asked the board about its commitment to making repairs."), "commitment")
    assert r["text"] == "its commitment to making repairs"     # the topic, not a request 'to making'


def test_headline_verbs_of_stance_and_revealing_are_cues_in_title_case():
    t = "County Audit Reveals Gaps In The Bridge Budget\n\nThe report was published on Monday."
    r = one(extract_text(t), "Gaps")
    assert r["text"] == "Gaps In The Bridge Budget" and r["speaker"]["mention"]["text"] == "County Audit"
    r = one(extract_text("Former Mayor Lena Ortiz Endorses Tom Diaz\n\nThe endorsement came late."), "Diaz")
    assert r["text"] == "Tom Diaz" and speaker_name(r) == "Lena Ortiz"
    # in running text a capitalised verb is part of a name
    assert extract_text("She visited the Backs River Reveals Gallery on Sunday with friends.") == []


def test_source_phrase_between_subject_and_verb_reports_the_whole_sentence():
    r = one(extract_text("Turnout, according to the county clerk, has doubled since the spring."), "Turnout")
    assert r["text"] == "Turnout, according to the county clerk, has doubled since the spring"
    assert r["speaker"]["mention"]["text"] == "the county clerk"
    r = one(extract_text("One of the options, according to a person close to the talks, is to delay the vote."), "options")
    assert r["text"].endswith("is to delay the vote")
    # a setting before the aside, its clause after it: no claim; nor inside the writer's parenthesis
    assert extract_text("Since March, according to the statistics office, prices rose by a fifth.") == []
    assert not any(x["text"].startswith("States like")
                   for x in extract_text("States like Iowa (93 percent white, according to exit polls), "
                                         "Ohio and Maine top the list."))


def test_a_topic_put_to_an_addressee_is_the_question_reported():
    r = one(extract_text("Radio host Tom Reyes asked the mayor about the bridge contract."), "contract")
    assert r["text"] == "the bridge contract" and speaker_name(r) == "Tom Reyes"
    r = one(extract_text("The county attorney asked the state court for a quick ruling."), "ruling")
    assert r["text"] == "a quick ruling"
    # the passive left after a subordinator names no asker
    assert extract_text("When asked about the contract, the mayor smiled.") == []
    assert extract_text("And when asked to leave, he reportedly refused.") == []


def test_a_bare_clause_may_open_with_a_quantifier_a_number_or_a_bare_plural():
    r = one(extract_text("They believe other towns would be wise to join the plan."), "towns")
    assert r["text"] == "other towns would be wise to join the plan"
    r = one(extract_text("We believe six hearings is enough for this bill."), "hearings")
    assert r["text"] == "six hearings is enough for this bill"
    r = one(extract_text("Ortiz thinks renters are likely to decide the race."), "renters")
    assert r["text"] == "renters are likely to decide the race"
    # without an auxiliary soon after it, no clause: the belief has no content here
    assert extract_text("They believe in taxing polluters, not rewarding them.") == []


def test_a_pronoun_with_a_contracted_verb_opens_a_bare_clause():
    r = one(extract_text("Voters know they’re being courted by both campaigns."), "courted")
    assert r["text"] == "they’re being courted by both campaigns"
    r = one(extract_text("Lena Ortiz admitted it's a risk for the county."), "risk")
    assert r["text"] == "it's a risk for the county" and speaker_name(r) == "Lena Ortiz"


def test_a_finding_document_set_off_by_a_participle_phrase_is_no_inverted_speaker():
    r = one(extract_text("A Tribune poll, conducted jointly with two research firms, shows Ortiz with 47 percent."),
            "Ortiz")
    assert r["text"] == "Ortiz with 47 percent" and r["speaker"]["mention"]["text"] == "A Tribune poll"


def test_a_headline_verb_reports_its_object_with_a_quoted_word_inside():
    t = "Retired Colonel Reveals ‘Draining’ Years Of Serving Under Ortiz\n\nThe colonel spoke on Monday."
    r = one(extract_text(t), "Years")
    assert r["text"] == "‘Draining’ Years Of Serving Under Ortiz" and r["kind"] == "mixed"
    assert r["speaker"]["mention"]["text"] == "Retired Colonel"
