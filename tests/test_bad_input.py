"""Bad input never crashes a run or loses a record: one test per kind of input, each asserting the
message, the exit code and that the good file's records are all still there."""
import json
import os
import signal
import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT, check_records

GOOD = "“The corridor is open again,” said Olga Petrenko, a logistics analyst.\n"


def claimx(*args, env=None, **kw):
    e = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "claimx", *map(str, args)], capture_output=True, env=e, timeout=600, **kw)


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    return d


def records(out: bytes):
    return [json.loads(l) for l in out.decode("utf-8").splitlines()]


def run(folder, expect_exit, message=None):
    r = claimx("extract", folder)
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == expect_exit, err
    if message:
        assert message in err, err
    recs = records(r.stdout)
    good = [x for x in recs if x["doc"] == "good.txt"]
    assert len(good) == 1 and good[0]["speaker"]["name"] == "Olga Petrenko"
    return recs, err


@pytest.mark.parametrize("name,data,message", [
    ("empty.txt", b"", "empty.txt: skipped: empty file"),
    ("blank.txt", b" \n\t\r\n  ", "blank.txt: skipped: only white space"),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(300), "image.txt: skipped: binary file"),
    ("paper.md", b"%PDF-1.7\n" + bytes(range(256)) * 4, "paper.md: skipped: binary file"),
])
def test_skipped_inputs_exit_zero(folder, name, data, message):
    (folder / name).write_bytes(data)
    run(folder, 0, message)


def test_zip_is_binary(folder):
    with zipfile.ZipFile(folder / "archive.txt", "w") as z:
        z.writestr("a.txt", "x" * 1000)
    run(folder, 0, "archive.txt: skipped: binary file")


def test_invalid_utf8_replaced_and_reported(folder):
    body = ("“Prices will rise,” said Marat Zhunusov. " * 30).encode() + b"\xff\xc3(\n"
    (folder / "damaged.txt").write_bytes(body)
    recs, err = run(folder, 0, "damaged.txt: 2 invalid UTF-8 byte(s) replaced with U+FFFD")
    text = body.decode("utf-8", "replace")
    check_records([r for r in recs if r["doc"] == "damaged.txt"], {"damaged.txt": text})
    assert sum(r["doc"] == "damaged.txt" for r in recs) == 30


@pytest.mark.parametrize("encoding,text", [
    ("gb18030", "“我们不会让步，”阿贝诺夫先生说。哈萨克斯坦的能源合作正在扩大，地区国家都在等待新的协议。\n" * 3),
    ("big5", "「我們不會讓步，」阿貝諾夫先生說。哈薩克斯坦的能源合作正在擴大，地區國家都在等待新的協議。\n" * 3),
    ("cp1251", "«Мы не уступим», — заявил министр. Переговоры продолжатся на следующей неделе в Астане.\n" * 3),
    ("utf-16", GOOD * 3),
])
def test_legacy_and_utf16_encodings(folder, encoding, text):
    (folder / f"{encoding}.txt").write_bytes(text.encode(encoding))
    recs, _ = run(folder, 0)
    mine = [r for r in recs if r["doc"] == f"{encoding}.txt"]
    assert mine and all(r["encoding"] != "utf-8" for r in mine)
    check_records(mine, {f"{encoding}.txt": text})


def test_malformed_json_and_jsonl(folder):
    (folder / "bad.json").write_text('{"text": "unterminated', encoding="utf-8")
    (folder / "mixed.jsonl").write_text('{"text": "“We stay,” said Olga Petrenko."}\n{oops\n', encoding="utf-8")
    recs, err = run(folder, 1, "bad.json: malformed JSON")
    assert "mixed.jsonl: line 2: malformed JSON" in err
    assert any(r["doc"] == "mixed.jsonl#1" for r in recs)


def test_json_record_without_text_field(folder):
    (folder / "meta.json").write_text('{"title": "only a title"}', encoding="utf-8")
    run(folder, 1, "meta.json: no usable record (record 1: no text field")


def test_symlink_loops(folder):
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    os.symlink(folder, folder / "sub")          # a folder link is not followed
    run(folder, 1, "loop.txt: too many levels of symbolic links")


def test_unreadable_and_vanishing_files(folder, monkeypatch, capsys):
    from pathlib import Path

    from claimx import cli, read

    (folder / "secret.txt").write_text(GOOD, encoding="utf-8")
    real_discover, real_open = read.discover, read.open_regular

    def open_regular(path):
        if Path(path).name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return real_open(path)

    def discover(paths, *args, **kw):
        found, problems = real_discover(paths, *args, **kw)
        return found + [read.Source(folder / "gone.txt", "gone.txt")], problems

    monkeypatch.setattr(read, "open_regular", open_regular)
    monkeypatch.setattr(read, "discover", discover)
    recs, counts, failed = cli.run_extract([str(folder)])
    err = capsys.readouterr().err
    assert "secret.txt: permission denied" in err and "gone.txt: no such file or directory" in err
    assert counts["failed"] == 2 and [r["doc"] for r in recs] == ["good.txt"]


def test_odd_file_names(folder):
    for name in ("with space.txt", "Ünïcödé 文件.txt", "new\nline.txt"):
        (folder / name).write_text(GOOD, encoding="utf-8")
    (folder / "bad\nname.json").write_text("{", encoding="utf-8")
    recs, err = run(folder, 1, "bad\\nname.json: malformed JSON")
    assert {r["doc"] for r in recs} == {"good.txt", "with space.txt", "Ünïcödé 文件.txt", "new\nline.txt"}
    assert all(line.startswith("claimx: ") for line in err.splitlines())


def test_control_and_invisible_characters(folder):
    text = ("“We stay\x00 here,” said Olga\u200d Petrenko.\r\n\u200fShe said that the\u200b port was open.\r"
            "“This quote never closes, said Marat Zhunusov\r\n")
    (folder / "odd.txt").write_bytes(text.encode("utf-8"))
    recs, _ = run(folder, 0)
    mine = [r for r in recs if r["doc"] == "odd.txt"]
    assert mine
    check_records(mine, {"odd.txt": text})


def test_single_ten_megabyte_line(folder):
    line = ("The steppe stretches for miles and the wind never stops blowing across it. " * 135_000)
    line += "“We will stay,” said Olga Petrenko."
    (folder / "long.txt").write_text(line, encoding="utf-8")
    recs, _ = run(folder, 0)
    mine = [r for r in recs if r["doc"] == "long.txt"]
    assert [r["text"] for r in mine] == ["We will stay,"]
    check_records(mine, {"long.txt": line})


def test_large_file_read_in_pieces_gives_the_same_records(tmp_path):
    story = ("Story {n}\n\n“The border at post {n} stays open,” said Aigerim Sadykova, an economist.\n\n"
             "“Trade will grow,” she said.\n\nDaniyar Abenov said that post {n} needs new scanners.\n\n")
    d = tmp_path / "big"
    d.mkdir()
    (d / "big.txt").write_text("".join(story.format(n=i) for i in range(400)), encoding="utf-8")
    whole = claimx("extract", d)
    pieces = claimx("extract", d, env={"CLAIMX_CHUNK_BYTES": "4096"})
    assert whole.returncode == pieces.returncode == 0
    assert whole.stdout == pieces.stdout and len(records(whole.stdout)) == 1200


def test_fail_fast_stops_at_first_failure(folder):
    (folder / "a_bad.json").write_text("{", encoding="utf-8")
    r = claimx("extract", folder, "--fail-fast")
    assert r.returncode == 1 and b"good.txt" not in r.stdout


def test_internal_error_is_one_line_unless_debug(folder, monkeypatch, capsys):
    from claimx import cli, pipeline

    def boom(doc, registry):
        raise RuntimeError("kaboom")

    monkeypatch.setattr(pipeline, "extract_document", boom)
    recs, counts, failed = cli.run_extract([str(folder)])
    assert "good.txt: internal error: RuntimeError: kaboom" in capsys.readouterr().err
    with pytest.raises(RuntimeError):
        cli.run_extract([str(folder)], debug=True)


def test_closed_pipe_exits_quietly():
    p = subprocess.Popen([sys.executable, "-m", "claimx", "extract", "-q", ROOT / "data" / "demo"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.stdout.readline()
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 0 and "Traceback" not in err and "Broken pipe" not in err


# The child stops while writing its first record (the temporary output file exists and is half
# written), tells the test so on stderr, and is then signalled.
_SLOW_WRITER = """
import sys, time
from contextlib import contextmanager
import claimx.write as w
real = w.atomic_output
@contextmanager
def slow(path):
    with real(path) as f:
        sys.stderr.write("writing\\n"); sys.stderr.flush(); time.sleep(60)
        yield f
w.atomic_output = slow
from claimx.cli import main
main(prog_name="claimx")
"""


def _default_sigint():
    signal.signal(signal.SIGINT, signal.SIG_DFL)   # a background CI shell may have it ignored


@pytest.mark.parametrize("sig,code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_interrupted_run_keeps_the_old_output(tmp_path, sig, code):
    out = tmp_path / "claims.jsonl"
    out.write_text("earlier run\n")
    p = subprocess.Popen([sys.executable, "-c", _SLOW_WRITER, "extract", ROOT / "data" / "demo", "-o", out],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=_default_sigint)
    try:
        assert p.stderr.readline() == b"writing\n"
        assert len(list(tmp_path.iterdir())) == 2          # the temporary file is there
        p.send_signal(sig)
        assert p.wait(timeout=60) == code
    finally:
        p.kill()
    assert out.read_text() == "earlier run\n"
    assert sorted(x.name for x in tmp_path.iterdir()) == ["claims.jsonl"]
