"""Stage 1 — read: find the input files, decode them, and turn them into documents.

A document is the exact decoded text that offsets index into, plus what we know about it
(encoding, metadata, where the article body starts).
"""
from __future__ import annotations

import codecs
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from claimx.segment import LINE

TEXT_SUFFIXES = {".txt", ".md", ".text", ".json", ".jsonl", ".ndjson"}
TEXT_FIELDS = ("text", "body", "content", "article", "full_text", "abstract")
META_FIELDS = {"title": ("title",), "authors": ("authors", "author", "byline"), "doi": ("doi",),
               "date": ("date", "publicationDate", "published", "pubdate", "publication_date"),
               "url": ("url", "link")}
_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"%PDF", b"\x7fELF", b"\x1f\x8b",
          b"BZh", b"7z\xbc\xaf", b"Rar!", b"OggS", b"ID3", b"RIFF", b"\x00\x00\x01\x00")


#: A JSON file (not JSON Lines) is parsed whole; past this size it is refused with a hint.
MAX_JSON_BYTES = 64 * 1024 * 1024
#: One JSON Lines record (one line) larger than this is reported and skipped, not held in memory.
MAX_RECORD_CHARS = 64 * 1024 * 1024
_BLOCK = 1 << 20


class InputError(Exception):
    """A file that cannot be used; the message is the reason shown to the user."""


class SkipFile(InputError):
    """A file with nothing to extract (empty, binary, not a regular file): skipped, not failed."""


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


def discover(paths, exclude=()) -> tuple[list[Source], list[tuple[str, str]]]:
    """Files to read, in sorted order, and (path, reason) for inputs that cannot be listed.

    Folders are walked without recursion, whatever their depth (hidden entries skipped, symlinked
    folders not followed, so a link loop cannot trap the walk); a file named on the command line is
    taken whatever its suffix. Two different files with the same name (``a/report.txt`` and
    ``b/report.txt`` given as ``a/ b/``) are both kept, each named by its path as given; the same
    file reached twice is read once. Files in ``exclude`` (the output file) are never read.
    """
    found: list[tuple[str, Path]] = []
    problems = []
    for raw in paths:
        if raw == "" or raw is None:
            problems.append(("''", "empty path"))
            continue
        p = Path(raw)
        if p.is_dir():
            for fp in _walk(p, problems):
                found.append((fp.relative_to(p).as_posix(), fp))
        elif p.exists() or p.is_symlink():
            found.append((p.name, p))
        else:
            problems.append((str(p), "no such file or folder"))
    skip = {_identity(x) for x in exclude} - {None}
    names = {x.name for x in map(Path, exclude)}
    found = [(rel, fp) for rel, fp in found if fp.name not in names or _identity(fp) not in skip]
    return _name_sources(found), problems


def _walk(top: Path, problems: list):
    """Files with a text suffix under ``top``: an explicit stack of folders, never recursion."""
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name, reverse=True)
        except OSError as e:
            problems.append((str(folder), _reason(e)))
            continue
        for e in entries:
            if e.name.startswith("."):
                continue
            try:
                is_dir = e.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                if not e.is_symlink():
                    stack.append(folder / e.name)
            elif os.path.splitext(e.name)[1].lower() in TEXT_SUFFIXES:
                yield folder / e.name


def _identity(path) -> tuple | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _name_sources(found: list[tuple[str, Path]]) -> list[Source]:
    """Sources sorted by name; one name for several different files becomes their paths as given."""
    by_name: dict[str, list[Path]] = {}
    for rel, fp in found:
        by_name.setdefault(rel, []).append(fp)
    named: dict[str, Path] = {}
    for rel, fps in by_name.items():
        if len(fps) > 1:
            seen, distinct = set(), []
            for fp in fps:
                ident = _identity(fp) or ("path", str(fp))
                if ident not in seen:
                    seen.add(ident)
                    distinct.append(fp)
            fps = distinct
        if len(fps) == 1:
            named.setdefault(rel, fps[0])
            continue
        for fp in fps:
            name, k = fp.as_posix(), 1
            while name in named or name in by_name:
                k += 1
                name = f"{fp.as_posix()} ({k})"
            named[name] = fp
    return [Source(named[k], display(k)) for k in sorted(named)]


def display(name: str) -> str:
    """A file name as text: bytes that are not UTF-8 (kept by the file system as surrogates) are
    shown as \\xNN, so the name can be written, printed and hashed."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


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
        raise SkipFile("binary file")
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
    """Plain-text files larger than this are read piece by piece (``CLAIMX_CHUNK_BYTES``).
    Raises ValueError when the variable is not a positive whole number."""
    raw = os.environ.get("CLAIMX_CHUNK_BYTES", str(16 * 1024 * 1024))
    try:
        n = int(raw)
    except ValueError:
        n = 0
    if n < 1:
        raise ValueError(f"CLAIMX_CHUNK_BYTES must be a positive number of bytes, got {raw!r}")
    return n


_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def special_kind(mode: int) -> str | None:
    """What a file that is not a regular file is ("a named pipe (FIFO)", …), None for a regular one."""
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def open_regular(path):
    """A binary file object for ``path``, which must be a regular file: it is checked before it is
    opened (a FIFO would block, /dev/zero never ends) and again once open (non-blocking), so a
    special file is skipped with a reason."""
    kind = special_kind(os.stat(path).st_mode)
    if kind:
        raise SkipFile(f"not a regular file: {kind}")
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        kind = special_kind(os.fstat(fd).st_mode)
        if kind:
            raise SkipFile(f"not a regular file: {kind}")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_source(src: Source):
    """The documents in one file (an iterator: a large plain-text file comes in pieces that end at
    a line break, and JSON Lines record by record, so memory stays bounded whatever the file's
    size). Raises InputError (or OSError) when the file is unusable."""
    f = open_regular(src.path)
    try:
        size = os.fstat(f.fileno()).st_size
        suffix = src.path.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            return _jsonl_documents(src, f)
        if suffix == ".json" and size > MAX_JSON_BYTES:
            raise InputError(f"JSON file too large ({size / 1e6:.0f} MB, the limit is "
                             f"{MAX_JSON_BYTES / 1e6:.0f} MB): convert it to JSON Lines, one record a line")
        piece = chunk_bytes()
        if suffix != ".json" and size > piece:
            return _pieces(src, f)
        limit = max(size, piece, MAX_JSON_BYTES if suffix == ".json" else 0) + 1
        with f:
            # the size first: a read of ``limit`` bytes allocates them all, then shrinks
            data = f.read(min(size + 1, limit))
            if len(data) == size + 1 and limit > size + 1:   # the file grew since fstat
                data += f.read(limit - len(data))
        return _whole(src, data)
    except BaseException:
        f.close()
        raise


_replaced = [0]


def _count_replace(e: UnicodeDecodeError):
    _replaced[0] += 1
    return "\ufffd", e.end


codecs.register_error("claimx-count", _count_replace)


def _decoder(enc: str):
    return codecs.getincrementaldecoder(enc)(errors="claimx-count")


def _sniff(head: bytes) -> str:
    """The encoding of a file from its first block (raises SkipFile for a binary file)."""
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if _looks_binary(head):
        raise SkipFile("binary file")
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


#: Sentence ends where a line too long for one piece may be cut (Latin and CJK punctuation).
_SENTENCE_END = re.compile(r"[.!?][\"'”’»)\]]*\s+|[。！？][”’」』）]*")


def _lines(text: str) -> int:
    """Non-blank lines: the paragraphs of ``text`` as segment.paragraphs counts them."""
    return sum(1 for m in LINE.finditer(text) if not m.group().isspace())


def _cut(text: str, final: bool) -> int:
    """Where a piece ends: after a blank line late in ``text``, else after its last line break;
    in a line longer than the piece, after the last sentence end (else the last space)."""
    if final:
        return len(text)
    blank = text.rfind("\n\n", len(text) // 2)
    if blank >= 0:
        return blank + 2
    nl = text.rfind("\n") + 1
    if nl > 0:
        return nl
    half = len(text) // 2
    last = None
    for last in _SENTENCE_END.finditer(text, half):
        pass
    if last is not None:
        return last.end()
    space = max(text.rfind(" ", half), text.rfind("\u3000", half))
    return space + 1 if space >= 0 else len(text)


def _pieces(src: Source, f):
    """A large plain-text file in pieces of about CLAIMX_CHUNK_BYTES, each with the previous
    piece's last paragraphs as context. A line longer than a piece (a whole article on one line)
    is cut at a sentence end, so memory stays bounded."""
    size = chunk_bytes()
    with f:
        enc = _sniff(f.read(1 << 20))
        f.seek(0)
        dec = _decoder(enc)
        replaced = _replaced[0]
        carry, context, base, para_base, first, furniture = "", "", 0, 0, True, False
        midline = False                    # the previous piece ended inside a line
        block = f.read(size)
        while True:
            ahead = f.read(size) if block else b""
            final = not ahead
            text = carry + dec.decode(block, final=final)
            cut = _cut(text, final)
            piece, carry = text[:cut], text[cut:]
            if piece:
                ctx_paras = _lines(context)
                doc = Document(src.doc, context + piece, enc, base=base - len(context),
                               para_base=para_base - ctx_paras, in_furniture=furniture,
                               emit_from=len(context))
                if first:
                    _metadata_line(doc)
                    first = False
                bad = _replaced[0] - replaced
                if final and bad and enc.startswith("utf-8"):
                    doc.warnings.append(f"{bad} invalid UTF-8 byte(s) replaced with U+FFFD")
                yield doc
                if not furniture:
                    from claimx.segment import starts_furniture

                    furniture = starts_furniture(piece)
                lines = _lines(piece)
                head_line = LINE.match(piece)
                if midline and head_line and not head_line.group().isspace():
                    lines -= 1                 # its first line goes on from the previous piece
                para_base += lines
                base += len(piece)
                midline = not piece.endswith(("\n", "\r"))
                context = _last_paragraphs(piece, CONTEXT_PARAGRAPHS)
            if final:
                break
            block = ahead
        if first:
            raise SkipFile("empty file")


def _whole(src: Source, data: bytes) -> list[Document]:
    text, enc, warnings = decode(data)
    if not text.strip():
        raise SkipFile("empty file" if not text else "only white space")
    if src.path.suffix.lower() == ".json":
        return _json_documents(src, text, enc, warnings)
    doc = Document(src.doc, text, enc, warnings=warnings)
    _metadata_line(doc)
    return [doc]


def _metadata_line(doc: Document) -> None:
    """A plain-text file may begin with one line of JSON metadata; its fields go on the records and
    the line itself is not article text (its abstract is extracted once, from the body)."""
    if not doc.text.startswith("{"):
        return
    nl = doc.text.find("\n", 0, 1 << 20)
    if nl < 0:
        return
    try:
        obj = json.loads(doc.text[:nl])
    except (ValueError, RecursionError):
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


def _json_lines(f, enc: str):
    """(line number, line) of a JSON Lines file, read block by block and split at "\\n" only (a
    raw U+2028 or U+0085 inside a string is part of the record). A line longer than
    MAX_RECORD_CHARS is given as None, without being held in memory."""
    dec = _decoder(enc)
    carry, n, too_long = "", 0, False
    while True:
        block = f.read(_BLOCK)
        text = dec.decode(block, final=not block)
        pos = 0
        while True:
            nl = text.find("\n", pos)
            if nl < 0:
                break
            n += 1
            yield n, None if too_long else carry + text[pos:nl]
            carry, too_long, pos = "", False, nl + 1
        if not too_long:
            carry += text[pos:]
            if len(carry) > MAX_RECORD_CHARS:
                carry, too_long = "", True
        if not block:
            break
    if carry or too_long:
        yield n + 1, None if too_long else carry


_RECORD_KEYS = {"doc", "start", "end", "kind", "speaker"}


def is_claimx_output(path) -> bool:
    """Does the JSON Lines file at ``path`` hold claimx records (an earlier run's output)?"""
    try:
        with open_regular(path) as f:
            first = f.read(_BLOCK).split(b"\n", 1)[0]
        obj = json.loads(first.decode("utf-8", "replace"))
    except (OSError, ValueError, RecursionError, InputError):
        return False
    return isinstance(obj, dict) and _RECORD_KEYS <= set(obj)


def _jsonl_documents(src: Source, f):
    """One document per JSON Lines record, streamed: only one record's text is held at a time.
    A bad line is a warning on the document before it (or after it, for the first lines)."""
    with f:
        head = f.read(_BLOCK)
        enc = _sniff(head)
        f.seek(0)
        warnings: list[str] = []
        held: Document | None = None
        content = False
        replaced = _replaced[0]
        for n, line in _json_lines(f, enc):
            if line is not None and not line.strip():
                continue
            content = True
            try:
                if line is None:
                    raise InputError(f"record {n}: record too large (over {MAX_RECORD_CHARS // 2**20} MB)")
                obj = json.loads(line)
                if held is None and not warnings and isinstance(obj, dict) and _RECORD_KEYS <= set(obj):
                    raise SkipFile("claimx output (claim records, not articles)")
                doc = _record_document(src, n, obj, enc)
            except SkipFile:
                raise
            except RecursionError:
                warnings.append(f"line {n}: malformed JSON (nested too deeply)")
                continue
            except ValueError as e:
                warnings.append(f"line {n}: malformed JSON ({e.args[0].split(':')[0]})")
                continue
            except InputError as e:
                warnings.append(f"line {n}: {e}".replace(f"record {n}: ", ""))
                continue
            if held is not None:
                held.warnings, warnings = warnings, []
                yield held
            held = doc
        bad = _replaced[0] - replaced
        if bad and enc.startswith("utf-8"):
            warnings.insert(0, f"{bad} invalid UTF-8 byte(s) replaced with U+FFFD")
        if held is None:
            if not content:
                raise SkipFile("empty file" if not head else "only white space")
            raise InputError("no usable record" + (f" ({warnings[0]})" if warnings else ""))
        held.warnings = warnings
        yield held


def _json_documents(src, text, enc, warnings) -> list[Document]:
    try:
        obj = json.loads(text)
    except RecursionError:
        raise InputError("malformed JSON: nested too deeply") from None
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
