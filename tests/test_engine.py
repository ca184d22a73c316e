"""Engines (one process, worker processes, Dask) give byte-identical output; the run streams; the
progress bar appears on a terminal only."""
import subprocess
import sys

import pytest

from conftest import ROOT, check_records, on_a_terminal

from claimx.pipeline import Collector, FileResult, extract_document
from claimx.read import Document
from claimx.speakers import Registry

DEMO = ROOT / "data" / "demo"


def claimx(*args, **kw):
    return subprocess.run([sys.executable, "-m", "claimx", *map(str, args)], capture_output=True,
                          timeout=600, **kw)


def test_dask_local_cluster_output_is_byte_identical(tmp_path):
    pytest.importorskip("dask.distributed")
    local = claimx("extract", DEMO, "--jobs", "1", "-q")
    on_dask = claimx("extract", DEMO, "--dask", "local", "-q", "-o", tmp_path / "dask.jsonl")
    assert local.returncode == 0 and on_dask.returncode == 0, on_dask.stderr.decode()
    assert (tmp_path / "dask.jsonl").read_bytes() == local.stdout and local.stdout


def test_collector_sorts_documents_of_a_file_and_fills_speakers_after_the_pass():
    reg = Registry.load()
    res = FileResult("feed.jsonl")
    for n in (2, 10, 1):     # "feed.jsonl#10" sorts before "feed.jsonl#2"
        text = f"“Prices will rise by {n} percent,” said Olga Petrenko, an economist."
        res.docs.append(extract_document(Document(f"feed.jsonl#{n}", text), reg))
    col = Collector()
    col.add(res)
    recs = list(col.records())
    assert [r["doc"] for r in recs] == ["feed.jsonl#1", "feed.jsonl#10", "feed.jsonl#2"]
    assert {r["speaker"]["id"] for r in recs} == {"olga-petrenko"}
    assert all("local" not in r["speaker"] for r in recs)
    check_records(recs)


def _stderr_on_a_terminal(*args) -> str:
    return on_a_terminal(*args, status=0)


def test_progress_bar_on_a_terminal_only():
    shown = _stderr_on_a_terminal("extract", DEMO)
    assert "MB/s" in shown and "ETA" in shown and "files:" in shown   # the bar, then the summary
    quiet = _stderr_on_a_terminal("extract", "-q", DEMO)
    assert quiet == ""
    piped = claimx("extract", DEMO)
    assert "MB/s" not in piped.stderr.decode() and "\r" not in piped.stderr.decode()


def _one_file_each(texts: list[str]) -> list[dict]:
    """The records of a run over one file per text ("0.txt", "1.txt", …)."""
    reg = Registry.load()
    col = Collector()
    for i, t in enumerate(texts):
        res = FileResult(f"{i}.txt")
        res.docs.append(extract_document(Document(f"{i}.txt", t), reg))
        col.add(res)
    return list(col.records())


def test_cross_document_clusters_survive_blocking():
    """Spelling variants found by the fuzzy rule are still compared after blocking (different
    sound-key prefixes, lengths one apart); different people stay apart."""
    texts = ["“Water is short,” said Bakyt Tursunbayev, an engineer.",
             "“Canals leak,” said Bakyt Tursunbaev, an engineer.",
             "“Rain is late,” said Aigerim Zhaksybekova, a hydrologist.",
             "“Rain is late again,” said Aigerim Jaksybekova, a hydrologist.",
             "“Prices rise,” said Bakyt Tursunov, a trader."]
    ids = [r["speaker"]["id"] for r in _one_file_each(texts)]
    assert ids[0] == ids[1] and ids[2] == ids[3]
    assert len({ids[0], ids[2], ids[4]}) == 3


def test_a_lone_surname_does_not_join_people_with_other_given_names():
    texts = ["“Rents will rise,” said Dilnoza Erova, an economist. “Soon,” Erova added.",
             "“Wages lag,” said Olga Erova, a union leader. “Badly,” Erova added.",
             "“Rents will rise again,” Erova said."]
    by_doc = {}
    for r in _one_file_each(texts):
        by_doc.setdefault(r["doc"], set()).add(r["speaker"]["id"])
    assert by_doc["0.txt"] == {"dilnoza-erova"} and by_doc["1.txt"] == {"olga-erova"}
    assert by_doc["2.txt"] == {"erova"}               # which Erova? neither: a split, not a guess
