"""Rules shared by every language, and the loader for the word lists in ``data/<lang>/``."""
from __future__ import annotations

import re
from functools import cached_property, lru_cache

# Files a language may omit: it then uses the English list (the conventions of Latin script, such
# as capitalised names and "Mr.", hold in French and inside Chinese text as well).
# The grammar's word lists (complementisers, auxiliaries, …) are English's until a language has
# its own file.
SHARED_WITH_EN = {"honorifics.txt", "titles.txt", "org_words.txt", "not_names.txt",
                  "abbreviations.txt", "source_nouns.tsv", "unnamed.txt", "determiners.txt",
                  "complementisers.txt", "passive_auxiliaries.txt", "adverbials.txt",
                  "prepositions.txt", "object_prepositions.txt", "bare_content_verbs.txt",
                  "addressee_verbs.txt", "addressees.txt", "object_pronouns.txt",
                  "quantifiers.txt", "name_particles.txt", "name_suffixes.txt", "conjunctions.txt",
                  "surname_genders.tsv",
                  "place_abbreviations.txt"}

#: the language of text whose language is unknown, and whose rules serve languages without their own
DEFAULT_LANG = "en"
SENT_END = set(".!?…。！？")
CLOSERS = set("”’»›」』\"')]）】")
OPENERS_Q = set("“‘«‹「『„‚\"'([（【")


def trie_pattern(words, literal: bool = False) -> str:
    """One regular expression for many words, as a trie (shared prefixes written once: fast to
    match); at every branch the longer form is tried first. A space matches any white space
    (``literal``: only a space)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        alts = [(r"\s+" if ch == " " and not literal else re.escape(ch)) + build(child)
                for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def trie_alternation(words, then_space: bool = False) -> str:
    """``"|".join(map(re.escape, words))`` written as a trie (:func:`trie_pattern`, a space only a
    space) where that matches the same wherever it stands, else that alternation. A case-
    insensitive alternation enters every one of its words at each position it is tried, a trie
    only the branches of the next character. The same match: the words that can match at one
    position are prefixes of one another (when no character matches two of the words' characters,
    hence only lower-case ASCII, Latin-1 or Cyrillic letters), and the trie tries them longest
    first, so it does when every word comes before the words that begin it. ``then_space``: the
    alternation is always followed by white space (``\\s``), so a word need not come before a
    word that begins it and goes on with something other than white space ('an' and 'a')."""
    words = list(words)
    alt = "|".join(map(re.escape, words))
    if not words or not all(w and w == w.lower() and all(c.isascii() or "\u00df" <= c <= "\u00ff"
                                                        or "\u0430" <= c <= "\u045f" for c in w) for w in words):
        return alt
    first: dict[str, int] = {}
    for i, w in enumerate(words):
        first.setdefault(w, i)
    for w in words:
        for k in range(1, len(w)):
            if w[:k] in first and first[w[:k]] < first[w] and not (then_space and not w[k].isspace()):
                return alt                       # a shorter word tried first where both may match
    return trie_pattern(words, literal=True)


def lower_safe(words) -> list[str]:
    """The characters x whose lower case reads the same as x under a case-insensitive pattern of
    ``words`` (lower-case words; a space in them stands for white space): x.lower() is one
    character, lower-cased again the same, white space or not, a word character or not, one of ’'-
    or not as x is, and for every character c of the words, x matches c under IGNORECASE exactly
    when x.lower() is c. Checked for ASCII and the Latin-1, Latin Extended-A, Cyrillic and
    punctuation blocks (a character elsewhere is never safe)."""
    chars = {c for w in words for c in w if c != " "}
    unsafe = frozenset().union(*map(_unsafe_for, chars))
    return [x for x in _lower_candidates() if x not in unsafe]


@lru_cache(maxsize=1)
def _lower_candidates() -> tuple[str, ...]:
    """The characters of the blocks :func:`lower_safe` checks that pass its tests for any words:
    one lower-case character, the same again, of the same kinds as their lower case."""
    kinds = (re.compile(r"\s"), re.compile(r"\w"), re.compile(r"[’'-]"))
    out = []
    for x in map(chr, [*range(0x80), *range(0xA0, 0x180), *range(0x400, 0x500), *range(0x2000, 0x2070)]):
        low = x.lower()
        if len(low) != 1 or low.lower() != low or any(bool(k.match(x)) != bool(k.match(low)) for k in kinds):
            continue
        out.append(x)
    return tuple(out)


@lru_cache(maxsize=None)
def _unsafe_for(c: str) -> frozenset[str]:
    """The candidates x for which matching ``c`` under IGNORECASE is not x.lower() == c (one
    pattern run over all the candidates at once: computed once per character, not per word list)."""
    candidates = _lower_candidates()
    matching = {m.group() for m in re.finditer(re.escape(c), "".join(candidates), re.IGNORECASE)}
    return frozenset(x for x in candidates if (x in matching) != (x.lower() == c))


class WordScreen:
    """A quick proof that none of ``words`` (lower case) occurs in a text, where a case-insensitive
    pattern would find one: the words as one case-sensitive trie run on the text in lower case,
    when every character of the text is one that :func:`lower_safe` keeps. A pattern that needs one
    of the words (a source noun, an unnamed-source head) cannot match a text the screen passes, so
    its search over every start position is skipped there."""

    def __init__(self, words):
        words = sorted({w.lower() for w in words})
        self.words = re.compile(trie_pattern(words)) if words else None
        self.endings = tuple(words)
        self.first_words = frozenset(w.split()[0] for w in words if w.split())
        self.most_tokens = max((len(w.split()) for w in words), default=0)
        self.tail_chars = max(map(len, words), default=0) + 1     # what absent_at_end reads
        # the words by their last character: a text can only end with those filed under its own
        # last character (str.endswith tries each word of the tuple it is given in turn)
        by_last: dict[str, list[str]] = {}
        for w in words:
            by_last.setdefault(w[-1:], []).append(w)
        self.by_last = {c: tuple(ws) for c, ws in by_last.items()}
        safe = lower_safe(words)
        self.unsafe = re.compile("[^" + "".join(re.escape(x) for x in safe) + "]")
        self.ascii_safe = all(chr(i) in safe for i in range(0x80))

    def _lower(self, seg: str) -> str | None:
        """``seg`` in lower case, or None when a character of it is not safe to lower."""
        if not (self.ascii_safe and seg.isascii()) and self.unsafe.search(seg) is not None:
            return None
        return seg.lower()

    def lowered(self, seg: str) -> str | None:
        """``seg`` in lower case for :meth:`may_end`, or None when nothing can be proved absent
        from it (a character not safe to lower, no words, an empty word)."""
        return self._lower(seg) if self.endings and "" not in self.by_last else None

    def may_end(self, low: str, end: int) -> bool:
        """May a word end ``low[:end]`` (a text lowered by :meth:`lowered`, ``end`` > 0, its last
        character no newline)? :meth:`absent_at_end` for many ends of one text, lowered once."""
        return low.endswith(self.by_last.get(low[end - 1], ()), 0, end)

    def absent(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """True when no word can occur in ``text[pos:endpos]`` (False: perhaps one does)."""
        low = self._lower(text[pos:endpos])
        return low is not None and self.words is not None and self.words.search(low) is None

    def absent_near_end(self, text: str, tokens: int) -> bool:
        """True when none of the last ``tokens`` white-space-separated tokens of ``text`` is the
        first word of one of the words: a pattern of the form ``\\s+WORD(?:\\s+\\S+){1,n}$``
        cannot match (its word starts at most n + the longest word's count of tokens from the end)."""
        low = self._lower(text)
        if low is None or not self.endings:
            return False
        tail = low.rsplit(None, tokens)
        if len(tail) > tokens:
            tail = tail[1:]                  # the rest before the last tokens
        return self.first_words.isdisjoint(tail)

    def absent_at_end(self, text: str, pos: int = 0, endpos: int | None = None, space: bool = False) -> bool:
        """True when no word can end ``text[pos:endpos]``, nor end it before a final newline (where
        ``$`` matches too): a ``$``-anchored pattern ending in one of the words cannot match.
        ``space``: nor before trailing white space (a pattern ending in ``\\s*$``)."""
        seg = text[pos:endpos]
        if not (self.ascii_safe and seg.isascii()) and self.unsafe.search(seg) is not None:
            return False                     # (what _lower tests, inline: this runs per cue)
        if not self.endings:
            return False
        if space:
            seg = seg.rstrip()
        # only the end is lowered: a safe character lowers to one character, white space or not
        low = seg[-self.tail_chars:].lower()
        by_last = self.by_last
        if low.endswith(by_last.get(low[-1:], ())) or "" in by_last:
            return False
        return not (low.endswith("\n") and low[:-1].endswith(by_last.get(low[-2:-1], ())))


def data_dir():
    """The rule data (:mod:`claimx.resources`): ``data_dir() / "en" / "cues.tsv"`` reads the file in
    ``$CLAIMX_DATA`` when there is one, else the file shipped in the package."""
    from claimx.resources import root

    return root()


def read_lines(path) -> list[str]:
    """Non-empty, non-comment lines of a UTF-8 data file (a missing optional list is an empty list,
    a missing required file an error: see :mod:`claimx.resources`)."""
    from claimx.resources import read_lines as _read_lines

    return _read_lines(path)


class Rules:
    """What claimx knows of one language. Subclasses override only what differs."""

    #: Latin-script languages match cues on word boundaries; Chinese matches substrings.
    word_boundaries = True
    #: a pronoun with no speaker named before it may stand for an earlier sentence's subject
    subject_antecedents = False
    #: reported speech that ends in a quotation is one mixed claim (Chinese news writes the clause
    #: and the speaker's words as one sentence); otherwise only when the clause runs on after it
    mixed_whole_clause = False
    #: a quotation of at most this many quoted_units (words, or two Han characters) inside reported
    #: speech is a term: any word after it makes the clause one claim (基辅不会承认所谓的“公投”结果);
    #: after a longer quotation it takes three ('… was “dead on arrival” in the Senate')
    term_quote_units = 0
    #: a quotation paragraph left open is the speaker's whose cue follows the next paragraph's
    #: quotation ('“……⏎“……，”X说。'; English block quotes of other articles are left open too)
    open_quote_takes_next_cue = False
    #: a quotation appended (after a comma or colon) to a sentence about a named person is theirs
    appended_quote_is_subjects = False
    #: a quotation with no cue after the subject of its sentence is that subject's (English news
    #: quotes inside ordinary clauses: 'Sanders credited the win to “a closed primary”')
    quote_in_clause_is_subjects = False
    #: a quotation alone in its paragraph continues the reported speech of the paragraph before
    quote_paragraph_continues_reported = False
    #: how many paragraphs back a pronoun or nominal looks for what it stands for
    reference_paragraphs = 3
    #: a short name that several of a document's organisations end with (商务部 after 美国商务部
    #: and 中国商务部) is the one named last; otherwise only a name that fits one of them joins it
    short_org_latest = False
    #: a source frame ('according to X, …') ends at a comma before a new speaker and cue too, not
    #: only at a semicolon (Chinese: 据X报道，A主持召开会议，会议指出，…)
    source_ends_at_speaker = False
    #: an outlet's frame around another speaker's words ('据X报道，Y表示，…') stays the outlet a
    #: later nominal ('报道称') may mean, as 'X报道，Y表示' does
    source_outlet_passes_on = False

    #: an unnamed source may name the members of a body speaking as one (:meth:`members_of`)
    collective_members = False

    def members_of(self, source: str, body: str) -> bool:
        """Does the unnamed source ``source`` name the members of the body ``body`` speaking as
        one (no; Chinese: 各方 or 东盟外长 after 东盟外长视频会议)?"""
        return False

    def office_named_later(self, office: str) -> bool:
        """May the unnamed office ``office`` (里昂检察官宣布) be the person a later sentence names
        with that title (当地检察官莫罗表示)? (no; Chinese: a definite office, no quantifier.)"""
        return False

    def reports(self, text: str, a: int, b: int) -> bool:
        """Is the cue ``text[a:b]`` a report that passes on the words of a speaker its content
        opens with, as 'according to' does (no; Chinese: X报道，Y表示，… is Y's)?"""
        return False

    def fuller_name(self, text: str, m) -> str | None:
        """The fuller form of a lone name ``m`` written earlier in ``text`` in this language's own
        script, if any (none; Chinese: 努尔兰·叶尔梅克巴耶夫 before 叶尔梅克巴耶夫)."""
        return None

    def document_author(self, text: str, m):
        """The author named just before of the article that nominal ``m`` ('the article') or a
        pronoun writing in it stands for (none; Chinese: '…的文章，作者为X。文章称' → X)."""
        return None

    def may_report(self, text: str, org) -> bool:
        """Can organisation mention ``org`` be what a media noun ('the report') stands for (yes;
        Chinese: an outlet, not any body named before)?"""
        return True

    def bodies_before(self, text: str, a: int, b: int) -> list:
        """The bodies named in ``text[a:b]`` whose members :meth:`members_of` may name (none)."""
        return []

    def org_other_names(self, name: str) -> tuple[str, ...]:
        """Other names a later mention may give the organisation called ``name`` (none; Chinese:
        the side of its country, 中方 for 中国商务部)."""
        return ()

    def generic_body(self, name: str) -> bool:
        """Is ``name`` a generic noun for a body of some kind, or a person's name that names no one
        (a surname and an honorific), which means another body or person in every document (none;
        Chinese: 警方, 校方 of generic_bodies.tsv, 张女士, 李某)?"""
        return False

    def normalise(self, s: str) -> str:
        """``s`` as the word lists are written, the same length (identity; Chinese: simplified)."""
        return s

    #: the folder of the language's word lists (``data/<language>/``)
    language = DEFAULT_LANG

    def __init__(self, code: str | None = None):
        self.lang = self.language
        self.code = code or self.language       # the code of the text the rules serve

    # ---- data files -------------------------------------------------------------------------
    def lines(self, name: str) -> list[str]:
        own = data_dir() / self.lang / name
        if own.exists() or name not in SHARED_WITH_EN:
            return read_lines(own)
        return read_lines(data_dir() / "en" / name)

    def table(self, name: str) -> dict[str, str]:
        out = {}
        for line in self.lines(name):
            key, _, value = line.partition("\t")
            out[key.strip()] = value.strip()
        return out

    @cached_property
    def cues(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.table("cues.tsv").items()}

    @cached_property
    def cue_re(self) -> re.Pattern | None:
        forms = sorted(self.cues, key=len, reverse=True)
        if not forms:
            return None
        alt = trie_pattern(forms)
        if self.word_boundaries:
            return re.compile(rf"(?<![\w’'-])(?:{alt})(?![\w’'-])", re.IGNORECASE)
        return re.compile(alt)

    def cue_matches(self, view: str, pos: int, endpos: int) -> list[re.Match]:
        """``cue_re.finditer(view, pos, endpos)`` as a list. A case-insensitive pattern tries every
        word of its trie's first level at each word start; when every character of ``view`` is one
        whose lower case reads the same under the pattern (:meth:`_cue_fast`), the same pattern
        without IGNORECASE runs on ``view.lower()`` instead: the same spans, a third less time on
        English news (a match's text is then in lower case, as :meth:`cue_role` reads it)."""
        fast = self._cue_fast
        if fast is not None and (view.isascii() or fast[1].search(view) is None):
            return list(fast[0].finditer(view.lower(), pos, endpos))
        return list(self.cue_re.finditer(view, pos, endpos))

    @cached_property
    def _cue_fast(self) -> tuple[re.Pattern, re.Pattern] | None:
        """(``cue_re`` without IGNORECASE, a test for a character outside the safe set), or None.
        A character x is safe when its lower case is one character that reads the same (the same
        lower case again, white space or not, a word character or not, one of ’'- or not) and for
        every character c of the cue words, x matches c under IGNORECASE exactly when x.lower()
        is c; checked here for ASCII and the Latin-1, Latin Extended-A, Cyrillic and punctuation
        blocks (others take the case-insensitive pattern)."""
        if not self.word_boundaries or self.cue_re is None:
            return None
        safe = lower_safe(self.cues)
        if any(chr(i) not in safe for i in range(0x80)):
            return None                                  # keep it simple: ASCII must be safe
        sensitive = re.compile(self.cue_re.pattern, self.cue_re.flags & ~re.IGNORECASE)
        return sensitive, re.compile("[^" + "".join(re.escape(x) for x in safe) + "]")

    @cached_property
    def not_cues(self) -> list[str]:
        return self.lines("not_cues.txt")

    @cached_property
    def not_cue_re(self) -> re.Pattern | None:
        """Any word that contains a cue without being one (Chinese 说明, 据说): a quick test."""
        return re.compile(self._alternation(self.not_cues)) if self.not_cues else None

    @cached_property
    def not_cue_len(self) -> int:
        return max(map(len, self.not_cues), default=0)

    @cached_property
    def pronouns(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.table("pronouns.tsv").items()}

    @cached_property
    def genders(self) -> dict[str, str]:
        """Pronouns and honorifics that mark a person's gender ('she' → f, 'Mr.' → m; genders.tsv)."""
        return {k.lower(): v for k, v in self.table("genders.tsv").items()}

    def gender(self, m) -> str | None:
        """The gender mention ``m`` marks: its pronoun's, or its honorific's (None: not known)."""
        word = m.text if m.kind == "pronoun" else m.honorific
        return self.genders.get(word.lower()) if word else None

    def by_ending(self, name: str, word: str) -> str | None:
        """The value table ``name`` (ending<TAB>value) gives the longest of its endings ``word`` has
        (surname_genders.tsv: Kassenova → f; zh/name_genders.tsv: 卡塞诺娃 → f), or None."""
        tables = self.__dict__.setdefault("_ending_tables", {})
        table = tables.get(name)
        if table is None:
            table = tables[name] = tuple(sorted(self.table(name).items(), key=lambda kv: -len(kv[0])))
        return next((v for end, v in table if word.endswith(end)), None)

    def surname_gender(self, surname: str) -> str | None:
        """The gender a surname's ending marks where the language's names mark one (-ova f, -ov m;
        surname_genders.tsv), else None. Only a hint to compare a name with its transliteration
        in another script (a Chinese one marks it with 娃 or 夫): Tim Canova is a man, so it is no
        evidence against a pronoun."""
        return None

    @cached_property
    def source_nouns(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.table("source_nouns.tsv").items()}

    @cached_property
    def unnamed(self) -> set[str]:
        return {w.strip().lower() for w in self.lines("unnamed.txt")}

    @cached_property
    def honorifics(self) -> list[str]:
        return sorted((w.strip() for w in self.lines("honorifics.txt")), key=len, reverse=True)

    @cached_property
    def titles(self) -> set[str]:
        return {w.strip() for w in self.lines("titles.txt")}

    @cached_property
    def org_words(self) -> set[str]:
        return {w.strip() for w in self.lines("org_words.txt")}

    @cached_property
    def not_names(self) -> set[str]:
        return {w.strip() for w in self.lines("not_names.txt")}

    @cached_property
    def abbreviations(self) -> set[str]:
        return {w.strip() for w in self.lines("abbreviations.txt")}

    @cached_property
    def place_abbreviations(self) -> set[str]:
        """"Md.", "Calif.": part of a residence after a name ("Kim Lee, of Austin, Tex., said"). Not
        an abbreviation that keeps a sentence going: before a capital, it usually ends one."""
        return {w.strip() for w in self.lines("place_abbreviations.txt")}

    @staticmethod
    def _alternation(words) -> str:
        return "|".join(sorted(map(re.escape, words), key=len, reverse=True))

    @staticmethod
    def _trie_alternation(words) -> str:
        """:meth:`_alternation` as a trie (:func:`trie_alternation`): the same matches, faster."""
        return trie_alternation(sorted(words, key=lambda w: len(re.escape(w)), reverse=True))

    @cached_property
    def pronoun_alt(self) -> str:
        return self._alternation(self.pronouns)

    @cached_property
    def source_noun_alt(self) -> str:
        return self._alternation(self.source_nouns)

    @cached_property
    def pronoun_trie(self) -> str:
        """:attr:`pronoun_alt` as a trie (the same matches, faster)."""
        return self._trie_alternation(self.pronouns)

    @cached_property
    def source_noun_trie(self) -> str:
        """:attr:`source_noun_alt` as a trie (the same matches, faster)."""
        return self._trie_alternation(self.source_nouns)

    @cached_property
    def offices(self) -> frozenset[str]:
        return frozenset(w.strip().lower() for w in self.lines("offices.txt"))

    @cached_property
    def determiner_re(self) -> str:
        """What stands before a noun for a known source: '(?:the|this)\\s+', 'l’' in French, and
        nothing at all in a language without articles (Russian 'министр')."""
        words = [w.strip() for w in self.lines("determiners.txt")]
        if not words:
            return ""
        alt = "|".join(re.escape(w) + ("" if w[-1] in "'’" else r"\s+")
                       for w in sorted(words, key=len, reverse=True))
        return f"(?:{alt})"

    @cached_property
    def unnamed_alt(self) -> str:
        return self._alternation(self.unnamed)

    @cached_property
    def unnamed_trie(self) -> str:
        """:attr:`unnamed_alt` as a trie (the same matches, faster)."""
        return self._trie_alternation(self.unnamed)

    def cue_ok(self, text: str, a: int, b: int, sent_start: int) -> bool:
        """Is the cue matched at [a, b) a verb here (not part of a name or a noun)?"""
        return True

    #: a speaker right after a quotation takes it whatever follows the cue ('“…,” X said at …')
    speaker_after_quote = False

    def title_gap(self, gap: str) -> bool:
        """May ``gap`` (between a quotation and its speaker's name) be a title in lower case?"""
        return False

    def clause_subject(self, text: str, a: int, b: int):
        """The subject that opens the sentence ``text[a:b]``, if the language's rules find one."""
        return None

    def open_clause_subject(self, text: str, a: int, b: int):
        """The subject that opens the sentence ``text[a:b]`` before a quotation ('Ortiz resisted: “…”'),
        when no inner clause comes before ``b``, if the language's rules find one."""
        return None

    def is_title(self, text: str, a: int, b: int) -> bool:
        """Is the quotation ``text[a:b]`` a title (of a show, a book, an article), not words said?"""
        return False

    def last_named(self, text: str, a: int, b: int):
        """The last person named in ``text[a:b]`` (what 'the latter' stands for), or None."""
        return None

    def attribution_only(self, text: str, a: int, b: int) -> bool:
        """Is ``text[a:b]`` a sentence that is only a speaker and a cue ('Ortiz asked.')?"""
        return False

    @cached_property
    def _line_continuers(self) -> frozenset[str]:
        return frozenset(w.strip() for w in self.lines("line_continuers.txt"))

    def line_runs_on(self, text: str, a: int, b: int) -> bool:
        """Does the line ``text[a:b]`` end in a word no sentence or heading ends in, so that the
        sentence goes on in the next line ('… talks with the delegation of⏎Tajikistan …';
        data/<language>/line_continuers.txt, matched as written: a heading's 'Of' is not 'of')?"""
        words = self._line_continuers
        if not words:
            return False
        i = b
        while i > a and text[i - 1].isalpha():
            i -= 1
        return i < b and (i == a or not text[i - 1].isalnum()) and text[i:b] in words

    def colon_label(self, text: str, a: int, b: int):
        """A speaker label ending in a colon at the end of ``text[a:b]``: (mention, colon offset)."""
        return None

    def opening_source(self, text: str, a: int, b: int):
        """A sentence ``text[a:b]`` opening with a document as its source ('In the new poll, …'):
        (the document's mention, content start, content end), or None."""
        return None

    def known_body(self, m, registry):
        """An unnamed source phrase that is a registered organisation's name as written ('the
        Kazakh foreign ministry'): that organisation's mention, or None."""
        return None

    def statement_by(self, text: str, a: int, b: int):
        """A sentence ``text[a:b]`` naming the speaker of the sentence before it ('This was stated
        by X.'): (speaker mention, cue start, cue end), or None."""
        return None

    def label_line(self, text: str, a: int, b: int):
        """A paragraph ``text[a:b]`` opening with a speaker's label and a colon: (mention, colon
        offset, content start, content end, is a transcript's turn), or None."""
        return None

    def idle_here(self, text: str, cue, quotes_in) -> bool:
        """Does ``cue`` (analysed) report nothing here: a verb that reports only a quotation or a
        clause it introduces, used without either ('the talks will continue'), or a stance whose
        subject is no one ('It is certain that …')?"""
        return False

    def interviewer_line(self, text: str, a: int, b: int) -> bool:
        """Does the paragraph ``text[a:b]`` open with an interviewer's label ('Q:', 'Interviewer:')?"""
        return False

    def transcript_label(self, text: str, a: int, b: int):
        """A speaker label opening the quotation ``text[a:b]`` ('WALLACE: But, Governor, …'): the
        label's mention, or None."""
        return None

    def is_headline(self, text: str, a: int, b: int) -> bool:
        """Is ``text[a:b]`` written like a headline (in title case)?"""
        return False

    def passive_between(self, text: str, a: int, b: int) -> bool:
        """Is there a passive verb in ``text[a:b]`` ('are sometimes claimed to be')?"""
        return False

    def predicate_quote(self, text: str, i: int) -> bool:
        """Does a predicate marker end the text before a quotation opening at ``i`` ('dismissed
        the plan as “absurd”'), so that one quoted word is the subject's word for something?"""
        return False

    def quoted_predicate(self, text: str, a: int, i: int) -> bool:
        """Is ``text[a:i]``, the reported words before a quotation opening at ``i`` that ends them,
        only a subject whose predicate the quotation is, so that the clause is one mixed claim
        however short the subject ('Washington “seeks no conflict”')? False by default."""
        return False

    def term_quote(self, text: str, outer_start: int, units: float) -> bool:
        """Are the quoted words opening at ``outer_start`` (``units`` long) a term inside reported
        speech rather than the speaker's words (see :attr:`term_quote_units`)?"""
        return 0 < units <= self.term_quote_units

    def dash_signature(self, text: str, a: int, b: int):
        """A signature ('— Lena Ortiz') filling ``text[a:b]`` after a quotation: (mention, dash offset)."""
        return None

    def closing_source(self, text: str, a: int, b: int):
        """A sentence ``text[a:b]`` ending with the document it reports ('Trump leads by 12 points
        in the new poll.'): (the document's mention, content start, content end), or None."""
        return None

    def cue_role(self, surface: str) -> str | None:
        # kept per surface form (a few hundred in a corpus: 'said', 'Said', 'told'), bounded
        known = self.__dict__.setdefault("_cue_roles", {})
        if surface in known:
            return known[surface]
        if len(known) >= 4096:
            known.clear()
        role = known[surface] = self.cues.get(_SPACES.sub(" ", surface.lower()))
        return role

    @cached_property
    def role_kin(self) -> dict[str, tuple[str, ...]]:
        """A role noun and the offices it stands for (role_kin.tsv: 'head of state' → president)."""
        return {k.lower(): tuple(v.strip().lower() for v in vs.split(",") if v.strip())
                for k, vs in self.table("role_kin.tsv").items()}

    def role_forms(self, noun: str) -> tuple[str, ...]:
        """The role noun itself and the offices it stands for ('the Uzbek leader' → the president)."""
        return (noun, *self.role_kin.get(noun.lower(), ()))

    @cached_property
    def office_words(self) -> frozenset[str]:
        """Words naming an office: this language's ``offices.txt`` and English's (news in any
        language quotes English titles)."""
        from claimx.lang import rules

        return self.offices | rules(DEFAULT_LANG).offices

    def has_word(self, text: str, word: str) -> bool:
        """Does ``word`` occur in ``text`` (as a whole word where words have boundaries)?"""
        if not self.word_boundaries:
            return word in text
        return _whole_word_re(word).search(text) is not None

    @cached_property
    def speech_nouns(self) -> list[str]:
        """Nouns of a speech event ("speech", "interview"): a quotation in such a sentence is its
        subject's."""
        return read_lines(data_dir() / self.code / "speech_nouns.txt")

    # ---- clauses ----------------------------------------------------------------------------
    #: punctuation that ends a clause inside a sentence, for finding a cue's subject
    clause_marks = ""

    def after_comma(self, text: str, a: int, i: int) -> bool:
        """Does a speaker at ``i`` follow a comma ('CONTENT, X said'), ``text[a:i]`` before it?"""
        return text[a:i].rstrip().endswith(",")

    def clause_start(self, text: str, s, pos: int, quotes_in) -> int:
        """Where the clause holding a cue at ``pos`` in sentence ``s`` starts."""
        start = s.start
        for q in quotes_in:
            if q.outer_end <= pos:
                start = max(start, q.outer_end)
        if self.clause_marks:
            k = max(text.rfind(c, start, pos) for c in self.clause_marks)
            if k >= 0:
                start = k + 1
        return start

    # ---- sentences --------------------------------------------------------------------------
    def sentences(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence spans in ``text[start:end]`` (absolute offsets, whitespace trimmed).

        A sentence ends after ., ! or ? (and any closing quotes or brackets) when the next word
        starts a sentence (a capital, a digit, an opening quote, a Chinese character); an
        abbreviation (the data list ``abbreviations.txt``) or a single capital initial
        ("M. Narikbayev") before the full stop does not end one. A regular expression finds the
        candidates, so text without . ! ? costs one search.
        """
        bounds = []
        abbreviations = self.abbreviations
        for m in _SENT_CANDIDATE.finditer(text, start, end):
            g = 2 if m.group(2) is not None else 3
            nxt = m.group(g)
            if not (nxt.isupper() or nxt.isdigit() or nxt in OPENERS_Q or _is_cjk(nxt)):
                continue
            if m.group(1).startswith("."):
                word = word_before(text, max(start, m.start() - 40), m.start() + 1)
                if word in abbreviations or (len(word) == 2 and word[0].isupper()
                                             and word[0].isalpha()):
                    continue
            bounds.append(m.start(g))
        spans, s = [], start
        for b in bounds + [end]:
            a, e = trim(text, s, b)
            if a < e:                        # text[s:b].strip() is not empty
                spans.append((a, e))
            s = b
        if all(e - a <= MAX_SENTENCE for a, e in spans):
            return spans                     # what cap_length returns for trimmed spans this short
        return cap_length(text, spans)


# a run of . ! ? … and closing marks, then white space and the first character of the next word
# (group 2; a footnote's number may follow a word's full stop or a closing quote: '… sanctions.14
# The …'), or no space between a lower-case word's full stop and a capital ("end.Next", group 3)
# (the run is written [.!?…。！？][.!?…。！？]*, not [.!?…。！？]+: a pattern that opens with a
# character set is searched for by skipping to the set's characters, one that opens with a repeat
# is tried at every character of the paragraph)
_SENT_CANDIDATE = re.compile(r"([.!?…。！？][.!?…。！？]*[”’»›」』\"')\]）]*(?:(?:(?<=[^\W\d_][.!?])|(?<=[.!?][”’\"]))\d{1,3}"
                             r"(?=\s))?)(?:\s+(?=(\S))|(?<=[a-z][.])(?=([A-Z])))")
_SPACES = re.compile(r"\s+")
_WORD_BEFORE = re.compile(r"[^\s“‘«‹「『„‚\"'(\[（]+$")
MAX_SENTENCE = 3_000     # no "sentence" is longer: keeps every rule linear on pathological text


_WORD_STOPS = frozenset("“‘«‹「『„‚\"'([（")


def word_before(text: str, lo: int, hi: int) -> str:
    """``_WORD_BEFORE.search(text, lo, hi)``'s text ("" if none) without a search at every start:
    the run of characters other than white space and opening marks that ends ``text[lo:hi]`` (or
    ends it before a final newline, where ``$`` matches too)."""
    lo, hi = max(lo, 0), min(hi, len(text))
    if lo < hi and text[hi - 1] == "\n":
        hi -= 1
    k = hi
    while k > lo and text[k - 1] not in _WORD_STOPS and not text[k - 1].isspace():
        k -= 1
    return text[k:hi]


@lru_cache(maxsize=4096)
def _whole_word_re(word: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(word)}\b")


def cap_length(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut spans longer than MAX_SENTENCE at white space (or anywhere, if there is none)."""
    out = []
    for a, b in spans:
        while b - a > MAX_SENTENCE:
            cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
            cut = cut if cut > a else a + MAX_SENTENCE
            out.append(trim(text, a, cut))
            a = cut
        if b > a and text[a:b].strip():
            out.append(trim(text, a, b))
    return out


def _is_cjk(c: str) -> bool:
    return bool(c) and ("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff")


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink ``[s, e)`` so it neither starts nor ends with white space."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


#: a footnote's number after a sentence's full stop ('… evade sanctions.14', '….¹⁴', '….[14]')
_FOOTNOTE_TAIL = re.compile(r"(?<=[^\W\d_][.!?。])(?:\d{1,3}|[¹²³⁰-⁹]{1,3}|\[\d{1,3}\])\s*$")


def sentence_end(text: str, s) -> int:
    """The end of sentence ``s`` without its final punctuation and white space (and a footnote's
    number after them)."""
    e = s.end
    lo = max(s.start, e - 12)
    # screen: a footnote's number ends in a digit, a superscript digit or ']' before the trailing
    # white space; most sentences end in a full stop, and skip the search
    last = text[lo:e].rstrip()[-1:]
    if last.isdigit() or last == "]" or "\u2070" <= last <= "\u2079":
        m = _FOOTNOTE_TAIL.search(text, lo, e)
        if m:
            e = m.start()
    while e > s.start and (text[e - 1] in SENT_END or text[e - 1].isspace()):
        e -= 1
    return e


def trim_punct(text: str, a: int, b: int) -> int:
    """Move ``b`` left over white space and clause punctuation."""
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",，:：;；—–-"):
        b -= 1
    return b
