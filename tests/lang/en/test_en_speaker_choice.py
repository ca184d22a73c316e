"""English: which mention speaks — the subject, not an object, a place, a dateline or a document
(one short invented example per rule; the people and places are fictional)."""
from conftest import extract_text, one, speaker_name


def _mention(r):
    return r["speaker"]["mention"]["text"]


# ---- a participle goes on with the clause's subject ------------------------------------------

def test_participle_after_a_quote_keeps_the_subject_not_its_object():
    t = "The Kestrel Fund would not discuss “that man,” telling Radio 5 that the group is focused on “ending hunger.”"
    r = one(extract_text(t), "ending hunger")
    assert speaker_name(r) == "Kestrel Fund" and r["cue"]["text"] == "telling"
    assert r["kind"] == "mixed"                   # the reported clause after "telling Radio 5 that"


def test_adding_after_a_quoted_phrase_is_the_same_speakers_clause():
    t = "The Ferro Water Board called the talks “useful,” adding that a new round “must start before spring.”"
    r = one(extract_text(t), "must start")
    assert speaker_name(r) == "Ferro Water Board" and r["cue"]["text"] == "adding" and r["kind"] == "mixed"


def test_statement_with_a_preposition_tail_is_its_authors():
    t = "Her campaign quickly sent out an email to supporters stating, “We are winning the county.”"
    r = one(extract_text(t), "winning")
    assert _mention(r) == "Her campaign"


def test_statement_after_an_opening_phrase_is_its_authors():
    t = "Even before the count ended, his office put out a statement saying the city “cannot afford this plan.”"
    r = one(extract_text(t), "afford")
    assert _mention(r) == "his office"


def test_a_capitalised_modifier_before_a_cue_noun_keeps_it_a_noun():
    t = "Lena Ortiz immediately posted a Facebook comment of her own, saying, “We are thrilled to welcome him!”"
    r = one(extract_text(t), "thrilled")
    assert speaker_name(r) == "Lena Ortiz"


# ---- places and datelines are not speakers ----------------------------------------------------

def test_title_case_dateline_with_agency_is_skipped():
    t = "Denver (AFP) – Senator Lena Ortiz on Monday joined the race, accusing her rival of “lying to voters.”"
    r = one(extract_text(t), "lying")
    assert speaker_name(r) == "Lena Ortiz"


def test_state_after_a_town_in_an_opening_phrase_is_skipped():
    t = "At a town hall in Ames, Iowa, on Sunday, Ortiz defended her plan, saying that the state should “lead the way.”"
    r = one(extract_text(t), "lead the way")
    assert speaker_name(r) == "Ortiz"
    t = "At a rally in Green Bay, Wis., Ortiz pressed ahead, saying the plan was “dead.”"
    assert speaker_name(one(extract_text(t), "dead")) == "Ortiz"


def test_a_town_alone_still_opens_the_clause():
    t = "In Paris, Texas, the mayor spoke, saying the plan was “dead.”"
    assert _mention(one(extract_text(t), "dead")) == "the mayor"


def test_an_age_before_the_subjects_name_is_skipped():
    t = ("At a June rally in Clairton, Ohio, 62-year-old Lena Ortiz railed against taxes, and explained "
         "that it upset her to pay them.")
    r = one(extract_text(t), "upset")
    assert speaker_name(r) == "Lena Ortiz"


# ---- the speaker after an inverted cue -------------------------------------------------------

def test_inverted_cue_with_a_lower_case_title_holding_of():
    t = "“The vote is over,” said former secretary of state Lena Ortiz, who praised the count."
    r = one(extract_text(t), "vote is over")
    assert speaker_name(r) == "Lena Ortiz"


def test_inverted_cue_with_a_possessors_role_and_the_name_apposed():
    t = "“We will win the county,” said Diaz’s deputy campaign manager, Lena Ortiz, who ran the 2012 race."
    r = one(extract_text(t), "win the county")
    assert speaker_name(r) == "Lena Ortiz"
    assert r["speaker"]["role"] == "Diaz’s deputy campaign manager"


def test_a_name_four_words_after_an_inverted_cue_is_not_its_speaker():
    # 'brand … as Building Community Trust': the name is the object, the subject speaks
    t = "Officials in Vermont, for example, brand their program as Building Community Trust, and Maine renames it."
    assert all(speaker_name(r) != "Building Community Trust" for r in extract_text(t))


# ---- asides and appositions between the subject and its cue ----------------------------------

def test_a_place_inside_a_relative_clause_is_not_the_speaker():
    t = "Lena Ortiz, who lost her son during the flood in Brandon, Vermont, in July 2012, said that Diaz had lied."
    r = one(extract_text(t), "Diaz had lied")
    assert speaker_name(r) == "Lena Ortiz"
    t = "Marco Diaz, whose hometown, Tampa, is expected to flood, argues that the plan will “destroy our economy.”"
    assert speaker_name(one(extract_text(t), "destroy")) == "Marco Diaz"


def test_an_apposed_name_with_an_affiliation_tail_speaks():
    t = "One pastor supporting Mr. Diaz, Tom Reyes of Grace Church in Marion, said he had made 150 calls."
    r = one(extract_text(t), "150 calls")
    assert speaker_name(r) == "Tom Reyes"


def test_the_role_before_an_apposed_name_is_no_content():
    recs = extract_text("Diaz’s campaign manager, Lena Ortiz, said the count was wrong.")
    r = one(recs, "count")
    assert r["text"] == "the count was wrong" and speaker_name(r) == "Lena Ortiz"
    assert not any("manager" in x["text"] for x in recs)


# ---- a digest item: headline - authors: “…” --------------------------------------------------

def test_digest_item_names_its_authors_after_the_dash():
    t = ("This is the Pollwatch for Monday.\n"
         "STATE POLLS MISSED THE LATE SHIFT, JUST TOO EARLY - Lena Ortiz and Tom Reyes: “The polls did not "
         "fail because they were wrong. They just ended too early.” [Pollwatch.]\n"
         "Pollsters agree - Mark Diaz: “One lesson was simple: keep contacting voters as late as possible.”")
    recs = extract_text(t)
    assert speaker_name(one(recs, "ended too early")) == "Tom Reyes"
    r = one(recs, "One lesson")
    assert speaker_name(r) == "Mark Diaz" and r["cue"]["text"] == ":"    # not the headline's 'agree'


# ---- a quotation between two cues; the subject of a coordinated verb ---------------------------

def test_a_pronoun_cue_right_after_a_quote_speaks_it_not_the_next_cue():
    t = ("Ortiz spoke to reporters. “His mood is grumpy,” she said, but despite the tone, "
         "“I think he will do it,” said Diaz, who has been critical of him.")
    recs = extract_text(t)
    assert _mention(one(recs, "grumpy")) == "she" and speaker_name(one(recs, "grumpy")) == "Ortiz"
    assert speaker_name(one(recs, "will do it")) == "Diaz"


def test_added_right_after_a_quote_is_not_lost_to_a_later_cue():
    t = "“I have filed my report on time,” he added, noting that Sen. Lena Ortiz requested an extension."
    r = one(extract_text(t), "filed my report")
    assert _mention(r) == "he" and r["cue"]["text"] == "added"


def test_coordinated_verb_takes_the_subject_of_its_own_clause():
    t = ("When Tom Reyes, Ortiz’s campaign manager, was asked at a lunch whether Ortiz would meet the press, "
         "he laughed and said, “We will see.”")
    assert _mention(one(extract_text(t), "We will see")) == "he"


def test_a_state_before_a_coordinated_verb_is_not_its_subject():
    t = "A month later, he paid a visit to the border in Laredo, Texas and explained why voters would “love” him."
    assert _mention(one(extract_text(t), "love")) == "he"


def test_the_addressee_after_to_does_not_speak_the_participle():
    t = "Senator Lena Ortiz is making a pitch to New York voters saying a state law on fracking is hurting jobs."
    assert speaker_name(one(extract_text(t), "fracking")) == "Lena Ortiz"
    t = "Ortiz responded to Diaz’s question on Facebook writing, “Yes, I will. That was a poor choice.”"
    assert speaker_name(one(extract_text(t), "poor choice")) == "Ortiz"


def test_a_sentence_ending_in_its_cue_introduces_the_next_quotation():
    t = ("“It is over,” said Diaz.\n"
         "Tom Reyes, the spokesman for the party, said in a statement. “There are no paper ballots to recount. "
         "The caucus was a unique event.”")
    r = one(extract_text(t), "paper ballots")
    assert speaker_name(r) == "Tom Reyes" and r["cue"]["text"] == "said"


def test_one_person_with_two_roles_after_a_quote():
    t = ("Sen. Marco Diaz responded first.\n"
         "“I have warned that the region is run by a lunatic,” the Ohio senator and Republican presidential "
         "candidate said in a statement.")
    r = one(extract_text(t), "lunatic")
    assert _mention(r) == "the Ohio senator and Republican presidential candidate"


def test_a_question_opening_a_paragraph_names_no_antecedent():
    t = ("My favourite description of him came from a student, who made me think when she called him "
         "“somebody’s savage grandpa.”\n"
         "Come again?\n"
         "“Savage,” she said, meaning that he is “radical enough.”")
    r = one(extract_text(t), "Savage,")
    assert _mention(r) == "she" and speaker_name(r) != "Come"


def test_a_document_sent_to_an_outlet_is_its_senders():
    t = "He sent a two-page memo to The Daily Ledger in April explaining his plan, which includes “a one-time payment.”"
    assert _mention(one(extract_text(t), "one-time")) == "He"


def test_a_title_with_an_of_phrase_before_the_name_opens_the_clause():
    t = ("Ortiz has many famous supporters.\n"
         "Former US secretary of state Lena Ortiz, a Diaz supporter, stirred anger over her remark that "
         "“there is a special place in hell for people who do not help each other.”")
    r = one(extract_text(t), "special place")
    assert speaker_name(r) == "Lena Ortiz"          # not 'Former US'


# ---- the running speaker and a new paragraph's subject ----------------------------------------

def test_a_paragraph_opening_with_another_named_person_takes_its_quotation():
    t = ("“There was wrongdoing,” said Diaz.\n"
         "Lena Ortiz touted her record as a sponsor of the bill. “We need to support workers who want a union. "
         "Labor organizing should be protected.”")
    r = one(extract_text(t), "workers")
    assert speaker_name(r) == "Lena Ortiz" and r["resolution"] == "explicit"


def test_the_same_person_opening_the_paragraph_keeps_the_running_speaker():
    t = ("“There was wrongdoing,” said Diaz.\n"
         "Diaz waved at the crowd. “We need to support workers who want a union. Labor organizing should be protected.”")
    r = one(extract_text(t), "workers")
    assert speaker_name(r) == "Diaz" and r["resolution"] == "continuation"


def test_the_role_of_an_apposed_name_stops_at_a_closing_quote():
    t = ("Officials are weighing a pause.\n"
         "''Somebody entered the country through the visa program,'' the White House spokesman, Lena Ortiz, said.")
    recs = [r for r in extract_text(t) if r["speaker"] and r["speaker"]["name"] == "Lena Ortiz"]
    assert recs and all(r["speaker"]["role"] == "the White House spokesman" for r in recs)


# ---- a quotation after a colon that ends its own clause ---------------------------------------

def test_a_colon_clause_gives_its_quotation_to_its_subject_not_the_running_speaker():
    t = ("“The police could ban guns downtown,” said Lena Ortiz, the union president. "
         "Governor Tom Diaz resisted: “The state has no power to suspend the law.”")
    r = one(extract_text(t), "no power")
    assert speaker_name(r) == "Tom Diaz" and r["resolution"] == "explicit"


def test_a_colon_clause_in_a_new_paragraph_beats_the_last_paragraphs_speaker():
    t = ("Mayor Lena Ortiz said the plan was sound.\n"
         "Senator Tom Diaz, of Ohio, delivered a blunt message to the mayor: “Stop attacking the people you ran against.”")
    r = one(extract_text(t), "Stop attacking")
    assert speaker_name(r) == "Tom Diaz"


def test_a_pronoun_before_the_colon_is_the_mention():
    t = ("Mayor Lena Ortiz spoke after the vote.\n"
         "“Thank you all for coming,” said Mr. Diaz. She then addressed the crowd again: “Here is what I regret. "
         "I regret nothing else.”")
    r = one(extract_text(t), "regret")
    assert _mention(r) == "She" and speaker_name(r) != "Diaz"      # not the man who spoke last


def test_an_inner_clause_before_the_colon_leaves_the_running_speaker():
    t = ("When my aunt mentioned ghosts, I laughed and said, “I do not believe in ghosts.” "
         "She became so angry that I had to change my answer: “Of course I believe in ghosts. I was only joking.”")
    r = one(extract_text(t), "only joking")
    assert _mention(r) == "I"


def test_a_frequency_adverb_between_speaker_and_cue_is_no_part_of_the_name():
    r = one(extract_text("“The plan has never worked anywhere,” Ortiz often says."), "never worked")
    assert _mention(r) == "Ortiz"
    r = one(extract_text("Mayor Lena Ortiz spoke. “The plan has never worked anywhere,” she always said."), "never worked")
    assert _mention(r) == "she" and r["cue"]["text"] == "said"


# ---- a quantifier floated after its subject ---------------------------------------------------

def test_a_floating_quantifier_is_not_the_speaker():
    r = one(extract_text("Tom Diaz and Lena Ortiz have both argued that the rules are unfair."), "rules are unfair")
    assert _mention(r) == "Tom Diaz"              # the first named, as in Chinese (甲和乙均表示)
    r = one(extract_text("Diaz, Ortiz and Reyes have all attacked the program as a waste of money."), "waste of money")
    assert _mention(r) != "all"
    r = one(extract_text("They all said that the bridge would reopen."), "bridge")
    assert _mention(r) == "They"


def test_a_quantifier_alone_is_still_the_subject():
    r = one(extract_text("Both said that the bridge would reopen."), "bridge")
    assert _mention(r) == "Both"


# ---- an opening preposition is no name --------------------------------------------------------

def test_an_opening_amid_or_beyond_phrase_is_skipped():
    t = "Amid calls for a list of the donors, Lena Ortiz offered a defence of it, saying it is needed to “remember their names.”"
    assert speaker_name(one(extract_text(t), "remember their names")) == "Lena Ortiz"
    t = "Beyond the camera footage, the report cited interviews with witnesses and said that the guard had seen bruises."
    assert _mention(one(extract_text(t), "seen bruises")) == "the report"


def test_a_question_then_a_long_attribution_sentence_is_the_speakers():
    t = ("“Who do they think they are?” Diaz said of the bank in March, when the firm refused to open the "
         "accounts of two of the families who had lost their homes in the flood in the Brandon valley last spring.")
    r = one(extract_text(t), "Who do they think")
    assert speaker_name(r) == "Diaz" and r["cue"]["text"] == "said"


# ---- a person acting in the quotation's own sentence beats the running speaker ----------------

def test_the_quotations_own_subject_beats_the_last_speaker_of_the_paragraph():
    t = ("Lena Ortiz said her rival had taken “about $200,000” from banks. "
         "Tom Diaz dismissed that claim as a sign of a campaign in “disarray.”")
    r = one(extract_text(t), "disarray")
    assert speaker_name(r) == "Tom Diaz"


def test_a_pronoun_subject_of_the_quotations_sentence_is_its_mention():
    t = ("“We will sign the treaty,” Mayor Tom Diaz said at the summit. "
         "He voiced a wish for a “strong, prosperous and stable neighbour.”")
    r = one(extract_text(t), "stable neighbour")
    assert _mention(r) == "He" and speaker_name(r) == "Tom Diaz"


def test_a_name_right_before_a_quotation_without_a_verb_is_not_its_speaker():
    t = ("“We thought only the mayor was careless,” said Lena Ortiz, an author. "
         "Diaz “kind of misspoke. This is not something he should talk about in public.”")
    r = one(extract_text(t), "kind of misspoke")
    assert speaker_name(r) == "Lena Ortiz"


# ---- people named together as one subject: the first named, with its own mention ------------

def test_two_names_joined_give_the_first():
    r = one(extract_text("Aliya Bekova and Ruslan Temirov said the canal would open next spring."), "canal")
    assert (speaker_name(r), _mention(r)) == ("Aliya Bekova", "Aliya Bekova")


def test_titled_names_joined_give_the_first_with_its_own_title():
    r = one(extract_text("Freedonian President Aliya Bekova and Sylvanian President Ruslan Temirov said in "
                         "a joint statement that the border would stay open."), "border")
    assert _mention(r) == "Freedonian President Aliya Bekova"
    assert speaker_name(r) == "Aliya Bekova"


def test_a_list_of_three_gives_the_first():
    r = one(extract_text("Diaz, Ortiz and Reyes argued that the bridge was too costly."), "bridge")
    assert _mention(r) == "Diaz"
    r = one(extract_text("The bridge was too costly, Diaz, Ortiz and Reyes said."), "bridge")
    assert _mention(r) == "Diaz"


def test_joined_names_after_the_content_or_a_source_cue_give_the_first():
    r = one(extract_text("The bridge was too costly, Tom Diaz and Lena Ortiz said."), "bridge")
    assert _mention(r) == "Tom Diaz"
    r = one(extract_text("According to Tom Diaz and Lena Ortiz, the bridge was too costly."), "bridge")
    assert _mention(r) == "Tom Diaz"


def test_names_that_are_no_joint_subject_are_left_alone():
    # an object of the first clause; a place before the subject; a place ending a clause before ', and'
    r = one(extract_text("Lena Ortiz thanked Tom Diaz and Ana Reyes and said the bridge was too costly."), "bridge")
    assert _mention(r) == "Lena Ortiz"
    r = one(extract_text("In Novi, Tom Diaz and Lena Ortiz said the bridge was too costly."), "bridge")
    assert _mention(r) == "Tom Diaz"
    r = one(extract_text("He grew up in Novi, and Lena Ortiz said the bridge was too costly."), "bridge")
    assert _mention(r) == "Lena Ortiz"


# ---- verbs of manner or memory speak only beside a quotation (quotation_cues.txt) --------------

def test_a_manner_verb_after_a_quotation_names_its_speaker():
    for verb in ("fumed", "barked", "opined", "confessed", "beamed", "reacted"):
        t = f"The council closed the pool in May.\n\n“This is a disgrace for the town,” Lena Ortiz {verb} on Monday."
        r = one(extract_text(t), "disgrace")
        assert speaker_name(r) == "Lena Ortiz" and r["cue"]["text"] == verb, verb


def test_a_memory_verb_before_the_speaker_after_a_quotation_names_it():
    t = "“Nobody wanted the merger at first,” remembered Tomas Weller, the firm's former treasurer."
    assert speaker_name(one(extract_text(t), "merger")) == "Tomas Weller"


def test_a_question_then_pressed_is_the_interviewers():
    t = "“Would you raise the tax?” Kim Varga pressed. “Even for a year?”"
    assert speaker_name(one(extract_text(t), "raise the tax")) == "Kim Varga"


def test_a_manner_verb_without_a_quotation_reports_nothing():
    for t in ("The mayor fumed on Monday after the vote.", "Tomas Weller remembered his first day in the office.",
              "The guard pressed the button twice."):
        assert extract_text(t) == [], t


# ---- a one-word sentence adverb before a pronoun subject ('Then he …') -------------------------

def test_a_pronoun_after_then_is_the_quotations_own_subject():
    t = ("First, Tom Weller attacked the mayor for being a “failed manager.” "
         "Then he turned to “little” Ana Ruiz. He listed his wins.")
    r = one(extract_text(t), "little")
    assert _mention(r) == "he" and speaker_name(r) == "Tom Weller"


def test_a_subordinator_is_no_sentence_adverb():
    # 'While he spoke' opens a clause of its own: its pronoun is not the sentence's subject
    t = "Tom Weller called the plan “dead.” While he spoke the guests mocked it as “a fantasy.”"
    r = one(extract_text(t), "a fantasy")
    assert _mention(r) != "he"


# ---- a name and a verb of saying before an adverbial are a clause, not a subject ---------------

def test_the_subject_of_an_as_clause_is_the_speaker_not_the_clause_before():
    t = "“We have a problem here,” Ortiz said as the heckler yelled: “You lie!”"
    r = one(extract_text(t), "You lie")
    assert _mention(r) == "the heckler"


def test_a_saying_verb_with_an_adverbial_then_another_verb_keeps_its_named_subject():
    t = "Tom Weller joked about the weather, declined to back the plan, and told his audience to “go home.”"
    r = one(extract_text(t), "to back the plan")
    assert _mention(r) == "Tom Weller"
