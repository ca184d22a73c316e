"""Command-line details: standard input, --version, NO_COLOR and TERM=dumb."""
import json
import os
import subprocess
import sys

from conftest import ROOT, on_a_terminal

from claimx import FORMAT_VERSION, __version__

DEMO = ROOT / "data" / "demo"


def claimx(*args, env=None, **kw):
    e = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CLAIMX_DATA")}
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "claimx", *map(str, args)], capture_output=True,
                          timeout=600, env=e, **kw)


def test_dash_reads_one_document_from_standard_input():
    path = DEMO / "en_water_talks.txt"
    from_file = claimx("extract", "-q", path)
    from_stdin = claimx("extract", "-", input=path.read_bytes())
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert b"1 files: 1 read" in from_stdin.stderr
    a = [json.loads(line) for line in from_stdin.stdout.splitlines()]
    b = [json.loads(line) for line in from_file.stdout.splitlines()]
    assert len(a) == len(b) > 3 and {r["doc"] for r in a} == {"-"}
    assert [{**r, "id": None, "doc": None} for r in a] == [{**r, "id": None, "doc": None} for r in b]


def test_dash_with_folders_and_an_encoding():
    text = "«Мы подпишем соглашение», — заявил Марат Жунусов.\n".encode("cp1251")
    r = claimx("extract", "-q", "-", DEMO, input=text)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode("utf-8").splitlines()
    assert '"doc":"-"' in lines[0] and '"encoding":"cp1251"' in lines[0]
    assert r.stdout.endswith(claimx("extract", "-q", DEMO).stdout)


def test_empty_standard_input_is_skipped():
    r = claimx("extract", "-", input=b"")
    assert r.returncode == 0 and r.stdout == b""
    assert b"claimx: -: skipped: empty file" in r.stderr


def test_version_names_package_and_record_format():
    r = claimx("--version")
    assert r.returncode == 0
    assert r.stdout.decode().strip() == f"claimx {__version__} (record format {FORMAT_VERSION})"


def _two_extractions(tmp_path):
    old = tmp_path / "old.jsonl"
    old.write_bytes(claimx("extract", "-q", DEMO).stdout)
    new = tmp_path / "new.jsonl"
    new.write_text("".join(old.read_text(encoding="utf-8").splitlines(True)[1:]), encoding="utf-8")
    return old, new


def test_diff_colour_on_a_terminal_unless_no_color_or_dumb(tmp_path):
    old, new = _two_extractions(tmp_path)
    assert "\033[" in on_a_terminal("diff", old, new, stream="stdout")
    plain = on_a_terminal("diff", old, new, stream="stdout", env={"NO_COLOR": "1"})
    assert "\033[" not in plain and "1 removed" in plain
    assert "\033[" not in on_a_terminal("diff", old, new, stream="stdout", env={"TERM": "dumb"})
    assert "\033[" in on_a_terminal("diff", old, new, "--color", stream="stdout", env={"NO_COLOR": "1"})


def test_progress_line_on_a_dumb_terminal_has_no_escape_codes():
    shown = on_a_terminal("extract", DEMO, env={"TERM": "dumb"})
    assert "MB/s" in shown and "files:" in shown
    assert "\033" not in shown
    assert "\033[K" in on_a_terminal("extract", DEMO)
