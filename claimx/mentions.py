"""Noun phrases that can be speakers: names, pronouns, "the analyst", "a senior official".

Each finder reads a span of text left of a speech cue (``before``) or right of it (``after``) and
returns a :class:`Mention` with exact offsets, or None. The word lists come from the language's
data folder; the patterns here are the shapes a journalist writes a source in.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.lang import rules, zh_names

SEPARATORS = "·•・‧･"
_CAP = r"(?:[A-Z\u00C0-\u00DE\u0400-\u042F][\w’'\-\.]*|[A-Z]\.)"
_CONNECT = r"(?:de|da|di|du|van|von|der|den|al|el|bin|ibn|la|le|ul|zu|of|and)"
_NAME_RUN = re.compile(rf"(?:{_CAP}|(?<=\s){_CONNECT}(?=\s))(?:\s+(?:{_CAP}|{_CONNECT}(?=\s+[A-Z])))*")
_ADVERB = re.compile(
    r"(?:\s+|^)(?:also|later|then|recently|previously|once|further|reportedly|informally|frankly|"
    r"openly|repeatedly|earlier|has|have|had|would|will|could|may|might|did|does|do|not|never|"
    r"even|still|now|again|already|himself|herself|[a-z]+ly)$")
_POSSESSIVE = re.compile(r"([A-Z][\w\-]+)[’']s\s+((?:[a-z\-]+\s+){0,2}[a-z\-]+)$")
_ACRONYM = re.compile(r"^[A-Z]{2,}(?:/[A-Z]{2,})*$")


@dataclass
class Mention:
    text: str
    start: int
    end: int
    kind: str                   # name | org | pronoun | nominal | unnamed
    name: str | None = None     # the name without honorific or title (name, org)
    role: str | None = None     # from an apposition or a title before the name
    honorific: str | None = None
    gloss: str | None = None    # a Latin name given in brackets after a Chinese one
    cls: str | None = None      # pronoun class, or source-noun class for nominals
    noun: str | None = None     # the source noun of a nominal ("analyst")
    modifier: str | None = None  # "Kazakhstan" in "Kazakhstan's president"
    lang: str = "en"

    def as_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


def _strip_adverbs(text: str, s: int, e: int) -> int:
    """Move ``e`` left over adverbs and auxiliaries ("also", "later", "has")."""
    while True:
        while e > s and text[e - 1].isspace():
            e -= 1
        m = _ADVERB.search(text[s:e])
        if not m or m.start() == m.end():
            return e
        e = s + m.start()


# ------------------------------------------------------------------------------------ Latin script
def name_at_end(text: str, s: int, e: int, lang: str) -> Mention | None:
    """A capitalised name (person or organisation) ending exactly at ``e``."""
    r = rules(lang)
    seg = text[s:e]
    best = None
    for m in _NAME_RUN.finditer(seg):
        if m.end() == len(seg.rstrip()) and m.end() > m.start():
            best = m
    if not best:
        return None
    a, b = s + best.start(), s + best.end()
    words = text[a:b].split()
    # drop leading words that never begin a name (The, In, months) and lowercase connectors
    offs = [a + m.start() for m in re.finditer(r"\S+", text[a:b])]
    i = 0
    while i < len(words) and (words[i].rstrip(".") in r.not_names or words[i][0].islower()
                               or words[i] in ("and", "of")):
        i += 1
    if i == len(words):
        return None
    words, offs = words[i:], offs[i:]
    mention_start = offs[0]
    honorific = None
    # an honorific just before the run ("Mr. Smith") or as its first word
    if words[0] in r.honorifics and len(words) > 1:
        honorific = words[0]
        words, offs = words[1:], offs[1:]
    role = None
    # a title inside the run: "Kazakh President Kassym-Jomart Tokayev" -> role + name
    for j in range(len(words) - 1, -1, -1):
        two = " ".join(words[max(0, j - 1):j + 1])
        if (words[j] in r.titles or two in r.titles) and j < len(words) - 1:
            role = text[offs[0]:offs[j] + len(words[j])]
            words, offs = words[j + 1:], offs[j + 1:]
            break
    if not words:
        return None
    name_start = offs[0]
    is_org = any(w.strip(".,") in r.org_words for w in words) or (
        len(words) == 1 and _ACRONYM.match(words[0]) is not None)
    if not is_org:
        # a person's name does not contain "of"/"and"; keep what follows the last one
        k = max((j for j, w in enumerate(words) if w in ("of", "and")), default=-1)
        if k >= 0:
            words, offs = words[k + 1:], offs[k + 1:]
            if not words:
                return None
            name_start = offs[0]
            mention_start = max(mention_start, name_start)
    name_end = offs[-1] + len(words[-1])
    if text[name_end - 1] == "." and not re.fullmatch(r"(?:[A-Z]\.)+", words[-1]) \
            and words[-1] not in r.abbreviations:
        name_end -= 1                   # the sentence's full stop, not part of the name
    name = text[name_start:name_end]
    if not is_org and (name in r.not_names or len(name) < 2):
        return None
    return Mention(text[mention_start:name_end], mention_start, name_end,
                   "org" if is_org else "name", name=name, role=role, honorific=honorific,
                   lang=lang)


def subject_before(text: str, s: int, e: int, lang: str, clause_start: int,
                   aliases=()) -> Mention | None:
    """The speaker written just before a cue at ``e`` (``s`` bounds the search)."""
    if lang == "zh":
        return zh_subject_before(text, s, e, aliases)
    r = rules(lang)
    e = _strip_adverbs(text, s, e)
    if e <= s:
        return None
    seg = text[s:e]
    # coordination: "X presented ... and acknowledged" -> the clause's subject
    if re.search(r"(?:^|\s)(?:and|but)$", seg):
        return subject_at_start(text, clause_start, e, lang)
    # pronoun
    m = re.search(r"(?:^|[\s,(])(" + r.pronoun_alt + r")$", seg, re.I)
    if m and r.pronouns:
        w = m.group(1)
        return Mention(w, s + m.start(1), e, "pronoun", cls=r.pronouns[w.lower()], lang=lang)
    # unnamed source with a determiner, perhaps with a prepositional tail
    un = _unnamed_before(text, s, e, lang)
    if un:
        return un
    # apposition: "Name, a lecturer at X, said"
    if seg.endswith(","):
        k = text.rfind(",", s, e - 1)
        if k > s:
            inner = _strip_adverbs(text, s, k)
            head = name_at_end(text, s, inner, lang) or _nominal_before(text, s, inner, lang)
            if head:
                head.role = head.role or text[k + 1:e - 1].strip()
                return head
        return None
    nom = _nominal_before(text, s, e, lang)
    name = name_at_end(text, s, e, lang)
    prep = name and re.search(r"(?:^|\s)(?:in|at|of|from|to|with|for|by|on|about|against|into|"
                              r"than|like|across|over|under|within|between|toward|towards)\s*$",
                              text[s:name.start], re.I)
    if prep:
        # "Sadykova in Almaty said": the subject stands before the prepositional phrase;
        # "Others in Russia have called": no subject at all
        return subject_before(text, s, s + prep.start(), lang, clause_start, aliases)
    if name and (not nom or name.start >= nom.start):
        return name
    return nom


def subject_at_start(text: str, s: int, e: int, lang: str) -> Mention | None:
    """The first noun phrase of a clause (for "X ..., and said")."""
    if lang == "zh":
        found = zh_names.person_at_start(text, s, e)
        if found is None:
            return None
        a, b = found
        return Mention(text[a:b], a, b, "name", name=text[a:b], role=_zh_role(text, s, a), lang="zh")
    m = re.match(r"\s*", text[s:e])
    a = s + m.end()
    stop = re.search(r"[,;:]", text[a:e])
    b = a + stop.start() if stop else e
    cand = _nominal_before(text, a, b, lang)
    if cand and cand.start - a <= 4:
        return cand
    for mm in _NAME_RUN.finditer(text[a:b]):
        found = name_at_end(text, a, a + mm.end(), lang)
        if found and found.start - a <= 4:
            return found
        break
    return None


def _nominal_before(text: str, s: int, e: int, lang: str) -> Mention | None:
    r = rules(lang)
    seg = text[s:e]
    if not r.source_nouns:
        return None
    nouns = r.source_noun_alt
    det = r.determiner_re
    m = re.search(rf"(?:^|\s)({det}(?:[\w\-’']+\s+){{0,3}}?({nouns}))$", seg, re.I) if det else \
        re.search(rf"(?:^|\s)(({nouns}))$", seg, re.I)
    if m:
        noun = m.group(2).lower()
        return Mention(m.group(1), s + m.start(1), e, "nominal", cls=r.source_nouns[noun], noun=noun,
                       lang=lang)
    m = _POSSESSIVE.search(seg)
    if m:
        last = m.group(2).split()[-1].lower()
        tail = m.group(2).lower()
        noun = tail if tail in r.source_nouns else last
        if noun in r.source_nouns:
            return Mention(m.group(0), s + m.start(), e, "nominal", cls=r.source_nouns[noun],
                           noun=noun, modifier=m.group(1), lang=lang)
    return None


def _unnamed_before(text: str, s: int, e: int, lang: str) -> Mention | None:
    r = rules(lang)
    if not r.unnamed:
        return None
    heads = r.unnamed_alt
    seg = text[s:e]
    det = r"(?:a|an|one|some|several|two|three|four|many|other|most|senior|two|une?|des|plusieurs)"
    m = re.search(rf"(?:^|\s)({det}\s+(?:[\w\-’']+\s+){{0,3}}?(?:{heads})"
                  rf"(?:\s+(?:in|at|from|of|with|close to|familiar with)\s+[^,;:]{{1,60}})?)$", seg, re.I)
    if not m:
        # a bare plural opening a clause: "Experts say …", "…, officials said."
        m = re.search(rf"(?:^|[,;]\s*)((?:[A-Z][\w\-]*\s+)?(?:{heads}))$", seg, re.I)
        if not m:
            return None
    return Mention(m.group(1), s + m.start(1), e, "unnamed", name=m.group(1), lang=lang)


def speaker_after(text: str, s: int, e: int, lang: str, with_role: bool = True) -> Mention | None:
    """The speaker right after an inverted cue: '…,” said Raffaello Pantucci, an expert at RUSI'."""
    r = rules(lang)
    m = re.match(r"\s*", text[s:e])
    a = s + m.end()
    seg = text[a:e]
    det = r.determiner_re
    m = re.match(rf"{det}(?:[\w\-]+\s+){{0,2}}?({r.source_noun_alt})\b" if det else
                 rf"({r.source_noun_alt})\b", seg, re.I) if r.source_nouns else None
    if m:
        noun = m.group(1).lower()
        return Mention(seg[:m.end()], a, a + m.end(), "nominal", cls=r.source_nouns[noun], noun=noun,
                       lang=lang)
    m = re.match(r"(" + r.pronoun_alt + r")\b", seg, re.I) if r.pronouns else None
    if m:
        return Mention(m.group(1), a, a + m.end(), "pronoun", cls=r.pronouns[m.group(1).lower()],
                       lang=lang)
    m = re.match(r"(?:[\w’'\-\.]+\s+){0,3}?(?=[A-Z])", seg)
    run = _NAME_RUN.match(seg, m.end() if m else 0)
    if not run:
        return None
    end = a + run.end()
    # stop an organisation's or person's name before "of the University ..." (kept as role)
    sub = re.search(r"\s+(?:of|and)\s", text[a:end])
    if sub and not any(w in rules(lang).org_words for w in text[a:a + sub.start()].split()):
        end = a + sub.start()
    found = name_at_end(text, a, end, lang)
    if not found:
        return None
    if not with_role:
        return found
    tail = re.match(r"\s*,\s*([^,;]{2,120}?)\s*(?:[,;.]|$)", text[found.end:e])
    if tail and not found.role:
        found.role = tail.group(1)
    elif not found.role:
        tail = re.match(r"\s+((?:of|at|from)\s+[^,;.]{2,80})", text[found.end:e])
        if tail:
            found.role = tail.group(1)
    return found


# ---------------------------------------------------------------------------------------- Chinese
_ZH_NUM = r"[0-9０-９一二三四五六七八九十两〇零]"
_ZH_ADVERB = re.compile(
    r"(?:也|还|则|又|都|曾|曾经|后来|此前|随后|同时|已经|更|再次|一再|公开|明确|坦率地|近日|日前|"
    r"特别|专门|进一步|对此|就此|随即|当即|私下|私下里|最后|最终|首先|此外|另外|"
    # a date or time between the speaker and the cue: 24日, 7月24日上午, 当天, 去年7月, 周三
    rf"(?:(?:{_ZH_NUM}{{2,4}}年)?{_ZH_NUM}{{1,2}}月)?{_ZH_NUM}{{1,3}}日(?:上午|下午|晚间|晚上|晚|早间|早上|凌晨|中午|傍晚)?|"
    rf"(?:去年|今年|前年|明年)?{_ZH_NUM}{{1,2}}月(?:初|中旬|下旬|底|份)?|(?:去年|今年|前年)(?:底|初|年初|年底)?|"
    r"(?:当天|当日|今天|今日|昨天|昨日|前天|本周|上周|当晚|当地时间|北京时间|"
    r"周[一二三四五六日末]|星期[一二三四五六日天])(?:上午|下午|晚间|晚上|早间|凌晨|中午)?|"
    r"上午|下午|晚间|晚上|早间|凌晨|"
    # the occasion: 在记者会上, 接受新华社记者采访时, 在通报…情况时, 在声明中, 通过社交媒体
    r"(?:在|于)?接受[^，,。“”]{0,20}?(?:采访|专访|询问)时?|"
    r"在[^，,。“”]{1,60}?(?:中|上|时|里|期间|之际|前|后)|"
    r"(?:通过|借助)[^，,。“”]{1,15}|"
    r"(?:发布|发表|刊发|刊登|发出|公布|印发|发|撰|刊)[^，,。“”]{0,12}?"
    r"(?:声明|公告|通报|新闻稿|文章|社论|评论|报告|通知|讲话|消息|文|稿|推文|帖子)|"
    r"(?:向|对|跟|给|与|将|把)[^，,。“”的]{1,15}|"
    r"(?:向|对|跟|给|与|将|把)[^，,。“”]{1,15}的[^，,。“”]{1,6}|的话)$")
_ZH_END_PUNCT = "，,：:；;、。！？!?"


def zh_subject_before(text: str, s: int, e: int, aliases=()) -> Mention | None:
    r = rules("zh")
    while e > s and text[e - 1].isspace():
        e -= 1
    for _ in range(6):
        m = _ZH_ADVERB.search(zh_names.simplified(text[s:e]))
        if not m:
            break
        e = s + m.start()
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s:
        return None
    seg = zh_names.simplified(text[s:e])          # the word lists are in simplified characters
    for p in sorted(r.pronouns, key=len, reverse=True):
        if seg.endswith(p):
            return Mention(text[e - len(p):e], e - len(p), e, "pronoun", cls=r.pronouns[p], lang="zh")
    honorific = next((h for h in r.honorifics if seg.endswith(h)), None)
    name_e = e - len(honorific) if honorific else e
    while name_e > s and text[name_e - 1].isspace():
        name_e -= 1
    found = zh_name_at_end(text, s, name_e, aliases)
    a = zh_names.surname_before(text, s, name_e) if honorific and found is None else None
    if a is not None:                              # 王先生, 陈教授: a surname and a title
        found = Mention(text[a:e], a, e, "name", name=text[a:e], role=_zh_role(text, s, a), lang="zh")
    if found and re.search(r"(?:没有|没有一个|并无|无一|没有任何)$", text[s:found.start]):
        return None
    if found:
        found.honorific = honorific
        if not found.gloss:
            found.end = e
            found.text = text[found.start:e]
        return found
    for noun in sorted(r.unnamed, key=len, reverse=True):
        if seg.endswith(noun):
            if re.search(r"(?:没有|没有一个|并无|无一|没有任何)[^，,。]{0,8}$",
                         zh_names.simplified(seg[:-len(noun)])):
                return None             # 没有一个官员表示… — nobody said it
            # include a quantifier phrase such as 一名莫斯科官员, not the rest of the clause
            m = re.search(r"(?:有|一名|一位|一个|多名|多位|多家|一些|许多|不少|部分|几名|几位|两名|两位|数名|个别|某些)[^，,。“”：:]{0,8}$",
                          zh_names.simplified(text[s:e - len(noun)]))
            a = s + m.start() if m else e - len(noun)
            return Mention(text[a:e], a, e, "unnamed", name=text[a:e], lang="zh")
    doc = zh_names.document_at_end(text, s, e)
    if doc is not None:
        a, author = doc
        if author is not None:                     # 工信部通报指出: the ministry
            return Mention(text[author[0]:author[1]], author[0], author[1], "org",
                           name=text[author[0]:author[1]], lang="zh")
        return Mention(text[a:e], a, e, "nominal", cls="document", noun=text[a:e], lang="zh")
    org = zh_names.org_at_end(text, s, e)
    if org:
        a, b = org
        return Mention(text[a:b], a, b, "org", name=text[a:b], lang="zh")
    nouns = r.source_noun_alt
    m = re.search(rf"(这位|该|此|这名|那位)[^，,。]{{0,6}}?({nouns})$", seg)
    if m:
        return Mention(text[s + m.start():e], s + m.start(), e, "nominal", cls=r.source_nouns[m.group(2)],
                       noun=m.group(2), lang="zh")
    return None


def org_mentions(text: str, a: int, b: int, lang: str) -> list[Mention]:
    """Organisations named in ``text[a:b]``, in order (for a document or 它们 standing for one)."""
    if lang == "zh":
        return [Mention(text[x:y], x, y, "org", name=text[x:y], lang="zh")
                for x, y in zh_names.org_mentions(text, a, b)]
    out = []
    for mm in _NAME_RUN.finditer(text, a, b):
        found = name_at_end(text, mm.start(), mm.end(), lang)
        if found and found.kind == "org":
            out.append(found)
    return out


def _is_han(c: str) -> bool:
    return "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"


def zh_name_at_end(text: str, s: int, e: int, aliases=()) -> Mention | None:
    """A name ending at ``e`` in Chinese text: a Latin name, a Chinese name with a Latin gloss,
    a known alias, or a run of transliteration characters (with · separators)."""
    r = rules("zh")
    seg = text[s:e]
    gloss = None
    m = re.search(r"[（(]\s*([A-Za-z][A-Za-z’'\-\. ]{1,60})\s*[)）]$", seg)
    if m:
        gloss = m.group(1).strip()
        e = s + m.start()
        seg = text[s:e]
    m = re.search(r"([A-Z][A-Za-z\u00C0-\u024F0-9’'\-\.]*(?:\s+[A-Z][A-Za-z\u00C0-\u024F0-9’'\-\.]*){0,3})\s*$", seg)
    if m and not gloss:
        a, b = s + m.start(1), s + m.end(1)
        return Mention(text[a:b], a, b, "name", name=text[a:b], role=_zh_role(text, s, a), lang="zh")
    for alias in sorted(aliases, key=len, reverse=True):
        if seg.endswith(alias):
            a = e - len(alias)
            return Mention(text[a:e], a, e, "name", name=alias, gloss=gloss,
                           role=_zh_role(text, s, a), lang="zh")
    tr = r.translit_chars
    i = e
    while i > s and (text[i - 1] in tr or text[i - 1] in SEPARATORS or text[i - 1] in "-－"):
        i -= 1
    # a ·-separated name may hold characters outside the table; extend over whole pieces
    while i > s and text[i - 1] in SEPARATORS:
        j = i - 1
        while j > s and _is_han(text[j - 1]) and j > i - 6:
            j -= 1
        if j == i - 1:
            break
        i = j
    while i < e and (text[i] in SEPARATORS or text[i] in "-－"):
        i += 1
    native = zh_names.person_at_end(text, s, e)
    if native and (e - i < 2 or native[0] < i and e - i < 4 and not any(c in SEPARATORS for c in text[i:e])):
        i = native[0]
    elif e - i < 2 or zh_names.common_word(text[i:e]):
        return None                    # 文章, 马上: transliteration characters making a word
    name = text[i:e]
    return Mention(name, i, e, "name", name=name, gloss=gloss, role=_zh_role(text, s, i), lang="zh")


def _zh_role(text: str, s: int, a: int) -> str | None:
    m = re.search(r"[^，,。“”：:；;（）()\s]{2,30}$", text[s:a])
    if not m:
        return None
    role = m.group(0)
    role = re.sub(r"^(?:据|由|而|但|并|和|与)", "", role)
    return role or None
