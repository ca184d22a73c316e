"""Stage 4 — attribute: speech cues, claims and who made them.

For every sentence with a quotation or a speech cue, each cue is read with its speaker (before
it, or after it when inverted: "…,” said X") and the content it introduces. Quotations are then
given to the cue that governs them, and reported speech without quote marks becomes an indirect
claim. A sieve decides the speaker, from the most certain rule to the least; each claim records
which rule (``resolution``): explicit, pronoun, nominal, continuation, or none.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from claimx.lang import rules
from claimx.lang.base import SENT_END, read_lines, data_dir
from claimx.mentions import (Mention, _NAME_RUN, name_at_end, speaker_after, subject_at_start,
                             subject_before, zh_name_at_end)
from claimx.quotes import Quote, quoted_units

CONFIDENCE = {"explicit": 0.9, "pronoun": 0.75, "nominal": 0.7, "continuation": 0.7, "none": 0.3}
_SAY = re.compile(r"^(?:say|says|said|saying|tell|tells|told|telling|add|adds|added|adding|write|"
                  r"writes|wrote|warn|warns|warned|insist|insists|insisted|argue|argues|argued|"
                  r"believe|believes|think|thinks)$", re.I)
_TELL = re.compile(r"^(?:tell|tells|told|telling|warn|warns|warned|assure|assures|assured|remind|"
                   r"reminded)$", re.I)
_PASSIVE = re.compile(r"(?:^|\s)(?:is|was|are|were|been|being|be|get|got)\s*$", re.I)
_INFINITIVE = re.compile(r"(?:^|\s)to\s*$", re.I)
# a participial phrase after the reported clause is the writer's, not the speaker's:
# 'X said that … was “too heavy a word,” prompting a rebuke from Kyiv.'
_PARTICIPLE_TAIL = re.compile(r",[”\"’»]?\s+(?:[a-z]+ing)\b")
_MAX_PARA_GAP = 3  # pronouns and nominals look back at most this many paragraphs


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
    role: str                      # speech | quote | object | source
    sent: Sent
    speaker: Mention | None = None
    direction: str = "forward"     # forward: content after; tail: content before the speaker
    content: tuple[int, int] | None = None   # reported content (forward cues with a complement)
    before: tuple[int, int] | None = None    # what a tail cue governs
    lead_in: bool = False          # ends its paragraph introducing a quotation ("… is quoted,")

    @property
    def text_span(self):
        return (self.start, self.end)


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
    def named(self) -> Mention | None:
        return self.antecedent or self.mention


# ------------------------------------------------------------------------------------- sentences
def sentences(text: str, paras, quotes: list[Quote]) -> list[Sent]:
    """Sentences of non-furniture paragraphs, merged so that no quotation crosses a boundary and a
    sentence broken over two lines ("… Union,⏎we are …", "… troops,⏎presented …") is one."""
    out: list[Sent] = []
    prev_para = None
    for p in paras:
        if p.furniture:
            prev_para = None
            continue
        spans = p.sentences(text)
        if not spans:
            continue
        if out and prev_para is not None and _soft_break(text, prev_para, p):
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
    for s in out:
        if merged:
            m = merged[-1]
            while qi < len(qs) and qs[qi].outer_end <= m.start:
                qi += 1
            if any(q.outer_start < m.end and q.outer_end > s.start and q.outer_start >= m.start
                   for q in qs[qi:qi + 8]):
                m.end = s.end
                continue
        merged.append(Sent(s.start, s.end, s.lang, s.para))
    return merged


def _soft_break(text: str, a, b) -> bool:
    last = text[a.end - 1]
    first = text[b.start]
    return last not in SENT_END and last not in "”\"»:" and first.islower() and a.lang == b.lang


# ------------------------------------------------------------------------------------------ cues
def _cue_matches(text: str, s: Sent, inside_quote) -> list[tuple[int, int, str]]:
    r = rules(s.lang)
    if r.cue_re is None:
        return []
    found = []
    for m in r.cue_re.finditer(text, s.start, s.end):
        a, b = m.span()
        if inside_quote(a):
            continue
        if r.not_cue_re is not None and r.not_cue_re.search(text, max(0, a - r.not_cue_len), b + r.not_cue_len) \
                and any(_covers(text, a, b, w) for w in r.not_cues):
            continue
        found.append((a, b, r.cue_role(m.group()) or "speech"))
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


def _clause_start(text: str, s: Sent, pos: int, quotes_in: list[Quote], zh: bool) -> int:
    start = s.start
    for q in quotes_in:
        if q.outer_end <= pos:
            start = max(start, q.outer_end)
    if zh:
        k = max(text.rfind(c, start, pos) for c in "，,；;：:。")
        if k >= 0:
            start = k + 1
    return start


def _sentence_end(text: str, s: Sent) -> int:
    e = s.end
    while e > s.start and (text[e - 1] in SENT_END or text[e - 1].isspace()):
        e -= 1
    return e


def analyse_cues(text: str, s: Sent, quotes_in: list[Quote], aliases, inside_quote) -> list[Cue]:
    zh = s.lang == "zh"
    cues: list[Cue] = []
    consumed = set()
    matches = _cue_matches(text, s, inside_quote)
    for a, b, role in matches:
        if a in consumed:
            continue
        cue = Cue(a, b, role, s)
        if zh:
            ok = _analyse_zh(text, cue, quotes_in, aliases, matches, consumed)
        else:
            ok = _analyse_latin(text, cue, quotes_in, cues)
        if ok:
            cues.append(cue)
    # a forward cue inside another's reported content is part of that content
    kept: list[Cue] = []
    for c in cues:
        if c.direction == "forward" and any(
                k.content and k.content[0] <= c.start < k.content[1] and k.direction == "forward"
                for k in kept):
            continue
        kept.append(c)
    # reported content stops where a trailing attribution ("…, the report said") begins
    for c in kept:
        if c.content:
            for t in kept:
                if t is not c and t.direction == "tail" and c.content[0] < t.before[1] <= c.content[1]:
                    c.content = (c.content[0], _trim_punct(text, c.content[0], t.before[1]))
    return kept


def _trim_punct(text: str, a: int, b: int) -> int:
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",，:：;；—–-"):
        b -= 1
    return b


#: Characters a cue's analysis looks at before it (its subject): bounds the work per cue, so a
#: paragraph of cues ("said said said …") stays linear in its length.
CUE_LOOKBEHIND = 300


def _analyse_latin(text: str, cue: Cue, quotes_in, previous: list[Cue]) -> bool:
    s, lang = cue.sent, cue.sent.lang
    left = max(_clause_start(text, s, cue.start, quotes_in, False), cue.start - CUE_LOOKBEHIND)
    before = text[left:cue.start]
    end = _sentence_end(text, s)
    if cue.role == "source":                       # according to X, CONTENT / CONTENT, according to X
        spk = speaker_after(text, cue.end, s.end, lang, with_role=False)
        if not spk:
            return False
        cue.speaker = spk
        if not text[s.start:cue.start].strip():
            comma = text.find(",", spk.end, end)
            if comma < 0:
                return False
            cue.content = _content(text, comma + 1, end)
        elif text[s.start:cue.start].rstrip().endswith(",") and not text[spk.end:end].strip(" ,.;"):
            cue.direction = "tail"
            cue.before = (s.start, _trim_punct(text, s.start, cue.start))
        else:
            return False
        return True
    if _INFINITIVE.search(before):
        return False
    passive = _PASSIVE.search(before)
    if cue.role == "object" and not passive:       # RFE/RL quotes X, "…"
        spk = speaker_after(text, cue.end, s.end, lang)
        if not spk:
            return False
        cue.speaker = spk
        cue.direction = "tail"
        cue.before = (s.start, _trim_punct(text, s.start, cue.start))
        cue.lead_in = True
        return True
    if passive and cue.role != "object":
        return False
    subj_end = left + passive.start() if passive else cue.start
    stripped = before.strip()
    spk = None
    if not passive and (stripped.replace(" ", "") in ("", ",", "—", "–", ",—", ",–") and left > s.start
                        or not stripped):
        spk = speaker_after(text, cue.end, s.end, lang)
        if spk:
            cue.speaker, cue.direction = spk, "tail"
            cue.before = (s.start, _trim_punct(text, s.start, cue.start))
            return True
    spk = subject_before(text, left, subj_end, lang, s.start)
    if spk is None and stripped.endswith(","):
        inv = speaker_after(text, cue.end, s.end, lang)
        if inv:
            cue.speaker, cue.direction = inv, "tail"
            cue.before = (s.start, _trim_punct(text, s.start, cue.start))
            return True
    if spk is None and text[cue.start:cue.end].lower().endswith("ing") and stripped.endswith(","):
        prior = [c for c in previous if c.speaker]
        if prior:                                  # "…, adding that …": the clause's speaker
            spk = prior[-1].speaker
    if spk is None:
        return False
    cue.speaker = spk
    after = text[cue.end:end]
    # passive "X is quoted (by Y) as saying (that) …"
    if passive:
        m = re.search(r"\bas\s+(?:saying|telling\s+\S+)(?:\s+that)?\b|,\s*$|:\s*", after)
        if not m:
            return False
        start = cue.end + m.end()
        cue.content = _content(text, start, end) if text[start:end].strip() else None
        cue.lead_in = not text[start:end].strip()
        return True
    # a trailing attribution: "“…,” Nazirov told RFE/RL." / "…, the report said."
    tail_text = re.sub(r"^\s*(?:to\s+)?(?:[A-Z][\w/\-]*(?:\s+[A-Z][\w/\-]*)*|reporters|journalists|"
                       r"the\s+[\w\s]{1,30}?press)?", "", after)
    if not re.search(r"\bthat\b|[“\"«:]", after) and len(tail_text.split()) <= 6 and (
            left > s.start or spk.start > s.start and text[s.start:spk.start].rstrip().endswith(",")):
        cue.direction = "tail"
        cue.before = (s.start, _trim_punct(text, s.start, spk.start))
        return True
    if cue.role != "speech":
        cue.content = None                         # governs quotations only
        return True
    m = re.match(r"\s*[,:]\s*", after)
    if m:
        cue.content = _content(text, cue.end + m.end(), end)
    else:
        th = re.search(r"\bthat\b", after)
        if th and len(after[:th.start()].split()) <= 12 and not re.search(r"[“\"«]", after[:th.start()]):
            cue.content = _content(text, cue.end + th.end(), end)
        elif _SAY.match(text[cue.start:cue.end]):
            start = cue.end
            if _TELL.match(text[cue.start:cue.end]):
                obj = re.match(r"\s*(?:[A-Z][\w/\-]*(?:\s+[A-Z][\w/\-]*)*|reporters|journalists|me|us|him|"
                               r"her|them)\b", after)
                start += obj.end() if obj else 0
            if not re.match(r"\s*(?:to|by|of|about|in|on|at|for|with)\b", text[start:end]):
                cue.content = _content(text, start, end)
    if cue.content is None and not text[cue.end:end].strip(" ,:"):
        cue.lead_in = True
    return True


def _content(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    m = _PARTICIPLE_TAIL.search(text, a, b)
    if m:
        b = m.start() + (2 if text[m.start() + 1] in "”\"’»" else 0)
    b = _trim_punct(text, a, b)
    if b <= a or re.match(r"to\s", text[a:b]):
        return None
    return (a, b)


def _analyse_zh(text: str, cue: Cue, quotes_in, aliases, matches, consumed) -> bool:
    s = cue.sent
    end = _sentence_end(text, s)
    if cue.role == "source":                       # 据 X 称，CONTENT
        close = next(((a, b) for a, b, r in matches if a > cue.end and r == "speech"
                      and a - cue.end <= 60), None)
        if not close:
            return False
        spk = zh_name_at_end(text, cue.end, close[0], aliases)
        if spk is None:
            from claimx.mentions import zh_subject_before
            spk = zh_subject_before(text, cue.end, close[0], aliases)
        if spk is None:
            return False
        if spk.kind in ("name", "org") and spk.role is None:
            spk.role = text[cue.end:spk.start].strip() or None
        consumed.add(close[0])
        cue.speaker = spk
        cue.end = close[1]
        m = re.match(r"[\s，,：:]*", text[cue.end:end])
        cue.content = _content(text, cue.end + m.end(), end)
        return True
    left = _clause_start(text, s, cue.start, quotes_in, True)
    spk = subject_before(text, left, cue.start, "zh", s.start, aliases)
    if spk is None:
        return False
    cue.speaker = spk
    after = text[cue.end:end]
    m = re.match(r"[\s，,：:]*", after)
    rest = after[m.end():]
    if not rest.strip(" 。.，,"):
        cue.direction = "tail"
        cue.before = (s.start, _trim_punct(text, s.start, spk.start))
        return True
    if rest[:1] in "“「『\"‘":
        return True                                # 他说：“……” — governs the quotation
    if cue.role == "speech":
        cue.content = _content(text, cue.end + m.end(), end)
    return True


# -------------------------------------------------------------------------------------- claims
def _governs_before(text: str, c: Cue, q: Quote) -> bool:
    return c.direction == "tail" and c.before and q.outer_end <= c.start and q.outer_start >= c.before[0]


def attribute(text: str, paras, quotes: list[Quote], known=None) -> list[Claim]:
    """All claims of one document, in order, with their local speaker mentions."""
    aliases = known.zh_aliases if known else ()
    sents = sentences(text, paras, quotes)
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
        while j < len(qs) and qs[j].outer_start < s.end:
            if qs[j].outer_end > s.start:
                inq.append(qs[j])
            j += 1
        sent_quotes[si] = inq
        r = rules(s.lang)
        if not inq and (r.cue_re is None or not r.cue_re.search(text, s.start, s.end)):
            continue                               # the cheap path: nothing to read here
        cues = analyse_cues(text, s, inq, aliases, inside_quote)
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
            elif c.direction == "tail" and c.role == "speech" and not any(
                    governed.get(id(q), (None,))[0] is c for q in inq) and not inq:
                a, b = c.before
                a = _skip_dateline(text, a, b)
                if quoted_units(text[a:b]) >= 3 and a < b and not c.lead_in and \
                        text[a:b].rstrip().endswith(",") is False and _tail_indirect_ok(text, c):
                    claims.append(_claim("indirect", a, b, c, "explicit"))
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
    claims = _paragraph_rules(text, paras, sents, sent_quotes, qs, governed, cues_by_para, claims, known)
    _resolve_references(text, claims, paras, known)
    return sorted(claims, key=lambda c: (c.start, c.end))


_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]{2,40}\s+[—–-]+\s+")


def _skip_dateline(text: str, a: int, b: int) -> int:
    """'ALMATY — Negotiations stalled, officials said.': the dateline is not the claim."""
    m = _DATELINE.match(text, a, b)
    return m.end() if m else a


def _tail_indirect_ok(text: str, c: Cue) -> bool:
    """'CONTENT, X said.' — the speaker must follow a comma, and the content be a clause."""
    return text[c.before[0]:c.speaker.start].rstrip().endswith(",") or c.role == "source"


def _claim(kind, a, b, cue: Cue, resolution, para=None) -> Claim:
    return Claim(kind, a, b, cue.sent.para if para is None else para, cue.sent.lang, cue,
                 cue.speaker, resolution)


def _govern(text: str, q: Quote, cues: list[Cue]) -> tuple[Cue, str] | None:
    """The cue that governs quotation ``q`` in its sentence, if any."""
    after = [c for c in cues if _governs_before(text, c, q)]
    for c in sorted(after, key=lambda c: c.start):
        gap = text[q.outer_end:min(c.start, c.speaker.start if c.speaker else c.start)]
        if not gap.strip(" ,，.。:：;—–-\t\n"):
            return c, "immediate"
    before = [c for c in cues if c.direction == "forward" and c.end <= q.outer_start]
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
        if quoted_units(text[a:b]) >= 2.5 and not any(q.outer_start < b and q.outer_end > a for q in inq):
            return [_claim("indirect", a, b, c, "explicit")]
        return []
    quoted = sum(quoted_units(text[q.start:q.end]) for q in inside)
    unquoted = quoted_units(text[a:b]) - quoted
    after_last = quoted_units(text[max(q.outer_end for q in inside):b])
    if unquoted > quoted and after_last >= 3:
        return [_claim("mixed", a, b, c, "explicit")]
    return []


def _quote_share(text: str, p, qs: list[Quote]) -> float:
    total = sum(1 for ch in text[p.start:p.end] if not ch.isspace())
    quoted = sum(sum(1 for ch in text[q.outer_start:q.outer_end] if not ch.isspace())
                 for q in qs if q.para == p.index)
    return quoted / total if total else 0.0


def _paragraph_rules(text, paras, sents, sent_quotes, qs, governed, cues_by_para, claims, known):
    """Quotations without a cue in their sentence: a cue in the paragraph before or after, the
    previous quotation of the paragraph, the previous paragraph's speaker, a speech event."""
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
            claim = None
            prev = _last_quote_claim(para_claims.get(p.index, []), q.outer_start)
            if prev is not None and prev.named:
                claim = Claim("direct", q.start, q.end, p.index, p.lang, prev.cue, prev.mention,
                              "continuation", antecedent=prev.antecedent)
            elif dominant:
                lead = _adjacent_cue(cues_by_para, next_p, prev_p, q)
                if lead:
                    claim = Claim("direct", q.start, q.end, p.index, p.lang, lead, lead.speaker, "explicit")
                else:
                    prev = _previous_speaker(prev_p, para_claims, cues_by_para)
                    if prev is not None and (q.continued or prev.kind != "indirect"
                                             or _attribution_only(prev_p, cues_by_para)):
                        claim = Claim("direct", q.start, q.end, p.index, p.lang, prev.cue, prev.mention,
                                      "continuation", antecedent=prev.antecedent)
            if claim is None:
                si = sent_of.get(id(q))
                claim = _speech_event(text, q, sents[si] if si is not None else None, known)
            if claim is None and quoted_units(text[q.start:q.end]) >= 6 and re.search(
                    r"[.!?。！？…,，]\W*$", text[q.start:q.end]):
                claim = Claim("direct", q.start, q.end, p.index, p.lang, None, None, "none")
            if claim is not None:
                out.append(claim)
                bisect.insort(para_claims.setdefault(p.index, []), claim, key=lambda c: c.start)
    return out


def _last_quote_claim(claims: list[Claim], before: int) -> Claim | None:
    """The last direct or mixed claim ending before ``before`` (claims sorted by start)."""
    i = bisect.bisect_right(claims, before, key=lambda c: c.start)
    for c in reversed(claims[max(0, i - 64):i]):
        if c.end <= before and c.kind != "indirect":
            return c
    return None


def _is_quote_para(text, p, by_para) -> bool:
    return p is not None and bool(by_para.get(p.index)) and _quote_share(text, p, by_para[p.index]) >= 0.6


def _attribution_only(p, cues_by_para) -> bool:
    return p is not None and any(c.direction == "tail" and c.lead_in for c in cues_by_para.get(p.index, []))


def _adjacent_cue(cues_by_para, next_p, prev_p, q: Quote) -> Cue | None:
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
            break
    return None


def _previous_speaker(prev_p, para_claims, cues_by_para) -> Claim | None:
    if prev_p is None:
        return None
    cl = [c for c in para_claims.get(prev_p.index, []) if c.named]
    if cl:
        return cl[-1]
    for c in cues_by_para.get(prev_p.index, []):
        if c.lead_in and c.speaker:
            return Claim("direct", c.start, c.end, prev_p.index, c.sent.lang, c, c.speaker, "explicit")
    return None


_SPEECH_NOUNS: dict[str, list[str]] = {}


def _speech_nouns(lang: str) -> list[str]:
    if lang not in _SPEECH_NOUNS:
        _SPEECH_NOUNS[lang] = read_lines(data_dir() / lang / "speech_nouns.txt")
    return _SPEECH_NOUNS[lang]


def _speech_event(text, q: Quote, s: Sent | None, known) -> Claim | None:
    """'托加耶夫在演讲中使用了一句名言——“…”': a quotation in a sentence about a speech event is
    the sentence subject's."""
    if s is None:
        return None
    words = _speech_nouns(s.lang)
    region = text[s.start:q.outer_start]
    if not words or not any((w in region) if s.lang == "zh" else re.search(rf"\b{re.escape(w)}\b", region)
                            for w in words):
        return None
    if s.lang == "zh":
        m = re.match(r"[^，,。“”在对向于]{2,20}?(?=在|对|向|于|曾|也|，|,)", text[s.start:q.outer_start])
        if not m:
            return None
        spk = zh_name_at_end(text, s.start, s.start + m.end(), known.zh_aliases if known else ())
    else:
        spk = subject_at_start(text, s.start, q.outer_start, s.lang)
    if spk is None or spk.kind not in ("name", "org"):
        return None
    cue = Cue(spk.start, spk.end, "quote", s, speaker=spk)
    c = Claim("direct", q.start, q.end, q.para, s.lang, None, spk, "explicit")
    c.extra["rule"] = "speech-event"
    c.cue = None
    _ = cue
    return c


# ----------------------------------------------------------------------- pronouns and nominals
def _resolve_references(text: str, claims: list[Claim], paras, known) -> None:
    """Pronoun → the most recent compatible named speaker; nominal → the most recent speaker
    (or, for an office, a person known to hold it) that fits the noun. Never a distant name."""
    history: list[tuple[int, Mention]] = []          # (paragraph, named mention)
    for cl in sorted(claims, key=lambda c: c.start):
        m = cl.mention
        if m is None:
            continue
        if m.kind == "pronoun" and cl.resolution in ("explicit", "continuation"):
            ante = None
            if cl.cue is not None and cl.resolution == "explicit":
                a = cl.cue.sent.start
                last_close = max(text.rfind(c, a, m.start) for c in "”»」』\"")
                ante = _sentence_subject(text, max(a, last_close + 1), m.start, m.lang, known)
            ante = ante or _antecedent_pronoun(text, m, cl, history)
            if ante is None:
                cl.mention = m
                cl.resolution = "none"
                cl.antecedent = None
            else:
                cl.antecedent = ante
                if cl.resolution == "explicit":
                    cl.resolution = "pronoun"
        elif m.kind == "nominal" and cl.resolution in ("explicit", "continuation"):
            ante = _antecedent_nominal(text, m, cl, history, known)
            cl.antecedent = ante
            if cl.resolution == "explicit":
                cl.resolution = "nominal"
        named = cl.named
        if named is not None and named.kind in ("name", "org", "unnamed"):
            history.append((cl.para, named))


def _sentence_subject(text: str, a: int, b: int, lang: str, known) -> Mention | None:
    """The first person named in the sentence before a pronoun ("卡塞诺娃女士表示同意，她说")."""
    if lang == "zh":
        r = rules("zh")
        hits = []
        for h in r.honorifics:
            for m in re.finditer(re.escape(h), text[a:b]):
                found = zh_name_at_end(text, a, a + m.start(), known.zh_aliases if known else ())
                if found:
                    hits.append(found)
        for alias in (known.zh_aliases if known else ()):
            i = text.find(alias, a, b)
            if i >= 0:
                hits.append(Mention(alias, i, i + len(alias), "name", name=alias, lang="zh"))
        m = re.match(r"\s*([^，,。“”在对向于曾也将把]{2,12}?)(?=在|对|向|于|曾|也|将|把)", text[a:b])
        if m:
            found = zh_name_at_end(text, a, a + m.end(1), known.zh_aliases if known else ())
            if found and found.start == a + m.start(1):
                hits.append(found)
        hits = [h for h in hits if h.kind == "name"]
        return min(hits, key=lambda h: h.start) if hits else None
    found = subject_at_start(text, a, b, lang)
    return found if found and found.kind == "name" else None


def _recent(history, para):
    for p, m in reversed(history):
        if para - p > _MAX_PARA_GAP:
            return
        yield m


def _antecedent_pronoun(text, m: Mention, cl: Claim, history) -> Mention | None:
    want = m.cls or "person"
    for cand in _recent(history, cl.para):
        if want == "person" and cand.kind in ("name", "unnamed") and not _plural(cand):
            return cand
        if want == "group" and (cand.kind == "org" or (cand.kind == "unnamed" and _plural(cand))):
            return cand
    if want == "group":                      # an organisation named in the sentences just before
        lo = max(0, m.start - 400)
        orgs = [x for x in _org_mentions(text, lo, m.start, m.lang)]
        if orgs:
            return orgs[-1]
    return None


def _plural(m: Mention) -> bool:
    t = (m.name or m.text).lower().split()
    return bool(t) and t[-1].endswith("s") and not t[-1].endswith("ss") and m.lang != "zh"


def _org_mentions(text: str, a: int, b: int, lang: str) -> list[Mention]:
    out = []
    for mm in _NAME_RUN.finditer(text, a, b):
        found = name_at_end(text, a + 0 if False else mm.start(), mm.end(), lang)
        if found and found.kind == "org":
            out.append(found)
    return out


def _holds_office(role: str, lang: str) -> bool:
    """Does the role name an office (data/<lang>/offices.txt, English's as well)?"""
    return any(w in role for w in rules(lang).offices | rules("en").offices)


def _antecedent_nominal(text, m: Mention, cl: Claim, history, known) -> Mention | None:
    cls, noun = m.cls, (m.noun or "")
    for cand in _recent(history, cl.para):
        if cls in ("expert", "official") and cand.kind == "name":
            role = (cand.role or "").lower()
            if cls == "official" or not _holds_office(role, m.lang):
                return cand
        if cls == "role" and cand.kind == "name" and noun in (cand.role or "").lower():
            return cand
        if cls in ("media", "body") and cand.kind == "org":
            return cand
    if cls == "role" and known is not None:
        return known.office_holder(text, noun, m.modifier, m.start)
    return None
