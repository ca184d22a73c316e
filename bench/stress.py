"""Hostile input at size (issue 13): each case runs claimx in a child process and prints its wall
time, peak memory (max RSS of the child and the workers it waited for), exit status and first
line of standard error. Sizes scale with --scale (1 = the sizes of the issue where the machine
allows; the default 0.2 keeps the whole run to a few minutes on 2 cores).

    python bench/stress.py [--scale 0.2] [--only 2,15] [--keep DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOOD = "“The corridor is open again,” said Olga Petrenko, a logistics analyst.\n"
CLAIMX = [sys.executable, "-m", "claimx"]


def run(args, cwd=None, env=None, stdout=None, during=None, timeout=1800):
    """(seconds, peak MB, exit status, first stderr line, stdout bytes)."""
    e = dict(os.environ, **(env or {}))
    err = tempfile.TemporaryFile()
    out = stdout if stdout is not None else tempfile.TemporaryFile()
    t0 = time.monotonic()
    # preexec_fn makes Popen fork instead of vfork, so the child's peak does not start at this
    # process's own peak (the figures would then have a floor)
    p = subprocess.Popen([*CLAIMX, *map(str, args)], cwd=cwd, env=e, stdout=out, stderr=err,
                         preexec_fn=lambda: None)
    if during:
        threading.Thread(target=during, args=(p,), daemon=True).start()
    timer = threading.Timer(timeout, p.kill)
    timer.start()
    _, status, usage = os.wait4(p.pid, 0)
    timer.cancel()
    p.returncode = os.waitstatus_to_exitcode(status)
    secs = time.monotonic() - t0
    err.seek(0)
    lines = err.read().decode("utf-8", "replace").splitlines()
    first = next((l for l in lines if l.strip()), "")
    if os.environ.get("STRESS_STDERR"):
        print("\n".join(lines[-30:]))
    data = b""
    if stdout is None:                     # keep this process small: its size is not measured
        size = out.seek(0, 2)
        out.seek(0)
        data = out.read() if size < 20_000_000 else _count_lines(out)
    return secs, usage.ru_maxrss / 1024, p.returncode, first, data


def _count_lines(f) -> int:
    n = 0
    while block := f.read(1 << 20):
        n += block.count(b"\n")
    return n


def _size(top: Path) -> int:
    """Bytes of the regular files under ``top`` (a stack: the trees here are deeper than recursion)."""
    total, stack = 0, [str(top)]
    while stack:
        with os.scandir(stack.pop()) as it:
            for e in it:
                if e.is_dir(follow_symlinks=False):
                    stack.append(e.path)
                elif e.is_file(follow_symlinks=False):
                    total += e.stat(follow_symlinks=False).st_size
    return total


def folder(base: Path, name: str) -> Path:
    d = base / name
    d.mkdir()
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    return d


def children(pid: int) -> list[int]:
    try:
        return [int(c) for t in os.listdir(f"/proc/{pid}/task")
                for c in open(f"/proc/{pid}/task/{t}/children").read().split()]
    except OSError:
        return []


# every case: (number, title, function(base, scale) -> (args, kwargs) to run, or a result tuple)
CASES = []


def case(n, title):
    def deco(fn):
        CASES.append((n, title, fn))
        return fn
    return deco


@case(1, "FIFO in a folder, a named FIFO")
def _fifo(base, scale):
    d = folder(base, "fifo")
    os.mkfifo(d / "pipe.txt")
    os.mkfifo(base / "named.txt")
    return ["extract", d, base / "named.txt"], {}


@case(1, "FIFO as --registry")
def _fifo_reg(base, scale):
    os.mkfifo(base / "reg.toml")
    return ["extract", folder(base, "fr"), "--registry", base / "reg.toml"], {}


def _marks(base, scale, a, b, name):
    n = int(40_000 * max(scale, 0.25))
    d = folder(base, name)
    (d / "marks.txt").write_text("He said " + a * n + b * n + " and left.\n", encoding="utf-8")
    return ["extract", d], {}


@case(2, "«×40,000 then ”×40,000 in one paragraph")
def _guillemets(base, scale):
    return _marks(base, scale, "«", "”", "g")


@case(2, "‘×40,000 then ’×40,000 in one paragraph")
def _singles(base, scale):
    return _marks(base, scale, "‘", "’", "s")


@case(3, "a worker killed with SIGKILL under --jobs 2")
def _killed(base, scale):
    d = folder(base, "killed")
    story = "“The border at post {n} stays open,” said Aigerim Sadykova, an economist.\n\n" * 400
    for i in range(40):
        (d / f"f{i:02d}.txt").write_text(story.format(n=i), encoding="utf-8")

    def kill_a_worker(p):
        for _ in range(600):
            kids = children(p.pid)
            if len(kids) >= 2:
                time.sleep(0.5)
                os.kill(kids[0], signal.SIGKILL)
                return
            time.sleep(0.05)
    return ["extract", d, "--jobs", "2", "-q"], {"during": kill_a_worker}


@case(4, "a folder tree 1,500 levels deep")
def _deep(base, scale):
    top = base / "deep"
    path = top
    os.mkdir(path)
    for _ in range(1500):
        path = path / "d"
        os.mkdir(path)
    (path / "bottom.txt").write_text(GOOD, encoding="utf-8")
    return ["extract", top], {}


def _corpus(base, scale, name="corpus"):
    d = base / name
    if not d.exists():
        d.mkdir()
        story = ("“The border at post {n} stays open,” said Aigerim Sadykova, an economist.\n\n"
                 "Daniyar Abenov said that post {n} needs new scanners.\n\n") * 50
        for i in range(int(200 * max(scale, 0.1))):
            (d / f"f{i:03d}.txt").write_text(story.format(n=i), encoding="utf-8")
    return d


@case(5, "-o into a missing folder (a corpus to process)")
def _missing(base, scale):
    return ["extract", _corpus(base, scale), "-o", base / "missing" / "out.jsonl"], {}


@case(5, "standard output is /dev/full")
def _full(base, scale):
    return ["extract", _corpus(base, scale)], {"stdout": open("/dev/full", "w")}


@case(6, "registry in Latin-1")
def _latin1(base, scale):
    (base / "l1.toml").write_bytes('[[speaker]]\nid = "a"\nname = "Zoë"\n'.encode("latin-1"))
    return ["extract", folder(base, "l1"), "--registry", base / "l1.toml"], {}


@case(6, "registry speaker = [1]")
def _arr(base, scale):
    (base / "arr.toml").write_text("speaker = [1]\n")
    return ["extract", folder(base, "arr"), "--registry", base / "arr.toml"], {}


def _extraction(base, scale):
    out = base / "a.jsonl"
    if not out.exists():
        subprocess.run([*CLAIMX, "extract", "-q", ROOT / "data" / "demo", "-o", out], check=True)
    return out


@case(7, "claimx diff: a record that is a list / deep JSON")
def _diff_bad(base, scale):
    a = _extraction(base, scale)
    bad = base / "bad.jsonl"
    bad.write_text(a.read_text(encoding="utf-8") + "[1, 2]\n" + "[" * 100_000 + "]" * 100_000 + "\n")
    return ["diff", a, bad], {}


@case(7, "claimx eval --iou nan")
def _nan(base, scale):
    a = _extraction(base, scale)
    return ["eval", a, a, "--iou", "nan"], {}


@case(8, "-o /dev/null")
def _devnull(base, scale):
    return ["extract", folder(base, "dn"), "-o", "/dev/null"], {}


@case(8, "-o onto an input file")
def _ontoinput(base, scale):
    d = folder(base, "oi")
    return ["extract", d, "-o", d / "good.txt"], {}


@case(9, "SIGTERM with --jobs 1 (old output kept?)")
def _term(base, scale):
    out = base / "term.jsonl"
    out.write_text("earlier run\n")
    d = _corpus(base, 5, name="term-corpus")

    def term(p):
        time.sleep(0.8)
        p.send_signal(signal.SIGTERM)
    return ["extract", d, "--jobs", "1", "-o", out], {"during": term, "check": lambda: out.read_text() == "earlier run\n"}


@case(10, "same relative path in two folders")
def _dups(base, scale):
    for name in ("a", "b"):
        (base / name).mkdir()
        (base / name / "report.txt").write_text(GOOD, encoding="utf-8")
    return ["extract", base / "a", base / "b"], {"records": 2}


@case(11, "U+2028 / U+0085 inside JSONL strings")
def _seps(base, scale):
    d = folder(base, "seps")
    lines = [json.dumps({"text": f"“Line {n}\u2028stays,” said Olga Petrenko.\u0085"}, ensure_ascii=False)
             for n in range(1000)]
    (d / "sep.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["extract", d], {"records": 1001}


@case(12, "a deeply nested JSONL line")
def _deepjson(base, scale):
    d = folder(base, "dj")
    good = json.dumps({"text": GOOD}, ensure_ascii=False)
    (d / "deep.jsonl").write_text(f"{good}\n" + "[" * 1_000_000 + "]" * 1_000_000 + f"\n{good}\n")
    return ["extract", d], {"records": 3}


@case(13, "a file name with invalid UTF-8")
def _name(base, scale):
    d = folder(base, "nm")
    (d / os.fsdecode(b"caf\xe9.txt")).write_text(GOOD, encoding="utf-8")
    return ["extract", d], {"records": 2}


@case(14, "symlink to /dev/zero and /dev/urandom")
def _zero(base, scale):
    d = folder(base, "zero")
    os.symlink("/dev/zero", d / "zero.txt")
    os.symlink("/dev/urandom", d / "random.txt")
    return ["extract", d], {"records": 1}


@case(15, "JSONL of tiny records (1M at scale 1)")
def _tiny(base, scale):
    d = base / "tiny"
    d.mkdir()
    n = int(1_000_000 * scale)
    with open(d / "tiny.jsonl", "w") as f:
        for i in range(n):
            f.write('{"text": "x"}\n')
    return ["extract", d, "-q"], {}


@case(15, "JSONL of articles with quotes (75 MB at scale 1; max 30 MB)")
def _bigjsonl(base, scale):
    d = base / "bigjsonl"
    d.mkdir()
    rec = json.dumps({"title": "t", "text": ("“The corridor is open again,” said Olga Petrenko. " * 40)},
                     ensure_ascii=False) + "\n"
    # a quarter of the 300 MB, at most 30 MB: memory grows with the records of one file
    n = int(min(300e6 * scale / 4, 30e6) / len(rec.encode()))
    with open(d / "big.jsonl", "w", encoding="utf-8") as f:
        for _ in range(n):
            f.write(rec)
    return ["extract", d, "-q", "--jobs", "1"], {}


@case(15, "one text line (25 MB at scale 1: a quarter of the issue's 100 MB)")
def _line(base, scale):
    d = base / "line"
    d.mkdir()
    unit = "The steppe stretches for miles and the wind never stops blowing across it. "
    with open(d / "line.txt", "w") as f:
        for _ in range(int(100e6 * scale / 4 / len(unit))):
            f.write(unit)
        f.write("“We will stay,” said Olga Petrenko.")
    return ["extract", d, "-q"], {"records": 1}


@case(15, "a JSON file over the size limit")
def _bigjson(base, scale):
    d = folder(base, "bigjson")
    with open(d / "big.json", "w") as f:                 # in blocks: this process stays small
        f.write('{"text": "')
        for _ in range(40):
            f.write("x " * (1024 * 1024))
        f.write('"}')
    return ["extract", d], {"records": 1}


def _records_file(path, n, doc_count=1, dup=False, shift=0):
    with open(path, "w") as f:
        for i in range(n):
            s = 0 if dup else i * 10 + shift
            f.write(json.dumps({"id": "x" if dup else str(i), "doc": "d", "start": s, "end": s + 8,
                                "kind": "direct", "text": "abcdefgh", "resolution": "none",
                                "speaker": None}) + "\n")


@case(16, "diff: 10,000 records in one document")
def _diff10k(base, scale):
    _records_file(base / "o.jsonl", 10_000)
    _records_file(base / "n.jsonl", 10_000, shift=3)
    return ["diff", base / "o.jsonl", base / "n.jsonl", "--format", "json"], {}


@case(16, "eval: 5,000 duplicate records")
def _eval_dup(base, scale):
    _records_file(base / "p.jsonl", 5_000, dup=True)
    return ["eval", base / "p.jsonl", base / "p.jsonl"], {}


def _big_registry(path: Path, scale: float) -> None:
    """1M aliases at scale 1: Latin names, initials, surnames, Chinese names (the same bytes every
    time)."""
    n = int(1_000_000 * scale)
    rng = random.Random(1)
    syl = "ka ra ma na ta sa be le ne ko ro mo no do ri li ni zu ku ru".split()
    zh = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏"
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n // 5):
            g = "".join(rng.choice(syl) for _ in range(2)).title()
            s = "".join(rng.choice(syl) for _ in range(3)).title()
            z = "".join(rng.choice(zh) for _ in range(3))
            f.write(f'[[speaker]]\nid = "p{i}"\nname = "{g} {s}{i}"\n'
                    f'aliases = ["{g[0]}. {s}{i}", "{s}{i}", "{z}{i % 10}", "Mr. {s}{i}"]\n\n')


def _registry_run(base: Path, scale: float, cache: Path):
    _big_registry(base / "big.toml", scale)
    shared = ROOT.parent / "shared" / "dev"
    files = sorted((shared / "zh-news" / "text").iterdir())[:5] + sorted((shared / "polnear" / "dev" / "text").iterdir())[:5]
    return ["extract", *files, "--registry", base / "big.toml", "-q"], {"env": {"CLAIMX_CACHE": str(cache)}}


@case(17, "registry of 1M aliases at scale 1, Chinese and English files")
def _registry(base, scale):
    cache = base.parent / "registry-cache"          # empty: the registry is parsed and indexed
    shutil.rmtree(cache, ignore_errors=True)
    return _registry_run(base, scale, cache)


@case(17, "the same again, the registry read from the cache")
def _registry_cached(base, scale):
    return _registry_run(base, scale, base.parent / "registry-cache")


@case(18, "'said ' ×100,000 in one paragraph")
def _said(base, scale):
    d = base / "said"
    d.mkdir()
    (d / "said.txt").write_text("said " * int(100_000 * max(scale, 0.5)))
    return ["extract", d], {}


@case(19, "a JSON array with one bad record")
def _arrbad(base, scale):
    d = folder(base, "ab")
    (d / "arr.json").write_text(json.dumps([{"text": GOOD}, 5]))
    return ["extract", d], {"records": 2}


@case(20, "invalid bytes in a file over CLAIMX_CHUNK_BYTES")
def _warn(base, scale):
    d = folder(base, "warn")
    (d / "damaged.txt").write_bytes(("“Prices will rise,” said Marat Zhunusov.\n" * 2000).encode() + b"\xff\n")
    return ["extract", d, "-q"], {"env": {"CLAIMX_CHUNK_BYTES": "16384"}}


@case(20, "CLAIMX_CHUNK_BYTES=0")
def _chunk0(base, scale):
    return ["extract", folder(base, "c0")], {"env": {"CLAIMX_CHUNK_BYTES": "0"}}


@case(20, 'claimx extract ""')
def _empty(base, scale):
    return ["extract", ""], {}


@case(21, "output mode under umask 022; stale temporary file")
def _umask(base, scale):
    d = folder(base, "um")
    (base / ".claimx-999999999-x.tmp").write_text("half")
    out = base / "um.jsonl"
    os.umask(0o022)
    return ["extract", d, "-o", out], {"check": lambda: (oct(os.stat(out).st_mode & 0o777),
                                                         (base / ".claimx-999999999-x.tmp").exists())}


@case(23, "a stray « before an English paragraph of 400 KB at scale 1")
def _stray(base, scale):
    d = base / "stray"
    d.mkdir()
    unit = ("Olga Petrenko said that the corridor at post {n} is open again. The trucks waited. "
            "“We will stay at post {n},” said Marat Zhunusov. ")
    body = "".join(unit.format(n=i) for i in range(int(3000 * scale)))
    (d / "plain.txt").write_text(body + "\n", encoding="utf-8")
    (d / "stray.txt").write_text("«" + body + "\n", encoding="utf-8")
    return ["extract", d, "-q"], {"per_doc": True}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=0.2)
    ap.add_argument("--only", help="comma-separated case numbers")
    ap.add_argument("--keep", help="build the inputs here and keep them")
    a = ap.parse_args()
    only = {int(x) for x in a.only.split(",")} if a.only else None
    base = Path(a.keep or tempfile.mkdtemp(prefix="claimx-stress-"))
    base.mkdir(parents=True, exist_ok=True)
    print(f"scale {a.scale}; inputs in {base}")
    print(f"{'#':>3}  {'case':<58} {'time':>8} {'peak MB':>8} {'exit':>5}  first stderr line / result")
    try:
        for n, title, fn in CASES:
            if only and n not in only:
                continue
            work = base / f"case-{n}-{fn.__name__.strip('_')}"
            work.mkdir()
            args, kw = fn(work, a.scale)
            extra = []
            secs, peak, code, first, out = run(args, env=kw.get("env"), stdout=kw.get("stdout"),
                                               during=kw.get("during"))
            recs = [json.loads(l) for l in out.decode("utf-8", "replace").split("\n") if l.strip()] \
                if isinstance(out, bytes) and args[0] not in ("diff", "eval") else []
            count = out if isinstance(out, int) else len(recs)
            if out and args[0] not in ("diff", "eval"):
                extra.append(f"{count} records")
            if "records" in kw:
                extra.append("all kept" if count == kw["records"] else f"EXPECTED {kw['records']}")
            if kw.get("per_doc"):
                docs = {}
                for r in recs:
                    docs[r["doc"]] = docs.get(r["doc"], 0) + 1
                extra.append(json.dumps(docs))
            if "check" in kw:
                extra.append(f"check: {kw['check']()}")
            size = _size(work)
            extra.insert(0, f"input {size / 1e6:.1f} MB")
            print(f"{n:>3}  {title[:58]:<58} {secs:>7.2f}s {peak:>8.0f} {code:>5}  {first[:110]}"
                  + (f"  [{'; '.join(extra)}]" if extra else ""), flush=True)
        rss = next((int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS")), 0)
        print(f"(peak memory: wait4's max RSS of the forked child and the workers it reaped; a child "
              f"starts as a copy of this process, {rss / 1024:.0f} MB now: figures near that are a floor)")
    finally:
        if not a.keep:
            subprocess.run(["rm", "-rf", str(base)])


if __name__ == "__main__":
    main()
