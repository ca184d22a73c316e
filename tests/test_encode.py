"""Records are encoded once, with orjson when it is installed: the bytes must be exactly those of
``write.dumps`` (json.dumps with ensure_ascii=False and compact separators), with or without it."""
import json

from hypothesis import given, settings
from hypothesis import strategies as st

import claimx.pipeline as pipeline
from claimx.attribute import CONFIDENCE
from claimx.write import dumps

_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
_CONF = st.sampled_from(sorted({round(c - d, 2) for c in CONFIDENCE.values() for d in (0, 0.05)} | {0.6}))
_META = st.dictionaries(_TEXT, st.one_of(_TEXT, st.integers(), st.floats(allow_nan=False), st.none()), max_size=3)


def _record(text, start, conf, speaker, meta):
    rec = {"id": "0123456789abcdef", "v": "1.0", "doc": text[:5], "lang": "en", "kind": "direct", "text": text,
           "start": start, "end": start + len(text), "paragraph": 3, "cue": None, "speaker": speaker,
           "resolution": "explicit", "confidence": conf, "encoding": "utf-8"}
    if meta:
        rec["meta"] = meta
    return rec


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.integers(0, 2**40), _CONF,
       st.one_of(st.none(), st.fixed_dictionaries({"id": _TEXT, "name": _TEXT, "mention": st.fixed_dictionaries(
           {"text": _TEXT, "start": st.integers(0, 10**9)}), "role": st.one_of(st.none(), _TEXT)})), _META)
def test_encode_writes_the_bytes_of_dumps_with_and_without_orjson(text, start, conf, speaker, meta):
    rec = _record(text, start, conf, speaker, meta)
    want = dumps(rec).encode("utf-8")
    enc_meta = dumps(meta).encode("utf-8") if meta else None
    assert pipeline.encode(rec, enc_meta) == want
    saved, pipeline.orjson = pipeline.orjson, None
    try:
        assert pipeline.encode(rec, enc_meta) == want
    finally:
        pipeline.orjson = saved


def test_float_and_control_characters_where_encoders_could_differ():
    for value in ["\x00\x1f\x7f\u2028\u2029\ufeff\"\\/\t\n", 0.85, 0.1, 1.0, 0.0, 2**62, -1]:
        assert pipeline.encode({"a": value}) == dumps({"a": value}).encode("utf-8")
    meta = {"score": 1e-07, "big": 2**70}          # kept by json: orjson would write 1e-7 or refuse
    rec = _record("x", 0, 0.85, None, meta)
    assert pipeline.encode(rec, dumps(meta).encode()) == dumps(rec).encode()
    assert json.loads(pipeline.encode(rec, dumps(meta).encode()))["meta"] == meta


def test_run_output_identical_without_orjson(monkeypatch):
    from conftest import ROOT

    from claimx.api import extract_files

    def lines():
        return list(extract_files([str(ROOT / "data" / "demo")]).lines())

    with_orjson = lines()
    assert len(with_orjson) > 20 and any('"meta":' in line for line in with_orjson)
    monkeypatch.setattr(pipeline, "orjson", None)
    assert lines() == with_orjson
