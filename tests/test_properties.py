"""Property tests: whatever the text, extraction never raises, offsets are exact, mentions lie in
the document, and output is deterministic. CLAIMX_FUZZ_EXAMPLES sets the number of examples
(make fuzz runs a long campaign)."""
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import extract_text

EXAMPLES = int(os.environ.get("CLAIMX_FUZZ_EXAMPLES", "400"))

FRAGMENTS = st.sampled_from([
    "“", "”", "‘", "’", "\"", "'", "«", "»", "「", "」", "『", "』", "„", "‚", "‹", "›",
    " said ", " says ", " told RFE/RL", " according to ", "According to ", " added the expert",
    " he said", " she said", " they said", "说", "表示，", "称", "据", "他说", "她说：", "分析人士表示",
    "Aigerim Sadykova", "Mr. Abenov", ", a researcher at the Steppe Institute,", "阿贝诺夫先生",
    "纳尔吉斯·卡泽诺娃(Nargis Kazenova)", "D’Anieri 先生", "Temur Umarov", "普京", "习近平",
    " the analyst", "A senior official", "Kazakh Foreign Ministry", " that ", ", ", ". ", "。", "，",
    "\n", "\n\n", "\r\n", "\r", " ", "\u00a0", "\u200d", "\u200f", "\x00", "\ufeff", "\ud800",
    "See also ", "Leave a Reply\n", ">> Read more: ", "More Stories\n", "更多新闻\n",
    "The border stays open", "we will not sign", "电价将上涨", "Москва заявила", "il a dit",
])
DOCS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=40).map("".join)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(DOCS)
def test_any_text_extracts_with_exact_offsets_and_deterministically(text):
    first = extract_text(text)          # checks text == doc[start:end] and mention offsets
    assert extract_text(text) == first
    for r in first:
        assert 0 <= r["start"] < r["end"] <= len(text)
        assert r["kind"] in ("direct", "mixed", "indirect")
        assert r["resolution"] in ("explicit", "pronoun", "nominal", "continuation", "none")
        assert 0 <= r["confidence"] <= 1
