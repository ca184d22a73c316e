"""The language-specific tables of the name matchers (claimx/names.py): how Cyrillic is romanised,
how the characters of a Chinese transliteration read in Latin, and which Chinese names are native
names rather than transliterations."""
from __future__ import annotations

from functools import lru_cache

from claimx.lang.base import data_dir, read_lines


@lru_cache(maxsize=1)
def cyrillic_romanisation() -> dict[int, str]:
    """Cyrillic letter → Latin letters (data/ru/romanize.tsv), for str.translate."""
    table = {}
    for line in read_lines(data_dir() / "ru" / "romanize.tsv"):
        letter, _, latin = line.partition("\t")
        table[ord(letter.strip())] = latin.strip()
    return table


@lru_cache(maxsize=1)
def _zh_table() -> dict[str, list[str]]:
    out = {}
    for row in read_lines(data_dir() / "zh" / "translit.tsv"):
        ch, _, vals = row.partition("\t")
        out[ch.strip()] = [v for v in vals.strip().split("|") if v]
    return out


_FINALS = [("uo", "o"), ("iao", "yo"), ("ian", "en"), ("iu", "yu"), ("ie", "e"), ("ai", "e"),
           ("ei", "e"), ("ao", "o"), ("ou", "u"), ("ang", "an"), ("eng", "en"), ("ong", "on"),
           ("ing", "in"), ("ü", "yu"), ("v", "yu")]


def pinyin_reading(py: str) -> str:
    """A transliteration value from plain pinyin: 'luo' → 'lo', 'si' → 's', 'wa' → 'va'."""
    if py in ("si", "zi", "ci", "shi", "zhi", "chi", "ri"):
        return {"si": "s", "zi": "z", "ci": "ts", "shi": "sh", "zhi": "zh", "chi": "ch", "ri": "zh"}[py]
    if py.startswith("w"):
        py = "v" + py[1:] if py not in ("wu",) else "u"
    if py.startswith("y"):
        py = "i" + py[2:] if py.startswith("yi") else py
    if py[:1] == "j":
        py = "g" + py[1:]
    elif py[:1] == "q":
        py = "ch" + py[1:]
    elif py[:1] == "x":
        py = "s" + py[1:]
    for a, b in _FINALS:
        if py.endswith(a):
            py = py[: -len(a)] + b
            break
    return py


@lru_cache(maxsize=16384)
def han_readings(ch: str) -> tuple[str, ...]:
    """The Latin values of one character of a transliteration: from data/zh/translit.tsv where the
    general pinyin rules would be wrong, else from its (first two) pypinyin readings."""
    table = _zh_table()
    if ch in table:
        return tuple(table[ch])
    from pypinyin import Style, pinyin

    pys = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    vals = []
    for py in (pys[0] if pys else [])[:2]:
        v = pinyin_reading(py)
        if v and v not in vals:
            vals.append(v)
    return tuple(vals) or ("",)


def transliteration_chars() -> frozenset[str]:
    """The characters Chinese writers use to transliterate foreign names."""
    from claimx.lang import rules

    return rules("zh").translit_chars


def han_simplified(s: str) -> str:
    """``s`` with traditional Chinese characters in their simplified form, one for one
    (claimx.lang.zh_names.simplified): 習近平 and 习近平 are one name."""
    from claimx.lang.zh_names import simplified

    return simplified(s)


def native_chinese_name(name: str) -> bool:
    """A Chinese surname and one or two given characters (claimx.lang.zh_names.native_name)."""
    from claimx.lang.zh_names import native_name

    return native_name(name)
