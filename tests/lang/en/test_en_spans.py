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
