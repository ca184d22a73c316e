"""Shared helpers: run the pipeline on a string, and find the seed corpus in ../shared."""
from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest

from claimx.pipeline import extract_document, finish
from claimx.read import Document
from claimx.speakers import Registry

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"

_REGISTRY = None


def registry() -> Registry:
    global _REGISTRY
    if _REGISTRY is None:
        _REGISTRY = Registry.load()
    return _REGISTRY


@lru_cache(maxsize=1)
def _validator():
    schema = json.loads((ROOT / "data" / "record.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def check_records(records, texts=None):
    """Every record the test suite produces is valid against the JSON Schema."""
    v = _validator()
    for r in records:
        errors = sorted(v.iter_errors(r), key=str)
        assert not errors, f"{errors[0].message} in {json.dumps(r, ensure_ascii=False)[:300]}"
        if texts is not None:
            assert texts[r["doc"]][r["start"]:r["end"]] == r["text"]


def extract_text(text: str, doc: str = "t.txt", reg: Registry | None = None) -> list[dict]:
    """Records for one in-memory document, offsets checked."""
    res = extract_document(Document(doc, text), reg or registry())
    finish([res])
    check_records(res.records)
    for r in res.records:
        assert text[r["start"]:r["end"]] == r["text"]
        sp = r["speaker"]
        if sp and sp.get("mention"):
            m = sp["mention"]
            assert 0 <= m["start"] <= m["end"] <= len(text)
            assert text[m["start"]:m["end"]] == m["text"]
    return res.records


def gap_params(cases, reasons: dict) -> list:
    """Parameters for a table of (text, expected) cases claimx does not get right yet: each a strict
    xfail (a fix shows up as an unexpected pass) with the reason whose key the text contains."""
    return [pytest.param(t, e, id=t[:48], marks=pytest.mark.xfail(
        strict=True, reason=next(r for k, r in reasons.items() if k in t))) for t, e in cases]


def case_params(cases, gaps: dict) -> list:
    """Parameters for a table of (text, expected) cases: those whose text contains a key of
    ``gaps`` (a part of the passage -> the reason claimx still reads it otherwise) as strict xfails
    (:func:`gap_params`), the others as plain cases."""
    known = [(t, e) for t, e in cases if any(k in t for k in gaps)]
    ok = [pytest.param(t, e, id=t[:48]) for t, e in cases if not any(k in t for k in gaps)]
    return ok + gap_params(known, gaps)


def one(records: list[dict], containing: str) -> dict:
    hits = [r for r in records if containing in r["text"]]
    assert len(hits) == 1, f"expected one record containing {containing!r}, got {len(hits)}: " + \
        json.dumps([r["text"] for r in records], ensure_ascii=False)
    return hits[0]


def speaker_name(rec: dict):
    return rec["speaker"]["name"] if rec["speaker"] else None


@pytest.fixture
def seeds():
    if not SEEDS.is_dir():
        pytest.skip("../shared/corpus/seeds is not present")
    return SEEDS


def on_a_terminal(*args, env=None, stream="stderr", status=None) -> str:
    """Run ``claimx ARGS`` with ``stream`` (stdout or stderr) on a pseudo-terminal and the other
    one discarded; what it wrote there. ``env`` is added to the environment (TERM=xterm, no
    NO_COLOR unless given); ``status``, when given, is the exit status expected."""
    e = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CLAIMX_DATA")}
    e.update({"TERM": "xterm"}, **(env or {}))
    master, slave = pty.openpty()
    streams = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, stream: slave}
    p = subprocess.Popen([sys.executable, "-m", "claimx", *map(str, args)], env=e, **streams)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    code = p.wait(timeout=600)
    os.close(master)
    assert status is None or code == status, code
    return b"".join(chunks).decode("utf-8", "replace")
