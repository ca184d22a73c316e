"""Throughput, stage shares, linearity and memory benchmark (make bench; see main() for options).

Three corpora, none repeating a paragraph (a repeated paragraph would be answered by caches and hide
their cost; see :class:`Perturber`):
  en-news  English news articles (../shared/dev/polnear/train/text, else the English demo documents)
  zh-news  Chinese news articles (../shared/dev/zh-news/text, else the Chinese demo document)
  mixed    the seed documents and the demo documents (every language and layout claimx reads)
The first copy of each article is the original; further copies (only when the size asks for more
text than the sources hold) are perturbed: per copy, a share of the content words and Han
characters is replaced by others from the same corpus (the same replacement throughout a document,
so people keep their names within it; capitalised words keep theirs across three copies, so speakers
recur across documents), while cue words, function words and everything listed in data/<lang>/ stay.

For each corpus: ``claimx extract --jobs 1`` as a whole process (MB/s per core from its CPU time,
which other load on a shared machine does not inflate as it does wall time; documents/s, records,
peak RSS), ``spacy.blank(lang)`` + sentencizer on the same files as a whole process, the ratio of
their CPU times, and the per-stage CPU time shares of an in-process run (each stage timed
exclusively: a stage called from another is not counted twice). Then ``--jobs N`` against ``--jobs 1`` on en-news, and one document
of 1 MB against one of 8 MB of the English stream (the linearity ratio; 8x is linear).
"""
from __future__ import annotations

import argparse
import hashlib
import json
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
SHARED = ROOT.parent / "shared"
_LATIN_WORD = re.compile(r"[A-Za-z]{4,}")
_ANY_WORD = re.compile(r"[^\W\d_]+")
_HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_UNIQUE = 30          # lines of at least this many characters never repeat in a corpus


def _texts(folder: Path, pick=lambda name, text: True) -> list[tuple[str, str]]:
    out = []
    if folder.is_dir():
        for p in sorted(folder.iterdir()):
            if p.is_file() and p.suffix in (".txt", ".md") and p.name != "README.md":
                text = p.read_text(encoding="utf-8")
                if pick(p.name, text):
                    out.append((p.name, text))
    return out


def _mostly_han(text: str) -> bool:
    return len(_HAN.findall(text)) > len(_LATIN_WORD.findall(text))


def sources(corpus: str) -> list[tuple[str, str]]:
    demo = ROOT / "data" / "demo"
    if corpus == "en-news":
        return (_texts(SHARED / "dev" / "polnear" / "train" / "text")
                or _texts(demo, lambda n, t: not _mostly_han(t)))
    if corpus == "zh-news":
        return _texts(SHARED / "dev" / "zh-news" / "text") or _texts(demo, lambda n, t: _mostly_han(t))
    if corpus == "mixed":
        return _texts(SHARED / "corpus" / "seeds") + _texts(demo)
    raise ValueError(corpus)


class Perturber:
    """Makes copies of documents whose paragraphs are new text of the same shape."""

    def __init__(self, docs: list[tuple[str, str]], rate: float = 0.3):
        keep: set[str] = set()
        for f in (ROOT / "data").glob("*/*"):
            if f.suffix in (".txt", ".tsv") and f.parent.name != "demo":
                data = f.read_text(encoding="utf-8")
                keep.update(w.lower() for w in _ANY_WORD.findall(data))
                keep.update(_HAN.findall(data))
        self.keep = keep
        lower, upper, han = set(), set(), set()
        for _, text in docs:
            for w in _LATIN_WORD.findall(text):
                if w.lower() not in keep:
                    (lower if w.islower() else upper if w[0].isupper() and w[1:].islower() else set()).add(w)
            han.update(c for c in _HAN.findall(text) if c not in keep)
        self.lower, self.upper, self.han = sorted(lower), sorted(upper), sorted(han)
        self.rate = rate

    def _maps(self, text: str, rng: random.Random, cast: dict) -> dict:
        m = {}
        for w in sorted(set(_LATIN_WORD.findall(text))):
            if w.lower() in self.keep:
                continue
            if w.islower() and self.lower and rng.random() < self.rate:
                m[w] = rng.choice(self.lower)
            elif w in cast:
                m[w] = cast[w]
        for c in sorted(set(_HAN.findall(text))):
            if c not in self.keep and self.han and rng.random() < self.rate / 2:
                m[c] = rng.choice(self.han)
        return m

    def cast(self, docs: list[tuple[str, str]], rng: random.Random) -> dict:
        upper = set(self.upper)
        names = sorted({w for _, t in docs for w in _LATIN_WORD.findall(t) if w in upper})
        return {w: rng.choice(self.upper) for w in names if rng.random() < self.rate * 2}

    def copy(self, text: str, rng: random.Random, cast: dict) -> str:
        m = self._maps(text, rng, cast)
        if not m:
            return text
        return re.sub(r"[A-Za-z]{4,}|[\u4e00-\u9fff]", lambda x: m.get(x.group(), x.group()), text)

    def line_again(self, line: str, rng: random.Random) -> str:
        """A repeated line changed on its own: one more content word or Han character replaced."""
        spots = [x for x in re.finditer(r"[A-Za-z]{4,}|[\u4e00-\u9fff]", line) if x.group().lower() not in self.keep]
        if not spots:
            return line
        x = rng.choice(spots)
        pool = self.han if _HAN.fullmatch(x.group()) else (self.upper if x.group()[0].isupper() else self.lower)
        return line[:x.start()] + rng.choice(pool or [x.group()]) + line[x.end():]


def _unique_lines(text: str, seen: set, pert: Perturber, rng: random.Random) -> tuple[str, int]:
    """``text`` with every long line that was seen before changed (or dropped when it cannot be)."""
    from claimx.segment import LINE

    out, pos, dropped = [], 0, 0
    for m in LINE.finditer(text):
        line = m.group()
        if len(line.strip()) >= MIN_UNIQUE:
            for _ in range(8):
                h = hashlib.blake2b(line.strip().encode(), digest_size=12).digest()
                if h not in seen:
                    seen.add(h)
                    break
                line = pert.line_again(line, rng)
            else:
                line, dropped = "", dropped + 1
        out.append(text[pos:m.start()] + line)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), dropped


def stream(corpus: str, seed: int = 7):
    """(name, text) of the corpus's documents, then perturbed copies, without end."""
    docs = sources(corpus)
    if not docs:
        raise SystemExit(f"bench: no source documents for {corpus}")
    pert = Perturber(docs)
    seen: set = set()
    rng = random.Random(seed)
    rnd = 0
    while True:
        if rnd % 3 == 0:
            cast = pert.cast(docs, rng)
        for name, text in docs:
            if rnd:
                text = pert.copy(text, rng, cast)
            text, _ = _unique_lines(text, seen, pert, rng)
            yield f"r{rnd:03d}_{name}", text
        rnd += 1


def build(folder: Path, corpus: str, size_mb: float) -> tuple[int, int]:
    target, total, n = int(size_mb * 1e6), 0, 0
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in stream(corpus):
        if total >= target:
            break
        data = text.encode("utf-8")
        sub = folder / f"{n // 1000:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{n:06d}_{name}").write_bytes(data)
        total += len(data)
        n += 1
    return total, n


def build_one(path: Path, size_mb: float) -> int:
    """One document of ``size_mb`` MB: the English news stream, articles separated by blank lines."""
    target, parts, total = int(size_mb * 1e6), [], 0
    for _, text in stream("en-news"):
        data = text.strip().encode("utf-8") + b"\n\n"
        if total + len(data) > target:
            break
        parts.append(data)
        total += len(data)
    path.write_bytes(b"".join(parts))
    return total


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


def timed(cmd: list[str], out: Path | None = None, quiet: bool = False) -> dict:
    """Run ``cmd`` as a whole process: wall seconds, CPU seconds (user + system, with the children it
    waited for), peak RSS, peak RSS of the process tree."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE if out is None else subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL if quiet else None)
    mon = TreeRSS(p.pid)
    mon.start()
    stdout = p.stdout.read() if out is None else b""
    _, status, usage = os.wait4(p.pid, 0)
    secs = time.perf_counter() - t0
    mon.stop = True
    mon.join()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"bench: command failed ({code}): {' '.join(cmd)}")
    if out is not None:
        with open(out, encoding="utf-8") as f:
            records = sum(1 for _ in f)
    else:
        records = int(stdout.split()[-1])
    return {"secs": secs, "cpu": usage.ru_utime + usage.ru_stime, "records": records,
            "rss": usage.ru_maxrss * 1024, "tree": mon.peak}


def run_claimx(corpus: Path, out: Path, jobs: int) -> dict:
    return timed([sys.executable, "-m", "claimx", "extract", str(corpus), "-o", str(out), "-q",
                  "--jobs", str(jobs)], out, quiet=True)


_SPACY = """
import sys
from pathlib import Path
import spacy
nlp = spacy.blank(sys.argv[1])
nlp.add_pipe("sentencizer")
files = sorted(p for p in Path(sys.argv[2]).rglob("*") if p.is_file())
texts = (p.read_text(encoding="utf-8") for p in files)
print(sum(sum(1 for _ in doc.sents) for doc in nlp.pipe(texts, batch_size=64)))
"""


def run_spacy(corpus: Path, lang: str) -> dict:
    """spacy.blank(lang) + sentencizer over the same files, as a whole process (records = sentences)."""
    return timed([sys.executable, "-c", _SPACY, lang, str(corpus)])


STAGES = ("read", "segment", "lang-id", "quotes", "attribute", "speakers", "records+write", "other")


def stage_shares(corpus: Path) -> dict:
    """Run the extraction in this process with every stage timed exclusively; seconds per stage."""
    import claimx.pipeline as P
    import claimx.segment as S
    import claimx.speakers as SP
    from claimx.api import extract_files

    spent = dict.fromkeys(STAGES, 0.0)
    stack = ["other"]
    clock = [time.process_time()]       # CPU time: a shared machine's other load does not count

    def wrap(fn, stage):
        def inner(*a, **k):
            now = time.process_time()
            spent[stack[-1]] += now - clock[0]
            clock[0] = now
            stack.append(stage)
            try:
                return fn(*a, **k)
            finally:
                now = time.process_time()
                spent[stack.pop()] += now - clock[0]
                clock[0] = now
        return inner

    P.read_source = wrap(P.read_source, "read")
    P.paragraphs = wrap(P.paragraphs, "segment")
    S._languages = wrap(S._languages, "lang-id")
    P.find_quotes = wrap(P.find_quotes, "quotes")
    P.attribute = wrap(P.attribute, "attribute")
    P.link_document = wrap(P.link_document, "speakers")
    for name in ("owner", "finish", "speaker"):
        setattr(SP.SpeakerPass, name, wrap(getattr(SP.SpeakerPass, name), "speakers"))
    P.Collector.add = wrap(P.Collector.add, "records+write")
    P.extract_document = wrap(P.extract_document, "records+write")   # record building: its own rest

    def write(extraction):
        with open(os.devnull, "w", encoding="utf-8") as f:
            for line in extraction.lines():
                f.write(line + "\n")

    write = wrap(write, "records+write")
    t0 = time.process_time()
    clock[0] = t0
    extraction = extract_files([str(corpus)], jobs=1).run()
    write(extraction)
    now = time.process_time()
    spent["other"] += now - clock[0]
    spent["total"] = now - t0
    return spent


def stage_line(spent: dict) -> str:
    total = spent["total"]
    return "  ".join(f"{k} {100 * spent[k] / total:.0f}%" for k in STAGES)


def row(name: str, mb: float, docs: int, r: dict) -> str:
    return (f"  {name:<32} {mb / r['cpu']:6.2f} MB/s per core (CPU {r['cpu']:6.1f} s, wall {r['secs']:6.1f} s) "
            f"{docs / r['cpu']:7.1f} docs/s {r['records']:>7} records  peak RSS {r['rss'] / 2**20:4.0f} MB "
            f"(tree {r['tree'] / 2**20:4.0f} MB)")


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
    for _ in range(3):
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "claimx", "--help"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - t0)
    return best


SPACY_LANG = {"en-news": "en", "zh-news": "zh", "mixed": "en"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", nargs="+", default=list(SPACY_LANG), choices=list(SPACY_LANG))
    ap.add_argument("--size", type=float, nargs="+", default=[4.0],
                    help="MB per corpus (default 4; several sizes run every corpus at each)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="the 'all cores' row (on en-news)")
    ap.add_argument("--linear", type=float, nargs=2, default=[1.0, 8.0], metavar=("SMALL", "LARGE"),
                    help="sizes in MB of the two single documents (default 1 8; 0 0 to skip)")
    ap.add_argument("--keep", type=Path, help="build the corpora here and keep them (reused when present)")
    ap.add_argument("--stages-of", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.stages_of:                      # the in-process stage run, in its own process
        print(json.dumps(stage_shares(args.stages_of)))
        return
    print(f"claimx --help start-up: {startup():.3f} s (best of 3)", flush=True)
    summary = []
    with tempfile.TemporaryDirectory(prefix="claimx-bench-") as tmp:
        base = args.keep or Path(tmp)
        for size in args.size:
            for name in args.corpora:
                corpus = base / f"{name}-{size:g}MB"
                if not corpus.exists():
                    build(corpus, name, size)
                files = [p for p in corpus.rglob("*") if p.is_file()]
                nbytes, ndocs = sum(p.stat().st_size for p in files), len(files)
                mb = nbytes / 1e6
                print(f"{name}: {mb:.1f} MB, {ndocs} documents, no paragraph of {MIN_UNIQUE}+ characters repeated",
                      flush=True)
                one = run_claimx(corpus, Path(tmp) / "one.jsonl", 1)
                print(row("claimx --jobs 1", mb, ndocs, one), flush=True)
                lang = SPACY_LANG[name]
                sp = run_spacy(corpus, lang)
                print(row(f"spacy.blank('{lang}')+sentencizer", mb, ndocs, sp), flush=True)
                ratio = sp["cpu"] / one["cpu"]
                print(f"  claimx speed / spaCy speed: {ratio:.2f}x (target 3x)", flush=True)
                spent = json.loads(subprocess.run([sys.executable, __file__, "--stages-of", str(corpus)],
                                                  capture_output=True, text=True, check=True).stdout)
                print(f"  stages ({spent['total']:.1f} s CPU in process): {stage_line(spent)}", flush=True)
                summary.append((name, mb / one["cpu"], ratio))
                if name == "en-news" and args.jobs > 1:
                    print(f"  machine ceiling: a pure-Python loop runs {machine_ceiling(args.jobs):.2f}x faster "
                          f"on {args.jobs} processes than on one")
                    many = run_claimx(corpus, Path(tmp) / "many.jsonl", args.jobs)
                    print(row(f"claimx --jobs {args.jobs}", mb, ndocs, many), flush=True)
                    same = (Path(tmp) / "one.jsonl").read_bytes() == (Path(tmp) / "many.jsonl").read_bytes()
                    print(f"  --jobs {args.jobs} / --jobs 1 speed: {one['secs'] / many['secs']:.2f}x (target 1.7x); "
                          f"output identical: {same}", flush=True)
        small, large = args.linear
        if small and large:
            secs = []
            for size in (small, large):
                doc = base / f"one-{size:g}MB" / "doc.txt"
                if not doc.exists():
                    doc.parent.mkdir(parents=True, exist_ok=True)
                    build_one(doc, size)
                r = run_claimx(doc.parent, Path(tmp) / "single.jsonl", 1)
                secs.append(r["cpu"])
                print(f"one document of {size:g} MB: CPU {r['cpu']:.1f} s (wall {r['secs']:.1f} s), "
                      f"{r['records']} records", flush=True)
            print(f"linearity: {large:g} MB / {small:g} MB CPU time ratio {secs[1] / secs[0]:.1f} "
                  f"(linear: {large / small:g}; target <= {large / small * 1.0625:g})")
    print("summary (CPU time): " + "; ".join(f"{n} {s:.2f} MB/s per core, {r:.2f}x spaCy's speed"
                                              for n, s, r in summary))


if __name__ == "__main__":
    main()
