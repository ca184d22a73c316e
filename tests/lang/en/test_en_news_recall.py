"""English news constructions that report speech without the usual marks or cues, one short
invented example each (the people are fictional)."""
from conftest import extract_text, one, speaker_name


def test_finding_document_with_a_tail_is_the_subject_of_its_finding():
    r = one(extract_text("A Harlow College poll out this week shows Ortiz with a 6-point lead over Diaz."), "lead")
    assert r["text"] == "Ortiz with a 6-point lead over Diaz"
    assert r["speaker"]["mention"]["text"] == "A Harlow College poll"
    r = one(extract_text("A study by the watchdog group Fair Count found the mayor received twice as much airtime."),
            "airtime")
    assert r["text"] == "the mayor received twice as much airtime"
    assert speaker_name(r) == "Fair Count"     # the document's author, named
    # a verb before the document: the document is its object, not the subject
    assert not any(x["speaker"] and x["speaker"]["mention"]["text"].endswith("polls")
                   for x in extract_text("Ortiz cites polls showing her ahead."))


def test_finding_document_object_after_a_coordinated_clause_is_no_tail():
    r = one(extract_text("Ohio is a battleground, and recent polls show Ortiz with a narrow lead."), "Ortiz")
    assert r["text"] == "Ortiz with a narrow lead" and r["speaker"]["mention"]["text"] == "recent polls"
    r = one(extract_text("Rents rose by a third last year, a survey by the Tenants Union found."), "Rents")
    assert r["text"] == "Rents rose by a third last year"


def test_clause_ending_in_a_poll_is_the_poll_finding():
    r = one(extract_text("Ortiz leads Diaz by 48 percent to 41 percent in a new Channel 5 poll released Friday."),
            "Ortiz")
    assert r["text"] == "Ortiz leads Diaz by 48 percent to 41 percent"
    assert r["speaker"]["mention"]["text"] == "a new Channel 5 poll released Friday"
    r = one(extract_text("Diaz is backed by 30 percent of voters in the Tribune average of recent surveys."), "Diaz")
    assert r["speaker"]["mention"]["text"] == "the Tribune average of recent surveys"
    # 'in the polls' is an idiom, and a claim with a speaker of its own keeps it
    assert extract_text("The mayor has been slipping badly in the polls.") == []
    r = one(extract_text("Ortiz said the mayor trails by 12 points in the new poll."), "mayor")
    assert speaker_name(r) == "Ortiz"


def test_according_to_after_a_sentence_opening_conjunction():
    r = one(extract_text("But, according to the survey, 46 percent of renters remain undecided."), "renters")
    assert r["text"] == "46 percent of renters remain undecided"
    assert r["speaker"]["mention"]["text"] == "the survey"
    r = one(extract_text("But according to the mayor's office, the bridge will reopen in May."), "bridge")
    assert r["text"] == "the bridge will reopen in May"


def test_trailing_according_to_before_the_writer_aside_about_the_source():
    r = one(extract_text("Ortiz won 54 percent of union households, according to exit polls (a wide margin)."),
            "Ortiz")
    assert r["text"] == "Ortiz won 54 percent of union households"
    r = one(extract_text("Ortiz leads by 10 points in Ohio, according to the Tribune average of polls, "
                         "where 18 delegates are at stake."), "Ortiz")
    assert r["text"] == "Ortiz leads by 10 points in Ohio"
    r = one(extract_text("The council is reviewing the contract, according to three county sources who spoke to "
                         "the Courier on Monday but were not authorized to speak on the record."), "council")
    assert r["text"] == "The council is reviewing the contract"


def test_approximate_number_after_said_opens_the_clause():
    r = one(extract_text("The budget office said about 40 percent of the shortfall came from tax cuts."), "shortfall")
    assert r["text"] == "about 40 percent of the shortfall came from tax cuts"
    assert speaker_name(r) == "The budget office"


def test_indirect_question_after_a_long_addressee():
    r = one(extract_text("Lena Ortiz asked the leaders of both county unions why the talks had stalled."), "talks")
    assert r["text"] == "why the talks had stalled" and speaker_name(r) == "Lena Ortiz"


def test_addressee_with_its_place_before_a_bare_clause():
    r = one(extract_text("Lena Ortiz told The Courier of Lakeside last week she would not run again."), "run")
    assert r["text"] == "she would not run again" and speaker_name(r) == "Lena Ortiz"


def test_headline_label_names_someone_the_article_names_again():
    t = ("Ortiz: Bridge will reopen in May.\n\n"
         "County executive Lena Ortiz is confident about the repairs.\n\n"
         "She told reporters the work was on schedule.")
    r = one(extract_text(t), "Bridge")
    assert r["text"] == "Bridge will reopen in May" and r["speaker"]["mention"]["text"] == "Ortiz"
    # a label further down is a section heading unless its name speaks in the article
    t2 = ("Rents rise again.\n\nOrtiz: A closing surge\n\nLena Ortiz is running for mayor.")
    assert extract_text(t2) == []


def test_speech_verb_of_a_finding_document_takes_its_object():
    r = one(extract_text("The new survey of renters in all 12 districts revealed a sharp rise in evictions."), "evictions")
    assert r["text"] == "a sharp rise in evictions" and r["speaker"]["mention"]["text"] == "The new survey"


def test_topic_and_target_verbs_take_their_object():
    # like 'talked about': the topic spoken about, the target railed against, is the claim
    for sentence, claim, cue in (
            ("At a town hall in Dayton, Ortiz spoke about the drought and the price of water.",
             "the drought and the price of water", "spoke about"),
            ("Lee weighed in on the zoning vote.", "the zoning vote", "weighed in on"),
            ("The council member complained about the new parking fees.", "the new parking fees", "complained about"),
            ("Ortiz warned of higher rents if the plan passes.", "higher rents if the plan passes", "warned of"),
            ("Diaz retweeted a photo of the rally.", "a photo of the rally", "retweeted")):
        r = one(extract_text(sentence), claim.split()[-1])
        assert (r["text"], r["cue"]["text"], r["kind"]) == (claim, cue, "indirect")
    r = one(extract_text("Diaz has railed against the trade deal."), "deal")
    assert r["text"] == "the trade deal" and speaker_name(r) == "Diaz"
    # a negative subject says nothing
    assert extract_text("Neither Ortiz nor Diaz has spoken about the strike.") == []


def test_requests_encouragement_orders_preferences_and_wishes():
    r = one(extract_text("Ortiz asked for a recount of the ballots in Marion County."), "recount")
    assert r["text"] == "a recount of the ballots in Marion County" and speaker_name(r) == "Ortiz"
    r = one(extract_text("The mayor encouraged residents to leave the flood zone."), "residents")
    assert r["text"] == "residents to leave the flood zone"
    r = one(extract_text("Most voters in the district preferred Ortiz."), "Ortiz")
    assert r["speaker"]["mention"]["text"] == "Most voters in the district"
    r = one(extract_text("The police identified the man as a local teacher."), "teacher")
    assert r["text"] == "the man as a local teacher"
    r = one(extract_text("Ortiz would like to see the tax repealed."), "tax")
    assert r["text"] == "to see the tax repealed" and r["cue"]["text"] == "would like"
    # an order is a claim with its clause only: an action ordered is not reported speech
    r = one(extract_text("The judge ordered that the files be released by Friday."), "files")
    assert r["text"] == "the files be released by Friday" and r["speaker"]["mention"]["text"] == "The judge"
    assert extract_text("Since the governor ordered new checkpoints on the border, traffic has slowed.") == []


def test_agreement_plans_set_out_and_eagerness():
    for sentence, claim, cue in (
            ("Ortiz laid out her housing plan at a rally in Toledo.", "her housing plan", "laid out"),
            ("Diaz agreed with the ruling.", "the ruling", "agreed with"),
            ("The campaign listed three reasons for the delay.", "three reasons for the delay", "listed"),
            ("The council has been pushing for a new library.", "a new library", "pushing for"),
            ("The mayor is eager to debate Ortiz on the budget.", "to debate Ortiz on the budget", "is eager")):
        r = one(extract_text(sentence), claim.split()[-1])
        assert (r["text"], r["cue"]["text"]) == (claim, cue)
    # a participle after its noun ('the address listed on …') has no speaker
    assert extract_text("The address listed on the form is a car lot.") == []


def test_hopes_placed_and_criticism_shrugged_off():
    for sentence, claim, cue in (
            ("Voters in the county are looking for a candidate who will fix the roads.",
             "a candidate who will fix the roads", "are looking for"),
            ("The campaign is counting on a large turnout in the suburbs.", "a large turnout in the suburbs",
             "is counting on"),
            ("Ortiz shrugged off the criticism from her rivals.", "the criticism from her rivals", "shrugged off"),
            ("Ortiz won the debate, Diaz said, pointing out that the polls had moved.", "the polls had moved",
             "pointing out")):
        r = one(extract_text(sentence), claim.split()[-1])
        assert (r["text"], r["cue"]["text"]) == (claim, cue)
    # 'worried about' after a noun is a participle, no cue
    assert extract_text("Residents worried about the flooding might consider moving.") == []


def test_comparison_drawn_takes_its_object():
    r = one(extract_text("Ortiz attacked the budget, comparing the deal to a blank check."), "check")
    assert r["text"] == "the deal to a blank check" and speaker_name(r) == "Ortiz"
    # 'compared to' as a preposition is no cue: the comparison is the writer's
    assert extract_text("Rents in Dayton are low compared to Toledo.") == []


def test_issue_taken_concern_downplayed_apology_and_congratulations():
    for sentence, claim, cue in (
            ("Diaz took issue with the ruling on the ballot count.", "the ruling on the ballot count",
             "took issue with"),
            ("Ortiz downplayed the risk of a strike at the plant.", "the risk of a strike at the plant",
             "downplayed"),
            ("The mayor apologized for the long delays at the polls.", "the long delays at the polls",
             "apologized for"),
            ("Lee congratulated the winner of the primary.", "the winner of the primary", "congratulated"),
            ("Diaz spoke for an hour, alluding to the scandal at city hall.", "the scandal at city hall",
             "alluding to")):
        r = one(extract_text(sentence), claim.split()[-1])
        assert (r["text"], r["cue"]["text"]) == (claim, cue)
    # an apology or a downplayed risk with no one to make it: no claim
    assert extract_text("The risk was downplayed for years.") == []


def test_distance_taken_stand_walked_back_and_jibes():
    for sentence, claim, cue, who in (
            ("Ortiz distanced herself from the mayor's budget.", "the mayor's budget", "distanced herself from",
             "Ortiz"),
            ("Diaz walked back his remarks about the union.", "his remarks about the union", "walked back", "Diaz"),
            ("The board balked at the cost of the new stadium.", "the cost of the new stadium", "balked at",
             "The board"),
            ("Lee poked fun at his rival's slogan.", "his rival's slogan", "poked fun at", "Lee")):
        r = one(extract_text(sentence), claim.split()[-1])
        assert (r["text"], r["cue"]["text"], r["speaker"]["mention"]["text"]) == (claim, cue, who)
    # walking back to a place, standing by a fence: no claim
    assert extract_text("Diaz walked back to his car.") == []
    assert extract_text("Two officers stood by the fence.") == []


def test_time_clause_with_a_pronoun_subject_ends_the_content():
    # 'as' + a personal pronoun opens the writer's time clause: the content stops before it
    r = one(extract_text("Ortiz said she would stay in the race as she heads to Ohio for a rally."), "race")
    assert r["text"] == "she would stay in the race"
    r = one(extract_text("Diaz told reporters the plan was dead, as he wound down his campaign on Monday."), "plan")
    assert r["text"] == "the plan was dead"
    # 'as' before a noun is no time clause: the content goes on
    r = one(extract_text("Ortiz said she would serve as mayor until the spring."), "mayor")
    assert r["text"] == "she would serve as mayor until the spring"
    # inside a quotation the clause is the speaker's
    r = one(extract_text("Ortiz said the team would ''keep fighting as we always have.''"), "fighting")
    assert r["text"].endswith("as we always have.''")


def test_conjunction_and_pronoun_subject_with_a_cue_ends_the_content():
    # '… and she accused …': a clause with its own pronoun subject and cue is a new attribution
    recs = extract_text("Ortiz said the talks had failed and she accused Diaz of lying.")
    assert one(recs, "talks")["text"] == "the talks had failed"
    recs = extract_text("Diaz insisted the budget was balanced, but he admitted that taxes would rise.")
    assert one(recs, "budget")["text"] == "the budget was balanced"
    assert one(recs, "taxes")["text"] == "taxes would rise"
    # no cue after the pronoun: the content goes on
    r = one(extract_text("Ortiz said the talks had failed and she was tired."), "talks")
    assert r["text"] == "the talks had failed and she was tired"
    # inside a quotation the clause is the speaker's
    r = one(extract_text("Ortiz said her ''message is working and we see voters coming back.''"), "message")
    assert r["text"].endswith("we see voters coming back.''")
