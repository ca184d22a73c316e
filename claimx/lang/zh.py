"""Chinese: cues match inside words, sentences end at 。！？, names are runs of transliteration
characters or names written in Latin letters."""
from __future__ import annotations

import re
from functools import cached_property

from claimx.lang.base import Rules, cap_length, data_dir, read_lines, trim

_CLAUSE_END = re.compile(r"[，,：:；;]")
_CLOSE_Q = set("”’」』\"'")
_QUOTE_MARKS = set("“”‘’「」『』\"'")
_SENT = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)\]]*|$)")


class ChineseRules(Rules):
    word_boundaries = False
    subject_antecedents = True
    mixed_whole_clause = True
    appended_quote_is_subjects = True

    def __init__(self):
        super().__init__("zh")

    def normalise(self, s: str) -> str:
        """Simplified characters, one for one, so that offsets keep their meaning (说 for 說)."""
        from claimx.lang.zh_names import simplified

        return simplified(s)

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
                a, b = trim(text, m.start(), m.end())
                # '“我们不会承认。”乌马罗夫先生说。': the attribution after a quotation is its sentence
                if out and text[out[-1][1] - 1] in _CLOSE_Q and self._attribution(text, a, b):
                    out[-1] = (out[-1][0], b)
                else:
                    out.append((a, b))
        return cap_length(text, out)

    def _attribution(self, text: str, a: int, b: int) -> bool:
        """A sentence that opens with a speaker and a cue (X说。 / X介绍，…), no quotation marks
        before the cue."""
        k = _CLAUSE_END.search(text, a, b)
        e = k.start() if k else b
        if e - a > 40 or any(c in _QUOTE_MARKS for c in text[a:e]):
            return False
        while e > a and text[e - 1] in "。！？!?. ":
            e -= 1
        return any(self.normalise(text[a:e]).endswith(cue) for cue in self.cues)

    @cached_property
    def weak_cues(self) -> frozenset[str]:
        """Cues that report speech only when the reported clause follows at once (weak_cues.txt)."""
        return frozenset(w.strip() for w in self.lines("weak_cues.txt"))

    weak_cue_followers = frozenset("，,：:。！？!?")

    #: the one spoken to, between a cue and what was said: 告诉记者，… / 告诉新华社记者：…
    cue_object = re.compile(r"[^，,。：:“”]{1,15}[，,：:]\s*")
    object_cues = frozenset({"告诉", "告訴"})

    def only_time(self, s: str) -> bool:
        """Is ``s`` empty, punctuation or a date or time (26日，/ 当天，)?"""
        return bool(_ONLY_TIME.fullmatch(s))


_NUM = "[0-9０-９一二三四五六七八九十两〇零]"
_ONLY_TIME = re.compile(
    rf"[\s，,]*(?:(?:(?:{_NUM}{{2,4}}年)?{_NUM}{{1,2}}月)?{_NUM}{{1,3}}日(?:上午|下午|晚间|晚上|凌晨|中午)?|"
    r"当天|当日|今天|今日|昨天|昨日|同日|随后|此外|另外|对此|同时)?[\s，,]*")
