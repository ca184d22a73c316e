"""Stage 2 — segment: paragraphs, page furniture, the language of each paragraph.

Nothing here changes the text: a paragraph is a span of the document (one line), furniture is a
flag on it, and sentences are spans computed on demand by the paragraph's language rules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claimx.lang import SUPPORTED, rules
from claimx.lang.base import data_dir, read_lines

_LINE = re.compile(r"[^\r\n]+")
_LETTER = re.compile(r"[^\W\d_]")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LANGDETECT_SAMPLE = 240   # characters of a paragraph given to langdetect
_MIN_LETTERS = 30          # shorter paragraphs take their neighbours' language


@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    lang: str = "en"
    furniture: bool = False

    def sentences(self, text: str) -> list[tuple[int, int]]:
        return rules(self.lang).sentences(text, self.start, self.end)


@lru_cache(maxsize=1)
def boilerplate() -> tuple[list[re.Pattern], list[re.Pattern]]:
    """(line patterns, rest-of-page patterns) from every language's boilerplate.tsv: furniture in
    one language turns up on pages in another (an English "More Stories" under a Chinese article)."""
    line, rest = [], []
    for lang_dir in sorted(p for p in data_dir().iterdir() if p.is_dir()):
        for row in read_lines(lang_dir / "boilerplate.tsv"):
            pattern, _, extent = row.partition("\t")
            re.compile(pattern)                          # a bad pattern fails here, alone
            if pattern.startswith("(?i)"):               # scoped, so patterns can be joined
                pattern = f"(?i:{pattern[4:]})"
            (rest if extent.strip() == "rest" else line).append(f"(?:{pattern})")
    # one search per line and kind instead of one per pattern
    return ([re.compile("|".join(line))] if line else []), ([re.compile("|".join(rest))] if rest else [])


def starts_furniture(text: str) -> bool:
    """Does a line of ``text`` start rest-of-page furniture?"""
    rest = boilerplate()[1]
    return any(p.search(m.group().strip()) for m in _LINE.finditer(text) for p in rest)


def paragraphs(text: str, start: int = 0, in_rest: bool = False, lang: str | None = None) -> list[Paragraph]:
    """One paragraph per non-blank line from ``start``, with furniture flags and languages (each
    paragraph's own, or ``lang`` for all of them)."""
    line_pats, rest_pats = boilerplate()
    out: list[Paragraph] = []
    for m in _LINE.finditer(text, start):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        line = text[s:e]
        if not in_rest and any(p.search(line) for p in rest_pats):
            in_rest = True
        furniture = in_rest or any(p.search(line) for p in line_pats)
        out.append(Paragraph(len(out), s, e, lang or "en", furniture=furniture))
    if not lang:
        _languages(text, out)
    return out


def script_language(sample: str) -> str | None:
    """zh / ja / ru when the script decides, "latin" when langdetect must, None when too short."""
    letters = len(_LETTER.findall(sample))
    if sample.isascii():
        han = kana = cyr = 0
    else:
        han, kana, cyr = (len(_HAN.findall(sample)), len(_KANA.findall(sample)),
                          len(_CYRILLIC.findall(sample)))
    lat = letters - han - kana - cyr
    if han + kana >= 4 and (han + kana) * 2 >= letters * 0.3:
        return "ja" if kana > han * 0.2 else "zh"
    if cyr >= lat and cyr >= 8:
        return "ru"
    if lat >= _MIN_LETTERS:
        return "latin"
    return None


_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def _function_words() -> list[tuple[str, frozenset[str]]]:
    out = []
    for lang in SUPPORTED:
        words = frozenset(w.strip().lower() for w in read_lines(data_dir() / lang / "function_words.txt"))
        if words:
            out.append((lang, words))
    return out


def _by_function_words(sample: str) -> str | None:
    """The language whose function words (data/<lang>/function_words.txt) make up a clear share of
    the sample's words, or None when the count does not decide."""
    words = [w.lower() for w in _WORDS.findall(sample)]
    if len(words) < 6:
        return None
    scores = sorted(((sum(w in fw for w in words) / len(words), lang) for lang, fw in _function_words()),
                    reverse=True)
    if scores and scores[0][0] >= 0.2 and (len(scores) == 1 or scores[0][0] >= 2 * scores[1][0]):
        return scores[0][1]
    return None


@lru_cache(maxsize=4096)
def _detect_latin(sample: str) -> str:
    quick = _by_function_words(sample)
    if quick:
        return quick
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # langdetect is random unless seeded
    try:
        code = detect(sample)
    except LangDetectException:
        return "en"
    code = code.split("-")[0]
    return code if code in SUPPORTED else ("en" if code not in ("de", "es", "it", "pt", "nl") else code)


def _languages(text: str, paras: list[Paragraph]) -> None:
    known: list[str | None] = []
    for p in paras:
        sample = text[p.start:min(p.end, p.start + _LANGDETECT_SAMPLE)]
        lang = script_language(sample)
        if lang == "latin":
            lang = _detect_latin(sample)
        known.append(lang)
    # a short paragraph takes the language of the nearest paragraph before it, else after it
    fallback = next((x for x in known if x), "en")
    last = None
    for i, p in enumerate(paras):
        if known[i]:
            last = known[i]
        p.lang = known[i] or last or next((x for x in known[i:] if x), fallback)
