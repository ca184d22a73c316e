"""Property tests: whatever the text, extraction never raises, offsets are exact, mentions lie in
the document, and output is deterministic. CLAIMX_FUZZ_EXAMPLES sets the number of examples
(make fuzz runs a long campaign)."""
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import check_records, extract_text, registry

from claimx.pipeline import extract_file, finish
from claimx.read import Source, decode

EXAMPLES = int(os.environ.get("CLAIMX_FUZZ_EXAMPLES", "3000"))

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
    "», — заявил ", "министр", "Ерлан Абенов", ", a déclaré ", "le ministre", "l’analyste",
    "」阿貝諾夫先生說", "據", "認為", "{\"title\": \"x\"}\n", "\u2028", "\u0085", "\t",
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


HEADS = st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x89PNG\r\n\x1a\n", b"%PDF-1.7\n",
                         b"PK\x03\x04", b'{"title": "t", "text": "', b"{", b"\n\n"])
BODIES = st.lists(st.one_of(st.binary(max_size=16), FRAGMENTS.map(lambda f: f.encode("utf-8", "surrogatepass")),
                            FRAGMENTS.map(lambda f: f.encode("gb18030", "replace")),
                            FRAGMENTS.map(lambda f: f.encode("cp1251", "replace"))), max_size=30).map(b"".join)
SUFFIXES = st.sampled_from([".txt", ".md", ".json", ".jsonl"])


@settings(max_examples=max(EXAMPLES // 3, 50), deadline=None, suppress_health_check=list(HealthCheck))
@given(HEADS, BODIES, SUFFIXES)
def test_any_bytes_give_records_or_a_reason_never_an_exception(tmp_path_factory, head, body, suffix):
    path = Path(tmp_path_factory.mktemp("fuzz")) / ("doc" + suffix)
    path.write_bytes(head + body)
    res = extract_file(Source(path, path.name), registry())
    assert (res.error is None) or isinstance(res.error, str) and "\n" not in res.error
    if res.error or res.skipped:
        assert not res.docs
        return
    finish(res.docs)
    records = [rec for d in res.docs for rec in d.records]
    if suffix in (".txt", ".md"):
        text = decode(head + body)[0]
        check_records(records, {path.name: text})
