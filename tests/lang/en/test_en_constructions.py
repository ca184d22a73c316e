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
    assert extract_text("Ortiz asked the board about its commitment to making repairs.") == []
