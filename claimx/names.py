"""Names: normalisation, parts of a Latin name, and phonetic keys across spellings and scripts.

* :func:`norm` — the exact-alias key: NFKC, case, diacritics, ’ and ', hyphens, the separators
  · • ・ and honorifics all folded away.
* :func:`phonetic` — a key that survives the usual variation of transliterated surnames
  (Kassenova/Kazenova, Suleimenov/Suleimanov, Anceschi/Ancheski): voiced and voiceless stops,
  sibilants, l/r, v/f/w and vowel qualities are merged.
* :func:`zh_readings` — the Latin spellings a Chinese transliteration allows: each character's
  reading from ``data/zh/translit.tsv`` where the general pinyin rules would be wrong, else from
  pypinyin, so 乌马罗夫 → "umarov", "umarof", … (blocking keys and a feature of the score)
* :func:`zh_latin_score` — a Chinese and a Latin name, scored by the transliteration model learned
  from Wikidata pairs (:mod:`claimx.names_model`), on a scale calibrated on training pairs.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache

from claimx.lang.base import data_dir, read_lines
from claimx.lang.name_tables import (cyrillic_romanisation, han_readings, han_simplified,
                                     native_chinese_name, transliteration_chars)

@lru_cache(maxsize=1)
def separators() -> str:
    """The characters that separate the parts of a transliterated name (data/names/separators.txt)."""
    return "".join(line.strip() for line in read_lines(data_dir() / "names" / "separators.txt"))


@lru_cache(maxsize=1)
def honorifics() -> tuple[str, ...]:
    """Honorifics folded away from a name, before it or after it (data/names/honorifics.txt)."""
    return tuple(line.lower() for line in read_lines(data_dir() / "names" / "honorifics.txt"))


def __getattr__(name: str):
    if name == "SEPARATORS":          # read on first use, not on import (CLAIMX_DATA is checked first)
        return separators()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@lru_cache(maxsize=None)
def _rules(name: str) -> tuple[tuple[str, str], ...]:
    """Ordered (from, to) rewrites of a data/names/ table."""
    return tuple(tuple(line.split("\t")[:2]) for line in read_lines(data_dir() / "names" / name))


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})


@lru_cache(maxsize=1)
def _combining() -> re.Pattern:
    """The characters with a combining class (diacritics once NFKD has split them off). Unicode
    has none above plane 1 (planes 2 and 3 are ideographs, 14 tags and variation selectors of class
    0): tests/test_names_fast.py checks every code point."""
    marks = [c for c in map(chr, range(0x20000)) if unicodedata.combining(c)]
    return re.compile("[" + "".join(re.escape(c) for c in marks) + "]+")


def fold(s: str) -> str:
    """NFKC, casefold, Cyrillic romanised (data/ru/romanize.tsv), traditional Chinese characters
    simplified (data/zh/traditional.tsv: 毛寧 is 毛宁), no diacritics, one kind of apostrophe."""
    if s.isascii():                      # NFKC, NFKD and the Cyrillic table leave ASCII as it is
        return s.lower().replace("`", "'")
    s = unicodedata.normalize("NFKC", s).casefold()
    if _CYRILLIC.search(s):
        s = s.translate(cyrillic_romanisation())
    s = han_simplified(s)                # a scan for a traditional character, most often all
    s = _combining().sub("", unicodedata.normalize("NFKD", s))
    return s.translate(_APOSTROPHES)


@lru_cache(maxsize=1)
def _honorific_table() -> tuple[tuple[str, ...], tuple[str, ...], tuple[tuple, ...]]:
    """The honorifics a name may begin with, those it may end with (an entry without its spaces,
    unless it ends with a full stop), and for each entry in order (entry, its length, the entry as
    an ending or None, that ending's length)."""
    hs = honorifics()
    rows = tuple((h, len(h), None if h.strip().endswith(".") else h.strip(), len(h.strip())) for h in hs)
    return hs, tuple(end for _, _, end, _ in rows if end is not None), rows


@lru_cache(maxsize=4096)
def _honorific_rows(first: str, last: str) -> tuple[tuple, ...]:
    """The rows of :func:`_honorific_table` that may fit a name beginning with ``first`` and ending
    with ``last`` (lower case), in their order."""
    return tuple(row for row in _honorific_table()[2]
                 if row[0][:1] in ("", first) or row[2] is not None and row[2][-1:] in ("", last))


def strip_honorifics(s: str) -> str:
    """``s`` without the honorifics it begins or ends with (data/names/honorifics.txt; the first
    entry that fits is removed, then the list is tried again)."""
    t = s.strip()
    starts, ends, _ = _honorific_table()
    while True:
        low = t.lower()
        if not low.startswith(starts) and not low.endswith(ends):
            return t                      # no honorific at either end
        for h, n, end, m in _honorific_rows(low[:1], low[-1:]):
            if len(t) > n and low.startswith(h):
                t = t[n:].strip()
                break
            if end is not None and len(t) > m and low.endswith(end):
                t = t[:-m].strip()
                break
        else:
            return t


_NOT_ALNUM = re.compile(r"[\W_]+")        # \w is str.isalnum() plus the underscore


@lru_cache(maxsize=65536)
def norm(s: str) -> str:
    """The key under which two spellings of a name are the same alias."""
    return _NOT_ALNUM.sub("", fold(strip_honorifics(s or "")))


_NOT_ASCII_LETTER = re.compile("[^a-zA-Z]+")


def _letters(s: str) -> str:
    """The letters of ``s`` (str.isalpha)."""
    if s.isascii():
        return _NOT_ASCII_LETTER.sub("", s)
    return "".join(c for c in s if c.isalpha())


def is_han(s: str) -> bool:
    """Does ``s`` hold a Han character (CJK unified ideographs, extension A, compatibility)?"""
    return not s.isascii() and _HAN.search(s) is not None      # (isascii reads a flag of the string)


_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@lru_cache(maxsize=1)
def _word_splitting() -> tuple[dict, re.Pattern, re.Pattern]:
    """A table turning brackets and name separators into spaces, the ASCII ones among them (an
    ASCII name without any needs no table), and the characters a word of a Latin name drops
    (neither a word character, an apostrophe, a hyphen nor a space)."""
    marks = "()[]" + separators()
    return (str.maketrans({c: " " for c in marks}),
            re.compile("[" + "".join(re.escape(c) for c in marks if c.isascii()) + "]"),
            re.compile(r"[^\w'\-\s]+"))


@lru_cache(maxsize=65536)
def latin_parts(name: str) -> tuple[tuple[str, ...], str]:
    """(given names, surname) of a Latin-script name: 'N. Kassenova' → (('n',), 'kassenova')."""
    spaces, marks, drop = _word_splitting()
    s = fold(strip_honorifics(name))
    if not s.isascii() or marks.search(s):
        s = s.translate(spaces)
    words = drop.sub("", s).split()
    if not words:
        return (), ""
    return tuple(words[:-1]), words[-1]


def given_agree(a: list[str], b: list[str]) -> bool | None:
    """Do two lists of given names agree? None when either is missing (no evidence either way).
    An initial agrees with a name it begins ('n' ~ 'nargis'); full names agree when they are the
    same name spelt differently (:func:`same_given`: Temur ~ Timur, Qasim-Jomart ~ Kassym-Jomart,
    Aleksandr ~ Alexander), not when they are two names that look alike (Oleg, Olga). Any name of
    one list may meet any of the other, so a title or patronymic taken for a given name ("Министр
    Марат Жунусов") does not hide the agreement. Where both lists hold full names, only full
    names decide: a middle initial does not make James A. Lewis agree with Jeffrey Lewis."""
    if not a or not b:
        return None
    full_a = [x for x in a if len(x.rstrip(".")) > 1]
    full_b = [y for y in b if len(y.rstrip(".")) > 1]
    if full_a and full_b:
        a, b = full_a, full_b
    return any(_one_given(x, y) for x in a for y in b)


def _one_given(x: str, y: str) -> bool:
    x, y = x.rstrip("."), y.rstrip(".")
    if not x or not y:
        return False
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0] or phonetic(x)[:1] == phonetic(y)[:1]
    return same_given(x, y)


_GIVEN_RULES = [("x", "ks"), ("q", "k"), ("ph", "f"), ("w", "v"), ("y", "i"), ("z", "s"), ("e", "i"),
                ("o", "u")]


@lru_cache(maxsize=65536)
def _given_key(s: str) -> str:
    """A given name's spelling key: letters with the usual romanisation variants merged (x/ks, q/k,
    y/i, z/s, e/i, o/u; doubled letters), vowels otherwise kept (Elena is not Alina)."""
    s = _letters(fold(s))
    for a, b in _GIVEN_RULES:
        s = s.replace(a, b)
    return _DOUBLED.sub(r"\1", s)


def same_given(x: str, y: str) -> bool:
    """Two spellings of one given name: the same key (Temur ~ Timur, Yelena ~ Elena, Qasim ~
    Kassym), or one inner vowel more or less (Aleksandr ~ Alexander). Another final vowel is another
    name (Ivan, Ivana; Maria, Mario), so is a vowel moved (Oleg, Olga) or another vowel (Alina,
    Elena)."""
    a, b = _given_key(x), _given_key(y)
    if a == b:
        return True
    if abs(len(a) - len(b)) != 1:
        return False
    long, short = (a, b) if len(a) > len(b) else (b, a)
    for i, c in enumerate(long[:-1]):
        if c in "aiu" and 0 < i and long[:i] + long[i + 1:] == short:
            return True
    return False


_DOUBLED = re.compile(r"(.)\1+")
_SOFT_C = re.compile(r"c(?=[eiy])")
_PHON_MAP = str.maketrans({"b": "p", "d": "t", "g": "k", "c": "k", "h": "", "z": "s", "v": "f",
                           "l": "r", "e": "a", "o": "u"})


@lru_cache(maxsize=65536)
def phonetic(s: str) -> str:
    """A coarse sound key for Latin spellings of one name (see module doc)."""
    s = _SOFT_C.sub("s", _letters(fold(s)))
    for a, b in _rules("phonetic.tsv"):
        s = s.replace(a, b)
    return _DOUBLED.sub(r"\1", s.translate(_PHON_MAP)).replace("ia", "a")


def _final_vowels(key: str) -> str:
    """The vowels that end a sound key (``re.search("[aiu]*$", key)``'s text: a key holds no
    newline)."""
    return key[len(key.rstrip("aiu")):]


@lru_cache(maxsize=65536)
def surname_similarity(a: str, b: str) -> float:
    """0–100: two Latin (or romanised Cyrillic) surnames as spellings of one name, on their
    phonetic keys (Kassenova ~ Kazenova ~ Kasenova 100, Jaksybekov ~ Dzhaksybekov 94). Another
    ending vowel is another name, whatever the rest (Sadykova is not Sadykov): 0."""
    from rapidfuzz.fuzz import ratio

    pa, pb = phonetic(a), phonetic(b)
    if not pa or not pb or _final_vowels(pa) != _final_vowels(pb):
        return 0.0
    return ratio(pa, pb)


_XS_MAP = str.maketrans({"l": "r", "v": "f", "e": "i", "o": "u", "c": "k"})


@lru_cache(maxsize=65536)
def cross_key(s: str) -> str:
    """The sound key for comparing a Chinese transliteration with a Latin spelling. Finer than
    :func:`phonetic`: Chinese keeps voicing (布 b / 普 p, 德 d / 特 t) and sibilants apart, and
    merges only what it cannot write (l/r, v/f) plus vowel qualities."""
    s = _SOFT_C.sub("s", _letters(fold(s)))
    for a, b in _rules("cross.tsv"):
        s = s.replace(a, b)
    return _DOUBLED.sub(r"\1", s.translate(_XS_MAP))


@lru_cache(maxsize=16384)
def zh_readings(name: str, limit: int = 96) -> tuple[str, ...]:
    """Latin spellings a Chinese transliterated name allows (bounded; most usual first)."""
    chars = [c for c in name if is_han(c)]
    if not chars:
        return ()
    options = [han_readings(c) for c in chars]
    out = []
    for combo in itertools.islice(itertools.product(*options), limit):
        out.append("".join(combo))
    return tuple(dict.fromkeys(out))


def zh_surname(name: str) -> str:
    """The last ·-separated part of a Chinese transliterated name (the surname)."""
    parts = [p for p in re.split("[" + separators() + r"\s]+", name) if p]
    return parts[-1] if parts else name


@lru_cache(maxsize=65536)
def pinyin_similarity(zh: str, latin: str) -> float:
    """0–100: how well a Chinese transliteration matches a Latin spelling, on hand-written phonetic
    keys of its pinyin readings (a feature of the learned score, see claimx/names_model.py)."""
    from rapidfuzz.fuzz import ratio

    target = cross_key(latin)
    if not target:
        return 0.0
    return max((ratio(cross_key(r), target) for r in zh_readings(zh)), default=0.0)


@lru_cache(maxsize=16384)
def reads_chinese(zh: str) -> bool:
    """A Chinese name, not a transliteration: a Chinese surname and one or two given characters, one
    of them outside the characters used to transliterate (习近平, 张伟; not 潘图奇 or 乌马罗夫). A
    registry person known by such a name is not matched by sound: its Latin form (Xi Jinping) is a
    romanisation, not something a Chinese writer transliterated."""
    name = strip_honorifics(zh)
    if not native_chinese_name(name):
        return False
    chars = transliteration_chars()
    return any(c not in chars for c in name)


#: The calibrated scale of :func:`zh_latin_score`: the learned model's link threshold maps to
#: LINK_AT and its calibrated margin to MARGIN_POINTS, so the speaker rules (score ≥ 87, a margin of
#: 8 over the next candidate) apply the thresholds calibrated on the training pairs.
LINK_AT = 87.0
MARGIN_POINTS = 8.0


@lru_cache(maxsize=65536)
def zh_latin_score(zh: str, latin: str) -> float:
    """How well a Chinese transliteration matches a Latin (or Cyrillic) spelling, from the
    transliteration model learned from Wikidata name pairs (claimx/names_model.py), on a calibrated
    scale: ``LINK_AT`` (87) at the model's link threshold, ``MARGIN_POINTS`` (8) per calibrated
    margin, above 100 for strong evidence, 0 when the two cannot be aligned."""
    from claimx import names_model

    m = names_model.model()
    s = names_model.score(zh, latin)
    if s is None:
        return 0.0
    return max(0.0, LINK_AT + MARGIN_POINTS * (s - m.threshold) / (m.margin or 1.0))


def zh_given(name: str) -> str:
    """The given name of a Chinese transliterated name written with a separator (纳尔吉斯·卡塞诺娃 →
    纳尔吉斯), else ""."""
    parts = [p for p in re.split("[" + separators() + r"\s]+", strip_honorifics(name)) if p]
    return parts[0] if len(parts) > 1 else ""


def zh_given_agree(zh: str, others) -> bool | None:
    """Does the given name of Chinese name ``zh`` agree with given names ``others`` (Latin given-name
    tuples, or Chinese names)? None when either side has none; Chinese given names agree when
    written alike, a Chinese and a Latin one when the model links them (迪娜拉 ~ Dinara, not Nargis)."""
    g = zh_given(zh)
    if not g:
        return None
    verdicts = []
    for o in others:
        if isinstance(o, str):
            og = zh_given(o)
            if og:
                verdicts.append(og == g or og.startswith(g) or g.startswith(og))
        else:
            full = [x for x in o if len(x.rstrip(".")) > 1]
            if full:
                verdicts.append(any(zh_latin_score(g, x) >= LINK_AT for x in full))
    if not verdicts:
        return None
    return any(verdicts)


def slug(s: str) -> str:
    """A stable ASCII id from a name (Chinese through pinyin)."""
    s = strip_honorifics(s)
    if is_han(s):
        from pypinyin import lazy_pinyin

        s = " ".join(lazy_pinyin(s))
    s = fold(s)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "x"
