"""The grammar of reported speech in Latin-script (and Cyrillic) news text.

Names are runs of capitalised words; the speaker stands before a cue ("X said that …"), or after
it when the cue is inverted ("“…,” said X"); reported content follows a complementiser, a colon
or a comma. The words this grammar needs (complementisers, passive auxiliaries, adverbials,
prepositions, …) are files in ``data/<lang>/``; a language without its own file reads the
English one (see ``SHARED_WITH_EN`` in :mod:`claimx.lang.base`). English, French and Russian
override only what differs (:mod:`claimx.lang.en`, :mod:`claimx.lang.fr`, :mod:`claimx.lang.ru`).
"""
from __future__ import annotations

import bisect
import re
from functools import cached_property

from claimx.lang.base import Rules, WordScreen, sentence_end, trie_alternation, trim_punct
from claimx.mentions import Mention

_CAP = r"(?:[A-Z\u00C0-\u00DE\u0400-\u042F][\w’'\-\.]*|[A-Z]\.|[dl][’'][A-Z][\w’'\-\.]*)"   # d', l': Quai d'Orsay
#: a capital that may open a _CAP word: a token without one ends no name run (see name_at_end)
_CAP_LETTER = re.compile(r"[A-Z\u00C0-\u00DE\u0400-\u042F]")
_POSSESSIVE = re.compile(r"([A-Z][\w\-]+)[’']s\s+((?:[a-z\-]+\s+){0,2}[a-z\-]+)$")
_ACRONYM = re.compile(r"^[A-Z]{2,}(?:/[A-Z]{2,})*$")
_DASHES = ("", ",", "—", "–", "-", "--", ",—", ",–", ",-", ",--")
#: an aside set off by dashes right before a cue ('Ortiz — who chairs the board — said')
_PERSONAL = ("person", "group", "self")       # pronoun classes that stand for a speaker
_COMMA_NEXT = re.compile(r"\s*,\s*")
_BY_AFTER_QUOTE = re.compile(r"[”\"’»],?\s+by\s+")   # '“a witch hunt” by Democrats'
# a headline's byline: '," by the Ledger's Ana Ruiz', '," by Times' Ana Ruiz' (an outlet's writer)
_BYLINE_AFTER = re.compile("[”\"’']+(,?)[ \t]+by[ \t]+(?:the[ \t]+)?(?:[A-Z][\\w.&-]*[ \t]+){0,4}[A-Z][\\w.&-]*(?:['’]s|['’])[ \t]")
_QUOTE_NEXT = re.compile(r"\s*[,:]?\s*[“\"«]")
_DASH_ASIDE = re.compile(r"(?:\s*(?:—|–|--)|\s+-\s)[^—–\n]{1,250}?(?:—|–|--|\s-)\s*\Z")
# a dateline: 'ORLANDO, Fla. (Reuters) - ', '(AFP) – ', a town in title case before the agency ('Denver (AFP) – ')
_DATELINE = re.compile(r"(?:(?:[A-Z][A-Z .'’-]{2,40}(?:,\s+[A-Z][\w.]*\.?(?:\s+\d{1,2})?)?\s*)?(?:\([^()]{1,30}\)\s*)?"
                       r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*\([^()]{1,30}\)\s*)[—–-]+\s+")
_PARTY_TAG = re.compile(r"\s*\([^()]{1,40}\)$")
_POSSESSIVE_WORD = re.compile(r"['’]s$")
_POSSESSIVE_ENDINGS = ("'s", "’s")
_POSSESSOR_OR_CONTRACTION = re.compile(r"\w['’]s$|s['’]$|\w['’](?:t|d|ll|re|ve|m)$")
_AGE = re.compile(r"\d{1,3}")
_DIGIT = re.compile(r"\d")
_QUOTE_MARK = re.compile(r"[“\"«]")
#: the agent of a passive verb right after it: "asked by a reporter …"
_BY_AGENT = re.compile(r"[ \t]+by[ \t]+")
_LEADING_SPACE = re.compile(r"\s*")
_COMMA_OR_COLON = re.compile(r"\s*[,:]\s*")
_WORD_TOKEN = re.compile(r"[\w’'\-]+")
_LOWER_ENDING_WORD = re.compile(r"[\w\-]*[a-z]")
_UNNAMED_REACH = 240  # characters an unnamed source and its tail may span before a cue
_SHARE_REACH = 160    # characters a share phrase and its opener may span before a cue ('Nearly eight in 10 …')
_RESIDENCE = re.compile(r"of\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")
_SOURCE_STOP = re.compile(r"[,;(“\"]|\s[—–-]+\s")
_SIGNATURE = re.compile(r"\s*([―—–]|-{1,2})\s*([^,;:“”\"()]{2,60}?)(?:,\s*[^“”\"]{1,100}?)?[\s.]*")
_TRANSCRIPT_LABEL = re.compile(r"((?:[A-Z][A-Z.’'\-]*\s){0,3}[A-Z][A-Z’'\-]*[A-Z]):\s")
_LINE_LABEL = re.compile(r"[ \t]*([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3})[ \t]*:[ \t]+(?=[^\s/])")
_LABEL = re.compile(r"\s*([^:;“”\"]{2,80}?)\s*:\s*")
# a digest item: a headline, a spaced dash and its authors' names before the colon
_DIGEST_LABEL = re.compile(r"\s*[^:;“”\"\n]{2,160}?\s[-–—]\s+((?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*"
                           r"(?:,?\s+(?:and|&)\s+(?:[A-Z][\w.’'\-]*\s+){0,3}[A-Z][\w.’'\-]*)?)\s*:\s*")
_TOKEN = re.compile(r"\S+")
# the joint before a name in a list of subjects ('Diaz, Ortiz and '), perhaps a title ('and Uzbek President ')
_JOINT_BEFORE = re.compile(r"(,[ \t]*(?:and\s+)?|\s+and\s+)((?:(?!and\b)[\w.\-’']+[ \t]+){0,3}?)\Z")
#: characters no match of name_run_re holds (neither a word character, ’'-. nor white space)
_NOT_IN_RUN = (",", ";", ":", "(", ")", "“", "”", '"', "—", "–")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
#: " of the " right before a name: the name may be where a person named before it belongs
#: 'For the researcher Marie Dubois, …': a role and a full name after an opening 'For' (read by opening_source)
_OPENING_FOR = re.compile(r"For[ \t]+(?:the[ \t]+)?((?:[a-z][\w\-]*[ \t]+){0,2}[a-z][\w\-]*)[ \t]+"
                          r"([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){1,3})[ \t]*,[ \t]+(?=\S)")
#: 'For Michel Duval, «…».': a full name alone opens a sentence that is one quotation (without a
#: quotation 'For Kazakhstan, …' is a topic, not a source)
_OPENING_FOR_QUOTE = re.compile(r"For[ \t]+([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){1,3})[ \t]*,[ \t]+(?=[«“\"])")
#: 'For Laruelle (2018), Kazakh nationalism is a state project.': a name and its citation's year in
#: brackets open the sentence (an author read as a source: a topic has no year)
_OPENING_FOR_CITED = re.compile(r"For[ \t]+([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3})[ \t]*"
                                r"\((?:19|20)\d\d[a-z]?(?:[,:][ \t]*(?:p{1,2}\.[ \t]*)?[\d\-–]+)?\)[ \t]*,[ \t]+(?=\S)")
_ANY_QUOTE = re.compile(r"[“”\"«»]|''")
_TO = re.compile(r"[ \t]+to(?=[ \t])")
_BY = re.compile(r"[ \t]+by(?=[ \t])")
_AS_ING = re.compile(r"[ \t]as[ \t]+([a-z]+ing)\b")
_QUOTE_TO_END = re.compile(r"[«“\"][^«“”»\"]+[»”\"][\s.!?]*")
#: Russian 'Об этом заявил X' translated: 'This was stated by X.', 'About this reported X.' (the
#: verb, group 1, must be a speech cue; group 2 is 'by' or 'in': 'This was reported in the ministry')
_THIS_WAS_BY = re.compile(r"(?:(?:This|That)\s+(?:was|has\s+been|had\s+been)\s+([a-z]+)\s+(by|in)"
                          r"|(?:About|On)\s+this\s+(?:was\s+|were\s+|has\s+|have\s+)?([a-z]+)(?:\s+(by|in))?)\s+(?=\S)")
_PATRONYMIC = re.compile(r"[a-z](?:ovich|evich|ovna|evna|ichna)$")
_TITLE_OF_THE = re.compile(r"(?<![\w’'\-])([A-Z][\w\-]*)\s+of\s+the\s+$")
_NOUN_OF_THE = re.compile(r"(?<![\w’'\-])([a-z][\w\-]*)\s+of\s+the\s+$")
_IN_THE_BODY = re.compile(r"(?:In|At)\s+(the\s+[^,;:“”\"«»]{2,80}?)\s*,?\s+")
#: a perfect auxiliary between a quotation and its inverted cue (French passé composé translated:
#: '«…», has insisted the president of the commission'; a comma after the quotation: '“reporter” has
#: revealed …' is a subject and its verb)
_PERFECT_AFTER_QUOTE = re.compile(r",\s*(?:[—–]|-{1,2})?\s*(?:has|have|had)", re.I)
_WHOM = re.compile(r"\s+whom\s+(?=\S)")
_IN_OR_BY = re.compile(r"\s+(?:in|by)\s+(?=\S)")
#: a short aside set off by commas between a cue and its complementiser ('said, however, that …')
_ASIDE_THEN_THAT = re.compile(r"[^,;:“”\"«»()]{1,60}?,\s+")
_OF_TAIL = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+|an?[ \t]+)?[\w’'\-]+(?:[ \t]+[\w’'\-]+){0,5}?(?=,)")
_ET_AL = re.compile(r"\s+et\s+al\.?$")
_COMMA_DASH_END = re.compile(r",[ \t]*(?:—|–|-{1,2})\Z")   # 'The sanctions are working, - said X'
_AFFILIATION_BEFORE = re.compile(r"\s+of\s+the\s+$")
_CLAUSE_STOP = re.compile(r"[,;:]")
_WRITER_ASIDE = re.compile(r"[ \t]*\(")   # '…, according to exit polls (a sizable margin …)': the writer's aside
_CLAUSE_PUNCT_LAST = re.compile(r"[,;:(—–][^,;:(—–]*\Z")   # the last clause punctuation and what follows it
_OF_TITLE = re.compile(r"(?:[a-z][\w\-]*\s+){1,2}of\s+[a-z][\w\-]*\s+(?=[A-Z])")   # 'former secretary of state'
_OF_PLACE_TAIL = re.compile(r"\s+(?:of|at|from)\s+[A-Z]")
_LIST_GOES_ON = re.compile(r"\s*(?:,|\s(?:and|or|nor|&)(?:\s|$))")
_AGE_BEFORE = re.compile(r"\d{1,3}-year-old\s+(?=[A-Z])")
_STATE_AFTER_PLACE = re.compile(r",\s+[A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+\.?)?,")


SURNAME_GENDER_MIN = 5           # letters of a surname before its ending is read as a gender (Orlov, not Lev)
NAME_EVIDENCE_WINDOW = 20_000   # characters each side read for a lone word's use as a name


def _named_elsewhere(text: str, m: Mention) -> bool:
    """A lone capitalised word opening a clause ('Enraged, the woman …', 'Small groups …') is a name
    only when the text near it writes the word as one elsewhere: inside a sentence ('… said
    Melanie') or before another capitalised word ('Melanie Austin')."""
    word = m.name or m.text
    lo, hi = max(0, m.start - NAME_EVIDENCE_WINDOW), min(len(text), m.end + NAME_EVIDENCE_WINDOW)
    i = text.find(word, lo, hi)
    while i >= 0:
        j = i + len(word)
        if i != m.start and (j == len(text) or not (text[j].isalnum() or text[j] == "_")) and (
                i >= 2 and text[i - 1] == " " and (text[i - 2].islower() or text[i - 2] in ",;:")
                or j + 1 < len(text) and text[j] == " " and text[j + 1].isupper()):
            return True
        i = text.find(word, j, hi)
    return False


_APPOSED_NAME = re.compile(r",[ \t]+([A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){1,3}?)\.?(?=[,;]|[ \t]*$|[ \t]*[\n\r“”\"]|\.[ \t\n])")
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)\b")
_FIRST_WORD = re.compile(r"\s*([A-Z][a-z]+)\s+(?=[a-z])")      # "Then he …": a capitalised opener, a lower-case word after
# phrases of place or medium opening with a preposition: 'in Paris', 'on NBC's “Meet the Press.”'
_SETTING_PHRASES = re.compile(r"(?:(?:in|on|at|aboard|during)[ \t]+[^\s,;:]+(?:[ \t]+[^\s,;:]+){0,5}?[ \t]*){1,2}[.”\"’]*")
# the word before a cue: a word, or a number that is no year ('by 271 pledged', not 'in 2009 agreed')
_LAST_WORD = re.compile(r"(?<![\w’'.,-])([A-Za-z]+|(?!(?:19|20)\d\d\b)\d(?:[\d,.]*\d)?)[ \t]+\Z")
_QUOTE_COMMA = re.compile(r",([”\"])")                                # '…,” while …'
_AS_PREDICATE = re.compile(r"\s+((?:[^\s,;:.]+\s+){1,8}?)as\s")
_AUTHORED = re.compile(r"\s(?:by|from|of)\s+")
_ROLE_GAP = re.compile(r"[ \t]+((?:[a-z][\w\-]*[ \t]+){0,2}[a-z][\w\-]*)[ \t]+(?=[A-Z])")
_LONE_OPENER_TAIL = re.compile(r",|\s+of\s")


def _dash_aside(text: str, a: int, b: int) -> re.Match | None:
    """``_DASH_ASIDE.search(text, a, b)``, skipped where ``text[a:b]`` does not end (white space
    aside) with a dash or hyphen, as every match of it does."""
    k = b
    while k > a and text[k - 1].isspace():
        k -= 1
    if k <= a or text[k - 1] not in "—–-":
        return None
    return _DASH_ASIDE.search(text, a, b)


def _party_tag(seg: str) -> re.Match | None:
    """``_PARTY_TAG.search(seg)``, skipped unless ``seg`` ends with ")" (or ")" and a final newline,
    where ``$`` matches too), as every match does."""
    return _PARTY_TAG.search(seg) if seg.endswith((")", ")\n")) else None


def _sentence_initial(text: str, i: int) -> bool:
    k = i - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in ".!?\n\r”\"’»)"


def _unquoted_comma(text: str, a: int, b: int) -> int | None:
    """The first comma in ``text[a:b]`` outside quotation marks."""
    depth = 0
    straight = False
    for i in range(a, b):
        ch = text[i]
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
        elif ch == "," and depth == 0 and not straight:
            return i
    return None


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in words)


def required_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Strings (runs of literal characters, in lower case) one of which every match of ``pattern``
    holds, or None when none are found: the words a WordScreen for the pattern may test. Read from
    the parsed pattern: a sequence needs what any of its parts needs (its literal runs, a group, a
    repeat of at least one); an alternation needs one of what each branch needs; the set kept is
    the one whose shortest string is longest (the rarest in text). (``re._parser`` is the standard
    library's own parser, private but present in every Python claimx supports, 3.11 on.)"""
    from re import _constants as c, _parser

    def need(items) -> frozenset[str] | None:
        found, run = [], ""
        for op, av in [*items, (None, None)]:
            if op is c.LITERAL:
                run += chr(av)
                continue
            if run:
                found.append(frozenset([run.lower()]))
                run = ""
            if op is c.SUBPATTERN:
                found.append(need(av[-1]))
            elif op is c.BRANCH:
                branches = [need(b) for b in av[1]]
                found.append(None if None in branches else frozenset().union(*branches))
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                found.append(need(av[2]))
            elif op is c.IN and all(o is c.LITERAL for o, _ in av):
                found.append(frozenset(chr(x).lower() for _, x in av))
        found = [f for f in found if f]
        return max(found, key=lambda f: (min(map(len, f)), -len(f)), default=None)

    return need(_parser.parse(pattern, flags))


class LatinRules(Rules):
    """Speech cues, speakers and content in a script with capitalised names and spaces."""

    #: a participle and the preposition of its agent opening a phrase (', led by X,'); None: none
    agent_phrase_re: re.Pattern | None = None
    #: words that end in these letters are adverbs as well ("X frankly said")
    adverb_suffix = r"[a-z]+ly"
    #: a participle phrase after the reported clause is the writer's, not the speaker's:
    #: 'X said that … was “too heavy a word,” prompting a rebuke from Kyiv.'
    participle = r"[a-z]+ing"
    #: a cue in this form continues the clause's speaker: "…, adding that …"
    participle_ending = "ing"
    #: the ending of a verb in the past ('reminisced', 'campaigned'): with an auxiliary, a word that
    #: is a verb rather than a noun (verb_like)
    past_ending = "ed"
    #: the ending of a verb's third person present ('says'): a cue's form (verb_form)
    present_ending = "s"
    #: the infinitive marker before a cue ("to say") and at the start of non-content ("to …")
    infinitive = "to"
    #: "X is quoted as saying (that) …"
    quoted_as = r"as\s+(?:saying|telling\s+\S+)"
    #: the complementiser follows a comma ("сказал, что …"): it is not part of the content
    complementiser_after_comma = False
    #: a source noun before a name is the name's title ("a précisé le ministre Askar Ermekov")
    title_before_name = False
    #: "the … press" as an addressee ("X told the visiting press")
    press = r"the\s+[\w\s]{1,30}?press"

    #: a speaker right after a quotation takes it whatever follows the cue ('“…,” X said at …')
    speaker_after_quote = True

    # ---- word lists ------------------------------------------------------------------------
    def _words(self, name: str) -> list[str]:
        return [w.strip() for w in self.lines(name)]

    def _lower_words(self, name: str) -> frozenset[str]:
        """The words of list ``name``, lower-cased (for membership tests)."""
        return frozenset(w.lower() for w in self._words(name))

    def _word_re(self, name: str, pattern: str) -> re.Pattern | None:
        """``pattern`` with ``{alt}`` the words of list ``name``; None when the list is empty."""
        words = self._words(name)
        return re.compile(pattern.replace("{alt}", f"(?i:{_alt(words)})")) if words else None

    def clause_start(self, text: str, s, pos: int, quotes_in) -> int:
        """As the base rule; a sentence that opens with the writer's reminder ('Recall that …',
        Russian 'Напомним, что …' translated; reminder_openers.txt) has its clause after it."""
        start = super().clause_start(text, s, pos, quotes_in)
        m = self.reminder_re.match(text, start, pos) if start == s.start and self.reminder_re else None
        return m.end() if m is not None else start

    @cached_property
    def reminder_re(self) -> re.Pattern | None:
        return self._word_re("reminder_openers.txt", r"[ \t]*(?:{alt})(?:[ \t]*,[ \t]*(?:that[ \t]+)?|[ \t]+that[ \t]+)(?=\S)")

    @cached_property
    def source_tail_alt(self) -> str:
        """The words that open a source's tail (source_tails.txt: 'officials in Almaty', 'people
        familiar with the matter'), longest first, or a participle and its agent's preposition
        (agent_prepositions.txt: 'officials contacted by Reuters')."""
        tails = _alt(sorted(self._words("source_tails.txt"), key=len, reverse=True)) or "of"
        agents = _alt(self._words("agent_prepositions.txt"))
        # 'officials contacted by Reuters', 'experts interviewed for this paper'
        return rf"{tails}|[a-z]+{self.past_ending}\s+(?:{agents})" if agents else tails

    @cached_property
    def unnamed_after_re(self) -> re.Pattern | None:
        """An unnamed source with a quantifier, after an inverted cue: 'a senior official in Kyiv'."""
        if not self.unnamed or not self.quantifier_alt:
            return None
        return re.compile(rf"(?:{self.quantifier_alt})\s+(?:[\w\-’']+\s+){{0,3}}?(?:{self.unnamed_alt})\b"
                          rf"(?:\s+(?:{self.source_tail_alt}|to)\s+[^,;:.“”\"]{{1,60}})?", re.I)

    #: a party and state after a name, set off by commas ('R-Utah'); None where the press has none
    party_tag_re: re.Pattern | None = None

    @cached_property
    def opening_modifier_re(self) -> re.Pattern:
        """A sentence opening with a participle or an adverb ('Continuing to explain his view,',
        'Immediately after the vote,') has its subject after the comma."""
        return re.compile(rf"(?i:{self.participle}|{self.adverb_suffix})\b")

    def opening_modifier(self, text: str, a: int, b: int) -> bool:
        """Does ``text[a:b]`` open with a participle or an adverb (opening_modifier_re), not with a
        name that looks like one and is followed by its verb ('Ebeling reminisced', 'Fleming said',
        'King was')?"""
        m = self.opening_modifier_re.match(text, a, b)
        if m is None:
            return False
        nxt = _NEXT_WORD.match(text, m.end(), b)
        return nxt is None or not text[a].isupper() or not (
            self.verb_like(nxt.group(1))
            or self.cue_re is not None and self.cue_re.match(text, nxt.start(1), b))

    def verb_like(self, word: str) -> bool:
        """A verb in the past ('campaigned') or an auxiliary ('has', 'was'), not a noun."""
        return word.lower().endswith(self.past_ending) or self.auxiliary_word_re.fullmatch(word) is not None

    @cached_property
    def auxiliary_re(self) -> re.Pattern | None:
        """A clause: an auxiliary within its first words ('the plan is popular')."""
        return self._word_re("auxiliaries.txt", r"\s*(?:[^\s,;:]+\s+){1,6}?(?:{alt})\b")

    @cached_property
    def depiction_re(self) -> re.Pattern | None:
        return self._word_re("depiction_words.txt", r"(?:^|\s)(?:{alt})\s+$")

    @cached_property
    def absolute_re(self) -> re.Pattern | None:
        return self._word_re("absolute_prepositions.txt", r"(?:^|[\s,])(?:{alt})\s+")

    def _absolute_subject(self, text: str, left: int, cue_start: int) -> Mention | None:
        """The subject of an absolute phrase before a participle cue ('…, with one senator calling
        it a disaster', absolute_prepositions.txt): the noun phrase between them, when it is one."""
        if self.absolute_re is None:
            return None
        m = None
        for m in self.absolute_re.finditer(text, max(left, cue_start - 120), cue_start):
            pass
        if m is None or "," in text[m.end():cue_start] or len(text[m.end():cue_start].split()) > 6:
            return None
        found = self.subject_before(text, m.end(), cue_start, m.end())
        if found is not None:
            return found if found.start == m.end() else None
        a, e = m.end(), self.strip_adverbs(text, m.end(), cue_start)
        words = text[a:e].split()
        if len(words) < 2 or not (words[0].lower() in self.np_openers or words[0][:1].isdigit()) \
                or not _LOWER_ENDING_WORD.fullmatch(words[-1]):
            return None                                # 'one senator', 'two of his aides' (not 'one' alone)
        return Mention(text[a:e], a, e, "unnamed", name=text[a:e], lang=self.code)

    def _depicted_speaker(self, text: str, left: int, cue_start: int) -> Mention | None:
        """The name right before a speech participle, after 'of' or a verb of showing: 'footage
        of Ortiz saying', 'a video shows Ortiz telling'."""
        if self.depiction_re is None:
            return None
        e = text[left:cue_start].rstrip()
        spk = self.name_at_end(text, left, left + len(e))
        if spk is None or spk.kind != "name":
            return None
        m = self.depiction_re.search(text, max(left, spk.start - 20), spk.start)
        # not a name with 'of' inside ('the American Federation of Teachers calling her …')
        if m is None or re.search(r"[A-Z][\w.’'\-]*\s*$", text[max(left, m.start() - 30):m.start()]):
            return None
        return spk

    @cached_property
    def subordinator_re(self) -> re.Pattern | None:
        return self._word_re("subordinators.txt", r"\s*(?:{alt})\s")

    @cached_property
    def gerund_opener_re(self) -> re.Pattern | None:
        return self._word_re("gerund_openers.txt", r"(?:^|\s)(?:{alt})\s*$")

    @cached_property
    def commitment_verb_re(self) -> re.Pattern | None:
        return self._word_re("commitment_verbs.txt", r"^(?:{alt})$")

    @cached_property
    def commitment_re(self) -> re.Pattern | None:
        """A clause in which its subject pronoun commits to a future act ('they would broaden')."""
        modals = self._words("future_modals.txt")
        if not modals or not self.pronouns:
            return None
        return re.compile(rf"(?i:{self.pronoun_alt})(?:\s+|(?=['’]))(?i:{_alt(modals)})\b")

    def commitment(self, text: str, cue) -> bool:
        """``cue`` announces its speaker's own plan: an announcing verb whose content opens with a
        pronoun and a future modal ('The two firms announced they would merge')."""
        if cue.content is None or self.commitment_verb_re is None or self.commitment_re is None:
            return False
        return bool(self.commitment_verb_re.match(text[cue.start:cue.end])
                    and self.commitment_re.match(text, cue.content[0], cue.content[1]))

    @cached_property
    def question_verb_re(self) -> re.Pattern | None:
        return self._word_re("question_verbs.txt", r"^(?:{alt})$")

    @cached_property
    def indirect_question_re(self) -> re.Pattern | None:
        """An indirect question after a verb of asking, perhaps after its addressee."""
        words = self._words("question_words.txt")
        return re.compile(rf"\s*(?:[^\s,;:“”\"]+\s+){{0,7}}?((?i:{_alt(words)})\s+\w)") if words else None

    @cached_property
    def request_re(self) -> re.Pattern:
        """A request after a verb of asking: a short addressee, then an infinitive ('asked the
        board to resign', 'asked to speak')."""
        return re.compile(rf"\s*((?:[^\s,;:“”\"—–()]+\s+){{0,6}}?{self.infinitive}\s+(?!\w+{self.participle_ending}\b)\w)")

    @cached_property
    def request_verbs(self) -> frozenset[str]:
        return self._lower_words("request_verbs.txt")

    @cached_property
    def question_topic_re(self) -> re.Pattern | None:
        """After a verb of asking, a short addressee and a preposition of question_topics.txt:
        what was asked about or for ('asked the mayor about X', '… the court for a stay')."""
        return self._word_re("question_topics.txt", r"\s*(?:[^\s,;:“”\"—–()]+\s+){1,4}?(?:{alt})\s+(\w)")

    @cached_property
    def infinitive_start_re(self) -> re.Pattern:
        return re.compile(rf"\s*({self.infinitive}\s+\w)")

    @cached_property
    def np_openers(self) -> frozenset[str]:
        """Lower-case words a noun phrase subject may start with: determiners, quantifiers and
        possessives ('the', 'many', 'her')."""
        return frozenset(w.lower() for w in [*self._words("determiners.txt"), *self._words("quantifiers.txt"),
                                             *self._words("noun_markers.txt")])

    @cached_property
    def conjunction_start_re(self) -> re.Pattern:
        return re.compile(rf"(?i:{_alt(self._words('conjunctions.txt'))})\s+")

    @cached_property
    def clause_word_re(self) -> re.Pattern | None:
        """The last clause boundary before a subject: punctuation or a clause word."""
        words = self._words("clause_words.txt")
        return re.compile(rf"(?:[,;:()“”\"—–]|(?<![\w’'-])(?i:{_alt(words)})(?![\w’'-]))(?!.*(?:[,;:()“”\"—–]|"
                          rf"(?<![\w’'-])(?i:{_alt(words)})(?![\w’'-])))", re.S) if words else None

    @cached_property
    def _clause_boundary_re(self) -> re.Pattern | None:
        """Any clause boundary (clause_word_re without its 'none after it' condition)."""
        words = self._words("clause_words.txt")
        return re.compile(rf"[,;:()“”\"—–]|(?<![\w’'-])(?i:{_alt(words)})(?![\w’'-])") if words else None

    def last_clause_word(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """``clause_word_re.search(text, pos, endpos)`` without its quadratic cost: that pattern
        tests at every boundary that no boundary follows, so its match starts less than one
        boundary's length (at most the longest clause word) before the last boundary, and it is
        searched for from there (its look-behind still sees the text before). The last boundary is
        looked for in the last 64 characters, then in four times as many, and so on (a boundary
        usually stands close before the subject)."""
        if self.clause_word_re is None:
            return None
        pos, endpos = max(pos, 0), len(text) if endpos is None else min(endpos, len(text))
        width, last = 64, None
        while True:
            lo = max(pos, endpos - width)
            for last in self._clause_boundary_re.finditer(text, lo, endpos):
                pass
            if last is not None or lo <= pos:
                break
            width *= 4
        if last is None:
            return None
        return self.clause_word_re.search(text, max(pos, last.start() - self._clause_word_longest), endpos)

    @cached_property
    def _clause_word_longest(self) -> int:
        return max(map(len, self._words("clause_words.txt")), default=1)

    @cached_property
    def adverbial_tail_re(self) -> re.Pattern | None:
        """A short prepositional or time phrase at the end of a subject ('on Tuesday', 'last week')."""
        words = [w for w in [*self._words("prepositions.txt"), *self._words("introductory.txt")]
                 if w != self.infinitive]              # 'The refusal to align reveals': no subject
        return re.compile(rf"\s+(?i:{_alt(words)})(?:\s+[\w’'\-.]+){{1,4}}$") if words else None

    @cached_property
    def adverbial_tail_screen(self) -> WordScreen:
        """Proves that no preposition or introductory word opens one of a segment's last words
        (adverbial_tail_re: the word, then one to four words to the end)."""
        return WordScreen(w for w in [*self._words("prepositions.txt"), *self._words("introductory.txt")]
                          if w != self.infinitive)

    def adverbial_tail(self, seg: str) -> re.Match | None:
        """``adverbial_tail_re.search(seg)``, skipped where adverbial_tail_screen proves no match."""
        screen = self.adverbial_tail_screen
        if self.adverbial_tail_re is None or screen.absent_near_end(seg, screen.most_tokens + 4):
            return None
        return self.adverbial_tail_re.search(seg)

    @cached_property
    def relative_alt(self) -> str:
        return _alt(sorted(w for w, c in self.pronouns.items() if c == "relative"))

    @cached_property
    def contrast_re(self) -> re.Pattern | None:
        return self._word_re("contrast_words.txt", r"\s*(?:{alt})\s+")

    @cached_property
    def relative_comma_re(self) -> re.Pattern | None:
        """A comma opening a non-restrictive relative clause (', who …', ', which …')."""
        return self._word_re("relative_words.txt", r",\s+(?:{alt})\b")

    @cached_property
    def pronoun_coordination_re(self) -> re.Pattern | None:
        """A conjunction (conjunctions.txt), comma or not, before a subject pronoun: ' and she …'."""
        words = [w for w, c in self.pronouns.items() if c in _PERSONAL and w != "it"]
        conj = self._words("conjunctions.txt")
        return re.compile(rf",?\s+(?:{_alt(conj)})\s+(?=(?i:{_alt(words)})\s)") if words and conj else None

    @cached_property
    def time_clause_re(self) -> re.Pattern | None:
        """A time clause with a personal pronoun subject (time_clause_words.txt): ' as he …'."""
        words = self._words("time_clause_words.txt")
        prons = [w for w, c in self.pronouns.items() if c in _PERSONAL]
        return re.compile(rf",?\s+(?:{_alt(words)})\s+(?:{_alt(prons)})\s") if words and prons else None

    @cached_property
    def source_relative_re(self) -> re.Pattern | None:
        """A relative clause about a trailing source, after a comma or not (source_relatives.txt:
        '…, according to three sources who spoke to Fox News')."""
        return self._word_re("source_relatives.txt", r"[ \t]*,?[ \t]+(?:{alt})\b")

    @cached_property
    def relative_re(self) -> re.Pattern | None:
        """A relative clause ending just before a cue: 'X who spoke on condition of anonymity said'."""
        alt = self.relative_alt
        return re.compile(rf",?\s+(?:{alt})\s+[^,;:“”\"]{{1,120}}$", re.I) if alt else None

    @cached_property
    def apposition_after_re(self) -> re.Pattern:
        """What may follow a source at the end of a sentence: an apposition or relative clause."""
        words = [*self._words("determiners.txt"), *self._words("quantifiers.txt")]
        alt = _alt([w for w in words if w[-1].isalpha()] + ([self.relative_alt] if self.relative_alt else []))
        return re.compile(rf",\s+(?:{alt})\b", re.I)

    @cached_property
    def subject_opener_re(self) -> re.Pattern | None:
        """A bare clause starts with its subject: a capital, a digit or a subject opener."""
        return self._word_re("subject_openers.txt", r"\s*(?:[A-Z0-9]|(?:{alt})\b)")

    @cached_property
    def introductory_re(self) -> re.Pattern | None:
        """An introductory phrase before the subject: it starts or ends with one of these words."""
        return self._word_re("introductory.txt", r"\s*(?:(?:{alt})\b.*|.*\b(?:{alt}))\s*$")

    @cached_property
    def title_gap_re(self) -> re.Pattern | None:
        """Words of a title between a quotation and a name ('“…,” chief executive X', 'Democratic
        candidate X'), none of them a conjunction or an introductory word."""
        stop = [*self._words("conjunctions.txt"), *self._words("introductory.txt"), *self._words("clause_words.txt")]
        return re.compile(rf"[\s,]*(?:(?!(?i:{_alt(stop)})\b)[A-Za-z\-]+\s+){{1,3}}")

    def title_gap(self, gap: str) -> bool:
        return self.title_gap_re.fullmatch(gap) is not None

    def cue_ok(self, text: str, a: int, b: int, sent_start: int) -> bool:
        """A capitalised cue inside a sentence is part of a name (Penn State, the Islamic State);
        a cue right after an article or a possessive pronoun is a noun ('an email', 'his report')."""
        if text[a].isupper() and text[sent_start:a].strip(" “\"‘'«(—–-") and not self._headline_cue(text, a, sent_start):
            return False
        if a > sent_start and text[a - 1] == "-":
            return False                               # 'a Kremlin-backed vote', 'so-called'
        if self._participle_adjective(text, a, b, sent_start) or self._in_non_cue_phrase(text, a, b):
            return False
        return not (self.noun_marker_re and (
            self.noun_marker_re.search(text, max(sent_start, a - 8), a)
            or self.noun_marker_adverb_re.search(text, max(sent_start, a - 24), a)))   # 'a widely criticized vote'

    def _participle_adjective(self, text: str, a: int, b: int, sent_start: int) -> bool:
        """A cue in '-ed' between a preposition or a number and a noun modifies the noun, as an
        adjective: 'leads by 271 pledged delegates', 'a majority of pledged delegates' (not after a
        stranded preposition: 'the analysts I spoke with doubted that …')."""
        if not text[a:b].lower().endswith("ed"):
            return False
        nxt = _NEXT_WORD.match(text, b, min(len(text), b + 40))
        if nxt is None or not nxt.group(1)[0].islower() or nxt.group(1) in self._participle_stops:
            return False
        prev = _LAST_WORD.search(text, max(sent_start, a - 30), a)
        return prev is not None and (prev.group(1)[0].isdigit() or prev.group(1).lower() in self.preposition_words)

    @cached_property
    def non_cue_phrases(self) -> dict[str, list[tuple[re.Pattern | None, re.Pattern | None]]]:
        """non_cue_phrases.txt by the cue word inside each phrase: (words before it, words after it)."""
        out: dict[str, list[tuple[re.Pattern | None, re.Pattern | None]]] = {}
        for line in self._words("non_cue_phrases.txt"):
            words = line.lower().split()
            for i, w in enumerate(words):
                before = r"[ \t]+".join(map(re.escape, words[:i]))
                after = r"[ \t]+".join(map(re.escape, words[i + 1:]))
                out.setdefault(w, []).append(
                    (re.compile(r"(?<![\w-])" + before + r"[ \t]+\Z", re.I) if before else None,
                     re.compile(r"[ \t]+" + after + r"(?![\w-])", re.I) if after else None))
        return out

    def _in_non_cue_phrase(self, text: str, a: int, b: int) -> bool:
        """Is the cue ``text[a:b]`` a word of a phrase that says nothing of speech ('the roll call',
        'call centers', 'All told', 'add up to')?"""
        for before, after in self.non_cue_phrases.get(text[a:b].lower(), ()):
            if (before is None or before.search(text, max(0, a - 40), a)) and \
                    (after is None or after.match(text, b, min(len(text), b + 40))):
                return True
        return False

    def _headline_cue(self, text: str, a: int, sent_start: int) -> bool:
        """A capitalised speech verb in a headline ('Ortiz Says Toll Will Go'): the line is written
        in title case and the verb is a plain speech verb (headline_cues.txt)."""
        end = text.find("\n", a)
        end = min(len(text) if end < 0 else end, a + 300)
        word = _NEXT_WORD.match(" " + text[a:end])
        return word is not None and word.group(1).lower() in self.headline_cues and \
            self.is_headline(text, sent_start, end)

    @cached_property
    def headline_cues(self) -> frozenset[str]:
        return self._lower_words("headline_cues.txt")

    @cached_property
    def noun_marker_adverb_re(self) -> re.Pattern | None:
        return self._word_re("noun_markers.txt", rf"(?<![\w’'-])(?:{{alt}})\s+{self.adverb_word}\s+$")

    @cached_property
    def noun_marker_re(self) -> re.Pattern | None:
        return self._word_re("noun_markers.txt", r"(?<![\w’'-])(?:{alt})\s+$")

    @cached_property
    def complementiser_alt(self) -> str:
        return _alt(self._words("complementisers.txt"))

    @cached_property
    def passive_re(self) -> re.Pattern:
        return re.compile(rf"(?:^|\s)(?:{_alt(self._words('passive_auxiliaries.txt'))})\s*$", re.I)

    @cached_property
    def infinitive_re(self) -> re.Pattern:
        return re.compile(rf"(?:^|\s){self.infinitive}\s*$", re.I)

    @cached_property
    def adverb_word(self) -> str:
        """A word in the adverb suffix that is not one of the nouns and names of ly_nouns.txt
        ('The family said': family is no adverb)."""
        nouns = self._words("ly_nouns.txt")
        return (rf"(?!(?i:{_alt(nouns)})\b)" if nouns else "") + self.adverb_suffix

    @cached_property
    def adverb_re(self) -> re.Pattern:
        alt = "|".join([*map(re.escape, self._words("adverbials.txt")), self.adverb_word])
        return re.compile(rf"(?:\s+|^)(?:{alt})$")

    @cached_property
    def adverb_screen(self) -> WordScreen | None:
        """Proves that no match of adverb_re ends a segment: it ends in an adverbial or in the
        adverb suffix's letters ('ly' of '[a-z]+ly'); None when the suffix is another pattern."""
        suffix = re.fullmatch(r"\[a-z\]\+([a-z]+)", self.adverb_suffix)
        return WordScreen([*self._words("adverbials.txt"), suffix.group(1)]) if suffix else None

    @cached_property
    def participle_re(self) -> re.Pattern:
        return re.compile(rf"{self.participle}\b")

    @cached_property
    def participle_tail_re(self) -> re.Pattern:
        # not a preposition in -ing ('…, including …', prepositions.txt): the content goes on
        ing = self._ing_prepositions
        skip = rf"(?!(?i:{_alt(ing)})\b)" if ing else ""
        # also after a dash, not a pronoun in -thing ('… — something he denied')
        return re.compile(rf"(?:,[”\"’»]?\s+|[”\"’»]?\s+(?:[—–]|--)\s+(?![a-z]*thing\b)){skip}(?:{self.participle})\b")

    @cached_property
    def cue_adverbial_re(self) -> re.Pattern | None:
        """One adverbial right after a speech cue, before a bare clause: a time ('Tuesday night',
        'on Monday', 'last week', 'earlier this month') or a setting ('in a statement', 'at a news
        conference with CNN'), from time_words.txt and statement_settings.txt."""
        times: dict[str, list[str]] = {}
        for line in self.lines("time_words.txt"):
            kind, _, word = line.partition("\t")
            times.setdefault(kind.strip(), []).append(word.strip())
        settings = self._words("statement_settings.txt")
        if not times.get("WEEKDAY") or not settings:
            return None
        day, part = _alt(times["WEEKDAY"]), _alt(times.get("PART", ["night"]))
        period = _alt(times.get("PERIOD", ["week"]))
        name = r"[A-Z][\w.’'\-]*(?:[ \t]+[A-Z][\w.’'\-]*){0,3}"
        return re.compile(
            rf"[ \t]*,?[ \t]*(?:(?:on[ \t]+|last[ \t]+|this[ \t]+|late[ \t]+|early[ \t]+)?(?:{day})(?:[ \t]+(?:{part}))?"
            rf"|(?:last|this|earlier[ \t]+this|later[ \t]+that)[ \t]+(?:{period}|{part})"
            rf"|(?:yesterday|today|earlier|later|recently)"
            rf"|(?:in|during|at|on|after|before)[ \t]+(?:a|an|the|his|her|their|its|[A-Z][\w.’'\-]*[’']s)[ \t]+"
            rf"(?:[\w\-]+[ \t]+){{0,2}}?(?:{_alt(settings)})s?(?:[ \t]+(?:with|on|to)[ \t]+"
            rf"(?:(?:the[ \t]+)?{name}|(?:our|the|this|a|an)[ \t]+[a-z][\w\-]*))?)"
            rf"(?=[ \t,.;!?]|$)")

    def after_adverbials(self, text: str, i: int, e: int) -> int:
        """Where a bare clause after a cue ending at ``i`` begins, past up to three adverbials."""
        if self.cue_adverbial_re is None:
            return i
        for _ in range(3):
            m = self.cue_adverbial_re.match(text, i, e)
            if m is None:
                break
            i = m.end()
        return i

    @cached_property
    def writer_comments(self) -> list[tuple[str, str]]:
        """(words, tag) of writer_comments.txt: what opens the writer's own comment."""
        return [(w.split("\t")[0].strip(), w.split("\t")[-1].strip() if "\t" in w else "")
                for w in self._words("writer_comments.txt")]

    @cached_property
    def writer_comment_re(self) -> re.Pattern | None:
        """What ends reported content when no comma follows it: an apposition or clause the writer
        adds ('…, an acknowledgment that …', '… — a play on words', '…, while trying to …')."""
        words = [w for w, _ in self.writer_comments]
        return re.compile(rf"[”\"’»]?(?:,|\s+[—–]|\s+--)\s+((?i:{_alt(words)}))\s") if words else None

    @cached_property
    def writer_clause_words(self) -> frozenset[str]:
        """The writer's-comment words that open a comment only before a clause of its own."""
        return frozenset(w.lower() for w, tag in self.writer_comments if tag == "clause")

    @cached_property
    def name_run_re(self) -> re.Pattern:
        return re.compile(self._name_run_first + self._name_run_pattern)

    @cached_property
    def _name_run_pattern(self) -> str:
        connect = f"(?:{_alt(self._words('name_particles.txt'))})"
        suffixes = self._words("name_suffixes.txt")     # 'Azamat Tursunbek uulu': after a name
        suffix = rf"(?:(?<=[a-z]{{2}})\s+(?:{_alt(suffixes)})\b(?![’'\-]))?" if suffixes else ""
        # 'State Committee for National Security', 'Center for Strategic and International Studies':
        # "for" joins a body's name only after a word that names a body (org_words.txt)
        body_for = rf"(?:{_alt(self._run_bodies)})\s+for(?=\s+[A-Z])|" if self._run_bodies else ""
        return (rf"(?:{body_for}{_CAP}|(?<=\s){connect}(?=\s))"
                rf"(?:\s+(?:{body_for}{_CAP}|{connect}(?=\s+[A-Z])))*{suffix}")

    @cached_property
    def _run_bodies(self) -> list[str]:
        return [w for w in self._words("org_words.txt") if w[:1].isupper() and " " not in w]

    @cached_property
    def _name_run_first(self) -> str:
        """A look-ahead for what every name run starts with: a capital (of a _CAP word or a body's
        name), d or l (d', l'), or a particle after white space. A position without one fails on
        this one test, not on each of the sixty bodies' names in turn (the pattern is searched for
        at every position before a cue: a third of name_at_end's time went to those tests)."""
        particles = self._words("name_particles.txt")
        after_space = r"(?<=\s)" + ("[" + "".join(sorted({re.escape(w[0]) for w in particles})) + "]"
                                    if particles and all(particles) else "")
        capitals = "".join(sorted({re.escape(w[0]) for w in self._run_bodies}))
        return rf"(?=[{capitals}A-Z\u00C0-\u00DE\u0400-\u042Fdl]|{after_space})"

    @cached_property
    def _run_end_words(self) -> frozenset[str]:
        """The words (as written: name_run_re is case-sensitive) that may end a match of
        name_run_re without a capital: the last words of the name particles and suffixes (name_at_end's screen)."""
        words = [*self._words("name_particles.txt"), *self._words("name_suffixes.txt")]
        return frozenset(w.split()[-1] for w in words if w.split())

    @cached_property
    def coordination_re(self) -> re.Pattern:
        return re.compile(rf"(?:^|\s)(?:{_alt(self._words('conjunctions.txt'))})$")

    @cached_property
    def coordinated_verb_re(self) -> re.Pattern:
        """A conjunction and perhaps an adverb before a second verb of the same subject."""
        return re.compile(rf",?\s+(?:{_alt(self._words('conjunctions.txt'))})\s+(?:(?:"
                          rf"{_alt(self._words('adverbials.txt'))}|{self.adverb_suffix})\s+)?")

    @cached_property
    def coordination_comma_re(self) -> re.Pattern:
        return re.compile(rf",\s+(?:{_alt(self._words('conjunctions.txt'))})\s+(?=[A-Z]|(?i:{self.determiner_alt})\s)")

    @cached_property
    def function_alt(self) -> str:
        """Determiners, prepositions and introductory words: never a modifier of a source noun."""
        return _alt(self._function_words)

    @cached_property
    def _function_words(self) -> list[str]:
        return [w for w in [*self._words("determiners.txt"), *self._words("prepositions.txt"),
                            *self._words("introductory.txt")] if w[-1].isalpha()] or ["the"]

    @cached_property
    def determiner_alt(self) -> str:
        return _alt([w for w in self._words("determiners.txt") if w[-1].isalpha()] or ["the"])

    @cached_property
    def preposition_re(self) -> re.Pattern:
        return re.compile(rf"(?:^|\s)(?:{_alt(self._words('prepositions.txt'))})\s*$", re.I)

    @cached_property
    def object_preposition_re(self) -> re.Pattern:
        return re.compile(rf"\s*(?:{_alt(self._words('object_prepositions.txt'))})\b")

    @cached_property
    def bare_content_verb_re(self) -> re.Pattern:
        return re.compile(rf"^(?:{_alt(self._words('bare_content_verbs.txt'))})$", re.I)

    @cached_property
    def addressee_verb_re(self) -> re.Pattern:
        return re.compile(rf"^(?:{_alt(self._words('addressee_verbs.txt'))})$", re.I)

    @cached_property
    def addressee_alt(self) -> str:
        return _alt(self._words("addressees.txt"))

    @cached_property
    def tail_subject_re(self) -> re.Pattern:
        """What may follow a trailing cue: "to" and the speaker or the addressee."""
        return re.compile(rf"^\s*(?:{self.infinitive}\s+)?(?:[A-Z][\w/\-]*(?:\s+[A-Z][\w/\-]*)*|"
                          rf"{self.addressee_alt}|{self.press})?")

    @cached_property
    def addressee_re(self) -> re.Pattern:
        det = _alt([*self._words("determiners.txt"), *self._words("quantifiers.txt")])
        # a name, with its place ('The Star-Ledger of Newark'), a known addressee or an object pronoun
        return re.compile(rf"\s*(?:(?i:{det})\s+)?(?:[A-Z][\w/\-]*(?:\s+[A-Z][\w/\-]*)*(?:\s+of\s+[A-Z][\w/\-]*(?:\s+[A-Z][\w/\-]*)*)?|{self.addressee_alt}|"
                          rf"{_alt(self._words('object_pronouns.txt'))})\b")

    @cached_property
    def complementiser_re(self) -> re.Pattern:
        return re.compile(rf"\b(?:{self.complementiser_alt})\b")

    @cached_property
    def quoted_as_re(self) -> re.Pattern:
        return re.compile(rf"\b{self.quoted_as}(?:\s+(?:{self.complementiser_alt}))?\b|,\s*$|:\s*")

    @cached_property
    def quantifier_alt(self) -> str:
        return _alt(self._words("quantifiers.txt"))

    @cached_property
    def answer_re(self) -> re.Pattern | None:
        """A one-word answer right after a verb of saying, closed by punctuation or a conjunction
        ('46 percent said yes, compared with …', 'the board said no and …'; not 'said no to …')."""
        words = self._words("answer_words.txt")
        if not words:
            return None
        return re.compile(rf"[ \t]+((?i:{_alt(words)}))(?=[ \t]*(?:[,.;:!?]|$)|[ \t]+(?i:{_alt(self._words('conjunctions.txt'))})\b)")

    @cached_property
    def non_content_re(self) -> re.Pattern:
        return re.compile(rf"{self.infinitive}\s")

    # the patterns the speaker finders use, compiled once (not looked up in re's cache per call)
    def _pronoun_re(self, head: str, tail: str) -> re.Pattern:
        """The pronouns as group 1 between ``head`` and ``tail``, case-insensitive, compiled once."""
        cache = self.__dict__.setdefault("_pronoun_res", {})
        found = cache.get((head, tail))
        if found is None:
            found = cache[head, tail] = re.compile(head + "(" + self.pronoun_trie + ")" + tail, re.I)
        return found

    @cached_property
    def _nominal_end_re(self) -> re.Pattern:
        """A source noun (after a determiner and up to three words) ending the text."""
        nouns, det = self.source_noun_trie, self.determiner_re
        return re.compile(rf"(?:^|\s)({det}(?:[\w\-’']+\s+){{0,3}}?({nouns}))$" if det else
                          rf"(?:^|\s)(({nouns}))$", re.I)

    @cached_property
    def _contact_subjects(self) -> str:
        """The personal pronouns that may open a relative clause without a relative word right
        after an unnamed source ('all the experts I interviewed said', 'officials we spoke to')."""
        return _alt(sorted(w for w, c in self.pronouns.items() if c in _PERSONAL and w.isalpha()) or ["we"])

    @cached_property
    def _unnamed_end_re(self) -> re.Pattern:
        """An unnamed source with a quantifier ending the text: '28 percent of voters'."""
        heads = self.unnamed_trie
        det = rf"(?:{trie_alternation(self._words('quantifiers.txt'), then_space=True)}|[\d.,]*\d%?)"
        return re.compile(rf"(?:^|\s)({det}\s+(?:[\w\-’']+\s+){{0,3}}?(?:{heads})"
                          rf"(?:\s+(?:{self.source_tail_alt})\s+[^,;:]{{1,60}}"
                          rf"|\s+(?:{self._contact_subjects})\s+(?:[a-z]+{self.past_ending}{self._contact_verbs})"
                          rf"(?:\s+(?:with|to))?)?)$", re.I)

    @cached_property
    def _contact_verbs(self) -> str:
        """Irregular past forms of the verb in such a relative clause (contact_verbs.txt: 'analysts
        I spoke with', 'officials we met'), as alternatives after the regular past."""
        words = self._words("contact_verbs.txt")
        return "|" + _alt(words) if words else ""

    @cached_property
    def _bare_plural_end_re(self) -> re.Pattern:
        function = trie_alternation(self._function_words, then_space=True)    # function_alt as a trie
        return re.compile(rf"(?:^\s*|[,;]\s*)((?:(?!(?:{function})\s)[A-Z][\w\-]*\s+){{0,3}}"
                          rf"(?:{self.unnamed_trie})(?:\s+(?:{self.source_tail_alt})"
                          rf"\s+[^,;:]{{1,60}}"
                          rf"|\s+(?:{self._contact_subjects})\s+(?:[a-z]+{self.past_ending}{self._contact_verbs})"
                          rf"(?:\s+(?:with|to))?)?)$", re.I)

    @cached_property
    def _source_noun_start_re(self) -> re.Pattern:
        det = self.determiner_re
        return re.compile(rf"{det}(?:[\w\-’']+\s+){{0,2}}?({self.source_noun_alt})\b(?![’']s\b)" if det else
                          rf"({self.source_noun_alt})\b", re.I)

    @cached_property
    def _complementiser_or_quote_re(self) -> re.Pattern:
        return re.compile(rf"\b(?:{self.complementiser_alt})\b|[“\"«:]")

    # ---- names and noun phrases -------------------------------------------------------------
    @cached_property
    def floating_quantifier_re(self) -> re.Pattern | None:
        """A quantifier after a word (not after a preposition: 'of all'), ending the text before a
        cue (floating_quantifiers.txt)."""
        return self._word_re("floating_quantifiers.txt", r"(?<=[\w.)’'])\s+(?<!\bof\s)(?:{alt})\s*$")

    @cached_property
    def floating_quantifier_screen(self) -> WordScreen:
        """Proves that no floating quantifier ends a segment (floating_quantifier_re, searched for
        at every white space before each cue, needs one there)."""
        return WordScreen(self._words("floating_quantifiers.txt"))

    def strip_adverbs(self, text: str, s: int, e: int) -> int:
        """Move ``e`` left over adverbs and auxiliaries ("also", "later", "has")."""
        while True:
            while e > s and text[e - 1].isspace():
                e -= 1
            screen = self.adverb_screen
            if screen is not None and screen.absent_at_end(text, s, e):
                return e                    # no adverb or auxiliary ends text[s:e]
            m = self.adverb_re.search(text[s:e])
            if not m or m.start() == m.end():
                return e
            e = s + m.start()

    def name_at_end(self, text: str, s: int, e: int, registry=None) -> Mention | None:
        """A capitalised name (person or organisation) ending exactly at ``e``."""
        seg = text[s:e]
        # screen: a run ends with a capitalised word (its capital inside the last token), a name
        # particle or a name suffix; a last token holding none of these ends none ('the governor')
        token = seg.rsplit(None, 1)[-1:]
        if not token or _CAP_LETTER.search(token[0]) is None and token[0] not in self._run_end_words:
            return None
        best = None
        last = len(seg.rstrip())
        # no run holds a character of _NOT_IN_RUN, so no run crosses the last one: the runs after it
        # are those a scan of the whole segment finds there (the run ending at ``last`` among them)
        first = max(map(seg.rfind, _NOT_IN_RUN)) + 1
        for m in self.name_run_re.finditer(seg, first):
            if m.end() == last and m.end() > m.start():
                best = m
        if not best:
            return None
        a, b = s + best.start(), s + best.end()
        words = text[a:b].split()
        # drop leading words that never begin a name (The, In, months) and lowercase connectors
        offs = [a + m.start() for m in _TOKEN.finditer(text[a:b])]
        i = 0
        while i < len(words) and (words[i].rstrip(".") in self.not_names and not (
                    _INITIALS.fullmatch(words[i]) and i + 1 < len(words))   # 'A. Bekova': an initial
                                   or words[i][0].islower() or words[i] in ("and", "of")):
            i += 1
        if i == len(words):
            return None
        words, offs = words[i:], offs[i:]
        mention_start = offs[0]
        # a possessive owner before a person's name: "MSNBC’s Chris Matthews" (the owner is the role)
        owner = None
        k = -1                              # the last word before the last that ends in ’s or 's
        for j in range(len(words) - 2, -1, -1):
            if words[j].endswith(_POSSESSIVE_ENDINGS):    # (_POSSESSIVE_WORD: a word has no newline)
                k = j
                break
        rest = words[k + 1:]
        if k >= 0 and rest[0] not in self.not_names and not (len(rest) == 1 and rest[0] in self.titles) \
                and not any(w.strip(".,") in self.org_words for w in rest):
            owner = " ".join(words[:k + 1])
            owner = _POSSESSIVE_WORD.sub("", owner)
            words, offs = words[k + 1:], offs[k + 1:]
        honorific = None
        # an honorific just before the run ("Mr. Smith") or as its first word
        if words[0] in self.honorifics and len(words) > 1:
            honorific = words[0]
            words, offs = words[1:], offs[1:]
        role = owner
        # a title inside the run: "Kazakh President Kassym-Jomart Tokayev" -> role + name
        for j in range(len(words) - 1, -1, -1):
            two = " ".join(words[max(0, j - 1):j + 1])
            if (words[j] in self.titles or two in self.titles) and j < len(words) - 1:
                k = self._office_domain_end(words, j + 1)   # "Secretary of State John Kerry"
                role = text[offs[0]:offs[k - 1] + len(words[k - 1])]
                words, offs = words[k:], offs[k:]
                break
        if not words:
            return None
        pre = _TITLE_OF_THE.search(text, max(s, offs[0] - 40), offs[0]) if role is None else None
        if pre is None and role is None and len(words) > 2 and self.surname_gender(words[-1]) is not None:
            # 'the expert of the Institute of Economic Research Nurlan Zhakupov' (Russian word order):
            # a person's source noun, the body, then a name whose surname reads as one (-ov, -eva)
            pre = _NOUN_OF_THE.search(text, max(s, offs[0] - 40), offs[0])
            pre = pre if pre is not None and self.source_nouns.get(pre.group(1)) in ("expert", "official", "role") else None
        k = _name_after_place(words, 0) if pre is not None and (pre.group(1) in self.titles or pre.group(1).islower()) else None
        if k is not None:                   # 'Speaker of the Mazhilis Yerlan Koshanov'
            role = text[pre.start(1):offs[k - 1] + len(words[k - 1])]
            words, offs = words[k:], offs[k:]
            mention_start = pre.start(1)
        name_start = run_start = offs[0]
        org_words = self.org_words
        last_org = -1
        for j in range(len(words) - 1, -1, -1):
            if words[j].strip(".,") in org_words:
                last_org = j
                break
        is_org = last_org >= 0 or (len(words) == 1 and _ACRONYM.match(words[0]) is not None)
        if is_org and 0 <= last_org < len(words) - 2 <= last_org + 2 and \
                all(w[0].isupper() and w not in ("of", "and") for w in words[last_org + 1:]):
            # 'the head of the Foreign Ministry Yerlan Dzhumabaev': the body, then a person's full name
            role = role or text[offs[0]:offs[last_org] + len(words[last_org])]
            words, offs = words[last_org + 1:], offs[last_org + 1:]
            name_start = run_start = offs[0]
            is_org = False
        if not is_org:
            # a person's name does not contain "of"/"and"; keep what follows the last one
            k = -1
            for j in range(len(words) - 1, -1, -1):
                if words[j] == "of" or words[j] == "and":
                    k = j
                    break
            if k >= 0:
                words, offs = words[k + 1:], offs[k + 1:]
                if not words:
                    return None
                name_start = offs[0]
                mention_start = max(mention_start, name_start)
        name_end = offs[-1] + len(words[-1])
        if text[name_end - 1] == "." and not _INITIALS.fullmatch(words[-1]) \
                and words[-1] not in self.abbreviations:
            name_end -= 1                   # the sentence's full stop, not part of the name
        name = " ".join(text[name_start:name_end].split())     # 'Nargis⏎Kassenova' in wrapped text
        if not is_org and (name in self.not_names or len(name) < 2):
            return None
        if _POSSESSOR_OR_CONTRACTION.search(name):   # "Ortiz's", "It's", "Don't", "You'd": no speaker
            return None
        person = self._affiliated_person(text, s, mention_start, run_start, name_end)
        if person is not None:
            return person
        return Mention(text[mention_start:name_end], mention_start, name_end,
                       "org" if is_org else "name", name=name, role=role, honorific=honorific,
                       lang=self.code)

    def first_named(self, text: str, s: int, found: Mention | None) -> Mention | None:
        """Of people or bodies named together as one subject ('Tom Diaz and Lena Ortiz said', 'Diaz,
        Ortiz and Reyes argued', 'Kazakh President X and Uzbek President Y said'), the first named,
        with its own mention, so that a joint statement is found under the first (as in Chinese);
        ``found`` is the name ending the subject, ``s`` bounds the search. The last name follows
        'and'; past a comma the list must open the text (or follow 'But', 'Both') or a clause ('…,
        Diaz, Ortiz and Reyes said'); a place ('In Novi, Diaz and Ortiz said': Diaz) is none of it,
        nor a name after a preposition or a verb; a longer list whose start is not found gives
        ``found`` back."""
        if found is None or found.kind not in ("name", "org") or not found.name:
            return found
        p = text.rfind(found.name.split()[0], found.start, found.end)   # the name after its title
        first = found
        for i in range(12):                     # (a list of a dozen names at most)
            m = _JOINT_BEFORE.search(text, max(s, p - 120), p)
            if m is None or m.group(2) and (i or not self._ends_in_title(m.group(2))):
                break
            comma = "and" not in m.group(1)
            if comma and not i:
                break                           # the last name follows 'and' ('In Novi, Michigan, Trump said')
            prev = self.name_at_end(text, s, m.start())
            if prev is None or prev.kind not in ("name", "org") or prev.end != m.start() \
                    or not prev.honorific and self._ends_in_title(prev.name):   # ('Fox News Vice President and …')
                break
            before = text[s:prev.start].rstrip()
            word = before.rsplit(None, 1)[-1] if before else ""
            if "," in m.group(1) and before and word.lower() not in self.clause_openers \
                    and word.lower() not in self.quantifier_words:
                if not comma or not before.endswith(","):
                    break                       # ('… in Louisville, and Nicklaus said'; 'In Novi, Michigan, …')
                if self.name_at_end(text, s, s + len(before) - 1) is not None:
                    return found                # a longer list, not the subject's ('Celebrities Amy Lee, Ana
                first = prev                    # Diaz and Ed Ortiz went on'); after a clause: '…, Diaz, Ortiz
                break                           # and Reyes said'
            if self.preposition_re.search(before) or word and self.verb_like(word.strip(",")):
                break                           # an object ('results in Iowa and New Hampshire show')
            first, p = prev, prev.start
        return first

    def _ends_in_title(self, words: str) -> bool:
        w = words.split()
        return bool(w) and (w[-1] in self.titles or " ".join(w[-2:]) in self.titles)

    def _affiliated_person(self, text: str, s: int, mention_start: int, name_start: int,
                           name_end: int) -> Mention | None:
        """A person named with the place or body they belong to, 'of' between them ('Temur
        Umarov of the Carnegie Endowment', 'Lena Ortiz of Stanford University', 'Jeb Bush of
        Florida'): the person (its mention without the rest), the rest as the role. The part
        before 'of' must read as a person's name of two words or more (or with a title or
        honorific), not as a body ('Bank of America', 'University of Virginia')."""
        m = _AFFILIATION_BEFORE.search(text, max(s, mention_start - 120), mention_start)
        if m is not None and m.end() == mention_start:
            of = m.start()                           # '… Umarov of the Carnegie Endowment'
        else:
            k = text.find(" of ", name_start, name_end)
            if k < 0:
                return None
            of = k                                   # '… Ortiz of Stanford University'
        person = self.name_at_end(text, s, of)
        if person is None or person.kind != "name" or person.end != of or not (
                len(person.name.split()) >= 2 or person.role or person.honorific):
            return None
        role = text[of:name_end].strip()[3:].strip()
        person.role = person.role or (role[4:] if role.startswith("the ") else role)
        return person

    def _office_domain_end(self, words: list[str], i: int) -> int:
        """Where the name begins after a title ending before ``words[i]``: after "of" and an office
        domain (office_domains.txt) when one follows and leaves a name, else at ``i``."""
        if i < len(words) and words[i] == "of":
            for dom in self.office_domains:
                n = len(dom)
                if words[i + 1:i + 1 + n] == dom and i + 1 + n < len(words):
                    return i + 1 + n
            # 'Akim of Almaty Yerbolat Dossayev', 'Speaker of the Mazhilis Yerlan Koshanov': a place or
            # body of capitalised words, then a full name (its last two words, three with a patronymic)
            k = _name_after_place(words, i + 1 + (i + 1 < len(words) and words[i + 1] == "the"))
            if k is not None:
                return k
        return i

    @cached_property
    def office_domains(self) -> list[list[str]]:
        return sorted((w.split() for w in self._words("office_domains.txt")), key=len, reverse=True)

    def _residence_start(self, text: str, s: int, e: int) -> int | None:
        """Where a name's residence or age begins, when ``text[s:e]`` ends with one set off by
        commas ("Donna Rawlings, 59, of Ashton, Md.", "John Wilson, of Springfield, Va.,"): the
        offset of the comma before it, or None."""
        end, found = e, None
        while True:
            while end > s and (text[end - 1].isspace() or text[end - 1] == ","):
                end -= 1
            k = text.rfind(",", s, end)
            if k <= s:
                return found
            piece = text[k + 1:end].strip()
            if not (piece in self.place_abbreviations or _AGE.fullmatch(piece) or _RESIDENCE.fullmatch(piece)):
                return found
            found = end = k

    def subject_before(self, text: str, s: int, e: int, clause_start: int,
                       registry=None) -> Mention | None:
        """The speaker written just before a cue at ``e`` (``s`` bounds the search)."""
        e = self.strip_adverbs(text, s, e)
        if e <= s:
            return None
        # a quantifier floated after its subject: "Ortiz and Reyes have both argued" -> Ortiz and Reyes
        q = self.floating_quantifier_re.search(text, s, e) if self.floating_quantifier_re and \
            not self.floating_quantifier_screen.absent_at_end(text, s, e, space=True) else None
        if q is not None and self.strip_adverbs(text, s, q.start()) > s:
            found = self.subject_before(text, s, q.start(), clause_start, registry)
            if found is not None:
                return found
        seg = text[s:e]
        # a residence or an age after the name: "Johnnie Wilson, of Springfield, Va., said"
        k = self._residence_start(text, s, e) if self.place_abbreviations else None
        if k is not None:
            found = self.subject_before(text, s, k, clause_start, registry)
            if found is not None and found.kind == "name":
                found.role = found.role or text[k + 1:e].strip(" ,")
                return found
        # a party tag after the name: "Sen. Lena Ortiz (D-Ore.) said" — in the mention, not the name
        m = _party_tag(seg)
        if m:
            found = self.subject_before(text, s, s + m.start(), clause_start, registry)
            if found and found.kind in ("name", "org") and not text[found.end:s + m.start()].strip():
                found.end, found.text = e, text[found.start:e]
            return found
        # a citation's co-authors after the name: "Bekova et al. (2021) show" — in the mention
        m = _ET_AL.search(seg)
        if m:
            found = self.subject_before(text, s, s + m.start(), clause_start, registry)
            if found and found.kind == "name" and not text[found.end:s + m.start()].strip():
                found.end, found.text = e, text[found.start:e]
            return found
        # coordination: "X presented ... and acknowledged" -> the clause's subject
        if not self.conjunction_screen.absent_at_end(seg) and self.coordination_re.search(seg):
            k = text.rfind(",", clause_start, e)
            near = self.subject_at_start(text, k + 1, e) if k > clause_start else None
            if near is not None and near.kind in ("pronoun", "name") and not text[k + 1:near.start].strip() \
                    and not _LIST_GOES_ON.match(text, near.end, e):   # ('in Laredo, Texas and …', 'Peru, Chile and …')
                return near                  # 'When Reyes was asked …, he laughed and said': the last clause's
            return self.subject_at_start(text, clause_start, e)
        # pronoun
        m = None if self.pronoun_screen.absent_at_end(seg) else self._pronoun_re(r"(?:^|[\s,(])", "$").search(seg)
        cls = self.pronouns.get(m.group(1).lower()) if m and self.pronouns else None
        if cls is not None:              # ('İ' matches the pattern's 'i' but lowers to two characters)
            return Mention(m.group(1), s + m.start(1), e, "pronoun", cls=cls, lang=self.code)
        # unnamed source with a determiner, perhaps with a prepositional tail
        un = self._unnamed_before(text, s, e)
        if un:
            return un
        # a relative clause between subject and cue: "A county official who spoke anonymously said"
        m = self.relative_re.search(seg) if self.relative_re and not self.relative_screen.absent(seg) else None
        if m and m.start() > 0:
            b = self.last_clause_word(text, s + m.start(), e)
            inner = self._unnamed_before(text, b.end(), e) if b else None
            if inner:                                  # "Ortiz, who has less credit than aides say"
                return inner
            found = self.subject_before(text, s, s + m.start(), clause_start, registry)
            if found and found.kind != "pronoun":
                return found
        # a relative clause set off by commas, with commas of its own, before the cue: "Lena Ortiz,
        # who lost her son in Brandon, Vermont, in 2012, said" — the name before it, not the place in it
        rel = self.relative_comma_re.search(seg) if seg.endswith(",") and self.relative_comma_re else None
        if rel is not None and rel.start() > 0 and "," in seg[rel.end():-1] and not _QUOTE_MARK.search(seg, rel.end()):
            found = self.subject_before(text, s, s + rel.start(), clause_start, registry)
            opening = self.subject_at_start(text, s, s + rel.start()) if found is not None else None
            if found is not None and found.kind in ("name", "org", "nominal") and opening is not None \
                    and opening.start == found.start:
                return found
        # apposition: "Name, a lecturer at X, said"
        if seg.endswith(","):
            k = text.rfind(",", s, e - 1)
            if k > s and self.strip_adverbs(text, k + 1, e - 1) == k + 1:
                # "The two lawmakers, however, argue": a parenthetical adverb
                return self.subject_before(text, s, k, clause_start, registry)
            agent = self.agent_phrase_re.match(text, k + 1, e - 1) if k > s and self.agent_phrase_re else None
            if agent is not None and self.verb_like(agent.group(1)) and agent.end() < e - 1:
                # 'The aides, led by campaign manager Lena Diaz, told …': the subject before the phrase
                found = self.subject_before(text, s, k, clause_start, registry)
                if found is not None:
                    return found
            if k > s and self.party_tag_re is not None and self.party_tag_re.fullmatch(text[k + 1:e - 1].strip()):
                # "Rep. Jason Chaffetz, R-Utah, said": the tag is the role, not a name
                found = self.subject_before(text, s, k, clause_start, registry)
                if found is not None and found.kind == "name":
                    found.role = found.role or text[k + 1:e - 1].strip()
                return found
            if k > s:
                # "Ortiz's campaign manager, Lena Diaz, said": the name is the apposition
                named = self.name_at_end(text, k + 1, e - 1)
                if (named is None or text[k + 1:named.start].strip()) and _OF_PLACE_TAIL.search(text, k + 1, e - 1):
                    # "One pastor backing Diaz, Tom Reyes of Grace Church in Marion, said": the name
                    # opening the apposition, its tail a role
                    named = self.speaker_after(text, k + 1, e - 1)
                    if named is not None and (named.kind != "name" or " " not in named.name
                                              or not _OF_PLACE_TAIL.match(text, named.end, e - 1)):
                        named = None
                if named and not text[k + 1:named.start].strip() and named.kind == "name" and \
                        text[s:k].strip() and text[k - 1].isalpha():
                    named.role = named.role or _after_last_quote(text, s, k)
                    return named
                inner = self.strip_adverbs(text, s, k)
                home = self._residence_start(text, s, inner) if self.place_abbreviations else None
                named = self.name_at_end(text, s, inner)
                if named is not None and self.preposition_re.search(text[s:named.start]):
                    # 'Two senior officials in Bishkek, speaking …, said'; 'Scott Pruitt, the
                    # attorney general of Oklahoma, one of …, said': the name opening the clause
                    opening = self.subject_at_start(text, s, inner) if "," in text[s:named.start] else None
                    named = opening if opening is not None and opening.kind == "name" else None
                head = home is not None and self.name_at_end(text, s, home) or \
                    named or self._nominal_before(text, s, inner) or \
                    self._unnamed_before(text, s, inner) or (
                        _PARTY_TAG.search(text, s, inner) and self.subject_before(text, s, inner, clause_start))
                if head:
                    head.role = head.role or text[k + 1:e - 1].strip()
                    return head
            elif len(seg.split()) <= 8:
                # '“…,” the director of the agency, told Congress': the phrase is the subject
                head = self.subject_before(text, s, e - 1, clause_start, registry)
                if head and not text[s:head.start].strip():
                    return head
            return None
        nom = self._nominal_before(text, s, e)
        name = self.name_at_end(text, s, e)
        prep = name and self.preposition_re.search(text[s:name.start])
        if prep:
            # "Sadykova in Almaty said": the subject stands before the prepositional phrase;
            # "Others in Russia have called": no subject at all
            found = self.subject_before(text, s, s + prep.start(), clause_start, registry)
            if found is not None and found.kind == "nominal" and found.end == s + prep.start() \
                    and text[s + prep.start():name.start].split() == ["of"]:
                found.end, found.text = name.end, text[found.start:name.end]   # 'the president of Kyrgyzstan'
            elif found is not None and found.kind == "unnamed" and found.end == s + prep.start() and name.end == e \
                    and found.text.lower() in self.quantifier_words and text[s + prep.start():name.start].split() == ["in"]:
                found.end = name.end                   # 'Many in Bishkek fear …': a share of a place's people
                found.text = found.name = text[found.start:name.end]
            elif found is not None and found.kind in ("nominal", "unnamed") and found.end == s + prep.start() \
                    and name.end == e and text[s + prep.start():name.start].split() == ["by"]:
                author = self._document_author(text, found.start, e)
                if author is not None and author.start == name.start:
                    return author                      # 'A recent Carnegie paper by Temur Umarov argues'
            return found
        if name and (not nom or name.start >= nom.start):
            name = self.first_named(text, s, name)   # 'Tom Diaz and Lena Ortiz said': Tom Diaz
            if self.title_before_name and not name.role:
                name.role = self._title_before(text, s, name.start)
            return name
        clause = None
        if nom is None and self.adverbial_tail_re is not None:
            # "Ortiz on Tuesday said", "Ortiz last week said": a short adverbial after the subject
            m = self.adverbial_tail(seg)
            if m and m.start() > 0:
                found = self.subject_before(text, s, s + m.start(), clause_start, registry)
                if found is not None and found.kind == "unnamed" and self._ends_in_saying(found.text):
                    # 'Ortiz said as the heckler yelled': a clause before a subordinate clause, whose
                    # subject speaks; 'Ortiz joked about it, declined to …': the first verb's subject
                    verb = found.text.rstrip().rsplit(None, 1)[-1]
                    if self.subordinator_re is None or not self.subordinator_re.match(text, s + m.start(), e):
                        return self.name_at_end(text, found.start, found.end - len(verb))
                    clause = found.end
                    found = None
                tail = m.group().split()
                if found is not None and found.kind == "nominal" and found.end == s + m.start() and tail[0] == "of" \
                        and not any(self.preposition_re.fullmatch(w) or self.verb_like(w) for w in tail[1:]):
                    found.end, found.text = e, text[found.start:e]   # 'the head of the region'
                if found:
                    return found
        phrase = nom or self._coordinated_nominal(text, s, e) or self._noun_phrase_before(text, s, e)
        return None if phrase is not None and clause is not None and phrase.start < clause else phrase

    def _ends_in_saying(self, phrase: str) -> bool:
        """'Ortiz said', 'Tom Weller replied': a capitalised word and a verb of saying in the past
        (a speech cue of cues.tsv, no present 's' form: 'FEC reports' is a noun phrase)."""
        words = phrase.split()
        return len(words) > 1 and words[-2][:1].isupper() and not words[-1].endswith("s") \
            and self.cues.get(words[-1].lower()) == "speech"

    @cached_property
    def _coordinated_nominal_re(self) -> re.Pattern | None:
        """Two source nouns joined by "and" after one determiner, ending the text ('the Ohio senator
        and Republican presidential candidate')."""
        nouns, det = self.source_noun_trie, self.determiner_re
        if not det:
            return None
        return re.compile(rf"(?:^|\s)({det}(?:[\w\-’']+\s+){{0,3}}?({nouns})\s+and\s+"
                          rf"(?:[\w\-’']+\s+){{0,3}}?(?:{nouns}))$", re.I)

    def _coordinated_nominal(self, text: str, s: int, e: int) -> Mention | None:
        """'“…,” the Ohio senator and Republican presidential candidate said': one person with two
        roles, a nominal for the first noun."""
        r = self._coordinated_nominal_re
        m = r.search(text, max(s, e - 160), e) if r is not None and " and " in text[max(s, e - 160):e] else None
        if m is None:
            return None
        noun = m.group(2).lower()
        return Mention(m.group(1), m.start(1), e, "nominal", cls=self.source_nouns[noun], noun=noun, lang=self.code)

    @cached_property
    def clause_openers(self) -> frozenset[str]:
        """Conjunctions and subordinators that may open a sentence before its subject, which then
        need not be capitalised when it is a plural ('But private traders say', 'When local
        farmers say')."""
        return frozenset(w.lower() for w in [*self._words("conjunctions.txt"), *self._words("subordinators.txt")])

    @cached_property
    def lead_function_words(self) -> frozenset[str]:
        """Function, introductory and preposition words: no subject begins with one ('But during
        the vote', 'But in describing')."""
        return frozenset(w.lower() for w in [*self._words("function_words.txt"), *self._words("prepositions.txt"),
                                             *self._words("introductory.txt")])

    def _noun_phrase_before(self, text: str, s: int, e: int) -> Mention | None:
        """Any short noun phrase opening its clause right before the cue ('Most Republicans say',
        'German police reported', '47% say'): an unnamed source with the phrase as its mention."""
        if self.clause_word_re is None:
            return None
        seg = text[s:e]
        m = self.last_clause_word(seg)
        a = s + m.end() if m else s
        while a < e and text[a].isspace():
            a += 1
        c = self.conjunction_start_re.match(text, a, e)
        a = c.end() if c else a                          # ', and the county said'
        words = text[a:e].split()
        if not words or len(words) > 6 or words[-1][-1] in "’')" \
                or words[0] in self.not_names and words[0].lower() not in self.np_openers \
                or re.search(rf"^{self.adverb_word}$", words[-1]):
            return None
        if not m and s > 0 and _last_visible(text, s).isalnum():
            return None                                  # the clause goes on before the search window
        first = words[0].lower()
        lead = (text[c.start():c.end()] if c else m.group() if m else "").split()
        opened = len(lead) == 1 and lead[0][0].isupper() and not text[s:a].split()[:-1] \
            and lead[0].lower() in self.clause_openers   # 'But private traders say', 'When local …'
        if not (words[0][0].isupper() or words[0][0].isdigit() or first in self.np_openers) and not (
                opened and words[-1].endswith("s") and first not in self.lead_function_words):
            return None                                  # 'with one accusing', 'to align reveals'
        if not _LOWER_ENDING_WORD.fullmatch(words[-1]):
            return None
        return Mention(text[a:e], a, e, "unnamed", name=text[a:e], lang=self.code)

    def _title_before(self, text: str, s: int, a: int) -> str | None:
        """A source noun right before a name ("le ministre Daniyar Seitkali"): the name's role."""
        e = a
        while e > s and text[e - 1] in " \t":
            e -= 1
        nom = self._nominal_before(text, s, e) if e < a else None
        return text[e - len(nom.noun):e] if nom and nom.noun and nom.end == e else None

    def subject_at_start(self, text: str, s: int, e: int, registry=None) -> Mention | None:
        """The first noun phrase of a clause (for "X ..., and said")."""
        m = _LEADING_SPACE.match(text[s:e])
        a = s + m.end()
        d = _DATELINE.match(text, a, e)                   # "ORLANDO, Fla. (Reuters) - Obama met …"
        a = d.end() if d else a
        age = _AGE_BEFORE.match(text, a, e)             # "62-year-old Brenda Ortiz railed …"
        a = age.end() if age else a
        stop = _CLAUSE_STOP.search(text[a:e])
        b = a + stop.start() if stop else e
        if stop and (self.introductory_re and self.introductory_re.match(text, a, b)
                     or self.opening_modifier(text, a, b)):
            state = _STATE_AFTER_PLACE.match(text, b, e) if text[b] == "," and text[b - 1:b].isalpha() \
                and text[text.rfind(" ", a, b) + 1:b][:1].isupper() else None
            # "In Washington, Ortiz …"; "In Ames, Iowa, on Sunday, Ortiz …": the state goes with the town
            return self.subject_at_start(text, state.end() if state else b + 1, e, registry)
        p = self._personal_pronoun(self._pronoun_re("", r"\s"), text, a, b)
        if p is None and (w := _FIRST_WORD.match(text, a, b)) is not None and w.group(1).lower() in self.sentence_adverbs:
            p = self._personal_pronoun(self._pronoun_re("", r"\s"), text, w.end(), b)   # 'Then he turned to …'
        if p is not None:
            return p                                     # "Eight years ago, he backed X and said …"
        if stop and stop.group() == ",":              # "Another critic, Laurence H. Tribe, likened …"
            named = self._apposed_name(text, a, b, e)
            if named is not None:
                return named
        # the noun phrase that opens the clause: "The county's spokeswoman announced …"
        window = text[a:min(b, a + 80)]
        tokens = list(_TOKEN.finditer(window))
        # (what _nominal_before's screen tests at each word, on the window lowered once: a source
        # noun must end the text up to the word, a token, which ends in no white space)
        screen = self.source_noun_screen if self.source_nouns else None
        low = screen.lowered(window) if screen is not None else None
        for i, w in enumerate(tokens):
            if low is not None and not screen.may_end(low, w.end()):
                continue
            cand = self._nominal_before(text, a, a + w.end())
            if cand and cand.start - a <= 4:
                for w2 in tokens[i + 1:i + 4]:          # 'The head of government', not 'The head'
                    longer = self._nominal_before(text, a, a + w2.end())
                    if longer is not None and longer.start == cand.start and cand.noun and \
                            (longer.noun or "").startswith(cand.noun + " "):
                        cand = longer
                return cand
        runs = self.name_run_re.finditer(text, a, b)
        mm = next(runs, None)
        found = self.name_at_end(text, a, mm.end()) if mm else None
        if found is None or found.start - a > 4:
            return None
        if found.kind == "name" and " " in found.name and found.name.split()[0] in self.name_lead_words:
            # 'Former Obama spokesman Robert Gibbs', 'Former US secretary of state Madeleine Albright'
            named = self._name_after_role_words(text, found.start, found.end, b)
            if named is not None:
                return named
        if found.kind != "name" or " " in found.name or _named_elsewhere(text, found):
            return found
        # a lone word the text never uses as a name elsewhere: 'Democratic presidential nominee
        # Hillary Clinton' (a modifier, a source noun, the name) …
        named = self._name_after_role_words(text, found.start, found.end, b)
        if named is not None:
            return named
        # … or opening its sentence before a comma or "of", or as a participle or adverb
        # ('Enraged, the woman …', 'Two of the officers …', 'Bemoaning the …'): no name
        if (_LONE_OPENER_TAIL.match(text, found.end) or self.opening_modifier_re.fullmatch(found.text)
                and self.opening_modifier(text, found.start, b)) \
                and _sentence_initial(text, found.start):
            return Mention(found.text, found.start, found.end, "unnamed", name=found.text, lang=self.code)
        return found

    def _apposed_name(self, text: str, a: int, b: int, e: int) -> Mention | None:
        """A full name set off by commas after a short common-noun phrase opening the clause
        ("Another critic, Laurence H. Tribe, likened …"): the name, with the phrase as its role."""
        words = text[a:b].split()
        c = text.find(",", b + 1, min(e, b + 60))
        if not 1 < len(words) <= 5 or c < 0 or not any(w[0].islower() for w in words[1:]):
            return None
        named = self.name_at_end(text, b + 1, c)
        if named is None or named.kind != "name" or " " not in named.name or text[b + 1:named.start].strip():
            return None
        named.role = named.role or text[a:b].strip()
        return named

    @cached_property
    def source_noun_screen(self) -> WordScreen:
        """Proves that ``text[s:e]`` does not end with a source noun, so no nominal speaker ends it."""
        return WordScreen(self.source_nouns)

    @cached_property
    def conjunction_screen(self) -> WordScreen:
        """Proves that no conjunction ends a segment (coordination_re)."""
        return WordScreen(self._words("conjunctions.txt"))

    @cached_property
    def pronoun_screen(self) -> WordScreen:
        """Proves that no pronoun ends a segment (the pronoun before a cue)."""
        return WordScreen(self.pronouns)

    @cached_property
    def passive_screen(self) -> WordScreen:
        """Proves that no passive auxiliary ends a segment, white space aside (passive_re)."""
        return WordScreen(self._words("passive_auxiliaries.txt"))

    @cached_property
    def infinitive_screen(self) -> WordScreen | None:
        """Proves that the infinitive marker does not end a segment, white space aside
        (infinitive_re); None when the marker is a pattern rather than a word."""
        return WordScreen([self.infinitive]) if re.fullmatch(r"\w+", self.infinitive) else None

    @cached_property
    def relative_screen(self) -> WordScreen:
        """Proves that a segment holds no relative pronoun (relative_re)."""
        return WordScreen(w for w, c in self.pronouns.items() if c == "relative")

    @cached_property
    def unnamed_screen(self) -> WordScreen:
        """Proves that ``text[s:e]`` holds no unnamed-source head, so no unnamed source ends it."""
        return WordScreen(self.unnamed)

    @cached_property
    def _head_before_tail_re(self) -> re.Pattern | None:
        """A source noun or unnamed-source head with a determiner, then a preposition, ending the
        text: what a nominal after it belongs to ('an aide to | the mayor', 'a member of | the
        council')."""
        openers = [*self._words("determiners.txt"), *self._words("quantifiers.txt")]
        if not openers or not self.source_nouns:
            return None
        heads = "|".join(sorted({*map(re.escape, self.source_nouns), self.unnamed_alt}, key=len, reverse=True))
        return re.compile(rf"(?:^|\s)((?:{_alt(openers)})\s+(?:[\w\-’']+\s+){{0,2}}?({heads})\s+"
                          rf"(?:{self.source_tail_alt}|to)\s+)$", re.I)

    def _nominal_before(self, text: str, s: int, e: int) -> Mention | None:
        if not self.source_nouns or self.source_noun_screen.absent_at_end(text, s, e):
            return None                     # both patterns below end with a source noun
        seg = text[s:e]
        m = self._nominal_end_re.search(seg)
        if m:
            head = self._head_before_tail_re.search(seg, 0, m.start(1)) if self._head_before_tail_re else None
            if head is not None and head.end() == m.start(1):
                # 'an aide to the mayor said', 'a lawyer for the family said': the head speaks
                noun = head.group(2).lower()
                cls = self.source_nouns.get(noun)
                return Mention(text[s + head.start(1):e], s + head.start(1), e, "nominal" if cls else "unnamed",
                               cls=cls, noun=noun if cls else None, name=None if cls else text[s + head.start(1):e],
                               lang=self.code)
            noun = m.group(2).lower()
            return Mention(m.group(1), s + m.start(1), e, "nominal", cls=self.source_nouns[noun],
                           noun=noun, lang=self.code)
        m = _POSSESSIVE.search(seg)
        if m:
            last = m.group(2).split()[-1].lower()
            tail = m.group(2).lower()
            noun = tail if tail in self.source_nouns else last
            if noun in self.source_nouns:
                return Mention(m.group(0), s + m.start(), e, "nominal", cls=self.source_nouns[noun],
                               noun=noun, modifier=m.group(1), lang=self.code)
        return None

    @cached_property
    def _share_end_re(self) -> re.Pattern | None:
        """A share of a group ending the text ('Nearly half', '47 percent of Democrats', 'Six in 10
        Virginia voters'): the share (shares.txt, after an approximation of approximators.txt),
        alone, with words ending in an unnamed-source head ('of those polled', 'Virginia voters') or
        with a prepositional phrase ('in all five states'), opening its clause (not the object in
        'rated 32% of claims')."""
        shares = self._words("shares.txt")
        if not shares:
            return None
        num = rf"(?:\d[\d.,]*|{_alt(self._words('numbers.txt'))})"
        share = "|".join(f"(?:{line.replace('{num}', num)})" for line in shares)
        approx = trie_alternation(self._words("approximators.txt"), then_space=True)
        word = r"\s+[\w\-’']+"
        noun = rf"\s+(?![\w\-’']*(?:ed|{self.participle_ending})\b)[\w\-’']+"   # no verb in the tail
        opener = trie_alternation([*self._words("conjunctions.txt"), *self._words("complementisers.txt"),
                                   *self._words("subordinators.txt")], then_space=True)
        return re.compile(rf"(?:^\s*|[,;:]\s*|\b(?i:{opener})\s+)((?:(?:{approx})\s+)?(?:{share})"
                          rf"(?:(?:\s+of)?(?:{word}){{0,4}}\s+(?:{self.unnamed_trie}|them|those(?:\s+\w+ed)?)|"
                          rf"\s+(?:of|in|among)(?:{noun}){{1,5}})?)$", re.I)

    @cached_property
    def _approximate_number_re(self) -> re.Pattern:
        """An approximation and a number opening a clause ('said about 40 percent of …', 'said
        nearly two dozen …'): a subject, where 'about' would otherwise open an object."""
        num = rf"(?:\d|(?i:{_alt(self._words('numbers.txt'))})\b)"
        return re.compile(rf"\s*(?i:{trie_alternation(self._words('approximators.txt'), then_space=True)})\s+{num}")

    @cached_property
    def share_screen(self) -> WordScreen | None:
        """Proves that a text without a digit holds no share: every line of shares.txt needs one of
        its required words (:func:`required_words`, with ``{num}`` as a number word: without a
        digit ``\\d`` cannot match), e.g. a number word, 'half' or 'majority' (not 'the', 'per',
        which occur in most clauses). None when a line has no such words (no screen)."""
        num = f"(?:{_alt(self._words('numbers.txt'))})"
        words = set()
        for line in self._words("shares.txt"):
            need = required_words(line.replace("{num}", num), re.I)
            if need is None:
                return None
            words |= need
        return WordScreen(words)

    def _share_before(self, text: str, s: int, e: int) -> Mention | None:
        """A share of a group right before the cue: the unnamed source of a poll's finding."""
        if self._share_end_re is None or not _DIGIT.search(text, s, e) and self.share_screen is not None \
                and self.share_screen.absent(text, s, e):
            return None
        lo = max(s, e - _SHARE_REACH)                  # a share phrase is short: read the end only
        m = self._share_end_re.search(text[lo:e])
        if m is None or lo > s and m.start(1) == 0:
            return None                                # (cut there, '^' is no clause start)
        return Mention(m.group(1), lo + m.start(1), e, "unnamed", name=m.group(1), lang=self.code)

    def _unnamed_before(self, text: str, s: int, e: int) -> Mention | None:
        share = self._share_before(text, s, e)
        if share is not None:
            return share
        if not self.unnamed or self.unnamed_screen.absent(text, s, e):
            return None                     # both patterns below need an unnamed-source head
        # both end at the cue and are short: read the end only, and where the window cuts the
        # text, its start is no clause start ('^' may not match there)
        lo = max(s, e - _UNNAMED_REACH)
        seg = text[lo:e]
        m = self._unnamed_end_re.search(seg)
        if m is not None and lo > s and m.start() == 0 and not text[lo - 1].isspace():
            m = None
        if not m:
            # a bare plural opening a clause: "Experts say …", "…, officials said."
            m = self._bare_plural_end_re.search(seg)
            if m is not None and lo > s and m.start() == 0:
                m = None
            if not m:
                return None
        return Mention(m.group(1), lo + m.start(1), e, "unnamed", name=m.group(1), lang=self.code)

    def speaker_after(self, text: str, s: int, e: int, with_role: bool = True) -> Mention | None:
        """The speaker right after an inverted cue: '…,” said Raffaello Pantucci, an expert at RUSI'."""
        m = _LEADING_SPACE.match(text[s:e])
        a = s + m.end()
        seg = text[a:e]
        if self.complementiser_re.match(seg):
            return None                                # '… - noted that the company …': content
        m = self._source_noun_start_re.match(seg) if self.source_nouns else None
        if m:
            noun = m.group(1).lower()
            titled = self._name_after_title(text, a + m.end(), e)
            if titled and (self.title_before_name or " " in titled.name):   # 'the expert Temur Umarov'
                titled.role = titled.role or m.group(1)
                return titled
            of = _OF_TAIL.match(text, a + m.end(), e)    # '…, stated the press secretary of the president, X.'
            for k in (a + m.end(), of.end() if of else None):
                named = self._apposed_after(text, k, e) if k is not None else None
                if named is not None:                  # '…, said the chief executive, John Ferris.'
                    named.role = named.role or text[a:k]
                    return named
            tail = text[a + m.end():e].rstrip(" .!?") if e - a - m.end() <= 90 else ""
            if tail.startswith(" of ") and "," not in tail and len(tail) <= 80:
                named = self.name_at_end(text, a + m.end(), a + m.end() + len(tail))
                if named is not None and named.kind == "name" and " " in named.name and \
                        named.end == a + m.end() + len(tail):
                    # '…, informed the head of the department Askar Nurlanovich Zhakupov.'
                    named.role = named.role or text[a:named.start].strip()
                    return named
            b = a + m.end()
            if tail.startswith(" of ") and "," not in tail and len(tail.split()) <= 6 and self.source_nouns[noun] == "body" \
                    and not any(self.verb_like(w) or self.preposition_re.fullmatch(w) for w in tail.split()[1:]):
                b = a + m.end() + len(tail)            # '…, said the press service of the border service.'
            return Mention(text[a:b], a, b, "nominal", cls=self.source_nouns[noun], noun=noun, lang=self.code)
        m = self._pronoun_re("", r"\b").match(seg) if self.pronouns else None
        if m and m.group(1).lower() in self.pronouns:
            return Mention(m.group(1), a, a + m.end(), "pronoun", cls=self.pronouns[m.group(1).lower()],
                           lang=self.code)
        m = self._possessed_role_re.match(seg) if self.source_nouns else None
        if m:                                      # '…,” said Diaz’s deputy campaign manager, Lena Ortiz.'
            named = self._apposed_after(text, a + m.end(), e)
            if named is not None:
                named.role = named.role or m.group(0)
                return named
        m = self.unnamed_after_re.match(seg) if self.unnamed_after_re else None
        if m:                                      # '…,” said a longtime adviser to Ortiz, who …'
            return Mention(m.group(0), a, a + m.end(), "unnamed", name=m.group(0), lang=self.code)
        m = re.match(r"(?:[\w’'\-\./]+\s+){0,3}?(?=[A-Z])", seg) or _OF_TITLE.match(seg)
        run = self.name_run_re.match(seg, m.end() if m else 0)
        if not run:
            return None
        end = a + run.end()
        # stop an organisation's or person's name before "of the University ..." (kept as role); an
        # "of" in the lower-case title before the name stays ('said former secretary of state Ann Lee')
        k = a + run.start() if m and m.end() and run.start() == m.end() else a
        sub = re.search(r"\s+(?:of|and)\s", text[k:end])
        if sub and not any(w in self.org_words for w in text[k:k + sub.start()].split()):
            end = k + sub.start()
        found = self.name_at_end(text, a, end)
        if not found:
            return None
        if found.kind == "name" and " " not in found.name:
            found = self._name_after_role_words(text, found.start, found.end, e) or found
        if not with_role:
            return found
        tail = re.match(r"\s*,\s*([^,;]{2,120}?)\s*(?:[,;.]|$)", text[found.end:e])
        if tail and not found.role:
            found.role = tail.group(1)
        elif not found.role:
            tail = re.match(r"\s+((?:of|at|from)\s+[^,;.]{2,80})", text[found.end:e])
            if tail:
                found.role = tail.group(1)
        return found

    @cached_property
    def _possessed_role_re(self) -> re.Pattern:
        """A possessor's name and a source noun ('Diaz’s deputy campaign manager'), as after a cue."""
        return re.compile(rf"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){{0,2}}[’']s\s+(?:[\w\-]+\s+){{0,3}}?"
                          rf"(?i:{self.source_noun_alt})\b(?=,)")

    def _cue_is_a_noun(self, text: str, cue, s, end: int, matches) -> bool:
        """A cue word in -s right before a comma is a plural noun when a parenthetical cue follows
        ('Cost estimates, he added, were …') or when it ends the opening prepositional phrase of
        its sentence ('In TV interviews and tweets, Trump …')."""
        word = text[cue.start:cue.end]
        if self._bare_after_indefinite(text, cue, s, word):
            return True
        comma = _COMMA_NEXT.match(text, cue.end, end)
        if comma is None or not word.endswith("s") or " " in word:
            return False
        first = text[s.start:cue.start].split(None, 1)
        if first and first[0].lower() in self.preposition_words and "," not in text[s.start:cue.start]:
            return True
        k = bisect.bisect_right(matches, (cue.end,))
        if k < len(matches) and matches[k][0] - comma.end() <= 30:
            between = text[comma.end():matches[k][0]].split()
            return 1 <= len(between) <= 3 and (self.pronouns.get(between[0].lower()) in ("person", "group")
                                                or between[0][:1].isupper())
        return False

    _INDEFINITE_BEFORE = re.compile(r"(?<![\w’'-])(?i:an?)[ \t]+(?:[A-Za-z][\w\-]*[ \t]+){0,2}$")

    def _bare_after_indefinite(self, text: str, cue, s, word: str) -> bool:
        """'Moscow has not received an official request', 'a formal appeal': the bare form of a
        speech verb (one whose -s form is a cue too) after a singular indefinite noun phrase of up
        to three words, capitalised ones too ('a Facebook comment', 'a Trump-style retort'), is a noun; a
        verb would agree with its singular subject ('an official requests')."""
        if " " in word or word[-1:].lower() == "s" or (word + "s").lower() not in self.cues:
            return False
        m = self._INDEFINITE_BEFORE.search(text, max(s.start, cue.start - 40), cue.start)
        return m is not None and not text[m.start():cue.start].rstrip().endswith("s")

    @cached_property
    def inverted_as_re(self) -> re.Pattern | None:
        """What opens a sentence before an inverted cue whose speaker follows it (inverted_as.txt:
        'As reports RIA Novosti, …', 'As noted the minister, …', word order translated from Russian)."""
        return self._word_re("inverted_as.txt", r"\s*(?:{alt})\s+")

    def _inverted_as(self, text: str, cue, end: int) -> bool:
        """'As reports RIA Novosti, the delegation will arrive …': the speaker right after the cue
        (after the one addressed for 'As told TASS a source …'), perhaps with an apposed name ('As
        noted the deputy chairman, Askar Temirov, …'); the content is the clause after its comma."""
        comma = text.find(",", cue.end, end)
        if comma < 0:
            return False
        spk = None
        by = _IN_OR_BY.match(text, cue.end, comma)     # 'As emphasized in the Ministry …, …' ('в МИД')
        for a in (by.end() if by else cue.end, None):
            if a is None:                      # 'told TASS a source …': past the one addressed
                if spk is None or spk.end >= comma or not self.addressee_verb_re.match(text[cue.start:cue.end]):
                    return False
                a = spk.end
            spk = self.speaker_after(text, a, comma, with_role=False) or self._unnamed_after(text, a, comma)
            phrase = text[a:comma].split()
            if (spk is None or spk.kind != "name" and text[spk.end:comma].strip()) and phrase \
                    and len(phrase) <= 10 and phrase[0].lower() in self.np_openers:
                # 'the press service of the Ministry of Foreign Affairs': the phrase up to the comma
                k = a + len(text[a:comma]) - len(text[a:comma].lstrip())
                spk = Mention(text[k:comma], k, comma, "unnamed", name=text[k:comma], lang=self.code)
            if spk is not None and spk.start - a <= 1 and not text[spk.end:comma].strip():
                break
        named = self._apposed_after(text, comma, end)
        if spk.kind != "name" and named is not None:
            named.role = named.role or spk.text
            spk, comma = named, text.find(",", named.end, end)
            if comma < 0:
                return False
        content = self.content(text, comma + 1, end)
        if content is None:
            return False
        cue.speaker, cue.content = spk, content
        return True

    @cached_property
    def negation_words(self) -> frozenset[str]:
        return self._lower_words("negations.txt")

    @cached_property
    def negative_subjects(self) -> frozenset[str]:
        return self._lower_words("negative_subjects.txt")

    def _negated(self, text: str, spk: Mention, cue) -> bool:
        """Speech denied or supposed, not reported: a negation between the speaker and its cue ('He
        did not say whether …', negations.txt), a speaker that is nobody ('No official has said
        that …', negative_subjects.txt), or a speaker right after a word that opens a question or a
        condition ('The question of whether Russia will say …', hypothetical_openers.txt)."""
        if spk.end <= cue.start and not _CLAUSE_STOP.search(text, spk.end, cue.start):
            between = _WORD_TOKEN.findall(text[spk.end:cue.start].lower().replace("’", "'"))
            if len(between) <= 4 and any(w in self.negation_words or w.endswith("n't") for w in between):
                return True
        first = spk.text.split(None, 1)[0].lower() if spk.text.split() else ""
        if first in self.negative_subjects:
            return True
        prior = text[max(0, spk.start - 12):spk.start].split()[-1:]   # 'whether Russia will say …'
        return spk.end <= cue.start and bool(prior) and prior[0].lower() in self.hypothetical_openers

    @cached_property
    def hypothetical_openers(self) -> frozenset[str]:
        return self._lower_words("hypothetical_openers.txt")

    def _base_form(self, cue_text: str) -> bool:
        """Can the cue be a verb's base form (an infinitive after 'to')? Not a one-word cue whose -s
        form is no cue ('said', 'told': 'Diplomats I spoke to said …')."""
        return " " in cue_text or (cue_text + "s").lower() in self.cues

    @cached_property
    def name_lead_words(self) -> frozenset[str]:
        """Capitalised words before a name that are no part of it (name_lead_words.txt)."""
        return frozenset(self._words("name_lead_words.txt"))

    @cached_property
    def statement_words(self) -> frozenset[str]:
        """What a statement is made in (statement_settings.txt: statement, letter, tweet …)."""
        return frozenset(w.lower() for w in self._words("statement_settings.txt") if " " not in w)

    def _statement_head(self, phrase: str) -> bool:
        """Is the head of ``phrase`` — its last word before a preposition ('an email to supporters',
        'a comment of her own') — what a statement is made in (statement_settings.txt)?"""
        words = phrase.split()
        k = next((i for i, w in enumerate(words) if i and w.lower() in self.object_preposition_words), len(words))
        return k > 0 and words[k - 1].lower().rstrip("s") in self.statement_words

    @cached_property
    def object_preposition_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self._words("object_prepositions.txt") if " " not in w)

    @cached_property
    def _possessed_start_re(self) -> re.Pattern | None:
        """A possessive determiner (possessives.tsv) and a word opening a clause."""
        return re.compile(rf"\s*((?i:{_alt(sorted(self.possessives))})\s+([a-z][\w\-]*))\s") if self.possessives else None

    @cached_property
    def _to_before_re(self) -> re.Pattern:
        """'to' and perhaps a determiner or possessive ending the text: what an addressee follows."""
        dets = sorted({*self.possessives, *(w.lower() for w in self._words("determiners.txt") if w.isalpha()), "a", "an"})
        return re.compile(rf"(?<![\w’'-])to\s+(?:(?i:{_alt(dets)})\s+)?$")

    def _possessed_subject(self, text: str, a: int, b: int) -> Mention | None:
        """A possessive determiner and a source noun opening the clause ('His office put out …',
        'Her campaign sent …'): that phrase, an unnamed source as before a cue."""
        r = self._possessed_start_re
        m = r.match(text, a, b) if r is not None else None
        if r is not None and m is None and text.rfind(",", a, b) > a:     # 'Even before the vote, her campaign …'
            m = r.match(text, text.rfind(",", a, b) + 1, b)
        if m is None or m.group(2).lower() not in self.source_nouns:
            return None
        return Mention(m.group(1), m.start(1), m.end(1), "unnamed", name=m.group(1), lang=self.code)

    @cached_property
    def preposition_words(self) -> frozenset[str]:
        return self._lower_words("prepositions.txt")

    def _subject_with_tail(self, text: str, a: int, e: int) -> Mention | None:
        """A subject with a prepositional tail and no verb of its own right before the cue
        ('Organizers of the push to boycott the speech said'): the noun phrase that opens the clause."""
        found = self.subject_at_start(text, a, e)
        if found is None or found.kind not in ("unnamed", "nominal", "org") or found.end >= e:
            return None
        tail = text[found.end:e]
        words = tail.split()
        if not words or len(words) > 12 or "," in tail or not self.object_preposition_re.match(tail) or \
                any(map(self.verb_like, words)):
            return None
        return found

    def _quotation_agent(self, text: str, a: int, e: int) -> Mention | None:
        """The agent of a passive cue after its quotation ('has been called “a circus” by its
        critics', 'was described as “reckless” by Mayor Lena Ortiz'): who said the quoted words."""
        m = _BY_AFTER_QUOTE.search(text, a, min(e, a + 200))
        if m is None or not re.search(r"[“\"«‘]", text[a:m.start() + 1]):
            return None
        return self.speaker_after(text, m.end(), e) or self._noun_phrase_after(text, m.end(), e)

    @cached_property
    def _unnamed_start_re(self) -> re.Pattern | None:
        """An unnamed source opening the text: a determiner or up to two words, an unnamed-source
        head, perhaps a tail ('the family', 'police', 'local residents', 'people familiar with the
        matter'), ending the clause."""
        if not self.unnamed:
            return None
        det = self.determiner_re or ""
        prep = _alt(self._words("prepositions.txt")) or "of"
        return re.compile(rf"\s*((?:{det})?(?:(?!(?i:{prep})\s)[\w\-’']+\s+){{0,2}}?(?:{self.unnamed_alt})"
                          rf"(?:\s+(?:{self.source_tail_alt})\s+[^,;:.“”\"]{{1,60}}?)?)"
                          rf"(?=\s*(?:[,;.!?]|$))", re.I)

    def _unnamed_after(self, text: str, a: int, e: int) -> Mention | None:
        """An unnamed source, or a noun phrase with a determiner, right after an inverted cue
        ('…, said the family.', '…, said local residents.', '…, said his lawyer.')."""
        m = self._unnamed_start_re.match(text, a, e) if self._unnamed_start_re is not None else None
        if m is not None:
            return Mention(m.group(1), m.start(1), m.end(1), "unnamed", name=m.group(1), lang=self.code)
        found = self._noun_phrase_after(text, a, e)     # 'said his lawyer.': a short phrase ending the sentence
        if found is None or len(found.text.split()) > 4 or text[found.end:e].strip(" .!?”\"’") \
                or any(map(self.verb_like, found.text.split()[1:])):
            return None                                 # ('say a recalibration is overdue': a clause)
        return found

    def _quote_of_a_later_cue(self, text: str, a: int, e: int) -> bool:
        """Is the first quotation after ``a`` another cue's, one set off by a comma before it
        ('called for Ortiz to resign, calling her “a disgrace”')?"""
        q = _QUOTE_MARK.search(text, a, e)
        if q is None or self.cue_re is None:
            return False
        comma = text.rfind(", ", a, q.start())
        return comma > a and self.cue_re.match(text, comma + 2, q.start()) is not None

    def _question_agent(self, text: str, a: int, e: int, opening: bool = False):
        """A passive verb of asking with its agent and an indirect question ('Asked by a reporter
        whether the bridge would reopen, Ortiz …', 'was asked by host Dana Reyes if …'): the agent
        asked it. Returns (agent, question span) or None; a question in a clause that opens the
        sentence (``opening``: 'When asked by …, Ortiz …') ends at its comma."""
        m = _BY_AGENT.match(text, a, e)
        q = self.indirect_question_re.match(text, m.end(), e) if m and self.indirect_question_re else None
        if q is None or q.start(1) <= m.end():
            return None
        agent = self.speaker_after(text, m.end(), q.start(1)) or self._noun_phrase_after(text, m.end(), q.start(1))
        content = self.content(text, q.start(1), e)
        if agent is None or content is None or agent.end > q.start(1):
            return None
        comma = text.find(",", content[0], content[1]) if opening else -1
        if comma > content[0]:
            content = (content[0], trim_punct(text, content[0], comma))
        return agent, content

    def _subject_before_aside(self, text: str, a: int, cue, e: int) -> Mention | None:
        """The subject that opens the sentence at ``a`` when a comma-set-off aside stands between
        it and the speech verb ``cue``, which reports a clause ('Arman Seitkali, a former envoy who
        led the talks, said Astana must …', 'Numerous nurses interviewed this week, including Ms.
        Baker, said they …'); None when the aside's quotation marks are not closed or no clause
        follows."""
        body = text[a:cue.start]
        if body.count("“") != body.count("”") or body.count('"') % 2:
            return None
        after = text[cue.end:e]
        k = cue.end + len(after) - len(after.lstrip())
        if not (self.complementiser_re.match(text, k, e) or self._bare_clause(text, k, e)):
            return None
        comma = text.find(",", a, cue.start)
        if comma < 0:
            return None
        spk = self.subject_at_start(text, a, cue.start)
        if spk is None:                                # 'The clerk, a nurse from Almaty, said …'
            spk = self._noun_phrase_before(text, a, comma)
            if spk is not None and text[a:spk.start].strip():
                return None
        if spk is None or spk.end > comma:
            return None
        if spk.kind == "name" and " " not in (spk.name or spk.text) and _sentence_initial(text, spk.start) \
                and re.match(r" [a-z]", text[spk.end:spk.end + 2]) and not _named_elsewhere(text, spk):
            # 'Numerous nurses interviewed this week, …': a capitalised opener, not a name; the phrase
            end = trim_punct(text, spk.start, comma)
            if len(text[spk.start:end].split()) > 8:
                return None
            return Mention(text[spk.start:end], spk.start, end, "unnamed", name=text[spk.start:end], lang=self.code)
        return spk

    def _noun_phrase_after(self, text: str, a: int, e: int) -> Mention | None:
        """A noun phrase with a determiner up to the end of the sentence or a comma, after an
        inverted cue that follows a quotation: an unnamed source."""
        m = re.match(r"\s*([^,;:.“”\"()—–]{2,80}?)\s*(?:[,;:.“”\"()—–]|$)", text[a:e])
        if not m:
            return None
        words = m.group(1).split()
        if not words or len(words) > 8 or words[0].lower() not in self.np_openers or \
                self.complementiser_re.fullmatch(words[0].lower()) or not _LOWER_ENDING_WORD.fullmatch(words[-1]):
            return None
        return Mention(m.group(1), a + m.start(1), a + m.end(1), "unnamed", name=m.group(1), lang=self.code)

    def _apposed_after(self, text: str, i: int, e: int) -> Mention | None:
        """A full name set off by a comma right after ``i`` and ending its clause: ', John Ferris.'"""
        c = _APPOSED_NAME.match(text, i, e)
        if c is None:
            return None
        named = self.name_at_end(text, c.start(1), c.end(1))
        return named if named is not None and named.kind == "name" and " " in named.name \
            and named.start == c.start(1) else None

    def _name_after_role_words(self, text: str, start: int, i: int, e: int) -> Mention | None:
        """After a capitalised modifier (``text[start:i]``), up to three lower-case words ending in a
        source noun, then a full name ('Democratic strategist Hank Sheinkopf', 'Republican
        presidential nominee Ann Lee'): the name, with the words before it as its role."""
        g = _ROLE_GAP.match(text, i, e)
        words = g.group(1).split() if g is not None else []
        # ('Former US secretary of state Ann Lee': a source noun and its "of" phrase)
        if not words or words[-1] not in self.source_nouns and not (
                len(words) >= 3 and words[-2] == "of" and words[-3] in self.source_nouns):
            return None
        run = self.name_run_re.match(text, g.end(), e)
        named = self.name_at_end(text, run.start(), run.end()) if run else None
        if named is None or named.kind != "name" or " " not in named.name:
            return None
        named.role = named.role or text[start:named.start].strip()
        return named

    def _name_after_title(self, text: str, s: int, e: int) -> Mention | None:
        """The name right after a title ("le ministre Askar Ermekov"): the person, not the office."""
        gap = re.match(r"[ \t]+", text[s:e])
        if not gap:
            return None
        run = self.name_run_re.match(text, s + gap.end(), e)
        if not run or run.start() != s + gap.end():
            return None
        found = self.name_at_end(text, run.start(), run.end())
        return found if found and found.kind == "name" and found.start == run.start() else None

    def org_mentions(self, text: str, a: int, b: int) -> list[Mention]:
        """Organisations named in ``text[a:b]``."""
        out = []
        for mm in self.name_run_re.finditer(text, a, b):
            found = self.name_at_end(text, mm.start(), mm.end())
            if found and found.kind == "org":
                out.append(found)
        return out

    def surname_gender(self, surname: str) -> str | None:
        w = surname.lower().strip(".,’'")
        if len(w) < SURNAME_GENDER_MIN or not w.isalpha():
            return None
        return self.by_ending("surname_genders.tsv", w)

    def last_named(self, text: str, a: int, b: int) -> Mention | None:
        """The last person named in ``text[a:b]`` (what 'the latter' stands for)."""
        last = None
        for mm in self.name_run_re.finditer(text, a, b):
            found = self.name_at_end(text, mm.start(), mm.end())
            if found is not None and found.kind == "name":
                last = found
        return last

    def is_plural(self, m: Mention) -> bool:
        t = (m.name or m.text).lower().split()
        return bool(t) and t[-1].endswith("s") and not t[-1].endswith("ss")

    def sentence_subject(self, text: str, a: int, b: int, registry=None) -> Mention | None:
        """The first person named in a sentence, before a pronoun that may stand for them."""
        found = self.subject_at_start(text, a, b)
        return found if found and found.kind == "name" else None

    def speech_event_speaker(self, text: str, a: int, b: int, registry=None) -> Mention | None:
        """The subject of a sentence about a speech event, before its quotation at ``b``."""
        return self.subject_at_start(text, a, b)

    def source_form(self, m: Mention) -> Mention:
        """The speaker after a source cue ("according to X") as a name is written alone; a
        language whose source cue governs a case (Russian "по словам" + genitive) overrides it."""
        return m

    def _content_resumes(self, after: str) -> bool:
        """'The allure of simplicity, Furman argued, is largely a chimera': after the comma the
        reported clause goes on (not a participle, an adverbial or a prepositional phrase)."""
        m = re.match(r"\s*,\s*(\S+)", after)
        if not m:
            return False
        w = m.group(1)
        return not (w[:1].isupper() or self.participle_re.fullmatch(w) or self.object_preposition_re.match(w)
                    or re.fullmatch(self.adverb_suffix, w) or w in ("“", "\"", "«"))

    def _reported_clause_goes_on(self, text: str, i: int, end: int, matches) -> bool:
        """After a cue set off by commas inside its sentence ('Nor does Ortiz have any plans, aides
        say, to …', 'Russia is interfering, they say, imposing new tariffs'), does the reported
        sentence go on at ``i``? Not when a cue of its own begins there ('…, adding that …'), a
        time or setting of the statement ('…, she said, in an interview'), a capital or a quotation
        mark, a relative clause ('…, according to Ortiz, who …'), or when only a few words are left
        ('…, he said, without elaborating')."""
        k = bisect.bisect_left(matches, (i,))             # matches are (start, end, role) in order
        if k < len(matches) and matches[k][0] == i or self.after_adverbials(text, i, end) > i or \
                self.cue_manner_re is not None and self.cue_manner_re.match(text, i, end) or \
                self.relative_comma_re is not None and self.relative_comma_re.match(", " + text[i:i + 10]):
            return False
        words = text[i:end].split(None, 3)
        return bool(words) and (words[0][0].islower() or words[0][0].isdigit() or words[0][0] in "$€£") and (
            len(words) > 3 or self.auxiliary_word_re.fullmatch(words[0].rstrip(".,;")) is not None)

    @cached_property
    def cue_manner_re(self) -> re.Pattern | None:
        """How the statement was made, or the writer's comment, after a cue set off by commas
        (cue_manners.txt, writer_comments.txt)."""
        words = self._words("cue_manners.txt") + [w for w, _ in self.writer_comments]
        return re.compile(rf"(?i:{_alt(words)})\b") if words else None

    def _in_relative_clause(self, text: str, a: int, cue_start: int) -> bool:
        """'Lena Ortiz, who said the bridge would reopen, left early': the cue opens a relative
        clause (a few words after ', who'), whose content ends at its comma."""
        if self.relative_comma_re is None:
            return False
        lo = max(a, cue_start - 40)
        last = None
        for m in self.relative_comma_re.finditer(text, lo, cue_start):
            last = m
        return last is not None and "," not in text[last.end():cue_start] and \
            len(text[last.end():cue_start].split()) <= 3

    @cached_property
    def _subordinate_lead_re(self) -> re.Pattern | None:
        """What may come before a subordinator opening a sentence: a conjunction, a one-word
        introductory adverb and its comma, or both ('And while', 'However, when', 'But still, if')."""
        if self.subordinator_re is None:
            return None
        conj, intro = _alt(self._words("conjunctions.txt")), _alt(self._words("introductory.txt"))
        return re.compile(rf"\s*(?i:(?:{conj})\s+)?(?i:(?:{intro})\s*,\s*)?")

    def _in_opening_subordinate(self, text: str, a: int, cue_start: int, end: int) -> bool:
        """'When Diaz suggested that …, Ortiz fired back', 'And while she said …, she …', 'However,
        while the party says …, it …': the cue is in a subordinate clause opening the sentence at
        ``a`` (after a conjunction or an introductory adverb), no comma between its subordinator
        and the cue: its content ends at the clause's comma. (After a lead, not before a quotation:
        'However, as Ortiz told the Courier, “…”' is hers.)"""
        if self._subordinate_lead_re is None:
            return False
        i = self._subordinate_lead_re.match(text, a, cue_start).end()
        if i > a and (not text[i - 1].isspace() or _QUOTE_MARK.search(text, cue_start, end)):
            i = a                                      # (the lead took a word's start)
        return self.subordinator_re.match(text, i, cue_start) is not None and "," not in text[i:cue_start]

    @cached_property
    def _aside_opener_re(self) -> re.Pattern | None:
        """A word opening an aside after a sentence's subject: a relative word (relative_words.txt),
        a subordinator or a contrast word ('Ortiz, who …', 'Ortiz, though she …')."""
        words = [*self._words("relative_words.txt"), *self._words("subordinators.txt"), *self._words("contrast_words.txt")]
        return re.compile(rf"\s*(?:{_alt(words)})\s", re.I) if words else None

    @cached_property
    def _verb_after_comma_re(self) -> re.Pattern:
        """A word after a comma, perhaps after an adverb: '…, (notably) stopped short'."""
        return re.compile(rf"\s+(?:{self.adverb_suffix}\s+)?([a-z]+)\b")

    def _aside_closes(self, text: str, s_start: int, cue_start: int, a: int, b: int) -> int | None:
        """'Ortiz, though she said the plan would work, voted against it', 'Diaz, who declined to
        comment, was born in Ohio': the cue sits in an aside set off after the sentence's subject
        (a few words, no verb), and after the content's first comma the sentence's own verb follows
        (perhaps after an adverb): that comma, where the content ends; else None."""
        first = _unquoted_comma(text, s_start, cue_start)
        if first is None or self._aside_opener_re is None:
            return None
        head = text[s_start:first].split()
        if not head or len(head) > 6 or not head[0][:1].isupper() or any(self.verb_like(w) for w in head) \
                or not self._aside_opener_re.match(text, first + 1, cue_start) \
                or _unquoted_comma(text, first + 1, cue_start) is not None:
            return None
        c = _unquoted_comma(text, a, b)
        m = self._verb_after_comma_re.match(text, c + 1, b) if c is not None else None
        if m is None or not (self.verb_like(m.group(1)) or self.cue_re is not None and self.cue_re.match(text, m.start(1), b)):
            return None
        return c

    def _name_with_role(self, text: str, a: int, e: int) -> Mention | None:
        """'Lena Ortiz, director of the group' ending at ``e`` (before an aside set off by dashes):
        the name, with the phrase after its comma as the role."""
        k = text.rfind(",", a, e)
        named = self.name_at_end(text, a, k) if k > a else None
        if named is None or named.kind != "name" or not text[k + 1:e].strip():
            return None
        named.role = named.role or text[k + 1:e].strip()
        return named

    def _only_introductory(self, text: str, a: int, b: int) -> bool:
        """``text[a:b]`` before a trailing speaker is an introductory phrase alone ('In Washington,
        Ortiz said'), not a clause after one ('In this contest, voters are split, Ortiz said')."""
        if not (self.introductory_re and self.introductory_re.match(text, a, b)
                or self.opening_modifier(text, a, b)                  # 'Speaking to RFE/RL, Ortiz said'
                and not (self.auxiliary_re and self.auxiliary_re.search(text, a, b))):
            return False
        # no comma inside, but for a place's state or country ('In Novi, Michigan, Ortiz said')
        phrase = text[a:b].rstrip().rstrip(",") + ","
        k = phrase.find(",")
        return k == len(phrase) - 1 or _STATE_AFTER_PLACE.fullmatch(phrase, k) is not None

    def after_comma(self, text: str, a: int, i: int) -> bool:
        """Does the speaker at ``i`` follow a comma (perhaps with a determiner: '…, the Times said'),
        or a comma and a dash before an inverted cue, as translated Russian sets off speech without
        quotation marks ('The sanctions are working, - said Ruslan Omarov')?"""
        before = text[a:self.phrase_start(text, a, i)].rstrip()
        return before.endswith(",") or _COMMA_DASH_END.search(before) is not None

    def phrase_start(self, text: str, a: int, i: int) -> int:
        """Where the speaker's phrase begins: before a determiner the mention at ``i`` leaves out
        ('the Times', 'the news site RTL Info') or a role after a comma ('…, ministry spokesman
        X said'), not before ``a``."""
        k = i
        role = False                                     # a source noun right before the name
        for n in range(4):                               # 'the news site RTL Info': a determiner and
            while k > a and text[k - 1].isspace():       # up to three lower-case words before the name
                k -= 1
            j = k
            while j > a and not text[j - 1].isspace():
                j -= 1
            if j == k:
                return i
            if text[j:k].lower() in self.determiner_words:
                return j
            if not text[j:k].isalpha() or not text[j:k].islower():
                return i
            role = role or n == 0 and text[j:k] in self.source_nouns
            if role and _last_visible(text, j) == ",":   # '…, foreign ministry spokesman X said'
                return j
            k = j
        return i

    @cached_property
    def determiner_words(self) -> frozenset[str]:
        return self._lower_words("determiners.txt")

    def stance_object(self, text: str, i: int, b: int) -> tuple[int, int] | None:
        """The object of a stance verb ('endorsed Trump last week and …', 'criticized the
        president's foreign policy, which …'): up to a clause mark, a word that ends the object
        (object_ends.txt) or a time or setting adverbial; at most 25 words."""
        while i < b and text[i] in " \t":
            i += 1
        e, n = i, 0
        for w in re.finditer(r"\S+", text[i:b]):
            ws = i + w.start()
            if n and (self.object_end_re.match(text, ws) and not self._joins_nouns(text, w.group(), i + w.end(), b) or
                      self.cue_adverbial_re is not None and self.cue_adverbial_re.match(text, ws - 1, b)):
                break
            n += 1
            e = i + w.end()
            if n >= 25 or text[e - 1] in ";:—–" or text[e - 1] == "," and not self._object_goes_on(text, e, b) \
                    and not self._noun_series_after(text, e, b):
                break
        e = trim_punct(text, i, e)
        while e > i and text[e - 1] in ".!?":
            e -= 1
        return (i, e) if e > i and text[i].isalnum() else None

    def _object_goes_on(self, text: str, i: int, b: int) -> bool:
        """Does an object go on after its comma at ``i``: with a preposition in -ing ('several
        factors, including …', prepositions.txt)?"""
        m = _NEXT_WORD.match(text, i, b)
        return m is not None and m.group(1).lower() in self._ing_prepositions

    def _noun_series_after(self, text: str, i: int, b: int) -> bool:
        """Does a series of noun phrases follow the comma at ``i`` to the end ``b``, its last item
        after "and" or "or" ('touted her plans to build roads, expand Social Security and cut
        fees', 'thanked his parents, his wife and his children'): short items, no verb, cue or
        clause word (clause_words.txt), none opening with a participle or a subordinator, and no
        apposition to a name ('Jeffrey Feltman, a State Department official …')?"""
        items = text[i:b].rstrip(" .!?”\"’").split(",")
        last = items[-1].split()
        before, first = text[max(0, i - 40):i - 1].split(), items[0].split()[:1]
        if before and before[-1][:1].isupper() and first and first[0].lower() in self._writer_comment_words:
            return False                               # 'Jeffrey Feltman, a State Department official …': an apposition
        if not last or len(items) > 6 or re.search(r"[;:()“”\"]|''", text[i:b]) or \
                not any(w.lower() in self._series_conjunctions for w in last):
            return False
        for item in items:
            words = item.split()
            if not words or len(words) > 10 or words[0].lower().endswith(self.participle_ending) \
                    or self.subordinator_re is not None and self.subordinator_re.match(item) \
                    or self.contrast_re is not None and self.contrast_re.match(item):
                return False
            for w in words:
                lw = w.lower().strip(".,")
                if self.verb_like(lw) or lw in self.clause_word_set and lw not in self._series_conjunctions \
                        and lw != self.infinitive or self.cue_re is not None and self.cue_re.fullmatch(lw):
                    return False
        return True

    @cached_property
    def _writer_comment_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w, _ in self.writer_comments)

    @cached_property
    def _series_conjunctions(self) -> frozenset[str]:
        """'and', 'or': the words before a series' last item (series_conjunctions.txt)."""
        return self._lower_words("series_conjunctions.txt")

    @cached_property
    def _ing_prepositions(self) -> tuple[str, ...]:
        """The prepositions in -ing of prepositions.txt ('including', 'regarding'), lower-cased,
        in file order: after a comma they go on with what came before."""
        return tuple(w.lower() for w in self._words("prepositions.txt") if w.endswith(self.participle_ending))

    def _joins_nouns(self, text: str, word: str, i: int, b: int) -> bool:
        """Does the conjunction ``word`` (conjunctions.txt), ending at ``i``, join two nouns of one
        object ('criticized Ortiz for taking donations and speaking fees') rather than a second
        verb or clause ('endorsed Ortiz and campaigned for her', '… and she said …')?"""
        if word.lower() not in self.conjunction_words:
            return False
        m = _NEXT_WORD.match(text, i, b)
        if m is None:
            return False
        w = m.group(1)
        return not (self.verb_like(w) or self.adverb_re.search(" " + w)
                    or self.pronouns.get(w.lower()) in _PERSONAL
                    or self.cue_re is not None and self.cue_re.match(text, m.start(1), b))

    @cached_property
    def conjunction_words(self) -> frozenset[str]:
        return self._lower_words("conjunctions.txt")

    @cached_property
    def object_speech_verbs(self) -> frozenset[str]:
        """Speech verbs whose noun-phrase object is their claim (object_speech_verbs.txt)."""
        return self._lower_words("object_speech_verbs.txt")

    @cached_property
    def object_less_words(self) -> frozenset[str]:
        """Words after a stance verb that show it has no object there: a preposition ('supported
        in 2008') or a particle ('backed out')."""
        return frozenset(w.lower() for w in self._words("prepositions.txt") + self._words("particles.txt"))

    @cached_property
    def object_end_re(self) -> re.Pattern:
        return re.compile(rf"(?i:{_alt(self._words('object_ends.txt'))})\b|[—–(]|--")

    def _participle_closed(self, text: str, i: int, b: int) -> bool:
        """Is the participle phrase at ``i`` set off inside the content, its clause going on after
        the next comma with a verb ('Millennials, numbering 75.3 million, surpassed Baby Boomers')?"""
        c = text.find(",", i, b)
        if c < 0:
            return False
        m = _NEXT_WORD.match(text, c + 1, b)
        return m is not None and m.group(1).islower() and self.verb_like(m.group(1))

    @cached_property
    def _document_subject_re(self) -> re.Pattern | None:
        """A clause opening with a finding document (finding_documents.txt) and a short tail of its
        own, up to the cue: 'A University of New Hampshire poll out this week', 'Another recent
        NBC/Wall Street Journal poll', 'A study by the watchdog group Media Matters'."""
        docs = self.finding_documents
        if not docs:
            return None
        alt = _alt(sorted(docs, key=len, reverse=True))
        word = r"[^\s,;:()“”\"—–]+"
        return re.compile(rf"[ \t]*(?:(?i:and|but|yet|so)[ \t]+)?((?:{word}[ \t]+){{0,7}}?(?i:{alt})s?)"
                          rf"((?:[ \t]+{word}){{0,9}})[ \t]*")

    def _document_subject(self, text: str, a: int, e: int) -> Mention | None:
        """The finding document that is the subject of the clause ``text[a:e]`` before a cue, as an
        unnamed source: its own words before the noun are no verb ('Trump cites polls' is no
        subject), and its tail is a participle, a preposition or a time ('released Monday', 'out
        this week', 'by the Council of the Great City Schools'), never a clause of its own."""
        if self._document_subject_re is None:
            return None
        m = _CLAUSE_PUNCT_LAST.search(text, a, e)          # '…, and recent polls show'
        m = self._document_subject_re.fullmatch(text, m.start() + 1 if m else a, e)
        if m is None:
            return None
        words = m.group(1).split()
        head, lead = words[0].lower(), words[:-1]
        mixed = len({w[0].islower() for w in lead}) > 1  # 'Trump cites polls'; not 'recent polls', 'Gallup's poll'
        if any(self.verb_like(w) or w.lower() in self.clause_word_set for w in lead) or mixed and not (
                head in self.determiner_words or head in self.quantifier_words or _POSSESSOR_OR_CONTRACTION.search(head)):
            return None                                  # 'Trump cites polls', 'what the poll …'
        tail = [w.lower() for w in m.group(2).split()]
        if tail and not (tail[0].endswith(self.past_ending) or tail[0] in self.document_tail_openers):
            return None                                  # 'the poll numbers', 'a poll he trusts'
        if any(w in self.clause_word_set for w in tail):
            return None                                  # 'the poll that shows', 'a poll is …'
        return Mention(m.group(1), m.start(1), m.end(1), "unnamed", name=m.group(1), lang=self.code)

    @cached_property
    def clause_word_set(self) -> frozenset[str]:
        return self._lower_words("clause_words.txt")

    @cached_property
    def quantifier_words(self) -> frozenset[str]:
        return self._lower_words("quantifiers.txt")

    @cached_property
    def document_tail_openers(self) -> frozenset[str]:
        """Words that open a finding document's tail ('out this week', 'of likely voters', 'this
        month', 'Monday'): prepositions, the document tail words and the times of time_words.txt."""
        times = (line.partition("\t")[2].strip().lower() for line in self.lines("time_words.txt"))
        return self.preposition_words | self._lower_words("document_tails.txt") | frozenset(times)

    def _finding_document(self, spk: Mention) -> bool:
        """Is the speaker a document that finds things (a poll, a survey: finding_documents.txt)?
        Its finding may be a bare object ('found Ortiz leading') or come before it ('…, the poll
        found')."""
        words = re.findall(r"[a-z]+", (spk.text or "").lower())
        return any(w in self.finding_document_words or w.endswith("s") and w[:-1] in self.finding_document_words
                   for w in words[:4])

    @cached_property
    def finding_documents(self) -> list[str]:
        return self._words("finding_documents.txt")

    @cached_property
    def finding_document_words(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self.finding_documents if " " not in w)

    def _clause_resumes(self, text: str, i: int, b: int) -> bool:
        """After a relative clause opened at ``i``, does the content's own clause go on ('said that
        Ortiz, who must decide, has said nothing': a comma, then an auxiliary)?"""
        c = text.find(",", i, b)
        return c >= 0 and self.auxiliary_next_re is not None and self.auxiliary_next_re.match(text, c + 1, b) is not None

    @cached_property
    def auxiliary_alt(self) -> str:
        return f"(?i:{_alt(self._words('auxiliaries.txt'))})"

    @cached_property
    def auxiliary_word_re(self) -> re.Pattern:
        """One auxiliary, for ``fullmatch`` on a word (never matches when the list is empty)."""
        return re.compile(self.auxiliary_alt)

    @cached_property
    def auxiliary_next_re(self) -> re.Pattern | None:
        """White space, then an auxiliary as a word ('…, has said', 'that is'); None without a list."""
        return re.compile(rf"\s+(?:{self.auxiliary_alt})\b") if self._words("auxiliaries.txt") else None

    def _clause_before(self, after: str, k: int) -> bool:
        """'said the mayor has never respected the right … that the city valued', 'said she
        welcomed the apology and that …': a clause with its own subject (a pronoun, or a subject
        and an auxiliary) runs from the cue to ``k`` (a "that"), which then belongs to the content
        (a relative pronoun, a second complementiser), not to the cue."""
        first = re.match(r"\s*(\w*)", after).group(1).lower()       # 'he' of "he'll"
        if self.pronouns.get(first) in _PERSONAL and len(after[:k].split()) > 1:
            return True                              # 'said she welcomed the apology and that …'
        if self.subject_opener_re is None or self.auxiliary_re is None:
            return False
        aux = self.auxiliary_re.match(after) if self.subject_opener_re.match(after) else None
        return aux is not None and aux.end() <= k

    def _clause_after(self, after: str) -> bool:
        """Does a clause follow the cue ('both said they thought …'): a subject pronoun first?"""
        m = re.match(r"\s*(\w+)", after)
        return bool(m) and self.pronouns.get(m.group(1).lower()) in _PERSONAL

    def _source_aside_ends(self, text: str, i: int, end: int) -> bool:
        """After a trailing source ('…, according to the poll'), does what follows belong to the
        writer rather than resume the content: a dash, or after a comma a participle, a
        subordinator or a contrast word ('…, taking a step …', '… - despite …', '…, although …')?"""
        m = re.match(r"\s*(?:[—–]|-{1,2}(?=\s)|,)\s*", text[i:end])
        if m is None:
            return False
        if m.group().strip() != ",":
            return True
        k = i + m.end()
        return bool(self.participle_re.match(text, k, end)
                    or self.subordinator_re is not None and self.subordinator_re.match(text, k, end)
                    or self.contrast_re is not None and self.contrast_re.match(text, k, end))

    def _source_aside_close(self, text: str, a: int, cue, spk: Mention, end: int) -> int | None:
        """A source phrase set off by commas between a subject and its verb ('Fundraising,
        according to the campaign, has surged in May'): the closing comma's offset. Not after a
        setting whose clause follows ('Since March, according to X, prices rose …'), a
        quotation, or a dozen words or more (a clause of its own: '… 19 percent, according to X,
        more than twice …'), nor before a colon's list."""
        if not text[a:cue.start].rstrip().endswith(",") or not text[a:cue.start].strip(" ,") \
                or len(text[a:cue.start].split()) > 12:
            return None                # (a long clause before it is whole: '…, according to X, more than …')
        i = spk.end
        if text.startswith(",", i) and spk.kind == "name":
            appos = self._source_apposition(text, i + 1, end)
            i = appos[1] if appos is not None else i
        m = re.match(r",\s+(?=[\w$])", text[i:end])
        if m is None or not self.verb_like(_first_word(text[i + m.end():end])) or ":" in text[i:end] \
                or self._source_aside_ends(text, i, end) or len(text[i + m.end():end].split()) < 3 \
                or _QUOTE_MARK.search(text, a, cue.start) or "''" in text[a:cue.start] \
                or text.count("(", a, cue.start) > text.count(")", a, cue.start):
            return None                # (inside a writer's parenthesis: '(93 percent, according to …)')
        return i

    def source_phrase(self, text: str, a: int, b: int) -> Mention | None:
        """The source after 'according to': a name ('the Associated Press'), a known source noun,
        or else the whole noun phrase up to the next comma ('a poll of 400 voters released on
        Friday')."""
        stop = _SOURCE_STOP.search(text, a, b)
        e = trim_punct(text, a, stop.start() if stop else b)
        start = a + len(text[a:e]) - len(text[a:e].lstrip())
        cls = self.source_pronouns.get(text[start:e].lower())
        if cls is not None and (stop is None or text[stop.start()] in ",;"):
            # 'according to him, …' (not 'according to her “clawback” plan'): whom it stands for
            return Mention(text[start:e], start, e, "pronoun", cls=cls, lang=self.code)
        m = self.data_of_re.match(text, start, e) if self.data_of_re else None
        if m is not None and m.end() < e:              # 'according to information of the ministry'
            return self.source_phrase(text, m.end(), b)
        spk = self.speaker_after(text, a, e, with_role=False)
        if spk and spk.end >= e - 1:
            if spk.kind == "nominal" and text[spk.start:spk.end].split()[-1][:1].isupper():
                org = self.name_at_end(text, start, e)   # 'the Eurasian Development Bank': a name
                if org is not None and org.kind == "org" and org.end == spk.end and \
                        text[start:org.start].strip().lower() in self.determiner_words:
                    return org
            return spk
        words = text[start:e].split()
        if not words or len(words) > 16 or not (spk is None or spk.start >= start):
            return spk
        author = self._document_author(text, start, e)
        if author is not None:                 # 'according to a 2019 report by the Crisis Group'
            return author
        found = self.name_at_end(text, start, e)
        joint = self.first_named(text, start, found) if found is not None and found.end == e else None
        if joint is not None and joint is not found and joint.start == start:
            return joint                       # 'according to Tom Diaz and Lena Ortiz'
        if found is not None and found.kind == "name" and found.start == start and found.role:
            return found                       # 'according to Aliya Bekova of the Eurasia Institute'
        if found is not None and found.kind == "org" and found.end == e and \
                text[start:found.start].strip().lower() in self.determiner_words:
            return found                       # 'according to the Eurasian Development Bank'
        return Mention(text[start:e], start, e, "unnamed", name=text[start:e], lang=self.code)

    @cached_property
    def data_of_re(self) -> re.Pattern | None:
        """A body's figures or information before the body (data_nouns.txt): 'information of X'."""
        return self._word_re("data_nouns.txt", r"(?:(?i:the)\s+)?(?i:{alt})\s+(?:of|from)\s+(?=\S)")

    _APPOSITION = re.compile(r"[ \t]*((?:[a-z][\w\-]*[ \t]+){0,3}?([a-z][\w\-]*)(?:[ \t]+(?:of|at|for|in|with)[ \t]+[^,;:“”\"()]{1,80}?)?),")

    @cached_property
    def source_aside_re(self) -> re.Pattern:
        """Where an opening source spoke or was quoted, set off by commas before the claim
        ('writing for Carnegie,', 'quoted by Kursiv,', 'speaking at the forum,'): a participle, a
        preposition (prepositions.txt) and a few words."""
        preps = _alt(self._words("prepositions.txt")) or "by"
        return re.compile(rf"[ \t]*(?:{self.participle}|[a-z]+ed)[ \t]+(?i:{preps})[ \t]+[^,;:“”\"«»\n]{{1,60}}?,(?=[ \t]+\S)")

    def _source_apposition(self, text: str, i: int, end: int) -> tuple[int, int] | None:
        """After a named source and its comma, a role set off by commas ('specialist of Central
        Asia,', 'a senior fellow at the Steppe Institute,'): its span (up to the closing comma),
        when its head is a source noun and no word before it reads as a verb."""
        m = self._APPOSITION.match(text, i, end)
        if m is None or self.source_nouns.get(m.group(2).lower()) is None:
            return None
        lead = text[m.start(1):m.start(2)].split()
        if any(self.verb_like(w) for w in lead) or lead and lead[0].lower() not in self.np_openers \
                and len(lead) > 1:
            return None
        return m.start(1), m.end(1)

    @cached_property
    def source_pronouns(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.table("source_pronouns.tsv").items()}

    def _document_author(self, text: str, a: int, e: int) -> Mention | None:
        """The organisation or person behind a document named as a source: 'a 2019 report by the
        International Crisis Group', 'data from the Census Bureau' (the document is the role)."""
        m = _AUTHORED.search(text, a, e)
        if m is None or not any(self.source_nouns.get(w.lower()) in ("document", "media")
                                for w in re.findall(r"[\w\-]+", text[a:m.start()])):
            return None
        found = self.name_at_end(text, m.end(), e)
        if found is None or found.start != m.end() and text[m.end():found.start].strip().lower() not in self.determiner_words:
            return None
        found.role = found.role or text[a:m.start()].strip()
        return found

    def _pronoun_at(self, text: str, a: int, b: int) -> Mention | None:
        """``text[a:b]`` is a personal pronoun (perhaps after spaces)."""
        return self._personal_pronoun(self._pronoun_re(r"\s*", ""), text, a, b, whole=True)

    def _personal_pronoun(self, pattern: re.Pattern, text: str, a: int, b: int, whole: bool = False):
        """A personal pronoun (person, group or self) that ``pattern`` finds at the start of
        ``text[a:b]`` (all of it with ``whole``), as a mention; None for another pronoun or a word
        the pattern matches without its table knowing it ('İ' lowers to two characters)."""
        if not self.pronouns:
            return None
        m = pattern.fullmatch(text[a:b]) if whole else pattern.match(text[a:b])
        cls = self.pronouns.get(m.group(1).lower()) if m else None
        if cls not in _PERSONAL:
            return None
        return Mention(m.group(1), a + m.start(1), a + m.end(1), "pronoun", cls=cls, lang=self.code)

    def clause_subject(self, text: str, a: int, b: int) -> Mention | None:
        """The subject that opens a sentence: a pronoun, a source noun or a name."""
        return self._personal_pronoun(self._pronoun_re(r"\s*", r"\s"), text, a, b) or \
            self.subject_at_start(text, a, b)

    @cached_property
    def sentence_adverbs(self) -> frozenset[str]:
        """The one-word openers of introductory.txt that are neither preposition nor subordinator
        ('then', 'later', 'now', 'meanwhile'; not 'when', 'after'): an adverb before the sentence's subject, with or without its comma."""
        other = {w.lower() for f in ("prepositions.txt", "subordinators.txt") for w in self._words(f)}
        return frozenset(w.lower() for w in self._words("introductory.txt") if " " not in w and w.lower() not in other)

    @cached_property
    def _inner_clause_re(self) -> re.Pattern:
        # (not 'as': mostly a preposition here, 'dismissed it as “…”'; a complementiser only before a
        # clause's subject, 'so upset that I …', not a determiner, 'dismissed that claim')
        subs = [w for w in self._words('subordinators.txt') if w != "as"]
        comp = _alt(self._words('complementisers.txt'))
        pron = _alt([w for w in self.pronouns if " " not in w]) if self.pronouns else "i|he|she|we|they|it|you"
        return re.compile(rf"(?<![\w’'-])(?:(?i:{_alt(subs)})(?![\w’'-])|(?i:{comp})\s+(?:[A-Z]|(?i:{pron})(?![\w’'-])))")

    def open_clause_subject(self, text: str, a: int, b: int) -> Mention | None:
        """The subject that opens the sentence ``text[a:b]`` ('Ortiz resisted:', 'Ortiz dismissed it as'),
        when no inner clause ('She was so upset that I had to change my answer:') comes before ``b``."""
        spk = self.clause_subject(text, a, b)
        if spk is None or self._inner_clause_re.search(text, spk.end, b):
            return None
        return spk

    def is_title(self, text: str, a: int, b: int) -> bool:
        """A short quotation in title case ('“The Apprentice,”', '“Meet the Press”', '“12 Angry
        Men”'): every word capitalised (or a number) but the small ones (title_words.txt), and no
        sentence ending inside; or an article's headline before its byline, whatever its case
        ('“Mayor backs new ferry line,” by the Ledger's Ana Ruiz')."""
        by = _BYLINE_AFTER.match(text, b, min(len(text), b + 80))
        if by and (by.group(1) or text[a:b].rstrip().endswith(",")):
            return True
        t = text[a:b].rstrip(" ,;:")
        words = _WORD_TOKEN.findall(t)
        # a subheading is a line of its own, its full stop included: “'All Bets Are Off.'”
        # (looked for within a few characters: linear on a document that is one long line)
        ls, le = text.rfind("\n", max(0, a - 8), a), text.find("\n", b, b + 8)
        line = (ls >= 0 or a <= 8) and not text[ls + 1:a].strip(" \t“”\"'‘’«»") and \
            not text[b:le if le >= 0 else min(len(text), b + 8)].strip(" \t\r\n“”\"'‘’«».") and \
            (le >= 0 or b + 8 >= len(text))
        # or a title that ends the sentence inside its marks, after a word: 'NBC's “Nightly News.”'
        k = a - 1
        while k >= 0 and text[k] in " \t“”\"'‘’«»":
            k -= 1
        inline = k >= 0 and text[k].isalnum()
        if len(words) < 2 or len(words) > 8 or t[-1:] in ("!?…" if line or inline else ".!?…") or \
                not (words[0][0].isupper() or words[0][0].isdigit()):
            return False
        return all(w[0].isupper() or w[0].isdigit() or w.lower() in self.title_small_words for w in words)

    @cached_property
    def title_small_words(self) -> frozenset[str]:
        return self._lower_words("title_words.txt")

    def attribution_only(self, text: str, a: int, b: int) -> bool:
        """'Ortiz asked.', 'the governor said of the plan in May.' after '“…?”': a speaker and a
        cue open the sentence."""
        m = self.cue_re.search(text, a, min(b, a + 60)) if self.cue_re is not None else None
        if not m or m.start() == a or len(text[a:b].split()) > 40 or text[a].islower():
            return False
        spk = self.subject_before(text, a, m.start(), a)
        return spk is not None and not text[a:spk.start].strip()

    def colon_label(self, text: str, a: int, b: int):
        """'Former Mayor Lena Ortiz: “…”', 'Ortiz, Channel 5: “…”': a name before a colon (the part
        before a comma, when an outlet follows it)."""
        d = _DIGEST_LABEL.fullmatch(text, a, b)
        if d is not None:                  # 'STATE POLLS MISSED THE SHIFT - Lena Ortiz and Tom Reyes: “…”'
            spk = self.name_at_end(text, *d.span(1))
            if spk is not None and spk.kind == "name":
                return spk, text.find(":", d.end(1))
        m = _LABEL.fullmatch(text, a, b)
        if not m:
            return None
        la, lb = m.span(1)
        comma = text.find(",", la, lb)
        lb = comma if comma > 0 else lb
        spk = self.name_at_end(text, la, lb)
        if spk is None or len(text[la:lb].split()) > 8:
            return None
        return spk, text.find(":", m.end(1))

    def opening_source(self, text: str, a: int, b: int):
        """'In the new CBS poll, Trump leads by 13 points': a preposition, a phrase ending in a
        finding document (finding_documents.txt) and a comma open the sentence."""
        m = self.opening_source_re.match(text, a, b) if self.opening_source_re else None
        if m is not None:
            da, db = m.span(1)
            doc = Mention(text[da:db], da, db, "unnamed", name=text[da:db], lang=self.code)
        else:
            m = self.opening_view_re.match(text, a, b) if self.opening_view_re else None
            doc = self._view_holder(text, *m.span(1)) if m is not None else None
            if doc is None and self.view_is_that_re is not None:
                m = self.view_is_that_re.match(text, a, b)
                doc = self._view_holder(text, *m.span(1)) if m is not None else None
            if doc is None:
                m = _OPENING_FOR.match(text, a, b)
                doc = self._role_holder(text, m) if m is not None else None
            if doc is None:
                m = _OPENING_FOR_QUOTE.match(text, a, b)
                doc = self._quoted_holder(text, m, b) if m is not None else None
            if doc is None:
                m = _OPENING_FOR_CITED.match(text, a, b)
                doc = self.name_at_end(text, *m.span(1)) if m is not None else None
                doc = doc if doc is not None and doc.start == m.start(1) and doc.kind == "name" else None
            if doc is None:
                return None
        cs = m.end()
        ce = trim_punct(text, cs, b)
        while ce > cs and text[ce - 1] in ".!?":
            ce -= 1
        return doc, cs, ce

    def closing_source(self, text: str, a: int, b: int):
        """'Trump leads by 57 percent to 33 percent in the 50-state poll.': a clause of at least
        four words, then "in", a phrase ending in one finding document (finding_documents.txt, with
        its tail: 'released Sunday') or an aggregate of them ('the average of recent polls') and
        the sentence's end; the clause is the document's finding ('ahead in the polls' is none)."""
        if self.closing_source_re is None:
            return None
        m = self.closing_source_re.search(text, a, b)
        if m is None:
            return None
        da, db = m.span(1)
        while a < m.start() and text[a].isspace():
            a += 1
        ce = trim_punct(text, a, m.start())
        if len(text[a:ce].split()) < 4 or _QUOTE_MARK.search(text, a, ce):
            return None
        return Mention(text[da:db], da, db, "unnamed", name=text[da:db], lang=self.code), a, ce

    @cached_property
    def closing_source_re(self) -> re.Pattern | None:
        docs = self.finding_documents
        if not docs:
            return None
        return re.compile(rf"[ \t]+in[ \t]+((?:a|an|the|its|his|her|their|this|[A-Z][\w.’'/\-]*[’']s)[ \t]+"
                          rf"(?:(?![\w\-]+ing\b)[^\s,;:“”\"]+[ \t]+){{0,5}}?(?:(?i:{_alt(docs)})|of[ \t]+(?:[^\s,;:“”\"]+[ \t]+){{0,3}}?(?i:{_alt(docs)})s)"
                          rf"(?:[ \t]+(?:released|published|conducted|taken|out)\b[^,;:“”\"]{{0,40}}?)?)[ \t]*[.!?]?[ \t]*\Z")

    @cached_property
    def opening_view_re(self) -> re.Pattern | None:
        """'In his view, …', 'In Lena Ortiz's words, …', 'To her mind, …': a possessive
        (possessives.tsv, or a name's) and a view noun (view_nouns.txt) open the sentence."""
        nouns = self._words("view_nouns.txt")
        if not nouns or not self.possessives:
            return None
        return re.compile(rf"(?:In|To)\s+((?i:{_alt(self.possessives)})|(?:[A-Z][\w.’'\-]*\s+){{0,3}}[A-Z][\w’'\-]*[’']s)"
                          rf"\s+(?:own\s+)?(?:{_alt(nouns)})\s*,\s+(?=\S)")

    @cached_property
    def view_is_that_re(self) -> re.Pattern | None:
        """'Umarov's view is that …', 'Her argument is that …': a possessive or a name's, a view
        noun (view_nouns.txt, thesis_nouns.txt), 'is that' open the sentence."""
        nouns = self._words("view_nouns.txt") + self._words("thesis_nouns.txt")
        if not nouns or not self.possessives:
            return None
        return re.compile(rf"((?i:{_alt(self.possessives)})|(?:[A-Z][\w.’'\-]*\s+){{0,3}}[A-Z][\w’'\-]*[’']s)"
                          rf"\s+(?:own\s+|main\s+|central\s+)?(?:{_alt(nouns)})\s+(?:is|was|remains)\s+that\s+(?=\S)")

    @cached_property
    def possessives(self) -> dict[str, str]:
        return {k.lower(): v for k, v in self.table("possessives.tsv").items()}

    def _role_holder(self, text: str, m: re.Match) -> Mention | None:
        """'For the researcher Marie Dubois, …' (French 'Pour X, …' translated): the person a
        preposition, a role ending in a person's source noun and a full name open the sentence with."""
        head = m.group(1).split()[-1].lower()
        if self.source_nouns.get(head) in (None, "document", "media", "body"):
            return None
        found = self.name_at_end(text, *m.span(2))
        if found is None or found.kind != "name" or found.start != m.start(2) or " " not in found.name:
            return None
        found.role = found.role or m.group(1)
        return found

    def _relative_source(self, text: str, a: int, cue, end: int):
        """'He met a local farmer, according to whom the water has not come …' (French 'selon qui'
        translated): the name or noun phrase before the comma speaks the clause after 'whom'.
        (speaker, content) or None when the source is no relative pronoun."""
        rel = _WHOM.match(text, cue.end, end)
        start = rel.end() if rel is not None else None
        if rel is None and text[cue.start:cue.end].split()[-1].lower() == "whom":
            # '…, for whom «the region is becoming a crossroads».' ('pour qui'): a quotation only
            start = cue.end + len(text[cue.end:end]) - len(text[cue.end:end].lstrip())
            if not _QUOTE_TO_END.fullmatch(text, start, end):
                return False
        if start is None:
            return None
        comma = text[a:cue.start].rstrip()
        if not comma.endswith(","):
            return None if rel is not None else False
        e = a + len(comma) - 1
        found = self.name_at_end(text, a, e)
        if found is None or found.end != e:
            m = self._np_at_end_re.search(text, a, e)
            if m is None:
                return None
            found = Mention(m.group(), m.start(), m.end(), "unnamed", name=m.group(), lang=self.code)
        return found, self.content(text, start, end)

    @cached_property
    def _np_at_end_re(self) -> re.Pattern:
        """A short noun phrase with a determiner that ends a span ('a local farmer')."""
        det = _alt([*self._words("determiners.txt"), *self._words("quantifiers.txt"), "a", "an"])
        return re.compile(rf"\b(?i:{det})\s+(?:[\w’'\-]+\s+){{0,3}}[\w’'\-]+$")

    def _they_in_body(self, text: str, a: int, spk: Mention) -> Mention | None:
        """'In the press service of the government they explained that …' (Russian 'В пресс-службе
        … пояснили' translated): an impersonal 'they' after an opening 'In the …' that names a body
        (a word of org_words.txt or a source noun's body or media) is that body."""
        if spk.kind != "pronoun" or text[spk.start:spk.end].lower() != "they":
            return None
        m = _IN_THE_BODY.fullmatch(text, a, spk.start)
        if m is None:
            return None
        pa, pb = m.span(1)
        found = self.name_at_end(text, pa, pb)
        if found is not None and found.kind == "org" and found.end == pb and found.start == pa + 4:
            return found                               # 'In the Kremlin they …'
        words = [w.strip(".,").lower() for w in text[pa:pb].split()]
        if not any(self.source_nouns.get(w) in ("body", "media") or w.capitalize() in self.org_words for w in words):
            return None
        return Mention(text[pa:pb], pa, pb, "unnamed", name=text[pa:pb], lang=self.code)

    def known_body(self, m: Mention, registry) -> Mention | None:
        """'The Kazakh foreign ministry said …': an unnamed or nominal source that is, without its
        determiner, a registered organisation's name or alias (case aside) is that organisation."""
        if registry is None or m.kind not in ("unnamed", "nominal"):
            return None
        words = m.text.split(None, 1)
        if len(words) < 2 or words[0].lower() not in self.determiner_words:
            return None
        ids = registry.alias_ids(words[1])
        if len(ids) != 1 or getattr(registry.entries.get(ids[0]), "type", None) != "organization":
            return None
        a = m.end - len(words[1])
        return Mention(words[1], a, m.end, "org", name=words[1], lang=self.code)

    def statement_by(self, text: str, a: int, b: int):
        """'This was stated by the minister of energy Almasadam Satkaliyev.' (Russian 'Об этом
        заявил …' translated; 'About this reported the press service of the akimat.'): a sentence
        that names the speaker of the sentence before it. (speaker, cue start, cue end) or None."""
        m = _THIS_WAS_BY.match(text, a, b)
        if m is None:
            return None
        verb = m.group(1) or m.group(3)
        if self.cues.get(verb.lower()) != "speech":
            return None
        e = trim_punct(text, m.end(), b)
        while e > m.end() and text[e - 1] in ".!?":
            e -= 1
        relay = self.relay_re.search(text, m.end(), e) if self.relay_re is not None else None
        if relay is not None:                  # '… by RIA Novosti with reference to the press service'
            e = trim_punct(text, m.end(), relay.start())
        spk = self.source_phrase(text, m.end(), e)
        if spk is None or spk.kind == "pronoun" or text[spk.end:e].strip(" ,"):
            return None
        named = self.name_at_end(text, spk.start, e) if spk.kind != "name" else None
        if named is not None and named.kind == "name" and " " in named.name and named.start > spk.start:
            named.role = named.role or text[spk.start:named.start].strip(" ,")   # 'the minister of energy X'
            spk = named
        va = m.start(1) if m.group(1) else m.start(3)
        return spk, va, va + len(verb)

    @cached_property
    def relay_re(self) -> re.Pattern | None:
        """The phrase by which a source names its own source ('with reference to', relays.txt)."""
        words = self._words("relays.txt")
        return re.compile(rf"[ \t]*,?[ \t]+(?i:{_alt(words)})\b") if words else None

    def _quoted_holder(self, text: str, m: re.Match, b: int) -> Mention | None:
        """'For Michel Duval, «Moscow no longer has the means of its ambitions».' (French 'Pour X,
        « … »' translated): a person's full name, and one quotation for the rest of the sentence."""
        if not _QUOTE_TO_END.fullmatch(text, m.end(), b):
            return None
        found = self.name_at_end(text, *m.span(1))
        if found is None or found.kind != "name" or found.start != m.start(1) or " " not in found.name:
            return None
        return found

    def _view_holder(self, text: str, a: int, b: int) -> Mention | None:
        """The holder in an opening view phrase: a possessive pronoun, or a name before its 's."""
        cls = self.possessives.get(text[a:b].lower())
        if cls is not None:
            return Mention(text[a:b], a, b, "pronoun", cls=cls, lang=self.code)
        found = self.name_at_end(text, a, b - 2)
        return found if found is not None and found.start == a and found.kind in ("name", "org") else None

    @cached_property
    def opening_source_re(self) -> re.Pattern | None:
        docs = self.finding_documents
        if not docs:
            return None
        return re.compile(rf"(?:In|According\s+to)\s+((?:a|an|the|its|his|her|their|[A-Z][\w.’'/\-]*[’']s)\s+"
                          rf"(?:[^\s,;:“”\"]+\s+){{0,5}}?(?i:{_alt(docs)})s?"
                          rf"(?:\s+(?:released|published|conducted|taken|out|by|from|of)\b[^,;:“”\"]{{0,60}})?)\s*,\s+(?=\S)")

    def label_line(self, text: str, a: int, b: int):
        """'TRUMP: The deaths of …' (a transcript's turn: a label in capitals), 'Lewandowski: FBI
        director acted as …' (a headline: a name of at most four words), 'Poll: …' (a finding
        document, finding_documents.txt); never a label word
        ('UPDATE:', 'Note:', label_words.txt) or a one-letter one ('Q:')."""
        m = _LINE_LABEL.match(text, a, b)
        if m is None or m.group(1).split()[0].rstrip(".").lower() in self.label_words:
            return None
        la, lb = m.span(1)
        label = m.group(1)
        transcript = label.isupper() and len(label.replace(" ", "")) > 1
        if transcript:
            spk = self._label_mention(text, la, lb)
        elif label.lower() in self.finding_documents:       # 'Poll: Ortiz and Diaz tied in Ohio'
            spk = Mention(label, la, lb, "unnamed", name=label, lang=self.code)
        else:
            spk = self.name_at_end(text, la, lb)
            if spk is None or spk.end != lb:
                return None
        cs, ce = m.end(), trim_punct(text, m.end(), b)
        if not transcript and ce > cs and text[ce - 1] == "." and not text[ce - 2:ce - 1].isupper():
            ce = trim_punct(text, cs, ce - 1)            # a headline's full stop is not its claim's
        return spk, m.end(1) + text[lb:m.end()].index(":"), cs, ce, transcript

    def idle_here(self, text: str, cue, quotes_in) -> bool:
        """A cue of quotation_cues.txt ('continued') without a quotation in its sentence or content,
        and without a 'that' between it and its content ('continued to insist that …'): the verb
        in its own sense ('The talks will continue, the minister said'). A belief with a copula
        after an expletive 'it' ('It is certain that …') is held by no one."""
        spk = cue.speaker
        if cue.role == "belief" and spk is not None and spk.kind == "pronoun" and spk.end <= cue.start \
                and text[spk.start:spk.end].lower() == "it" and " " in text[cue.start:cue.end] \
                and not text[cue.sent.start:spk.start].strip(" \t“\"«") \
                and self.auxiliary_word_re.fullmatch(text[cue.start:cue.end].split()[0]) is not None:
            return True
        words = self.quotation_cues
        if not words or text[cue.start:cue.end].lower() not in words or quotes_in:
            return False
        a, b = cue.content or (cue.end, cue.end)
        if _ANY_QUOTE.search(text, min(a, cue.sent.start), max(b, cue.sent.end, cue.end + 4)):
            return False                        # (NYT's doubled '' marks are no quotation to the quote stage)
        return not (cue.content is not None and a >= cue.end and self.complementiser_re.search(text, cue.end, a + 1))

    @cached_property
    def quotation_cues(self) -> frozenset[str]:
        return self._lower_words("quotation_cues.txt")

    def interviewer_line(self, text: str, a: int, b: int) -> bool:
        """'Q: How do you assess …', 'Interviewer: …' (interviewer_labels.txt)."""
        return self.interviewer_re is not None and self.interviewer_re.match(text, a, b) is not None

    @cached_property
    def interviewer_re(self) -> re.Pattern | None:
        return self._word_re("interviewer_labels.txt", r"[ \t]*(?:{alt})[ \t]*:[ \t]+(?=\S)")

    @cached_property
    def label_words(self) -> frozenset[str]:
        return self._lower_words("label_words.txt")

    def transcript_label(self, text: str, a: int, b: int):
        """'“WALLACE: But, Governor, I have to ask you …”': a transcript quoted with its speaker's
        label in capitals."""
        m = _TRANSCRIPT_LABEL.match(text, a, b)
        if not m or m.end() >= b:
            return None
        return self._label_mention(text, m.start(1), m.end(1))

    def _label_mention(self, text: str, a: int, b: int) -> Mention:
        """A speaker's label in capitals: WALLACE is Wallace; a short one (FBI) stays as written."""
        label = text[a:b]
        return Mention(label, a, b, "name", name=label.title() if len(label) > 4 else label, lang=self.code)

    @cached_property
    def passive_verb_re(self) -> re.Pattern:
        aux = _alt(self._words("passive_auxiliaries.txt"))
        return re.compile(rf"(?i:\b(?:{aux}))\s+(?:{self.adverb_suffix}\s+|not\s+)?[a-z]+(?:ed|en|wn|ld)\b")

    def is_headline(self, text: str, a: int, b: int) -> bool:
        """'Gingrich Takes Talk Of Being Trump’s Running Mate': three words or more, nearly all
        capitalised but the small ones."""
        words = [w for w in _WORD_TOKEN.findall(text[a:b]) if w.lower() not in self.title_small_words]
        return len(words) >= 3 and sum(w[0].isupper() or w[0].isdigit() for w in words) >= 0.8 * len(words)

    def passive_between(self, text: str, a: int, b: int) -> bool:
        return self.passive_verb_re.search(text, a, b) is not None

    def predicate_quote(self, text: str, i: int) -> bool:
        return self.predicate_marker_re is not None and self.predicate_marker_re.search(text, max(0, i - 12), i) is not None

    @cached_property
    def predicate_marker_re(self) -> re.Pattern | None:
        return self._word_re("predicate_markers.txt", r"\s(?:{alt})\s+$")

    def dash_signature(self, text: str, a: int, b: int):
        """'“…” — Lena Ortiz, a baker.' ending a paragraph: a dash and a name (perhaps with a role
        after a comma) after the quotation sign it."""
        m = _SIGNATURE.fullmatch(text, a, b)
        if not m:
            return None
        la, lb = m.span(2)
        spk = self.name_at_end(text, la, lb)
        if spk is None or spk.start != la or len(text[la:lb].split()) > 5:
            return None
        return spk, m.start(1)

    # ---- content -----------------------------------------------------------------------------
    @staticmethod
    def _unquoted_before(text: str, a: int, i: int) -> bool:
        """Is no quotation open at ``i`` that opened after ``a`` (curly, straight or doubled ''
        marks)?"""
        return text.count("“", a, i) == text.count("”", a, i) and text.count('"', a, i) % 2 == 0 \
            and "''" not in text[a:i]

    def content(self, text: str, a: int, b: int, infinitive: bool = False, cue_word: str = "") -> tuple[int, int] | None:
        """The reported content in ``text[a:b]``: without a trailing participle phrase of the
        writer's or a speech cue ('…, drawing protests', '…, adding that …'; any participle after an
        infinitive, or in content with a quotation) or punctuation; none if it is an infinitive
        ("told to leave") unless the cue takes one. ``cue_word``: the cue's text when it is a simple
        past or present (a later verb in its base form is then the content's)."""
        while a < b and (text[a].isspace() or text[a] == "," and a + 1 < b and text[a + 1].isspace()):
            a += 1                                       # 'said that, during the war, …'
        if b - a > self.content_window:                 # a run-on 'sentence' of thousands of words:
            cut = text.rfind(" ", a, a + self.content_window)   # bounded work per cue
            b = cut if cut > a else a + self.content_window
        m = self.participle_tail_re.search(text, a, b)
        goes_on = m is not None and not infinitive and not _QUOTE_MARK.search(text, a, b) and "''" not in text[a:b]
        while goes_on and m and not self._participle_ends_content(text, m, b):
            m = self.participle_tail_re.search(text, m.end(), b)   # '…, handing out fines to …': the clause's
        if m and not self._participle_closed(text, m.end(), b):   # (keeping a closing mark: '…” — asserting')
            b = m.start() + (1 if text[m.start()] in "”\"’»" else 2 if text[m.start() + 1] in "”\"’»" else 0)
        # the writer's comment after the content: '…, while trying to explain', '… — a play on words'
        m = self.writer_comment_re.search(text, a, b) if self.writer_comment_re else None
        if m and m.group(1).lower() in self.writer_clause_words and not (
                self.subject_opener_re and self.subject_opener_re.match(text, m.end(), b)):
            m = None                                   # ', but necessary' is the speaker's
        if m and m.start() > a and text.find(",", m.end(), b) < 0 and \
                text.count("“", a, m.start()) == text.count("”", a, m.start()) and text.count('"', a, m.start()) % 2 == 0:
            b = m.start() + (1 if text[m.start()] in "”\"’»" else 0)
        # a coordinated clause with a speech cue of its own is a new attribution:
        # 'X confirmed the results, and the ministry called the vote “…”'
        # (not a second "that"-clause of the same report: 'X said the plan works, and that Y agreed')
        for m in self.coordination_comma_re.finditer(text, a, b):
            if self.cue_re is not None and self.cue_re.search(text, m.end(), min(b, m.end() + 60)) \
                    and not self._second_complement(text, m.end(), b):
                b = m.start()
                break
        # … and with a pronoun subject, comma or not: 'X said the talks had failed and she accused Y of …'
        for m in self.pronoun_coordination_re.finditer(text, a, b) if self.pronoun_coordination_re else ():
            if self.cue_re is not None and self.cue_re.search(text, m.end(), min(b, m.end() + 60)) \
                    and self._unquoted_before(text, a, m.start()):
                b = m.start()
                break
        # the writer's time clause: 'X pledged to stay in the race as he heads to Ohio'
        for m in self.time_clause_re.finditer(text, a, b) if self.time_clause_re else ():
            if self._unquoted_before(text, a, m.start()):
                b = m.start()
                break
        # the speaker's next verb: 'X said she had released her returns and called on Y to …'
        later = self._later_coordinated_cue(text, a, b, cue_word)
        if later is not None:
            b = later
        # a non-restrictive relative clause is the writer's: 'X said the FBI had questioned Ortiz,
        # who worked on the campaign in 2008'
        m = self.relative_comma_re.search(text, a, b) if self.relative_comma_re else None
        if m and text.count("“", a, m.start()) == text.count("”", a, m.start()) \
                and text.count('"', a, m.start()) % 2 == 0 and not self._clause_resumes(text, m.end(), b) \
                and not self._subject_only(text, a, m.start()):
            b = m.start()
        # another speaker's cue and quotation after a comma: 'X signaled that …, Diaz said, “…”'
        if self.cue_re is not None:
            for m in self.cue_re.finditer(text, a, b):
                comma = text.rfind(",", max(a, m.start() - 60), m.start())
                if comma < 0:
                    cut = self._conjoined_speaker(text, max(a, m.start() - 60), m, a)
                    if cut is not None:
                        b = cut
                        break
                    continue
                # '…, though Diaz said it was costly' / '…, Diaz said, “…”' (the cheap tests first)
                conj = self.contrast_re.match(text, comma + 1, m.start()) if self.contrast_re is not None else None
                if not conj and not _QUOTE_NEXT.match(text, m.end(), b) or not self.cue_ok(text, m.start(), m.end(), a):
                    continue
                e = self.strip_adverbs(text, comma + 1, m.start())
                s0 = conj.end() if conj else comma + 1
                subj = self._pronoun_at(text, s0, e) or self.name_at_end(text, s0, e)
                if subj is None and conj:           # '…, compared with four in 10 (who) said …'
                    rel = self._relative_end_re.search(text[s0:e]) if self._relative_end_re else None
                    e = s0 + rel.start() if rel else e
                    subj = self.name_at_end(text, s0, e) if rel else None
                    subj = subj or self._unnamed_before(text, s0, e)
                if subj is not None and not text[s0:subj.start].strip():
                    b = comma
                    break
        # a quotation closed with its comma, the writer's words after it: 'X said the plan was
        # “a disaster,” while trying to explain …', 'X, who estimates his costs were “in the seven
        # figures,” described …'
        b = self._quote_comma_end(text, a, b)
        b = trim_punct(text, a, b)
        if b <= a or not infinitive and self.non_content_re.match(text[a:b]) or self._setting_only(text, a, b):
            return None
        return (a, b)

    @cached_property
    def _participle_stops(self) -> frozenset[str]:
        """Words after which an '-ed' cue word is a verb, not an adjective ('doubted that')."""
        return self._lower_words("function_words.txt") | self._complementiser_words

    @cached_property
    def _complementiser_words(self) -> frozenset[str]:
        return self._lower_words("complementisers.txt")

    def _setting_only(self, text: str, a: int, b: int) -> bool:
        """Is ``text[a:b]`` only when and where words were said, no words of their own: 'Tuesday in
        Paris', 'last week on CNN', 'Sunday on NBC's “Meet the Press.”', 'aboard his plane on Monday'
        (a time from time_words.txt, then phrases opening with a preposition, no verb)?"""
        i = self.after_adverbials(text, a, b)
        if b - i > 160:                                # eight words at most: bounded work per cue
            return False
        rest = text[i:b].strip(" \t,.")
        if i == a and not _SETTING_PHRASES.match(rest) or len(rest.split()) > 8:
            return False
        return (not rest or _SETTING_PHRASES.fullmatch(rest) is not None) and \
            not any(self.verb_like(w) or w.lower() in self._complementiser_words for w in _WORD_TOKEN.findall(rest))

    def _subject_only(self, text: str, a: int, b: int) -> bool:
        """Is ``text[a:b]`` a short capitalised noun phrase without a verb, the subject of the
        reported clause ('that Mrs. Ortiz, who has raised the most money, still trails'): a
        relative clause after it is inside the content."""
        words = text[a:b].split()
        return 0 < len(words) <= 5 and words[0][:1].isupper() and not any(self.verb_like(w) for w in words) \
            and (self.cue_re is None or self.cue_re.search(text, a, b) is None)

    def _participle_ends_content(self, text: str, m: re.Match, b: int) -> bool:
        """Does the participle phrase at ``m`` end reported content: the writer's note of a result
        (result_participles.txt: '…, drawing protests'), a speech cue ('…, adding that …'), or a
        phrase with a cue in it, up to ``b`` ('…, amounting to what the senators said was …')?"""
        word = m.group().split()[-1]
        return word.lower() in self._result_participles or \
            self.cue_re is not None and self.cue_re.search(text, m.end() - len(word), b) is not None

    @cached_property
    def _result_participles(self) -> frozenset[str]:
        return self._lower_words("result_participles.txt")

    def _quote_comma_end(self, text: str, a: int, b: int) -> int:
        """Where reported content ends when a quotation in it closes with a comma inside its
        marks (',”', ',"') and unquoted words follow to ``b`` (the writer's: '…,” while …',
        '…,” described …'): after the closing mark; else ``b``."""
        for m in _QUOTE_COMMA.finditer(text, a, b):
            if m.group(1) == '"' and text.count('"', a, m.end()) % 2:
                continue                                   # an opening straight mark
            opening = text.rfind("“" if m.group(1) == "”" else '"', a, m.start())
            if opening < 0 or self.is_title(text, opening + 1, m.start()):
                continue                                   # 'a class, “Perceptions 301,” because …': a name
            rest = text[m.end():b]
            if rest.strip(" .!?") and not _QUOTE_MARK.search(rest) and "''" not in rest:
                return m.end()
        return b

    def _second_complement(self, text: str, i: int, b: int) -> bool:
        """Does a second complement clause of the same cue start at ``i`` ('…, and that the deal
        was fair'): a complementiser not followed by an auxiliary ('and that is why …' is a
        demonstrative subject)?"""
        th = self.complementiser_re.match(text, i, b)
        return th is not None and not (self.auxiliary_next_re is not None
                                       and self.auxiliary_next_re.match(text, th.end(), b))

    @cached_property
    def _conjunction_word_re(self) -> re.Pattern:
        """A conjunction (conjunctions.txt) between spaces."""
        return re.compile(rf"\s(?i:{_alt(self._words('conjunctions.txt'))})\s+")

    @cached_property
    def _relative_end_re(self) -> re.Pattern | None:
        """A relative pronoun ending the text ('four in 10 who')."""
        return re.compile(rf"\s+(?:{self.relative_alt})\s*$", re.I) if self.relative_alt else None

    def _conjoined_speaker(self, text: str, lo: int, cue, a: int) -> int | None:
        """Where a content ends before "and"/"but" and a named or unnamed speaker of its own with
        ``cue``: 'X said the party ignores them and one in four said it was hostile' (None: no
        such speaker; a pronoun there is most often the same speaker going on)."""
        if self.conjunction_screen.absent(text, lo, cue.start()):
            return None
        conj = None
        for conj in self._conjunction_word_re.finditer(text[lo:cue.start()]):
            pass
        if conj is None or self.participle_ending and cue.group().endswith(self.participle_ending) \
                or not self.cue_ok(text, cue.start(), cue.end(), a):
            return None                      # 'Ryan saying … and Trump calling it …': one sentence
        before = text[lo:lo + conj.start()].split()
        last = before[-1] if before else ""
        if last[:1].isupper() or last[-1:].isdigit() or self.pronouns.get(last.lower()) in _PERSONAL \
                or self._share_end_re is not None and self._share_end_re.search(text[lo:lo + conj.start()]):
            return None                      # 'he and Rubio promised', '91 percent of X and 81 percent'
        s0, e = lo + conj.end(), self.strip_adverbs(text, lo + conj.end(), cue.start())
        subj = self.name_at_end(text, s0, e) or self._unnamed_before(text, s0, e)
        return lo + conj.start() if subj is not None and subj.start == s0 else None

    def _later_coordinated_cue(self, text: str, a: int, b: int, cue_word: str = "") -> int | None:
        """Where a conjunction and a cue of the same subject start in ``text[a:b]`` ('… and
        added'), or None. After a simple past or present cue (``cue_word``), a verb in its base form
        is no verb of the speaker's but the content's: 'X said Y has time to step up and show …',
        'X says officials plan to visit the site and explain …'."""
        if self.cue_re is None:
            return None
        for m in self.coordinated_verb_re.finditer(text, a, b):
            c = self.cue_re.match(text, m.end(), b)
            if c is not None and self.cue_ok(text, c.start(), c.end(), a) and \
                    not (cue_word and self.verb_form(c.group()) == "base"):
                return m.start()
        return None

    def _comma_after_cue(self, text: str, cue, after: str) -> re.Match | None:
        """The comma closing a cue set off inside its sentence after its addressee ('…, the
        partner told them, …'), matched in ``after``; None if there is none."""
        if not self.addressee_verb_re.match(text[cue.start:cue.end]):
            return None
        obj = self.addressee_re.match(after)
        return _COMMA_NEXT.match(after, obj.end()) if obj and obj.end() > 0 else None

    def _simple_finite(self, text: str, left: int, cue) -> str:
        """The cue's text when it is a simple verb in the past or present ('said', 'says'), no
        auxiliary before it ('has said', 'did say' agree otherwise); else ""."""
        word = text[cue.start:cue.end]
        if self.verb_form(word) not in ("past", "present"):
            return ""
        before = text[left:cue.start].split()
        while before and re.fullmatch(self.adverb_suffix, before[-1]):
            before.pop()                               # 'has repeatedly said'
        return "" if before and self.auxiliary_word_re.fullmatch(before[-1].lower()) else word

    def verb_form(self, word: str) -> str:
        """The form of a cue's first word, from its ending and the cue list: 'participle'
        ('saying'), 'past' ('claimed', and 'told': no 'tolds' is listed), 'present' ('says') or
        'base' ('say': 'says' is listed)."""
        w = word.split()[0].lower() if word.split() else ""
        if w.endswith(self.participle_ending):
            return "participle"
        if w.endswith(self.past_ending):
            return "past"
        if w.endswith(self.present_ending) and not w.endswith(2 * self.present_ending) \
                and (w[:-1] in self.cues or w[:-2] in self.cues):
            return "present"
        return "base" if w + self.present_ending in self.cues or w + "e" + self.present_ending in self.cues else "past"

    def _coordinated_speaker(self, text: str, cue, previous) -> Mention | None:
        """The speaker of a cue joined by a conjunction to the end of the previous cue's content
        ('His aides say it is too early but noted that …'): that cue's speaker."""
        prior = previous[-1]
        if prior.speaker is None or prior.content is None or prior.direction != "forward":
            return None
        m = self.coordinated_verb_re.match(text, prior.content[1], cue.start)
        return prior.speaker if m is not None and m.end() == cue.start else None

    def _bare_clause(self, text: str, a: int, end: int) -> bool:
        """Does a clause without a complementiser start at ``a`` ('hopes the plant will reopen'):
        a subject opener, then an auxiliary within the first words, or a personal pronoun that is
        only ever a subject and a word after it ('admitted they withheld the emails')?"""
        if self._subject_pronoun_re is not None and self._subject_pronoun_re.match(text, a, end):
            return True
        return bool((self.subject_opener_re and self.subject_opener_re.match(text, a, end)
                     or self._bare_subject_start(_first_word(text[a:end])))
                    and self.auxiliary_re and self.auxiliary_re.match(text, a, end))

    def _bare_subject_start(self, word: str) -> bool:
        """A clause's subject may also open with a quantifier or a number ('other senators would
        …', 'six debates is …') or be a bare plural ('women are likely …')."""
        if word in self._quantity_words:
            return True
        return len(word) > 3 and word.isalpha() and word.endswith("s") and not word.endswith("ss") \
            and not self.verb_like(word) and word not in self.object_less_words \
            and word not in self._function_words_lower

    @cached_property
    def _quantity_words(self) -> frozenset[str]:
        return self._lower_words("quantifiers.txt") | self._lower_words("numbers.txt")

    @cached_property
    def _function_words_lower(self) -> frozenset[str]:
        return frozenset(w.lower() for w in self._function_words)

    @cached_property
    def _subject_pronoun_re(self) -> re.Pattern | None:
        """A personal pronoun that is never an object (pronouns.tsv, not 'it', which is both, nor
        'who'), a space and a lower-case word, or a pronoun with a contracted verb: the subject of
        a clause."""
        words = [w for w, cls in self.pronouns.items() if cls in ("person", "group", "self") and w != "it"]
        # (or any of them, 'it' too, with a contracted verb: 'they’re', 'it’s')
        return re.compile(rf"\s*(?:(?i:{_alt(words)})[ \t]+[a-z’']|(?i:{_alt(words + ['it'])})[’'](?:re|s|ll|ve|d|m)\b)") \
            if words else None

    @cached_property
    def gap_relative_re(self) -> re.Pattern | None:
        """A relative word (gap_relatives.txt) ending the text before a speaker, or opening it."""
        return self._word_re("gap_relatives.txt", r"(?:^|\s)({alt})\s+")

    def _relative_gap(self, text: str, left: int, spk: Mention | None, cue, end: int):
        """(speaker, content) of a speech cue inside a relative clause whose subject is missing
        after the cue ('a bill, which critics said was unfair', 'losses that executives said could
        hurt earnings'): an auxiliary follows the cue, and a relative word comes right before the
        speaker or opens it. None otherwise."""
        if self.gap_relative_re is None or self.auxiliary_next_re is None \
                or cue.role not in ("speech", "belief", "intent") or not self.auxiliary_next_re.match(text, cue.end, end):
            return None
        rel = None
        for rel in self.gap_relative_re.finditer(text, left, cue.start):
            pass
        if rel is None or spk is not None and not (rel.end() == spk.start or rel.start(1) == spk.start):
            return None
        prior = text[left:rel.start(1)].split()[-1:]
        if prior and (self.verb_like(prior[0]) or self.cue_re is not None and self.cue_re.fullmatch(prior[0])):
            return None                                # 'agreed that the party's rules should …': a complementiser
        if spk is None or rel.start(1) == spk.start:   # 'which critics' read as one noun phrase
            spk = self.subject_before(text, rel.end(), cue.start, rel.end()) or \
                self._noun_phrase_before(text, rel.end(), cue.start)
            if spk is None or spk.start != rel.end():
                return None
        content = self.content(text, cue.end, end)
        if content is None:
            return None
        if text[left:rel.start(1)].rstrip().endswith(","):   # a non-restrictive clause ends at its comma
            comma = text.find(",", cue.end, content[1])
            content = (content[0], trim_punct(text, content[0], comma)) if comma > 0 else content
        return spk, content

    # ---- cues ----------------------------------------------------------------------------------
    #: Characters a cue's analysis looks at before it (its subject): bounds the work per cue, so a
    #: paragraph of cues ("said said said …") stays linear in its length.
    cue_lookbehind = 300
    #: Characters a reported content may run to (the longest on PolNeAR train is 1,078): bounds the
    #: work per cue in a run-on sentence of cues ("Ortiz said, Ortiz said, …").
    content_window = 2000

    def analyse_cue(self, text: str, cue, quotes_in, previous, registry, matches, consumed) -> bool:
        """Find ``cue``'s speaker, direction and content; False if it is not a speech cue here."""
        s = cue.sent
        # (a digest label ends in a colon: most sentences hold none, and skip the pattern's lazy scan)
        d = _DIGEST_LABEL.match(text, s.start, s.end) if text.find(":", s.start, s.end) >= 0 else None
        if d is not None and cue.end <= d.start(1) and _QUOTE_MARK.match(text, d.end()):
            return False                   # 'Pollsters agree - Lena Ortiz: “…”': a digest item's headline
        left = max(self.clause_start(text, s, cue.start, quotes_in), cue.start - self.cue_lookbehind)
        before = text[left:cue.start]
        end = sentence_end(text, s)
        if cue.role == "source":                       # according to X, CONTENT / CONTENT, according to X
            whom = self._relative_source(text, s.start, cue, end)
            if whom is None and _WHOM.match(" " + text[cue.start:cue.end].split()[-1] + " "):
                return False                           # 'the people for whom the law was written'
            if whom is not None:                       # '…, a local farmer, according to whom …'
                if whom is False:
                    return False
                cue.speaker, cue.content = whom
                return cue.content is not None
            spk = self.source_phrase(text, cue.end, end)
            if not spk:
                return False
            cue.speaker = self.source_form(spk)
            if not text[s.start:cue.start].strip() or text[s.start:cue.start].strip(" \t,").lower() in self.clause_openers:
                # 'According to X, …'; 'But, according to the poll, …'
                comma = text.find(",", spk.end, end)
                if comma < 0:
                    return False
                appos = self._source_apposition(text, comma + 1, end) if spk.kind == "name" else None
                if appos is not None:          # 'According to Jean Lefort, specialist of Central Asia, …'
                    spk.role = spk.role or text[appos[0]:appos[1]]
                    comma = appos[1]
                aside = self.source_aside_re.match(text, comma + 1, end)
                if aside is not None:          # 'According to Umarov, writing for Carnegie, …'
                    comma = aside.end() - 1
                cue.content = self.content(text, comma + 1, end)
            elif text[s.start:cue.start].rstrip().endswith(",") and text[spk.end:end].startswith(",") \
                    and self.complementiser_re.match(text[spk.end + 1:end].lstrip()):
                return False                   # 'X told Y, according to the Kremlin, that …': X's words
            elif text[s.start:cue.start].rstrip().rstrip("”\"’»").endswith(",") and (
                    not text[spk.end:end].strip(" ,.;:") or self.apposition_after_re.match(text, spk.end, end)
                    or self._source_aside_ends(text, spk.end, end) or _WRITER_ASIDE.match(text, spk.end, end)
                    or self.source_relative_re is not None and self.source_relative_re.match(text, spk.end, end)) \
                    or not text[spk.end:end].strip(" ,.;:") and len(text[s.start:cue.start].split()) >= 4 \
                    and self.auxiliary_re is not None and self.auxiliary_re.search(text, s.start, cue.start):
                # '…, according to the poll, taking a step …', '… 46 to 39 percent according to a poll.'
                cue.direction = "tail"
                cue.before = (s.start, trim_punct(text, s.start, cue.start))
            elif text[s.start:cue.start].rstrip().endswith(",") and _QUOTE_NEXT.match(text, spk.end, end):
                pass                           # 'Moscow, in the words of one senator, “has forgotten …”'
            elif (close := self._source_aside_close(text, s.start, cue, spk, end)) is not None:
                # 'Fundraising, according to the campaign, has surged': the sentence it sits in
                rest = self.content(text, close + 1, end)
                if rest is None:
                    return False
                lead = text[s.start:cue.start].rstrip(" ,")
                cue.content = (s.start + len(lead) - len(lead.lstrip()), rest[1])
            else:
                return False
            return True
        if self.question_verb_re and self.question_verb_re.match(text[cue.start:cue.end]):
            asked = self._question_agent(text, cue.end, end, opening=not before.strip(" \t") or
                                         before.strip(" \t").lower() in self.clause_openers)
            if asked is not None:                      # '(When) asked by a reporter whether …'
                cue.speaker, cue.content = asked
                return True
        if self._cue_is_a_noun(text, cue, s, end, matches):
            return False
        aside = _dash_aside(text, left, cue.start)
        if aside is not None and aside.start() > left and text[left:aside.start()].strip():
            before = text[left:aside.start()]           # 'Ortiz — who chairs the board — said'
        if not (self.infinitive_screen is not None and self.infinitive_screen.absent_at_end(before, space=True)) \
                and self.infinitive_re.search(before) and self._base_form(text[cue.start:cue.end]):
            # 'Grieve interrupted me to announce, “…”': the clause's subject, for the quotation only
            if not re.match(r"\s*[,:]\s*[“\"«]", text[cue.end:end]):
                return False
            spk = self.clause_subject(text, left, cue.start)
            if spk is None:
                return False
            cue.speaker = spk
            return True
        passive = None if self.passive_screen.absent_at_end(before, space=True) else self.passive_re.search(before)
        progressive = None
        if passive and text[cue.start:cue.end].split()[0].lower().endswith(self.participle_ending):
            progressive, passive = passive, None       # "Ortiz is insisting …" is active
        if cue.role == "object" and not passive:       # RFE/RL quotes X, "…"
            if text[s.start:cue.start].rstrip().endswith(",") \
                    and text[cue.start:cue.end].lower().endswith(self.past_ending) and _BY.match(text, cue.end, end):
                return False         # '“…,” the minister said, quoted by Interfax': the relay, not the speaker
            quoting = self._quoted_as(text, cue, left, end, registry)
            if quoting is not None:  # 'Interfax quoted the minister as saying that …': the outlet's claim
                cue.speaker, cue.content = quoting
                return True
            spk = self.speaker_after(text, cue.end, s.end)
            if not spk:
                return False
            cue.speaker = spk
            cue.direction = "tail"
            cue.before = (s.start, trim_punct(text, s.start, cue.start))
            cue.lead_in = True
            return True
        if passive and cue.role != "object":
            agent = self._quotation_agent(text, cue.end, end) if cue.role == "quote" else None
            if agent is None:
                return False
            cue.speaker = agent                        # 'was labeled a “witch hunt” by Democrats'
            return True
        subj_end = left + (passive or progressive).start() if passive or progressive else left + len(before)
        stripped = before.strip()
        if not passive and cue.role == "speech" and self.inverted_as_re is not None \
                and self.inverted_as_re.fullmatch(text, s.start, cue.start):
            return self._inverted_as(text, cue, end)
        spk = None
        perfect = _PERFECT_AFTER_QUOTE.fullmatch(stripped)      # '«…», has insisted the president'
        participle = text[cue.start:cue.end].split()[0].lower().endswith(self.participle_ending)   # "referring to"
        if participle and not passive and left > s.start and stripped.replace(" ", "") in _DASHES \
                and text[s.start:left].strip() and not _QUOTE_MARK.match(text[s.start:left].lstrip()):
            # 'The fund would not discuss “that man,” telling Radio 5 that …': the sentence's subject
            # goes on speaking; the name after a participle is its object, never an inverted speaker
            prior = [c for c in previous if c.speaker]
            carried = prior[-1].speaker if prior else self.clause_subject(text, s.start, cue.start)
            if carried is None:
                return False
        else:
            carried = None
        if carried is None and not passive and (
                stripped.replace(" ", "") in _DASHES and left > s.start or not stripped
                or perfect and left > s.start and any(q.outer_end == left for q in quotes_in)):
            spk = self.speaker_after(text, cue.end, s.end)
            if spk is None and left > s.start and not text[cue.start:cue.end].lower().endswith(
                    self.participle_ending):           # '“…,” said the base chief known as Bob.'
                spk = self._noun_phrase_after(text, cue.end, end)
            if spk and not stripped and any(q.outer_start >= spk.end for q in quotes_in):
                cue.speaker = spk                      # 'Said Lena Ortiz, a neighbour, “We were proud.”'
                return True
            if spk:
                cue.speaker, cue.direction = spk, "tail"
                cue.before = (s.start, trim_punct(text, s.start, cue.start))
                return True
        spk = carried or aside is not None and not passive and self._name_with_role(text, left, subj_end) or \
            self.subject_before(text, left, subj_end, s.start) or self._subject_with_tail(text, left, subj_end)
        document = None if passive or carried else self._document_subject(text, left, subj_end)
        if document is not None and spk is not None and spk.end > document.start \
                and spk.kind in ("name", "org") and spk.start >= document.end and text[cue.end:end].strip(" .!?"):
            document = spk                             # 'A report by the Asian Development Bank found': its author
        elif document is not None and spk is not None and spk.end == document.end and spk.start >= document.start:
            document = spk                             # the subject found is the document's own head: it is the document
        elif document is not None and (spk is None or spk.end > document.start):
            spk = document                             # 'A Quinnipiac poll released Monday found …'
        if (spk is None or spk.kind == "unnamed" and spk.start == left + len(before) - len(before.lstrip())) \
                and (stripped.endswith(",") or _COMMA_DASH_END.search(stripped)) and not participle and \
                not self.addressee_verb_re.match(text[cue.start:cue.end]) and \
                not (cue.role == "belief" and any(w.lower().strip(",") in self.finding_document_words
                                                  for w in text[s.start:cue.start].split()[:6])):
            # ('A poll, taken in May, shows Ortiz with …': a finding document's object, never an inverted speaker)
            inv = self.speaker_after(text, cue.end, s.end) or \
                (self._unnamed_after(text, cue.end, end) if cue.role == "speech" else None)
            rest = text[inv.end:end].strip() if inv else ""
            if inv and (not rest or rest[0] in ",;(—–-" or self.object_preposition_re.match(rest)
                        or self.relative_comma_re is not None and self.relative_comma_re.match(", " + rest[:12])):
                # '…, said a handful of Democrats who point to …'
                cue.speaker, cue.direction = inv, "tail"
                cue.before = (s.start, trim_punct(text, s.start, cue.start))
                return True
        depicted = self._depicted_speaker(text, left, cue.start) if participle and not stripped.endswith(",") \
            else None
        absolute = self._absolute_subject(text, left, cue.start) if participle else None
        if absolute is not None:                       # '…, with one senator calling it a disaster'
            spk = absolute
        elif depicted is not None:                     # 'footage of Ortiz saying, “…”'
            spk = depicted
        elif participle and self.gerund_opener_re and self.gerund_opener_re.search(before):
            # 'Ortiz sang to Diaz before asking him, “…”': the clause's subject asks
            spk = self.clause_subject(text, left, cue.start) or spk
        elif participle and spk is not None and spk.kind in ("nominal", "unnamed") and spk.start > left and \
                self._statement_head(spk.text):
            # 'Mackler issued a statement saying …', 'her campaign sent an email to supporters
            # stating …': the statement's author, the clause's subject
            spk = self.clause_subject(text, left, spk.start) or self._possessed_subject(text, left, spk.start) or spk
        elif participle and spk is not None and spk.start > left and not stripped.endswith(",") and \
                (to := self._to_before_re.search(text, max(left, spk.start - 40), spk.start)) is not None and \
                self.source_nouns.get(_last_word(text, left, to.start()).lower(), "document") == "document":
            # 'Ortiz made a pitch to New York voters saying …', 'responded to Diaz’s question writing
            # …': the phrase after "to" is the addressee; the clause's subject speaks (not after a
            # person's noun: 'an adviser to his campaign' names a person by the one served)
            spk = self.clause_subject(text, left, spk.start) or spk
        elif stripped.endswith(",") and (participle or previous and previous[-1].speaker is not None
                                          and previous[-1].speaker.end <= previous[-1].end
                                          and not text[previous[-1].end:cue.start].strip(" ,")):
            # '…,” McCain said, asked about …': a cue right after another's 'X said,' is X's
            prior = [c for c in previous if c.speaker]
            if prior:                                  # "…, adding that …": the clause's speaker
                spk = prior[-1].speaker
            else:                                      # "Ortiz backed the plan, saying …": the subject
                spk = self.clause_subject(text, left, cue.start) or spk
        if spk is None and cue.role == "speech" and not participle and not passive \
                and stripped.rstrip("”\"").endswith(","):
            # "The board's website, run by Lena Ortiz, said the turnout …": the sentence's subject
            spk = self._subject_before_aside(text, s.start, cue, end)
        gap = self._relative_gap(text, left, spk, cue, end)
        if gap is not None:                            # 'a bill, which critics said was unfair'
            cue.speaker, cue.content = gap
            return True
        if spk is None and previous:
            spk = self._coordinated_speaker(text, cue, previous)
        if spk is None or self._negated(text, spk, cue):
            return False
        spk = self._they_in_body(text, s.start, spk) or spk
        cue.speaker = spk
        after = text[cue.end:end]
        finite = self._simple_finite(text, left, cue)
        # passive "X is quoted (by Y) as saying (that) …"
        if passive:
            m = self.quoted_as_re.search(after)
            if not m:
                return False
            start = cue.end + m.end()
            cue.content = self.content(text, start, end) if text[start:end].strip() else None
            cue.lead_in = not text[start:end].strip()
            return True
        # a trailing attribution: "“…,” Nazirov told RFE/RL." / "…, the report said."
        tail_text = self.tail_subject_re.sub("", after)
        belief = cue.role in ("belief", "intent")      # a clause complement only, never a tail
        # 'the poll found Ortiz leading'; a document's speech verb too: 'the new poll revealed a shift'
        finding = cue.role == "belief" and (spk is document or self._finding_document(spk)) or \
            cue.role == "speech" and spk is document
        if finding:                                    # 'the poll found Ortiz leading', '…, the poll found'
            belief, cue.role = False, "speech"
        if self.question_verb_re and self.question_verb_re.match(text[cue.start:cue.end]):
            q = self.indirect_question_re.match(after)   # "asked (the mayor) whether …"
            if q and _QUOTE_MARK.search(after):
                return False                           # a quoted phrase in a question is no claim
            if q:
                cue.content = self.content(text, cue.end + q.start(1), end)
                return True
            # (not the passive left after a subordinator: 'when asked to leave', 'if asked about it')
            elliptic = bool(before.split()) and self.subordinator_re is not None and \
                self.subordinator_re.match(" " + before.split()[-1] + " ") is not None
            req = self.request_re.match(after) if text[cue.start:cue.end].lower() in self.request_verbs \
                and not elliptic else None
            if req and (_first_word(after) == self.infinitive or _first_word(after) not in self.object_less_words) \
                    and not _QUOTE_MARK.search(after[:req.end()]) \
                    and self.pronouns.get(spk.text.lower()) != "relative" \
                    and not any(c.role == "source" and c.content and c.content[0] <= cue.start < c.content[1]
                                for c in previous):
                # 'Ortiz asked the council to reject the budget': the request, its addressee with it
                # (not 'an aide, who asked not to be named, …', nor inside 'According to X, …')
                cue.content = self.content(text, cue.end + req.start(1), end, infinitive=True)
                return True
            topic = self.question_topic_re.match(after) if self.question_topic_re is not None \
                and text[cue.start:cue.end].lower() in self.request_verbs and not elliptic else None
            if topic and not _QUOTE_MARK.search(after[:topic.end()]) and self.pronouns.get(spk.text.lower()) != "relative":
                # 'Reyes asked the mayor about the bridge contract': the topic put to the addressee
                cue.content = self.stance_object(text, cue.end + topic.start(1), end)
                return True
        later_quote = cue.role in ("stance", "quote") and self._quote_of_a_later_cue(text, cue.end, end)
        copular = cue.role == "belief" and " " in text[cue.start:cue.end] \
            and self.auxiliary_word_re.fullmatch(text[cue.start:cue.end].split()[0]) is not None
        if (cue.role == "quote" or copular) and not text[cue.end:end].strip(" .!?") and any(
                q.outer_end <= cue.start and (text[q.end - 1:q.end] in ",!?" or text[q.outer_end:q.outer_end + 1] == ",")
                and len(text[q.outer_end:cue.start].split()) <= 6 for q in quotes_in):
            # '“The road will be repaired,” the mayor promised.', '“Prices will fall,” the expert is sure.'
            cue.content, cue.role = None, "speech" if copular else cue.role
            return True
        if cue.role == "stance" or cue.role == "quote" and (later_quote or not _QUOTE_MARK.search(after)):
            # "Christie endorsed Trump last week", "Sanders called him divisive": the object
            if _QUOTE_MARK.search(after) and not later_quote:
                return False                           # the quotation rules decide ('dismissed it as “…”')
            cue.role = "stance"                        # it governs no quotation
            first = _first_word(after)
            # 'the territories it had supported in 2008', 'backed out of the deal': no object here
            cue.content = None if first in self.object_less_words else self.stance_object(text, cue.end, end)
            return True
        if cue.role == "regard":                       # "voters see Clinton as the stronger candidate"
            m = _AS_PREDICATE.match(after)
            if m is None or _QUOTE_MARK.search(after[:m.end()]):
                return False
            cue.role = "stance"
            obj = self.stance_object(text, cue.end + m.end(), end)
            cue.content = (cue.end + m.start(1), obj[1]) if obj else None
            return True
        if cue.role == "intent":                       # "Ortiz vowed to repeal the tax"
            inf = self.infinitive_start_re.match(after)
            if inf:
                cue.content = self.content(text, cue.end + inf.start(1), end, infinitive=True,
                                           cue_word=finite)
                if cue.content and (c := self._aside_closes(text, s.start, cue.start, *cue.content)) is not None:
                    cue.content = (cue.content[0], trim_punct(text, cue.content[0], c))   # 'X, who declined to comment, was …'
                return True
        answer = self.answer_re.match(text, cue.end, end) if cue.role == "speech" and self.answer_re else None
        if answer is not None:                         # '46 percent said yes, compared with …': the answer,
            cue.role = "stance"                        # a one-word stand on a question, governs no quotation
            cue.content = answer.span(1)
            return True
        # the speaker set off by a comma inside the sentence ('…, Ortiz said', '…, the Times said')
        # (the role of an apposed name opening the sentence is no content: 'X’s aide, Lena Ortiz, said …')
        set_off = spk.start > s.start and self.after_comma(text, s.start, spk.start) and \
            not (spk.role and text[s.start:spk.start].strip(" ,") == spk.role and _last_visible(text, s.start) in ".!?"
                 and len(spk.role.split()) <= 6 and not re.search(r"[“”\"«»]|''", spk.role))
        comma = None if belief or quotes_in else _COMMA_NEXT.match(after)
        # also with an addressee before the comma: 'The solution, the partner told them, was …'
        lead = comma if comma is not None or belief or quotes_in or not set_off else self._comma_after_cue(text, cue, after)
        goes_on = lead is not None and set_off and \
            not self._only_introductory(text, s.start, spk.start) and \
            not self._clause_after(text[cue.end + lead.end():end]) and \
            self._reported_clause_goes_on(text, cue.end + lead.end(), end, matches)
        rest = self.content(text, cue.end + lead.end(), end, infinitive=True) if goes_on else None
        if rest:                                       # 'Nor has Ortiz any plans, aides say, to …'
            cue.content = (s.start, rest[1])
            return True
        # a belief trails only at the sentence's end, its holder set off: 'The plan is safe, he believes.'
        closing_belief = cue.role == "belief" and set_off and not after.strip(" .!?”\"’")
        # 'recent polls show Clinton with a lead': a finding's object follows, no tail
        object_follows = finding and spk is document and bool(tail_text.strip(" .!?”\"’"))
        if (not belief or closing_belief) and not object_follows and (
                not self._complementiser_or_quote_re.search(after)
                or self._setting_only(text, cue.end, end)) and \
                (len(tail_text.split()) <= 6 or len(tail_text.split()) <= 14
                 and self.object_preposition_re.match(after.lstrip(" ,"))) and not self._clause_after(after) and \
                not self._clause_after(tail_text) and \
                not self._content_resumes(after) and not any(c.role == "source" for c in previous) and (
                left > s.start or set_off
                and len(text[s.start:spk.start].split()) >= 3
                and (not self._only_introductory(text, s.start, spk.start)
                     or not tail_text.strip(" .!?") and self.opening_modifier(text, s.start, spk.start))):
            # a gerund clause before a trailing cue: 'Seeing him suffer led him to …, he said.'
            cue.direction = "tail"
            cue.before = (s.start, trim_punct(text, s.start, self.phrase_start(text, s.start, spk.start)))
            return True
        if cue.role not in ("speech", "belief", "intent") or cue.role == "intent" and not (
                self.complementiser_re.match(after.lstrip()) or self._bare_clause(text, cue.end, end)):
            cue.content = None                         # governs quotations only
            return True
        if left > s.start and spk.end <= cue.start and len(text[spk.end:cue.start].split()) <= 1 and (
                not text[left:spk.start].strip(" ,") or self.title_gap(text[left:spk.start])) \
                and not _QUOTE_MARK.search(after) \
                and not self.complementiser_re.search(after):
            return True                                # '“…,” Ortiz said as she left': no content
        as_clause = belief and self.inverted_as_re is not None and self.inverted_as_re.match(text, s.start, cue.start) \
            and "," not in text[s.start:cue.start]      # 'As Laruelle has shown, …': the clause after the comma
        m = _COMMA_OR_COLON.match(after) if not belief or as_clause or after.lstrip().startswith(":") else None   # 'is convinced: …'
        aside = _ASIDE_THEN_THAT.match(after, m.end()) if m and after[m.start():m.end()].strip() == "," else None
        if aside is not None and not self.complementiser_re.match(after, aside.end()):
            aside = None                               # 'said, according to TASS, that …': the aside
        if m and (self.participle_re.match(after, m.end()) or self._relayed_by(after, m.end())) and aside is None:
            # '…, adding that …' is a cue of its own; 'The plan will fail, Ortiz said, adding …'
            if left == s.start and set_off \
                    and len(text[s.start:spk.start].split()) >= 3:
                cue.direction = "tail"
                cue.before = (s.start, trim_punct(text, s.start, self.phrase_start(text, s.start, spk.start)))
        elif comma is not None and set_off and len(text[s.start:spk.start].split()) >= 4:
            if self.object_preposition_re.match(text, cue.end + m.end()):    # '…, he said, on condition …'
                cue.direction = "tail"
                cue.before = (s.start, trim_punct(text, s.start, self.phrase_start(text, s.start, spk.start)))
                return True
            cue.content = self.content(text, s.start, end, cue_word=finite)   # 'Over the years, she said, email has …'
        elif m:
            start = cue.end + (aside.end() if aside else m.end())   # 'said, however, that …'
            th = self.complementiser_re.match(text, start) if self.complementiser_after_comma or aside else None
            cue.content = self.content(text, th.end() if th else start, end, cue_word=finite)
        elif not belief and not quotes_in and (skip := self.after_adverbials(text, self._to_addressee(text, cue.end, end), end)) > cue.end \
                and (m := _COMMA_OR_COLON.match(text, skip)) is not None and text[skip] in ",:" \
                and cue.role == "speech" and self.subject_opener_re is not None \
                and self.subject_opener_re.match(text, m.end(), end) \
                and not (self.subordinator_re is not None and self.subordinator_re.match(text, m.end(), end)) \
                and not self.conjunction_start_re.match(text, m.end(), end):
            # 'As Iskakova argues in a recent paper, the nexus is …': the setting, then the content
            cue.content = self.content(text, m.end(), end, cue_word=finite)
        else:
            th = self.complementiser_re.search(after)
            if th and len(after[:th.start()].split()) <= 12 and not _QUOTE_MARK.search(after[:th.start()]) \
                    and not self._clause_before(after, th.start()) \
                    and self._later_coordinated_cue(text, cue.end, cue.end + th.start()) is None \
                    and not (self.pronouns.get(spk.text.lower()) == "relative" and "," in after[:th.start()]):
                # ('The official, who asked not to be named, said that …': that "that" is not the relative clause's)
                # (not the "that" of a later cue: 'said the talks failed and added that …')
                # 'said that is unlikely': a "that" before a verb is the clause's subject, not a complementiser
                demonstrative = not after[:th.start()].strip() and self.auxiliary_next_re is not None and \
                    self.auxiliary_next_re.match(after, th.end()) is not None
                cue.content = self.content(text, cue.end + (th.start() if demonstrative else th.end()), end,
                                           cue_word=finite)
            elif belief or finding or self.bare_content_verb_re.match(text[cue.start:cue.end]) or \
                    self._bare_clause(text, cue.end, end):
                start = cue.end
                if self.addressee_verb_re.match(text[cue.start:cue.end]):
                    obj = self.addressee_re.match(after)
                    start += obj.end() if obj else 0
                skip = self.after_adverbials(text, start, end)     # 'said Tuesday night the …'
                if skip > start and self.subject_opener_re and self.subject_opener_re.match(text, skip, end):
                    start = skip
                if (not self.object_preposition_re.match(text[start:end]) or self._approximate_number_re.match(text, start, end)) \
                        and text[skip:end].strip(" .!?,;") and (
                        not belief or cue.role == "intent" or self._bare_clause(text, start, end) or (
                            self.bare_content_verb_re.match(text[cue.start:cue.end])
                            and self.subject_opener_re and self.subject_opener_re.match(text, start, end))):
                    cue.content = self.content(text, start, end, cue_word=finite)
        if cue.content is None and cue.role == "speech" and cue.direction == "forward" \
                and text[cue.start:cue.end].lower() in self.object_speech_verbs and not _QUOTE_MARK.search(after):
            # 'Ortiz announced the deal', 'Diaz reiterated his support': the object is the claim
            first = _first_word(after)
            if first and first not in self.object_less_words and not self.object_preposition_re.match(after.lstrip()) \
                    and not self.complementiser_re.match(after.lstrip()):
                k = self.after_adverbials(text, cue.end, end)      # 'announced on Monday a …'
                cue.content = self.stance_object(text, k, end) if text[k:end].strip(" .!?") else None
        if cue.content is None and cue.direction == "forward" and text[cue.start].isupper() \
                and cue.start > s.start and self._headline_cue(text, cue.start, s.start) \
                and not self.addressee_verb_re.match(text[cue.start:cue.end]):
            # 'Retired General Reveals ‘Demoralizing’ Experience Of …': a headline's object is its
            # claim (not the addressee of 'Ortiz Tells Council …')
            cue.content = self.content(text, cue.end, end)
        if cue.content is None and (not text[cue.end:end].strip(" ,:") or cue.direction == "forward"
                                    and cue.role == "speech" and self.after_adverbials(text, cue.end, end) >= end):
            cue.lead_in = True                         # (also 'Ortiz said in a statement.', 'said on Monday.')
        if self.commitment(text, cue):
            cue.content = None                         # a plan announced, not a claim
        elif cue.content and cue.content[0] >= cue.end and (
                self._in_opening_subordinate(text, s.start, cue.start, end) or self._in_relative_clause(text, s.start, cue.start)):
            # 'When Diaz suggested that the county would sue, Ortiz fired back: …'
            a, b = cue.content
            comma = _unquoted_comma(text, a, b)
            if comma is not None:             # 'As Ortiz said last week, “…”': a time is no content
                k = self.after_adverbials(text, a, end)
                cue.content = (a, comma) if comma > k and not self.object_preposition_re.match(text, k, comma) else None
                cue.subordinate = True
        elif cue.content and cue.content[0] >= cue.end and \
                (c := self._aside_closes(text, s.start, cue.start, *cue.content)) is not None:
            cue.content = (cue.content[0], trim_punct(text, cue.content[0], c))   # 'X, though she said …, voted …'
        return True

    def _quoted_as(self, text: str, cue, left: int, end: int, registry):
        """'The agency quoted Saidov as saying that …': the subject reports the quoted one's words,
        'Saidov as saying that …' (a speech cue in -ing after 'as', within a few words): (speaker,
        content) or None."""
        m = _AS_ING.search(text, cue.end, min(end, cue.end + 120))
        if m is None or self.cues.get(m.group(1).lower()) != "speech" or _QUOTE_MARK.search(text, cue.end, m.start()):
            return None
        spk = self.subject_before(text, left, cue.start, left, registry)
        if spk is None:
            return None
        a = cue.end + len(text[cue.end:end]) - len(text[cue.end:end].lstrip())
        return spk, (a, trim_punct(text, a, end))

    def _relayed_by(self, text: str, i: int) -> bool:
        """'…, the minister said, quoted by TASS': a past participle and its agent at ``i``."""
        m = self._past_participle_re.match(text, i)
        return m is not None and _BY.match(text, m.end()) is not None

    @cached_property
    def _past_participle_re(self) -> re.Pattern:
        return re.compile(rf"[a-z]+{self.past_ending}\b")

    def _to_addressee(self, text: str, i: int, end: int) -> int:
        """After a cue at ``i``, the end of the one it was said to ('explained to journalists',
        'to our correspondent'), else ``i``."""
        to = _TO.match(text, i, end)
        obj = self.addressee_re.match(text, to.end(), end) if to is not None else None
        return obj.end() if obj is not None else i


def _name_after_place(words: list[str], j: int) -> int | None:
    """Where a full name starts in ``words[j:]``, a place or body of capitalised words before it
    ('Almaty Yerbolat Dossayev', 'Mazhilis Yerlan Koshanov'): its last two words, three with a
    patronymic ('Akylbek Zhaparovich Kasymov'); None unless a word is left for the place."""
    n = 3 if len(words) - j >= 4 and _PATRONYMIC.search(words[-2]) else 2
    if len(words) - j > n and all(w[:1].isupper() or w in ("of", "the") for w in words[j:]) \
            and words[-n - 1] not in ("of", "the"):
        return len(words) - n
    return None


def _first_word(text: str) -> str:
    """The first word of ``text``, lower-cased, without the punctuation around it ("" if none)."""
    return text.split(None, 1)[0].lower().strip(",.;:") if text.strip() else ""


def _after_last_quote(text: str, a: int, b: int) -> str:
    """``text[a:b]`` after its last closing quotation mark (”, " or a doubled apostrophe), stripped:
    the role of "''…,'' the White House spokesman, Josh Earnest, said" is the spokesman, not the words."""
    d = text.rfind("''", a, b)
    k = max(text.rfind("”", a, b) + 1, text.rfind('"', a, b) + 1, d + 2 if d >= 0 else 0, a)
    return text[k:b].strip(" ,")


def _last_word(text: str, a: int, b: int) -> str:
    """The last word of ``text[a:b]`` ("" if none)."""
    words = text[max(a, b - 40):b].split()
    return words[-1].strip(",;:()“”\"'’") if words else ""


def _last_visible(text: str, pos: int) -> str:
    """The last character before ``pos`` that is not whitespace ("" if none): ``text[:pos].rstrip()[-1:]``
    without copying the text before ``pos``."""
    while pos > 0:
        lo = max(0, pos - 64)
        chunk = text[lo:pos].rstrip()
        if chunk:
            return chunk[-1]
        pos = lo
    return ""
