"""The claimx command line: one command per verb, output that pipes.

Heavy libraries (spaCy, py3langid, jieba, rapidfuzz, pypinyin) are imported only when a command
needs them, so ``claimx --help`` starts at once.
"""
from __future__ import annotations

import codecs
import os
import sys

import click

from claimx import FORMAT_VERSION, __version__


def _err(msg: str) -> None:
    """One line on standard error (a newline inside a file name is shown as \\n)."""
    msg = msg.replace("\r", "\\r").replace("\n", "\\n")
    click.echo(f"claimx: {msg}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="claimx",
                      message=f"%(prog)s %(version)s (record format {FORMAT_VERSION})")
def main():
    """Who said what: extract attributed claims from news articles and analysis papers.

    \b
    claimx extract FOLDER -o claims.jsonl   claims as JSON Lines, one per line
    claimx speakers claims.jsonl            the speakers found, reconciled across documents
    claimx eval PRED.jsonl GOLD.jsonl       precision and recall against a gold file
    claimx diff OLD.jsonl NEW.jsonl         what changed between two extractions
    claimx schema                           the JSON Schema of a record

    Run "claimx COMMAND --help" for each command's options.
    """


def _registry(files):
    """The registry for --registry files, after a check of the rule data (CLAIMX_DATA, a missing
    required file); either problem is one line and exit status 2."""
    from claimx.api import load_registry
    from claimx.resources import DataError, check
    from claimx.speakers import RegistryError

    try:
        check()
        return load_registry(files)
    except (DataError, RegistryError) as e:
        _err(str(e))
        sys.exit(2)


def run_extract(paths, registry_files=(), jobs=1, fail_fast=False, debug=False):
    """Extract every input into memory, reporting problems on standard error as the command does;
    returns (records in order, counts, problems)."""
    from claimx.api import extract_files

    run = extract_files(paths, jobs=jobs, registry=_registry(registry_files), fail_fast=fail_fast,
                        debug=debug, on_message=lambda p, m: _err(f"{p}: {m}")).run()
    return list(run), run.counts, run.failed


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", type=click.Path(),
              help="Write JSONL here (atomically: the file is replaced only when the run ends); "
                   "default: standard output.")
@click.option("--registry", "registry_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra speaker registry (TOML, see data/speakers.toml); repeatable. An entry "
                   "with the id of a shipped one replaces it.")
@click.option("-j", "--jobs", type=int, default=0, show_default=False,
              help="Worker processes (default: all cores for large inputs, 1 for small ones). "
                   "Output is identical whatever the value.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first file that fails.")
@click.option("--dask", "dask_address", metavar="SCHEDULER|local",
              help="Run the per-document stage on a Dask cluster (the scheduler's address, e.g. "
                   "tcp://10.0.0.5:8786, or 'local' for a cluster on this machine); the speaker pass "
                   "runs here. Needs pip install 'claimx[dask]'. Output is identical to a local run.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary line on standard error.")
@click.option("--debug", is_flag=True, help="Show tracebacks for internal errors.")
def extract(paths, output, registry_files, jobs, fail_fast, dask_address, quiet, debug):
    """Extract claims from the files and folders in PATHS as JSON Lines.

    Folders are read recursively (hidden files skipped) in sorted order: .txt, .md, .json and
    .jsonl files; a text file may start with one line of JSON metadata. "-" reads one document
    from standard input (named "-" in the records). Each output line is one
    claim — a direct quote, a partial quote inside reported speech (kind "mixed") or reported
    speech ("indirect") — with exact offsets (text == document[start:end]) and its speaker.

    Records are streamed: each file's records go to a temporary spool as the file is done, and
    only speaker entities stay in memory for the second pass that reconciles speakers across
    documents. A progress bar is shown when standard error is a terminal.

    \b
    Exit status: 0 all files read (special files, empty and binary ones are skipped
    with a reason), 1 some file or record failed (each reported on standard error as
    "claimx: PATH: reason"), 2 usage error, bad registry, or an output that cannot be
    written (checked before any work; the old output is kept), 130/143 interrupted.

    \b
    Examples:
      claimx extract corpus/ -o claims.jsonl
      claimx extract corpus/ | jq -r 'select(.speaker) | [.speaker.name, .text] | @tsv'
      claimx extract archive/ --jobs 8 -o claims.jsonl
      claimx extract archive/ --dask tcp://scheduler:8786 -o claims.jsonl
    """
    from claimx.api import extract_files
    from claimx.read import chunk_bytes
    from claimx.write import OutputError, Terminated, atomic_output, check_output, on_sigterm

    on_sigterm()
    try:
        chunk_bytes()
        check_output(output, [p for p in paths if p != "-"])   # before any work: one line, exit 2
    except (OutputError, ValueError) as e:
        _err(str(e))
        sys.exit(2)
    registry = _registry(registry_files)           # bad rule data or registry stops the run here
    bar = None if quiet or not sys.stderr.isatty() or "-" in paths else Progress(paths)
    run = extract_files(paths, jobs=jobs, registry=registry, fail_fast=fail_fast, dask=dask_address,
                        debug=debug, on_message=lambda p, m: _err(f"{p}: {m}"), progress=bar,
                        exclude=[output] if output and output != "-" else [])
    try:
        run.run()
        if bar:
            bar.done()
        with atomic_output(output) as out:
            raw = getattr(out, "buffer", None)
            if raw is not None and codecs.lookup(getattr(out, "encoding", None) or "ascii").name == "utf-8" \
                    and (out is not sys.stdout or os.linesep == "\n"):   # (no newline translation)
                out.flush()                        # the records' UTF-8 bytes, not decoded and encoded again
                for line in run.byte_lines():
                    raw.write(line)
            else:
                for line in run.lines():
                    out.write(line + "\n")
    except BrokenPipeError:
        _quiet_pipe()
        sys.exit(0)
    except KeyboardInterrupt:
        _err("interrupted")
        sys.exit(130)
    except Terminated:
        _err("terminated")
        sys.exit(143)
    except OSError as e:                           # disk full, I/O error: the old output stays
        if not output or output == "-":
            _quiet_pipe()
        _err(f"{output if output and output != '-' else 'standard output'}: cannot write: "
             f"{(e.strerror or str(e)).lower()}")
        sys.exit(2)
    counts = run.counts
    if not quiet:
        part = f" ({counts['partial']} with unreadable records)" if counts.get("partial") else ""
        _err(f"{counts['files']} files: {counts['read']} read{part}, {counts['skipped']} skipped, "
             f"{counts['failed']} failed; {counts['documents']} documents, {counts['records']} records")
    sys.exit(1 if run.failed else 0)


class Progress:
    """One line on standard error, redrawn at most ten times a second: files done, MB/s, ETA."""

    def __init__(self, paths):
        import time

        from claimx.api import input_bytes

        self.total_bytes = input_bytes(paths)
        self.files = self.bytes = 0
        self.t0 = time.monotonic()
        self.last = 0.0                            # the first file draws the bar

    def __call__(self, res) -> None:
        import time

        self.files += 1
        self.bytes += res.size
        now = time.monotonic()
        if now - self.last < 0.1:
            return
        self.last = now
        rate = self.bytes / max(now - self.t0, 1e-6)
        left = max(self.total_bytes - self.bytes, 0) / rate if rate else 0
        frac = min(self.bytes / self.total_bytes, 1.0) if self.total_bytes else 0
        bar = "#" * int(frac * 24)
        sys.stderr.write(f"\r[{bar:<24}] {self.files} files  {rate / 1e6:.2f} MB/s  "
                         f"ETA {int(left) // 60}:{int(left) % 60:02d} ")
        sys.stderr.flush()

    def done(self) -> None:
        # erase the line; a dumb terminal gets spaces, not an escape code
        sys.stderr.write("\r" + " " * 72 + "\r" if _dumb_terminal() else "\r\033[K")
        sys.stderr.flush()


def _dumb_terminal() -> bool:
    return os.environ.get("TERM") == "dumb"


def _colour(stream) -> bool:
    """Colour by default only on a terminal, and never with NO_COLOR set or TERM=dumb."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and not _dumb_terminal()


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--registry", "registry_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra speaker registry, when PATHS are extracted on the fly.")
def speakers(paths, fmt, registry_files):
    """List the speakers in PATHS: JSONL written by "claimx extract", or folders and files to
    extract on the fly.

    Each speaker has one id across spellings, documents and scripts. The list gives its canonical
    name and type, how many claims it made in which documents, and every surface form seen, with
    its count, documents and the rule and score that linked it (speaker.link: alias, gloss, fuzzy,
    transliteration, surname — to the registry entry, or for a speaker the registry lacks, to its
    canonical name, which itself is "new"; pronoun and nominal for references; speaker.score: the
    rule's score, where 87 is the calibrated threshold of a transliteration link).

    \b
    Example:
      claimx speakers claims.jsonl --format json | jq '.[] | select(.claims > 3) | .name'
    """
    import json

    from claimx.report import load_records, speakers as collect, speakers_table

    _registry(registry_files)
    try:
        records, failed = load_records(paths, registry_files)
        for p, reason in failed:
            _err(f"{p}: {reason}")
        entries = collect(records)
    except MemoryError:
        records = None
        _err(f"{', '.join(map(str, paths))}: out of memory listing the speakers")
        sys.exit(2)
    try:
        if fmt == "json":
            click.echo(json.dumps(entries, ensure_ascii=False, indent=1))
        else:
            click.echo(speakers_table(entries))
    except BrokenPipeError:
        _quiet_pipe()
    sys.exit(1 if failed else 0)


@main.command(name="eval")
@click.argument("pred", type=click.Path(exists=True))
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--entities", type=click.Path(exists=True, dir_okay=False),
              help="JSON of gold entities {key: {name, type, aliases}}, when gold speakers are entity keys.")
@click.option("--iou", type=float, default=0.5, show_default=True, help="Span overlap needed for a match.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_(pred, gold, entities, iou, fmt):
    """Score predicted claims (PRED: claimx JSONL, or a folder to extract) against GOLD claims.

    \b
    A prediction matches a gold claim of the same document when the character IoU of
    their spans is at least --iou; matching is one-to-one, best IoU first, and
    predictions matching an optional gold claim are not counted.
      span precision/recall/F1   matched / predictions, matched / required gold
      attribution accuracy       rightly attributed / matched: the predicted speaker's
                                 name or mention is one of the gold entity's aliases
                                 (--entities), or has the gold speaker's id; for an
                                 unnamed gold source, no known entity is named
      who-said-what P/R/F1       correct only when matched AND rightly attributed
    Also per kind (gold kind for recall, predicted kind for precision) and per language.
    These are the definitions of ../shared/tools/score.py.
    """
    import json

    from claimx.evaluate import evaluate, format_table
    from claimx.report import load_records, read_records

    if not 0 < iou <= 1:                           # also refuses nan
        _err(f"--iou must be greater than 0 and at most 1, got {iou}")
        sys.exit(2)
    try:
        preds, failed = load_records([pred], lenient=True)
        gfailed: list = []
        if _plain_gold(gold):
            golds = list(read_records(gold, gfailed, lenient=True))
        else:
            golds, gfailed = load_records([gold])
        ents = _entities(entities, gfailed) if entities else None
        for p, reason in failed + gfailed:
            _err(f"{p}: {reason}")
        if failed or gfailed:
            sys.exit(2)
        r = evaluate(preds, golds, ents, iou)
    except MemoryError:
        preds = golds = None
        _err(f"{pred}, {gold}: out of memory scoring the records")
        sys.exit(2)
    click.echo(json.dumps(r, ensure_ascii=False, indent=1) if fmt == "json" else format_table(r))


def _entities(path, failed: list) -> dict | None:
    """Gold entities {key: {name, type, aliases}}; a problem goes to ``failed``."""
    import json

    try:
        with open(path, "rb") as f:
            ents = json.loads(f.read().decode("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as e:
        failed.append((path, f"not a JSON entities file ({type(e).__name__}: {str(e)[:100]})"))
        return None
    if not isinstance(ents, dict):
        failed.append((path, "entities must be a JSON object {key: {name, type, aliases}}"))
        return None
    for key, v in ents.items():
        if not (isinstance(v, dict) and isinstance(v.get("name"), str)
                and isinstance(v.get("aliases", []), list) and all(isinstance(a, str) for a in v.get("aliases", []))
                and isinstance(v.get("type", ""), str)):
            failed.append((path, f"entity {key!r}: needs a name (string), aliases (strings) and a type"))
            return None
    return ents


def _plain_gold(path) -> bool:
    return str(path).endswith((".jsonl", ".ndjson"))


@main.command()
@click.argument("old", type=click.Path(exists=True))
@click.argument("new", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--color/--no-color", default=None, help="Colour the text output (default: on a terminal).")
@click.option("--registry", "registry_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra speaker registry, for folders extracted on the fly.")
def diff(old, new, fmt, color, registry_files):
    """Compare two extractions: JSONL files written by extract, or folders (extracted on the fly).

    Records are paired within each document by overlapping spans; the report lists added,
    removed and changed records (span, kind, resolution, speaker), grouped by document.

    \b
    Exit status, like diff(1): 0 no differences, 1 differences, 2 trouble.
    Example (CI): claimx extract corpus/ -o new.jsonl && claimx diff claims.jsonl new.jsonl
    """
    import json

    from claimx.diff import diff as compute, format_text
    from claimx.report import load_records

    _registry(registry_files)
    try:
        a, fa = load_records([old], registry_files)
        b, fb = load_records([new], registry_files)
        for p, reason in fa + fb:
            _err(f"{p}: {reason}")
        if fa or fb:
            sys.exit(2)
        d = compute(a, b)
    except MemoryError:
        a = b = None
        _err(f"{old}, {new}: out of memory comparing the records")
        sys.exit(2)
    if color is None:
        color = _colour(sys.stdout)
    try:
        if fmt == "json":
            click.echo(json.dumps(d, ensure_ascii=False, indent=1))
        else:
            click.echo(format_text(d, color))
    except BrokenPipeError:
        _quiet_pipe()
    s = d["summary"]
    sys.exit(1 if s["added"] or s["removed"] or s["changed"] else 0)


@main.command()
def schema():
    """Print the JSON Schema of a claim record (data/record.schema.json)."""
    from claimx.resources import path

    click.echo(path("record.schema.json").read_text(encoding="utf-8"), nl=False)


def _quiet_pipe():
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass


if __name__ == "__main__":
    main()
