"""Stage 2 — segment: paragraphs, page furniture, the language of each paragraph.

Nothing here changes the text: a paragraph is a span of the document (one line), furniture is a
flag on it, and sentences are spans computed on demand by the paragraph's language rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimx.lang import DEFAULT, rules
from claimx.lang.base import data_dir, read_lines
from claimx.lang.identify import sample_language

LINE = re.compile(r"[^\r\n]+")   # a line of text: paragraphs are lines (read.py counts them alike)
_ID_SAMPLE = 240           # characters of a paragraph given to the language identifier


@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    lang: str = DEFAULT
    furniture: bool = False

    def sentences(self, text: str) -> list[tuple[int, int]]:
        return rules(self.lang).sentences(text, self.start, self.end)


def _anchored(pattern: str) -> bool:
    """Does ``pattern`` match at the start of the string only (^ first, no top-level |)?"""
    if not pattern.startswith("^"):
        return False
    depth, i, in_class = 0, 1, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += pattern.startswith("^", i + 1)          # [^ ...
            i += pattern.startswith("]", i + 1)          # a ] first in a class is literal
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            return False
        i += 1
    return True


@lru_cache(maxsize=1)
def boilerplate() -> tuple[list, list]:
    """(line tests, rest-of-page tests) from every language's boilerplate.tsv: furniture in one
    language turns up on pages in another (an English "More Stories" under a Chinese article). Each
    test is a bound ``match`` (patterns anchored with ^, joined into one) or ``search`` (the rest):
    an anchored pattern is tried at the line's start only, not at every character of it."""
    kinds: dict[str, tuple[list, list]] = {"line": ([], []), "rest": ([], [])}
    for lang_dir in sorted(p for p in data_dir().iterdir() if p.is_dir()):
        for row in read_lines(lang_dir / "boilerplate.tsv"):
            pattern, _, extent = row.partition("\t")
            re.compile(pattern)                          # a bad pattern fails here, alone
            flags = ""
            if pattern.startswith("(?i)"):               # scoped, so patterns can be joined
                flags, pattern = "?i:", pattern[4:]
            anchored, rest = kinds["rest" if extent.strip() == "rest" else "line"]
            (anchored if _anchored(pattern) else rest).append(f"({flags or '?:'}{pattern})")
    tests = {}
    for kind, (anchored, rest) in kinds.items():
        tests[kind] = ([re.compile("|".join(anchored)).match] if anchored else []) + \
                      ([re.compile("|".join(rest)).search] if rest else [])
    return tests["line"], tests["rest"]


def starts_furniture(text: str) -> bool:
    """Does a line of ``text`` start rest-of-page furniture?"""
    rest = boilerplate()[1]
    return any(t(m.group().strip()) for m in LINE.finditer(text) for t in rest)


def paragraphs(text: str, start: int = 0, in_rest: bool = False, lang: str | None = None) -> list[Paragraph]:
    """One paragraph per non-blank line from ``start``, with furniture flags and languages (each
    paragraph's own, or ``lang`` for all of them)."""
    line_tests, rest_tests = boilerplate()
    out: list[Paragraph] = []
    code = lang or DEFAULT
    for m in LINE.finditer(text, start):
        raw = m.group()
        line = raw.strip()
        if not line:
            continue
        s = m.start() + len(raw) - len(raw.lstrip())
        if not in_rest:
            for t in rest_tests:
                if t(line):
                    in_rest = True
                    break
        furniture = in_rest
        if not furniture:
            for t in line_tests:
                if t(line):
                    furniture = True
                    break
        out.append(Paragraph(len(out), s, s + len(line), code, furniture))
    if not lang:
        _languages(text, out)
    return out


def _languages(text: str, paras: list[Paragraph]) -> None:
    known = [sample_language(text[p.start:min(p.end, p.start + _ID_SAMPLE)]) for p in paras]
    # a short paragraph takes the language of the nearest paragraph before it, else after it
    fallback = next((x for x in known if x), DEFAULT)
    last = None
    for i, p in enumerate(paras):
        if known[i]:
            last = known[i]
        p.lang = known[i] or last or next((x for x in known[i:] if x), fallback)
