"""The pipeline: read → segment → quotes → attribute → speakers → records.

:func:`extract_document` runs every per-document stage and returns plain data (claims with their
local speaker entities), so it can run in a worker process or on a Dask cluster; :func:`run`
collects documents in input order, reconciles speakers across documents (a second pass over
speaker mentions only), and yields the finished records in document order.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from claimx import FORMAT_VERSION
from claimx.attribute import CONFIDENCE, attribute
from claimx.quotes import find_quotes
from claimx.read import Document, InputError, Source, read_source
from claimx.segment import paragraphs
from claimx.speakers import Registry, cluster, link_document, speaker_dict


@dataclass
class DocResult:
    doc: str
    records: list = field(default_factory=list)   # records without their speaker field yet
    locals: list = field(default_factory=list)    # local speaker entities of the document
    speakers: list = field(default_factory=list)  # (record index, claim) pairs to finish
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


def record_id(doc: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{doc}\x00{start}\x00{end}".encode("utf-8")).hexdigest()[:16]


def extract_document(doc: Document, registry: Registry) -> DocResult:
    text = doc.text
    paras = paragraphs(text, doc.body_start, doc.in_furniture)
    quotes = find_quotes(text, paras)
    claims = attribute(text, paras, quotes, registry)
    locals_ = link_document(text, claims, registry)
    out = DocResult(doc.doc, locals=locals_, warnings=list(doc.warnings), base=doc.base)
    for cl in claims:
        if cl.start < doc.emit_from:
            continue                               # context read again from the previous piece
        conf = CONFIDENCE[cl.resolution]
        if cl.kind != "direct":
            conf -= 0.05
        if cl.extra.get("rule") == "speech-event":
            conf = 0.6
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
            "speaker": None,
            "resolution": cl.resolution,
            "confidence": round(conf, 2),
            "encoding": doc.encoding,
        }
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
        out.speakers.append(cl)
    return out


def extract_file(src: Source, registry: Registry) -> FileResult:
    """Every per-document stage for one file; failures become a reason, never an exception."""
    res = FileResult(src.doc)
    try:
        res.size = src.path.stat().st_size
        docs = read_source(src)
    except InputError as e:
        reason = str(e)
        if reason in ("empty file", "only white space", "binary file"):
            res.skipped = reason
        else:
            res.error = reason
        return res
    except OSError as e:
        res.error = (e.strerror or str(e)).lower()
        return res
    try:
        for d in docs:
            res.warnings.extend(d.warnings)
            res.docs.append(extract_document(d, registry))
    except InputError as e:
        res.skipped = str(e)
        res.docs = []
    except OSError as e:
        res.error = (e.strerror or str(e)).lower()
        res.docs = []
    return res


def finish(results: list[DocResult]) -> None:
    """Second pass: cluster speakers the registry does not know across all documents, then fill
    every record's speaker field."""
    all_locals = [loc for r in results for loc in r.locals]
    cluster(all_locals)
    for r in results:
        for rec, cl in zip(r.records, r.speakers):
            rec["speaker"] = speaker_dict(cl, r.locals)
            if rec["speaker"] and r.base:
                rec["speaker"]["mention"]["start"] += r.base
                rec["speaker"]["mention"]["end"] += r.base
            if rec["speaker"] is None and rec["resolution"] != "none":
                rec["resolution"] = "none"
                rec["confidence"] = CONFIDENCE["none"]
        r.speakers = []
