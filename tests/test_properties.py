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


# ---- hostile input (issue 13): long runs of one mark, deep JSON, arbitrary records for diff/eval
MARKS = st.sampled_from(["“", "”", "‘", "’", "\"", "'", "«", "»", "「", "」", "„", "‚", "‹", "›"])
RUNS = st.lists(st.one_of(st.tuples(MARKS, st.integers(1, 400)).map(lambda t: t[0] * t[1]), FRAGMENTS),
                max_size=12).map("".join)


@settings(max_examples=max(EXAMPLES // 10, 30), deadline=None, suppress_health_check=list(HealthCheck))
@given(RUNS)
def test_long_runs_of_one_mark_extract_with_exact_offsets(text):
    from claimx.quotes import find_quotes
    from claimx.segment import paragraphs

    for q in find_quotes(text, paragraphs(text)):
        assert 0 <= q.start < q.end <= len(text)
    extract_text(text)


def _nested(depth: int, kind: str) -> str:
    return {"list": "[" * depth + "]" * depth, "dict": '{"a":' * depth + "1" + "}" * depth,
            "open": "[" * depth}[kind]


@settings(max_examples=max(EXAMPLES // 30, 20), deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.one_of(st.just("good"), st.tuples(st.integers(1, 60_000), st.sampled_from(["list", "dict", "open"]))),
                min_size=1, max_size=6))
def test_deep_json_lines_fail_alone(tmp_path_factory, lines):
    path = Path(tmp_path_factory.mktemp("deep")) / "deep.jsonl"
    good = '{"text": "“We stay,” said Olga Petrenko."}'
    path.write_text("\n".join(good if x == "good" else _nested(*x) for x in lines) + "\n", encoding="utf-8")
    res = extract_file(Source(path, path.name), registry())
    wanted = [f"deep.jsonl#{n}" for n, x in enumerate(lines, 1) if x == "good"]
    assert [d.doc for d in res.docs] == wanted
    if not wanted:
        assert res.error and res.error.startswith("no usable record")


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
                    lambda kids: st.lists(kids, max_size=3) | st.dictionaries(st.text(max_size=5), kids, max_size=3),
                    max_leaves=8)
SPAN = st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda t: (t[0], t[0] + t[1]))
SPEAKER = st.one_of(st.none(), st.sampled_from(["a", "b"]).map(
    lambda i: {"id": i, "name": i.upper(), "type": "person", "mention": {"text": i, "start": 0, "end": 1}}))
RECORD = st.builds(lambda doc, span, kind, sp: {"doc": doc, "start": span[0], "end": span[1], "kind": kind,
                                                "text": "x", "resolution": "explicit", "speaker": sp},
                   st.sampled_from(["d1", "d2"]), SPAN, st.sampled_from(["direct", "indirect"]), SPEAKER)
RECORDS = st.lists(RECORD, max_size=25)
ANY_RECORD = st.one_of(RECORD, JSON, st.builds(lambda r, k, v: {**r, k: v}, RECORD,
                                               st.sampled_from(["doc", "start", "end", "kind", "speaker", "text"]), JSON))


@settings(max_examples=max(EXAMPLES // 6, 50), deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(ANY_RECORD, max_size=10))
def test_arbitrary_records_are_refused_or_diffed_never_a_traceback(recs):
    from claimx.diff import diff, record_problem
    from claimx.evaluate import evaluate
    from claimx.report import speakers

    ok = [r for r in recs if record_problem(r) is None]
    gold = [r for r in recs if record_problem(r, lenient=True) is None]
    d = diff(ok, [dict(r) for r in ok])
    assert d["summary"] == {"added": 0, "removed": 0, "changed": 0}
    evaluate(ok, gold)
    speakers(ok)


def _brute_match(pred, gold, threshold):
    """The quadratic matcher diff/eval replaced: every pair, best IoU first."""
    from claimx.evaluate import iou

    cands = sorted(((iou((g["start"], g["end"]), (p["start"], p["end"])), gi, pi)
                    for gi, g in enumerate(gold) for pi, p in enumerate(pred)), reverse=True)
    used_g, used_p, out = set(), set(), []
    for v, gi, pi in cands:
        if v < threshold:
            break
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out.append((gi, pi))
    return sorted(out)


@settings(max_examples=max(EXAMPLES // 6, 50), deadline=None, suppress_health_check=list(HealthCheck))
@given(RECORDS, RECORDS, st.sampled_from([0.1, 0.5, 0.9, 1.0]))
def test_indexed_matching_equals_the_quadratic_one(pred, gold, threshold):
    from claimx.evaluate import match

    pred = [dict(p, doc="d") for p in pred]
    gold = [dict(g, doc="d") for g in gold]
    matches, _ = match(pred, gold, threshold)
    got = sorted((next(i for i, g in enumerate(gold) if g is a), next(i for i, p in enumerate(pred) if p is b))
                 for a, b in matches)
    assert got == _brute_match(pred, gold, threshold)
