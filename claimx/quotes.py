"""Stage 3 — quotes: pair quotation marks of every style, paragraph by paragraph.

Rules (each is what a copy editor expects):
* “ ” ‘ ’ « » ‹ › 「 」 『 』 „ “ ‚ ‘ and ASCII " ' pair with nesting; an ASCII mark opens after
  white space or an opening bracket and closes after a word; ’ inside a word is an apostrophe.
* A quotation left open at the end of a paragraph runs to the end of that paragraph (the
  convention for quotes over several paragraphs, each reopening, only the last closing); the next
  paragraph's quote is marked ``continued``.
* “ right after a word (or after punctuation, before a space), with “ open, closes (a closing
  mark typed as an opening one: 'called it “abhorrent“ in a tweet', '就“汇率低估“项目'); ” after a
  space, with nothing open and a word next, opens ('”This is why …,” wrote X').
* A closing mark with nothing open starts its quotation at the start of the paragraph (an opening
  mark lost in scraping or translation).
* Every paragraph starts afresh, so one missing mark never shifts the pairs after it.
Only outermost quotations are returned; nested ones are part of their parent.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.names import separators

# opening mark -> closing marks that end it
PAIRS = {"“": "”\"“", "‘": "’'", "«": "»", "‹": "›", "「": "」", "『": "』", "„": "“”", "‚": "‘’",
         "\"": "\"”", "'": "'’", "”": "”"}
OPEN_ONLY = set("“‘«‹「『„‚")
CLOSE_ONLY = set("”’»›」』")
ALL_MARKS = set(PAIRS) | CLOSE_ONLY
_MARK = re.compile("[" + re.escape("".join(sorted(ALL_MARKS))) + "]")
_CLOSE_AFTER = set("。！？.!?…，,、；;")   # a '"' after these closes an open '"' rather than opening one
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


class _Stack:
    """The open marks of a paragraph, with an index per mark character, so that finding the
    opener a closing mark ends, or whether a single quotation is open, never scans the stack:
    pairing stays linear however many marks a paragraph holds."""

    def __init__(self, text: str):
        self.text = text
        self.marks: list[int] = []                 # offsets of open marks, innermost last
        self.by_char: dict[str, list[int]] = {}    # mark -> stack positions holding it

    def __bool__(self) -> bool:
        return bool(self.marks)

    def push(self, i: int) -> None:
        self.by_char.setdefault(self.text[i], []).append(len(self.marks))
        self.marks.append(i)

    def top_char(self) -> str | None:
        return self.text[self.marks[-1]] if self.marks else None

    def holds(self, chars: str) -> bool:
        return any(self.by_char.get(c) for c in chars)

    def opener_for(self, close: str) -> int | None:
        """Stack position of the innermost open mark that ``close`` ends."""
        best = None
        for o in _OPENERS_OF.get(close, ""):
            pos = self.by_char.get(o)
            if pos and (best is None or pos[-1] > best):
                best = pos[-1]
        return best

    def pop_to(self, k: int) -> None:
        """Remove the marks at stack positions k and above (each mark is removed once)."""
        while len(self.marks) > k:
            i = self.marks.pop()
            self.by_char[self.text[i]].pop()


_OPENERS_OF = {c: "".join(o for o, closers in PAIRS.items() if c in closers)
               for c in set("".join(PAIRS.values()))}
#: An unclosed quotation longer than this (characters to the paragraph's end) ends where the text
#: gives evidence that it has ended: at the next opening mark of its own family (a stray mark before
#: quotes that pair among themselves), or before the next speech cue, not at the paragraph's end.
LONG_UNCLOSED = 2000
_CLAUSE_PUNCT = ",，;；:：—–"
_SENTENCE_PUNCT = ".!?。！？"


def _role(text: str, i: int, s: int, e: int, stack: _Stack) -> str | None:
    """'open', 'close' or None (an apostrophe, or a mark that cannot be read)."""
    c = text[i]
    prev = text[i - 1] if i > s else " "
    nxt = text[i + 1] if i + 1 < e else " "
    if c in OPEN_ONLY:
        # „…“ and ‚…‘ close with the mark English uses to open
        top = stack.top_char()
        if top is not None and c in PAIRS[top] and top in "„‚":
            return "close"
        if c == "‘" and prev.isalnum() and nxt.isalnum():
            return None
        if c == "“" and stack.holds("“") and (prev.isalnum() or prev in _CLOSE_AFTER and (
                nxt.isspace() or nxt in _CLOSE_AFTER or i + 1 >= e)):
            return "close"             # 'called it “abhorrent“ in a tweet': a closing mark typed as an opening one
        return "open"
    if c in CLOSE_ONLY:
        if c == "”" and (prev.isspace() or i == s or prev in "([{<—–-/") and (nxt.isalnum() or nxt == "…" or i == s) and \
                not stack.holds("“\"”„"):
            return "open"              # '”This is why …,” wrote X': an opening mark typed as a closing one
        if c == "’":
            if stack.holds("‘‚'"):
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
        if stack.holds("'‘") and not nxt.isalnum():
            return "close"
        return None
    if c == '"' and prev in _CLOSE_AFTER and stack.holds('"'):
        return "close"                 # '…安全的。"' ends the quotation a '"' opened
    if prev in "：:":
        return "open"                  # '强调：" 西班牙是安全的…"'
    if prev.isspace() or prev in _OPEN_CONTEXT:
        if nxt.isspace() or i + 1 >= e:            # '…‘above the president,’ " said X': a double mark
            return "close" if c == '"' and prev.isspace() and stack.holds('"') else None   # set off by a space
        return "open"
    return "close"


def find_quotes(text: str, paras) -> list[Quote]:
    """Outermost quotations of every non-furniture paragraph, in document order."""
    out: list[Quote] = []
    carried = False  # previous paragraph ended inside a quotation
    for p in paras:
        if p.furniture:
            carried = False
            continue
        if _MARK.search(text, p.start, p.end) is None:
            carried = False                         # no mark: no quotation, none left open
            continue
        quotes, open_at_end = _paragraph_quotes(text, p.start, p.end, p.index, getattr(p, "lang", None))
        if carried and quotes and quotes[0].open is not None and quotes[0].open == p.start:
            quotes[0].continued = True
        elif carried and quotes and quotes[0].open is None:
            quotes[0].continued = True
        carried = open_at_end
        out.extend(quotes)
    return out


def _paragraph_quotes(text: str, s: int, e: int, para: int, lang: str | None = None) -> tuple[list[Quote], bool]:
    stack = _Stack(text)
    last_close = s                 # end of the last quotation closed in this paragraph
    spans: list[tuple[int, int, int | None, int | None]] = []  # (start, end, open, close)
    openers: list[int] = []        # every opening mark, in order (for the evidence rule)
    reversed_at = -1               # the opening mark of a reversed pair already read (”…“)
    for mark in _MARK.finditer(text, s, e):
        i = mark.start()
        if i == reversed_at:
            continue
        c = text[i]
        role = _role(text, i, s, e, stack)
        if role == "open":
            stack.push(i)
            openers.append(i)
        elif role == "close":
            k = stack.opener_for(c)
            j = _reversed_pair(text, i, e) if k is None and not stack else None
            if j is not None:                       # '所谓”人民币汇率低估“项目': marks typed reversed
                spans.append((i + 1, j, i, j))
                reversed_at, last_close = j, j + 1
                continue
            if k is None:
                if not stack and last_close == s:   # its opening mark is missing
                    spans.append((s, i, None, i))
                    last_close = i + 1
                continue
            o = stack.marks[k]
            stack.pop_to(k)
            spans.append((o + 1, i, o, i))
            if not stack:
                last_close = i + 1
    open_at_end = bool(stack)
    if stack and e - stack.marks[0] > LONG_UNCLOSED:
        spans += _evidence_ends(text, stack.marks, openers, e, lang)
        open_at_end = False
    elif stack:
        o = stack.marks[0]
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
    return [q for q in quotes if q.end > q.start and not _nickname(text, q)], open_at_end


def _nickname(text: str, q: Quote) -> bool:
    """A nickname inside a name is no quotation: between two separators of a transliterated name
    ('亨利·“格兰特”·刘易斯'; data/names/separators.txt), or one capitalised word between the given
    name and the surname of a Latin name in brackets (the gloss after a Chinese name: '（Henry
    “Grant” Lewis）')."""
    if q.open is None or q.close is None or q.open == 0 or q.close + 1 >= len(text):
        return False
    if text[q.open - 1] in separators() and text[q.close + 1] in separators():
        return True
    return _NICKNAME.fullmatch(text, q.start, q.end) is not None and \
        _GLOSS_BEFORE.search(text, max(0, q.open - 40), q.open) is not None and \
        _GLOSS_AFTER.match(text, q.close + 1, min(len(text), q.close + 40)) is not None


_NICKNAME = re.compile(r"[A-Z][a-z]+")
_GLOSS_BEFORE = re.compile(r"[（(]\s*[A-Z][a-z]+ \Z")
_GLOSS_AFTER = re.compile(r" [A-Z][a-z]+\s*[)）]")


REVERSED_MAX = 40    # characters a quotation typed with reversed marks may hold


def _reversed_pair(text: str, i: int, e: int) -> int | None:
    """A closing mark with nothing open, then within ``REVERSED_MAX`` characters of the same
    sentence the matching opening mark and no other mark: a quotation typed with its marks reversed
    ('所谓”人民币汇率低估“项目'). The offset of that opening mark, or None."""
    if text[i] not in CLOSE_ONLY:
        return None
    m = _MARK.search(text, i + 1, min(e, i + 1 + REVERSED_MAX))
    if m is None or text[m.start()] not in OPEN_ONLY or text[m.start()] not in _OPENERS_OF[text[i]] \
            or m.start() == i + 1:
        return None
    if any(c in _SENTENCE_PUNCT for c in text[i + 1:m.start()]) or not text[i + 1].strip():
        return None
    return m.start()


def _evidence_ends(text: str, unclosed: list[int], openers: list[int], e: int, lang: str | None):
    """Spans for the unclosed marks of a long paragraph, each ending at the evidence: the next
    opening mark of its family, or the clause before the next speech cue, else the paragraph's end.
    One pass over the openers and one cue search per mark (bisect), so linear."""
    from bisect import bisect_right

    from claimx.lang import rules

    cue_re = getattr(rules(lang), "cue_re", None) if lang else None
    cues: list[int] = []
    if cue_re is not None:
        cues = [m.start() for m in cue_re.finditer(text, unclosed[0] + 1, e)]
    family: dict[frozenset, list[int]] = {}      # closing marks -> openers they end, in order
    for j in openers:
        family.setdefault(frozenset(PAIRS[text[j]]), []).append(j)
    out = []
    for o in unclosed:
        same = family[frozenset(PAIRS[text[o]])]
        nxt = bisect_right(same, o)
        end = same[nxt] if nxt < len(same) else e
        c = bisect_right(cues, o)
        if c < len(cues) and cues[c] < end:
            end = _clause_start(text, o + 1, cues[c])
            if end is None:
                continue                          # the mark opens the cue's own sentence: a stray
        while end > o + 1 and (text[end - 1].isspace() or text[end - 1] in CLOSE_ONLY):
            end -= 1
        out.append((o + 1, end, o, None))
    return out


def _clause_start(text: str, lo: int, cue: int) -> int | None:
    """Where the quotation before a cue ends: at the clause punctuation before the cue ("…, said
    X"; "…, X said"), else at the start of the cue's sentence (looked for within 300 characters).
    None when the cue's sentence begins with the mark ("« Olga Petrenko said that …"): the mark
    then opens no quotation."""
    for j in range(cue - 1, max(lo, cue - 300) - 1, -1):
        if text[j] in _CLAUSE_PUNCT:
            return j + 1 if text[j] in ",，" else j
        if text[j] in _SENTENCE_PUNCT:
            return j + 1
    return None if cue - lo <= 300 else cue


_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
_NOT_CJK = re.compile(r"[^\u3400-\u9fff]+")
#: a whitespace-separated word with a letter or digit outside the CJK range (matched up to it)
_WORD_UNIT = re.compile(r"(?<!\S)\S*?[^\W_\u3400-\u9fff]")


def _enough_words(s: str) -> bool:
    return len(_NOT_HAN.sub("", s)) >= 6 or len(s.split()) >= 3


def quoted_units(s: str) -> float:
    """Length in words: a Latin word counts 1, a Chinese character 0.5."""
    return len(_WORD_UNIT.findall(s)) + len(_NOT_CJK.sub("", s)) * 0.5
