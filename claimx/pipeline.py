"""The pipeline: read → segment → quotes → attribute → speakers → records.

:func:`extract_document` runs every per-document stage and returns plain data (claims with their
local speaker entities), so it can run in a worker process or on a Dask cluster; :func:`run`
collects documents in input order, reconciles speakers across documents (a second pass over
speaker mentions only), and yields the finished records in document order.
"""
from __future__ import annotations

import hashlib
import heapq
import json
import os
import pickle
import tempfile
from dataclasses import dataclass, field

from claimx import FORMAT_VERSION
from claimx.attribute import CONFIDENCE, attribute
from claimx.quotes import find_quotes
from claimx.read import Document, InputError, SkipFile, Source, read_source
from claimx.segment import paragraphs
from claimx.write import dumps
from claimx.speakers import Registry, SpeakerPass, link_document, speaker_ref

try:
    import orjson
except ImportError:                               # the pure-Python path writes the same bytes
    orjson = None


@dataclass
class DocResult:
    doc: str
    records: list = field(default_factory=list)   # records; a named speaker is a reference yet
    entities: list = field(default_factory=list)  # local speaker entities of the document
    warnings: list = field(default_factory=list)
    base: int = 0                                 # offset of the piece in its file


@dataclass
class FileResult:
    source: str
    docs: list = field(default_factory=list)
    error: str | None = None                      # the file failed: reason
    skipped: str | None = None                    # nothing to extract: reason
    warnings: list = field(default_factory=list)
    size: int = 0
    empty_docs: int = 0                           # documents with no record and no speaker (not kept)
    spill: str | None = None                      # a temporary file holding the earlier parts of
                                                  # ``docs`` (pickled lists, see extract_file)


#: A file's documents are set aside in parts of about this many records (``extract_file``), so
#: memory does not grow with one huge file; the collector merges the parts back in order.
PART_RECORDS = int(os.environ.get("CLAIMX_PART_RECORDS", "4096"))


#: The process that runs the extraction: worker processes are forked from it and inherit this, so
#: a part file is named after the run (``.claimx-PID-part-*.tmp``) and a later run removes the
#: parts of a run that was killed (``write.clean_stale``).
RUN_PID = os.getpid()


def _spill(res: FileResult) -> None:
    """Move ``res.docs`` to the end of the file's spill (created on first use)."""
    if res.spill is None:
        fd, res.spill = tempfile.mkstemp(prefix=f".claimx-{RUN_PID}-part-", suffix=".tmp")
        os.close(fd)
    with open(res.spill, "ab") as f:
        pickle.dump(res.docs, f, protocol=pickle.HIGHEST_PROTOCOL)
    res.docs = []


def drop_spill(res: FileResult) -> None:
    """Delete the spill of a result that will not be collected."""
    if res.spill is not None:
        try:
            os.unlink(res.spill)
        except OSError:
            pass
        res.spill = None


def _spilled_parts(path: str):
    with open(path, "rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def record_id(doc: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{doc}\x00{start}\x00{end}".encode("utf-8")).hexdigest()[:16]


def extract_document(doc: Document, registry: Registry) -> DocResult:
    text = doc.text
    paras = paragraphs(text, doc.body_start, doc.in_furniture, doc.lang)
    quotes = find_quotes(text, paras)
    claims = attribute(text, paras, quotes, registry)
    entities = link_document(text, claims, registry)
    out = DocResult(doc.doc, entities=entities, warnings=list(doc.warnings), base=doc.base)
    for cl in claims:
        if cl.start < doc.emit_from:
            continue                               # context read again from the previous piece
        conf = CONFIDENCE[cl.resolution]
        if cl.kind != "direct":
            conf -= 0.05
        if cl.extra.get("rule") == "speech-event":
            conf = 0.6
        if cl.extra.get("unresolved"):              # a pronoun or noun with no antecedent in reach
            conf = 0.5 if cl.kind == "direct" else 0.45
        rec = {
            "id": record_id(doc.doc, cl.start, cl.end),
            "v": FORMAT_VERSION,
            "doc": doc.doc,
            "lang": cl.lang,
            "kind": cl.kind,
            "text": text[cl.start:cl.end],
            "start": cl.start,
            "end": cl.end,
            "paragraph": cl.para + doc.para_base,
            "cue": ({"text": text[cl.cue.start:cl.cue.end], "start": cl.cue.start, "end": cl.cue.end}
                    if cl.cue is not None and cl.resolution != "continuation" else None),
            "speaker": speaker_ref(cl, doc.base),
            "resolution": cl.resolution,
            "confidence": round(conf, 2),
            "encoding": doc.encoding,
        }
        if rec["speaker"] is None and cl.resolution != "none":
            rec["resolution"], rec["confidence"] = "none", CONFIDENCE["none"]
        if doc.meta:
            rec["meta"] = doc.meta
        if doc.base:
            rec["start"] += doc.base
            rec["end"] += doc.base
            rec["id"] = record_id(doc.doc, rec["start"], rec["end"])
            if rec["cue"]:
                rec["cue"]["start"] += doc.base
                rec["cue"]["end"] += doc.base
        out.records.append(rec)
    return out


def extract_file(src: Source, registry: Registry, spill: bool = False) -> FileResult:
    """Every per-document stage for one file; failures become a reason, never an exception. With
    ``spill``, the documents are set aside every :data:`PART_RECORDS` records in a temporary file
    (``res.spill``, on this machine; :class:`Collector` reads and deletes it), so a file of a
    million records is never held whole."""
    res = FileResult(src.doc)
    pending = 0
    try:
        res.size = src.path.stat().st_size
        for d in read_source(src):            # documents are read as they are extracted
            res.warnings.extend(d.warnings)
            dr = extract_document(d, registry)
            if dr.records or dr.entities:
                res.docs.append(dr)
                pending += len(dr.records) + 1
                if spill and pending >= PART_RECORDS:
                    _spill(res)
                    pending = 0
            else:                                 # a million tiny records need not be a million objects
                res.empty_docs += 1
    except SkipFile as e:
        res.skipped = str(e)
        res.docs = []
        drop_spill(res)
    except InputError as e:
        res.error = str(e)
        res.docs = []
        drop_spill(res)
    except OSError as e:
        res.error = (e.strerror or str(e)).lower()
        res.docs = []
        drop_spill(res)
    except BaseException:
        drop_spill(res)
        raise
    return res


def encode(obj, meta: bytes | None = None) -> bytes:
    """``dumps(obj)`` as UTF-8 bytes. A record or speaker holds strings, ints, None, dicts, lists
    and a confidence of two decimals, for which orjson writes exactly what ``json.dumps(...,
    ensure_ascii=False, separators=(",", ":"))`` writes (a test checks); json is used without
    orjson or when orjson refuses a value. A record's ``meta`` comes from the
    input and may hold any JSON number, so it is passed in already encoded by ``dumps`` (``meta``)
    and joined as the record's last key, where ``extract_document`` puts it."""
    if meta is not None:
        head = dict(obj)
        del head["meta"]
        return encode(head)[:-1] + b',"meta":' + meta + b"}"
    if orjson is not None:
        try:
            return orjson.dumps(obj)
        except TypeError:
            pass
    return dumps(obj).encode("utf-8")


def _named(rec: dict) -> dict | None:
    """The speaker reference of a record whose named speaker waits for the second pass."""
    ref = rec["speaker"]
    return ref if ref is not None and "local" in ref else None


def finish(results: list[DocResult]) -> None:
    """Second pass, in memory: cluster the speakers the registry does not know across all
    documents, then complete every record's speaker field (see :class:`Collector` for a run)."""
    sp = SpeakerPass()
    owners = [[sp.owner(loc) for loc in r.entities] for r in results]
    sp.finish()
    for r, own in zip(results, owners):
        for rec in r.records:
            ref = _named(rec)
            if ref is not None:
                rec["speaker"] = sp.speaker(ref["mention"], own[ref["local"]])


def _parts(res: FileResult):
    """The documents of a result that came in parts: the spilled parts, then the last one."""
    yield from _spilled_parts(res.spill)
    yield res.docs


def _run(fd: int, start: int, end: int, block: int = 1 << 16):
    """The (key, line) rows of one sorted run of a merge file, read in blocks."""
    rest = b""
    while start < end:
        data = os.pread(fd, min(block, end - start), start)
        if not data:
            break
        start += len(data)
        lines = (rest + data).split(b"\n")
        rest = lines.pop()
        for line in lines:
            key, row = line.split(b"\t", 1)
            yield tuple(json.loads(key)), row + b"\n"


class Collector:
    """Second pass for a whole run, streaming: each file's speaker entities join the cross-document
    clustering as the file comes in (in input order), and its records go to a temporary spool with,
    for each named speaker, its mention and owner (registry entry or cluster). Memory holds one
    entity per cluster, not the text, the records or every mention. :meth:`lines` names the
    clusters and yields every finished record, sorted by document and offset, exactly as
    ``dumps`` writes it."""

    def __init__(self):
        import tempfile

        self._spool = tempfile.TemporaryFile("w+b")
        self._pass = SpeakerPass()
        self.documents = 0
        self.count = 0

    def add(self, res: FileResult) -> None:
        if res.spill is None:
            rows = self._rows(res.docs)
            self._spool.write(b"".join(line for _, line in rows))
        else:
            try:
                self._merge(res)
            finally:
                drop_spill(res)
        self.documents += res.empty_docs

    def _merge(self, res: FileResult) -> None:
        """A file that came in parts: each part's rows sorted into a run, the runs merged (a
        stable merge, so the order is the one sorting the whole file would give)."""
        runs = tempfile.TemporaryFile("w+b")
        bounds = []
        try:
            for docs in _parts(res):
                start = runs.tell()
                runs.write(b"".join(json.dumps(key).encode("ascii") + b"\t" + line
                                    for key, line in self._rows(docs)))
                bounds.append((start, runs.tell()))
            runs.flush()
            fd = runs.fileno()
            for _, line in heapq.merge(*(_run(fd, a, b) for a, b in bounds), key=lambda row: row[0]):
                self._spool.write(line)
        finally:
            runs.close()

    def _rows(self, docs: list) -> list[tuple[tuple, bytes]]:
        """The spool lines of some documents of one file, with their sort keys, sorted."""
        rows = []
        for d in docs:
            owners = [self._pass.owner(loc) for loc in d.entities]
            for rec in d.records:
                ref = _named(rec)
                if ref is not None:
                    rec["speaker"] = None         # filled in after the pass (see lines)
                    rows.append((rec, [ref["mention"], owners[ref["local"]]]))
                else:
                    rows.append((rec, None))
            self.documents += 1
        rows.sort(key=lambda row: (row[0]["doc"], row[0]["start"], row[0]["end"]))
        metas: dict[int, bytes] = {}                  # a document's meta, encoded once
        out = []
        for rec, waiting in rows:
            meta = rec.get("meta")
            if meta is not None:
                if id(meta) not in metas:
                    metas[id(meta)] = dumps(meta).encode("utf-8")
                meta = metas[id(meta)]
            out.append(((rec["doc"], rec["start"], rec["end"]),
                        b"%s\t%s\n" % (encode(waiting), encode(rec, meta))))
        self.count += len(rows)
        return out

    def lines(self):
        """Every finished record as its JSON line (without the newline)."""
        for line in self.byte_lines():
            yield line[:-1].decode("utf-8")

    def byte_lines(self):
        """:meth:`lines` as UTF-8 bytes, each with its newline (what the command line writes)."""
        self._pass.finish()
        self._spool.seek(0)
        for line in self._spool:
            waiting, rec = line.split(b"\t", 1)
            if waiting != b"null":
                mention, owner = orjson.loads(waiting) if orjson is not None else json.loads(waiting)
                rec = rec.replace(b'"speaker":null', b'"speaker":' + encode(self._pass.speaker(mention, owner)), 1)
            yield rec
        self._spool.close()

    def records(self):
        for line in self.lines():
            yield json.loads(line)
