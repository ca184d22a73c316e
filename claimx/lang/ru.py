"""Russian: the Latin-script grammar (capitalised names, Cyrillic included) with Russian word lists
(``data/ru/``): no articles, "сказал, что …" with the complementiser after a comma, and source
cues that put the name in the genitive ("по словам Нурлана Омарова")."""
from __future__ import annotations

from functools import cached_property

from claimx.lang.latin import LatinRules
from claimx.mentions import Mention


class RussianRules(LatinRules):
    language = "ru"
    complementiser_after_comma = True         # "сказал, что …"
    title_before_name = True                  # "— сказал министр Аскар Ермеков"

    @cached_property
    def genitive_endings(self) -> list[tuple[str, str]]:
        pairs = [tuple(v.strip() for v in line.split("\t")[:2]) for line in self.lines("genitive.tsv")]
        return sorted(pairs, key=lambda p: len(p[0]), reverse=True)

    def nominative(self, word: str) -> str:
        """'Омарова' -> 'Омаров', 'Имановой' -> 'Иманова'; a word without a listed ending stays."""
        for gen, nom in self.genitive_endings:
            if len(word) > len(gen) + 1 and word.endswith(gen):
                return word[:-len(gen)] + nom
        return word

    def source_form(self, m: Mention) -> Mention:
        if m.kind == "name" and m.name:
            m.name = " ".join(self.nominative(w) for w in m.name.split(" "))
        return m
