"""Stage 4 — attribute: speech cues, claims and who made them.

For every sentence with a quotation or a speech cue, each cue is read with its speaker (before
it, or after it when inverted: "…,” said X") and the content it introduces. Quotations are then
given to the cue that governs them, and reported speech without quote marks becomes an indirect
claim. A sieve decides the speaker, from the most certain rule to the least; each claim records
which rule (``resolution``): explicit, pronoun, nominal, continuation, or none.

The stage knows no language: sentences → cue analysis through the language's rules
(``claimx.lang``: where the speaker stands, what content a cue introduces) → quote government →
content claims → paragraph rules → reference resolution (:mod:`claimx.resolve`).
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field

from claimx.lang import rules
from claimx.lang.base import OPENERS_Q, SENT_END, sentence_end, trim_punct
from claimx.mentions import Mention
from claimx.quotes import Quote, quoted_units
from claimx.resolve import resolve_references

CONFIDENCE = {"explicit": 0.9, "pronoun": 0.75, "nominal": 0.7, "continuation": 0.7, "none": 0.3}


@dataclass
class Sent:
    start: int
    end: int
    lang: str
    para: int          # paragraph of the sentence's start


@dataclass
class Cue:
    start: int
    end: int
    role: str                      # speech | quote | belief | intent | object | source | stance | regard
    sent: Sent
    speaker: Mention | None = None
    direction: str = "forward"     # forward: content after; tail: content before the speaker
    content: tuple[int, int] | None = None   # reported content (forward cues with a complement)
    before: tuple[int, int] | None = None    # what a tail cue governs
    lead_in: bool = False          # ends its paragraph introducing a quotation ("… is quoted,")
    subordinate: bool = False      # in an opening subordinate clause: governs nothing after it
    via: Mention | None = None     # the reporter who passes this cue's words on (X报道，Y表示，…)


@dataclass
class Claim:
    kind: str
    start: int
    end: int
    para: int
    lang: str
    cue: Cue | None
    mention: Mention | None        # what the cue attaches to (a pronoun for pronoun claims)
    resolution: str
    antecedent: Mention | None = None   # the named mention a pronoun or nominal stands for
    speaker: dict | None = None    # filled by the speakers stage
    extra: dict = field(default_factory=dict)

    @property
    def referent(self) -> Mention | None:
        """Who the claim is attributed to: the antecedent of a pronoun or nominal, else the
        mention itself."""
        return self.antecedent or self.mention


# ------------------------------------------------------------------------------------- sentences
def sentences(text: str, paras, quotes: list[Quote], runs_on: set[int] | None = None) -> list[Sent]:
    """Sentences of non-furniture paragraphs, merged so that no quotation crosses a boundary and a
    sentence broken over two lines ("… Union,⏎we are …", "… troops,⏎presented …") is one."""
    if runs_on is None:
        runs_on = lines_running_on(text, paras)
    out: list[Sent] = []
    prev_para = None
    for p in paras:
        if p.furniture:
            prev_para = None
            continue
        spans = p.sentences(text)
        if not spans:
            continue
        if out and prev_para is not None and p.index in runs_on:
            last = out.pop()
            spans[0] = (last.start, spans[0][1])
            first_para = last.para
        else:
            first_para = p.index
        for i, (a, b) in enumerate(spans):
            out.append(Sent(a, b, p.lang, first_para if i == 0 else p.index))
        prev_para = p
    # no quotation may cross a sentence boundary
    merged: list[Sent] = []
    qi = 0
    qs = sorted(quotes, key=lambda q: q.outer_start)
    starts, ends = [q.outer_start for q in qs], [q.outer_end for q in qs]   # (properties, read once)
    for s in out:
        if merged:
            m = merged[-1]
            while qi < len(qs) and ends[qi] <= m.start:
                qi += 1
            crosses = False
            for j in range(qi, min(qi + 8, len(qs))):
                if m.start <= starts[j] < m.end and ends[j] > s.start:
                    crosses = True
                    break
            if crosses or _attribution_after_question(text, m, s):
                m.end = s.end
                continue
        merged.append(Sent(s.start, s.end, s.lang, s.para))
    return merged


_QUESTION_END = re.compile(r"[?!][’'”\"»]*[”\"»]$")


def _attribution_after_question(text: str, prev: Sent, s: Sent) -> bool:
    """'“Is that the best you can do?” Ortiz asked.': a quotation ending in ? or ! and a sentence
    that is only its speaker and cue are one sentence."""
    if prev.para != s.para or prev.lang != s.lang or not _QUESTION_END.search(text, prev.start, prev.end):
        return False
    return rules(s.lang).attribution_only(text, s.start, s.end)


def _ends_open(text: str, a) -> bool:
    """Does line ``a`` end without a sentence end, a closing quotation mark or a colon?"""
    last = text[a.end - 1]
    return last not in SENT_END and last not in "”\"»:"


def _soft_break(text: str, a, b) -> bool:
    return _ends_open(text, a) and text[b.start].islower() and a.lang == b.lang


_WRAP_MIN_WIDTH = 40    # hard-wrapped prose is wrapped at 60-100 columns; short runs are code or lists
_WRAP_MIN_BREAKS = 3    # lines running on in lower case that show a document is wrapped
_WRAP_FULL = 0.75       # a line this share of the wrap width long was cut by the wrap, not ended
_BLOCK_LINES = 8        # lines of a wrapped paragraph looked back over for its previous quotation


def _single_break(text: str, a, b) -> bool:
    return text.count("\n", a.end, b.start) == 1


def _wrap_width(text: str, paras) -> int | None:
    """The column a hard-wrapped document (text from a PDF or a mail: one paragraph over several
    lines) is wrapped at — the median length of the lines that run on in lower case — or None when
    it is not wrapped: in wrapped prose a good share of the lines that follow another run on in
    lower case, in text with a paragraph a line almost none do."""
    lengths: list[int] = []
    pairs = 0
    prev = None
    for p in paras:
        if p.furniture:
            prev = None
            continue
        if prev is not None and _single_break(text, prev, p):
            pairs += 1
            if _soft_break(text, prev, p):
                lengths.append(prev.end - prev.start)
        prev = p
    if len(lengths) < _WRAP_MIN_BREAKS or 4 * len(lengths) < pairs:
        return None
    lengths.sort()
    width = lengths[len(lengths) // 2]
    return width if width >= _WRAP_MIN_WIDTH else None


def _wrapped_break(text: str, a, b, width: int | None, continued: bool = False) -> bool:
    """A line runs on in the next one, even one that starts with a capital, when it ends in a word
    no sentence ends in ('… the delegation of⏎Tajikistan …'), or, in a hard-wrapped document, when
    it ends without a sentence end and is either a full-width line ('… the Collective Security
    Treaty⏎Organization remains …') or itself the continuation of the line before (``continued``:
    '… releases. Temur⏎Umarov said …', the wrap fell inside a name in a paragraph's last line);
    a short line that starts a block (a heading) or a blank line ends it."""
    if a.lang != b.lang:
        return False
    first = text[b.start]
    if not (first.isalnum() or first in "“\"‘«(") or not _single_break(text, a, b):
        return False
    if rules(a.lang).line_runs_on(text, a.start, a.end):
        return True
    return bool(width) and (continued or a.end - a.start >= _WRAP_FULL * width) and _ends_open(text, a)


def lines_running_on(text: str, paras) -> set[int]:
    """Indexes of the paragraphs (lines) that go on with the sentence of the line before them."""
    width = _wrap_width(text, paras)
    out: set[int] = set()
    prev = None
    for p in paras:
        if p.furniture:
            prev = None
            continue
        if prev is not None and (_soft_break(text, prev, p)
                                 or _wrapped_break(text, prev, p, width, prev.index in out)):
            out.add(p.index)
        prev = p
    return out


# ------------------------------------------------------------------------------------------ cues
def _cue_candidates(text: str, s: Sent, r) -> tuple[int, str, list[re.Match]]:
    """Where the cue pattern matches in sentence ``s``: (offset of the view, the view, matches).
    The view is the sentence with a margin on each side, as the word lists are written (Chinese:
    simplified characters, same offsets)."""
    lo = max(0, s.start - r.not_cue_len)
    view = r.normalise(text[lo:s.end + r.not_cue_len])
    return lo, view, r.cue_matches(view, s.start - lo, s.end - lo)


def _cue_matches(text: str, s: Sent, inside_quote, candidates=None) -> list[tuple[int, int, str]]:
    r = rules(s.lang)
    if r.cue_re is None:
        return []
    found = []
    lo, view, matches = candidates or _cue_candidates(text, s, r)
    for m in matches:
        a, b = m.span()
        if inside_quote(a + lo) or not r.cue_ok(text, a + lo, b + lo, s.start):
            continue
        if r.not_cue_re is not None and r.not_cue_re.search(view, max(0, a - r.not_cue_len), b + r.not_cue_len) \
                and any(_covers(view, a, b, w) for w in r.not_cues):
            continue
        found.append((a + lo, b + lo, r.cue_role(m.group()) or "speech"))
    return found


def _covers(text: str, a: int, b: int, word: str) -> bool:
    """Is the cue at [a, b) part of an occurrence of ``word``?"""
    lo = max(0, a - len(word) + 1)
    i = text.find(word, lo, b + len(word))
    while i >= 0 and i < b:
        if i <= a and i + len(word) >= b:
            return True
        i = text.find(word, i + 1, b + len(word))
    return False


def analyse_cues(text: str, s: Sent, quotes_in: list[Quote], registry, inside_quote, candidates=None) -> list[Cue]:
    """The speech cues of sentence ``s``, each with its speaker and content, as its language's
    rules read them (``candidates``: :func:`_cue_candidates` of ``s``, when already found)."""
    r = rules(s.lang)
    cues: list[Cue] = []
    consumed = set()
    matches = _cue_matches(text, s, inside_quote, candidates)
    for a, b, role in matches:
        if a in consumed:
            continue
        cue = Cue(a, b, role, s)
        if r.analyse_cue(text, cue, quotes_in, cues, registry, matches, consumed) \
                and not r.idle_here(text, cue, quotes_in):    # 'The talks will continue, he said'
            cues.append(cue)
    # a forward cue inside another's reported content is part of that content
    kept: list[Cue] = []
    for c in cues:
        outer = next((k for k in kept if k.content and k.content[0] <= c.start < k.content[1]
                      and k.direction == "forward"), None)
        if c.direction == "forward" and outer is not None:
            if outer.role == "source" and (c.role in _NESTED_ROLES or c.content is None and not c.lead_in):
                pass                               # 'According to X, Kazakhstan does not want to …': both
            elif (outer.role == "source" or rules(s.lang).reports(text, outer.start, outer.end) and _set_off(text, c)) \
                    and _CLAUSE_BREAK.search(text, outer.content[0], c.start) is None:
                outer.content = None               # 'According to Reuters, Smith said …': Smith's
                if outer.role != "source" or r.source_outlet_passes_on and outer.speaker is not None \
                        and outer.speaker.kind == "org":
                    c.via = outer.speaker          # the outlet stays one a later 报导说 may mean
            elif c.speaker is outer.speaker:       # '…, adding that …': the same speaker's clause
                continue
            else:
                # where the language says so, a source frame also ends at a comma before a new
                # speaker and cue ('据X报道，A主持召开会议，会议指出，…')
                marks = ";；,，" if outer.role == "source" and rules(s.lang).source_ends_at_speaker else ";；"
                semi = _new_subject_after_semicolon(text, outer.content[0], c, marks)
                if semi is None:
                    continue
                outer.content = (outer.content[0], trim_punct(text, outer.content[0], semi))
        kept.append(c)
    # reported content stops where a trailing attribution ("…, the report said") begins
    for c in kept:
        if c.content:
            for t in kept:
                if t is not c and t.direction == "tail" and c.content[0] < t.before[1] <= c.content[1]:
                    c.content = (c.content[0], trim_punct(text, c.content[0], t.before[1]))
    return kept


def _set_off(text: str, c: Cue) -> bool:
    """Does cue ``c`` set its content off (a comma or colon after it: '佩斯科夫说，…'), as speech a
    report passes on does, not an act inside the reported clause ('总统将宣布新的人选')?"""
    return c.content is None or any(ch in "，,：:" for ch in text[c.end:c.content[0]])


_NESTED_ROLES = ("belief", "intent", "stance", "regard")   # a view or plan reported inside a claim
_CLAUSE_BREAK = re.compile(r"[,，.。;；:：!?！？“”\"«»「」]")
_SET_OFF = re.compile(r"[\s,，;；:：—–-]")           # what sets a quotation off from the clause before it


def _new_subject_after_semicolon(text: str, a: int, c: Cue, marks: str = ";；") -> int | None:
    """'…; X said …' / '…；X表示，…': a clause after a semicolon (or another of ``marks``) that
    opens with its own speaker and cue ends the reported content before it; returns the mark's
    offset."""
    if c.speaker is None or c.speaker.kind not in ("name", "org", "unnamed"):
        return None
    k = max(text.rfind(m, a, c.start) for m in marks)
    if k < 0 or _CLAUSE_BREAK.search(text, k + 1, c.start):
        return None
    return k


# -------------------------------------------------------------------------------------- claims
def _governs_before(text: str, c: Cue, q: Quote) -> bool:
    return c.direction == "tail" and c.before and q.outer_end <= c.start and q.outer_start >= c.before[0]


def attribute(text: str, paras, quotes: list[Quote], registry=None) -> list[Claim]:
    """All claims of one document, in order, with their local speaker mentions."""
    runs_on = lines_running_on(text, paras)
    sents = sentences(text, paras, quotes, runs_on)
    qs = sorted(quotes, key=lambda q: q.outer_start)
    starts = [q.outer_start for q in qs]
    def inside_quote(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and qs[i].outer_start < pos < qs[i].outer_end

    claims: list[Claim] = []
    governed: dict[int, tuple[Cue, str]] = {}      # id(quote) -> (cue, how)
    cues_by_para: dict[int, list[Cue]] = {}
    sent_quotes: dict[int, list[Quote]] = {}
    qi = 0
    for si, s in enumerate(sents):
        while qi < len(qs) and qs[qi].outer_end <= s.start:
            qi += 1
        inq = []
        j = qi
        r = rules(s.lang)
        while j < len(qs) and qs[j].outer_start < s.end:
            if qs[j].outer_end > s.start and not r.is_title(text, qs[j].start, qs[j].end):
                inq.append(qs[j])                  # a quoted title ('“The Apprentice,”') is no claim
            j += 1
        sent_quotes[si] = inq
        candidates = None
        if not inq:                                # the cheap path: nothing to read here
            if r.cue_re is None:
                continue
            candidates = _cue_candidates(text, s, r)
            if not candidates[2]:
                continue
        cues = analyse_cues(text, s, inq, registry, inside_quote, candidates)
        for c in cues:
            cues_by_para.setdefault(s.para, []).append(c)
        for q in inq:
            g = _govern(text, q, cues)
            if g:
                governed[id(q)] = g
        mixed: dict[int, list[Claim]] = {}
        for c in cues:
            if c.content:
                new = _content_claims(text, c, inq, governed)
                claims.extend(new)
                mixed[id(c)] = [x for x in new if x.kind == "mixed"]
            elif c.direction == "tail" and c.role in ("speech", "source", "belief") and not any(
                    governed.get(id(q), (None,))[0] is c or q.outer_start < c.start for q in inq):
                # no quotation before the cue: '…, Nefzi said, adding, “…”' reports the words before it
                a, b = c.before
                a = _skip_dateline(text, a, b)
                if quoted_units(text[a:b]) >= 3 and a < b and not c.lead_in and \
                        text[a:b].rstrip().endswith(",") is False and _tail_indirect_ok(text, c):
                    turn = _dash_turn(text, a, b, c)
                    claims.append(_claim("direct", *turn, c, "explicit") if turn is not None
                                  else _claim("indirect", a, b, c, "explicit"))
        for q in inq:
            g = governed.get(id(q))
            if g and not any(cl.start <= q.start and q.end <= cl.end for cl in mixed.get(id(g[0]), ())):
                kind = "direct"
                if g[0].content and g[0].content[0] <= q.outer_start and q.outer_end <= g[0].content[1] + 1:
                    unq = quoted_units(text[g[0].content[0]:g[0].content[1]]) - quoted_units(text[q.start:q.end])
                    kind = "mixed" if unq >= 2 else "direct"
                claims.append(_claim(kind, q.start, q.end, g[0], "explicit", q.para))
    # quotations no cue in their sentence governs
    claims.sort(key=lambda c: (c.start, c.end))
    kept = {id(q) for qlist in sent_quotes.values() for q in qlist}
    claims = _paragraph_rules(text, paras, sents, sent_quotes, [q for q in qs if id(q) in kept], governed,
                              cues_by_para, claims, registry, runs_on)
    claims = _label_lines(text, paras, sents, claims)
    claims = _opening_sources(text, paras, sents, claims, qs)
    claims = _statements_by(text, paras, sents, claims, qs)
    claims = _rejoin_broken_quotes(qs, claims)
    claims = _one_claim_per_span(claims)
    resolve_references(text, claims, registry, paras)
    return sorted(claims, key=lambda c: (c.start, c.end))


def _cue_distance(c: Claim) -> int:
    """Characters between a claim and its cue (a claim without a cue: as far as can be)."""
    if c.cue is None:
        return 1 << 62
    return c.start - c.cue.end if c.cue.end <= c.start else max(0, c.cue.start - c.end)


def _one_claim_per_span(claims: list[Claim]) -> list[Claim]:
    """Two cues that reach one span make one claim (a record's id is its span), that of the cue
    nearest to it: 'X noted …, adding that …' is the words of 'adding'; 'The report estimates that
    …' of 'estimates', not of 'report'; 'A diplomat who asked … said that …' of 'said'."""
    best: dict[tuple[int, int], Claim] = {}
    for c in claims:
        k = (c.start, c.end)
        if k not in best or _cue_distance(c) < _cue_distance(best[k]):
            best[k] = c
    return [c for c in claims if best[(c.start, c.end)] is c]


def _rejoin_broken_quotes(qs: list[Quote], claims: list[Claim]) -> list[Claim]:
    """A quotation whose line ends open and whose rest closes the next line without an opening
    mark of its own is one quotation broken by a line break (text with a sentence a line:
    '“…三年。\n这一次…。”'): its two claims are one, the first's."""
    broken = {q.end: q for q in qs if q.close is None}
    if not broken:
        return claims
    rest = {q.para: q for q in qs if q.open is None and q.continued}   # a paragraph's first quotation
    by_start = {c.start: c for c in claims if c.kind in ("direct", "mixed")}
    drop = set()
    for c in sorted(claims, key=lambda c: c.start):
        q = broken.get(c.end) if c.kind in ("direct", "mixed") and id(c) not in drop else None
        nxt = rest.get(q.para + 1) if q is not None else None
        if nxt is not None and nxt.start in by_start:
            c.end = by_start[nxt.start].end
            drop.add(id(by_start[nxt.start]))
    return [c for c in claims if id(c) not in drop] if drop else claims


_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}\s+[—–-]+\s+")


#: a dash and a space opening a turn of dialogue in the Russian and French manner, at a line's
#: start or after a sentence's end ('— Do you think so? — Of course, — X replied.')
_TURN_OPEN = re.compile(r"(?:^|(?<=[.!?…][ \t\u00a0]))[—–-][ \t\u00a0]+(?=\S)", re.M)
#: ... closed by a dash before its cue's clause, after the turn's comma if any
_DASH_CLOSE = re.compile(r"([,!?…]?)[ \t\u00a0]*[—–-]{1,2}[ \t\u00a0]+")


def _dash_turn(text: str, a: int, b: int, c: "Cue") -> tuple[int, int] | None:
    """The span of a dialogue turn when the words before cue ``c`` are one: a dash opens them at
    the start of their line or of a sentence in it ('- We will not allow it, - said Peskov.', '—
    Too early. We will see, — Ryabkov replied'), standing for the quotation marks, and a dash
    closes them before the cue's clause; else None (reported words)."""
    close = _DASH_CLOSE.match(text, b, c.start)
    if close is None:
        return None
    line = max(text.rfind("\n", 0, a), text.rfind("\r", 0, a)) + 1     # the turn may hold sentences
    last = None
    for last in _TURN_OPEN.finditer(text, line, b):      # the turn's own dash: the last before it ends
        pass
    if last is None:
        return None
    return last.end(), b + len(close.group(1))


def _skip_dateline(text: str, a: int, b: int) -> int:
    """'ALMATY — Negotiations stalled, officials said.': the dateline is not the claim."""
    m = _DATELINE.match(text, a, b)
    return m.end() if m else a


def _tail_indirect_ok(text: str, c: Cue) -> bool:
    """'CONTENT, X said.' — the speaker must follow a comma, and the content be a clause."""
    return rules(c.sent.lang).after_comma(text, c.before[0], min(c.start, c.speaker.start)) or c.role == "source"


def _claim(kind, a, b, cue: Cue, resolution, para=None) -> Claim:
    return Claim(kind, a, b, cue.sent.para if para is None else para, cue.sent.lang, cue,
                 cue.speaker, resolution)


def _govern(text: str, q: Quote, cues: list[Cue]) -> tuple[Cue, str] | None:
    """The cue that governs quotation ``q`` in its sentence, if any."""
    # 'X强调：“Q1。”他还说：“Q2”', 'X said: “…”': a cue right before the quotation, only a colon
    # or a comma between, introduces it
    lead = [c for c in cues if c.direction == "forward" and c.speaker is not None and c.end <= q.outer_start
            and c.role not in ("belief", "stance") and not text[c.end:q.outer_start].strip(" \t：:，,")]
    if lead:
        return max(lead, key=lambda c: c.end), "forward"
    after = [c for c in cues if _governs_before(text, c, q)]
    # '“…,” X said (to applause / at a rally / , adding that …)': a cue whose speaker follows the
    # quotation directly governs it, whatever comes after the cue (never a belief: 'X feels')
    near = [c for c in cues if c.speaker and c.role not in ("belief", "stance") and q.outer_end <= c.speaker.start
            and c.speaker.start <= c.start and rules(c.sent.lang).speaker_after_quote] if not after else []
    for c in sorted(after + near, key=lambda c: c.start):
        gap = text[q.outer_end:min(c.start, c.speaker.start if c.speaker else c.start)]
        if not gap.strip(" ,，.。:：;—–-\t\n") or c in near and rules(c.sent.lang).title_gap(gap):
            return c, "immediate"
    # '“Q1”，X说，“Q2”' / '“Q” the chairman X explained, …': a speaker and cue written right after
    # the quotation (a role between them, no clause) speak the quotation too
    # ('“…,” she said, but …, “…,” said Ortiz': a pronoun right after the quotation speaks it too)
    for c in cues:
        if c.direction == "forward" and c.speaker is not None and (
                c.speaker.kind in ("name", "org")
                or c.speaker.kind == "pronoun" and not text[q.outer_end:c.speaker.start].strip(" ,，")) \
                and c.role not in ("belief", "stance") \
                and c.speaker.start >= q.outer_end and c.start >= q.outer_end \
                and _CLAUSE_BREAK.search(text[q.outer_end:c.start].lstrip(" ,，:：—–-")) is None:
            return c, "immediate"
    before = [c for c in cues if c.direction == "forward" and c.end <= q.outer_start
              and not (c.subordinate and c.content and c.content[1] < q.outer_start)]
    if before:
        return max(before, key=lambda c: c.end), "forward"
    if after:
        return min(after, key=lambda c: c.start), "tail"
    return None


def _content_claims(text: str, c: Cue, inq: list[Quote], governed) -> list[Claim]:
    a, b = c.content
    inside = [q for q in inq if a <= q.outer_start and q.outer_end <= b + 1
              and governed.get(id(q), (None,))[0] is c]
    if not inside:
        # 'incomes rose' is a claim, 'declined to comment' a refusal as PolNeAR annotates it,
        # 'endorsed Trump' a stance on Trump
        least = {"stance": 1}.get(c.role, 2)
        if quoted_units(text[a:b]) >= least and not any(q.outer_start < b and q.outer_end > a for q in inq):
            return [_claim("indirect", a, b, c, "explicit")]
        return []
    quoted = sum(quoted_units(text[q.start:q.end]) for q in inside)
    unquoted = quoted_units(text[a:b]) - quoted
    after_last = quoted_units(text[max(q.outer_end for q in inside):b])
    # where the language says so, reported speech that ends in a quotation is one mixed claim, the
    # whole clause ('他流转了60多亩地，眼下长势不错，“昨天还打了药。”'), also when the clause runs
    # straight into a quoted sentence longer than itself ('她的祖父常常提醒孩子们“不要忘记自己从哪里来。”')
    whole = rules(c.sent.lang).mixed_whole_clause
    after_min = 1 if len(inside) == 1 and rules(c.sent.lang).term_quote(text, inside[0].outer_start, quoted) else 3
    last = max(inside, key=lambda q: q.outer_end)
    utterance = whole and unquoted >= 2 and text[last.end - 1:last.end] in SENT_END \
        and last.outer_start > a and not _SET_OFF.match(text, last.outer_start - 1)
    # '…，华盛顿“不寻求冲突”': a subject alone before the quotation that ends the clause, its predicate
    predicate = len(inside) == 1 and after_last == 0 and \
        rules(c.sent.lang).quoted_predicate(text, a, last.outer_start)
    if (unquoted > quoted or utterance or predicate) and (after_last >= after_min or after_last == 0 and whole):
        return [_claim("mixed", a, b, c, "explicit")]
    return []


def _quote_share(text: str, p, qs: list[Quote]) -> float:
    total = _visible(text[p.start:p.end])
    quoted = sum(_visible(text[q.outer_start:q.outer_end]) for q in qs if q.para == p.index)
    return quoted / total if total else 0.0


def _visible(s: str) -> int:
    """Characters of ``s`` that are not whitespace."""
    return len("".join(s.split()))


def _paragraph_rules(text, paras, sents, sent_quotes, qs, governed, cues_by_para, claims, registry,
                     runs_on=frozenset()):
    """Quotations without a cue in their sentence: a cue in the paragraph before or after, the
    previous quotation of the paragraph (of its lines, when a sentence runs on over a line break),
    the previous paragraph's speaker, a speech event."""
    by_para: dict[int, list[Quote]] = {}
    for q in qs:
        by_para.setdefault(q.para, []).append(q)
    para_claims: dict[int, list[Claim]] = {}
    for cl in claims:
        para_claims.setdefault(cl.para, []).append(cl)
    content_paras = [p for p in paras if not p.furniture]
    pos = {p.index: i for i, p in enumerate(content_paras)}
    sent_of = {}
    for si, qlist in sent_quotes.items():
        for q in qlist:
            sent_of.setdefault(id(q), si)
    out = list(claims)
    for p in content_paras:
        pq = [q for q in by_para.get(p.index, []) if id(q) not in governed]
        if not pq:
            continue
        i = pos[p.index]
        prev_p = content_paras[i - 1] if i > 0 else None
        next_p = content_paras[i + 1] if i + 1 < len(content_paras) else None
        dominant = _quote_share(text, p, by_para.get(p.index, [])) >= 0.6
        for q in pq:
            if _STAGE_DIRECTION.fullmatch(text, q.start, q.end):
                continue                           # '“(CROSSTALK.)' in a transcript: no one's words
            si = sent_of.get(id(q))
            claim = _transcript_label(text, q, p) or _colon_label(text, q, sents[si] if si is not None else None) \
                or _lead_sentence(text, q, cues_by_para.get(p.index, [])) \
                or _colon_clause(text, q, sents[si] if si is not None else None)
            if claim is None and q is pq[-1]:
                claim = _dash_signature(text, q, p, sents[si] if si is not None else None)
                if claim is None and next_p is not None and si is not None \
                        and not text[q.outer_end:p.end].strip(" .!?"):
                    # '“…”' and then a paragraph of its own: '-Lena Ortiz, tweeting after the vote.'
                    claim = _labelled(q, sents[si], rules(p.lang).dash_signature(text, next_p.start, next_p.end))
            here = para_claims.get(p.index, [])
            k = i
            while k > max(0, i - _BLOCK_LINES) and content_paras[k].index in runs_on:
                k -= 1                             # the lines before that this one goes on from
                here = para_claims.get(content_paras[k].index, []) + here
            prev = _last_quote_claim(here, q.outer_start) or _last_reported_claim(text, here, q.outer_start)
            if claim is None and prev is not None and prev.referent and si is not None:
                # 'He voiced a wish for a “strong Mexico”', 'Weaver dismissed that as “disarray”': a
                # person acting as the subject of the quotation's own sentence, not the last speaker
                claim = _own_subject_quote(text, q, sents[si], registry)
            if claim is None and prev is not None and prev.referent:
                claim = Claim("direct", q.start, q.end, p.index, p.lang, prev.cue, prev.mention,
                              "continuation", antecedent=prev.antecedent)
            elif claim is None and dominant:
                lead = _adjacent_cue(text, cues_by_para, next_p, prev_p, q)
                if lead is None and q.close is None and i + 2 < len(content_paras):
                    # a quotation left open runs on in the next paragraph; its speaker follows that
                    lead = _adjacent_cue(text, cues_by_para, content_paras[i + 2], None, q)
                lead = lead or _colon_lead(text, prev_p, cues_by_para, sents)
                if lead:
                    claim = Claim("direct", q.start, q.end, p.index, p.lang, lead, lead.speaker, "explicit")
                else:
                    prev = _previous_speaker(prev_p, para_claims, cues_by_para)
                    opener = _paragraph_opener(text, p, q, sents, registry) if prev is not None else None
                    if opener is not None and (prev.referent is None or
                                               (opener.name or opener.text) != (prev.referent.name or prev.referent.text)):
                        # 'Clinton touted her record. “We need …”': a paragraph opening with another
                        # named person's sentence gives the quotation to that person, not the last speaker
                        claim = Claim("direct", q.start, q.end, p.index, p.lang, None, opener, "explicit")
                        claim.extra["rule"] = "paragraph-subject"
                        prev = None
                    if prev is not None and (q.continued or prev.kind != "indirect"
                                             or rules(p.lang).quote_paragraph_continues_reported
                                             or _attribution_only(prev_p, cues_by_para)):
                        claim = Claim("direct", q.start, q.end, p.index, p.lang, prev.cue, prev.mention,
                                      "continuation", antecedent=prev.antecedent)
            if claim is None:
                claim = _speech_event(text, q, sents[si] if si is not None else None, registry)
            if claim is None and quoted_units(text[q.start:q.end]) >= 6 and re.search(
                    r"[.!?。！？…,，]\W*$", text[q.start:q.end]):
                claim = _clause_subject_quote(text, q, sents[si] if si is not None else None, registry) \
                    or Claim("direct", q.start, q.end, p.index, p.lang, None, None, "none")
            elif claim is None and i > 0 and (quoted_units(text[q.start:q.end]) >= 2 or
                                               rules(p.lang).predicate_quote(text, q.outer_start)):
                # (never in the first paragraph: a headline; one word only as a predicate: 'as “absurd”')
                claim = _clause_subject_quote(text, q, sents[si] if si is not None else None, registry, True)
            if claim is not None:
                out.append(claim)
                bisect.insort(para_claims.setdefault(p.index, []), claim, key=lambda c: c.start)
    return out


#: a quotation that is only a bracketed stage direction: '(CROSSTALK)', '[Applause.]', '（笑）'
_STAGE_DIRECTION = re.compile(r"\s*[(\[（【][^()\[\]（）【】]{1,60}[)\]）】][.!。]?\s*")


def _last_quote_claim(claims: list[Claim], before: int) -> Claim | None:
    """The last direct or mixed claim ending before ``before`` (claims sorted by start)."""
    i = bisect.bisect_right(claims, before, key=lambda c: c.start)
    for c in reversed(claims[max(0, i - 64):i]):
        if c.end <= before and c.kind != "indirect":
            return c
    return None


def _last_reported_claim(text, claims: list[Claim], before: int) -> Claim | None:
    """'The talks may stall, Schiff said. “The other factor is …”': the reported claim of the
    sentence just before a quotation, when its speaker is named after it (a trailing cue)."""
    i = bisect.bisect_right(claims, before, key=lambda c: c.start)
    for c in reversed(claims[max(0, i - 8):i]):
        if c.end <= before:
            tail = c.cue is not None and c.cue.direction == "tail" and c.cue.speaker is not None
            return c if tail and c.cue.sent.end >= before - 3 and \
                not text[c.cue.sent.end:before].strip(" \t\"“'‘") else None
    return None


def _paragraph_opener(text, p, q: Quote, sents, registry) -> Mention | None:
    """The named subject of a whole sentence that opens paragraph ``p`` before quotation ``q``
    (where the language lets a quotation be its clause's subject's)."""
    r = rules(p.lang)
    if not r.quote_in_clause_is_subjects or q.outer_start <= p.start:
        return None
    i = bisect.bisect_right(sents, p.start, key=lambda x: x.start) - 1
    if i < 0 or sents[i].start != p.start or sents[i].end > q.outer_start \
            or text[sents[i].end:q.outer_start].strip() \
            or i + 1 < len(sents) and sents[i + 1].start < q.outer_start:    # one whole sentence, then the quotation
        return None
    spk = r.subject_at_start(text, p.start, sents[i].end, registry)
    return spk if spk is not None and spk.kind == "name" else None


def _lead_sentence(text, q: Quote, para_cues: list[Cue]) -> Claim | None:
    """'Ortiz agreed. “…”', 'Reyes, the party's spokesman, said in a statement. “…”': a sentence of
    the quotation's paragraph that ends with a speaker and a cue governing nothing introduces the
    quotation opening the next sentence."""
    k = bisect.bisect_right(para_cues, q.outer_start, key=lambda c: c.start)
    for c in reversed(para_cues[max(0, k - 8):k]):          # (the last cues before it: bounded work)
        if c.sent.end <= q.outer_start:
            if c.lead_in and c.direction == "forward" and c.speaker is not None and c.sent.end >= c.end \
                    and not text[c.sent.end:q.outer_start].strip():
                return Claim("direct", q.start, q.end, q.para, c.sent.lang, c, c.speaker, "explicit")
            return None
    return None


def _colon_clause(text, q: Quote, s: Sent | None) -> Claim | None:
    """'Ortiz resisted: “…”', 'She then turned to the crowd again: “…”': a quotation right after
    the colon that ends its own sentence's clause, whatever the verb, is that clause's subject's
    (as the language's rules find it), not the last speaker's."""
    if s is None or s.start >= q.outer_start:
        return None
    lead = text[s.start:q.outer_start].rstrip()
    if not lead.endswith(":"):
        return None
    colon = s.start + len(lead) - 1
    spk = rules(s.lang).open_clause_subject(text, s.start, colon)
    if spk is None or spk.kind not in ("name", "org", "pronoun"):     # ('The message was clear:' names no one)
        return None
    c = Claim("direct", q.start, q.end, q.para, s.lang, Cue(colon, colon + 1, "speech", s, speaker=spk), spk,
              "explicit")
    c.extra["rule"] = "colon-clause"
    return c


def _attribution_only(p, cues_by_para) -> bool:
    return p is not None and any(c.direction == "tail" and c.lead_in for c in cues_by_para.get(p.index, []))


def _adjacent_cue(text, cues_by_para, next_p, prev_p, q: Quote) -> Cue | None:
    """'RFE/RL quotes X, a fellow at …' on the next line, or '… X is quoted,' on the line before."""
    if prev_p is not None:
        for c in reversed(cues_by_para.get(prev_p.index, [])):
            if c.lead_in and c.direction == "forward" and c.speaker:
                return c
            break
    if next_p is not None:
        for c in cues_by_para.get(next_p.index, []):
            if c.direction == "tail" and c.speaker and c.lead_in:
                return c
            # '“We are ready.⏎“We will hold,” Reznikov said.': a quotation left open goes on in the
            # next paragraph's, which its cue after it attributes
            # (a paragraph that is a quotation; a named speaker: 'she said' there goes back anyway;
            # where the language's news write long quotations so, not English block quotes)
            if rules(next_p.lang).open_quote_takes_next_cue and c.direction == "tail" and c.speaker \
                    and c.speaker.kind != "pronoun" and q.close is None \
                    and c.sent.start == next_p.start and text[next_p.start:next_p.start + 1] in OPENERS_Q \
                    and text[q.outer_start - 1:q.outer_start] in ("", "\n"):
                return c
            # '“……”⏎周竞帆说，他从小就有个从军梦。': the next paragraph opens with its speaker
            if c.direction == "forward" and c.speaker is not None and c.speaker.kind == "name" \
                    and c.sent.start == next_p.start and c.role == "speech" \
                    and _CLAUSE_BREAK.search(text, next_p.start, c.start) is None:
                return c
            break
    return None


def _colon_lead(text, prev_p, cues_by_para, sents) -> Cue | None:
    """'Ortiz told the crowd, to rowdy applause:' or 'Ortiz has since apologized:' ending the
    paragraph before a quotation: the speaker of its last sentence introduces it."""
    if prev_p is None or not text[prev_p.start:prev_p.end].rstrip().endswith(":"):
        return None
    for c in reversed(cues_by_para.get(prev_p.index, [])):
        if c.speaker and c.sent.end >= prev_p.end - 1 and c.direction == "forward":
            return c
    i = bisect.bisect_right(sents, prev_p.end - 1, key=lambda x: x.start) - 1
    if i < 0 or sents[i].end < prev_p.end - 1:
        return None
    s = sents[i]
    spk = rules(s.lang).clause_subject(text, s.start, s.end)
    if spk is None or spk.kind not in ("name", "org", "pronoun", "nominal"):
        return None
    colon = text.rindex(":", s.start, s.end)
    return Cue(colon, colon + 1, "speech", s, speaker=spk)


def _previous_speaker(prev_p, para_claims, cues_by_para) -> Claim | None:
    if prev_p is None:
        return None
    cl = [c for c in para_claims.get(prev_p.index, []) if c.referent]
    if cl:
        return cl[-1]
    for c in cues_by_para.get(prev_p.index, []):
        if c.lead_in and c.speaker:
            return Claim("direct", c.start, c.end, prev_p.index, c.sent.lang, c, c.speaker, "explicit")
    return None


def _label_lines(text, paras, sents, claims: list[Claim]) -> list[Claim]:
    """Paragraphs that open with a speaker's label and a colon: a transcript's turn ('BENENSON:
    Senator Sanders doesn't get to decide …', whatever claims it holds), or, in a paragraph without
    a claim, a headline whose label names a speaker the document quotes elsewhere ('Ortiz: Toll
    Will Go'; for the document's first line, a name its text uses again) or a finding document
    ('Poll: …')."""
    with_claims = {cl.para for cl in claims}
    speakers = {(cl.referent.name or cl.referent.text).split()[-1].lower()
                for cl in claims if cl.referent is not None and cl.referent.kind in ("name", "org")
                and (cl.referent.name or cl.referent.text).split()}
    first_sent = {}
    for s in sents:
        first_sent.setdefault(s.para, s)
    out = sorted(claims, key=lambda c: (c.start, c.end))
    starts = [cl.start for cl in out]
    labelled = []
    for p in paras:
        if p.furniture or p.index not in first_sent:
            continue
        s = first_sent[p.index]
        found = rules(s.lang).label_line(text, p.start, p.end)
        if found is not None:
            labelled.append((p, s, found))
    # a name that labels two turns or more is a transcript's speaker ('Matthews: …' … 'Matthews: …'),
    # and so is a name labelling the paragraph right before or after one of its turns ('Lopez: …')
    turns = Counter((spk.name or spk.text) for _, _, (spk, *_rest) in labelled if spk.kind == "name")
    repeated = {p.index for p, _, (spk, *_rest) in labelled
                if spk.kind == "name" and turns[spk.name or spk.text] >= 2}
    # … and so is a name labelling the answer to an interviewer's turn ('Q: …' / 'Kassenova: …')
    repeated |= {p.index for p in paras if p.index in first_sent
                 and rules(first_sent[p.index].lang).interviewer_line(text, p.start, p.end)}
    headline = next((p for p in paras if not p.furniture and text[p.start:p.end].strip()), None)
    for p, s, found in labelled:
        spk, colon, a, b, transcript = found
        if not transcript and spk.kind == "name" and {p.index - 1, p.index, p.index + 1} & repeated:
            transcript, b = True, trim_punct(text, a, p.end)   # a turn's full stop is its speaker's
        if not transcript and (p.index in with_claims or spk.kind != "unnamed"
                               and (spk.name or spk.text).split()[-1].lower() not in speakers
                               and not (p is headline and _named_in_body(text, p, spk.name or spk.text))):
            continue                   # a transcript's turn is its speaker's words whatever they report
        if quoted_units(text[a:b]) >= 2:
            cue = Cue(colon, colon + 1, "speech", s, speaker=spk)
            out.append(Claim("direct" if transcript else "indirect", a, b, p.index, s.lang, cue, spk, "explicit"))
            # 'TAPPER: … I think there are …': the turn's speaker thinks so
            for cl in out[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)] if transcript else ():
                if cl.mention is not None and cl.mention.kind == "pronoun" and cl.mention.cls == "self" \
                        and cl.resolution == "explicit":
                    cl.antecedent, cl.resolution = spk, "pronoun"
    return sorted(out, key=lambda c: (c.start, c.end))


def _named_in_body(text: str, p, label: str) -> bool:
    """Is ``label`` (one word labelling the headline ``p``) the surname of someone the text after it
    names in full ('Lynch: No outside influence …' over 'Attorney General Loretta Lynch is
    reaffirming …', where she speaks only as 'She told …'): the word again, written the same way,
    after a capitalised word? A place ('Central Asia: …') is no label of a speaker. The first
    20,000 characters after the headline are read."""
    if " " in label.strip() or not label[:1].isupper():
        return False
    return re.search(rf"(?<![\w’'-])[A-Z][\w.’'-]*[ \t]+{re.escape(label.strip())}(?![\w-])",
                     text[p.end:p.end + 20_000]) is not None


def _opening_sources(text, paras, sents, claims: list[Claim], quotes=()) -> list[Claim]:
    """Sentences without a claim that open with a document as their source ('In the new CBS poll,
    Trump leads by 13 points') or a holder's view ('In his view, …'): the rest of the sentence is
    the source's claim (mixed when it holds a quotation)."""
    furniture = {p.index for p in paras if p.furniture}
    taken = sorted((cl.start, cl.end) for cl in claims)
    starts = [a for a, _ in taken]
    out = list(claims)
    for s in sents:
        if s.para in furniture:
            continue
        found = rules(s.lang).opening_source(text, s.start, s.end)
        closing = None if found is not None else rules(s.lang).closing_source(text, s.start, s.end)
        if found is None and closing is None:
            continue
        spk, a, b = found or closing
        i = bisect.bisect_left(starts, a)
        if i < len(taken) and taken[i][0] == a or i and taken[i - 1][1] > a:
            continue                                       # a claim reads these words already
        if closing is not None and i < len(taken) and taken[i][0] < spk.end:
            continue                                       # 'X said Trump leads … in the poll'
        # quotations inside that no cue attributes are the source's (a claim inside with its own
        # speaker stays: 'In the poll, 51 percent said they would …')
        inner = [cl for cl in out if a <= cl.start and cl.end <= b + 1 and cl.mention is None]
        inside = [q for q in quotes if a <= q.outer_start and q.outer_end <= b + 2]
        cue = Cue(spk.start, spk.end, "source", s, speaker=spk)
        unquoted = quoted_units(text[a:b]) - sum(quoted_units(text[q.start:q.end]) for q in inside)
        if unquoted >= 2 or not inside:  # "In Ortiz's words, the sanctions “have not worked”": one mixed claim
            if quoted_units(text[a:b]) >= 2:
                out = [cl for cl in out if not any(cl is x for x in inner)]
                out.append(Claim("mixed" if inside else "indirect", a, b, s.para, s.lang, cue, spk, "explicit"))
        else:                            # 'In Ortiz's words, “the sanctions have not worked.”'
            for cl in inner:
                cl.cue, cl.mention, cl.resolution = cue, spk, "explicit"
            for q in inside:
                if not any(cl.start == q.start for cl in inner):
                    out.append(Claim("direct", q.start, q.end, s.para, s.lang, cue, spk, "explicit"))
    return sorted(out, key=lambda c: (c.start, c.end))


class _Spans:
    """Spans sorted once, to ask in O(log n) whether any of them meets ``[a, b)``."""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [x for x, _ in spans]
        self.reach = list(itertools.accumulate((y for _, y in spans), max))   # furthest end so far

    def meets(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.starts, b)
        return i > 0 and self.reach[i - 1] > a


def _statements_by(text, paras, sents, claims: list[Claim], quotes=()) -> list[Claim]:
    """'Kazakhstan will raise output. This was stated by the minister X.': a sentence that names
    the speaker of the one before it (in its paragraph, or the last of the paragraph just before)
    makes that sentence the speaker's claim, when no claim reads it already and it holds no
    quotation."""
    furniture = {p.index for p in paras if p.furniture}
    out = list(claims)
    taken = quoted = None                # built at the first statement found (most documents have none)
    for si in range(1, len(sents)):
        s, prev = sents[si], sents[si - 1]
        if s.para in furniture or prev.para in furniture or s.para - prev.para > 1:
            continue
        found = rules(s.lang).statement_by(text, s.start, s.end)
        if found is None:
            continue
        spk, ca, cb = found
        a, b = prev.start, sentence_end(text, prev)
        if taken is None:
            taken = _Spans((cl.start, cl.end) for cl in claims)
            quoted = _Spans((q.outer_start, q.outer_end) for q in quotes)
        if quoted_units(text[a:b]) < 3 or taken.meets(a, prev.end) or quoted.meets(a, prev.end):
            continue
        cue = Cue(ca, cb, "speech", s, speaker=spk, direction="tail", before=(a, b))
        out.append(Claim("indirect", a, b, prev.para, prev.lang, cue, spk, "explicit"))
    return sorted(out, key=lambda c: (c.start, c.end))


def _colon_label(text, q: Quote, s: Sent | None) -> Claim | None:
    """'Former Mayor Lena Ortiz: “…”', 'Ortiz, Channel 5: “…”': a label before a colon names the
    speaker of the quotation after it (as the language's rules read it)."""
    if s is None:
        return None
    return _labelled(q, s, rules(s.lang).colon_label(text, s.start, q.outer_start))


def _labelled(q: Quote, s: Sent, found) -> Claim | None:
    """A quotation whose speaker a label gives: ``found`` is (speaker, position of the colon or
    dash that stands for the cue), or None."""
    if found is None:
        return None
    spk, mark = found
    cue = Cue(mark, mark + 1, "speech", s, speaker=spk)
    return Claim("direct", q.start, q.end, q.para, s.lang, cue, spk, "explicit")


def _transcript_label(text, q: Quote, p) -> Claim | None:
    """'“WALLACE: But, Governor, …”': a quoted transcript names its speaker in a label."""
    spk = rules(p.lang).transcript_label(text, q.start, q.end)
    if spk is None:
        return None
    return Claim("direct", q.start, q.end, q.para, p.lang, None, spk, "explicit")


def _dash_signature(text, q: Quote, p, s: Sent | None) -> Claim | None:
    """'“…” — Lena Ortiz': a signature after the paragraph's last quotation names its speaker."""
    if s is None:
        return None
    return _labelled(q, s, rules(s.lang).dash_signature(text, q.outer_end, p.end))


def _clause_subject_quote(text, q: Quote, s: Sent | None, registry, short=False) -> Claim | None:
    """'Sanders credited the win to “a closed primary, where independents cannot vote.”': where the
    language says so, a quotation no cue governs, after its sentence's subject, is that subject's;
    a short one ('Ortiz dismissed the plan as “a fantasy”') only when the subject is a person
    acting, not a passive ('its regions are claimed to be “historical Russia”')."""
    r = rules(s.lang) if s is not None else None
    if r is None or not r.quote_in_clause_is_subjects:
        return None
    spk = r.speech_event_speaker(text, s.start, q.outer_start, registry)
    if spk is None or spk.kind not in ("name", "org", "pronoun", "nominal"):
        return None
    if short and (spk.kind not in ("name", "pronoun") or spk.kind == "pronoun" and spk.cls != "person"
                  or r.passive_between(text, spk.end, q.outer_start)
                  or r.is_headline(text, s.start, q.outer_start)):
        return None
    c = Claim("mixed" if short else "direct", q.start, q.end, q.para, s.lang, None, spk, "explicit")
    c.extra["rule"] = "clause-subject"
    return c


def _own_subject_quote(text, q: Quote, s: Sent, registry) -> Claim | None:
    """:func:`_clause_subject_quote` with a person acting as the subject (a name or a pronoun), for
    a quotation inside its sentence: direct when it is a whole sentence, else mixed."""
    if s.start >= q.outer_start or rules(s.lang).open_clause_subject(text, s.start, q.outer_start) is None:
        return None                                # (not the subject of a clause inside: '… so that I …')
    c = _clause_subject_quote(text, q, s, registry, True)
    if c is not None and not text[c.mention.end:q.outer_start].strip(" ,"):
        return None                                # 'Biden “kind of misspoke.”': no verb of its own
    if c is not None and quoted_units(text[q.start:q.end]) >= 6 and re.search(r"[.!?。！？…,，]\W*$", text[q.start:q.end]):
        c.kind = "direct"
    return c


def _speech_event(text, q: Quote, s: Sent | None, registry) -> Claim | None:
    """'He used a saying in his speech — “…”': a quotation in a sentence about a speech event
    (``speech_nouns.txt``) is the sentence subject's."""
    if s is None:
        return None
    r = rules(s.lang)
    words = r.speech_nouns
    region = text[s.start:q.outer_start]
    # where the language writes it so, a quotation appended to a sentence about a named person
    # is that person's ('傅昆宝指了指角落里的喷雾器，“谁都不愿家里被淹。”')
    appended = r.appended_quote_is_subjects and re.search(r"[,，:：]\s*$", region)
    if not appended and (not words or not any(r.has_word(region, w) for w in words)):
        return None
    spk = r.speech_event_speaker(text, s.start, q.outer_start, registry)
    if spk is None or spk.kind not in ("name", "org"):
        return None
    c = Claim("direct", q.start, q.end, q.para, s.lang, None, spk, "explicit")
    c.extra["rule"] = "speech-event"
    return c
