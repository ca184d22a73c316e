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


def _run_with_killers(tmp_path, monkeypatch, jobs: int, killers: dict[str, int]):
    """``engine.processes`` over f0.txt … f5.txt, where reading a file named in ``killers`` kills its
    worker with SIGKILL the first N times (N = its value; a count kept in a file, as workers fork)."""
    import os
    import signal

    from test_bad_input import GOOD

    from claimx import engine
    from claimx.read import discover

    texts = tmp_path / "in"
    texts.mkdir()
    for i in range(6):
        (texts / f"f{i}.txt").write_text(GOOD, encoding="utf-8")
    real = engine.process_file

    def kills(src, files, debug=False):          # inherited by the forked workers
        if src.doc in killers:
            count = tmp_path / f"{src.doc}.deaths"
            n = len(count.read_text()) if count.exists() else 0
            if n < killers[src.doc]:
                count.write_text("x" * (n + 1))
                os.kill(os.getpid(), signal.SIGKILL)
        return real(src, files, debug)

    monkeypatch.setattr(engine, "process_file", kills)
    sources, _ = discover([str(texts)])
    results = list(engine.processes(sources, (), False, jobs))
    assert [r.source for r in results] == [f"f{i}.txt" for i in range(6)]
    return results


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_queued_behind_a_killer_is_not_blamed(tmp_path, monkeypatch, jobs):
    """A worker holds more than one task: when it dies, only the file it was reading counts a
    death; the files waiting behind it (f3 behind f2 with one worker) are read again and kept."""
    from claimx import engine

    results = _run_with_killers(tmp_path, monkeypatch, jobs, {"f2.txt": 2, "f3.txt": 2})
    assert [r.error == engine.WORKER_DIED for r in results] == [False, False, True, True, False, False]
    assert all(r.docs for i, r in enumerate(results) if i not in (2, 3))


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_that_kills_its_worker_once_is_read_again(tmp_path, monkeypatch, jobs):
    results = _run_with_killers(tmp_path, monkeypatch, jobs, {"f0.txt": 1, "f5.txt": 1})
    assert all(r.error is None and r.docs for r in results)


def test_a_worker_goes_on_while_its_results_wait_unread(monkeypatch):
    """A worker does not wait for the parent to read a result before it reads its next file: with
    three results, each larger than a pipe holds, unread, it still starts the third file; the
    results then arrive in order, whole."""
    import multiprocessing as mp
    import time

    from claimx import engine

    monkeypatch.setattr(engine, "process_file", lambda src, registry, debug=False: src * 2_000_000)
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    reading = ctx.RawValue("q", -1)
    proc = ctx.Process(target=engine._worker_loop, args=(child, (), False, reading), daemon=True)
    proc.start()
    try:
        for i, src in enumerate("abc"):
            parent.send((i, src))
        deadline = time.monotonic() + 60
        while reading.value != 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert reading.value == 2
        assert [parent.recv() for _ in range(3)] == [(i, src * 2_000_000) for i, src in enumerate("abc")]
        parent.send(None)
        proc.join(30)
        assert proc.exitcode == 0
    finally:
        if proc.is_alive():
            proc.kill()
