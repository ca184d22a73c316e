"""English attribution rules, one short example each (the people are fictional)."""
from conftest import extract_text, one, speaker_name


def test_inverted_cue_with_apposition_gives_role():
    r = one(extract_text("“The border stays open,” said Aigerim Sadykova, an economist at the Steppe Institute."),
            "border")
    assert r["kind"] == "direct" and r["resolution"] == "explicit"
    assert speaker_name(r) == "Aigerim Sadykova"
    assert r["speaker"]["role"] == "an economist at the Steppe Institute"
    assert r["cue"]["text"] == "said"


def test_name_before_cue_tail():
    r = one(extract_text("“Prices will rise again,” Abenov told reporters."), "Prices")
    assert speaker_name(r) == "Abenov" and r["resolution"] == "explicit"


def test_said_that_gives_indirect_claim():
    recs = extract_text("Daniyar Abenov said that the pipeline would be finished by 2026.")
    r = one(recs, "pipeline")
    assert r["kind"] == "indirect" and r["text"] == "the pipeline would be finished by 2026"
    assert speaker_name(r) == "Daniyar Abenov"


def test_according_to_at_sentence_start():
    r = one(extract_text("According to Olga Petrenko, the port lost a third of its traffic."), "port")
    assert r["kind"] == "indirect" and r["text"] == "the port lost a third of its traffic"
    assert speaker_name(r) == "Olga Petrenko"


def test_mid_sentence_according_to_is_not_a_claim():
    assert extract_text("Since March, according to the statistics office, prices rose by a fifth.") == []


def test_pronoun_resolves_to_most_recent_named_speaker():
    t = ("Marat Zhunusov, a researcher, said the talks had failed.\n"
         "“Nobody wanted to move first,” he said.")
    r = one(extract_text(t), "Nobody")
    assert r["resolution"] == "pronoun" and speaker_name(r) == "Marat Zhunusov"
    assert r["speaker"]["mention"]["text"] == "he"


def test_pronoun_without_antecedent_stays_unattributed():
    r = one(extract_text("“Nobody wanted to move first, and nobody will,” he said."), "Nobody")
    assert r["speaker"] is None and r["resolution"] == "none"


def test_nominal_reference_fits_the_noun():
    t = ("“Water is the real border,” said Aigerim Sadykova, a hydrologist.\n"
         "“Every treaty in the valley is about rivers,” the expert added.")
    r = one(extract_text(t), "treaty")
    assert r["resolution"] == "nominal" and speaker_name(r) == "Aigerim Sadykova"
    assert r["speaker"]["mention"]["text"] == "the expert"


def test_continuation_paragraph():
    t = ("“We cannot release more water,” said Aigerim Sadykova.\n"
         "“Any promise made now would be broken by summer.”")
    r = one(extract_text(t), "promise")
    assert r["resolution"] == "continuation" and speaker_name(r) == "Aigerim Sadykova"


def test_cue_in_next_paragraph():
    t = ("“The summit will not change anything for the farmers in the valley.”\n"
         "Reuters quotes Marat Zhunusov, a fellow at the Steppe Institute.")
    r = one(extract_text(t), "summit")
    assert speaker_name(r) == "Marat Zhunusov" and r["resolution"] == "explicit"


def test_unnamed_source_with_prepositional_phrase():
    t = "A senior official in the Uzbek water ministry told reporters that his government “will not sign this deal.”"
    r = one(extract_text(t), "sign")
    assert r["speaker"]["type"] == "unnamed"
    assert r["speaker"]["name"] == "A senior official in the Uzbek water ministry"


def test_organisation_and_participial_cue():
    t = ("The Kazakh Foreign Ministry called the talks “useful but incomplete,” adding that a new round "
         "“should start before the planting season.”")
    recs = extract_text(t)
    assert [speaker_name(r) for r in recs] == ["Kazakh Foreign Ministry"] * 2
    assert recs[0]["speaker"]["type"] == "organization"


def test_partial_quote_in_reported_speech_is_mixed():
    r = one(extract_text("Sadykova said that the treaty was “a dead letter” now."), "dead letter")
    assert r["kind"] == "mixed" and r["text"] == "a dead letter"


def test_long_reported_clause_with_partial_quote_is_one_mixed_claim():
    t = ("Lavrov wrote in an article that trade was growing despite “the turbulent situation”, and that "
         "“the bulk” of the region's countries remained close allies of Moscow.")
    r = one(extract_text(t), "trade was growing")
    assert r["kind"] == "mixed" and r["text"].endswith("allies of Moscow")


def test_participial_phrase_after_quote_is_not_the_claim():
    t = "President Ivan Petrov said that the word was “too heavy a word,” prompting a rebuke from abroad."
    r = one(extract_text(t), "heavy")
    assert r["text"] == "too heavy a word,"


def test_scare_quotes_and_titles_are_not_claims():
    t = ("It is part of the “near abroad,” and Moscow feels entitled to it.\n"
         "Central Asia: Russia’s Restive “Bulk” of Allies\n"
         "Pengpai News (“The Paper”, Shanghai), suggested in an article on April 25 that")
    assert extract_text(t) == []


def test_infinitive_and_passive_cues_are_not_speakers():
    assert extract_text("Locals were told to report any damage to the city council.") == []


def test_preposition_object_is_not_a_speaker():
    recs = extract_text("Others in Russia have called for “protection” of the minority.")
    assert all(speaker_name(r) != "Russia" for r in recs)
    r = one(extract_text("Sadykova in Almaty said that the dam was safe."), "dam")
    assert speaker_name(r) == "Sadykova"


def test_trailing_source_cue_gives_an_indirect_claim():
    r = one(extract_text("The mining code will be rewritten before the spring session, according to "
                         "Marat Zhunusov."), "mining code")
    assert r["kind"] == "indirect" and r["cue"]["text"] == "according to"
    assert r["text"] == "The mining code will be rewritten before the spring session"
    assert r["speaker"]["id"] == "marat-zhunusov"
