"""Chinese: cues match inside words, sentences end at 。！？, names are runs of transliteration
characters or names written in Latin letters; the speaker stands before the cue (他表示，…), or
after 据 (据X称，…). Chinese news also quotes Latin-script names and organisations, so the rules
extend :class:`~claimx.lang.latin.LatinRules` and override the grammar of the cue and the subject.
"""
from __future__ import annotations

import re
from functools import cached_property

from claimx.lang.base import Rules, cap_length, data_dir, read_lines, sentence_end, trim, trim_punct
from claimx.lang.latin import LatinRules
from claimx.mentions import Mention
from claimx.names import SEPARATORS, is_han

_SENT = re.compile(r"[^。！？!?；]*(?:[。！？!?；]+[”’」』）)\]]*|$)")


class ChineseRules(LatinRules):
    word_boundaries = False
    clause_marks = "，,；;：:。"

    language = "zh"

    @cached_property
    def traditional(self) -> list[dict[int, str]]:
        """Tables for str.translate: the n-th traditional form of each simplified character."""
        forms = {}
        for line in read_lines(data_dir() / "zh" / "traditional.tsv"):
            simple, _, alternatives = line.partition("\t")
            forms[ord(simple)] = alternatives.split()
        most = max(map(len, forms.values()), default=0)
        return [{k: v[min(i, len(v) - 1)] for k, v in forms.items()} for i in range(most)]

    def lines(self, name: str) -> list[str]:
        """Word lists are written in simplified characters; each entry also matches in traditional
        characters (說 for 说, 認為 and 認爲 for 认为), so no list has to be kept twice."""
        out = []
        for line in super().lines(name):
            out.append(line)
            for table in self.traditional:
                variant = line.translate(table)
                if variant not in out:
                    out.append(variant)
        return out

    @cached_property
    def translit_chars(self) -> frozenset[str]:
        return frozenset("".join(self.lines("translit_chars.txt")).replace(" ", ""))

    def sentences(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        out = []
        for m in _SENT.finditer(text, start, end):
            if m.group().strip():
                out.append(trim(text, m.start(), m.end()))
        return cap_length(text, out)

    # ---- word lists (simplified characters, as written in data/zh/) --------------------------
    def _raw(self, name: str) -> list[str]:
        return [w.strip() for w in Rules.lines(self, name)]

    @cached_property
    def adverb_re(self) -> re.Pattern:
        """Adverbs and adverbial phrases between a subject and its cue (也, 在会上, 向记者)."""
        preps = "|".join(map(re.escape, self._raw("prepositions.txt")))
        words = "|".join(map(re.escape, self._raw("adverbials.txt")))
        return re.compile(
            rf"(?:{words}|在[^，,。“”]{{1,20}}?(?:中|上|时|里)|(?:{preps})[^，,。“”的]{{1,15}}|"
            rf"(?:{preps})[^，,。“”]{{1,15}}的[^，,。“”]{{1,6}})$")

    @cached_property
    def negation_alt(self) -> str:
        return "|".join(map(re.escape, self._raw("negations.txt")))

    @cached_property
    def quantifier_re(self) -> re.Pattern:
        alt = "|".join(map(re.escape, self._raw("quantifiers.txt")))
        return re.compile(rf"(?:{alt})[^，,。“”：:]{{0,8}}$")

    @cached_property
    def demonstrative_alt(self) -> str:
        return "|".join(map(re.escape, self._raw("demonstratives.txt")))

    @cached_property
    def role_opener_re(self) -> re.Pattern:
        return re.compile("^(?:" + "|".join(map(re.escape, self._raw("role_openers.txt"))) + ")")

    @staticmethod
    def _aliases(registry) -> tuple:
        return registry.zh_aliases if registry else ()

    # ---- names and noun phrases --------------------------------------------------------------
    def subject_before(self, text: str, s: int, e: int, clause_start: int = 0,
                       registry=None) -> Mention | None:
        aliases = self._aliases(registry)
        while e > s and text[e - 1].isspace():
            e -= 1
        for _ in range(4):
            m = self.adverb_re.search(text[s:e])
            if not m:
                break
            e = s + m.start()
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            return None
        seg = text[s:e]
        for p in sorted(self.pronouns, key=len, reverse=True):
            if seg.endswith(p):
                return Mention(p, e - len(p), e, "pronoun", cls=self.pronouns[p], lang=self.code)
        honorific = next((h for h in self.honorifics if seg.endswith(h)), None)
        name_e = e - len(honorific) if honorific else e
        while name_e > s and text[name_e - 1].isspace():
            name_e -= 1
        found = self.name_at_end(text, s, name_e, registry)
        if found and re.search(rf"(?:{self.negation_alt})$", text[s:found.start]):
            return None
        if found:
            found.honorific = honorific
            if not found.gloss:
                found.end = e
                found.text = text[found.start:e]
            return found
        for noun in sorted(self.unnamed, key=len, reverse=True):
            if seg.endswith(noun):
                if re.search(rf"(?:{self.negation_alt})[^，,。]{{0,8}}$", seg[:-len(noun)]):
                    return None             # 没有一个官员表示… — nobody said it
                # include a quantifier phrase such as 一名莫斯科官员, not the rest of the clause
                m = self.quantifier_re.search(text[s:e - len(noun)])
                a = s + m.start() if m else e - len(noun)
                return Mention(text[a:e], a, e, "unnamed", name=text[a:e], lang=self.code)
        nouns = self.source_noun_alt
        m = re.search(rf"({self.demonstrative_alt})[^，,。]{{0,6}}?({nouns})$", seg)
        if m:
            return Mention(m.group(0), s + m.start(), e, "nominal", cls=self.source_nouns[m.group(2)],
                           noun=m.group(2), lang=self.code)
        return None

    def name_at_end(self, text: str, s: int, e: int, registry=None) -> Mention | None:
        """A name ending at ``e`` in Chinese text: a Latin name, a Chinese name with a Latin gloss,
        a known alias, or a run of transliteration characters (with · separators)."""
        aliases = self._aliases(registry)
        seg = text[s:e]
        gloss = None
        m = re.search(r"[（(]\s*([A-Za-z][A-Za-z’'\-\. ]{1,60})\s*[)）]$", seg)
        if m:
            gloss = m.group(1).strip()
            e = s + m.start()
            seg = text[s:e]
        m = re.search(r"([A-Z][\w’'\-\.]*(?:\s+[A-Z][\w’'\-\.]*){0,3})\s*$", seg)
        if m and not gloss:
            a, b = s + m.start(1), s + m.end(1)
            return Mention(text[a:b], a, b, "name", name=text[a:b], role=self._role(text, s, a),
                           lang=self.code)
        for alias in sorted(aliases, key=len, reverse=True):
            if seg.endswith(alias):
                a = e - len(alias)
                return Mention(text[a:e], a, e, "name", name=alias, gloss=gloss,
                               role=self._role(text, s, a), lang=self.code)
        tr = self.translit_chars
        i = e
        while i > s and (text[i - 1] in tr or text[i - 1] in SEPARATORS or text[i - 1] in "-－"):
            i -= 1
        # a ·-separated name may hold characters outside the table; extend over whole pieces
        while i > s and text[i - 1] in SEPARATORS:
            j = i - 1
            while j > s and is_han(text[j - 1]) and j > i - 6:
                j -= 1
            if j == i - 1:
                break
            i = j
        while i < e and (text[i] in SEPARATORS or text[i] in "-－"):
            i += 1
        if e - i < 2:
            return None
        name = text[i:e]
        return Mention(name, i, e, "name", name=name, gloss=gloss, role=self._role(text, s, i),
                       lang=self.code)

    def _role(self, text: str, s: int, a: int) -> str | None:
        m = re.search(r"[^，,。“”：:；;（）()\s]{2,30}$", text[s:a])
        if not m:
            return None
        role = self.role_opener_re.sub("", m.group(0))
        return role or None

    def org_mentions(self, text: str, a: int, b: int) -> list[Mention]:
        """Organisations written in Latin letters inside Chinese text."""
        out = []
        for mm in self.name_run_re.finditer(text, a, b):
            found = LatinRules.name_at_end(self, text, mm.start(), mm.end())
            if found and found.kind == "org":
                out.append(found)
        return out

    def is_plural(self, m: Mention) -> bool:
        return False

    def sentence_subject(self, text: str, a: int, b: int, registry=None) -> Mention | None:
        """The first person named in the sentence before a pronoun ("卡塞诺娃女士表示同意，她说")."""
        aliases = self._aliases(registry)
        hits = []
        for h in self.honorifics:
            for m in re.finditer(re.escape(h), text[a:b]):
                found = self.name_at_end(text, a, a + m.start(), registry)
                if found:
                    hits.append(found)
        for alias in aliases:
            i = text.find(alias, a, b)
            if i >= 0:
                hits.append(Mention(alias, i, i + len(alias), "name", name=alias, lang=self.code))
        m = re.match(r"\s*([^，,。“”在对向于曾也将把]{2,12}?)(?=在|对|向|于|曾|也|将|把)", text[a:b])
        if m:
            found = self.name_at_end(text, a, a + m.end(1), registry)
            if found and found.start == a + m.start(1):
                hits.append(found)
        hits = [h for h in hits if h.kind == "name"]
        return min(hits, key=lambda h: h.start) if hits else None

    def speech_event_speaker(self, text: str, a: int, b: int, registry=None) -> Mention | None:
        """'托加耶夫在演讲中使用了一句名言——“…”': the name that opens the sentence."""
        m = re.match(r"[^，,。“”在对向于]{2,20}?(?=在|对|向|于|曾|也|，|,)", text[a:b])
        if not m:
            return None
        return self.name_at_end(text, a, a + m.end(), registry)

    # ---- cues ----------------------------------------------------------------------------------
    def analyse_cue(self, text: str, cue, quotes_in, previous, registry, matches, consumed) -> bool:
        s = cue.sent
        end = sentence_end(text, s)
        if cue.role == "source":                       # 据 X 称，CONTENT
            close = next(((a, b) for a, b, r in matches if a > cue.end and r == "speech"
                          and a - cue.end <= 60), None)
            if not close:
                return False
            spk = self.name_at_end(text, cue.end, close[0], registry)
            if spk is None:
                spk = self.subject_before(text, cue.end, close[0], registry=registry)
            if spk is None:
                return False
            if spk.kind in ("name", "org") and spk.role is None:
                spk.role = text[cue.end:spk.start].strip() or None
            consumed.add(close[0])
            cue.speaker = spk
            cue.end = close[1]
            m = re.match(r"[\s，,：:]*", text[cue.end:end])
            cue.content = self.content(text, cue.end + m.end(), end)
            return True
        left = self.clause_start(text, s, cue.start, quotes_in)
        spk = self.subject_before(text, left, cue.start, s.start, registry)
        if spk is None:
            return False
        cue.speaker = spk
        after = text[cue.end:end]
        m = re.match(r"[\s，,：:]*", after)
        rest = after[m.end():]
        if not rest.strip(" 。.，,"):
            cue.direction = "tail"
            cue.before = (s.start, trim_punct(text, s.start, spk.start))
            return True
        if rest[:1] in "“「『\"‘":
            return True                                # 他说：“……” — governs the quotation
        if cue.role == "speech":
            cue.content = self.content(text, cue.end + m.end(), end)
        return True

