"""Native Chinese names and organisations next to a speech cue, found with jieba.

Chinese writes no capitals and no spaces, so a name is found by a word segmenter and the part of
speech its dictionary gives each word (jieba: ``nr`` person, ``ns`` place, ``nt`` organisation)
together with the shapes a journalist writes a source in: an office title before a surname and
given name (``市交通委主任刘文博``), an organisation ending in 局/部/委/中心/公司/社/报/网…
(``国家气象中心``), a publication in 《》 (``《海峡评论》杂志``). jieba runs only on the few characters before a cue, and is
loaded once, the first time a Chinese cue needs it.

Traditional characters are read through their simplified form (one character for one, so every
offset stays where it was); jieba's dictionary is simplified.
"""
from __future__ import annotations

import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path

from claimx.lang.base import data_dir, read_lines
from claimx.names import SEPARATORS
from claimx.resources import cache_dir  # noqa: F401  (jieba's cache folder; tests ask it here)

MAX_WINDOW = 40          # characters before a cue that jieba reads
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# ------------------------------------------------------------------------------------- word lists
def _zh_lines(name: str) -> list[str]:
    return [w.strip() for w in read_lines(data_dir() / "zh" / name)]


@lru_cache(maxsize=None)
def _simplify_table() -> dict[int, str]:
    """Traditional → simplified, one character for one (from data/zh/traditional.tsv)."""
    out: dict[int, str] = {}
    simple_chars = set()
    pairs = []
    for line in read_lines(data_dir() / "zh" / "traditional.tsv"):
        s, _, alts = line.partition("\t")
        s = s.strip()
        if len(s) != 1:
            continue
        simple_chars.add(s)
        pairs.append((s, alts.split()))
    for s, alts in pairs:
        for t in alts:
            if len(t) == 1 and t != s and t not in simple_chars and ord(t) not in out:
                out[ord(t)] = s
    return out


@lru_cache(maxsize=None)
def _traditional_re() -> re.Pattern:
    """Any character :func:`_simplify_table` changes (one compiled class: a scan in C)."""
    return re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_simplify_table())) + "]")


def simplified(s: str) -> str:
    """``s`` in simplified characters, the same length (offsets keep their meaning). Most text
    has no traditional character: a scan for one decides, and only then each character is looked
    up (``str.translate`` with a dict looks up every character)."""
    if _traditional_re().search(s) is None:
        return s
    return s.translate(_simplify_table())


@lru_cache(maxsize=None)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(one-character surnames, two-character surnames) from data/zh/surnames.txt."""
    words = " ".join(_zh_lines("surnames.txt")).split()
    one, two = set(), set()
    for w in words:
        (one if len(w) == 1 else two).add(w)
    return frozenset(one), frozenset(two)


@lru_cache(maxsize=None)
def person_titles() -> tuple[str, ...]:
    """Words written right before a person's name: offices, occupations, kinship (longest first)."""
    words = set(_zh_lines("titles.txt")) | set(_zh_lines("person_nouns.txt"))
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def title_re() -> re.Pattern:
    """Any word of :func:`person_titles` (longest first); a name follows within four characters."""
    return re.compile("|".join(map(re.escape, person_titles())))


@lru_cache(maxsize=None)
def _person_word_re() -> re.Pattern:
    """The titles and person nouns, and the nouns of unnamed sources (人士, 专家), longest first."""
    words = sorted(set(person_titles()) | set(_zh_lines("unnamed.txt")), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@lru_cache(maxsize=None)
def org_suffixes() -> tuple[str, ...]:
    return tuple(sorted(set(_zh_lines("org_suffixes.txt")), key=len, reverse=True))


@lru_cache(maxsize=None)
def demonstrative_org_re() -> re.Pattern:
    """该公司, 该局, 这家机构, 此机构: a demonstrative and an organisation's last word."""
    dem = "|".join(map(re.escape, sorted(_zh_lines("demonstratives.txt") + ["这家", "这个", "该家"],
                                          key=len, reverse=True)))
    return re.compile(rf"(?:{dem})({'|'.join(map(re.escape, org_suffixes()))})$")


@lru_cache(maxsize=None)
def meeting_words() -> tuple[str, ...]:
    """How the name of a meeting ends (会议, 峰会): offices inside it are part of it (外长会议)."""
    return tuple(sorted(set(_zh_lines("meeting_words.txt")), key=len, reverse=True))


@lru_cache(maxsize=None)
def venues() -> tuple[str, ...]:
    """Where words are said (议会, 法庭, venues.txt) and meetings: '在议会' before a cue is a place."""
    return tuple(sorted(set(_zh_lines("venues.txt")) | set(meeting_words()), key=len, reverse=True))


@lru_cache(maxsize=None)
def _countries() -> frozenset[str]:
    return frozenset(" ".join(_zh_lines("countries.txt")).split())


def is_country(w: str) -> bool:
    """Is ``w`` a country (countries.txt: 巴西 in 巴西总统, not a name)?"""
    return simplified(w) in _countries()


@lru_cache(maxsize=None)
def not_names() -> frozenset[str]:
    return frozenset(_zh_lines("not_names.txt"))


# ------------------------------------------------------------------------------------------ jieba
_TAGGER = None


def tagger():
    """jieba's tokenizer on claimx's selection of its dictionary, and the part of speech of each
    word there: created once, its logging silenced. (jieba.posseg would tag the words jieba does
    not know with a second hidden Markov model, but loading it costs more than all the rest; a
    word jieba finds outside the dictionary is read here by its shape: a surname and one or two
    characters is a name.)"""
    global _TAGGER
    if _TAGGER is None:
        import logging
        import sys

        # jieba reads its own resources through pkg_resources when it can; claimx gives it a
        # dictionary path, and importing pkg_resources costs a third of jieba's start-up (and a
        # deprecation warning): let jieba take its plain-file fallback
        hidden = "pkg_resources" not in sys.modules
        if hidden:
            sys.modules["pkg_resources"] = None
        try:
            import jieba
        finally:
            if hidden:
                del sys.modules["pkg_resources"]

        jieba.setLogLevel(logging.CRITICAL + 1)
        folder = cache_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            if not os.access(folder, os.W_OK):
                raise OSError
        except OSError:
            folder = Path(tempfile.gettempdir())
        path = _dictionary(folder)
        tk = jieba.Tokenizer(dictionary=str(path))
        tk.tmp_dir = str(folder)
        tk.cache_file = f"claimx-jieba-{_DICT_VERSION}.cache"
        tk.initialize()
        _TAGGER = (tk, _flags(folder, path))
    return _TAGGER


# which words of jieba's dictionary claimx keeps: places, organisations and abbreviations, famous
# names, and the common words (a third of the dictionary, a third of its loading time; the rare
# words and names are found by jieba's hidden Markov model all the same)
_MIN_FREQ = 50
_DICT_VERSION = f"1-{_MIN_FREQ}"


def _flags(folder: Path, path: Path) -> dict[str, str]:
    """word → part of speech, from the dictionary file (kept as a marshal file beside it)."""
    import marshal

    cached = folder / f"claimx-jieba-{_DICT_VERSION}.flags"
    try:
        with open(cached, "rb") as f:
            return marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    flags = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            word, _, flag = line.rstrip("\n").rpartition(" ")
            flags[word.partition(" ")[0]] = flag
    try:
        fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            marshal.dump(flags, f)
        os.replace(tmp, cached)
    except OSError:
        pass
    return flags


def _jieba_entries():
    """(line, word, frequency, part of speech) of each entry of jieba's own dictionary file."""
    import jieba

    with open(Path(jieba.__file__).with_name("dict.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                yield line, parts[0], int(parts[1]), parts[2]


def _dictionary(folder: Path) -> Path:
    """claimx's selection of jieba's dictionary, written once into the cache folder (the same
    bytes on every machine: a filter of jieba's own file, in its order)."""
    path = folder / f"claimx-jieba-{_DICT_VERSION}.txt"
    if path.exists():
        return path
    out = []
    for line, word, freq, flag in _jieba_entries():
        if flag in ("ns", "nt", "j") and freq >= 3 or flag.startswith("nr") and freq >= 3 * _MIN_FREQ \
                or not flag.startswith("nr") and flag not in ("ns", "nt", "j") and freq >= _MIN_FREQ:
            out.append(line if line.endswith("\n") else line + "\n")
    fd, tmp = tempfile.mkstemp(dir=folder, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.writelines(out)
    os.replace(tmp, path)
    return path


@lru_cache(maxsize=4096)
def single_character_frequencies() -> dict[str, int]:
    """jieba's dictionary frequency of each single-character word."""
    return {word: freq for _, word, freq, _ in _jieba_entries() if len(word) == 1}


@lru_cache(maxsize=4096)
def tag(window: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, flag) of each word of ``window`` (already simplified), offsets in the window;
    a word outside the dictionary is ``nr`` when shaped like a Chinese name, else ``nrx`` (unknown:
    often part of a name jieba cut in two, 周/竞帆). Cached: the readers of a cue's context (person,
    foreign name, organisation, role) tag the same window."""
    tk, flags = tagger()
    out = []
    i = 0
    for w in tk.cut(window, HMM=True):
        flag = flags.get(w)
        if flag is None:
            flag = "nr" if _name_shaped(w) else ("x" if not _is_han(w[0]) else "nrx")
        out.append((i, i + len(w), flag))
        i += len(w)
    return tuple(out)


def _name_shaped(w: str) -> bool:
    k = _surname_len(w) if w and _is_han(w[0]) else 0
    return k > 0 and 1 <= len(w) - k <= 2 and all(_is_han(c) for c in w)


# ------------------------------------------------------------------------------------------ names
def _is_han(c: str) -> bool:
    return bool(_HAN.match(c))


def _surname_len(w: str) -> int:
    """Length of the surname ``w`` starts with (2 for 欧阳, 1 for 王), 0 when none; 小王, 老张 count."""
    one, two = surnames()
    if w[:2] in two:
        return 2
    if w[:1] in one:
        return 1
    if w[:1] in "小老" and w[1:2] in one:
        return 2
    return 0


def native_name(w: str) -> bool:
    """Is ``w`` shaped like a Chinese personal name: a surname and one or two given characters
    (or 某/某某 for an anonymised party, 陈某)?"""
    if not 2 <= len(w) <= 4 or not all(_is_han(c) for c in w) or w in not_names() \
            or w in document_nouns():
        return False
    k = _surname_len(w)
    if k == 1 and len(w) == 4 and w[1] in surnames()[0] and tagger()[0].FREQ.get(w[2:], 0) <= RARE_WORD:
        k = 2                              # a married woman's two surnames (林郑月娥, 范徐丽泰), not 白宫官员
    if not (k > 0 and 1 <= len(w) - k <= 2):
        return False
    # jieba must not read the given name as a function word (都在 is 都/d 在/p, not a name), in the
    # name's context nor alone: 陈时中 is 陈时/中 in context but 时中 alone is no word; a rare word
    # read as an adverb (王立新: 立新/d) is a given name, a common one (李已经, 张一直) is not
    return not (_function_reading(w, tag(w), k) and _function_reading(w[k:], tag(w[k:]), 0))


_FUNCTION_FLAGS = set("dpcurmqfyeo") | {"t"}
RARE_WORD = 200          # a dictionary word at most this frequent may be a given name, whatever its tag


def _function_reading(w: str, toks, k: int) -> bool:
    """Does a word of ``toks`` past the first ``k`` characters of ``w`` read as a function word
    (one character, or a word of two or more that jieba's dictionary finds frequent)?"""
    freq = tagger()[0].FREQ
    return any(flag[:1] in _FUNCTION_FLAGS and b > k and (b - a == 1 or freq.get(w[a:b], 0) > RARE_WORD)
               for a, b, flag in toks)


def person_at_end(text: str, s: int, e: int) -> tuple[int, int, int | None] | None:
    """A native Chinese name ending at ``e`` (the search starts no earlier than ``s``):
    ``(start, end, role_end)`` — ``role_end`` is where an office title before the name ends
    (the role is text before it), or None."""
    s = max(s, e - MAX_WINDOW)
    if e - s < 2:
        return None
    w = simplified(text[s:e])
    # an office title, occupation or kinship word right before the name: 院士钟南山, 妻子周燕
    longest = len(person_titles()[0]) if person_titles() else 0
    title = title_re()
    for j in range(len(w) - 3, max(0, len(w) - 4 - longest) - 1, -1):   # the last title first; they
        m = title.match(w, j)                                             # overlap (主教|练, 教练)
        if m and len(w) - m.end() >= 2 and native_name(w[m.end():]):
            return (s + m.end(), e, s + m.end())
    toks = tag(w)
    if not toks:
        return None
    # the words jieba reads as a personal name at the end (赵/nr 海燕/nr → 赵海燕)
    k = len(toks)
    while k > 0 and toks[k - 1][2] in ("nr", "nrfg", "nrx") and toks[-1][1] - toks[k - 1][0] <= 4:
        k -= 1
    if k < len(toks):
        a = toks[k][0]
        cand = w[a:]
        if native_name(cand) and (a == 0 or not _is_han(w[a - 1]) or _boundary_ok(w, toks, k)):
            return (s + a, e, s + a if a > 0 and _is_han(w[a - 1]) else None)
    # a name alone at the start of the clause (张卫称), unless jieba knows the word as an ordinary
    # one (宣言 is a declaration, though 宣 is a surname)
    m = re.search(r"(?:^|(?<=[据由而但并和与]))([\u3400-\u9fff]{2,4})$", w)
    if m and native_name(m.group(1)) and m.start(1) in {t[0] for t in toks} and \
            not any(t[0] == m.start(1) and t[1] == len(w) and not t[2].startswith("nr") for t in toks):
        return (s + m.start(1), e, None)
    return None


def past_word_across(text: str, s: int, i: int, e: int) -> int:
    """Where a run of name characters starting at ``i`` really starts: after the word its first
    character ends when that word begins before ``i`` (分析人士卡塞诺娃: 人士 is a word, the name
    starts at 卡)."""
    if i <= s or i >= e or not _is_han(text[i - 1]):
        return i
    lo = max(s, i - 4)                       # a title or person noun (人士, 秘书长) ending just past i
    w = simplified(text[lo:min(e, i + 4)])
    for m in _person_word_re().finditer(w):
        if lo + m.start() < i < lo + m.end() < e:
            return lo + m.end()
    # or an ordinary word, a verb or a preposition (出于|道义: 于 spells names, but 出于 is 'out of')
    for a, b, flag in tag(w):
        if lo + a < i < lo + b < e and not flag.startswith(("nr", "x", "eng")):
            return lo + b
    return i


def foreign_name_at_end(text: str, s: int, e: int) -> int | None:
    """Where a transliterated foreign name that jieba's dictionary knows (its tag ``nrt``:
    约翰逊, 布莱尔) ends at ``e``, or None."""
    s = max(s, e - MAX_WINDOW)
    if e - s < 2:
        return None
    toks = tag(simplified(text[s:e]))
    if toks and toks[-1][2] == "nrt" and toks[-1][1] - toks[-1][0] >= 2:
        return s + toks[-1][0]
    return None


def _boundary_ok(w: str, toks, k) -> bool:
    """The word before a name found by jieba is a noun (a title, an organisation, a place) or
    a word such as 据, 由, 和."""
    a, b, flag = toks[k - 1]
    return flag[:1] in ("n", "b", "j", "l", "p", "c", "x") or w[a:b] in _BEFORE_NAME


def person_at_start(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The person a clause starts with (its subject): ``市长周立平昨天视察了…`` → 周立平."""
    e = min(e, s + MAX_WINDOW)
    w = simplified(text[s:e])
    stop = re.search(r"[，,。：:；;“”]", w)
    if stop:
        w = w[:stop.start()]
    toks = tag(w)
    for j, (a, b, flag) in enumerate(toks):
        nxt = w[b:b + 3]
        if flag in ("nr", "nrfg", "nrt", "nrx") or (j > 0 and w[toks[j - 1][0]:toks[j - 1][1]] in person_titles()) \
                or j == 0 and nxt.startswith(_honorifics()) and not is_country(w[a:b]):   # 钟南山/ns 院士, not 巴西 总统
            if j + 1 < len(toks) and toks[j + 1][2][:2] in ("ns", "nt", "zg") \
                    and not nxt.startswith(_honorifics()):
                continue                                           # 韦瑟尔/nr 县/zg 警察局

            b2 = b
            if flag.startswith("nr") and j + 1 < len(toks) and toks[j + 1][2] in ("nr", "nrfg") \
                    and toks[j + 1][1] - a <= 4:
                b2 = toks[j + 1][1]
            elif _given_char_cut(w, toks, j):
                b2 = toks[j + 1][1]                                # 主席 习近/平 致电: 习近平
            cand = w[a:b2]
            if native_name(cand) and not (a and w[a - 1] in SEPARATORS):   # 拉希德·梅列|多夫: a foreign name's piece
                return (s + a, s + b2)
        if flag[:1] in ("v", "p", "d", "c", "u", "r") and j > 0:
            break
    return None


def _given_char_cut(w: str, toks, j: int) -> bool:
    """After an office title, a two-character name jieba cut from the last character of the given
    name (主席 习近/nr 平/n 致电/v): a one-character noun after it, then a verb, preposition or
    adverb (or the end)."""
    if j == 0 or w[toks[j - 1][0]:toks[j - 1][1]] not in person_titles() or j + 1 >= len(toks):
        return False
    a, b, flag = toks[j]
    c, d, nflag = toks[j + 1]
    after = toks[j + 2][2] if j + 2 < len(toks) else "v"
    return flag.startswith("nr") and b - a == 2 and d - c == 1 and nflag[:1] == "n" \
        and after[:1] in ("v", "p", "d") and native_name(w[a:d])


@lru_cache(maxsize=None)
def _honorifics() -> tuple[str, ...]:
    return tuple(_zh_lines("honorifics.txt"))


# ---------------------------------------------------------------------------------- organisations
# a publication: its title in 《》 and what it is (《海峡评论》杂志)
MEDIA_TITLE = r"《[^《》]{1,30}》(?:杂志|日报|晚报|周刊|月刊|报|网站|网|电视台|节目|刊物)?"
_MEDIA_ANY = re.compile(MEDIA_TITLE)
_MEDIA = re.compile(_MEDIA_ANY.pattern + "$")
_ORG_STOP_FLAGS = ("p", "c", "u", "d", "r", "m", "t", "q", "y", "e", "o", "v", "ad", "vd", "f", "x")


_ACRONYM = re.compile(r"[A-Z]{2,8}")


def org_at_end(text: str, s: int, e: int, named: bool = False) -> tuple[int, int] | None:
    """An organisation or publication ending at ``e``: ``中国商务部``, ``美联社``,
    ``《海峡评论》杂志``, ``东岭航空公司``, ``教堂方面``; ``named``: a proper name (glossed by its
    acronym), whose words may be verbs and conjunctions (疾病控制和预防中心)."""
    s = max(s, e - MAX_WINDOW)
    if e - s < 2:
        return None
    w = simplified(text[s:e])
    m = _MEDIA.search(w)
    if m:
        return (s + m.start(), e)
    toks = tag(w)
    if not toks:
        return None
    last = toks[-1]
    if all(flag == "ns" for _, _, flag in toks) and len(toks) <= 2:
        return (s, e)                      # 挪威也已宣布…: a country or city acting as one
    if not (last[2] == "nt" or w.endswith(org_suffixes())):
        return None
    # extend left over the words that make up the name (places, nouns, other organisations)
    k = len(toks) - 1
    meeting = w.endswith(meeting_words())
    office = False
    while k > 0:
        a, b, flag = toks[k - 1]
        word = w[a:b]
        if word in ("及", "和", "与", "、") and k - 1 > 0 and (toks[k - 2][2][:1] == "n" or toks[k - 2][2] == "vn"):
            left = toks[k - 2] if toks[k - 2][1] - toks[k - 2][0] > 1 or k - 2 == 0 else \
                (toks[k - 3][0], toks[k - 2][1], toks[k - 2][2])         # 能源/部 和: the word and its 部
            if not named and _is_body(w[left[0]:left[1]], left[2]):
                break                      # 美联社和路透社, 外交部与国防部: two bodies, the last one here
            k -= 1
            continue
        if not _is_han(word[0]) and not word.isalnum():
            break
        if _ACRONYM.fullmatch(word) or word == "驻" and k - 1 > 0:   # APEC成员贸易部长会议, 美国驻哈萨克斯坦大使馆
            k -= 1
            continue
        if named and flag in ("v", "c", "vn", "a") and not word in person_titles():
            k -= 1
            continue
        suffix = len(word) >= 2 and word in org_suffixes()     # 上海合作组织秘书处: 组织 read as a verb
        if (flag.startswith(_ORG_STOP_FLAGS) and flag not in ("vn", "nt") or flag == "v") and not suffix:
            break
        if word in person_titles() and not meeting:
            # 外交部发言人: not the ministry's; 东盟外长会议 is a meeting's name; the titles before an
            # office are its name (联合国秘书长发言人办公室)
            after = w[toks[k][0]:toks[k][1]]
            office = after in org_suffixes() or office and after in person_titles()
            if not office:
                break
        k -= 1
    a = toks[k][0]
    while a < len(w) and w[a] in "据由而但并":
        a += 1
    if len(w) - a < 2 or w[a:] in _channels():
        return None                        # 官网, 网站: where it was posted, no body
    return (s + a, e)


def _is_body(word: str, flag: str) -> bool:
    """Is the word before a 和/与/及/、 an organisation of its own (美联社, 外交部, 中国科学院; jieba
    ``nt``, or two characters or more ending as a body's name ends), so that the coordinator joins
    two bodies, not two words of one name (战略与国际研究中心, 疾病控制和预防中心)?"""
    return flag == "nt" or len(word) >= 2 and word.endswith(org_suffixes())


def first_body(text: str, s: int, a: int) -> tuple[int, int] | None:
    """'美联社和路透社报道说' / '外交部、国防部和内务部': the first of the bodies coordinated before
    the one that starts at ``a`` (a joint subject is filed under the first named), or None when
    none is coordinated with it."""
    first = None
    for _ in range(4):                     # bounded: a few bodies back
        if a - 1 <= s or simplified(text[a - 1]) not in "和与及、":
            break
        found = org_at_end(text, s, a - 1)
        if found is None:
            break
        first = found
        a = found[0]
    return first


@lru_cache(maxsize=None)
def _channels() -> frozenset[str]:
    return frozenset(_zh_lines("channels.txt"))


def channels() -> tuple[str, ...]:
    """The channels a statement is posted on (微博, 平台, 频道; channels.txt), for ``str.endswith``."""
    return tuple(_channels())


def surname_before(text: str, s: int, e: int) -> int | None:
    """Where a bare surname ending at ``e`` starts (王 in 王先生, 欧阳 in 欧阳女士), or None; the
    character before it must not be part of the same word."""
    for k in (2, 1):
        a = e - k
        if a < s:
            continue
        w = simplified(text[a:e])
        one, two = surnames()
        if (w in two if k == 2 else w in one) and _starts_word(text, s, a):
            return a
    return None


_BEFORE_NAME = set("据由而但并和与")


def _starts_word(text: str, s: int, a: int) -> bool:
    """Can a name start at ``a``: after punctuation, 据/由/和…, or an office title?"""
    if a <= s or not _is_han(text[a - 1]) or simplified(text[a - 1]) in _BEFORE_NAME:
        return True
    before = simplified(text[max(s, a - 8):a])
    return before.endswith(person_titles())


@lru_cache(maxsize=None)
def document_nouns() -> tuple[str, ...]:
    return tuple(sorted(set(_zh_lines("document_nouns.txt")), key=len, reverse=True))


def document_at_end(text: str, s: int, e: int) -> tuple[int, tuple[int, int] | None] | None:
    """A document ending at ``e`` (文章, 新闻稿, 联合声明): ``(start, author span or None)``."""
    w = simplified(text[max(s, e - MAX_WINDOW):e])
    noun = next((d for d in document_nouns() if w.endswith(d)), None)
    if noun is None:
        return None
    a = e - len(noun)
    # the words before it: 工信部通报 → the ministry; 会后发表的联合声明 → the document alone;
    # 《经济学人》周刊最新一期文章 → the weekly (an issue between them)
    issue = _ISSUE_END.search(w, 0, len(w) - len(noun))
    b = a - (issue.end() - issue.start()) if issue else a
    author = org_at_end(text, s, b) if b - s >= 2 else None
    if author is None and b - s >= 3 and text[b - 1] == "的":
        author = org_at_end(text, s, b - 1)        # 美联社的报道称, 外交部的声明指出: the body's
    if author is not None:                 # 美联社和路透社报道: the first named
        author = first_body(text, s, author[0]) or author
    if author is None:
        lead = simplified(text[max(s, a - 12):a])
        if lead and not re.search(r"(?:^|[的该这此]|[一这该此那][篇份则项])$", lead) and _is_han(lead[-1]):
            return None                    # '他的文章' is the writer's; 'X报告' with X unknown: not read
    return (a, author)


_ISSUE_END = re.compile(r"(?:最新|最近|本|当|上)一?期(?:的)?$")


def org_mentions(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Publications in 《》 and the organisations jieba tags (nt) in ``text[a:b]``, in order."""
    w = simplified(text[a:b])
    out = [(a + m.start(), a + m.end()) for m in _MEDIA_ANY.finditer(w)]
    suffixes = org_suffixes()
    for x, y, flag in tag(w):
        if (flag == "nt" or flag[:1] == "n" and w.endswith(suffixes, x, y)) \
                and not any(p <= a + x < q for p, q in out):
            found = org_at_end(text, a, a + y)
            if found and not demonstrative_org_re().search(w, 0, found[1] - a):
                out.append(found)
    return sorted(out)



def common_word(w: str) -> bool:
    """Is ``w`` an ordinary word (文章, 马上), not a name, though all its characters can spell one?"""
    if len(w) > 3:
        return False
    w = simplified(w)
    if w in not_names():
        return True
    toks = tag(w)
    return len(toks) == 1 and not toks[0][2].startswith(("nr", "ns", "nt", "nz", "x", "eng"))


def role_at_end(text: str, s: int, e: int) -> tuple[int, str] | None:
    """An office or occupation, unnamed, ending at ``e`` with what qualifies it (南特检察官,
    此人的律师, 当地村民): ``(start, title)``."""
    w = simplified(text[max(s, e - 20):e])
    title = next((t for t in person_titles() if w.endswith(t)), None)
    if title is None:
        return None
    a = e - len(w)
    m = re.search(r"[^，,。“”：:；;（）()\s]{0,16}$", w[:len(w) - len(title)])
    a += m.start() if m else len(w) - len(title)
    while a < e - len(title) and simplified(text[a]) in _BEFORE_NAME:
        a += 1
    org = org_at_end(text, s, e - len(title))
    if org is not None and org[0] < a:     # 乌克兰国家能源公司首席执行官: the whole body's name
        a = org[0]
    return (a, title)


_PLACE_FLAGS = ("ns", "nr", "nrt", "nrfg", "nrx", "s", "nt", "j", "x", "eng")
_NOT_PLACE_ZAI = set("正现所存实好自内外潜")          # 正在, 现在, 所在: 在 inside a word


def bare_zai_at_end(text: str, s: int, e: int) -> bool:
    """Does ``text[s:e]`` end in a 在 of its own, before the occasion cut after it (拉夫罗夫在|与布林肯
    会谈后对记者说), not the end of a word (正在, 现在)?"""
    return e - s >= 2 and text[e - 1] == "在" and simplified(text[e - 2]) not in _NOT_PLACE_ZAI


def place_at_end(text: str, s: int, e: int) -> int | None:
    """Where '在' and a place or venue before a cue start (古特雷斯在纽约表示, 普京在莫斯科对记者说,
    在联合国大会表示), or None: two to eight characters that jieba reads as places, names or
    organisations, after a 在 that ends no word, with a subject before it."""
    w = simplified(text[max(s, e - 9):e])
    k = w.rfind("在")
    if k < 0 or not 2 <= len(w) - k - 1 <= 8 or k > 0 and w[k - 1] in _NOT_PLACE_ZAI:
        return None
    a = e - (len(w) - k)
    if a - s < 2 or not _is_han(text[a - 1]) and not text[a - 1].isalnum() and text[a - 1] not in ")）":
        return None                        # no subject before it: 在场记者表示
    place = w[k + 1:]
    if re.search(r"[的，,。“”：:；;]", place):
        return None
    if place in cities() or place.endswith(venues()):   # 在基辅, 在议会: a city or a venue
        return a
    toks = tag(place)
    # a number after the place is its address (在唐宁街10号)
    return a if toks and all(flag.startswith(_PLACE_FLAGS) or j > 0 and flag == "m"
                             for j, (_, _, flag) in enumerate(toks)) else None


@lru_cache(maxsize=None)
def cities() -> dict[str, str]:
    """city → its country, from cities.tsv (莫斯科: 俄罗斯)."""
    out = {}
    for line in _zh_lines("cities.tsv"):
        city, _, country = line.partition("\t")
        if city.strip() and country.strip():
            out.setdefault(city.strip(), country.strip())
    return out


@lru_cache(maxsize=None)
def _dateline_re() -> re.Pattern:
    """A dateline opening a document: an outlet, a city of cities.tsv, a date, 电 (新华社莫斯科3月5日电,
    塔斯社莫斯科电, 本报基辅4月1日电)."""
    names = "|".join(map(re.escape, sorted(cities(), key=len, reverse=True))) or "(?!)"
    return re.compile(rf"\s*(?:[^\s，,。：:“”]{{1,10}}?[社台网报]\s*)?({names})\s*"
                      r"(?:[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日)?\s*电")


@lru_cache(maxsize=None)
def national_bodies() -> frozenset[str]:
    """Bodies of every national government (national_bodies.txt: 外交部, 国防部)."""
    return frozenset(" ".join(_zh_lines("national_bodies.txt")).split())


@lru_cache(maxsize=None)
def _country_body_re(noun: str) -> re.Pattern:
    """A country's ``noun`` (俄罗斯外交部 for 外交部)."""
    names = "|".join(map(re.escape, sorted(_countries(), key=len, reverse=True)))
    return re.compile(rf"(?:{names}){re.escape(noun)}")


@lru_cache(maxsize=None)
def _country_abbreviations() -> dict[str, str]:
    """The one character that stands for a country before a body (俄 in 俄外交部), from the sides of
    country_sides.tsv (俄方: 俄罗斯, the first country listed)."""
    out = {}
    for line in _zh_lines("country_sides.tsv"):
        side, _, countries = line.partition("\t")
        side = side.strip()
        if len(side) == 2 and side.endswith("方") and countries.split():
            out.setdefault(side[0], countries.split()[0])
    return out


def national_body(text: str, a: int, b: int) -> str | None:
    """The name of a national body named bare (``text[a:b]`` is 外交部): the country's body of its
    kind named last in the few hundred characters before it (俄罗斯外交部 … 外交部还表示), else
    the body of the country the document is datelined in (新华社莫斯科3月5日电 … 外交部表示 →
    俄罗斯外交部); with a country's one-character abbreviation (俄外交部), that country's body;
    None for another name, or with neither."""
    noun = simplified(text[a:b])
    if noun not in national_bodies():
        country = _country_abbreviations().get(noun[:1])
        return country + noun[1:] if country and noun[1:] in national_bodies() else None
    lo = max(0, a - BODY_REACH)
    last = None
    for last in _country_body_re(noun).finditer(simplified(text[lo:a])):
        pass
    if last is not None:
        return last.group()
    m = _dateline_re().match(simplified(text[:40]))
    return cities()[m.group(1)] + noun if m and m.end() <= a else None


_MANNER_WORD = ("a", "b", "d", "v", "i", "l", "z")        # 无奈/a 地, 笑/v 着, 一字一句/i 地


_HOLDING = re.compile(r"[\u3400-\u9fff](?<!着)着[\u3400-\u9fff]{1,2}$")


def manner_at_end(text: str, s: int, e: int) -> int | None:
    """Where a manner adverbial before a cue starts (他无奈地说, 她笑着说): a word jieba reads as
    an adjective, adverb, verb or idiom and the particle 地 or 着 after it; or None."""
    lo = max(s, e - 8)
    w = simplified(text[lo:e])
    m = _HOLDING.search(w)
    if m is not None and m.start() >= 2:
        return lo + m.start()              # 村民摇着头说, 她含着泪说: a verb, 着 and its object
    toks = tag(w)
    if len(toks) < 3 or toks[-1][2] not in ("uv", "uz") or not toks[-2][2].startswith(_MANNER_WORD):
        return None
    a, b, flag = toks[-3]
    if len(toks) >= 4 and flag[:1] == "n" and not flag.startswith(("nr", "ns", "nt")) and b - a == 2 \
            and w[a:b] not in person_titles() and w[a:b] not in _honorifics() \
            and not _person_word_re().fullmatch(w[a:b]):
        return lo + a                      # 信心/n 满满/v 地: the phrase, not 村民/n 高兴/a 地's subject
    return lo + toks[-2][0]


@lru_cache(maxsize=None)
def reporter_nouns() -> tuple[str, ...]:
    return tuple(sorted(set(_zh_lines("reporter_nouns.txt")), key=len, reverse=True))


def outlet_of_reporter(text: str, a: int, e: int) -> tuple[int, int] | None:
    """The outlet an unnamed reporter ``text[a:e]`` writes for, when the phrase opens with it
    (路透社开罗分社记者, 美联社驻北京记者, 《明报》记者): its span, or None."""
    w = simplified(text[a:e])
    noun = next((n for n in reporter_nouns() if w.endswith(n)), None)
    if noun is None or len(w) == len(noun):
        return None
    orgs = [o for o in org_mentions(text, a, e - len(noun)) if o[0] == a]
    return max(orgs, key=lambda o: o[1]) if orgs else None


@lru_cache(maxsize=None)
def _generic_bodies() -> dict[str, re.Pattern]:
    """generic noun → a pattern of how the names of the bodies it stands for end (警方: 警察局…)."""
    out = {}
    for line in _zh_lines("generic_bodies.tsv"):
        noun, _, heads = line.partition("\t")
        if noun.strip() and heads.split():
            out[noun.strip()] = re.compile("|".join(map(re.escape, sorted(heads.split(), key=len, reverse=True))))
    return out


def is_generic_body(name: str) -> bool:
    """Is ``name`` one of the generic nouns of generic_bodies.tsv (警方, 检方, 校方, 院方)?"""
    return simplified(name) in _generic_bodies()


def anonymous_person(name: str) -> bool:
    """Is ``name`` a surname alone with an honorific or 某 (张女士, 王教授, 李某): someone the
    document does not name, another person in every document?"""
    w = simplified(name)
    k = _surname_len(w) if w else 0
    rest = w[k:]
    return k > 0 and (rest in ("某", "某某") or rest in _honorifics())


BODY_REACH = 600         # characters before a generic noun (警方) read for the body it stands for
_BODY_BREAK = re.compile(r"[\s，,。、：:；;“”和与及]")


def body_named_before(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The body a generic noun ``text[a:b]`` (警方, 校方) stands for: the last one of its kind named
    in the few hundred characters before it (河西县警察局 … 警方表示), or None."""
    heads = _generic_bodies().get(simplified(text[a:b]))
    if heads is None:
        return None
    lo = max(0, a - BODY_REACH)
    last = None
    for m in heads.finditer(simplified(text[lo:a])):
        last = m
    if last is None:
        return None
    start, end = lo + last.start(), lo + last.end()
    while start > lo and start > end - MAX_WINDOW and not _BODY_BREAK.match(text[start - 1]):
        start -= 1                         # the words of its name, back to a comma or a 、/和
    found = org_at_end(text, start, end)
    return found if found and found[1] - found[0] > len(last.group()) else None   # not 警察局 alone


_NOT_IN_BRAND = re.compile(r"[的是在了和与及对向把被将]")


def clause_org(text: str, s: int, e: int) -> int | None:
    """Where an organisation's name that is its whole clause begins (走着瞧网回应称: a brand that
    jieba reads as words): three to eight Chinese characters from the clause's start,
    ending as an organisation's name ends, with no function word in them; or None."""
    a = s
    while a < e and text[a].isspace():
        a += 1
    w = simplified(text[a:e])
    if not 3 <= len(w) <= 8 or not all(_is_han(c) for c in w) or _NOT_IN_BRAND.search(w) \
            or not w.endswith(org_suffixes()) or a > 0 and _is_han(text[a - 1]):
        return None
    return a
