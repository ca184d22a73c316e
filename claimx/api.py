"""The Python API: claims from a string, or from files and folders as ``claimx extract`` reads them.

    >>> import claimx
    >>> recs = claimx.extract('"Water is a shared problem," said Aigerim Sadykova, a hydrologist.')
    >>> recs[0]["text"], recs[0]["speaker"]["name"]
    ('Water is a shared problem,', 'Aigerim Sadykova')

Every record is the dict the command line writes as one JSON line (``claimx schema``). The command
line is a thin layer over this module.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimx.pipeline import FileResult
    from claimx.speakers import Registry

#: One claim: the JSON object of one output line (see ``data/record.schema.json``).
Record = dict[str, Any]
PathLike = str | os.PathLike


def default_registry() -> "Registry":
    """The shipped speaker registry (``data/speakers.toml``, or its CLAIMX_DATA replacement),
    loaded once per process."""
    return load_registry()


def load_registry(files: Iterable[PathLike] = ()) -> "Registry":
    """The shipped registry plus ``files`` (TOML, as ``--registry``; an entry with the id of a
    shipped one replaces it), loaded once per process. Raises ``claimx.RegistryError``."""
    from claimx.engine import registry_for

    return registry_for(tuple(str(f) for f in files))


def extract(text: str, *, doc: str = "text", lang: str | None = None,
            registry: "Registry | None" = None) -> list[Record]:
    """The claims in one document, as the records ``claimx extract`` writes for a UTF-8 file named
    ``doc`` holding ``text`` (a first line of JSON metadata included). Offsets index ``text``:
    ``text[r["start"]:r["end"]] == r["text"]``.

    ``lang`` gives the language of every paragraph ("en", "zh", "fr", "ru"…) instead of detecting
    it per paragraph; ``registry`` is a :class:`claimx.Registry` (default: the shipped one).
    Speakers are reconciled within this text only; use :func:`extract_files` for a corpus.
    """
    from claimx.pipeline import extract_document, finish
    from claimx.read import Document, _metadata_line as metadata_line

    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    d = Document(doc, text, lang=lang or None)
    metadata_line(d)
    res = extract_document(d, registry if registry is not None else default_registry())
    finish([res])
    return res.records


class Extraction:
    """The records of a run over files and folders, in output order (an iterator of dicts).

    The per-file stage runs on the first record asked for (or :meth:`run`), then the speaker pass
    reconciles speakers across all documents and the records stream from a temporary spool. After
    the run, :attr:`failed` lists ``(path, reason)`` for every input that could not be read,
    :attr:`messages` every ``(path, message)`` reported (failures, skipped files, warnings) and
    :attr:`counts` the files read, skipped and failed, documents and records.
    """

    def __init__(self, paths: Iterable[PathLike], *, jobs: int = 1, registry: "Registry | None" = None,
                 fail_fast: bool = False, dask: str | None = None, debug: bool = False,
                 on_message: Callable[[str, str], None] | None = None,
                 progress: Callable[["FileResult"], None] | None = None, exclude: Iterable[PathLike] = ()):
        self.paths = [os.fspath(p) for p in ([paths] if isinstance(paths, (str, os.PathLike)) else paths)]
        self.jobs = jobs if jobs > 0 else auto_jobs(self.paths)
        self.registry = registry
        self.fail_fast, self.dask, self.debug = fail_fast, dask, debug
        self.on_message, self.progress = on_message, progress
        self.exclude = [os.fspath(p) for p in exclude]   # never read as input (the output file)
        self.failed: list[tuple[str, str]] = []
        self.messages: list[tuple[str, str]] = []
        self.counts: dict[str, int] = {}
        self._collector = None
        self._lines = None
        self._byte_lines = None

    def _say(self, path, message: str, failed: bool = False) -> None:
        self.messages.append((str(path), message))
        if failed:
            self.failed.append((str(path), message))
        if self.on_message:
            self.on_message(str(path), message)

    def run(self) -> "Extraction":
        """Read every input (the per-file stage); records are then ready to stream."""
        if self._collector is not None:
            return self
        from claimx import engine, resources
        from claimx.pipeline import Collector
        from claimx.read import Source, discover, display
        from claimx.write import clean_stale

        resources.check()
        registry = self.registry if self.registry is not None else default_registry()
        paths = [p for p in self.paths if p != STDIN]
        sources, problems = discover(paths, exclude=self.exclude)
        for p, reason in problems:
            self._say(display(p), reason, failed=True)
        spooled = None
        if len(paths) < len(self.paths):
            spooled = _spool_stdin()
            sources = sorted(sources + [Source(spooled, STDIN)], key=lambda s: s.doc)
        spec = engine.portable(registry)
        clean_stale(tempfile.gettempdir())          # parts left by a run that was killed
        collector = Collector()
        read = skipped = errors = partial = 0
        results = None
        try:
            if self.dask:
                results = engine.dask(sources, spec, self.debug, self.dask)
            elif self.jobs > 1 and len(sources) > 1:
                results = engine.processes(sources, spec, self.debug, self.jobs)
            else:
                results = engine.serial(sources, spec, self.debug)
            for src, res in zip(sources, results):
                if self.progress:
                    self.progress(res)
                where = STDIN if src.path == spooled else display(str(src.path))
                if res.error:
                    errors += 1
                    self._say(where, res.error, failed=True)
                    if self.fail_fast:
                        break
                    continue
                if res.skipped:
                    skipped += 1
                    self._say(where, f"skipped: {res.skipped}")
                    continue
                read += 1
                for w in res.warnings:
                    self._say(where, w)
                if any(w.startswith(("line ", "record ")) for w in res.warnings):
                    partial += 1
                    self.failed.append((str(where), "some records could not be read"))
                collector.add(res)
        finally:
            if results is not None:
                results.close()
            if spooled is not None:
                spooled.unlink(missing_ok=True)
        # each file counted once: read (some perhaps with unreadable records), skipped or failed
        self.counts = {"files": len(sources) + len(problems), "read": read, "skipped": skipped,
                       "failed": errors + len(problems), "partial": partial,
                       "documents": collector.documents, "records": collector.count}
        self._collector = collector
        return self

    def lines(self) -> Iterator[str]:
        """Each record as its JSON line (no newline), exactly as the command line writes it."""
        self.run()
        if self._lines is None:
            self._lines = (line[:-1].decode("utf-8") for line in self.byte_lines())
        return self._lines

    def byte_lines(self) -> Iterator[bytes]:
        """:meth:`lines` as UTF-8 bytes, each with its newline: what the command line writes, not
        decoded and encoded again (the same iterator as lines(): a record is read once)."""
        self.run()
        if self._byte_lines is None:
            self._byte_lines = self._collector.byte_lines()
        return self._byte_lines

    def __iter__(self) -> Iterator[Record]:
        return (json.loads(line) for line in self.lines())


#: The path that stands for standard input (one document, named "-" in the records).
STDIN = "-"


def _spool_stdin():
    """Standard input, copied to a temporary file so it is read like any other (any size, any
    encoding, in pieces when large)."""
    import shutil
    import sys
    from pathlib import Path

    fd, name = tempfile.mkstemp(prefix="claimx-stdin-", suffix=".txt")
    with os.fdopen(fd, "wb") as f:
        shutil.copyfileobj(sys.stdin.buffer, f, 1 << 20)
    return Path(name)


def extract_files(paths: Iterable[PathLike] | PathLike, *, jobs: int = 1, registry: "Registry | None" = None,
                  **options) -> Extraction:
    """The records of files and folders, as ``claimx extract PATHS`` streams them (sorted by
    document and offset, speakers reconciled across all of them): an :class:`Extraction`, to
    iterate over. Folders are read recursively (.txt, .md, .json, .jsonl); a file that cannot be
    read is skipped and listed in ``.failed``; ``"-"`` is standard input, read as one plain-text
    document named "-".

    ``jobs`` worker processes (0: all cores for inputs over 4 MB); ``registry`` a
    :class:`claimx.Registry`. Other options: ``fail_fast``, ``dask`` (a scheduler address or
    "local"), ``debug`` (raise internal errors), ``on_message(path, message)`` (called for every
    failure, skipped file and warning, as they come), ``progress(file_result)`` (once per file).
    """
    return Extraction(paths, jobs=jobs, registry=registry, **options)


def input_bytes(paths: Iterable[PathLike], stop_at: int | None = None) -> int:
    """Total size of the files under ``paths`` (stops counting past ``stop_at``). Folders are
    walked with a stack, not recursion (any depth); symlinked folders inside are not followed."""
    total = 0
    given = [os.fspath(p) for p in paths if os.fspath(p)]
    stack = list(given)
    while stack:
        p = stack.pop()
        try:
            if os.path.isdir(p) and (p in given or not os.path.islink(p)):
                with os.scandir(p) as it:
                    stack.extend(e.path for e in it)
                continue
            total += os.stat(p).st_size if os.path.isfile(p) else 0
        except OSError:
            continue
        if stop_at is not None and total > stop_at:
            return total
    return total


def auto_jobs(paths: Iterable[PathLike]) -> int:
    """All cores for inputs over 4 MB; one process for small ones (workers cost a start-up)."""
    return (os.cpu_count() or 1) if input_bytes(paths, stop_at=4_000_000) > 4_000_000 else 1
