"""Hostile input (issue 13): each case ends with one line "claimx: PATH: reason", the documented exit
status and the good file's records all present — no hang, no traceback, nothing lost. Small sizes
here; the large ones, with time and peak memory, are in bench/stress.py (make stress)."""
import json
import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from conftest import ROOT, check_records, extract_text
from test_bad_input import GOOD, claimx, folder, records  # noqa: F401 (folder is a fixture)

DEMO = ROOT / "data" / "demo"


def good_kept(out: bytes, doc="good.txt"):
    recs = [r for r in records(out) if r["doc"] == doc]
    assert len(recs) == 1 and recs[0]["speaker"]["name"] == "Olga Petrenko"
    return recs


def one_line(err: bytes, contains: str) -> str:
    text = err.decode("utf-8", "replace")
    assert contains in text, text
    assert "Traceback" not in text
    assert all(line.startswith("claimx: ") for line in text.splitlines()), text
    return text


# 1, 14 — special files ---------------------------------------------------------------------------
def test_fifo_in_folder_and_named_is_skipped_not_waited_for(folder, tmp_path):
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(tmp_path / "named.txt")
    r = claimx("extract", folder, tmp_path / "named.txt")
    assert r.returncode == 0
    one_line(r.stderr, "pipe.txt: skipped: not a regular file: a named pipe (FIFO)")
    one_line(r.stderr, "named.txt: skipped: not a regular file: a named pipe (FIFO)")
    good_kept(r.stdout)


def test_fifo_as_registry_is_exit_two(folder, tmp_path):
    os.mkfifo(tmp_path / "reg.toml")
    r = claimx("extract", folder, "--registry", tmp_path / "reg.toml")
    assert r.returncode == 2
    one_line(r.stderr, "reg.toml: not a regular file")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_symlink_to_an_endless_device_is_skipped(folder, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device}")
    os.symlink(device, folder / "endless.txt")
    r = claimx("extract", folder)
    assert r.returncode == 0
    one_line(r.stderr, "endless.txt: skipped: not a regular file: a character device")
    good_kept(r.stdout)


# 2 — quote pairing -------------------------------------------------------------------------------
@pytest.mark.parametrize("opener,closer", [("«", "”"), ("‘", "’"), ("“", "”"), ("„", "»")])
def test_long_runs_of_one_mark_pair_correctly(opener, closer):
    from claimx.quotes import find_quotes
    from claimx.segment import paragraphs

    text = "He said " + opener * 3000 + "we stay" + closer * 3000 + " and left."
    qs = find_quotes(text, paragraphs(text))
    assert all(text[q.start:q.end] for q in qs)
    assert len(qs) <= 2                      # no quadratic pile of nested spans either


# 3 — a worker killed by SIGKILL ------------------------------------------------------------------
def test_killed_worker_is_reported_and_the_run_goes_on(tmp_path, monkeypatch):
    from claimx import engine
    from claimx.read import discover

    for i in range(6):
        (tmp_path / f"f{i}.txt").write_text(GOOD, encoding="utf-8")
    real = engine.process_file

    def dies_on_f3(src, files, debug=False):     # inherited by the forked workers
        if src.doc == "f3.txt":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(src, files, debug)

    monkeypatch.setattr(engine, "process_file", dies_on_f3)
    sources, _ = discover([str(tmp_path)])
    t0 = time.monotonic()
    results = list(engine.processes(sources, (), False, 2))
    assert time.monotonic() - t0 < 120
    assert [r.source for r in results] == [f"f{i}.txt" for i in range(6)]
    assert results[3].error == engine.WORKER_DIED
    assert all(r.error is None and r.docs for i, r in enumerate(results) if i != 3)


# 4 — deep folder tree ----------------------------------------------------------------------------
def test_folder_tree_deeper_than_the_recursion_limit(tmp_path):
    from claimx.cli import run_extract

    deep = tmp_path / "top"
    levels = [deep]
    os.mkdir(deep)
    for _ in range(sys.getrecursionlimit() + 100):   # os.makedirs (and rmtree) recurse
        levels.append(levels[-1] / "d")
        os.mkdir(levels[-1])
    (levels[-1] / "bottom.txt").write_text(GOOD, encoding="utf-8")
    try:
        recs, counts, failed = run_extract([str(deep)])
        assert not failed and len(recs) == 1 and recs[0]["doc"].endswith("/d/bottom.txt")
    finally:
        os.unlink(levels[-1] / "bottom.txt")
        for level in reversed(levels):
            os.rmdir(level)


# 5, 8, 21 — the output ---------------------------------------------------------------------------
def test_output_into_a_missing_folder_fails_before_any_work(folder, tmp_path):
    r = claimx("extract", folder, "-o", tmp_path / "missing" / "out.jsonl")
    assert r.returncode == 2 and r.stdout == b""
    err = one_line(r.stderr, "out.jsonl: folder")
    assert len(err.splitlines()) == 1 and "does not exist" in err


@pytest.mark.parametrize("kind", ["folder", "device", "symlink", "input", "article-in-input-folder"])
def test_output_that_must_not_be_replaced_is_refused(folder, tmp_path, kind):
    target = tmp_path / "target.jsonl"
    target.write_text("keep me\n")
    out = {"folder": tmp_path, "device": "/dev/null", "symlink": tmp_path / "link.jsonl",
           "input": folder / "good.txt", "article-in-input-folder": folder / "good.txt"}[kind]
    if kind == "symlink":
        os.symlink(target, out)
    args = ["extract", folder / "good.txt" if kind == "input" else folder, "-o", out]
    r = claimx(*args)
    assert r.returncode == 2 and r.stdout == b""
    err = r.stderr.decode()
    assert len(err.splitlines()) == 1 and err.startswith("claimx: ")
    assert target.read_text() == "keep me\n"
    assert (folder / "good.txt").read_text(encoding="utf-8") == GOOD
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    if kind == "symlink":
        assert os.path.islink(out)


def test_output_in_the_input_folder_is_not_read_back(folder):
    out = folder / "claims.jsonl"
    first = claimx("extract", folder, "-o", out)
    again = claimx("extract", folder, "-o", out)
    assert first.returncode == again.returncode == 0
    assert first.stderr == again.stderr and b"claims.jsonl" not in again.stderr
    assert [r["doc"] for r in records(out.read_bytes())] == ["good.txt"]


def test_claimx_output_given_as_input_is_skipped(folder, tmp_path):
    out = tmp_path / "claims.jsonl"
    assert claimx("extract", folder, "-o", out).returncode == 0
    r = claimx("extract", out)
    assert r.returncode == 0 and r.stdout == b""
    one_line(r.stderr, "claims.jsonl: skipped: claimx output")


def test_full_disk_on_standard_output_is_one_line(folder):
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "w") as full:
        r = subprocess.run([sys.executable, "-m", "claimx", "extract", folder], stdout=full,
                           stderr=subprocess.PIPE, timeout=300)
    assert r.returncode == 2
    one_line(r.stderr, "standard output: cannot write: no space left on device")


def test_closed_standard_output_fails_before_work(folder):
    r = subprocess.run([sys.executable, "-m", "claimx", "extract", folder], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=300, preexec_fn=lambda: os.close(1))
    assert r.returncode == 2
    one_line(r.stderr, "standard output: closed")


def test_write_error_keeps_the_old_output(folder, tmp_path, monkeypatch, capsys):
    from claimx import cli, write

    out = tmp_path / "claims.jsonl"
    out.write_text("earlier run\n")
    real = write.atomic_output

    class Full:
        def write(self, s):
            raise OSError(28, "No space left on device")

    from contextlib import contextmanager

    @contextmanager
    def failing(path):
        with real(path):
            yield Full()

    monkeypatch.setattr(write, "atomic_output", failing)
    with pytest.raises(SystemExit) as e:
        cli.extract.main([str(folder), "-o", str(out), "-q"], standalone_mode=False)
    assert e.value.code == 2
    assert "claims.jsonl: cannot write: no space left on device" in capsys.readouterr().err
    assert out.read_text() == "earlier run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.jsonl", "in"]


def test_output_follows_the_umask_and_keeps_an_existing_mode(folder, tmp_path):
    new, old = tmp_path / "new.jsonl", tmp_path / "old.jsonl"
    old.write_text("x\n")
    os.chmod(old, 0o640)
    for out in (new, old):
        r = subprocess.run([sys.executable, "-m", "claimx", "extract", folder, "-o", out],
                           capture_output=True, timeout=300, preexec_fn=lambda: os.umask(0o022))
        assert r.returncode == 0
    assert stat.S_IMODE(os.stat(new).st_mode) == 0o644
    assert stat.S_IMODE(os.stat(old).st_mode) == 0o640


def test_stale_temporary_files_of_dead_runs_are_removed(folder, tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    stale = tmp_path / f".claimx-{dead}-abc.tmp"
    live = tmp_path / f".claimx-{os.getpid()}-abc.tmp"
    other = tmp_path / ".claimx-notours.tmp"
    for p in (stale, live, other):
        p.write_text("half")
    assert claimx("extract", folder, "-o", tmp_path / "out.jsonl").returncode == 0
    assert not stale.exists() and live.exists() and other.exists()


# 9 — SIGTERM with --jobs 1 -----------------------------------------------------------------------
_SLOW_FILE = """
import sys, time
import claimx.pipeline as p
real = p.extract_document
def slow(doc, registry):
    sys.stderr.write("working\\n"); sys.stderr.flush(); time.sleep(60)
    return real(doc, registry)
p.extract_document = slow
from claimx.cli import main
main(prog_name="claimx")
"""


def test_sigterm_while_a_file_is_read_exits_143_and_keeps_the_old_output(folder, tmp_path):
    out = tmp_path / "claims.jsonl"
    out.write_text("earlier run\n")
    p = subprocess.Popen([sys.executable, "-c", _SLOW_FILE, "extract", folder, "--jobs", "1", "-o", out],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert p.stderr.readline() == b"working\n"
        p.send_signal(signal.SIGTERM)
        assert p.wait(timeout=60) == 143
        err = p.stderr.read().decode()
        assert "internal error" not in err and "terminated" in err
    finally:
        p.kill()
    assert out.read_text() == "earlier run\n"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["claims.jsonl", "in"]


# 10, 13 — names ----------------------------------------------------------------------------------
def test_same_relative_path_in_two_folders_both_kept(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "report.txt").write_text(GOOD.replace("Olga Petrenko", f"Olga Petrenko {name.upper()}"),
                                                     encoding="utf-8")
    r = claimx("extract", tmp_path / "a", tmp_path / "b")
    assert r.returncode == 0
    docs = [x["doc"] for x in records(r.stdout)]
    assert len(docs) == 2 and len(set(docs)) == 2
    assert docs[0].endswith("a/report.txt") and docs[1].endswith("b/report.txt")
    again = claimx("extract", tmp_path / "b", tmp_path / "a")
    assert again.stdout == r.stdout                  # deterministic whatever the order given
    same = claimx("extract", tmp_path / "a", tmp_path / "a")
    assert [x["doc"] for x in records(same.stdout)] == ["report.txt"]   # one file, read once


def test_file_name_with_invalid_utf8(folder):
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text(GOOD, encoding="utf-8")
    r = claimx("extract", folder)
    assert r.returncode == 0, r.stderr
    good_kept(r.stdout, "caf\\xe9.txt")
    good_kept(r.stdout)


# 11, 12, 15, 19 — JSON and JSON Lines ----------------------------------------------------------------
def test_jsonl_split_at_newline_only(folder):
    lines = [json.dumps({"text": f"“Line {n}\u2028stays whole,” said Olga Petrenko.\u0085"}, ensure_ascii=False)
             for n in range(1, 4)]
    (folder / "sep.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = claimx("extract", folder)
    assert r.returncode == 0, r.stderr
    recs = [json.loads(x) for x in r.stdout.decode().split("\n") if x]   # JSONL: split at \n only
    assert [x["doc"] for x in recs if x["doc"].startswith("sep")] == ["sep.jsonl#1", "sep.jsonl#2", "sep.jsonl#3"]


def test_deep_json_line_fails_alone(folder):
    deep = "[" * 100_000 + "]" * 100_000
    good = json.dumps({"text": GOOD}, ensure_ascii=False)
    (folder / "deep.jsonl").write_text(f"{good}\n{deep}\n{good}\n", encoding="utf-8")
    (folder / "meta.txt").write_text('{"title": ' + "[" * 100_000 + "\n" + GOOD, encoding="utf-8")
    r = claimx("extract", folder)
    assert r.returncode == 1
    one_line(r.stderr, "deep.jsonl: line 2: malformed JSON (nested too deeply)")
    docs = [x["doc"] for x in records(r.stdout)]
    assert docs == ["deep.jsonl#1", "deep.jsonl#3", "good.txt", "meta.txt"]


def test_deep_json_file_is_one_line(folder):
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    r = claimx("extract", folder)
    assert r.returncode == 1
    one_line(r.stderr, "deep.json: malformed JSON: nested too deeply")
    good_kept(r.stdout)


def test_json_array_with_one_bad_record_exits_one(folder):
    (folder / "arr.json").write_text(json.dumps([{"text": GOOD}, 5, {"title": "x"}]), encoding="utf-8")
    r = claimx("extract", folder)
    assert r.returncode == 1
    one_line(r.stderr, "arr.json: record 2: not a JSON object")
    assert [x["doc"] for x in records(r.stdout)] == ["arr.json#1", "good.txt"]


def test_json_file_too_large_is_refused_with_a_hint(folder, monkeypatch, capsys):
    from claimx import read
    from claimx.cli import run_extract

    monkeypatch.setattr(read, "MAX_JSON_BYTES", 100)
    (folder / "big.json").write_text(json.dumps({"text": GOOD * 5}), encoding="utf-8")
    recs, counts, failed = run_extract([str(folder)])
    assert "big.json: JSON file too large" in capsys.readouterr().err and "JSON Lines" in failed[0][1]
    assert [r["doc"] for r in recs] == ["good.txt"]


def test_jsonl_record_too_large_is_skipped_without_holding_it(folder, monkeypatch, capsys):
    from claimx import read
    from claimx.cli import run_extract

    monkeypatch.setattr(read, "MAX_RECORD_CHARS", 1000)
    monkeypatch.setattr(read, "_BLOCK", 64)
    good = json.dumps({"text": GOOD}, ensure_ascii=False)
    (folder / "r.jsonl").write_text(f"{good}\n" + json.dumps({"text": "x" * 5000}) + f"\n{good}\n",
                                    encoding="utf-8")
    recs, counts, failed = run_extract([str(folder)])
    assert "r.jsonl: line 2: record too large" in capsys.readouterr().err
    assert [r["doc"] for r in recs] == ["good.txt", "r.jsonl#1", "r.jsonl#3"]


def test_summary_counts_each_file_once(folder):
    (folder / "bad.json").write_text("{")
    (folder / "part.jsonl").write_text('{"text": "x y z"}\n{oops\n')
    (folder / "empty.txt").write_text("")
    r = claimx("extract", folder, folder / "missing.txt")
    assert r.returncode == 1
    summary = r.stderr.decode().splitlines()[-1]
    assert summary.startswith("claimx: 5 files: 2 read (1 with unreadable records), 1 skipped, 2 failed;"), summary


# 15, 20 — large files ----------------------------------------------------------------------------
def test_one_huge_line_is_cut_at_sentence_ends(folder):
    line = "".join(f"“Post {n} stays open,” said Olga Petrenko. The trucks wait at the border. "
                   for n in range(300))
    (folder / "line.txt").write_text(line, encoding="utf-8")
    whole = claimx("extract", folder / "line.txt")
    cut = claimx("extract", folder / "line.txt", env={"CLAIMX_CHUNK_BYTES": "2048"})
    assert whole.returncode == cut.returncode == 0
    recs = records(cut.stdout)
    check_records(recs, {"line.txt": line})
    assert len(recs) == 300 and {r["paragraph"] for r in recs} == {0}
    assert cut.stdout == whole.stdout


def test_invalid_bytes_reported_in_a_file_read_in_pieces(folder):
    body = ("“Prices will rise,” said Marat Zhunusov.\n" * 200).encode() + b"\xff\xc3(\n"
    (folder / "damaged.txt").write_bytes(body)
    r = claimx("extract", folder, env={"CLAIMX_CHUNK_BYTES": "1024"})
    assert r.returncode == 0
    one_line(r.stderr, "damaged.txt: 2 invalid UTF-8 byte(s) replaced with U+FFFD")


@pytest.mark.parametrize("value", ["0", "-5", "lots"])
def test_bad_chunk_size_is_a_usage_error(folder, value):
    r = claimx("extract", folder, env={"CLAIMX_CHUNK_BYTES": value})
    assert r.returncode == 2 and r.stdout == b""
    one_line(r.stderr, "CLAIMX_CHUNK_BYTES must be a positive number")


def test_empty_path_is_an_error_not_the_current_folder(tmp_path):
    (tmp_path / "here.txt").write_text(GOOD, encoding="utf-8")
    r = claimx("extract", "", cwd=tmp_path)
    assert r.returncode == 1 and r.stdout == b""
    one_line(r.stderr, "'': empty path")


# 6 — registry ------------------------------------------------------------------------------------
@pytest.mark.parametrize("data,message", [
    ('[[speaker]]\nid = "a"\nname = "Zoë"\n'.encode("latin-1"), "line 3: not UTF-8"),
    ('[[speaker]]\nid = "a"\nname = "Zoë"\n'.encode("utf-16"), "UTF-16"),
    (b"speaker = [1]\n", "speaker 1: each speaker must be a table"),
    (b'[[speaker]]\nid = "a"\nname = "A B"\nrole = 5\n', "line 1: role must be a string"),
    (b'[[speaker]]\nid = "a"\nname = "A B"\nwikidata = 7\n', "line 1: wikidata must be a string"),
    (b'[[speaker]]\nid = "a"\nname = "A B"\nwikidata = "Douglas"\n', "wikidata must be an item id"),
    (b'[[speaker]]\nid = "a"\nname = = 3\n', "line 3:"),
])
def test_bad_registry_is_exit_two_with_its_line(folder, tmp_path, data, message):
    (tmp_path / "reg.toml").write_bytes(data)
    r = claimx("extract", folder, "--registry", tmp_path / "reg.toml")
    assert r.returncode == 2 and r.stdout == b""
    one_line(r.stderr, message)


def test_large_registry_is_indexed_and_matches_like_a_scan():
    from claimx.speakers import Entry, Registry

    entries = [Entry(f"p{i}", f"Aigul Tokta{i}bekova") for i in range(3000)]
    entries.append(Entry("ruslan-suleimenov", "Ruslan Suleimenov", aliases=["苏莱曼诺夫"]))
    reg = Registry(entries)
    assert reg.match(["Ruslan Suleimenov"])[0].id == "ruslan-suleimenov"
    e, tier = reg.match(["Ruslan Suleymenov"])
    assert e is not None and e.id == "ruslan-suleimenov" and tier == "fuzzy"
    e, tier = reg.match(["苏莱曼诺夫"])
    assert e.id == "ruslan-suleimenov" and tier == "alias"


# 7, 16 — diff, speakers, eval --------------------------------------------------------------------
@pytest.fixture
def extraction(tmp_path):
    out = tmp_path / "a.jsonl"
    assert claimx("extract", DEMO, "-o", out).returncode == 0
    return out


@pytest.mark.parametrize("line,message", [
    ("[1, 2]", "not a JSON object but list"),
    ("5", "not a JSON object but int"),
    ('{"doc": "x", "start": "3", "end": 5, "speaker": null}', "start and end must be whole numbers"),
    ('{"doc": "x", "start": 3, "end": 5, "kind": "direct", "text": "a", "speaker": [1]}', "speaker must be"),
    ('{"doc": "x", "start": 3, "end": 5, "speaker": null}', "kind must be a string"),
    ("[" * 50_000 + "]" * 50_000, "nested too deeply"),
])
@pytest.mark.parametrize("command", ["diff", "speakers"])
def test_malformed_records_are_trouble_not_a_traceback(extraction, tmp_path, line, message, command):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(extraction.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    r = claimx(*([command, extraction, bad] if command == "diff" else [command, bad]))
    assert r.returncode == (2 if command == "diff" else 1)
    one_line(r.stderr, f"bad.jsonl: line 32: not")
    assert message in r.stderr.decode()


def test_diff_bad_utf8_is_trouble(extraction, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(extraction.read_bytes() + b'{"doc": "\xff"}\n')
    r = claimx("diff", extraction, bad)
    assert r.returncode == 2
    one_line(r.stderr, "bad.jsonl: line 32: invalid UTF-8")


@pytest.mark.parametrize("iou", ["nan", "-1", "0", "1.5"])
def test_eval_iou_outside_zero_one_is_refused(extraction, iou):
    r = claimx("eval", extraction, extraction, "--iou", iou)
    assert r.returncode == 2
    one_line(r.stderr, "--iou must be greater than 0 and at most 1")


@pytest.mark.parametrize("entities", ["[1]", '{"a": 5}', "{", '{"a": {"name": 3}}'])
def test_eval_malformed_entities_are_refused(extraction, tmp_path, entities):
    (tmp_path / "e.json").write_text(entities)
    r = claimx("eval", extraction, extraction, "--entities", tmp_path / "e.json")
    assert r.returncode == 2
    one_line(r.stderr, "e.json:")


def test_eval_malformed_gold_is_refused(extraction, tmp_path):
    (tmp_path / "gold.jsonl").write_text('{"doc": "x", "start": 1, "end": 5}\n{"doc": 1}\n[\n')
    r = claimx("eval", extraction, tmp_path / "gold.jsonl")
    assert r.returncode == 2
    one_line(r.stderr, "gold.jsonl: line 2: not a claim record: no document name")


def test_diff_and_eval_pair_duplicates_one_to_one():
    from claimx.diff import diff
    from claimx.evaluate import evaluate

    rec = {"doc": "d", "start": 0, "end": 10, "kind": "direct", "text": "x", "resolution": "none",
           "speaker": None}
    old = [dict(rec) for _ in range(2000)] + [dict(rec, start=5, end=30)]
    new = [dict(rec) for _ in range(1999)] + [dict(rec, start=6, end=30)]
    d = diff(old, new)
    assert d["summary"] == {"added": 0, "removed": 1, "changed": 1}
    r = evaluate(new, old)
    assert r["matched"] == 2000 and r["gold"] == 2001


# 18 — cue look-around --------------------------------------------------------------------------
def test_paragraph_of_cues_gives_no_claim():
    assert extract_text("said " * 2000) == []


# 23 — an unclosed mark before a long paragraph -------------------------------------------------------
EN = ("Olga Petrenko said that the corridor at post {n} is open again. The trucks waited for hours. "
      "“We will stay at post {n},” said Marat Zhunusov. ")
ZH = "阿贝诺夫先生表示，第{n}号口岸将继续开放。卡车在边境等了几个小时。“我们会留在第{n}号口岸，”佩特连科女士说。"


@pytest.mark.parametrize("unit,mark", [(EN, "«"), (EN, "“"), (ZH, "“")])
def test_stray_mark_before_a_long_paragraph_loses_nothing(unit, mark):
    body = "".join(unit.format(n=i) for i in range(60))
    plain = extract_text(body)
    stray = extract_text(mark + body)
    assert len(plain) >= 60
    assert [r["text"] for r in stray] == [r["text"] for r in plain]


def test_unclosed_quote_runs_to_the_paragraph_end_unless_long_with_evidence():
    from claimx.quotes import LONG_UNCLOSED, find_quotes
    from claimx.segment import paragraphs

    short = "“We will not sign this. " + "The talks go on. " * 10 + "“And we stay.”"
    assert [(q.close, short[q.end - 1]) for q in find_quotes(short, paragraphs(short))] == [(None, ".")]
    plain = "“" + "The talks go on and on. " * (LONG_UNCLOSED // 20)   # long, but no evidence
    [q] = find_quotes(plain, paragraphs(plain))
    assert q.end == len(plain.rstrip())


def _feed(path, n):
    names = ["Olga Petrenko", "Bakyt Tursunbayev", "Anna Berg"]
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = (f"“Prices will rise by {i} percent,” said {names[i % 3]}, an economist. "
                    f"“We will see,” {names[(i + 1) % 3]} said.\n\nThe ministry said exports would fall.")
            f.write(json.dumps({"title": f"t{i}", "text": text, "url": f"https://example.org/{i}"}) + "\n")


def test_a_large_file_comes_in_parts_with_the_same_records(tmp_path, monkeypatch):
    """Issue 13 #15: a file's documents are set aside every PART_RECORDS records and merged back
    in the order sorting the whole file gives ("feed.jsonl#10" before "feed.jsonl#2")."""
    import tempfile

    import claimx
    from claimx import pipeline
    from claimx.read import Source

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _feed(corpus / "feed.jsonl", 25)
    (corpus / "note.txt").write_text(GOOD, encoding="utf-8")
    whole = list(claimx.extract_files([corpus]).lines())
    spills = tmp_path / "tmp"
    spills.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spills))
    monkeypatch.setattr(pipeline, "PART_RECORDS", 4)
    res = pipeline.extract_file(Source(corpus / "feed.jsonl", "feed.jsonl"), claimx.Registry.load(),
                                spill=True)
    assert res.spill is not None and len(res.docs) < 25
    pipeline.drop_spill(res)
    assert list(spills.iterdir()) == []
    for jobs in (1, 2):
        parts = list(claimx.extract_files([corpus], jobs=jobs).lines())
        assert parts == whole
        assert list(spills.iterdir()) == []          # every spill read and deleted
    docs = [json.loads(line)["doc"] for line in whole]
    assert docs.index("feed.jsonl#10") < docs.index("feed.jsonl#2") and len(whole) == 76


def test_parts_left_by_a_killed_run_are_removed_by_the_next(tmp_path, monkeypatch):
    """Issue 13 #15/#21: a run killed while a file's parts were set aside leaves
    .claimx-PID-part-*.tmp in the temporary folder; the next run removes those whose process is
    gone, and keeps a live run's parts and files that are not ours."""
    import tempfile

    import claimx

    spills = tmp_path / "tmp"
    spills.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(spills))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = spills / f".claimx-{dead.pid}-part-abc.tmp"
    live = spills / f".claimx-{os.getpid()}-part-def.tmp"
    other = spills / "claimx-notes.tmp"
    for f in (stale, live, other):
        f.write_bytes(b"x")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD, encoding="utf-8")
    assert len(list(claimx.extract_files([corpus]).lines())) == 1
    assert not stale.exists() and live.exists() and other.exists()
