"""Stage 1 — read: find the input files, decode them, and turn them into documents.

A document is the exact decoded text that offsets index into, plus what we know about it
(encoding, metadata, where the article body starts).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = {".txt", ".md", ".text", ".json", ".jsonl", ".ndjson"}
TEXT_FIELDS = ("text", "body", "content", "article", "full_text", "abstract")
META_FIELDS = {"title": ("title",), "authors": ("authors", "author", "byline"), "doi": ("doi",),
               "date": ("date", "publicationDate", "published", "pubdate", "publication_date"),
               "url": ("url", "link")}
_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\x7fELF", b"\x1f\x8b",
          b"BZh", b"7z\xbc\xaf", b"Rar!", b"OggS", b"ID3", b"RIFF", b"\x00\x00\x01\x00")


class InputError(Exception):
    """A file that cannot be used; the message is the reason shown to the user."""


@dataclass
class Document:
    doc: str                      # path relative to the input folder, "#N" for the Nth JSON record
    text: str                     # the decoded text every offset indexes into
    encoding: str = "utf-8"
    meta: dict = field(default_factory=dict)
    body_start: int = 0           # where content starts (after a JSON metadata line)
    warnings: list = field(default_factory=list)
    base: int = 0                 # offset of ``text`` in the file (pieces of a large file)
    in_furniture: bool = False    # an earlier piece ended inside page furniture ("Leave a Reply" …)
    para_base: int = 0            # paragraphs before this piece
    emit_from: int = 0            # claims start here; the text before is context (pronouns, surnames)
    lang: str | None = None       # the language of every paragraph, when the caller knows it


@dataclass(frozen=True)
class Source:
    path: Path                    # the file on disk
    doc: str                      # its name in the output


def discover(paths) -> tuple[list[Source], list[tuple[str, str]]]:
    """Files to read, in sorted order, and (path, reason) for inputs that cannot be listed.

    Folders are walked recursively (hidden entries skipped, symlinked folders not followed, so a
    link loop cannot trap the walk); a file named on the command line is taken whatever its suffix.
    """
    found: dict[str, Source] = {}
    problems = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for dirpath, dirnames, filenames in os.walk(p, onerror=lambda e: problems.append(
                    (str(e.filename), _reason(e)))):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    fp = Path(dirpath) / name
                    if fp.suffix.lower() not in TEXT_SUFFIXES:
                        continue
                    rel = fp.relative_to(p).as_posix()
                    found.setdefault(rel, Source(fp, rel))
        elif p.exists() or p.is_symlink():
            found.setdefault(p.name, Source(p, p.name))
        else:
            problems.append((str(p), "no such file or folder"))
    return [found[k] for k in sorted(found)], problems


def _reason(e: OSError) -> str:
    return (e.strerror or str(e)).lower()


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Bytes to text: BOMs, strict UTF-8, then a detected legacy encoding (charset-normalizer).

    Returns (text, encoding, warnings). Mostly-UTF-8 bytes with a few invalid sequences are
    decoded with U+FFFD replacements and a warning rather than guessed as another encoding.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16", []
    if _looks_binary(data):
        raise InputError("binary file")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    bad = _invalid_utf8_bytes(data)
    if bad * 200 < len(data):  # under 0.5% of the bytes: damaged UTF-8, not another encoding
        return (data.decode("utf-8", errors="replace"), "utf-8",
                [f"{bad} invalid UTF-8 byte(s) replaced with U+FFFD"])
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=None).best()
    if best is None or best.encoding is None:
        return (data.decode("utf-8", errors="replace"), "utf-8",
                ["encoding not recognised; decoded as UTF-8 with replacements"])
    enc = best.encoding
    if enc in ("gb2312", "gbk"):
        enc = "gb18030"  # the superset: never fails on characters GBK lacks
    return data.decode(enc, errors="replace"), enc, []


def _invalid_utf8_bytes(data: bytes) -> int:
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.decode(
        "utf-8", errors="ignore").count("\ufffd")


def _looks_binary(data: bytes) -> bool:
    if data.startswith(_MAGIC):
        return True
    head = data[:8192]
    return head.count(b"\x00") > max(1, len(head) // 100)


def chunk_bytes() -> int:
    """Plain-text files larger than this are read piece by piece (``CLAIMX_CHUNK_BYTES``)."""
    return int(os.environ.get("CLAIMX_CHUNK_BYTES", str(16 * 1024 * 1024)))


def read_source(src: Source):
    """The documents in one file (an iterator: a large plain-text file comes in pieces that end at
    a line break, so memory stays bounded whatever the file's size). Raises InputError (or OSError)
    when the file is unusable."""
    if src.path.suffix.lower() not in (".json", ".jsonl", ".ndjson") and src.path.stat().st_size > chunk_bytes():
        return _pieces(src)
    return _whole(src)


def _sniff(head: bytes) -> str:
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if _looks_binary(head):
        raise InputError("binary file")
    for cut in range(4):
        try:
            head[: len(head) - cut].decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            continue
    if _invalid_utf8_bytes(head) * 200 < len(head):
        return "utf-8"
    return decode(head)[1]


#: Paragraphs of the previous piece read again before the next one, so that a pronoun, a nominal
#: ("the analyst said") or a lone surname at the start of a piece finds its antecedent as it would
#: in the whole file. Claims are only taken from the new text.
CONTEXT_PARAGRAPHS = 6


def _last_paragraphs(text: str, n: int) -> str:
    """The tail of ``text`` that holds its last ``n`` non-blank lines (capped at 64 KB)."""
    pos, seen = len(text), 0
    while pos > 0 and seen < n:
        nl = text.rfind("\n", 0, pos - 1)
        if text[nl + 1:pos].strip():
            seen += 1
        pos = nl + 1
    return text[max(pos, len(text) - 65536):]


def _pieces(src: Source):
    import codecs

    size = chunk_bytes()
    with open(src.path, "rb") as f:
        enc = _sniff(f.read(1 << 20))
        f.seek(0)
        dec = codecs.getincrementaldecoder(enc)(errors="replace")
        carry, context, base, para_base, first, furniture = "", "", 0, 0, True, False
        while True:
            block = f.read(size)
            final = not block
            text = carry + dec.decode(block, final=final)
            # cut after a blank line if there is one late in the block, else after a line break
            blank = text.rfind("\n\n", len(text) // 2)
            cut = len(text) if final else (blank + 2 if blank >= 0 else text.rfind("\n") + 1)
            if cut <= 0 and not final:
                carry = text
                continue
            piece, carry = text[:cut], text[cut:]
            if piece:
                ctx_paras = sum(1 for line in context.splitlines() if line.strip())
                doc = Document(src.doc, context + piece, enc, base=base - len(context),
                               para_base=para_base - ctx_paras, in_furniture=furniture,
                               emit_from=len(context))
                if first:
                    _metadata_line(doc)
                    first = False
                yield doc
                if not furniture:
                    from claimx.segment import starts_furniture

                    furniture = starts_furniture(piece)
                para_base += sum(1 for line in piece.splitlines() if line.strip())
                base += len(piece)
                context = _last_paragraphs(piece, CONTEXT_PARAGRAPHS)
            if final:
                break
        if first:
            raise InputError("empty file")


def _whole(src: Source) -> list[Document]:
    data = src.path.read_bytes()
    text, enc, warnings = decode(data)
    if not text.strip():
        raise InputError("empty file" if not text else "only white space")
    suffix = src.path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return _jsonl_documents(src, text, enc, warnings)
    if suffix == ".json":
        return _json_documents(src, text, enc, warnings)
    doc = Document(src.doc, text, enc, warnings=warnings)
    _metadata_line(doc)
    return [doc]


def _metadata_line(doc: Document) -> None:
    """A plain-text file may begin with one line of JSON metadata; its fields go on the records and
    the line itself is not article text (its abstract is extracted once, from the body)."""
    if not doc.text.startswith("{"):
        return
    nl = doc.text.find("\n")
    if nl < 0:
        return
    try:
        obj = json.loads(doc.text[:nl])
    except ValueError:
        return
    if isinstance(obj, dict):
        doc.meta = pick_meta(obj)
        doc.body_start = nl + 1


def pick_meta(obj: dict) -> dict:
    meta = {}
    for key, names in META_FIELDS.items():
        for name in names:
            v = obj.get(name)
            if isinstance(v, list):
                v = ", ".join(str(x.get("name", x)) if isinstance(x, dict) else str(x) for x in v)
            if isinstance(v, (str, int, float)) and str(v).strip():
                meta[key] = str(v)
                break
    return meta


def _record_document(src: Source, n: int, obj, enc: str) -> Document:
    if not isinstance(obj, dict):
        raise InputError(f"record {n}: not a JSON object")
    for name in TEXT_FIELDS:
        v = obj.get(name)
        if isinstance(v, str) and v.strip():
            meta = pick_meta(obj)
            meta["field"] = name
            return Document(f"{src.doc}#{n}", v, enc, meta)
    raise InputError(f"record {n}: no text field (looked for {', '.join(TEXT_FIELDS)})")


def _jsonl_documents(src, text, enc, warnings) -> list[Document]:
    docs = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            docs.append(_record_document(src, n, json.loads(line), enc))
        except ValueError as e:
            warnings.append(f"line {n}: malformed JSON ({e.args[0].split(':')[0]})")
        except InputError as e:
            warnings.append(f"line {n}: {e}".replace(f"record {n}: ", ""))
    if not docs:
        raise InputError("no usable record" + (f" ({warnings[0]})" if warnings else ""))
    docs[0].warnings = warnings
    return docs


def _json_documents(src, text, enc, warnings) -> list[Document]:
    try:
        obj = json.loads(text)
    except ValueError as e:
        raise InputError(f"malformed JSON: {e}") from None
    items = obj if isinstance(obj, list) else [obj]
    docs = []
    for n, item in enumerate(items, 1):
        try:
            docs.append(_record_document(src, n, item, enc))
        except InputError as e:
            warnings.append(str(e))
    if not docs:
        raise InputError("no usable record" + (f" ({warnings[0]})" if warnings else ""))
    docs[0].warnings = warnings
    return docs
