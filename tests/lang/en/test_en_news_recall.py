"""English news constructions that report speech without the usual marks or cues, one short
invented example each (the people are fictional)."""
from conftest import extract_text, one, speaker_name


def test_quotation_typed_with_two_apostrophes_is_a_direct_quote():
    recs = extract_text("''The mill will stay open,'' said Dana Whitcomb, the plant's manager. "
                        "''We have orders until spring.''")
    r = one(recs, "mill")
    assert r["kind"] == "direct" and r["text"] == "The mill will stay open,"
    assert speaker_name(r) == "Dana Whitcomb"
    assert speaker_name(one(recs, "orders")) == "Dana Whitcomb"
