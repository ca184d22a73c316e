"""Stage 5 — speakers: one canonical speaker per person, across spellings, documents and scripts.

Within a document, mentions become local entities (a surname alone joins the fullest earlier
mention; a Chinese name with a Latin gloss is one person with its gloss). Each local entity is
matched against the registry in tiers, the most certain first, and the tier is recorded as
``speaker.link``: alias, gloss, fuzzy, transliteration, surname — or new. A link needs a high score,
a clear margin over the next candidate and no conflicting given name. Entities the registry does
not know are clustered across documents by the same rules in a second pass over mentions only.
"""
from __future__ import annotations

import bisect
import itertools
import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from claimx.resources import DataError, DataPath, path as data_path, read_lines
from claimx.mentions import Mention
from claimx.names_model import first_letters, latin_key, likely_first_syllables, likely_openings, units
from claimx.lang import DEFAULT, rules
from claimx.lang.identify import name_language
from claimx.names import (_final_vowels, cross_key, given_agree, is_han, latin_parts, norm, phonetic, reads_chinese,
                          separators, slug, strip_honorifics, surname_similarity, zh_given_agree,
                          zh_latin_score, zh_readings, zh_surname)

FUZZY_MIN = 86          # phonetic similarity (0–100) for a Latin surname link
TRANSLIT_MIN = 87       # for a Chinese transliteration against a Latin surname
MARGIN = 8              # over the next candidate
#: Registry surnames a Chinese form is scored against at most (the likeliest readings first: see
#: Registry._translit_keys); a registry with fewer under the letters the form can begin with is
#: searched whole.
TRANSLIT_CANDIDATES = 2000
#: Two Chinese names written with different characters are one person by sound alone only when
#: both are this long (transliterations: 卡泽诺娃 ~ 卡塞诺娃); shorter ones sharing a sound are often
#: different people (张伟, 张薇) and meet only through a Latin form or gloss.
ZH_VARIANT_MIN = 4
TYPES = {"person", "organization"}


class RegistryError(Exception):
    """A registry file that cannot be used: the message names file, line and reason."""


@dataclass(slots=True)
class Entry:
    id: str
    name: str
    type: str = "person"
    aliases: list = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    wikidata: str | None = None

    def forms(self) -> list[str]:
        return [self.name] + list(self.aliases)

    def latin_forms(self) -> list[str]:
        return [f for f in self.forms() if not is_han(f)]


#: Sets of names whose registry match a :class:`Registry` keeps (bounded memory on any corpus).
MATCH_MEMO = 65536


class Registry:
    """Known speakers (``data/speakers.toml`` plus ``--registry`` files; a later entry with the
    same id replaces an earlier one)."""

    def __init__(self, entries: list[Entry] | None = None):
        self.entries: dict[str, Entry] = {}
        for e in entries or []:
            self.entries[e.id] = e
        self._index()

    @classmethod
    def load(cls, extra=(), shipped: bool = True) -> "Registry":
        """The registry of the shipped file (unless not ``shipped``) and the ``extra`` files. When
        they hold ``CACHE_MIN_BYTES`` or more, the parsed and indexed registry is kept in the cache
        folder under the hash of their bytes (and of claimx's code and rule data), so the next run
        reads it back instead of parsing and indexing again (see :func:`_cache_key`)."""
        files = ([data_path("speakers.toml")] if shipped else []) + [Path(p) for p in extra]
        blobs = [(f, _registry_bytes(f)) for f in files]
        key = _cache_key([b for _, b in blobs]) if sum(len(b) for _, b in blobs) >= CACHE_MIN_BYTES else None
        if key is not None:
            got = _cache_read(key)
            if got is not None:
                try:
                    return cls._from_state(got)
                except (TypeError, ValueError, IndexError, KeyError, AttributeError):
                    pass                      # not a registry this code wrote: build it again
        entries: list[Entry] = []
        for f, data in blobs:
            entries.extend(parse_registry(f, data))
        reg = cls(entries)
        if key is not None:
            _cache_write(key, reg._state())
        return reg

    def _state(self) -> tuple:
        """The registry as plain values (for :mod:`marshal`): its entries as tuples and its indexes
        (all of them, those otherwise built on first use too)."""
        entries = tuple((e.id, e.name, e.type, tuple(e.aliases), e.role, e.affiliation, e.wikidata)
                        for e in self.entries.values())
        return (entries, self.alias, self.surnames, self._by_norm, self._by_sound, self._by_role,
                self.zh_aliases, self._prefix_index())

    @classmethod
    def _from_state(cls, state: tuple) -> "Registry":
        entries, alias, surnames, by_norm, by_sound, by_role, zh_aliases, by_prefix = state
        reg = cls.__new__(cls)
        reg.entries = {row[0]: Entry(row[0], row[1], row[2], list(row[3]), *row[4:]) for row in entries}
        reg.alias, reg.surnames, reg._by_norm, reg._by_sound = alias, surnames, by_norm, by_sound
        reg._by_role, reg.zh_aliases = by_role, zh_aliases
        reg._sounds = _by_length(by_sound)
        reg._by_prefix = by_prefix
        reg._answers()
        return reg

    def _index(self):
        """Lookup tables, so that an alias, a Latin surname or an office is matched without walking
        the whole registry in Python (a million aliases): alias -> id (a tuple of ids when several
        share it), surname -> rows, sound key -> rows, role word -> ids. (A Chinese transliteration
        is scored against the surnames its first syllable can begin: :meth:`_translit_keys`.)"""
        alias: dict[str, str | tuple] = {}
        self.surnames: list[tuple[str, tuple, str]] = []        # (norm surname, given names, id)
        self._by_norm: dict[str, list[int]] = {}
        self._by_sound: dict[str, list[int]] = {}
        self._by_role: dict[str, list[str]] = {}
        rows: dict[tuple, int] = {}
        zh = set()
        for e in self.entries.values():
            eid = e.id
            for f in e.forms():
                key = norm(f)
                got = alias.get(key)
                if got is None:
                    alias[key] = eid
                elif got != eid and (isinstance(got, str) or eid not in got):
                    alias[key] = (got, eid) if isinstance(got, str) else got + (eid,)
                if is_han(f):
                    zh.add(f)
                    zh.add(zh_surname(f))
                elif e.type == "person":
                    given, sur = latin_parts(f)
                    if sur:
                        row = (norm(sur), given, eid)
                        if row in rows:            # the same surname, given names and person:
                            continue               # what another form already filed
                        n = rows[row] = len(self.surnames)
                        self._by_norm.setdefault(row[0], []).append(n)
                        self._by_sound.setdefault(phonetic(row[0]), []).append(n)
                        self.surnames.append(row)
            for word in set(re.findall(r"\w+", (e.role or "").lower())):
                self._by_role.setdefault(word, []).append(eid)
        self.alias = alias
        self._sounds = _by_length(self._by_sound)
        self.zh_aliases = tuple(sorted(zh, key=lambda a: (-len(a), a)))   # longest first
        self._by_prefix = None
        self._answers()

    def _answers(self) -> None:
        """Empty the tables filled as questions are asked."""
        self._translit_seen: dict[str, list[str]] = {}    # Chinese surname -> _translit_keys
        self._chinese: dict[str, bool] = {}                # id -> _known_in_chinese
        self._matched: dict[tuple, tuple] = {}            # (forms, glosses) -> match_scored

    def alias_ids(self, form: str) -> tuple:
        """Ids of the entries known by ``form`` exactly (:func:`~claimx.names.norm`)."""
        got = self.alias.get(norm(form), ())
        return (got,) if isinstance(got, str) else got

    def _rows_like(self, sound: str, key: str, cutoff: float) -> list[int]:
        """Surname rows spelled ``key`` or whose sound key is like ``sound`` (ratio >= cutoff), in
        order: every row :func:`surname_similarity` could score that high, found by a C-speed pass
        over the distinct sound keys instead of a Python loop over every row — over the keys of the
        lengths that can reach ``cutoff`` only (a ratio is at most 200·min(a, b)/(a + b) for
        lengths a and b)."""
        from rapidfuzz import process
        from rapidfuzz.fuzz import ratio

        rows = set(self._by_norm.get(key, ()))
        n = len(sound)
        for length, keys in self._sounds.items():
            if 200 * min(n, length) < cutoff * (n + length):
                continue
            for found, _, _ in process.extract(sound, keys, scorer=ratio, score_cutoff=cutoff, limit=None):
                rows.update(self._by_sound[found])
        return sorted(rows)

    # ---------------------------------------------------------------------------------- matching
    def match(self, forms: list[str], glosses=()) -> tuple[Entry | None, str]:
        """The registry entry for a local entity known under ``forms`` (and Latin ``glosses``)."""
        entry, tier, _ = self.match_scored(forms, glosses)
        return entry, tier

    def match_scored(self, forms: list[str], glosses=()) -> tuple[Entry | None, str, float | None]:
        """:meth:`match` with the score of the link (100 for an alias or gloss). A function of the
        names alone: the answers for the first MATCH_MEMO sets of names are kept, as a corpus
        names one person in many documents the same way."""
        key = (tuple(forms), tuple(glosses))
        got = self._matched.get(key)
        if got is None:
            got = self._match_scored(forms, glosses)
            if len(self._matched) < MATCH_MEMO:
                self._matched[key] = got
        return got

    def _match_scored(self, forms: list[str], glosses=()) -> tuple[Entry | None, str, float | None]:
        for tier, names in (("alias", forms), ("gloss", glosses)):
            ids = set()
            for f in names:
                ids.update(self.alias_ids(f))
            if len(ids) == 1:
                return self.entries[ids.pop()], tier, 100.0
        latin = [f for f in list(forms) + list(glosses) if not is_han(f)]
        best = self._latin(latin)
        if best:
            return best
        han = [f for f in forms if is_han(f)]
        if han and not latin:            # a Latin form or gloss that links nowhere says more than
            return self._translit(han)    # how its Chinese transliteration sounds
        return None, "new", None

    def _latin(self, forms: list[str]):
        results = {}
        vetoed = set()       # a given name of one form that conflicts rules the person out for all
        for f in forms:
            given, sur = latin_parts(f)
            if not sur or len(sur) < 3:
                continue
            nk = norm(sur)
            for i in self._rows_like(phonetic(sur), nk, FUZZY_MIN):
                rn, rgiven, eid = self.surnames[i]
                if self.entries[eid].type != "person":
                    continue
                score = 100.0 if rn == nk else surname_similarity(sur, rn)
                if score < FUZZY_MIN:
                    continue
                agree = given_agree(given, rgiven)
                if agree is False:
                    if rn == nk and len(given) <= 2:   # 'Akylbek Japarov', then 'Japarov': not Sadyr Japarov
                        vetoed.add(eid)
                    continue
                if rn == nk:
                    tier = "surname" if agree is None else "fuzzy"
                elif agree is not True:
                    continue       # a spelling variant needs a given name that agrees
                else:
                    tier = "fuzzy"
                if score > results.get(eid, (0, ""))[0]:
                    results[eid] = (score, tier)
        return _decide({e: r for e, r in results.items() if e not in vetoed}, self.entries)

    def _translit(self, forms: list[str]):
        results = {}
        for f in forms:
            sur = zh_surname(f)
            if len(sur) < 2:
                continue
            for key in self._translit_keys(sur):
                if _genders_disagree(sur, key):
                    continue                          # 拉夫罗娃 is a Lavrova, not Sergey Lavrov
                score = zh_latin_score(sur, key)      # a function of the surname: once per spelling
                if score < TRANSLIT_MIN - MARGIN:
                    continue                          # neither a link nor near enough to block one
                for n in self._by_norm[key]:
                    eid = self.surnames[n][2]
                    if self._known_in_chinese(eid):
                        continue                      # 鄂竟平 is not Xi Jinping (习近平) by sound
                    if zh_given_agree(f, [self.surnames[n][1]]) is False:
                        continue                      # 迪娜拉·卡塞诺娃 is not Nargis Kassenova
                    if score > results.get(eid, (0, ""))[0]:
                        results[eid] = (score, "transliteration")
        # the margin is over the next candidate whatever its score, as the threshold and margin were
        # calibrated (claimx.names_model.decide): a near spelling just below the threshold still
        # makes the best one uncertain (谢里科夫: Sarykov at 87, Surikov at 83)
        if not results or max(score for score, _ in results.values()) < TRANSLIT_MIN:
            return None, "new", None
        return _decide(results, self.entries) or (None, "new", None)

    def _translit_candidates(self, zh: str) -> list:
        """The surname rows :meth:`_translit_keys` offers ``zh``, in registry order."""
        return [self.surnames[n] for n in sorted(n for k in self._translit_keys(zh) for n in self._by_norm[k])]

    def _translit_keys(self, zh: str) -> list[str]:
        """The registry surnames (normalised spellings) a Chinese transliteration ``zh`` is scored
        against. Only those beginning with a letter the model lets its first syllable begin with
        (claimx.names_model.first_letters: the score of any other is nil). When more than
        ``TRANSLIT_CANDIDATES`` do (a registry of many thousands of surnames), the ones whose
        first three letters the model finds the likeliest reading of the first syllables
        (:func:`_prefix_odds`), up to that many: a bounded number of model calls per Chinese form
        however large the registry. The surnames are filed by first letter and first three letters
        on first use; the answer is kept for the next form spelled alike."""
        got = self._translit_seen.get(zh)
        if got is not None:
            return got
        index = self._prefix_index()
        letters = first_letters(zh)
        groups = [(p, keys) for c in sorted(letters or ()) for p, keys in index.get(c, {}).items()]
        if sum(len(keys) for _, keys in groups) <= TRANSLIT_CANDIDATES:
            got = [k for _, keys in groups for k in keys]
        else:
            odds = _prefix_odds(units(zh))
            got = []
            for _, p, keys in sorted((-odds(p), p, keys) for p, keys in groups):
                got.extend(keys[:TRANSLIT_CANDIDATES - len(got)])
                if len(got) >= TRANSLIT_CANDIDATES:
                    break
        if len(self._translit_seen) >= 4096:
            self._translit_seen.clear()
        self._translit_seen[zh] = got
        return got

    def _prefix_index(self) -> dict[str, dict[str, list[str]]]:
        """Surname spellings by first letter, then first three letters (of their Latin key)."""
        index = self._by_prefix
        if index is None:
            index = self._by_prefix = {}
            for key in self._by_norm:
                lk = latin_key(key)
                index.setdefault(lk[:1], {}).setdefault(lk[:3], []).append(key)
        return index

    def _known_in_chinese(self, eid: str) -> bool:
        """Does the registry know person ``eid`` by a Chinese name (习近平)? Such a person is matched
        by that name, never by the sound of the romanised one. Answered per person when asked (a
        transliteration's candidates), not for the whole registry."""
        got = self._chinese.get(eid)
        if got is None:
            got = self._chinese[eid] = any(is_han(f) and reads_chinese(f) for f in self.entries[eid].forms())
        return got

    # ------------------------------------------------------------------- helpers for attribution
    def office_holder(self, text: str, noun: str, modifier: str | None, before: int) -> Mention | None:
        """The last person mentioned before ``before`` whose registry role has ``noun`` (and the
        country ``modifier``): "Kazakhstan's president" → the president of Kazakhstan named earlier.
        Each form is found once per document (:meth:`_form_matches`); a call looks up the last
        match before ``before`` — as a scan of ``text[:before]`` finds it."""
        best = None
        stem = (modifier or "").lower()[:5]
        doc = self._doc
        if doc[0] is not text:
            doc = self._doc = (text, {})
        first = (re.findall(r"\w+", noun.lower()) or [""])[0]
        holds = re.compile(rf"\b{re.escape(noun)}\b")
        for eid in self._by_role.get(first, ()):
            e = self.entries[eid]
            role = (e.role or "").lower()
            if not holds.search(role) or (stem and stem not in role) or _not_current().search(role):
                continue
            for f in e.forms():
                got = doc[1].get(f)
                if got is None:
                    got = doc[1][f] = self._form_matches(text, f)
                pat, starts, ends = got
                safe = max(0, before - len(f))    # a match starting here or later may end at the cut
                j = bisect.bisect_left(starts, safe)
                last = None
                for last in pat.finditer(text, max(safe, ends[j - 1] if j else 0), before):
                    pass
                span = last.span() if last is not None else (starts[j - 1], ends[j - 1]) if j else None
                if span is not None and (best is None or span[0] > best.start):
                    best = Mention(f, span[0], span[1], "name", name=f, role=e.role,
                                   lang=name_language(f))
        return best

    _doc: tuple = (None, {})     # (the text of the document last asked about, form -> its matches)

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_doc", None)      # a cache of one document: not sent to workers
        return state

    @staticmethod
    def _form_matches(text: str, form: str) -> tuple:
        """The matches of ``form`` in ``text`` (a Latin form between word boundaries), left to
        right without overlap as ``finditer`` gives them — found with ``str.find``."""
        han = is_han(form)
        pat = re.compile(re.escape(form) if han else rf"\b{re.escape(form)}\b")
        if not form:
            spans = [m.span() for m in pat.finditer(text)]
            return pat, [a for a, _ in spans], [b for _, b in spans]
        starts, ends = [], []
        n, k, last = len(text), len(form), 0
        i = text.find(form)
        while i >= 0:
            e = i + k
            if i >= last and (han or ((i > 0 and _is_word(text[i - 1])) != _is_word(text[i])
                                      and _is_word(text[e - 1]) != (e < n and _is_word(text[e])))):
                starts.append(i)
                ends.append(e)
                last = e
            i = text.find(form, i + 1)
        return pat, starts, ends


def _by_length(keys) -> dict[int, list[str]]:
    """``keys`` grouped by length (in their order)."""
    out: dict[int, list[str]] = {}
    for k in keys:
        out.setdefault(len(k), []).append(k)
    return out


def _prefix_odds(us: tuple):
    """How likely the transliteration model finds that a Latin name written with syllables ``us``
    begins with letters ``p`` (one to three): the first syllable written as ``p``, or as a head of
    ``p`` with the second syllable written as the rest — P(g | u) of the letter groups involved, a
    ranking (not a probability) to choose which surnames to score first."""
    from claimx.names_model import model

    m = model()
    first = m.cond(us[0])
    second = m.cond(us[1]) if len(us) > 1 else None

    def odds(p: str) -> float:
        best = first(p)
        if second is not None:
            for k in range(1, len(p)):
                best = max(best, first(p[:k]) * second(p[k:]))
        return best
    return odds


def _decide(results: dict, entries) -> tuple[Entry, str, float] | None:
    if not results:
        return None
    ranked = sorted(results.items(), key=lambda kv: (-kv[1][0], kv[0]))
    (eid, (score, tier)) = ranked[0]
    if len(ranked) > 1 and score - ranked[1][1][0] < MARGIN:
        return None
    return entries[eid], tier, round(score, 1)


#: Registries of at least this many bytes are kept parsed and indexed in the cache folder
#: (``$CLAIMX_CACHE``, else ``~/.cache/claimx``); smaller ones are parsed on every run.
CACHE_MIN_BYTES = 1 << 20
_CACHE_FORMAT = "1"
_CACHE_KEEP = 3          # cached registries kept (the most recently used)


def _cache_key(blobs: list[bytes]) -> str | None:
    """The hash a cached registry is filed under: the registry files' bytes, and what the index
    is computed with — claimx's modules and rule data (name, size and modification time of each
    file, shipped and ``CLAIMX_DATA`` overlay) and the Python version (marshal's format). None
    when the rule data is not a folder of files (then nothing is cached)."""
    import hashlib
    import os
    import sys

    from claimx.resources import overlay, shipped

    h = hashlib.sha256(f"{_CACHE_FORMAT}\0{sys.version}\0".encode())
    roots = [Path(__file__).resolve().parent, shipped(), overlay()]
    for root in roots:
        if root is None:
            continue
        if not isinstance(root, Path):
            return None
        for folder, dirs, names in os.walk(root):
            dirs.sort()
            for name in sorted(names):
                if name.endswith((".pyc", ".pyo")):
                    continue
                try:
                    st = os.stat(os.path.join(folder, name))
                except OSError:
                    continue
                rel = os.path.relpath(os.path.join(folder, name), root)
                h.update(f"{rel}\0{st.st_size}\0{st.st_mtime_ns}\0".encode("utf-8", "surrogateescape"))
        h.update(b"\1")
    for b in blobs:
        h.update(len(b).to_bytes(8, "little"))
        h.update(b)
    return h.hexdigest()[:40]


def _cache_path(key: str) -> Path:
    from claimx.lang.zh_names import cache_dir

    return cache_dir() / f"claimx-registry-{key}.marshal"


def _cache_read(key: str) -> tuple | None:
    """The registry state filed under ``key``, or None (absent or unreadable: it is rebuilt)."""
    import marshal
    import os

    path = _cache_path(key)
    try:
        with open(path, "rb") as f:
            state = marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        return None
    try:
        os.utime(path)                        # recently used: kept by _cache_write's clean-up
    except OSError:
        pass                                  # a cache folder one may read but not write
    return state if isinstance(state, tuple) and len(state) == 8 else None


def _cache_write(key: str, state: tuple) -> None:
    """File ``state`` under ``key`` (written whole, then renamed); keep the ``_CACHE_KEEP`` most
    recently used cached registries. A cache that cannot be written is no error."""
    import marshal
    import os
    import tempfile

    path = _cache_path(key)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".claimx-registry-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                marshal.dump(state, f)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        old = sorted(path.parent.glob("claimx-registry-*.marshal"), key=lambda p: p.stat().st_mtime_ns,
                     reverse=True)
        for stale in old[_CACHE_KEEP:]:
            stale.unlink()
    except (OSError, ValueError):
        pass


def _registry_bytes(path) -> bytes:
    """The bytes of a registry file (RegistryError when it cannot be read or is no regular file)."""
    import os
    import stat

    try:
        if isinstance(path, DataPath):             # shipped data (or its overlay)
            return path.read_bytes()
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            raise RegistryError(f"{path}: not a regular file (a registry is a TOML file)")
        with open(path, "rb") as f:
            return f.read()
    except DataError as e:
        raise RegistryError(str(e)) from None
    except OSError as e:
        raise RegistryError(f"{path}: cannot read: {e.strerror or e}") from None


def parse_registry(path: Path, data: bytes | None = None) -> list[Entry]:
    """The entries of registry file ``path`` (whose bytes are ``data`` when given)."""
    if data is None:
        data = _registry_bytes(path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise RegistryError(f"{path}: line 1: file is UTF-16; a registry must be UTF-8 (TOML)")
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise RegistryError(f"{path}: line {line}: not UTF-8 (byte 0x{data[e.start]:02x}); "
                            "a registry must be UTF-8 (TOML)") from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as e:
        msg = str(e.args[0] if e.args else e)
        m = re.search(r"\(at line (\d+), column \d+\)", msg)
        where = f"line {m.group(1)}: " if m else ""
        raise RegistryError(f"{path}: {where}{msg}") from None
    except RecursionError:
        raise RegistryError(f"{path}: nested too deeply") from None
    rows = data.get("speaker", [])
    if not isinstance(rows, list):
        raise RegistryError(f"{path}: 'speaker' must be an array of tables ([[speaker]])")
    marks: list[int] = []

    def where(n: int) -> str:
        """Where speaker ``n`` is, for a message: its line (found only when there is an error)."""
        if not marks:
            marks.extend(i + 1 for i, l in enumerate(raw.splitlines()) if l.strip() == "[[speaker]]")
        return f"{path}: " + (f"line {marks[n]}" if len(marks) == len(rows) else f"speaker {n + 1}")

    out = []
    for n, row in enumerate(rows):
        if not isinstance(row, dict):
            raise RegistryError(f"{where(n)}: each speaker must be a table ([[speaker]]), got {row!r}"[:300])
        if not isinstance(row.get("id"), str) or not re.fullmatch(r"[a-z0-9][a-z0-9\-:.]*", row["id"]):
            raise RegistryError(f"{where(n)}: id must be a lowercase slug, got {row.get('id')!r}")
        if not isinstance(row.get("name"), str) or not row["name"].strip():
            raise RegistryError(f"{where(n)}: speaker {row['id']!r} has no name")
        typ = row.get("type", "person")
        if typ not in TYPES:
            raise RegistryError(f"{where(n)}: type must be person or organization, got {typ!r}")
        aliases = row.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise RegistryError(f"{where(n)}: aliases must be a list of strings")
        unknown = set(row) - {"id", "name", "type", "aliases", "role", "affiliation", "wikidata"}
        if unknown:
            raise RegistryError(f"{where(n)}: unknown field(s) {', '.join(sorted(unknown))}")
        for key in ("role", "affiliation", "wikidata"):
            if not isinstance(row.get(key), (str, type(None))):
                raise RegistryError(f"{where(n)}: {key} must be a string, got {row[key]!r}"[:300])
        if row.get("wikidata") is not None and not re.fullmatch(r"Q[0-9]+", row["wikidata"]):
            raise RegistryError(f"{where(n)}: wikidata must be an item id like Q42, got {row['wikidata']!r}")
        out.append(Entry(row["id"], row["name"], typ, aliases, row.get("role"), row.get("affiliation"),
                         row.get("wikidata")))
    return out


# ------------------------------------------------------------------------ entities in a document
@dataclass
class Local:
    """A speaker as one document knows it."""
    forms: list = field(default_factory=list)   # surface names, in order of appearance
    glosses: list = field(default_factory=list)
    type: str = "person"
    role: str | None = None
    entry: Entry | None = None
    link: str = "new"
    score: float | None = None                  # of the link (registry) or of the merge (clusters)
    key: str | None = None                      # cross-document cluster key (second pass)
    genders: set = field(default_factory=set)   # what its honorifics say ('m' for Mr., 'f' for Mrs.)

    def fullest(self) -> str:
        latin = [f for f in self.forms + self.glosses if not is_han(f)]
        pool = latin or self.forms
        return max(pool, key=lambda f: (len(f.split()), len(f), -pool.index(f)))

    def surname_keys(self) -> tuple[set, set]:
        lat, han = set(), set()
        for f in self.forms + self.glosses:
            if is_han(f):
                han.add(zh_surname(f))
            else:
                lat.add(norm(latin_parts(f)[1]))
        return lat, han


@lru_cache(maxsize=1)
def _not_current() -> re.Pattern:
    """A role whose holder is not the office's holder ("former president": data/en/former_roles.txt)."""
    words = [w.strip() for w in rules(DEFAULT).lines("former_roles.txt")]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b" if words else r"(?!)")


@lru_cache(maxsize=1)
def _name_lead_words() -> frozenset:
    """Words at the front of a fuller name that are no part of it (data/en/name_lead_words.txt),
    titles and honorifics among them ('Senator Ruth Evans' … 'Evans' is Ruth Evans), and the words
    that never start a name (not_names.txt: 'As Trump said' … 'Trump' is no 'As Trump')."""
    r = rules(DEFAULT)
    return frozenset(w.strip() for w in r.lines("name_lead_words.txt")) | r.titles | frozenset(r.honorifics) \
        | frozenset(r.not_names)


@lru_cache(maxsize=4096)
def _fuller_pattern(sur: str) -> re.Pattern:
    return re.compile(rf"\b((?:[A-Z][\w’'\-]+\s+){{1,3}}){re.escape(sur)}\b")


def _fuller_form(mm: re.Match | str, sur: str) -> str | None:
    words = (mm if isinstance(mm, str) else mm.group(1)).split()
    skip = _name_lead_words()
    while words and words[0] in skip:
        words = words[1:]
    return " ".join(words + [sur]) if words else None


class _Headlines:
    """Which lines of a text are headlines in title case ('Reveals Stunning Thing Trump Said'),
    where capitalised words before a surname are no fuller name: each line read once, found by
    bisecting the newline offsets."""

    def __init__(self, text: str):
        self.text = text
        self._breaks: list[int] | None = None
        self._lines: dict[int, bool] = {}

    def covers(self, pos: int) -> bool:
        if self._breaks is None:
            self._breaks = [mm.start() for mm in _NEWLINE.finditer(self.text)]
        i = bisect.bisect_left(self._breaks, pos)
        a = self._breaks[i - 1] + 1 if i else 0
        got = self._lines.get(a)
        if got is None:
            b = self._breaks[i] if i < len(self._breaks) else len(self.text)
            got = self._lines[a] = rules(DEFAULT).is_headline(self.text, a, b)
        return got


_NEWLINE = re.compile(r"\n")


def _latin_fuller(text: str, m: Mention, index: "_FullerIndex | None" = None) -> str | None:
    """The fullest earlier mention of a lone surname ('Xi' → 'Xi Jinping' said before): the longest
    of the capitalised words (one to three) that precede the surname anywhere before ``m`` (the
    matches a left-to-right scan of the text before ``m`` finds). ``index`` (one per document)
    answers the same without reading the text before ``m`` again for every mention."""
    sur = m.name or ""
    if " " in sur or is_han(sur) or len(sur) < 2:
        return None
    if index is not None and not any(c.isspace() for c in sur):
        return index.fuller(sur, m.start)
    best = None
    headlines = _Headlines(text)
    for mm in _fuller_pattern(sur).finditer(text[:m.start]):
        cand = _fuller_form(mm, sur) if not headlines.covers(mm.start()) else None
        if cand and (best is None or len(cand) > len(best)):
            best = cand
    return best


_CAPITALISED = re.compile(r"(?<=\s)[^\W\d_a-z]\w*")   # a word after a space, not in lower case
_FULLER_WORD = re.compile(r"[A-Z][\w’'\-]+\s+")     # one repetition of _fuller_pattern's group


def _fuller_match(text: str, p: int, endpos: int, sur: str) -> tuple[int, str] | None:
    """``_fuller_pattern(sur).match(text, p, endpos)`` for a surname without white space, as (end,
    group 1), without compiling a pattern per surname. The pattern's words are fixed (a word is
    the whole run of word characters before white space, and the white space all of it, as the
    surname cannot start with any), so its backtracking comes down to: the most words (three at
    most) after which the surname follows and ends at a word boundary. ``p`` is at a word
    boundary (a ``_WORD_START`` match)."""
    ends = []
    q = p
    while len(ends) < 3:
        w = _FULLER_WORD.match(text, q, endpos)
        if w is None:
            break
        q = w.end()
        ends.append(q)
    n = len(sur)
    for q in reversed(ends):
        e = q + n
        if e <= endpos and text.startswith(sur, q) and _is_word(text[e - 1]) != (e < endpos and _is_word(text[e])):
            return e, text[p:q]
    return None
_CAP_START = re.compile(r"[^\W\d_a-z]")
_WORD_START = re.compile(r"\b[A-Z]")


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"                    # what \w matches


_BACK_WINDOW = 256          # characters _tokens_back reads in one regular-expression match


@lru_cache(maxsize=8)
def _tokens_back_re(n: int) -> re.Pattern:
    """On the text before a position read backwards: the rest of a token, then ``n`` times white
    space and a token (\\s is str.isspace: both are Py_UNICODE_ISSPACE)."""
    return re.compile(r"\S*(?:\s*\S*){%d}" % n)


def _tokens_back(text: str, pos: int, n: int) -> int:
    """Where the ``n`` whitespace-separated tokens before ``pos`` begin (``pos`` itself may be in
    the middle of a token: its part before ``pos`` is read first). One match on the last
    ``_BACK_WINDOW`` characters reversed; the character loop only when the tokens fill them."""
    lo = max(0, pos - _BACK_WINDOW)
    rev = text[lo:pos][::-1]
    k = _tokens_back_re(n).match(rev).end()
    if k < len(rev) or lo == 0:
        return pos - k
    return _tokens_back_loop(text, pos, n)


def _tokens_back_loop(text: str, pos: int, n: int) -> int:
    """:func:`_tokens_back` character by character."""
    i = pos
    while i > 0 and not text[i - 1].isspace():
        i -= 1
    for _ in range(n):
        while i > 0 and text[i - 1].isspace():
            i -= 1
        while i > 0 and not text[i - 1].isspace():
            i -= 1
    return i


#: Surnames of a document looked up by one scan of the text each (the same offsets as
#: ``_CAPITALISED``'s words equal to the surname's first word); past them, one index of every
#: capitalised word serves the rest, so the work stays linear in the document.
_SCANS_BEFORE_INDEX = 4


class _FullerIndex:
    """:func:`_latin_fuller` for one document in time linear in its length. The scan of the text
    before a mention for one surname is the scan of the whole text cut short: every match that
    starts more than three whitespace runs before the cut (the most one match spans) is a match
    of the whole text, so those are computed once per surname (from an index of the capitalised
    words, only where the surname occurs) with the fullest name up to each; only the last few
    words before the cut are scanned again (a match there may end differently at the cut)."""

    def __init__(self, text: str):
        self.text = text
        self._caps: dict[str, list[int]] | None = None
        self._surnames: dict[str, tuple] = {}
        self._headlines = _Headlines(text)

    def _occurrences(self, sur: str) -> list[int]:
        """Offsets where ``sur`` follows whitespace and ends at a word boundary."""
        text = self.text
        if not _CAP_START.match(sur):
            return [mm.start() for mm in re.finditer(rf"{re.escape(sur)}\b", text)
                    if mm.start() and text[mm.start() - 1].isspace()]
        lead = re.match(r"\w+", sur).group()
        n = len(text)
        if self._caps is None and len(self._surnames) < _SCANS_BEFORE_INDEX:
            found = []                  # a few surnames: str.find, where _CAPITALISED's word is lead
            e = len(lead)
            s = text.find(lead, 1)
            while s >= 0:
                if text[s - 1].isspace() and (s + e >= n or not _is_word(text[s + e])):
                    found.append(s)
                s = text.find(lead, s + 1)
        else:
            if self._caps is None:
                caps: dict[str, list[int]] = {}
                for mm in _CAPITALISED.finditer(text):
                    caps.setdefault(mm.group(), []).append(mm.start())
                self._caps = caps
            found = self._caps.get(lead, [])
        if lead == sur:
            return found
        e = len(sur)
        return [s for s in found if text.startswith(sur, s)
                and (s + e > 0 and _is_word(text[s + e - 1])) != (s + e < n and _is_word(text[s + e]))]

    def _matches(self, sur: str) -> tuple:
        got = self._surnames.get(sur)
        if got is not None:
            return got
        text = self.text
        starts, ends, best = [], [], []
        pos, tried, cur = 0, -1, None
        for s in self._occurrences(sur):
            if s < pos:
                continue
            for w in _WORD_START.finditer(text, max(pos, tried + 1, _tokens_back(text, s, 3)), s):
                p = tried = w.start()
                mm = _fuller_match(text, p, len(text), sur)
                if mm:
                    cand = _fuller_form(mm[1], sur) if not self._headlines.covers(p) else None
                    if cand and (cur is None or len(cand) > len(cur)):
                        cur = cand
                    starts.append(p)
                    ends.append(mm[0])
                    best.append(cur)
                    pos = mm[0]
                    break
        got = self._surnames[sur] = (starts, ends, best)
        return got

    def fuller(self, sur: str, cut: int) -> str | None:
        starts, ends, best = self._matches(sur)
        text = self.text
        safe = _tokens_back(text, cut, 3)      # a match starting before this ends before the cut
        j = bisect.bisect_left(starts, safe)
        cur = best[j - 1] if j else None
        pos = max(safe, ends[j - 1] if j else 0)
        for w in _WORD_START.finditer(text, pos, cut):     # what the pattern's finditer tries
            if w.start() < pos:
                continue
            mm = _fuller_match(text, w.start(), cut, sur)
            if mm:
                cand = _fuller_form(mm[1], sur) if not self._headlines.covers(w.start()) else None
                if cand and (cur is None or len(cand) > len(cur)):
                    cur = cand
                pos = mm[0]
        return cur


def link_document(text: str, claims, registry: Registry) -> list[Local]:
    """Group the named mentions of one document's claims into local entities and link each to the
    registry. Sets ``claim.extra['local']`` to the entity's index."""
    locals_: list[Local] = []
    by_norm: dict[str, int] = {}
    fuller_index = _FullerIndex(text)
    people = _PersonIndex()
    org_tails: dict[str, set[int]] = {}      # the shorter names an organisation's name ends with
    last: dict[int, int] = {}                # the order in which the entities were last named
    clock = itertools.count()

    def join(i: int, m: Mention):
        loc = locals_[i]
        last[i] = next(clock)
        if m.name and m.name not in loc.forms:
            loc.forms.append(m.name)
            if loc.type == "person":
                people.add(i, m.name)
            else:
                for tail in _org_tails(m.name):
                    org_tails.setdefault(tail, set()).add(i)
            for other in rules(m.lang).org_other_names(m.name):   # of a registry body too
                org_tails.setdefault(norm(other), set()).add(i)
        if m.gloss and m.gloss not in loc.glosses:
            loc.glosses.append(m.gloss)
            if loc.type == "person":
                people.add(i, m.gloss)
        loc.role = loc.role or m.role
        by_norm[norm(m.name or m.text)] = i
        if m.gloss:
            by_norm[norm(m.gloss)] = i
        return i

    def other_gender(i: int | None, gender: str | None) -> bool:
        """Is entity ``i`` known by its honorifics as of another gender than ``gender`` ('Mr.
        Clinton' is not the 'Mrs. Clinton' named before; pronouns are no evidence: one wrongly
        resolved 'she' would split a person)?"""
        known = locals_[i].genders if i is not None and i >= 0 and gender else None
        return bool(known) and gender not in known

    for cl in sorted(claims, key=lambda c: c.start):
        m = cl.referent
        if m is None or m.kind not in ("name", "org"):
            continue
        gender = rules(m.lang).gender(m) if m.kind == "name" else None
        key = norm(m.name or m.text)
        i = by_norm.get(key, by_norm.get(norm(m.gloss or ""))) if key in by_norm or m.gloss else None
        if i is None or other_gender(i, gender):
            i = _same_person(locals_, m, people) if m.kind == "name" else None
            i = None if other_gender(i, gender) else i
            fits = org_tails.get(key, ()) if m.kind == "org" else ()
            if len(fits) == 1 or fits and rules(m.lang).short_org_latest:
                i = max(fits, key=last.__getitem__)     # '法院' after '海淀区人民法院', 'the Times' after 'The New York Times'
            if i is None and m.kind == "name":
                fuller = rules(m.lang).fuller_name(text, m) if is_han(m.name or "") \
                    else _latin_fuller(text, m, fuller_index)
                if fuller:
                    fm = Mention(fuller, m.start, m.end, "name", name=fuller)
                    i = _same_person(locals_, fm, people)
                    if other_gender(i, gender):
                        i = -1                           # a fuller name that is someone else's
                    elif i is None:
                        locals_.append(Local(type="person"))
                        i = join(len(locals_) - 1, fm)
            if i is None or i < 0:
                locals_.append(Local(type="organization" if m.kind == "org" else "person"))
                i = len(locals_) - 1
        cl.extra["local"] = join(i, m)
        if gender and locals_[i].type == "person":
            locals_[i].genders.add(gender)
    for loc in locals_:
        loc.entry, loc.link, loc.score = registry.match_scored(loc.forms, loc.glosses)
        if loc.entry is None:
            loc.link, loc.score = "new", None
    return locals_


def _org_tails(name: str) -> list[str]:
    """The shorter names an organisation's name ends with, normalised: its last words ('Times' of
    'The New York Times'), or for a Chinese name its last characters down to two ('法院' of
    '海淀区人民法院'). A later mention of one of them alone is that organisation when it is the only
    one of the document the shorter name fits."""
    if name and is_han(name[-1]):
        return [norm(name[k:]) for k in range(1, len(name) - 1) if is_han(name[k])]
    words = name.split()
    return [norm(" ".join(words[k:])) for k in range(1, len(words))]


def _same_person(locals_: list[Local], m: Mention, index: "_PersonIndex | None" = None) -> int | None:
    """An earlier local entity this mention names again, if exactly one fits. With ``index`` (of
    ``locals_``) only the entities it offers are compared: the same answer without comparing the
    mention with every earlier entity of a long document."""
    name = m.name or m.text
    hits = []
    order = range(len(locals_)) if index is None or len(locals_) <= _FEW else sorted(index.candidates(name))
    if is_han(name):
        sur = zh_surname(name)
        for i in order:
            loc = locals_[i]
            if loc.type != "person":
                continue
            lat, han = loc.surname_keys()
            score = 0.0
            others = [f for f in loc.forms + loc.glosses if is_han(f)] + \
                [latin_parts(f)[0] for f in loc.forms + loc.glosses if not is_han(f)]
            if zh_given_agree(name, others) is False:
                continue                          # another given name: another person
            for h in han:
                if h == sur or h.endswith(sur) or sur.endswith(h):
                    score = max(score, 100.0)
                elif min(len(h), len(sur)) >= ZH_VARIANT_MIN:
                    score = max(score, _zh_zh(h, sur))
            for l in lat:
                if not _genders_disagree(sur, l):
                    score = max(score, zh_latin_score(sur, l))
            if score >= TRANSLIT_MIN:
                hits.append((score, i))
    else:
        given, sur = latin_parts(name)
        if not sur:
            return None
        for i in order:
            loc = locals_[i]
            if loc.type != "person":
                continue
            best = 0.0
            for f in loc.forms + loc.glosses:
                if is_han(f):
                    if zh_given_agree(f, [given]) is False or _genders_disagree(zh_surname(f), sur):
                        continue
                    s = zh_latin_score(zh_surname(f), sur)
                    best = max(best, s if s >= TRANSLIT_MIN else 0)
                    continue
                g2, s2 = latin_parts(f)
                if _given_agree(given, g2) is False:
                    continue
                if norm(s2) == norm(sur):
                    best = max(best, 100.0)
                elif surname_similarity(s2, sur) >= FUZZY_MIN:
                    best = max(best, surname_similarity(s2, sur))
            if best:
                hits.append((best, i))
    if not hits:
        return None
    hits.sort(reverse=True)
    if len(hits) > 1 and hits[0][0] - hits[1][0] < MARGIN:
        return None
    return hits[0][1]


#: :func:`claimx.names.given_agree` of two tuples of given names (latin_parts'), kept: the pairs of
#: given names a corpus compares recur (every "Donald" met against every "Hillary").
_given_agree = lru_cache(maxsize=65536)(given_agree)

_FEW = 8      # entities a mention is simply compared with, all of them (cheaper than asking the index)


class _PersonIndex:
    """The earlier person entities of a document that a name may name again: a superset of those
    :func:`_same_person` scores above zero, found by key instead of by comparing with every one.
    A Latin surname meets the entities with the same normalised surname or a phonetic key that
    :func:`~claimx.names.surname_similarity` can rate ``FUZZY_MIN`` or more (the same final vowels,
    a rapidfuzz ratio of the keys just below the threshold); a Chinese one those whose Chinese key
    ends in it or that it ends in, the long ones (compared by sound), and every entity with a Latin
    form, as a Latin surname meets every entity with a Chinese form (the transliteration score
    has no key: a document with many names in both scripts compares those across scripts)."""

    def __init__(self):
        self.sur_norm: dict[str, set] = {}                 # norm(Latin surname) -> entity indices
        self.sounds: dict[str, dict[str, set]] = {}        # final vowels -> phonetic key -> indices
        self.han_keys: dict[str, set] = {}                 # Chinese surname key -> indices
        self.han_ends: dict[str, set] = {}                 # every ending of such a key -> indices
        self.han_long: set = set()                         # a key of ZH_VARIANT_MIN+ characters
        self.with_han: set = set()
        self.with_latin: set = set()

    def add(self, i: int, form: str) -> None:
        """Entity ``i`` (a person) is also known as ``form``."""
        if is_han(form):
            self.with_han.add(i)
            h = zh_surname(form)
            self.han_keys.setdefault(h, set()).add(i)
            for k in range(len(h)):
                self.han_ends.setdefault(h[k:], set()).add(i)
            if len(h) >= ZH_VARIANT_MIN:
                self.han_long.add(i)
            return
        self.with_latin.add(i)
        sur = latin_parts(form)[1]
        self.sur_norm.setdefault(norm(sur), set()).add(i)
        ph = phonetic(sur)
        if ph:
            self.sounds.setdefault(_final_vowels(ph), {}).setdefault(ph, set()).add(i)

    def candidates(self, name: str) -> set:
        if is_han(name):
            sur = zh_surname(name)
            found = set(self.with_latin)
            if not sur:
                return found | self.with_han
            found |= self.han_ends.get(sur, set())
            for k in range(len(sur)):
                found |= self.han_keys.get(sur[k:], set())
            if len(sur) >= ZH_VARIANT_MIN:
                found |= self.han_long
            return found
        sur = latin_parts(name)[1]
        found = self.with_han | self.sur_norm.get(norm(sur), set())
        ph = phonetic(sur)
        bucket = self.sounds.get(_final_vowels(ph)) if ph else None
        if bucket:
            from rapidfuzz import fuzz, process

            for key, _, _ in process.extract(ph, list(bucket), scorer=fuzz.ratio, score_cutoff=FUZZY_MIN - 1,
                                             limit=None):
                found |= bucket[key]
        return found


def _genders_disagree(zh: str, latin: str) -> bool:
    """Do a transliterated surname and a Latin one mark two genders by their endings (拉夫罗娃, a
    Lavrova, and Lavrov; surname_genders.tsv and the Chinese name_genders.tsv)?"""
    a = _surname_gender(zh)
    if a is None:
        return False
    b = _surname_gender(latin)
    return b is not None and a != b


@lru_cache(maxsize=65536)
def _surname_gender(surname: str) -> str | None:
    return rules(name_language(surname)).surname_gender(surname)


def _zh_zh(a: str, b: str) -> float:
    from rapidfuzz.fuzz import ratio

    return max((ratio(cross_key(x), cross_key(y)) for x in zh_readings(a)[:24] for y in zh_readings(b)[:24]),
               default=0.0)


# ------------------------------------------------------------------- across documents (pass 2)
#: Across documents an entity is compared with at most this many of the latest clusters in each
#: block, and a cluster collects at most MAX_FORMS spellings to compare with: bounded work per
#: entity however large the corpus, at the price of a split (never a merge) for a name last seen
#: thousands of similar names ago.
BLOCK_WINDOW = 256
MAX_FORMS = 12


class Clusterer:
    """The cross-document pass, fed one local entity at a time in document order (so it runs while
    later documents are still being read): an entity without a registry entry joins the first
    earlier entity the same rules say is the same person, else starts its own cluster. Comparing
    only entities that share a block key keeps it near-linear. :meth:`finish` names the clusters
    (``key`` and ``canonical`` on each cluster's first entity)."""

    def __init__(self):
        self.reps: list[Local] = []
        self.blocks: dict[tuple, list[int]] = {}   # block key -> indices of the reps that have it
        self.seen: list[dict[str, int]] = []       # per rep: form -> number of entities using it
        # Latin person forms file under the first syllables the transliteration model gives their
        # surname (_model_block_keys), which only Chinese names ask for: until the first Chinese
        # person's name comes, those filings wait here, (rep index, Latin forms) in order, and are
        # made all at once when it comes; so a corpus without Chinese names never loads the model,
        # and the blocks are the same as if each had been filed at once.
        self.han = False
        self.pending: list[tuple[int, tuple]] = []

    def add(self, loc: Local) -> Local | None:
        """Cluster ``loc``; returns the first entity of its cluster (None for a registry entity)."""
        if loc.entry is not None:
            return None
        target = None
        lone = loc.type == "person" and not _full_names(loc)   # only a surname: must be unambiguous
        # a generic body ('警方' in two documents: two police forces) or a person the document does
        # not name (rules.generic_body: Chinese '张女士') is its document's own
        generic = loc.type in ("organization", "person") and bool(loc.forms) and \
            all(rules(name_language(f)).generic_body(f) for f in loc.forms)
        if not self.han and loc.type == "person" and any(is_han(f) for f in loc.forms + loc.glosses):
            self._han_comes()
        candidates = () if generic else \
            {i for k in self._keys(loc, query=True) for i in self.blocks.get(k, ())[-BLOCK_WINDOW:]}
        names = (tuple(loc.forms), tuple(loc.glosses))
        for i in sorted(candidates):
            rep = self.reps[i]
            if rep.genders and loc.genders and not rep.genders & loc.genders:
                continue                               # 'Mr. Clinton' is not 'Mrs. Clinton'
            if rep.type == loc.type and _same_names(rep.type, tuple(rep.forms), tuple(rep.glosses), *names):
                if target is not None:                 # "Erova" when two Erovas are known
                    target = None
                    break
                target = rep
                if not lone:
                    break
        if target is None:
            target = loc
            loc._rep_index = len(self.reps)  # type: ignore[attr-defined]
            self.reps.append(loc)
            self.seen.append({})
        else:
            for f in loc.forms:
                if f not in target.forms and len(target.forms) < MAX_FORMS:
                    target.forms.append(f)
            target.genders |= loc.genders
        i = target._rep_index  # type: ignore[attr-defined]
        seen = self.seen[i]
        for f in dict.fromkeys(loc.forms + loc.glosses):
            if f in seen or len(seen) < 4 * MAX_FORMS:
                seen[f] = seen.get(f, 0) + 1
        if not generic:
            self._file(i, self._keys(loc))
            if not self.han:
                forms = _latin_person_forms(loc)
                if forms:
                    self.pending.append((i, forms))
        return target

    def _keys(self, loc: Local, query: bool = False) -> set[tuple]:
        """:func:`_block_keys`, with the model's keys of its Latin person forms once a Chinese
        name has come (before, no Chinese name files or asks for them)."""
        keys = _block_keys(loc, query)
        if self.han:
            for f in _latin_person_forms(loc):
                keys.update(_model_block_keys(f, query))
        return keys

    def _file(self, i: int, keys) -> None:
        for k in keys:
            ids = self.blocks.setdefault(k, [])
            if i not in ids:
                ids.append(i)

    def _han_comes(self) -> None:
        """The first Chinese person's name: file the Latin forms met so far under their model keys,
        in the order they came (each block lists its clusters in the order of their first filing)."""
        self.han = True
        for i, forms in self.pending:
            for f in forms:
                self._file(i, _model_block_keys(f, False))
        self.pending = []

    def finish(self) -> None:
        """Name the clusters; two clusters whose names slug alike (张伟, 张薇 → zhang-wei) are two
        people, so a later one gets a number (zhang-wei-2), in document order."""
        taken: set[str] = set()
        for rep, seen in zip(self.reps, self.seen):
            rep.canonical = _canonical(rep, seen)  # type: ignore[attr-defined]
            key = base = ("org:" if rep.type == "organization" else "") + slug(rep.canonical)
            n = 1
            while key in taken:
                n += 1
                key = f"{base}-{n}"
            taken.add(key)
            rep.key = key


def _canonical(rep: Local, seen: dict[str, int]) -> str:
    """The name a cluster goes by: for a person, among its well-formed full names
    (:func:`_well_formed`: never "Lawmakers rip Donald Trump" or "Trump's") without the titles
    before them (:func:`_without_lead_words`), one in Latin script,
    then the one the most entities (documents) used, then one of two or three words, then the
    fewest words (a title or headline run into a name makes it longer, not better), then the first
    used; else :meth:`Local.fullest`."""
    if rep.type != "person":
        return rep.fullest()
    bare: dict[str, int] = {}              # first-use order kept: ties go to the earliest
    for f in seen:
        if not is_han(f) and latin_parts(f)[0] and _well_formed(f):
            b = _without_lead_words(f)
            bare[b] = bare.get(b, 0) + seen[f]
    if not bare:
        return rep.fullest()

    def rank(f: str):
        words = len(f.split())
        latin = all(c < "\u0250" for c in f if c.isalpha())     # Latin script before Cyrillic
        return latin, bare[f], 2 <= words <= 3, -words

    return max(bare, key=rank)


def _without_lead_words(form: str) -> str:
    """A full name without the titles and office words written before it (_name_lead_words:
    'Senate Majority Leader Mitch McConnell' is Mitch McConnell); two words are always kept."""
    words = form.split()
    lead = _name_lead_words()
    k = 0
    while k < len(words) - 2 and words[k] in lead:
        k += 1
    return " ".join(words[k:]) if k else form


_POSSESSIVE = re.compile(r"['’]\w{0,2}$")


def _well_formed(form: str) -> bool:
    """A person's name as a name is written: each word capitalised but for the particles of
    data/names/particles.txt (Bill de Blasio), no possessive or contraction at the end."""
    particles = _particles()
    if _POSSESSIVE.search(form):
        return False
    for w in form.split():
        head = w.split("-")[0]
        if not w[:1].isupper() and head.lower() not in particles:
            return False
    return True


@lru_cache(maxsize=1)
def _particles() -> frozenset:
    return frozenset(w.strip().lower() for w in read_lines(data_path("names/particles.txt")))


class SpeakerPass:
    """The second pass over speaker entities, for a whole run: :meth:`owner` files each local
    entity (in document order) under its registry entry or its cross-document cluster, and after
    :meth:`finish`, :meth:`speaker` gives the ``speaker`` field of a record from its mention and
    owner. Owners are small JSON-able lists, so records can wait on disk until the pass ends."""

    def __init__(self):
        self.clusters = Clusterer()
        self.entries: dict[str, Entry] = {}

    def owner(self, loc: Local) -> list:
        rep = self.clusters.add(loc)
        if rep is None:
            self.entries[loc.entry.id] = loc.entry
            return ["e", loc.entry.id, loc.role, loc.link, loc.score]
        return ["c", rep._rep_index, loc.role, loc.type]  # type: ignore[attr-defined]

    def finish(self) -> None:
        self.clusters.finish()

    def speaker(self, mention: dict, owner: list) -> dict:
        kind, which, role, extra = owner[:4]
        if kind == "e":
            entry = self.entries[which]
            out = {"id": entry.id, "name": entry.name, "type": entry.type, "mention": mention,
                   "role": role or entry.role, "link": extra}
            if entry.wikidata:
                out["wikidata"] = entry.wikidata
            if owner[4] is not None:
                out["score"] = owner[4]
            return out
        rep = self.clusters.reps[which]
        link, score = _cluster_rule(mention["text"], rep.canonical, tuple(rep.forms + rep.glosses)) \
            if extra == "person" else ("new", None)
        out = {"id": rep.key, "name": rep.canonical, "type": extra, "mention": mention, "role": role,
               "link": link}
        if score is not None:
            out["score"] = score
        return out


@lru_cache(maxsize=65536)
def _cluster_rule(form: str, canonical: str, forms: tuple) -> tuple[str, float | None]:
    """:func:`_form_rule` against the canonical name; for a form it does not link (高爾文 in the
    cluster of Alex Golin, which it joined through Alex Colvin) the best rule and score against
    another form of the cluster, so the record says why the form is the speaker's."""
    got = _form_rule(form, canonical)
    if got[0] != "new" or norm(strip_honorifics(form)) == norm(canonical):
        return got
    best = got
    for f in forms:
        if f != canonical:
            rule, score = _form_rule(form, f)
            if score is not None and (best[1] is None or score > best[1]):
                best = (rule, score)
    return best


def _form_rule(form: str, canonical: str) -> tuple[str, float | None]:
    """The rule (and score) that makes ``form`` a name of the speaker called ``canonical`` when the
    registry does not know it: "new" for the canonical name itself (and for references such as
    "she"), "surname" for the surname alone, "fuzzy" for another spelling, "transliteration" for a
    Chinese form. A function of the two names only, so the same in whatever pieces a corpus is
    read."""
    form = strip_honorifics(form)
    if norm(form) == norm(canonical):
        return "new", None
    if is_han(form):
        if is_han(canonical):
            return "new", None
        score = zh_latin_score(zh_surname(form), latin_parts(canonical)[1])
        return ("transliteration", round(score, 1)) if score >= TRANSLIT_MIN else ("new", None)
    given, sur = latin_parts(form)
    if is_han(canonical):
        score = zh_latin_score(zh_surname(canonical), sur)
        return ("transliteration", round(score, 1)) if score >= TRANSLIT_MIN else ("new", None)
    cgiven, csur = latin_parts(canonical)
    score = 100.0 if norm(sur) == norm(csur) else surname_similarity(sur, csur)
    if score < FUZZY_MIN:
        return "new", None                 # not a name of it: a pronoun or a description
    if not given:
        return "surname", round(score, 1)
    same = norm(sur) == norm(csur) and norm(" ".join(given)) == norm(" ".join(cgiven))
    return ("alias" if same else "fuzzy"), round(score, 1)


def _block_keys(loc: Local, query: bool = False) -> set[tuple]:
    """Keys under which the second pass looks for an entity that may be the same (``query``) or
    files one (otherwise). Only entities sharing a key are compared, which keeps the pass
    near-linear; the keys follow what :func:`_same_entity` can accept:

    * the exact name (any type); a person's surname, which a lone surname asks for (it joins a
      full name only when exactly one compatible person is known: see :class:`Clusterer`);
    * a Latin name with a given name (a variant spelling merges only when the given names agree):
      the first sound of its first given name and of its last (a title run into the name: "Former
      Gov. Ed Rendell") with the surname's consonant skeleton, with and without its first
      consonant (Zhaksybekova ~ Jaksybekova), and with the first three letters of its sound key
      and that key's length in steps of three (a query looks two letters either side);
    * a Chinese name against Chinese ones: the first syllable the transliteration model reads in
      its surname, and the last, each with the number of syllables (a query looks one either side);
    * a Chinese name against Latin ones: the first three letters of each reading's
      cross-script key and its length; a Latin surname files and asks under its own cross-script
      key only to meet Chinese names, so Latin names do not crowd those blocks; and the Chinese
      name's first syllable, under which a Latin surname files the few the transliteration model
      finds likeliest for it (:func:`_model_block_keys`, which :class:`Clusterer` adds once a
      Chinese name has come: Kh- under ke and he)."""
    lone = query and not _full_names(loc)
    person = loc.type == "person"
    forms = loc.forms + loc.glosses
    if len(forms) == 1:
        return set(_form_block_keys(forms[0], person, query, not query or lone))
    keys = set()
    for f in forms:
        keys.update(_form_block_keys(f, person, query, not query or lone))
    return keys


_NO_VOWELS = str.maketrans("", "", "aeiou")


@lru_cache(maxsize=65536)
def _form_block_keys(f: str, person: bool, query: bool, surname: bool) -> frozenset:
    """The keys :func:`_block_keys` files or asks for one form ``f`` (of a person, or not; with the
    surname key or not): a function of the form alone, so a name met in many documents is keyed
    once."""
    keys = {("n", norm(f))}
    if not person:
        return frozenset(keys)
    spread = (-2, 0, 2) if query else (0,)

    def sound(tag: str, key: str) -> None:
        keys.update((tag, key[:3], (len(key) + d) // 3) for d in spread)

    if surname:                            # a lone surname meets the full names that end with it
        keys.add(("s", norm(zh_surname(f) if is_han(f) else latin_parts(f)[1])))
    if is_han(f):
        us = units(zh_surname(f))          # two Chinese spellings of one name (卡泽诺娃, 卡塞诺娃)
        if us:                             # share the model's first or last syllable and its length
            for d in (-1, 0, 1) if query else (0,):
                keys.update((("zu", us[0], len(us) + d), ("zv", us[-1], len(us) + d)))
        for r in zh_readings(zh_surname(f))[:24]:
            ck = cross_key(r)
            sound("han", ck)
            if query:
                sound("lat", ck)
        # and the openings the transliteration model finds likeliest for its surname, which Latin
        # surnames file under (the readings above miss a fifth of the dev list's pairs)
        tag = "ml" if query else "mz"
        keys.update((tag, o) for o in likely_openings(zh_surname(f)))
        if us:                             # and its first syllable, which Latin surnames file under
            keys.add(("mf" if query else "mg", us[0]))  # as the ones the model finds likeliest
        return frozenset(keys)
    given, sur = latin_parts(f)
    ck = cross_key(sur)
    if query:
        sound("han", ck)
    else:
        sound("lat", ck)
    opening = latin_key(sur)[:3]
    if opening:
        keys.add(("mz" if query else "ml", opening))
    if not given:
        return frozenset(keys)             # a lone surname merges by its exact name only
    ph = phonetic(sur)
    skeleton = ph.translate(_NO_VOWELS)
    for g in {phonetic(given[0])[:1], phonetic(given[-1])[:1]}:   # the first given name, and the
        keys.update((("k", g, skeleton), ("k", g, skeleton[1:])))   # one next to the surname (a
        keys.update(("p", g, ph[:3], (len(ph) + d) // 3) for d in spread)   # title run into it)
    return frozenset(keys)


@lru_cache(maxsize=65536)
def _model_block_keys(f: str, query: bool) -> frozenset:
    """The keys a Latin person's form ``f`` files (or asks) under to meet Chinese names only: the
    first syllables the transliteration model finds likeliest for its surname
    (claimx.names_model.likely_first_syllables), which a Chinese name asks (or files) under as its
    own first syllable. Kept out of :func:`_form_block_keys` so that a corpus without Chinese
    names never loads the model: :class:`Clusterer` asks for them only once a Chinese name has
    come."""
    sur = latin_parts(f)[1]
    if not latin_key(sur)[:3]:
        return frozenset()
    return frozenset(("mg" if query else "mf", u) for u in likely_first_syllables(sur))


def _latin_person_forms(loc: Local) -> tuple:
    """The Latin forms of a person entity (none for another type), which file
    :func:`_model_block_keys`."""
    if loc.type != "person":
        return ()
    return tuple(f for f in dict.fromkeys(loc.forms + loc.glosses) if not is_han(f))


def _given_names(loc: Local) -> list:
    return [g for g in (latin_parts(f)[0] for f in loc.forms + loc.glosses if not is_han(f)) if g]


def _full_names(loc: Local) -> set:
    """Normalised names of ``loc`` that are more than a surname (a given name, or a Chinese name
    written with a separator)."""
    return {norm(f) for f in loc.forms + loc.glosses
            if (is_han(f) and any(c in f for c in separators())) or (not is_han(f) and latin_parts(f)[0])}


@lru_cache(maxsize=65536)
def _same_names(kind: str, a_forms: tuple, a_glosses: tuple, b_forms: tuple, b_glosses: tuple) -> bool:
    """:func:`_same_entity` for two entities of type ``kind`` known by these names: a function of
    the names alone, so the pair of a cluster and a name that recurs in many documents is decided
    once."""
    return _same_entity(Local(list(a_forms), list(a_glosses), type=kind), Local(list(b_forms), list(b_glosses), type=kind))


def _same_entity(a: Local, b: Local) -> bool:
    shared = {norm(f) for f in a.forms + a.glosses} & {norm(f) for f in b.forms + b.glosses}
    if shared:
        # the same surface name: a full name is enough; a lone surname ("Erova" in two documents)
        # also needs given names that do not conflict (Dilnoza Erova is not Olga Erova)
        if a.type != "person" or shared & _full_names(a):
            return True
        ga, gb = _given_names(a), _given_names(b)
        return not (ga and gb and not any(given_agree(x, y) for x in ga for y in gb))
    if a.type != "person":
        return False
    surnames = {norm(latin_parts(f)[1]) for f in a.forms + a.glosses if not is_han(f)}
    for m in b.forms + b.glosses:
        mention = Mention(m, 0, 0, "name", name=m)
        if _same_person([a], mention) == 0:
            if is_han(m):
                return True
            given, sur = latin_parts(m)
            others = [latin_parts(f)[0] for f in a.forms if not is_han(f)]
            if given and any(given_agree(given, g) for g in others):
                return True
            if given and not any(others) and any(is_han(f) for f in a.forms + a.glosses):
                return True                # known only in Chinese: its given names were weighed
                                           # (zh_given_agree) as they are the other way round
            if not given and not _full_names(b) and norm(sur) in surnames:
                return True                # a lone surname: the Clusterer asks that it fit one person
    return False


def speaker_ref(cl, base: int = 0) -> dict | None:
    """The ``speaker`` field of a claim record as the document alone knows it (worker side):
    final for no speaker and unnamed sources; for a named speaker ``{"mention", "local": k}`` that
    :meth:`SpeakerPass.speaker` completes once the second pass has clustered the entities."""
    m = cl.mention
    named = cl.referent
    if m is None or named is None or named.kind in ("pronoun", "nominal"):
        return None                       # an unresolved reference: no speaker, never a guess
    mention = {"text": m.text, "start": m.start + base, "end": m.end + base}
    if named.kind == "unnamed":
        return {"id": "unnamed", "name": " ".join((named.name or named.text).split()), "type": "unnamed",
                "mention": mention, "role": None, "link": None}
    return {"mention": mention, "local": cl.extra["local"]}
