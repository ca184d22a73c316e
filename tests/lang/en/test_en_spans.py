"""Where English reported content starts and ends (PolNeAR's span conventions, as a journalist
would mark them), one short invented example each (the people are fictional)."""
from conftest import extract_text, one


def test_a_second_that_clause_after_a_comma_is_the_same_report():
    r = one(extract_text("Ortiz said the bridge would reopen in May, and that the county had promised to pay "
                         "for the repairs."), "bridge")
    assert r["text"] == "the bridge would reopen in May, and that the county had promised to pay for the repairs"
    # a demonstrative 'that' opens the writer's clause; a new speaker's cue still ends the content
    r = one(extract_text("Ortiz said the bridge would reopen in May, and that is why Diaz said nothing."), "bridge")
    assert r["text"] == "the bridge would reopen in May"


def test_a_subordinate_clause_after_a_conjunction_or_adverb_ends_at_its_comma():
    r = one(extract_text("And while Ortiz said the bridge would reopen in May, the county has not set a date."),
            "bridge")
    assert r["text"] == "the bridge would reopen in May"
    r = one(extract_text("However, when the mayor says the budget is balanced, the auditors disagree."), "budget")
    assert r["text"] == "the budget is balanced"
    # a quotation after the clause is still the speaker's
    r = one(extract_text("However, as Ortiz told the Courier, “We will reopen the bridge in May, whatever it "
                         "costs.”"), "bridge")
    assert r["text"] == "We will reopen the bridge in May, whatever it costs."
    assert r["speaker"]["name"] == "Ortiz"


def test_an_aside_after_the_subject_ends_its_content_where_the_main_verb_resumes():
    r = one(extract_text("Ortiz, though she praised the plan and said the council should vote on it, quietly "
                         "voted against it."), "council")
    assert r["text"] == "the council should vote on it"
    r = one(extract_text("Diaz, who through a spokesman declined to comment, was elected in 2010."), "comment")
    assert r["text"] == "to comment"
    # without the aside the comma and the verb belong to the content
    r = one(extract_text("Ortiz said the plan, drafted in May, would cost too much."), "plan")
    assert r["text"] == "the plan, drafted in May, would cost too much"


def test_a_base_form_verb_after_a_simple_cue_is_the_contents_own():
    r = one(extract_text("Ortiz said the mayor still has time to step up and show that he can lead."), "mayor")
    assert r["text"] == "the mayor still has time to step up and show that he can lead"
    r = one(extract_text("Diaz says county officials plan to visit the site and explain the delay to residents."),
            "officials")
    assert r["text"] == "county officials plan to visit the site and explain the delay to residents"
    # the speaker's own next verb, in the cue's form, still ends the content
    r = one(extract_text("Ortiz said the bridge would reopen in May and added that the county would pay."),
            "bridge")
    assert r["text"] == "the bridge would reopen in May"


def test_a_relative_clause_after_the_contents_subject_is_inside_the_content():
    r = one(extract_text("The survey suggests that Ortiz, who has raised the most money, still trails Diaz."), "trails")
    assert r["text"] == "Ortiz, who has raised the most money, still trails Diaz"
    # after a whole clause the relative clause is the writer's
    r = one(extract_text("Diaz said the police had questioned Ortiz, who worked on the campaign in 2008."), "police")
    assert r["text"] == "the police had questioned Ortiz"


def test_a_participle_phrase_that_is_no_speech_cue_goes_on_with_the_reported_clause():
    r = one(extract_text("Residents say officers still patrol the park, handing out fines to skaters without "
                         "helmets."), "officers")
    assert r["text"] == "officers still patrol the park, handing out fines to skaters without helmets"
    # a participle that is a cue is the speaker's next statement
    r = one(extract_text("Ortiz said the plan would work, adding that it was cheap."), "plan")
    assert r["text"] == "the plan would work"
    # the writer's note of a result (result_participles.txt) ends it
    r = one(extract_text("Ortiz said the council would close two libraries, prompting protests downtown."),
            "libraries")
    assert r["text"] == "the council would close two libraries"
    # after an infinitive the participle phrase is the writer's
    r = one(extract_text("Ortiz vowed to block the bill, forcing the council to delay the vote."), "block")
    assert r["text"] == "to block the bill"


def test_or_does_not_end_the_object_of_a_stance_verb():
    r = one(extract_text("Police urged residents not to spread rumors or share videos of the fire."), "rumors")
    assert r["text"] == "residents not to spread rumors or share videos of the fire"
    r = one(extract_text("Many economists would call the plan wishful thinking or a gimmick to win votes."), "gimmick")
    assert r["text"] == "the plan wishful thinking or a gimmick to win votes"


def test_a_series_of_noun_phrases_goes_on_with_the_object_of_a_stance_verb():
    r = one(extract_text("Ortiz took aim at the banks, the oil companies and the lobbyists."), "banks")
    assert r["text"] == "the banks, the oil companies and the lobbyists"
    r = one(extract_text("Diaz questioned the mayor's motives, his judgment and his record."), "motives")
    assert r["text"] == "the mayor's motives, his judgment and his record"
    # an apposition to a name, or a clause after the comma, is no series
    r = one(extract_text("Ortiz praised Lena Diaz, a lawyer from Ohio and a former judge."), "Diaz")
    assert r["text"] == "Lena Diaz"
    r = one(extract_text("Ortiz praised the budget, which funds schools and roads."), "budget")
    assert r["text"] == "the budget"


def test_a_cue_and_its_addressee_set_off_inside_the_reported_sentence():
    r = one(extract_text("The solution, the mayor told reporters, was simple."), "solution")
    assert r["text"] == "The solution, the mayor told reporters, was simple"


def test_a_quotation_closed_with_its_comma_ends_the_reported_content():
    recs = extract_text("Ortiz said the bridge was “a disaster waiting to happen,” while the mayor kept silent all week.")
    r = one(recs, "disaster")
    assert r["text"].startswith("a disaster waiting to happen") and r["speaker"]["name"] == "Ortiz"
    assert not any("silent" in x["text"] for x in recs)      # the writer's clause is no claim
    # a quoted title set off by commas is part of the content
    r = one(extract_text("Ortiz wrote that she had taken a course, “Bridges 101,” because she wanted to learn."),
            "course")
    assert r["text"] == "she had taken a course, “Bridges 101,” because she wanted to learn"


def test_a_participle_phrase_after_a_dash_is_the_writers():
    r = one(extract_text("Ortiz said the county would borrow more -- having promised in May that it would not."),
            "borrow")
    assert r["text"] == "the county would borrow more"
    recs = extract_text("Ortiz says the county borrowed two million dollars and “nothing is wrong with that” — "
                        "insisting that the loans were legal.")
    assert one(recs, "nothing")["text"] == "nothing is wrong with that"
    assert one(recs, "loans")["cue"]["text"] == "insisting"
    # a pronoun in -thing after the dash is no participle
    r = one(extract_text("Ortiz said the county would borrow more -- something Diaz called reckless."), "borrow")
    assert r["text"] == "the county would borrow more -- something Diaz called reckless"


def test_an_opening_place_with_its_state_or_country_is_no_reported_content():
    # 'In Novi, Michigan,' is a setting like 'In Novi,': the clause after the cue is the content
    recs = extract_text("In Novi, Michigan, Lena Ortiz said the bridge was too costly.")
    assert [(r["text"], r["speaker"]["name"]) for r in recs] == [("the bridge was too costly", "Lena Ortiz")]
    recs = extract_text("In Almaty, Kazakhstan, the minister said the border would reopen in May.")
    assert [r["text"] for r in recs] == ["the border would reopen in May"]
    # a clause after the opening phrase is still reported content before a trailing speaker
    r = one(extract_text("In Novi, voters are split over the bridge, Lena Ortiz said."), "voters")
    assert r["text"] == "In Novi, voters are split over the bridge"
