"""Throughput and memory benchmark (make bench [SIZE=50] [SIZES="50 500"]).

Builds a corpus of SIZE MB by repeating the seed documents (../shared/corpus/seeds, when present)
and the demo documents (data/demo), giving every copy its own speakers: each Latin personal name
found in the originals is replaced by a generated one (so speaker clustering across documents does
real work), then runs ``claimx extract`` on it with --jobs 1 and --jobs = all cores, and the same
files through ``spacy.blank("en")`` with a sentencizer alone as a baseline. One line per
configuration: MB/s of input, documents/s, records, peak RSS (the largest single process, and the
whole process tree sampled every 0.1 s).

``--corpus zh`` builds the corpus from Chinese news instead (../shared/dev/zh-news/text, when
present, and the Chinese demo document), each copy as it is: the figures of Chinese text, where
claimx loads jieba to read native names.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SYL = ["ka", "ra", "mu", "te", "zha", "bo", "ni", "sa", "do", "li", "ve", "gu", "an", "er", "tol", "mir",
       "sul", "bek", "nur", "as"]
ENDS = ["ov", "ova", "enko", "yev", "ski", "uly", "ayev", "in", "ic", "escu"]
GIVEN = ["Aigerim", "Daniyar", "Olga", "Marat", "Svetlana", "Pierre", "Anna", "Rustam", "Dilnoza",
         "Yerlan", "Maria", "Farrukh", "Claire", "Nikolai", "Zarina", "Timur", "Elena", "Bakyt"]


def sources(kind: str = "mixed") -> list[tuple[str, str]]:
    out = []
    if kind == "zh":
        folders = [(ROOT.parent / "shared" / "dev" / "zh-news" / "text", "*.txt"),
                   (ROOT / "data" / "demo", "zh_*.txt")]
    else:
        folders = [(ROOT.parent / "shared" / "corpus" / "seeds", "*"), (ROOT / "data" / "demo", "*")]
    for folder, pattern in folders:
        if folder.is_dir():
            for p in sorted(folder.glob(pattern)):
                if p.suffix in (".txt", ".md") and p.name != "README.md":
                    out.append((p.name, p.read_text(encoding="utf-8")))
    return out


def person_names(texts: list[str]) -> list[str]:
    """Latin personal names in the originals, found by claimx itself."""
    from claimx.pipeline import extract_document, finish
    from claimx.read import Document
    from claimx.speakers import Registry

    reg = Registry.load()
    results = [extract_document(Document(f"d{i}", t), reg) for i, t in enumerate(texts)]
    finish(results)
    names = set()
    for r in results:
        for rec in r.records:
            sp = rec["speaker"]
            if sp and sp["type"] == "person" and re.fullmatch(r"[A-Z][\w’'.-]+(?: [A-Z][\w’'-]+)+",
                                                                 rec["speaker"]["mention"]["text"]):
                names.add(rec["speaker"]["mention"]["text"])
    return sorted(names, key=len, reverse=True)


def fake_name(rng: random.Random) -> tuple[str, str]:
    sur = "".join(rng.choice(SYL) for _ in range(rng.randint(1, 2))) + rng.choice(ENDS)
    return rng.choice(GIVEN), sur.capitalize()


def build(folder: Path, size_mb: float, seed: int = 7, kind: str = "mixed") -> tuple[int, int]:
    docs = sources(kind)
    names = person_names([t for _, t in docs]) if kind != "zh" else []
    rng = random.Random(seed)
    target, total, n = int(size_mb * 1e6), 0, 0
    folder.mkdir(parents=True, exist_ok=True)
    while total < target:
        # a new cast every 3 rounds, so that people recur across documents
        if n % (3 * len(docs)) == 0:
            cast = {}
            for full in names:
                given, sur = fake_name(rng)
                cast[full] = f"{given} {sur}"
                cast[full.split()[-1]] = sur       # the surname alone, as later mentions use it
        name, text = docs[n % len(docs)]
        for old in sorted(cast, key=len, reverse=True):
            text = re.sub(rf"\b{re.escape(old)}\b", cast[old], text)
        data = text.encode("utf-8")
        sub = folder / f"{n // 1000:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{n:06d}_{name}").write_bytes(data)
        total += len(data)
        n += 1
    return total, n


class TreeRSS(threading.Thread):
    """Peak resident memory of a process and its descendants, sampled from /proc."""

    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.pid, self.peak, self.stop = pid, 0, False

    def _tree(self) -> int:
        children: dict[int, list[int]] = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open(f"/proc/{d}/stat") as f:
                        ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                    children.setdefault(ppid, []).append(int(d))
                except (OSError, ValueError, IndexError):
                    pass
        total, todo = 0, [self.pid]
        while todo:
            p = todo.pop()
            todo.extend(children.get(p, []))
            try:
                with open(f"/proc/{p}/statm") as f:
                    total += int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
            except OSError:
                pass
        return total

    def run(self):
        while not self.stop:
            self.peak = max(self.peak, self._tree())
            time.sleep(0.1)


def run_claimx(corpus: Path, out: Path, jobs: int) -> dict:
    cmd = [sys.executable, "-m", "claimx", "extract", str(corpus), "-o", str(out), "-q", "--jobs", str(jobs)]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd)
    mon = TreeRSS(p.pid)
    mon.start()
    _, status, usage = os.wait4(p.pid, 0)
    secs = time.perf_counter() - t0
    mon.stop = True
    mon.join()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode not in (0, 1):
        raise SystemExit(f"claimx failed ({p.returncode}): {' '.join(cmd)}")
    with open(out, encoding="utf-8") as f:
        records = sum(1 for _ in f)
    return {"secs": secs, "records": records, "rss": usage.ru_maxrss * 1024, "tree": mon.peak}


def run_baseline(corpus: Path) -> dict:
    import resource

    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    t0 = time.perf_counter()
    sents = 0
    texts = (p.read_text(encoding="utf-8") for p in files)
    for doc in nlp.pipe(texts, batch_size=64):
        sents += sum(1 for _ in doc.sents)
    secs = time.perf_counter() - t0
    return {"secs": secs, "records": sents, "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
            "tree": 0}


def row(name: str, mb: float, docs: int, r: dict) -> str:
    return (f"{name:<28} {mb / r['secs']:8.2f} MB/s {docs / r['secs']:9.1f} docs/s {r['records']:>9} records  "
            f"peak RSS {r['rss'] / 2**20:7.0f} MB (tree {r['tree'] / 2**20:7.0f} MB)  {r['secs']:8.1f} s")


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i
    return total


def machine_ceiling(jobs: int) -> float:
    """The speed-up a pure-Python CPU loop gets from ``jobs`` processes here: what the cores allow."""
    import multiprocessing as mp

    t0 = time.perf_counter()
    for _ in range(jobs * 2):
        _spin(5_000_000)
    one = time.perf_counter() - t0
    t0 = time.perf_counter()
    with mp.get_context("fork").Pool(jobs) as pool:
        pool.map(_spin, [5_000_000] * (jobs * 2))
    return one / (time.perf_counter() - t0)


def startup() -> float:
    best = 1e9
    for _ in range(5):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "claimx", "--help"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=float, nargs="+", default=[50.0], help="corpus sizes in MB")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="the 'all cores' row")
    ap.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    ap.add_argument("--corpus", choices=["mixed", "zh"], default="mixed",
                    help="mixed: seed and demo documents (default); zh: Chinese news")
    args = ap.parse_args()
    print(f"claimx --help start-up: {startup():.3f} s (best of 5)")
    if args.jobs > 1:
        print(f"machine ceiling: a pure-Python loop runs {machine_ceiling(args.jobs):.2f}x faster "
              f"on {args.jobs} processes than on one")
    for size in args.size:
        with tempfile.TemporaryDirectory(prefix="claimx-bench-") as tmp:
            corpus = (args.keep or Path(tmp)) / f"corpus-{args.corpus}-{size:g}MB"
            if not corpus.exists():
                nbytes, ndocs = build(corpus, size, kind=args.corpus)
            else:
                files = [p for p in corpus.rglob("*") if p.is_file()]
                nbytes, ndocs = sum(p.stat().st_size for p in files), len(files)
            mb = nbytes / 1e6
            print(f"corpus {args.corpus} {mb:.1f} MB, {ndocs} documents")
            one = run_claimx(corpus, Path(tmp) / "one.jsonl", 1)
            print(row("claimx --jobs 1", mb, ndocs, one), flush=True)
            rows = {"one": one}
            if args.jobs > 1:
                many = run_claimx(corpus, Path(tmp) / "many.jsonl", args.jobs)
                print(row(f"claimx --jobs {args.jobs}", mb, ndocs, many), flush=True)
                same = (Path(tmp) / "one.jsonl").read_bytes() == (Path(tmp) / "many.jsonl").read_bytes()
                print(f"speed-up with {args.jobs} jobs: {one['secs'] / many['secs']:.2f}x; "
                      f"output identical to --jobs 1: {same}")
                rows["many"] = many
            base = run_baseline(corpus)
            print(row("spacy.blank('en')+sentencizer", mb, ndocs, base))
            print(f"ratio claimx --jobs 1 / baseline (time): {one['secs'] / base['secs']:.2f}")
            print(f"corpus={args.corpus} size={mb:.0f}MB mbps_per_core={mb / one['secs']:.2f} "
                  f"peak_rss_mb={max(r['tree'] for r in rows.values()) / 2**20:.0f}")


if __name__ == "__main__":
    main()
