"""Stage 3 — quotes: pair quotation marks of every style, paragraph by paragraph.

Rules (each is what a copy editor expects):
* “ ” ‘ ’ « » ‹ › 「 」 『 』 „ “ ‚ ‘ and ASCII " ' pair with nesting; an ASCII mark opens after
  white space or an opening bracket and closes after a word; ’ inside a word is an apostrophe.
* A quotation left open at the end of a paragraph runs to the end of that paragraph (the
  convention for quotes over several paragraphs, each reopening, only the last closing); the next
  paragraph's quote is marked ``continued``.
* A closing mark with nothing open starts its quotation at the start of the paragraph (an opening
  mark lost in scraping or translation).
* Every paragraph starts afresh, so one missing mark never shifts the pairs after it.
Only outermost quotations are returned; nested ones are part of their parent.
"""
from __future__ import annotations

from dataclasses import dataclass

# opening mark -> closing marks that end it
PAIRS = {"“": "”\"", "‘": "’'", "«": "»", "‹": "›", "「": "」", "『": "』", "„": "“”", "‚": "‘’",
         "\"": "\"”", "'": "'’"}
OPEN_ONLY = set("“‘«‹「『„‚")
CLOSE_ONLY = set("”’»›」』")
ALL_MARKS = set(PAIRS) | CLOSE_ONLY
_OPEN_CONTEXT = set(" \t([{<—–-/:;，。：、（【《") | OPEN_ONLY


@dataclass
class Quote:
    start: int           # first character inside the marks (or of the paragraph, if unopened)
    end: int             # one past the last character inside the marks
    para: int            # paragraph index
    open: int | None     # offset of the opening mark, None when it is missing
    close: int | None    # offset of the closing mark, None when the paragraph ended first
    continued: bool = False   # a multi-paragraph quotation reopened in this paragraph
    inner: int = 0       # characters inside nested quotations

    @property
    def outer_start(self) -> int:
        return self.open if self.open is not None else self.start

    @property
    def outer_end(self) -> int:
        return self.close + 1 if self.close is not None else self.end


def _role(text: str, i: int, s: int, e: int, stack) -> str | None:
    """'open', 'close' or None (an apostrophe, or a mark that cannot be read)."""
    c = text[i]
    prev = text[i - 1] if i > s else " "
    nxt = text[i + 1] if i + 1 < e else " "
    if c in OPEN_ONLY:
        # „…“ and ‚…‘ close with the mark English uses to open
        if stack and c in PAIRS[text[stack[-1]]] and text[stack[-1]] in "„‚":
            return "close"
        if c == "‘" and prev.isalnum() and nxt.isalnum():
            return None
        return "open"
    if c in CLOSE_ONLY:
        if c == "’":
            if any(text[j] in "‘‚'" for j in stack):
                if prev.isalnum() and nxt.isalnum():
                    return None  # Russia’s inside a single-quoted phrase
                return "close"
            return None
        return "close"
    # ASCII marks: decide by context
    if c == "'":
        if prev.isalnum() and nxt.isalnum():
            return None
        if (prev in _OPEN_CONTEXT or prev.isspace()) and nxt.isalnum():
            return "open"
        if any(text[j] in "'‘" for j in stack) and not nxt.isalnum():
            return "close"
        return None
    if prev.isspace() or prev in _OPEN_CONTEXT:
        return "open" if not nxt.isspace() else None
    return "close"


def find_quotes(text: str, paras) -> list[Quote]:
    """Outermost quotations of every non-furniture paragraph, in document order."""
    out: list[Quote] = []
    carried = False  # previous paragraph ended inside a quotation
    for p in paras:
        if p.furniture:
            carried = False
            continue
        quotes, open_at_end = _paragraph_quotes(text, p.start, p.end, p.index)
        if carried and quotes and quotes[0].open is not None and quotes[0].open == p.start:
            quotes[0].continued = True
        elif carried and quotes and quotes[0].open is None:
            quotes[0].continued = True
        carried = open_at_end
        out.extend(quotes)
    return out


def _paragraph_quotes(text: str, s: int, e: int, para: int) -> tuple[list[Quote], bool]:
    stack: list[int] = []          # offsets of open marks
    last_close = s                 # end of the last quotation closed in this paragraph
    spans: list[tuple[int, int, int | None, int | None]] = []  # (start, end, open, close)
    for i in range(s, e):
        c = text[i]
        if c not in ALL_MARKS:
            continue
        role = _role(text, i, s, e, stack)
        if role == "open":
            stack.append(i)
        elif role == "close":
            k = next((k for k in range(len(stack) - 1, -1, -1) if c in PAIRS[text[stack[k]]]), None)
            if k is None:
                if not stack and last_close == s:   # its opening mark is missing
                    spans.append((s, i, None, i))
                    last_close = i + 1
                continue
            o = stack[k]
            del stack[k:]
            spans.append((o + 1, i, o, i))
            if not stack:
                last_close = i + 1
    open_at_end = bool(stack)
    if stack:
        o = stack[0]
        end = e
        while end > o + 1 and (text[end - 1].isspace() or text[end - 1] in CLOSE_ONLY):
            end -= 1
        spans.append((o + 1, end, o, None))
    # keep outermost spans; count nested characters
    spans.sort(key=lambda t: (t[0] if t[2] is None else t[2], -(t[1])))
    quotes: list[Quote] = []
    for start, end, o, cl in spans:
        outer_s = o if o is not None else start
        if quotes and outer_s < quotes[-1].outer_end and (o is None or o >= quotes[-1].outer_start):
            quotes[-1].inner += end - start
            continue
        q = Quote(start, end, para, o, cl)
        if o is None and not _enough_words(text[start:end]):
            continue
        quotes.append(q)
    for q in quotes:
        while q.start < q.end and text[q.start].isspace():
            q.start += 1
        while q.end > q.start and text[q.end - 1].isspace():
            q.end -= 1
    return [q for q in quotes if q.end > q.start], open_at_end


def _enough_words(s: str) -> bool:
    cjk = sum(1 for c in s if "\u4e00" <= c <= "\u9fff")
    return cjk >= 6 or len(s.split()) >= 3


def quoted_units(s: str) -> float:
    """Length in words: a Latin word counts 1, a Chinese character 0.5."""
    cjk = sum(1 for c in s if "\u3400" <= c <= "\u9fff")
    words = sum(1 for w in s.split() if any(ch.isalnum() and not "\u3400" <= ch <= "\u9fff" for ch in w))
    return words + cjk * 0.5
