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


def test_pronoun_without_antecedent_is_kept_with_lower_confidence():
    r = one(extract_text("“Nobody wanted to move first, and nobody will,” he said."), "Nobody")
    assert r["speaker"]["type"] == "unnamed" and r["speaker"]["mention"]["text"] == "he"
    assert r["resolution"] == "pronoun" and r["confidence"] == 0.5


def test_source_noun_without_antecedent_is_an_unnamed_source():
    r = one(extract_text("“We will appeal the ruling,” the company said."), "appeal")
    assert r["speaker"]["type"] == "unnamed" and r["speaker"]["mention"]["text"] == "the company"


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


def test_quote_before_speaker_and_cue_with_more_words():
    r = one(extract_text("“We will finish the road by spring,” Ortiz said to applause from residents at the hall."),
            "road")
    assert speaker_name(r) == "Ortiz" and r["cue"]["text"] == "said"


def test_adding_that_is_a_second_claim():
    recs = extract_text("“Taxes are too high for every family here,” Lena Ortiz said, adding that relief was coming.")
    assert speaker_name(one(recs, "Taxes")) == "Lena Ortiz"
    r = one(recs, "relief")
    assert r["text"] == "relief was coming" and r["cue"]["text"] == "adding" and speaker_name(r) == "Lena Ortiz"


def test_quote_split_by_its_attribution_keeps_both_halves():
    recs = extract_text("“Taxes are too high,” Ortiz said, “and relief is coming soon for everyone.”")
    assert speaker_name(one(recs, "Taxes")) == "Ortiz" and speaker_name(one(recs, "relief")) == "Ortiz"


def test_new_speech_verbs():
    r = one(extract_text("Mayor Lena Ortiz tweeted: “The bridge reopens Friday after the repairs.”"), "bridge")
    assert speaker_name(r) == "Lena Ortiz" and r["cue"]["text"] == "tweeted"
    r = one(extract_text("Ortiz responded that the audit had cleared her office."), "audit")
    assert r["text"] == "the audit had cleared her office" and speaker_name(r) == "Ortiz"
    r = one(extract_text("“Is that really the best you can offer the voters?” Ortiz asked."), "best")
    assert speaker_name(r) == "Ortiz" and r["cue"]["text"] == "asked"


def test_cognition_and_evidence_verbs_take_a_clause():
    r = one(extract_text("Lena Ortiz believes the county will approve the budget in May."), "budget")
    assert r["text"] == "the county will approve the budget in May" and speaker_name(r) == "Lena Ortiz"
    r = one(extract_text("A new county poll shows Ortiz leading by six points."), "leading")
    assert r["text"] == "Ortiz leading by six points" and r["speaker"]["mention"]["text"] == "A new county poll"


def test_feels_with_an_adjective_is_no_claim_and_never_governs_a_quote():
    assert extract_text("It is part of the “near abroad,” and Moscow feels entitled to it.") == []


def test_capitalised_or_possessive_cue_is_a_noun():
    assert extract_text("Editor’s note: This story was updated to include comments from the mayor on the bridge.") == []
    assert extract_text("Aides have also suggested Ortiz’s call for a referendum is popular.")[0]["cue"]["text"] \
        == "suggested"
    r = one(extract_text("Penn State officials said the stadium would stay closed."), "stadium")
    assert r["speaker"]["mention"]["text"] == "Penn State officials" and r["cue"]["text"] == "said"


def test_unnamed_groups_and_shares_of_voters():
    r = one(extract_text("Just 28 percent of voters said they had a positive view of the mayor."), "positive")
    assert r["speaker"]["mention"]["text"] == "Just 28 percent of voters"
    r = one(extract_text("The mayor spends her weekends in the mountains, several friends said."), "weekends")
    assert r["speaker"]["mention"]["text"] == "several friends"


def test_name_in_apposition_after_a_title_phrase():
    r = one(extract_text("Ortiz’s campaign manager, Lena Diaz, said the count would be challenged in court."),
            "count")
    assert speaker_name(r) == "Lena Diaz" and r["speaker"]["role"] == "Ortiz’s campaign manager"


def test_content_then_inverted_said_with_apposition():
    r = one(extract_text("Turnout will be low across the valley this year, said Marat Abenov, a pollster."),
            "Turnout")
    assert r["kind"] == "indirect" and r["text"] == "Turnout will be low across the valley this year"
    assert speaker_name(r) == "Marat Abenov"


def test_according_to_a_noun_phrase_after_the_content():
    r = one(extract_text("Turnout in the valley fell by a third, according to a poll of 400 voters released on "
                         "Friday by the Steppe Institute."), "Turnout")
    assert r["text"] == "Turnout in the valley fell by a third" and r["cue"]["text"] == "according to"
    assert r["speaker"]["mention"]["text"].startswith("a poll of 400 voters")
    r = one(extract_text("The county spent twice its budget, according to Marat Abenov, a local auditor."), "county")
    assert speaker_name(r) == "Marat Abenov"


def test_party_tag_and_title_in_the_mention_not_the_name():
    r = one(extract_text("“It reminds us how important this vote is,” Sen. Lena Ortiz (D-Ore.) said at the debate."),
            "reminds")
    assert speaker_name(r) == "Lena Ortiz" and r["speaker"]["mention"]["text"] == "Sen. Lena Ortiz (D-Ore.)"


def test_lower_case_title_between_quote_and_name():
    r = one(extract_text("“We are not doing the same volume,” chief executive Lena Ortiz said at a conference."),
            "volume")
    assert speaker_name(r) == "Lena Ortiz"


def test_participle_takes_the_sentence_subject():
    r = one(extract_text("Lena Ortiz backed the mayor on Wednesday, saying it is time for “a real change here.”"),
            "change")
    assert speaker_name(r) == "Lena Ortiz" and r["cue"]["text"] == "saying"


def test_relative_clause_between_subject_and_cue():
    r = one(extract_text("A county official who spoke anonymously said Wednesday, “There are talks with the mayor.”"),
            "talks")
    assert r["speaker"]["mention"]["text"] == "A county official"


def test_introductory_phrase_possessive_and_time_words_are_not_speakers():
    r = one(extract_text("In Springfield, Mayor Lena Ortiz released a statement condemning “what looks like a "
                         "deliberate attack on the dam.”"), "dam")
    assert speaker_name(r) == "Lena Ortiz"
    r = one(extract_text("Hours later, Ortiz returned the compliment, telling reporters, “He is an amazing man.”"),
            "amazing")
    assert r["speaker"] is None or speaker_name(r) != "Hours"
    r = one(extract_text("Diaz’s spokeswoman challenged the claim, and said he “will back the mayor in the vote.”"),
            "vote")
    assert r["speaker"]["mention"]["text"] == "Diaz’s spokeswoman"


def test_attribution_inside_the_reported_clause():
    r = one(extract_text("The budget has been cut every year since then, she said, because revenue fell sharply "
                         "after the mine closed."), "budget")
    assert r["text"].endswith("she said, because revenue fell sharply after the mine closed")
    assert r["kind"] == "indirect" and r["speaker"]["mention"]["text"] == "she"
    # a short adverbial before the attribution is not part of the claim
    r = one(extract_text("Over the years, she said, email has helped her stay in touch with the mayor."), "email")
    assert r["text"] == "email has helped her stay in touch with the mayor"


def test_coordinated_clause_with_its_own_cue_ends_the_content():
    recs = extract_text("Ortiz confirmed the results of the count, and the county board called the vote "
                        "“the cleanest in a decade.”")
    r = one(recs, "cleanest")
    assert r["speaker"]["mention"]["text"] == "the county board" and r["cue"]["text"] == "called"


def test_colon_label_before_a_quotation():
    r = one(extract_text("Former county clerk Lena Ortiz: “We learned that from the audit of the accounts.”"), "audit")
    assert speaker_name(r) == "Lena Ortiz" and r["cue"]["text"] == ":"
    r = one(extract_text("Ortiz, Channel 5: “The bridge will not reopen before the summer.”"), "bridge")
    assert speaker_name(r) == "Ortiz" and r["cue"]["text"] == ":"
    r = one(extract_text("The message was clear: “The bridge will not reopen before the summer is over.”"), "bridge")
    assert r["speaker"]["type"] == "unnamed" and r["cue"] is None      # no name before the colon


def test_trailing_source_cue_gives_an_indirect_claim():
    r = one(extract_text("The mining code will be rewritten before the spring session, according to "
                         "Marat Zhunusov."), "mining code")
    assert r["kind"] == "indirect" and r["cue"]["text"] == "according to"
    assert r["text"] == "The mining code will be rewritten before the spring session"
    assert r["speaker"]["id"] == "marat-zhunusov"


def test_unnamed_source_after_an_inverted_cue():
    r = one(extract_text("“His knowledge is about twenty years old,” said a longtime adviser to Ortiz, who declined "
                         "to be identified."), "knowledge")
    assert r["speaker"]["mention"]["text"] == "a longtime adviser to Ortiz"


def test_question_then_speaker_and_cue_in_a_longer_sentence():
    r = one(extract_text("“Who do they think they are?” Ortiz said of the company in February, when the company "
                         "balked at the plan."), "think")
    assert speaker_name(r) == "Ortiz"


def test_words_after_a_trailing_cue_are_no_claim():
    recs = extract_text("“But he is our candidate, and we love him,” Susan said as she turned around and left.")
    assert [r["text"] for r in recs] == ["But he is our candidate, and we love him,"]
    assert speaker_name(recs[0]) == "Susan"
    r = one(extract_text("“The harm caused by the conduct is incalculable,” federal prosecutors wrote in seeking a "
                         "maximum penalty."), "harm")
    assert r["speaker"]["mention"]["text"] == "federal prosecutors"


def test_parenthetical_adverb_and_unnamed_group_before_the_cue():
    r = one(extract_text("The two lawmakers, however, argue that “there is precedent for prosecution,” citing a case."),
            "precedent")
    assert r["speaker"]["mention"]["text"] == "two lawmakers"


def test_colon_label_wins_over_the_previous_speaker():
    recs = extract_text("Ortiz: “Our goal is to finish the bridge this year.” Diaz: “The goal is to stop the bridge.”")
    assert speaker_name(one(recs, "finish")) == "Ortiz" and speaker_name(one(recs, "stop")) == "Diaz"


def test_state_is_a_noun_and_a_clause_after_the_cue_is_no_tail():
    assert extract_text("She also won the primaries in Georgia and Virginia, putting her ahead of state Sen. "
                        "Lena Ortiz.") == []
    r = one(extract_text("During their first debate on Thursday night, both candidates said they thought it was "
                         "appropriate."), "appropriate")
    assert r["text"] == "they thought it was appropriate"


def test_inverted_pronoun_must_end_the_attribution():
    recs = extract_text("Yet some voters who have listened to his speeches over the decades, on television or at "
                        "small events, said he had less to say.")
    assert not any(r["speaker"] and r["speaker"]["mention"]["text"] == "he" for r in recs)


def test_prepositional_phrase_after_the_attribution_is_not_content():
    r = one(extract_text("He was unable to find a single taker for the plan, he said, on condition of anonymity."),
            "taker")
    assert r["text"] == "He was unable to find a single taker for the plan"
    r = one(extract_text("Rep. Lena Ortiz (D-Ore.), chair of the drafting committee, said Diaz did not object."),
            "object")
    assert speaker_name(r) == "Lena Ortiz"


def test_words_between_subject_and_cue():
    for t in ("Ortiz on Tuesday said the count was accurate.", "Ortiz last week said the count was accurate.",
              "Ortiz is insisting the count was accurate.", "Already, Ortiz said the count was accurate."):
        r = one(extract_text(t), "count")
        assert r["text"] == "the count was accurate" and speaker_name(r) == "Ortiz", t


def test_addressee_after_told_is_not_the_speaker():
    r = one(extract_text("“The program is working as designed,” the director of the agency, told Congress."),
            "program")
    assert r["speaker"]["mention"]["text"] == "the director of the agency"


def test_pronoun_takes_the_subject_of_the_sentence_before():
    r = one(extract_text("Lena Ortiz toured the district on Monday. She said repairs would take months."), "repairs")
    assert r["resolution"] == "pronoun" and speaker_name(r) == "Lena Ortiz"
    assert r["speaker"]["mention"]["text"] == "She"


def test_participle_speaker_is_the_clause_subject_not_the_object():
    r = one(extract_text("She addressed the farmers in an email to supporters, saying that “what you are hearing "
                         "is absolutely wrong.”"), "hearing")
    assert r["speaker"]["mention"]["text"] == "She" and r["cue"]["text"] == "saying"
    r = one(extract_text("Continuing to explain his view, Ortiz rejected the notion, saying that if he “found "
                         "something rotten, I would fix it.”"), "rotten")
    assert speaker_name(r) == "Ortiz"


def test_opening_adverb_or_prepositional_phrase_is_not_a_speaker():
    r = one(extract_text("Immediately after the vote, Ortiz issued a statement: “Last night, our county was hit "
                         "by the storm.”"), "storm")
    assert speaker_name(r) == "Ortiz"
    recs = extract_text("In court documents, Ortiz’s lawyer asked for a short sentence, calling the hacking "
                        "“an addiction of sorts.”")
    assert not any(r["speaker"] and r["speaker"]["mention"]["text"].startswith("In ") for r in recs)


def test_cue_word_after_an_article_is_a_noun():
    assert extract_text("The mayor sent an email to supporters on Friday night about the bridge.") == []


def test_any_short_noun_phrase_opening_its_clause_is_a_source():
    r = one(extract_text("Most Republicans say they are embarrassed about the race."), "embarrassed")
    assert r["speaker"]["mention"]["text"] == "Most Republicans" and r["speaker"]["type"] == "unnamed"
    r = one(extract_text("Last year, German police reported that attacks on shelters had doubled."), "shelters")
    assert r["speaker"]["mention"]["text"] == "German police"
    r = one(extract_text("The plan was approved on Monday, and the county said it would appeal."), "appeal")
    assert r["speaker"]["mention"]["text"] == "the county"


def test_phrases_that_are_no_noun_phrase_are_no_source():
    assert extract_text("Politicians bombarded the mayor with threats, with one accusing her office of fraud.") == []
    assert extract_text("The refusal to align reveals the complex relations these republics keep.") == []
    assert extract_text("The statement by the ministry makes no mention of the referendum at all.") == []


def test_intent_verbs_take_an_infinitive():
    r = one(extract_text("Ortiz vowed to repeal the bridge toll before the end of the year."), "repeal")
    assert r["text"] == "to repeal the bridge toll before the end of the year" and r["cue"]["text"] == "vowed"
    r = one(extract_text("The county plans to be back in court later this month."), "court")
    assert r["speaker"]["mention"]["text"] == "The county"
    r = one(extract_text("Ortiz declined to comment."), "comment")   # a refusal, as PolNeAR annotates it
    assert r["text"] == "to comment" and speaker_name(r) == "Ortiz"
    r = one(extract_text("“We will win this and more,” Ortiz vowed."), "win")
    assert speaker_name(r) == "Ortiz"


def test_bare_complement_of_a_speech_verb_must_be_a_clause():
    assert extract_text("Kyrgyzstan confirmed the results of the vote in the spring.") == []
    r = one(extract_text("Aides suggested the referendum is popular with voters."), "referendum")
    assert r["text"] == "the referendum is popular with voters"
    assert extract_text("The refusal to align reveals the complex relations these republics keep.") == []


def test_contracted_auxiliary_after_a_pronoun_is_not_a_possessive():
    r = one(extract_text("He’s predicting that he will do very well in the next contest in Nevada."), "Nevada")
    assert r["speaker"]["mention"]["text"] == "He" and r["cue"]["text"] == "predicting"
    assert extract_text("Ortiz's call for a vote angered the board.") == []


def test_content_stops_at_the_speakers_next_verb():
    r = one(extract_text("Ortiz said she had released 30 years of tax returns and called on Diaz to do the same."),
            "returns")
    assert r["text"] == "she had released 30 years of tax returns"


def test_attribution_inside_a_clause_that_goes_on():
    r = one(extract_text("The allure of simplicity itself, Ortiz argued, is largely a chimera."), "allure")
    assert r["text"] == "The allure of simplicity itself, Ortiz argued, is largely a chimera"
    recs = extract_text("The plan will fail, Ortiz said, adding that nobody wanted it.")
    assert [r["text"] for r in recs] == ["The plan will fail", "nobody wanted it"]


def test_indirect_question_after_a_verb_of_asking():
    r = one(extract_text("A reporter asked Ortiz whether the count was accurate."), "count")
    assert r["text"] == "whether the count was accurate" and r["speaker"]["mention"]["text"] == "A reporter"
    r = one(extract_text("Ortiz wondered how the county would pay for the bridge."), "bridge")
    assert r["text"] == "how the county would pay for the bridge" and speaker_name(r) == "Ortiz"


def test_dateline_and_agency_are_not_the_subject():
    r = one(extract_text("ORLANDO, Fla. (Reuters) - Mayor Lena Ortiz met survivors on Thursday and said the county "
                         "must act to control flooding."), "flooding")
    assert speaker_name(r) == "Lena Ortiz"


def test_source_inside_a_relative_clause():
    r = one(extract_text("Ortiz, who has gotten less credit than aides say she deserves, spoke first."), "deserves")
    assert r["speaker"]["mention"]["text"] == "aides"


def test_quoted_phrase_in_an_indirect_question_is_no_claim():
    assert extract_text("The essay asks why the “water question” keeps returning.") == []


def test_noun_phrase_right_after_a_quotation():
    r = one(extract_text("“In light of those contradictions, the department should investigate,” the committee "
                         "chairmen wrote."), "contradictions")
    assert r["speaker"]["mention"]["text"] == "the committee chairmen"


def test_nested_question_then_speaker():
    r = one(extract_text("“She asked us, ‘What can I do? What kind of help do you need?’” Weaver said."), "help")
    assert speaker_name(r) == "Weaver"


def test_sentence_initial_said_governs_the_quotation_after_it():
    r = one(extract_text("Said Lena Ortiz, who grew up in the valley, “We were all so proud of him.”"), "proud")
    assert speaker_name(r) == "Lena Ortiz" and r["cue"]["text"] == "Said"


def test_capitalised_title_between_quote_and_name():
    r = one(extract_text("“This merger will leave taxpayers holding the bag,” Democratic candidate Lena Ortiz said "
                         "in a statement."), "merger")
    assert speaker_name(r) == "Lena Ortiz"


def test_coordinated_cue_takes_a_pronoun_subject_after_an_introductory_phrase():
    r = one(extract_text("Eight years ago, he supported Ortiz over Diaz and said, “Diaz has never done anything.”"),
            "anything")
    assert r["speaker"]["mention"]["text"] == "he"


def test_quoted_titles_are_no_claims():
    assert extract_text("Ortiz appeared on “Meet the Press” on Sunday to talk about the bridge.") == []
    recs = extract_text("A contestant on the show “The Big Valley,” Diaz later worked for Ortiz.")
    assert not any("Big Valley" in r["text"] for r in recs)
    r = one(extract_text("“Dump the toll!” the crowd chanted outside the county hall."), "toll")
    assert r["speaker"]["mention"]["text"] == "the crowd"


def test_noun_phrase_after_an_inverted_cue_that_follows_a_quotation():
    r = one(extract_text("“There never was an order to stand down,” said the base chief known as Bob."), "order")
    assert r["speaker"]["mention"]["text"] == "the base chief known as Bob"


def test_adding_after_a_trailing_cue_keeps_its_clause():
    recs = extract_text("“They have a plan,” he said of the board, adding the county must be ready to match it.")
    r = one(recs, "county")
    assert r["text"] == "the county must be ready to match it" and r["cue"]["text"] == "adding"


def test_paragraph_ending_in_a_colon_introduces_the_next_quotation():
    t = ("Ortiz has since apologized for what happened:\n"
         "“I should have used two accounts. Not doing so was a mistake, and I take full responsibility.”")
    r = one(extract_text(t), "mistake")
    assert speaker_name(r) == "Ortiz" and r["resolution"] == "explicit"


def test_more_belief_and_speech_verbs_with_that():
    r = one(extract_text("The county court ruled that the toll was unlawful."), "toll")
    assert r["text"] == "the toll was unlawful" and r["speaker"]["mention"]["text"] == "The county court"
    r = one(extract_text("Ortiz demanded that the board resign before the vote."), "resign")
    assert r["text"] == "the board resign before the vote" and speaker_name(r) == "Ortiz"
    assert extract_text("The judge ruled out a new trial for the defendant.") == []


def test_announcing_ones_own_plan_is_a_commitment_not_a_claim():
    assert extract_text("The two firms announced that they would merge next year.") == []
    assert extract_text("The council announced it'll cut the bus fare.") == []
    r = one(extract_text("The ministry announced that the school had closed."), "school")
    assert r["text"] == "the school had closed" and r["speaker"]["mention"]["text"] == "The ministry"
    r = one(extract_text("Ortiz said she would run again."), "run")
    assert r["text"] == "she would run again"


def test_dash_signature_after_a_quotation_names_its_speaker():
    t = ("“The bridge must reopen before winter. We have waited long enough.” ― Lena Ortiz\n"
         "“Taxes are too high here.” — Marco Diaz, a baker.")
    assert speaker_name(one(extract_text(t), "bridge")) == "Lena Ortiz"
    assert speaker_name(one(extract_text(t), "Taxes")) == "Marco Diaz"
    r = one(extract_text("“We will win,” he said — and then left."), "win")
    assert r["speaker"]["mention"]["text"] == "he"
    r = one(extract_text("“Nobody asked us about the toll, not once, not ever.” — and nobody will."), "toll")
    assert r["speaker"] is None


def test_quotation_without_cue_after_the_subject_is_the_subjects():
    t = 'Lena Ortiz traced her loss to "a closed primary where independents are not allowed to vote."'
    r = one(extract_text(t), "primary")
    assert speaker_name(r) == "Lena Ortiz" and r["cue"] is None
    t = "Lena Ortiz toured the depot. She blamed the delays on “a contractor who never once showed up on time.”"
    r = one(extract_text(t), "contractor")
    assert r["speaker"]["mention"]["text"] == "She" and speaker_name(r) == "Lena Ortiz"
    # a short phrase in quote marks is still no claim
    assert extract_text("Lena Ortiz toured the “new” depot.") == []


def test_participle_after_before_or_while_is_the_clause_subjects():
    t = "“Keep your eyes on the road,” Ortiz sang to Diaz before asking him, “where do we go from here?”"
    assert speaker_name(one(extract_text(t), "where do we go")) == "Ortiz"
    r = one(extract_text("Ortiz thanked Diaz after saying that the bridge would reopen."), "bridge")
    assert speaker_name(r) == "Ortiz"


def test_reported_content_stops_at_another_speakers_quotation():
    t = 'When the firm signaled that it would close the plant, Mr. Diaz said, "we were stunned by the news."'
    recs = extract_text(t)
    assert speaker_name(one(recs, "stunned")) == "Diaz"
    assert one(recs, "close the plant")["text"] == "it would close the plant"
    r = one(extract_text("Ortiz said that the bridge, which Diaz called a disgrace, would reopen."), "bridge")
    assert r["text"] == "the bridge, which Diaz called a disgrace, would reopen"


def test_a_quoted_subheading_on_its_own_line_is_no_claim():
    assert extract_text("Ortiz spoke at the depot.\n“The Bridge Is Not for Sale.”\nShe left early.") == []
    r = one(extract_text("Ortiz spoke at the depot.\n“The bridge is not for sale to anyone at any price.”"), "sale")
    assert r["kind"] == "direct"


def test_a_quoted_transcript_label_names_the_speaker():
    t = ('Partial transcript of the interview:\n'
         '"DIAZ: But, Mayor Ortiz, I have to ask you about the bridge that was never built."\n'
         '"ORTIZ: Well, look, the bridge will be built before the winter."')
    recs = extract_text(t)
    assert one(recs, "I have to ask")["speaker"]["mention"]["text"] == "DIAZ"
    assert one(recs, "will be built")["speaker"]["mention"]["text"] == "ORTIZ"
    r = one(extract_text('“Ms. Ortiz: nobody asked us about the toll,” said Diaz.'), "toll")
    assert speaker_name(r) == "Diaz"


def test_speech_participle_after_a_depicted_name():
    t = "The ad uses footage of Lena Ortiz asking, “Why is the bridge still closed after all these years?”"
    assert speaker_name(one(extract_text(t), "bridge")) == "Lena Ortiz"
    # a name with 'of' inside is not cut at it
    t = "Ortiz won the backing of the Federation of Teachers calling her “a champion of the working families.”"
    assert speaker_name(one(extract_text(t), "champion")) != "Teachers"


def test_trailing_cue_with_a_prepositional_phrase_and_a_pronoun():
    t = ("Lena Ortiz spoke at the convention. Voters had put the biggest crack yet in the glass "
         "ceiling, she said in a video message to the delegates.")
    r = one(extract_text(t), "glass ceiling")
    assert r["text"] == "Voters had put the biggest crack yet in the glass ceiling"
    assert speaker_name(r) == "Lena Ortiz"          # not 'Voters', the content's own subject


def test_trailing_cue_after_a_clause_that_opens_with_an_introductory_phrase():
    r = one(extract_text("In this year's race, undecided voters are not likely to help either side, Smith said."),
            "undecided")
    assert r["text"] == "In this year's race, undecided voters are not likely to help either side"
    assert speaker_name(r) == "Smith"
    assert extract_text("In Washington on Tuesday, Smith said.") == []


def test_short_quotation_in_a_persons_clause_is_theirs():
    t = "The vote is on Friday.\nOrtiz dismissed the plan as “a costly fantasy” on Monday."
    r = one(extract_text(t), "costly")
    assert r["kind"] == "mixed" and speaker_name(r) == "Ortiz" and r["cue"] is None
    # a passive, a headline, a single word: no claim
    assert extract_text("The vote is on Friday.\nIts northern regions are often claimed to be “historical Russia.”") == []
    assert extract_text("The vote is on Friday.\nOrtiz Takes Talk Of Running Mate Job ‘Very Seriously.’") == []
    assert extract_text("The vote is on Friday.\nLena Ortiz toured the “new” depot.") == []


def test_reported_content_stops_before_a_relative_clause_about_a_person():
    r = one(extract_text("Ortiz said the FBI had questioned Diaz, who worked on the campaign in 2008."), "FBI")
    assert r["text"] == "the FBI had questioned Diaz"
    r = one(extract_text("Ortiz said the cause was the sanctions, which plunged the town into isolation."), "cause")
    assert r["text"] == "the cause was the sanctions, which plunged the town into isolation"


def test_reported_content_stops_at_a_contrasting_speakers_clause():
    recs = extract_text("Ortiz said the plan is a sound idea, though Diaz said she doubted voters would care.")
    assert one(recs, "sound idea")["text"] == "the plan is a sound idea"
    assert speaker_name(one(recs, "doubted")) == "Diaz"
    recs = extract_text("Ortiz said the plan works, and she said it would be cheap.")
    assert one(recs, "works")["text"] == "the plan works"


def test_dateline_with_a_date_and_an_agency_is_not_the_subject():
    t = "ALMATY, July 25 (UPI) — The county committee released a statement Monday, saying “a deep and sincere apology” was owed."
    r = one(extract_text(t), "apology")
    assert r["speaker"]["mention"]["text"] == "The county committee"


def test_content_of_a_cue_in_an_opening_subordinate_clause_ends_at_its_comma():
    r = one(extract_text("When Diaz suggested that the county would sue, Ortiz left the room."), "county")
    assert r["text"] == "the county would sue" and speaker_name(r) == "Diaz"
    t = "When Diaz suggested that the county would sue, Ortiz fired back: “If they sue us, they are going to lose.”"
    assert speaker_name(one(extract_text(t), "going to lose")) == "Ortiz"
    r = one(extract_text("Although the plan is costly, council members say it will pay for itself."), "pay for")
    assert r["text"] == "it will pay for itself"


def test_a_title_ending_its_sentence_inside_the_marks_is_no_claim():
    recs = extract_text('Ortiz spoke to the anchor of the county\'s "Evening News." She left.')
    assert not any("Evening" in r["text"] for r in recs)
    r = one(extract_text('Ortiz said: "We Will Not Close The Bridge Today."'), "Bridge")
    assert speaker_name(r) == "Ortiz"


def test_quotation_after_a_trailing_attribution_continues_its_speaker():
    t = ('The county may be slow to act while the audit runs, Schiff said. '
         '"The other factor is whether it would look like we are tipping the scales."')
    r = one(extract_text(t), "other factor")
    assert speaker_name(r) == "Schiff" and r["resolution"] == "continuation"


def test_inverted_cue_before_a_role_with_a_slash():
    r = one(extract_text("“The rationale does not hold. It is wrong,” said 9/11 widow Lena Ortiz."), "rationale")
    assert speaker_name(r) == "Lena Ortiz"


def test_content_of_a_cue_in_a_relative_clause_ends_at_its_comma():
    r = one(extract_text("Lena Ortiz, who said the bridge would reopen by spring, left the meeting early."), "bridge")
    assert r["text"] == "the bridge would reopen by spring" and speaker_name(r) == "Lena Ortiz"


def test_title_of_office_domain_stays_in_the_role():
    r = one(extract_text("Secretary of State Lena Ortiz said the embassy would reopen."), "embassy")
    assert speaker_name(r) == "Lena Ortiz" and r["speaker"]["role"] == "Secretary of State"
    r = one(extract_text("Minister of Foreign Affairs Askar Ermekov said the border would stay open."), "border")
    assert speaker_name(r) == "Askar Ermekov" and r["speaker"]["role"] == "Minister of Foreign Affairs"


def test_residence_and_age_after_a_name_belong_to_the_speaker():
    r = one(extract_text("Maria Kowalski, 59, of Dunmore, Pa., who watched the debate at home, said the "
                         "questions were fair."), "questions")
    assert r["text"] == "the questions were fair" and speaker_name(r) == "Maria Kowalski"
    r = one(extract_text("Tom Reyes, of Springfield, Va., said he had voted early."), "voted")
    assert speaker_name(r) == "Tom Reyes" and r["speaker"]["role"] == "of Springfield, Va."


def test_a_state_abbreviation_before_a_capital_still_ends_the_sentence():
    recs = extract_text("The rally was held in Fresno, Calif. Ortiz said the turnout was high.")
    r = one(recs, "turnout")
    assert speaker_name(r) == "Ortiz" and r["text"] == "the turnout was high"


def test_surname_ending_in_s_is_no_plural_for_a_pronoun():
    t = ("Senator Ruth Evans toured the plant on Monday.\n\n"
         "Evans said the jobs would stay.\n\n"
         "“We will not let it close,” she said.")
    r = one(extract_text(t), "We will not")
    assert r["resolution"] == "pronoun" and speaker_name(r) == "Ruth Evans"


def test_a_lone_opening_word_is_no_antecedent_unless_used_as_a_name():
    r = one(extract_text("Exhausted, the woman sat down by the road.\n\n“I have walked all day,” she said."),
            "walked")
    assert r["speaker"]["name"] != "Exhausted"
    r = one(extract_text("Halvorsen waited by the road.\n\n“I have walked all day,” she said. "
                         "Later that day we drove Halvorsen home."), "walked")
    assert speaker_name(r) == "Halvorsen" and r["resolution"] == "pronoun"


def test_contraction_is_no_speaker():
    recs = extract_text("“You'd think the voters would notice,” Ortiz said. You'd said nothing.")
    assert all(speaker_name(r) != "You'd" for r in recs)


def test_modifier_and_source_noun_before_a_name_at_clause_start():
    r = one(extract_text("Republican nominee Lena Ortiz, like her rival, toured the port and said the "
                         "harbour would be dredged."), "harbour")
    assert speaker_name(r) == "Lena Ortiz"


def test_named_apposition_after_a_common_noun_opening_the_clause():
    r = one(extract_text("Another critic, Laurence Q. Hale, toured the port and said the plan would fail."),
            "plan")
    assert speaker_name(r) == "Laurence Q. Hale" and r["speaker"]["role"] == "Another critic"


def test_relative_that_inside_a_bare_clause_is_not_the_complementiser():
    r = one(extract_text("Ortiz said the mayor has never respected the right to clean water that the city "
                         "has valued since its founding."), "mayor")
    assert r["text"].startswith("the mayor has never respected") and r["text"].endswith("since its founding")
    r = one(extract_text("Ortiz told reporters who had waited for hours that the bridge was safe."), "bridge")
    assert r["text"] == "the bridge was safe"
    r = one(extract_text("Ortiz said she welcomed the apology and that she wanted to move on."), "apology")
    assert r["text"] == "she welcomed the apology and that she wanted to move on"


def test_writers_comment_after_the_content_is_not_reported():
    r = one(extract_text("Ortiz said some families would pay more in fees, an admission that her aides had "
                         "avoided for months."), "families")
    assert r["text"] == "some families would pay more in fees"
    r = one(extract_text("Ortiz said the port would reopen, while trying to calm the crowd."), "port")
    assert r["text"] == "the port would reopen"
    r = one(extract_text("Ortiz said the plan, a costly one, would still pass."), "plan")
    assert r["text"] == "the plan, a costly one, would still pass"


def test_time_and_setting_after_the_cue_are_not_content():
    for t in ("Ortiz said Tuesday night the bridge was safe.", "Ortiz said on Monday the bridge was safe.",
              "Ortiz said in a statement the bridge was safe.", "Ortiz told reporters last week the bridge was safe.",
              "Ortiz said at a news conference with CNN the bridge was safe."):
        r = one(extract_text(t), "bridge")
        assert r["text"] == "the bridge was safe", t


def test_document_by_an_organisation_names_the_organisation_as_source():
    r = one(extract_text("According to a 2019 report by the Steppe Institute, tensions in the valley have risen."),
            "tensions")
    assert speaker_name(r) == "Steppe Institute" and r["speaker"]["role"] == "a 2019 report"
    r = one(extract_text("Tensions in the valley have risen sharply, according to data from the Steppe Institute."),
            "Tensions")
    assert speaker_name(r) == "Steppe Institute"


def test_in_the_view_of_is_a_source_phrase():
    r = one(extract_text("In the view of Lena Ortiz, the port will need another decade of repairs."), "port")
    assert speaker_name(r) == "Lena Ortiz" and r["kind"] == "indirect"


def test_two_word_clause_is_content_enough():
    r = one(extract_text("According to data from the Steppe Institute, incomes rose."), "incomes")
    assert r["text"] == "incomes rose" and speaker_name(r) == "Steppe Institute"
    assert extract_text("Ortiz said so.") == []


def test_transcript_turn_and_headline_label_name_their_speaker():
    t = ("HOST: Thank you for joining us tonight.\n"
         "ORTIZ: The toll will go, and the bridge will be free by spring.\n"
         "UPDATE: This story was corrected on Monday.")
    recs = extract_text(t)
    r = one(recs, "toll will go")
    assert r["kind"] == "direct" and speaker_name(r) == "Ortiz"
    assert not any("corrected" in x["text"] for x in recs)
    t = ("Ortiz: Bridge Toll Will Go by Spring.\n"
         "Lena Ortiz, the county executive, said on Monday that the toll would be lifted.")
    r = one(extract_text(t), "Bridge Toll")
    assert r["kind"] == "indirect" and r["text"] == "Bridge Toll Will Go by Spring" and speaker_name(r) == "Lena Ortiz"
    # a headline's label that names nobody the article quotes is a topic, not a speaker
    assert extract_text("Tolls: What Drivers Need to Know.\nThe county will vote on Monday.") == []


def test_but_with_a_clause_of_its_own_is_the_writers():
    r = one(extract_text("Most voters say they are tired of the race, but he is as strong a favorite as ever."), "tired")
    assert r["text"] == "they are tired of the race"
    r = one(extract_text("Ortiz said the plan was costly, but necessary."), "plan")
    assert r["text"] == "the plan was costly, but necessary"


def test_relative_clause_inside_the_content_does_not_end_it():
    r = one(extract_text("Aides say that Governor Lena Ortiz, who must make the final decision, has revealed "
                         "nothing about her plans."), "revealed")
    assert r["text"].endswith("has revealed nothing about her plans")
    r = one(extract_text("Ortiz said the FBI had questioned Diaz, who worked on the campaign in 2008."), "FBI")
    assert r["text"] == "the FBI had questioned Diaz"


def test_stance_verb_object_is_the_claim():
    r = one(extract_text("Governor Lena Ortiz endorsed Mark Diaz last week and has campaigned with him since."),
            "Diaz")
    assert r["text"] == "Mark Diaz" and r["cue"]["text"] == "endorsed" and speaker_name(r) == "Lena Ortiz"
    r = one(extract_text("The senator criticized the county's handling of the flood, which cost millions."), "flood")
    assert r["text"] == "the county's handling of the flood"
    # an adjective, a hyphenated compound, a phrasal verb, an object gap: no stance
    assert extract_text("Moscow held a widely criticized referendum on the peninsula.") == []
    assert extract_text("Rebels held a Kremlin-backed vote in the east.") == []
    assert extract_text("Ortiz backed out of the deal on Monday.") == []
    assert extract_text("It recognized two regions that it had previously supported in a war with its neighbour.") == []


def test_verbs_of_naming_without_a_quotation_take_their_object():
    r = one(extract_text("Senator Ortiz called the new toll a tax on commuters and voted against it."), "toll")
    assert r["text"] == "the new toll a tax on commuters" and r["cue"]["text"] == "called"
    r = one(extract_text("Diaz accused the council of hiding the audit from voters."), "council")
    assert r["text"] == "the council of hiding the audit from voters" and speaker_name(r) == "Diaz"


def test_a_document_opening_the_sentence_is_its_source():
    r = one(extract_text("In a county survey released Monday, 71 percent of residents backed the new bridge."),
            "residents")
    assert r["text"] == "71 percent of residents backed the new bridge"
    assert r["speaker"]["mention"]["text"] == "a county survey released Monday"
    r = one(extract_text("In an interview, Ortiz said the bridge was safe."), "bridge")
    assert speaker_name(r) == "Ortiz"


def test_seeing_someone_as_something_is_a_view():
    r = one(extract_text("Party leaders see Ortiz as the strongest candidate for the county seat."), "strongest")
    assert r["text"] == "Ortiz as the strongest candidate for the county seat"
    assert extract_text("We will see what the council decides.") == []


def test_opening_participle_is_no_speaker():
    recs = extract_text('Bemoaning the "rigged system," Ortiz accused Diaz of being a partisan.')
    assert all(r["speaker"]["name"] != "Bemoaning" for r in recs)


def test_source_phrase_then_a_speaker_and_cue():
    r = one(extract_text("According to Reuters, Lena Ortiz said the talks had failed."), "talks")
    assert r["text"] == "the talks had failed" and speaker_name(r) == "Lena Ortiz"
    recs = extract_text("According to Marat Zhunusov, Kazakhstan does not want to find itself behind a new wall.")
    r = one(recs, "Kazakhstan does not")
    assert speaker_name(r) == "Marat Zhunusov"


def test_participle_opener_is_not_the_content():
    r = one(extract_text("Speaking to reporters, Ortiz said the Kremlin had lost its leverage."), "Kremlin")
    assert r["text"] == "the Kremlin had lost its leverage"


def test_as_someone_put_it():
    r = one(extract_text('As Ortiz put it, "Moscow no longer pays for loyalty."'), "loyalty")
    assert speaker_name(r) == "Ortiz" and r["kind"] == "direct"


def test_translated_source_phrases():
    r = one(extract_text("As noted by the expert Marat Zhunusov, the region has lost much of its water."), "water")
    assert speaker_name(r) == "Marat Zhunusov" and r["speaker"]["role"] == "expert"
    r = one(extract_text("According to the words of the minister, the republic will not recognize the vote."), "vote")
    assert r["speaker"]["mention"]["text"] == "the minister"
    r = one(extract_text("Marat Zhunusov, for his part, believes that the river will recover."), "river")
    assert speaker_name(r) == "Marat Zhunusov" and r["speaker"]["role"] is None


def test_a_poll_finds_a_bare_object_and_reports_before_its_cue():
    r = one(extract_text("A county poll released Wednesday found Ortiz leading Diaz by 15 points."), "leading")
    assert r["text"] == "Ortiz leading Diaz by 15 points"
    r = one(extract_text("Ortiz has the support of 52 percent of voters, the poll found."), "support")
    assert r["text"] == "Ortiz has the support of 52 percent of voters"
    assert extract_text("Ortiz found her keys in the car.") == []


def test_headline_says_and_a_participle_phrase_inside_the_content():
    r = one(extract_text("Ortiz Says Bridge Toll Will Go By Spring\nThe county executive spoke on Monday."), "Toll")
    assert speaker_name(r) == "Ortiz" and r["text"].startswith("Bridge Toll Will Go")
    assert extract_text("The local band Simon Says played for the crowd on Monday night.") == []
    r = one(extract_text("The bureau says young voters, numbering 75 million, surpassed older ones in 2015."), "voters")
    assert r["text"].endswith("surpassed older ones in 2015")


def test_comma_after_that_and_an_unnamed_source_with_its_tail():
    r = one(extract_text("Officials familiar with the talks said that, during the storm, the bridge stayed open."),
            "bridge")
    assert r["text"] == "during the storm, the bridge stayed open"
    assert r["speaker"]["mention"]["text"] == "Officials familiar with the talks"


def test_cue_set_off_inside_its_sentence_reports_the_whole_sentence():
    # the reported sentence goes on after the cue: the content is the whole sentence
    r = one(extract_text("Nor does the ministry have any plans, officials say, to reopen the old pipeline."),
            "ministry")
    assert r["text"] == "Nor does the ministry have any plans, officials say, to reopen the old pipeline"
    r = one(extract_text("The harvest, Ortiz said, is the worst in a decade."), "harvest")
    assert r["text"] == "The harvest, Ortiz said, is the worst in a decade" and speaker_name(r) == "Ortiz"
    # a pronoun inside the content is no antecedent for the speaker
    r = one(extract_text("Meanwhile, Kazakhstan is raising tariffs, they say, imposing new import quotas on grain."),
            "tariffs")
    assert r["speaker"]["mention"]["text"] == "they" and speaker_name(r) != "Kazakhstan"
    # not when a setting, a manner, a cue of its own or a clause with its own subject follows
    for t, want in (("The bridge is unsafe, Ortiz said, in an interview on the local radio.", "The bridge is unsafe"),
                    ("The bridge is unsafe, Ortiz said, on condition of anonymity to speak freely.",
                     "The bridge is unsafe"),
                    ("Back in March, Ortiz says, he was part of a group that met the envoy.",
                     "he was part of a group that met the envoy")):
        assert [r["text"] for r in extract_text(t)] == [want], t


def test_stance_object_keeps_as_and_coordinated_nouns():
    # 'as' belongs to the object ('cited them as evidence'); 'and' joins two nouns of it
    r = one(extract_text("Ortiz cited the emails as evidence of a cover-up at the ministry."), "emails")
    assert r["text"] == "the emails as evidence of a cover-up at the ministry"
    r = one(extract_text("Diaz criticized the mayor for accepting donations and speaking fees from banks."), "mayor")
    assert r["text"] == "the mayor for accepting donations and speaking fees from banks"
    # 'and' before a second verb or a clause still ends it
    for t in ("The union endorsed Ortiz and campaigned for her in the north.",
              "The union endorsed Ortiz and has paid for her posters."):
        assert [r["text"] for r in extract_text(t)] == ["Ortiz"], t


def test_including_does_not_end_the_content():
    r = one(extract_text("Ortiz said the ministry would cut several programs, including two grants for farmers."),
            "ministry")
    assert r["text"] == "the ministry would cut several programs, including two grants for farmers"
    # a participle phrase of the writer's still does
    r = one(extract_text("Ortiz said the ministry would cut several programs, drawing protests from farmers."),
            "ministry")
    assert r["text"] == "the ministry would cut several programs"


def test_transcript_turn_holding_claims_is_its_speakers():
    recs = extract_text("MORALES: Senator Ortiz is running a negative campaign. She said she would not. "
                        "I think we will win anyway.")
    turn = one(recs, "negative campaign")
    assert turn["kind"] == "direct" and speaker_name(turn) == "Morales"
    assert speaker_name(one([r for r in recs if r is not turn], "we will win")) == "Morales"   # 'I think'
    # 'she' in Morales's words is someone Morales speaks of, not Morales
    assert speaker_name(one([r for r in recs if r is not turn], "would not")) != "Morales"


def test_share_of_a_group_is_an_unnamed_source():
    for t, who in (("In Texas, half of the voters said they were angry.", "half of the voters"),
                   ("85% of Democrats said the system favours the wealthy.", "85% of Democrats")):
        r = one(extract_text(t), t.split(" said ")[1][:8])
        assert r["speaker"]["mention"]["text"] == who, t


def test_name_ending_in_ing_is_no_participle_opener():
    r = one(extract_text("Ebeling reminisced about her school days, and said the war had changed them both."), "war")
    assert speaker_name(r) == "Ebeling"
    r = one(extract_text("Speaking to reporters, Ortiz said the plan would fail."), "plan")
    assert speaker_name(r) == "Ortiz"


def test_more_groups_are_unnamed_sources():
    r = one(extract_text("Others say the drought is only a rough patch."), "drought")
    assert r["speaker"]["mention"]["text"] == "Others"
    r = one(extract_text("To win their votes, participants said, the party must change its policies."), "party")
    assert r["speaker"]["mention"]["text"] == "participants"


def test_aside_in_dashes_before_the_cue():
    r = one(extract_text("Lena Ortiz, director of the group - which has backed the mayor - said the plan had failed."),
            "plan")
    assert speaker_name(r) == "Lena Ortiz" and r["speaker"]["role"] == "director of the group"
    r = one(extract_text("Diaz — who is listed as a lawyer but does not practise — told the paper he would not appeal."),
            "appeal")
    assert speaker_name(r) == "Diaz" and r["text"] == "he would not appeal"


def test_words_before_the_cue_are_reported_when_a_later_quotation_has_its_own_cue():
    recs = extract_text('The mayor left before the vote, Ortiz said, adding, "He never stays long."')
    assert speaker_name(one(recs, "mayor left")) == "Ortiz" and speaker_name(one(recs, "never stays")) == "Ortiz"
    # a gerund clause before a trailing cue is the content, not an introductory phrase
    r = one(extract_text("Seeing his brother suffer led him to avoid alcohol, he said."), "alcohol")
    assert r["text"] == "Seeing his brother suffer led him to avoid alcohol"


def test_as_someone_said_with_a_time_or_place_governs_the_quotation():
    for t in ("As Ortiz said last week, “The bridge will open in May.”",
              "As Ortiz said last week in Almaty, “The bridge will open in May.”"):
        r = one(extract_text(t), "bridge")
        assert r["kind"] == "direct" and speaker_name(r) == "Ortiz", t
        assert len(extract_text(t)) == 1, t


def test_quotation_paragraph_after_reported_speech_goes_on_with_its_speaker():
    t = ("Ortiz said that for years critics had predicted a withdrawal, but it would not happen.\n\n"
         "“That is because this region matters to us. We are staying.”")
    r = one(extract_text(t), "region matters")
    assert speaker_name(r) == "Ortiz" and r["resolution"] == "continuation"


def test_participle_cue_of_two_words_takes_the_clauses_speaker():
    recs = extract_text("“We will unite the party,” Ortiz said, referring to the convention.")
    assert {speaker_name(r) for r in recs} == {"Ortiz"}


def test_cue_right_after_another_speakers_cue_is_theirs():
    recs = extract_text("“It has been seven years,” Ortiz said, asked about the delay in an interview.")
    assert [speaker_name(r) for r in recs] == ["Ortiz"]


def test_sentence_opening_function_words_are_no_speakers():
    t = "Reached by phone, the mayor declined to comment.\n\n“We have no choice,” he said."
    r = one(extract_text(t), "no choice")
    assert speaker_name(r) != "Reached"
    assert all(speaker_name(r) not in ("Yes", "Often", "Shortly")
               for r in extract_text("Yes, the vote is close. Often, he said, the polls are wrong."))


def test_more_speech_verbs_after_a_quotation():
    for t in ("“You know, it happens,” Ortiz went on.", "“That is simply false,” Diaz retorted."):
        r = extract_text(t)
        assert len(r) == 1 and r[0]["resolution"] == "explicit" and speaker_name(r[0]) in ("Ortiz", "Diaz"), t


def test_party_tag_after_a_name_is_no_speaker():
    r = one(extract_text("Rep. Lena Ortiz, D-Ore., said the questioning would start on Monday."), "questioning")
    assert speaker_name(r) == "Lena Ortiz"


def test_headline_labelled_with_a_finding_document():
    r = one(extract_text("Poll: Ortiz and Diaz tied in Ohio.\n\nThe race is close, the pollster said."), "tied")
    assert r["text"] == "Ortiz and Diaz tied in Ohio" and r["speaker"]["mention"]["text"] == "Poll"


def test_speech_verb_after_to_governs_a_quotation_that_follows():
    r = one(extract_text("His editor, Tim Grieve, interrupted me to announce, “And there goes the franchise.”"),
            "franchise")
    assert r["kind"] == "direct" and speaker_name(r) == "Tim Grieve"


def test_passive_naming_verb_with_an_agent_after_the_quotation():
    r = one(extract_text("The plan was described as “reckless” by Mayor Lena Ortiz on Monday."), "reckless")
    assert r["kind"] == "direct" and speaker_name(r) == "Lena Ortiz"
    # a speech verb's agent is not the speaker of a quotation it holds
    t = 'Cruz belittled the issue, calling it a "paperwork error" that was reported in a "hit piece" by the Times.'
    assert {speaker_name(r) for r in extract_text(t)} == {"Cruz"}


def test_trailing_source_with_a_descriptor_before_its_name():
    r = one(extract_text("The minister was headed to Cairo for meetings, the news site RTL Info reported."), "Cairo")
    assert r["text"] == "The minister was headed to Cairo for meetings" and speaker_name(r) == "RTL Info"


def test_plural_noun_that_looks_like_a_cue():
    r = one(extract_text("In TV interviews and tweets, Ortiz has called the process “rigged.”"), "rigged")
    assert speaker_name(r) == "Ortiz"
    recs = extract_text("The bridge will close, the minister said. Cost estimates, he added, were “far too high.”")
    assert one(recs, "too high")["speaker"]["mention"]["text"] == "he"


def test_office_word_run_before_a_role_and_a_name_is_no_name():
    t = "Former Obama spokesman Lena Ortiz derided the plan. “It is a fantasy,” she said."
    assert speaker_name(one(extract_text(t), "fantasy")) == "Lena Ortiz"


def test_letter_that_lowers_to_two_characters_is_no_pronoun_and_no_error():
    # 'İ' matches the pronoun pattern's 'i' case-insensitively but lowers to 'i̇' (two characters)
    for t in ("The plan, İ said, was fine.", "İ said the plan was fine.", "“Fine,” said İ."):
        extract_text(t)                 # no KeyError; offsets checked by extract_text


def test_relative_clause_belongs_to_a_stance_object():
    r = one(extract_text("Ortiz called him an opportunist who has neglected his duties in the district."), "opportunist")
    assert r["text"] == "him an opportunist who has neglected his duties in the district"


def test_that_before_a_verb_is_the_reported_clauses_subject():
    r = one(extract_text("Legal experts said that is highly unlikely."), "unlikely")
    assert r["text"] == "that is highly unlikely"
    r = one(extract_text("He said he’ll back the nominee, but beyond that, he doesn’t want to take part."), "nominee")
    assert r["text"].startswith("he’ll back the nominee")


def test_trailing_speaker_with_a_role_after_the_comma():
    r = one(extract_text("Two children were among the passengers, foreign ministry spokesman Lena Ortiz said Thursday."),
            "passengers")
    assert r["text"] == "Two children were among the passengers" and speaker_name(r) == "Lena Ortiz"


def test_inverted_speaker_followed_by_a_relative_clause():
    r = one(extract_text("The valley is within her reach, said a handful of farmers who know her well."), "valley")
    assert r["text"] == "The valley is within her reach" and r["speaker"]["mention"]["text"] == "a handful of farmers"


def test_subject_with_a_prepositional_tail_before_the_cue():
    r = one(extract_text("Organizers of the push to boycott the speech said they are worried about violence."),
            "worried")
    assert r["speaker"]["mention"]["text"] == "Organizers of the push to boycott the speech"


def test_share_of_a_group_is_the_source_of_a_poll_finding():
    t = ("More than six in 10 said they distrusted the council. Nearly half said the tram was too slow. "
         "Seven in 10 Almaty residents say fares are fair.")
    recs = extract_text(t)
    assert speaker_name(one(recs, "distrusted")) == "More than six in 10"
    assert speaker_name(one(recs, "tram")) == "Nearly half"
    assert speaker_name(one(recs, "fares")) == "Seven in 10 Almaty residents"
    recs = extract_text("Majorities in all five regions say the tax is unfair. Three-fourths say the road is unsafe. "
                        "More than half of young women preferred the mayor.")
    assert speaker_name(one(recs, "tax")) == "Majorities in all five regions"
    assert speaker_name(one(recs, "road")) == "Three-fourths"
    assert all("preferred" not in (r["speaker"] or {}).get("name", "") for r in recs)


def test_share_that_is_an_object_is_no_source():
    # '32% of Republican' is what the council rated, not who spoke
    t = ("In 2013, a study by a media group found FactDesk consistently rated Democrats higher.\n\n"
         "FactDesk rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of "
         "Democratic claims.")
    assert speaker_name(one(extract_text(t), "pants")) == "FactDesk"


def test_compared_with_a_share_that_said_is_a_new_claim():
    t = ("Almost half said they wanted an outsider, compared with four in 10 who said they preferred "
         "a former mayor.")
    recs = extract_text(t)
    assert one(recs, "outsider")["text"] == "they wanted an outsider"
    assert speaker_name(one(recs, "former mayor")) in ("four in 10", "who")


def test_content_ends_before_and_with_a_speaker_of_its_own():
    recs = extract_text("A third said the council ignores them and one in four said it was hostile to renters.")
    assert one(recs, "ignores")["text"] == "the council ignores them"
    assert speaker_name(one(recs, "hostile")) == "one in four"
    # a coordinated subject ('Ortiz and Diaz said') or a pronoun going on stays in the content
    r = one(extract_text("Lena Ortiz said the ministry and its agencies said nothing."), "ministry")
    assert r["text"] == "the ministry and its agencies said nothing"


def test_plural_subject_after_a_sentence_opening_conjunction():
    r = one(extract_text("But private firms and ordinary traders say they have yet to see the rewards."), "rewards")
    assert speaker_name(r) == "private firms and ordinary traders"
    # a preposition or a gerund after 'But' opens no subject
    assert extract_text("But voting early says nothing about the outcome.") == []


def test_cue_inside_a_relative_clause_with_its_subject_missing_after_it():
    r = one(extract_text("The council passed a bill, which critics said was unfair to renters."), "unfair")
    assert r["text"] == "was unfair to renters" and speaker_name(r) == "critics"
    r = one(extract_text("The strike cost millions, losses that bank executives said could hurt earnings."), "hurt")
    assert r["text"] == "could hurt earnings" and speaker_name(r) == "bank executives"
    # 'that' after a verb is a complementiser: 'rules' there is a noun, not a cue
    r = one(extract_text("Lena Ortiz agreed that the party’s vacancy rules should be modernized."), "rules")
    assert r["text"] == "the party’s vacancy rules should be modernized" and speaker_name(r) == "Lena Ortiz"


def test_intent_verb_with_a_clause_reports_it():
    r = one(extract_text("Lena Ortiz hopes the plant will reopen next year."), "plant")
    assert r["text"] == "the plant will reopen next year" and speaker_name(r) == "Lena Ortiz"
    r = one(extract_text("Now the ministry hopes that its diplomats can make a stronger case."), "diplomats")
    assert r["text"] == "its diplomats can make a stronger case"
    r = one(extract_text("It is a step that the party's leaders hope will calm the delegates."), "calm")
    assert r["text"] == "will calm the delegates" and speaker_name(r) == "the party's leaders"
    # an object and an infinitive is a wish, not a claim
    assert extract_text("Lena Ortiz wants the plant to reopen.") == []


def test_belief_verb_with_a_bare_clause_reports_it():
    r = one(extract_text("Local officials feared the bridge would collapse before spring."), "bridge")
    assert r["text"] == "the bridge would collapse before spring" and speaker_name(r) == "Local officials"
    assert extract_text("Lena Ortiz knows how to use it.") == []


def test_present_participles_of_speech_and_stance_verbs_are_cues():
    t = "Lena Ortiz spoke for an hour, praising their family stories and criticizing Diaz’s proposals."
    recs = extract_text(t)
    assert one(recs, "family")["text"] == "their family stories"
    assert speaker_name(one(recs, "proposals")) == "Lena Ortiz"
    r = one(extract_text("The mayor released the figures, suggesting that the deficit was overstated."), "deficit")
    assert r["text"] == "the deficit was overstated"


def test_participle_phrase_with_an_agent_between_subject_and_cue_is_skipped():
    r = one(extract_text("The aides, led by campaign manager Lena Diaz, told donors that they expected to lose."),
            "expected")
    assert r["speaker"]["mention"]["text"] == "The aides"


def test_pronoun_skips_a_name_of_the_other_gender():
    t = ("Mrs. Ortiz said the council would meet on Monday. Mr. Diaz said the vote would be delayed.\n\n"
         "“We will win anyway,” she said.")
    assert speaker_name(one(extract_text(t), "win anyway")) == "Ortiz"
    # what a pronoun stood for is remembered: 'Abenov … he' makes a later 'she' skip Abenov
    t = ("Lena Ortiz said the plan works. Marat Abenov said the talks had failed. “Nobody moved,” he said.\n\n"
         "Abenov said the vote would be delayed.\n\n“We will win anyway,” she said.")
    assert speaker_name(one(extract_text(t), "win anyway")) == "Lena Ortiz"


def test_stage_direction_and_follow_line_in_a_transcript_are_no_claims():
    t = ('"ORTIZ: We will rebuild the bridge and reopen the market before winter —.\n\n'
         '"(CROSSTALK.)\n\n'
         '"DIAZ: If I may, the budget does not allow it.\n\n'
         '"Follow Lena Ortiz on Twitter @lenaortiz."')
    texts = [r["text"] for r in extract_text(t)]
    assert not any("CROSSTALK" in x or "Twitter" in x for x in texts)
    assert any("budget does not allow it" in x for x in texts)


def test_demands_report_their_object_or_their_quotation():
    r = one(extract_text("The mayor has called for an independent inquiry into the fire."), "inquiry")
    assert r["text"] == "an independent inquiry into the fire" and r["speaker"]["mention"]["text"] == "The mayor"
    r = one(extract_text("Lena Ortiz called on the council to release the footage."), "footage")
    assert r["text"] == "the council to release the footage"
    r = one(extract_text("Lena Ortiz called for an “expedited review” of the permits."), "expedited")
    assert r["kind"] == "direct" and speaker_name(r) == "Lena Ortiz"


def test_attacks_and_pointers():
    assert one(extract_text("Lena Ortiz attacked Diaz for his record on housing."), "Diaz")["text"] == \
        "Diaz for his record on housing"
    assert one(extract_text("Lena Ortiz pointed to the rise in rents as evidence."), "rents")["text"] == \
        "the rise in rents as evidence"
    # a refusal is an act, not a claim (the seed analyses do not count it)
    assert extract_text("Lena Ortiz refused to endorse the plan.") == []
    assert extract_text("The village was attacked by militants overnight.") == []


def test_coordinated_cue_after_a_content_keeps_its_speaker():
    recs = extract_text("Lena Ortiz said the talks failed and added that she would leave.")
    assert [r["text"] for r in recs] == ["the talks failed", "she would leave"]
    r = one(extract_text("Her aides say it is too early to discuss a run but noted that Ortiz won twice."), "won twice")
    assert r["speaker"]["mention"]["text"] == "Her aides"


def test_signature_paragraph_after_a_quotation_paragraph():
    t = ("Reactions came quickly.\n\n\"That is why Ortiz should be our next mayor.\"\n\n"
         "-Mayor Lena Diaz, writing after the speech.")
    r = one(extract_text(t), "next mayor")
    assert speaker_name(r) == "Lena Diaz" and r["resolution"] == "explicit"


def test_reminding_and_decrying():
    r = one(extract_text("Lena Ortiz reminded voters that the plan had failed twice."), "failed")
    assert r["text"] == "the plan had failed twice" and speaker_name(r) == "Lena Ortiz"
    r = one(extract_text("Lena Ortiz decried the spending as wasteful."), "spending")
    assert r["text"] == "the spending as wasteful"


def test_expressing_a_view():
    r = one(extract_text("Lena Ortiz expressed her support for the new bridge on Monday."), "support")
    assert r["text"].startswith("her support for the new bridge") and speaker_name(r) == "Lena Ortiz"


def test_touting_and_lashing_out():
    assert one(extract_text("Lena Ortiz touted her record on housing."), "record")["text"] == "her record on housing"
    r = one(extract_text("Lena Ortiz lashed out at the council for the delays."), "council")
    assert r["text"] == "the council for the delays" and speaker_name(r) == "Lena Ortiz"


def test_unnamed_source_with_a_prepositional_tail():
    r = one(extract_text("Experts on Central Asia and water security said the drought could change that."), "drought")
    assert speaker_name(r) == "Experts on Central Asia and water security"


def test_inverted_source_after_a_clause_ending_in_a_comma():
    r = one(extract_text("The meeting deteriorated from there, said a council official."), "meeting")
    assert r["text"] == "The meeting deteriorated from there"
    assert r["speaker"]["mention"]["text"] == "a council official"


def test_unnamed_source_with_a_relative_clause_without_a_relative_word():
    r = one(extract_text("All the experts I interviewed said the dam was unsafe."), "dam")
    assert r["speaker"]["mention"]["text"] == "All the experts I interviewed"


def test_nouns_in_ly_are_no_adverbs():
    r = one(extract_text("The family said the relatives watched the video."), "video")
    assert r["speaker"]["mention"]["text"] == "The family"
    r = one(extract_text("A close ally said the plan would fail."), "plan")
    assert r["speaker"]["mention"]["text"] == "A close ally"
    r = one(extract_text("Lena Ortiz frankly said the plan would fail."), "plan")
    assert speaker_name(r) == "Lena Ortiz"


def test_inverted_unnamed_source_or_short_noun_phrase_after_said():
    for source in ("the family", "police", "local residents", "his lawyer", "people familiar with the matter"):
        r = one(extract_text(f"The bridge would reopen next week, said {source}."), "bridge")
        assert r["text"] == "The bridge would reopen next week" and r["speaker"]["mention"]["text"] == source
    # a clause after the cue is content, not an inverted speaker
    r = one(extract_text("Others, however, say a recalibration is overdue."), "recalibration")
    assert r["speaker"]["mention"]["text"] == "Others"


def test_source_noun_with_a_prepositional_tail_is_the_speaker():
    r = one(extract_text("The bridge would reopen next week, a spokesman for the ministry said."), "bridge")
    assert r["speaker"]["mention"]["text"] == "a spokesman for the ministry"
    r = one(extract_text("A person close to the talks said the bridge would reopen next week."), "bridge")
    assert r["speaker"]["mention"]["text"] == "A person close to the talks"
    r = one(extract_text("An aide to the mayor said the bridge would reopen next week."), "bridge")
    assert r["speaker"]["mention"]["text"] == "An aide to the mayor"


def test_belief_at_the_end_of_its_sentence_and_considers_that():
    r = one(extract_text("The pipeline is safe, Lena Ortiz believes."), "pipeline")
    assert r["text"] == "The pipeline is safe" and speaker_name(r) == "Lena Ortiz"
    r = one(extract_text("Lena Ortiz, for her part, considers that the pipeline is safe."), "pipeline")
    assert r["text"] == "the pipeline is safe" and speaker_name(r) == "Lena Ortiz"
    # a belief in the middle of a sentence still needs its clause after it
    assert extract_text("Lena Ortiz believes in the pipeline.") == []


def test_person_of_a_body_or_place_is_the_person_with_an_affiliation():
    for text, name, role in [
            ("Aigerim Sadykova of the Steppe Institute said the border would stay open.", "Aigerim Sadykova",
             "Steppe Institute"),
            ("Lena Ortiz of Tallinn University argues that the border will stay open.", "Lena Ortiz",
             "Tallinn University"),
            ("Senator Mark Reyes of Nevada, a farm-state moderate, said the border would stay open.", "Mark Reyes",
             "Senator"),
            ("As Dr. Ortiz of the Baltic Policy Forum put it, the border will stay open.", "Ortiz",
             "Baltic Policy Forum")]:
        r = one(extract_text(text), "border")
        assert speaker_name(r) == name and r["speaker"]["role"] == role, text
        assert " of " not in r["speaker"]["mention"]["text"]
    # a body named with "of" stays one name
    for org in ("Bank of Estonia", "University of Tartu", "Association of Grain Traders", "Tartu Board of Elections"):
        r = one(extract_text(f"The {org} said the border would stay open."), "border")
        assert speaker_name(r) == org
    # one word before "of" is no person's name
    r = one(extract_text("The Duke of Narva said the border would stay open."), "border")
    assert speaker_name(r) != "Narva"


def test_arguing_and_insisting_take_a_bare_clause():
    for cue in ("arguing", "insisting"):
        r = one(extract_text(f"Lena Ortiz vetoed the bill, {cue} such a law could expose the city to lawsuits."),
                "lawsuits")
        assert r["text"] == "such a law could expose the city to lawsuits" and speaker_name(r) == "Lena Ortiz"


def test_a_sentence_opening_with_a_holders_view_is_the_holders_claim():
    recs = extract_text("Lena Ortiz runs the Steppe Institute. In her view, the sanctions have not worked.")
    r = one(recs, "sanctions")
    assert r["text"] == "the sanctions have not worked" and speaker_name(r) == "Lena Ortiz"
    assert r["speaker"]["mention"]["text"] == "her"
    r = one(extract_text("In Aigerim Sadykova's words, the sanctions “have not worked at all.”"), "sanctions")
    assert r["kind"] == "mixed" and speaker_name(r) == "Aigerim Sadykova"
    r = one(extract_text("To his mind, the border will stay open."), "border")
    assert r["speaker"]["mention"]["text"] == "his"
    # a quotation that is the whole content is the holder's direct quote
    r = one(extract_text("In Sadykova's words, “the sanctions have not worked.”"), "sanctions")
    assert r["kind"] == "direct" and speaker_name(r) == "Sadykova"
    # any other opening phrase is no source
    assert extract_text("In his speech, the border issue took one line.") == []


def test_unnamed_source_with_a_participle_and_its_agent():
    for source in ("Officials contacted by the agency", "Economists surveyed by the bank",
                   "Experts interviewed for this report"):
        r = one(extract_text(f"{source} said the border would stay open."), "border")
        assert r["speaker"]["mention"]["text"] == source and r["speaker"]["type"] == "unnamed"
    r = one(extract_text("The border would stay open, officials contacted by the agency said."), "border")
    assert r["speaker"]["mention"]["text"] == "officials contacted by the agency"


def test_hyphen_as_a_dash_before_an_inverted_cue_and_no_speaker_after_that():
    # machine-translated Russian writes '», - said X' with a hyphen for the dash
    for text in ("«The situation is difficult», - declared the minister Marat Zhunusov.",
                 "\"The situation is difficult\" - said Marat Zhunusov."):
        r = one(extract_text(text), "situation")
        assert r["kind"] == "direct" and speaker_name(r) == "Marat Zhunusov", text
    # 'noted that the company …' is content, never a speaker after the cue
    recs = extract_text('A spokesman for the brand - a small firm pitched as "the ultimate home for working '
                        'women" - noted that the company offers new mothers paid leave.')
    assert not any((r["speaker"] or {}).get("mention", {}).get("text", "").startswith("that") for r in recs)


def test_according_to_a_pronoun_stands_for_the_person_named_before():
    r = one(extract_text("Aigerim Sadykova studies the region. According to her, the talks were postponed."), "talks")
    assert speaker_name(r) == "Aigerim Sadykova" and r["resolution"] == "pronoun"
    # a possessive 'her' before a noun is no pronoun source
    recs = extract_text('Sadykova has a plan. According to her "clawback" plan, firms must repay the aid.')
    assert all(r["speaker"] is None or r["speaker"].get("mention", {}).get("text") != "her" or
               r["resolution"] != "pronoun" for r in recs)


def test_made_it_clear_and_a_belief_held_with_a_copula():
    r = one(extract_text("Lena Ortiz made it clear that she would not run again."), "run again")
    assert r["text"] == "she would not run again" and speaker_name(r) == "Lena Ortiz"
    r = one(extract_text("Local farmers are worried that the border will close."), "border")
    assert r["text"] == "the border will close" and r["speaker"]["mention"]["text"] == "Local farmers"
    r = one(extract_text("Lena Ortiz remains convinced the border will close."), "border")
    assert speaker_name(r) == "Lena Ortiz"
    # the adjective without a clause is no claim
    assert extract_text("Lena Ortiz is worried about the border.") == []


def test_a_speech_verb_with_a_noun_phrase_object_claims_the_object():
    r = one(extract_text("Lena Ortiz announced a new border agreement with the neighbours."), "agreement")
    assert r["text"].startswith("a new border agreement") and speaker_name(r) == "Lena Ortiz"
    r = one(extract_text("Lena Ortiz questioned his experience and judgment."), "experience")
    assert r["text"] == "his experience and judgment"
    # no object, a plan announced, or a time after the verb: no claim
    for text in ("Lena Ortiz announced on Monday.", "Lena Ortiz announced that she would run for mayor.",
                 "Lena Ortiz announced last week."):
        assert extract_text(text) == [], text


def test_a_subject_pronoun_after_a_cue_opens_a_bare_clause():
    r = one(extract_text("The ministry admitted they withheld the reports for a year."), "withheld")
    assert r["text"] == "they withheld the reports for a year"
    assert r["speaker"]["mention"]["text"] == "The ministry"
    # 'it' may be the object: no clause read from it alone
    assert extract_text("The ministry denied it on Monday.") == []


def test_a_clause_after_the_addressee_is_no_trailing_cue():
    r = one(extract_text("One delegate from the north, Kelly Ortiz, told the paper she was leaning toward Diaz."),
            "leaning")
    assert r["text"] == "she was leaning toward Diaz" and speaker_name(r) == "Kelly Ortiz"
    r = one(extract_text("The plan is dead, Ortiz told Reuters."), "plan")
    assert r["text"] == "The plan is dead"


def test_a_possessive_owner_before_a_name_is_its_role():
    r = one(extract_text("“The border will stay open,” said Radio Steppe’s Lena Ortiz."), "border")
    assert speaker_name(r) == "Lena Ortiz" and r["speaker"]["role"] == "Radio Steppe"
    # a body named with a possessive stays whole
    r = one(extract_text("McKinsey's Research Institute said the border would stay open."), "border")
    assert speaker_name(r) == "McKinsey's Research Institute"


def test_labelled_turns_of_a_dialogue_are_direct_quotes():
    recs = extract_text("The host and his guest sparred.\n\nMatthews: Well, speculation is bad.\n\n"
                        "Lopez: Well, nobody thinks of their savings that way.\n\nMatthews: Here is the irony "
                        "of our time.")
    assert [(r["kind"], speaker_name(r)) for r in recs] == [("direct", "Matthews"), ("direct", "Lopez"),
                                                            ("direct", "Matthews")]


def test_a_trailing_source_before_the_writers_aside_or_without_a_comma():
    for text in ("The plant has reopened, according to the labour ministry, ending a long strike.",
                 "The plant has reopened, according to the labour ministry - despite the strike.",
                 "The plant has reopened, according to the labour ministry, although workers stay out.",
                 "The plant is now running at 46 percent according to a ministry report released Monday."):
        r = one(extract_text(text), "plant")
        assert r["text"].startswith("The plant") and r["speaker"]["mention"]["text"].startswith(("the", "a")), text
    # a fragment without a verb is no claim
    assert extract_text("Memories of vital importance in the view of Lena Ortiz.") == []


def test_an_inner_cue_without_content_leaves_the_opening_source_its_claim():
    r = one(extract_text("According to the court filing, Ortiz asked the clerk to delete the records."), "clerk")
    assert r["speaker"]["mention"]["text"] == "the court filing"


def test_a_time_after_a_cue_is_no_content():
    assert extract_text("The economy is slowing, as the central bank warned last month.") == []
    r = one(extract_text("Lena Ortiz said Tuesday night the plant would close."), "plant")
    assert r["text"] == "the plant would close"


def test_the_subject_of_an_absolute_phrase_speaks_its_participle():
    r = one(extract_text("Critics attacked the bill, with one senator calling it a disaster."), "disaster")
    assert r["speaker"]["mention"]["text"] == "one senator"
    r = one(extract_text("Critics attacked the bill, with Lena Ortiz saying it was a disaster."), "disaster")
    assert speaker_name(r) == "Lena Ortiz"


def test_an_object_goes_on_past_including():
    r = one(extract_text("Ortiz cited several causes of the low turnout, including new rules for voting."), "causes")
    assert r["text"] == "several causes of the low turnout, including new rules for voting"


def test_one_quoted_word_as_a_predicate_is_the_subjects():
    recs = extract_text("A headline.\n\nLena Ortiz dismissed the plan as “absurd.”\n\n"
                        "The plan includes a “flexible” schedule.")
    assert [(r["text"], speaker_name(r)) for r in recs] == [("absurd.", "Lena Ortiz")]


def test_verbs_of_suggesting_and_explaining_claim_their_object():
    r = one(extract_text("Lena Ortiz suggested a new route for the pipeline."), "route")
    assert r["text"] == "a new route for the pipeline" and speaker_name(r) == "Lena Ortiz"
    r = one(extract_text("Lena Ortiz explained how the tariffs would work."), "tariffs")
    assert r["text"] == "how the tariffs would work"


def test_aim_takes_an_infinitive_as_an_intention():
    # 'aims to …' ascribes a plan to its subject like 'plans to …' (PolNeAR annotates it)
    r = one(extract_text("Mayor Lena Ortiz aims to reopen the old ferry line before the summer."), "ferry")
    assert r["text"] == "to reopen the old ferry line before the summer" and r["cue"]["text"] == "aims"
    assert speaker_name(r) == "Lena Ortiz"
    r = one(extract_text("The two unions are aiming to win a shorter working week."), "shorter")
    assert r["text"] == "to win a shorter working week" and r["cue"]["text"] == "aiming"


def test_aimed_at_is_no_intention():
    # a weapon or a remark 'aimed at' something is no plan of a speaker
    assert extract_text("The new rules were aimed at small farms in the valley.") == []


def test_passive_ask_with_agent_gives_the_agent_the_question():
    # '(When) asked by X whether …': X asked the question; an opening clause's question ends at its comma
    r = one(extract_text("Asked by a local reporter whether the ferry would run again, Ortiz shrugged."), "ferry")
    assert r["text"] == "whether the ferry would run again" and speaker_name(r) == "a local reporter"
    r = one(extract_text("When asked by host Dana Reyes if the budget was balanced, the mayor laughed."), "budget")
    assert r["text"] == "if the budget was balanced" and speaker_name(r) == "Dana Reyes"
    r = one(extract_text("Ortiz was asked by a caller why the night buses were always late."), "buses")
    assert r["text"] == "why the night buses were always late" and speaker_name(r) == "a caller"


def test_passive_ask_with_an_infinitive_is_a_request_not_a_question():
    recs = extract_text("Asked by the council to cut the budget, Ortiz refused.")
    assert not any(r["text"].startswith("to cut") for r in recs)


def test_a_two_word_intention_is_a_claim():
    # 'declined to comment', 'vowed to win': an infinitive of two words is the speaker's plan or refusal
    r = one(extract_text("A spokeswoman for the port authority declined to comment."), "comment")
    assert r["text"] == "to comment" and speaker_name(r) == "A spokeswoman for the port authority"
    r = one(extract_text("Lena Ortiz vowed to fight."), "fight")
    assert r["text"] == "to fight" and r["cue"]["text"] == "vowed"
    assert extract_text("Ortiz declined.") == []                     # no infinitive, no claim


def test_progressive_of_a_two_word_cue_is_active():
    # 'is calling for …' is the progressive of 'calls for', not a passive: its subject speaks
    r = one(extract_text("Senator Lena Ortiz is calling for the state to double its spending on roads."), "roads")
    assert r["text"] == "the state to double its spending on roads" and r["cue"]["text"] == "calling for"
    assert speaker_name(r) == "Lena Ortiz"
    r = one(extract_text("The teachers' union is calling on parents to keep their children home."), "parents")
    assert speaker_name(r) == "The teachers' union"


def test_a_later_cues_quotation_leaves_the_stance_object():
    # the quotation after ', calling her' is that cue's: 'called for' keeps its object
    recs = extract_text("In May, the bishop called for the mayor to resign, calling her “a disgrace to the city.”")
    r = one(recs, "resign")
    assert r["text"] == "the mayor to resign" and r["cue"]["text"] == "called for"
    assert one(recs, "disgrace")["cue"]["text"] == "calling"
    r = one(extract_text("Diaz mocked the new budget, saying “nobody in this town believes it.”"), "budget")
    assert r["text"] == "the new budget" and r["cue"]["text"] == "mocked"
    # a quotation the verb itself governs stays with the quotation rules
    r = one(extract_text("Ortiz called the report “a work of fiction written by her rivals.”"), "fiction")
    assert r["kind"] == "direct" and speaker_name(r) == "Ortiz"


def test_promising_takes_an_infinitive_as_a_plan():
    # 'by promising to …' ascribes a plan as 'vowing to …' does; a clause stays its content
    r = one(extract_text("Ortiz has rallied thousands of voters by promising to cut the bridge toll in half."), "toll")
    assert r["text"] == "to cut the bridge toll in half" and r["cue"]["text"] == "promising"
    assert speaker_name(r) == "Ortiz"
    r = one(extract_text("Lena Ortiz is promising that the new bridge will open in May."), "bridge")
    assert r["text"] == "the new bridge will open in May" and speaker_name(r) == "Lena Ortiz"


def test_a_one_word_answer_after_said_is_the_claim():
    recs = extract_text("Asked if the levy was fair, 58 percent of farmers said yes, compared with 31 percent "
                        "in spring.\n\nThe harbour board said no. Its chairman, Rustam Ibrayev, left early.")
    yes = [r for r in recs if r["text"] == "yes"]
    no = [r for r in recs if r["text"] == "no"]
    assert len(yes) == 1 and yes[0]["speaker"]["mention"]["text"] == "58 percent of farmers"
    assert len(no) == 1 and no[0]["speaker"]["mention"]["text"] == "The harbour board"
    assert all(r["text"] == "yes" or "compared" not in r["text"] for r in recs)


def test_said_no_to_an_object_is_no_answer():
    recs = extract_text("The council said no to the new bridge.\n\nThe union says no matter what happens it will strike.")
    assert not [r for r in recs if r["text"] in ("no", "yes")]


def test_subject_before_a_comma_set_off_aside_reports_the_clause():
    recs = extract_text("Arman Seitkali, a former envoy who led the talks from 2009 to 2012, said Astana must "
                        "answer the claims.\n\nThe board's website, run by Lena Ortiz, said the turnout is based "
                        "on the rolls.\n\nNumerous nurses interviewed at the clinic this week, including Ms. Baker, "
                        "said they had no problem with the rules.\n\nThe clerk, a nurse from Almaty, said she "
                        "was tired of waiting.")
    r = one(recs, "Astana")
    assert r["text"] == "Astana must answer the claims" and speaker_name(r) == "Arman Seitkali"
    r = one(recs, "turnout")
    assert r["text"].startswith("the turnout is based") and r["speaker"]["mention"]["text"] == "The board's website"
    r = one(recs, "no problem")
    assert r["speaker"]["mention"]["text"] == "Numerous nurses interviewed at the clinic this week"
    r = one(recs, "tired")
    assert r["text"] == "she was tired of waiting" and r["speaker"]["mention"]["text"] == "The clerk"


def test_the_latter_is_the_last_person_named_before_it():
    # French 'ce dernier', Russian 'последний' translated: not an unnamed source called 'the latter'
    t = ("The French ambassador met the Kazakh minister Askar Ermekov on Monday. According to the latter, "
         "the partnership will be extended to uranium.\n"
         "Officials from Tashkent met the envoy Bakhyt Sultanov, and the latter said the border would reopen.")
    recs = extract_text(t)
    r = one(recs, "uranium")
    assert r["resolution"] == "pronoun" and speaker_name(r) == "Askar Ermekov"
    assert r["speaker"]["mention"]["text"] == "the latter"
    assert speaker_name(one(recs, "border")) == "Bakhyt Sultanov"
