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
_ASCII_NON_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())   # _LETTER's complement
_NON_LETTERS = re.compile(r"[\W\d_]+")                 # deleted, they leave the letters to count
_NON_HAN = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff]+")
_ID_SAMPLE = 240           # characters of a paragraph given to the language identifier
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
    return any(t(m.group().strip()) for m in _LINE.finditer(text) for t in rest)


def paragraphs(text: str, start: int = 0, in_rest: bool = False, lang: str | None = None) -> list[Paragraph]:
    """One paragraph per non-blank line from ``start``, with furniture flags and languages (each
    paragraph's own, or ``lang`` for all of them)."""
    line_tests, rest_tests = boilerplate()
    out: list[Paragraph] = []
    for m in _LINE.finditer(text, start):
        raw = m.group()
        line = raw.strip()
        if not line:
            continue
        s = m.start() + len(raw) - len(raw.lstrip())
        e = s + len(line)
        if not in_rest and any(t(line) for t in rest_tests):
            in_rest = True
        furniture = in_rest or any(t(line) for t in line_tests)
        out.append(Paragraph(len(out), s, e, lang or "en", furniture=furniture))
    if not lang:
        _languages(text, out)
    return out


def script_language(sample: str) -> str | None:
    """zh / ja / ru when the script decides, "latin" when function words or the identifier must,
    None when too short."""
    if sample.isascii():                        # most paragraphs: letters counted by bytes.translate
        letters = len(sample.encode("ascii").translate(None, _ASCII_NON_LETTERS))
        han = kana = cyr = 0
    else:
        letters = len(_NON_LETTERS.sub("", sample))
        han, kana, cyr = (len(_NON_HAN.sub("", sample)), len(_KANA.findall(sample)),
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
_ASCII_WORDS = re.compile(r"[a-z]+(?:'[a-z]+)?")      # _WORDS on lower-cased ASCII text


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
    if sample.isascii():
        words = _ASCII_WORDS.findall(sample.lower())
    else:
        words = [w.lower() for w in _WORDS.findall(sample)]
    if len(words) < 6:
        return None
    scores = sorted(((sum(map(fw.__contains__, words)) / len(words), lang) for lang, fw in _function_words()),
                    reverse=True)
    if scores and scores[0][0] >= 0.2 and (len(scores) == 1 or scores[0][0] >= 2 * scores[1][0]):
        return scores[0][1]
    return None


_OTHER_LATIN = ("de", "es", "it", "pt", "nl")   # kept as the paragraph's code, read with English rules


@lru_cache(maxsize=1)
def identifier():
    """The language identifier asked when script and function words leave a Latin-script paragraph
    open: py3langid (langid.py's model over all its languages; deterministic, about 0.3 ms a call,
    some 40 times less than langdetect). Loading its model takes about a second and a half: call
    this before forking worker processes so they share it."""
    from py3langid import classify

    classify("load")                    # the model loads on the first call
    return classify


@lru_cache(maxsize=4096)
def _detect_latin(sample: str) -> str:
    quick = _by_function_words(sample)
    if quick:
        return quick
    code = identifier()(sample)[0]
    return code if code in SUPPORTED or code in _OTHER_LATIN else "en"


def _languages(text: str, paras: list[Paragraph]) -> None:
    known: list[str | None] = []
    for p in paras:
        sample = text[p.start:min(p.end, p.start + _ID_SAMPLE)]
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
