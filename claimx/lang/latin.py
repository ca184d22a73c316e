"""The grammar of reported speech in Latin-script (and Cyrillic) news text.

Names are runs of capitalised words; the speaker stands before a cue ("X said that …"), or after
it when the cue is inverted ("“…,” said X"); reported content follows a complementiser, a colon
or a comma. The words this grammar needs (complementisers, passive auxiliaries, adverbials,
prepositions, …) are files in ``data/<lang>/``; a language without its own file reads the
English one (see ``SHARED_WITH_EN`` in :mod:`claimx.lang.base`). English, French and Russian
override only what differs (:mod:`claimx.lang.en`, :mod:`claimx.lang.fr`, :mod:`claimx.lang.ru`).
"""
from __future__ import annotations

import re
from functools import cached_property

from claimx.lang.base import Rules, sentence_end, trim_punct
from claimx.mentions import Mention

_CAP = r"(?:[A-Z\u00C0-\u00DE\u0400-\u042F][\w’'\-\.]*|[A-Z]\.)"
_POSSESSIVE = re.compile(r"([A-Z][\w\-]+)[’']s\s+((?:[a-z\-]+\s+){0,2}[a-z\-]+)$")
_ACRONYM = re.compile(r"^[A-Z]{2,}(?:/[A-Z]{2,})*$")
_DASHES = ("", ",", "—", "–", ",—", ",–")


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in words)


class LatinRules(Rules):
    """Speech cues, speakers and content in a script with capitalised names and spaces."""

    #: words that end in these letters are adverbs as well ("X frankly said")
    adverb_suffix = r"[a-z]+ly"
    #: a participle phrase after the reported clause is the writer's, not the speaker's:
    #: 'X said that … was “too heavy a word,” prompting a rebuke from Kyiv.'
    participle = r"[a-z]+ing"
    #: a cue in this form continues the clause's speaker: "…, adding that …"
    participle_ending = "ing"
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

    # ---- word lists ------------------------------------------------------------------------
    def _words(self, name: str) -> list[str]:
        return [w.strip() for w in self.lines(name)]

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
    def adverb_re(self) -> re.Pattern:
        alt = "|".join([*map(re.escape, self._words("adverbials.txt")), self.adverb_suffix])
        return re.compile(rf"(?:\s+|^)(?:{alt})$")

    @cached_property
    def participle_tail_re(self) -> re.Pattern:
        return re.compile(rf",[”\"’»]?\s+(?:{self.participle})\b")

    @cached_property
    def name_run_re(self) -> re.Pattern:
        connect = f"(?:{_alt(self._words('name_particles.txt'))})"
        return re.compile(rf"(?:{_CAP}|(?<=\s){connect}(?=\s))(?:\s+(?:{_CAP}|{connect}(?=\s+[A-Z])))*")

    @cached_property
    def coordination_re(self) -> re.Pattern:
        return re.compile(rf"(?:^|\s)(?:{_alt(self._words('conjunctions.txt'))})$")

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
        return re.compile(rf"\s*(?:[A-Z][\w/\-]*(?:\s+[A-Z][\w/\-]*)*|{self.addressee_alt}|"
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
    def non_content_re(self) -> re.Pattern:
        return re.compile(rf"{self.infinitive}\s")

    # ---- names and noun phrases -------------------------------------------------------------
    def strip_adverbs(self, text: str, s: int, e: int) -> int:
        """Move ``e`` left over adverbs and auxiliaries ("also", "later", "has")."""
        while True:
            while e > s and text[e - 1].isspace():
                e -= 1
            m = self.adverb_re.search(text[s:e])
            if not m or m.start() == m.end():
                return e
            e = s + m.start()

    def name_at_end(self, text: str, s: int, e: int, registry=None) -> Mention | None:
        """A capitalised name (person or organisation) ending exactly at ``e``."""
        seg = text[s:e]
        best = None
        for m in self.name_run_re.finditer(seg):
            if m.end() == len(seg.rstrip()) and m.end() > m.start():
                best = m
        if not best:
            return None
        a, b = s + best.start(), s + best.end()
        words = text[a:b].split()
        # drop leading words that never begin a name (The, In, months) and lowercase connectors
        offs = [a + m.start() for m in re.finditer(r"\S+", text[a:b])]
        i = 0
        while i < len(words) and (words[i].rstrip(".") in self.not_names or words[i][0].islower()
                                   or words[i] in ("and", "of")):
            i += 1
        if i == len(words):
            return None
        words, offs = words[i:], offs[i:]
        mention_start = offs[0]
        honorific = None
        # an honorific just before the run ("Mr. Smith") or as its first word
        if words[0] in self.honorifics and len(words) > 1:
            honorific = words[0]
            words, offs = words[1:], offs[1:]
        role = None
        # a title inside the run: "Kazakh President Kassym-Jomart Tokayev" -> role + name
        for j in range(len(words) - 1, -1, -1):
            two = " ".join(words[max(0, j - 1):j + 1])
            if (words[j] in self.titles or two in self.titles) and j < len(words) - 1:
                role = text[offs[0]:offs[j] + len(words[j])]
                words, offs = words[j + 1:], offs[j + 1:]
                break
        if not words:
            return None
        name_start = offs[0]
        is_org = any(w.strip(".,") in self.org_words for w in words) or (
            len(words) == 1 and _ACRONYM.match(words[0]) is not None)
        if not is_org:
            # a person's name does not contain "of"/"and"; keep what follows the last one
            k = max((j for j, w in enumerate(words) if w in ("of", "and")), default=-1)
            if k >= 0:
                words, offs = words[k + 1:], offs[k + 1:]
                if not words:
                    return None
                name_start = offs[0]
                mention_start = max(mention_start, name_start)
        name_end = offs[-1] + len(words[-1])
        if text[name_end - 1] == "." and not re.fullmatch(r"(?:[A-Z]\.)+", words[-1]) \
                and words[-1] not in self.abbreviations:
            name_end -= 1                   # the sentence's full stop, not part of the name
        name = text[name_start:name_end]
        if not is_org and (name in self.not_names or len(name) < 2):
            return None
        return Mention(text[mention_start:name_end], mention_start, name_end,
                       "org" if is_org else "name", name=name, role=role, honorific=honorific,
                       lang=self.code)

    def subject_before(self, text: str, s: int, e: int, clause_start: int,
                       registry=None) -> Mention | None:
        """The speaker written just before a cue at ``e`` (``s`` bounds the search)."""
        e = self.strip_adverbs(text, s, e)
        if e <= s:
            return None
        seg = text[s:e]
        # coordination: "X presented ... and acknowledged" -> the clause's subject
        if self.coordination_re.search(seg):
            return self.subject_at_start(text, clause_start, e)
        # pronoun
        m = re.search(r"(?:^|[\s,(])(" + self.pronoun_alt + r")$", seg, re.I)
        if m and self.pronouns:
            w = m.group(1)
            return Mention(w, s + m.start(1), e, "pronoun", cls=self.pronouns[w.lower()], lang=self.code)
        # unnamed source with a determiner, perhaps with a prepositional tail
        un = self._unnamed_before(text, s, e)
        if un:
            return un
        # apposition: "Name, a lecturer at X, said"
        if seg.endswith(","):
            k = text.rfind(",", s, e - 1)
            if k > s:
                inner = self.strip_adverbs(text, s, k)
                head = self.name_at_end(text, s, inner) or self._nominal_before(text, s, inner)
                if head:
                    head.role = head.role or text[k + 1:e - 1].strip()
                    return head
            return None
        nom = self._nominal_before(text, s, e)
        name = self.name_at_end(text, s, e)
        prep = name and self.preposition_re.search(text[s:name.start])
        if prep:
            # "Sadykova in Almaty said": the subject stands before the prepositional phrase;
            # "Others in Russia have called": no subject at all
            return self.subject_before(text, s, s + prep.start(), clause_start, registry)
        if name and (not nom or name.start >= nom.start):
            if self.title_before_name and not name.role:
                name.role = self._title_before(text, s, name.start)
            return name
        return nom

    def _title_before(self, text: str, s: int, a: int) -> str | None:
        """A source noun right before a name ("le ministre Daniyar Seitkali"): the name's role."""
        e = a
        while e > s and text[e - 1] in " \t":
            e -= 1
        nom = self._nominal_before(text, s, e) if e < a else None
        return text[e - len(nom.noun):e] if nom and nom.noun and nom.end == e else None

    def subject_at_start(self, text: str, s: int, e: int, registry=None) -> Mention | None:
        """The first noun phrase of a clause (for "X ..., and said")."""
        m = re.match(r"\s*", text[s:e])
        a = s + m.end()
        stop = re.search(r"[,;:]", text[a:e])
        b = a + stop.start() if stop else e
        cand = self._nominal_before(text, a, b)
        if cand and cand.start - a <= 4:
            return cand
        for mm in self.name_run_re.finditer(text[a:b]):
            found = self.name_at_end(text, a, a + mm.end())
            if found and found.start - a <= 4:
                return found
            break
        return None

    def _nominal_before(self, text: str, s: int, e: int) -> Mention | None:
        seg = text[s:e]
        if not self.source_nouns:
            return None
        nouns = self.source_noun_alt
        det = self.determiner_re
        m = re.search(rf"(?:^|\s)({det}(?:[\w\-’']+\s+){{0,3}}?({nouns}))$", seg, re.I) if det else \
            re.search(rf"(?:^|\s)(({nouns}))$", seg, re.I)
        if m:
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

    def _unnamed_before(self, text: str, s: int, e: int) -> Mention | None:
        if not self.unnamed:
            return None
        heads = self.unnamed_alt
        seg = text[s:e]
        det = f"(?:{self.quantifier_alt})"
        m = re.search(rf"(?:^|\s)({det}\s+(?:[\w\-’']+\s+){{0,3}}?(?:{heads})"
                      rf"(?:\s+(?:in|at|from|of|with|close to|familiar with)\s+[^,;:]{{1,60}})?)$", seg, re.I)
        if not m:
            # a bare plural opening a clause: "Experts say …", "…, officials said."
            m = re.search(rf"(?:^|[,;]\s*)((?:[A-Z][\w\-]*\s+)?(?:{heads}))$", seg, re.I)
            if not m:
                return None
        return Mention(m.group(1), s + m.start(1), e, "unnamed", name=m.group(1), lang=self.code)

    def speaker_after(self, text: str, s: int, e: int, with_role: bool = True) -> Mention | None:
        """The speaker right after an inverted cue: '…,” said Raffaello Pantucci, an expert at RUSI'."""
        m = re.match(r"\s*", text[s:e])
        a = s + m.end()
        seg = text[a:e]
        det = self.determiner_re
        m = re.match(rf"{det}(?:[\w\-]+\s+){{0,2}}?({self.source_noun_alt})\b" if det else
                     rf"({self.source_noun_alt})\b", seg, re.I) if self.source_nouns else None
        if m:
            noun = m.group(1).lower()
            titled = self._name_after_title(text, a + m.end(), e) if self.title_before_name else None
            if titled:
                titled.role = titled.role or m.group(1)
                return titled
            return Mention(seg[:m.end()], a, a + m.end(), "nominal", cls=self.source_nouns[noun],
                           noun=noun, lang=self.code)
        m = re.match(r"(" + self.pronoun_alt + r")\b", seg, re.I) if self.pronouns else None
        if m:
            return Mention(m.group(1), a, a + m.end(), "pronoun", cls=self.pronouns[m.group(1).lower()],
                           lang=self.code)
        m = re.match(r"(?:[\w’'\-\.]+\s+){0,3}?(?=[A-Z])", seg)
        run = self.name_run_re.match(seg, m.end() if m else 0)
        if not run:
            return None
        end = a + run.end()
        # stop an organisation's or person's name before "of the University ..." (kept as role)
        sub = re.search(r"\s+(?:of|and)\s", text[a:end])
        if sub and not any(w in self.org_words for w in text[a:a + sub.start()].split()):
            end = a + sub.start()
        found = self.name_at_end(text, a, end)
        if not found:
            return None
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

    # ---- content -----------------------------------------------------------------------------
    def content(self, text: str, a: int, b: int) -> tuple[int, int] | None:
        """The reported content in ``text[a:b]``: without a trailing participle phrase or
        punctuation; none if it is an infinitive ("told to leave")."""
        while a < b and text[a].isspace():
            a += 1
        m = self.participle_tail_re.search(text, a, b)
        if m:
            b = m.start() + (2 if text[m.start() + 1] in "”\"’»" else 0)
        b = trim_punct(text, a, b)
        if b <= a or self.non_content_re.match(text[a:b]):
            return None
        return (a, b)

    # ---- cues ----------------------------------------------------------------------------------
    #: Characters a cue's analysis looks at before it (its subject): bounds the work per cue, so a
    #: paragraph of cues ("said said said …") stays linear in its length.
    cue_lookbehind = 300

    def analyse_cue(self, text: str, cue, quotes_in, previous, registry, matches, consumed) -> bool:
        """Find ``cue``'s speaker, direction and content; False if it is not a speech cue here."""
        s = cue.sent
        left = max(self.clause_start(text, s, cue.start, quotes_in), cue.start - self.cue_lookbehind)
        before = text[left:cue.start]
        end = sentence_end(text, s)
        if cue.role == "source":                       # according to X, CONTENT / CONTENT, according to X
            spk = self.speaker_after(text, cue.end, s.end, with_role=False)
            if not spk:
                return False
            cue.speaker = self.source_form(spk)
            if not text[s.start:cue.start].strip():
                comma = text.find(",", spk.end, end)
                if comma < 0:
                    return False
                cue.content = self.content(text, comma + 1, end)
            elif text[s.start:cue.start].rstrip().endswith(",") and not text[spk.end:end].strip(" ,.;"):
                cue.direction = "tail"
                cue.before = (s.start, trim_punct(text, s.start, cue.start))
            else:
                return False
            return True
        if self.infinitive_re.search(before):
            return False
        passive = self.passive_re.search(before)
        if cue.role == "object" and not passive:       # RFE/RL quotes X, "…"
            spk = self.speaker_after(text, cue.end, s.end)
            if not spk:
                return False
            cue.speaker = spk
            cue.direction = "tail"
            cue.before = (s.start, trim_punct(text, s.start, cue.start))
            cue.lead_in = True
            return True
        if passive and cue.role != "object":
            return False
        subj_end = left + passive.start() if passive else cue.start
        stripped = before.strip()
        spk = None
        if not passive and (stripped.replace(" ", "") in _DASHES and left > s.start or not stripped):
            spk = self.speaker_after(text, cue.end, s.end)
            if spk:
                cue.speaker, cue.direction = spk, "tail"
                cue.before = (s.start, trim_punct(text, s.start, cue.start))
                return True
        spk = self.subject_before(text, left, subj_end, s.start)
        if spk is None and stripped.endswith(","):
            inv = self.speaker_after(text, cue.end, s.end)
            if inv:
                cue.speaker, cue.direction = inv, "tail"
                cue.before = (s.start, trim_punct(text, s.start, cue.start))
                return True
        if spk is None and text[cue.start:cue.end].lower().endswith(self.participle_ending) \
                and stripped.endswith(","):
            prior = [c for c in previous if c.speaker]
            if prior:                                  # "…, adding that …": the clause's speaker
                spk = prior[-1].speaker
        if spk is None:
            return False
        cue.speaker = spk
        after = text[cue.end:end]
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
        if not re.search(rf"\b(?:{self.complementiser_alt})\b|[“\"«:]", after) and len(tail_text.split()) <= 6 and (
                left > s.start or spk.start > s.start and text[s.start:spk.start].rstrip().endswith(",")):
            cue.direction = "tail"
            cue.before = (s.start, trim_punct(text, s.start, spk.start))
            return True
        if cue.role != "speech":
            cue.content = None                         # governs quotations only
            return True
        m = re.match(r"\s*[,:]\s*", after)
        if m:
            start = cue.end + m.end()
            th = self.complementiser_re.match(text, start) if self.complementiser_after_comma else None
            cue.content = self.content(text, th.end() if th else start, end)
        else:
            th = self.complementiser_re.search(after)
            if th and len(after[:th.start()].split()) <= 12 and not re.search(r"[“\"«]", after[:th.start()]):
                cue.content = self.content(text, cue.end + th.end(), end)
            elif self.bare_content_verb_re.match(text[cue.start:cue.end]):
                start = cue.end
                if self.addressee_verb_re.match(text[cue.start:cue.end]):
                    obj = self.addressee_re.match(after)
                    start += obj.end() if obj else 0
                if not self.object_preposition_re.match(text[start:end]):
                    cue.content = self.content(text, start, end)
        if cue.content is None and not text[cue.end:end].strip(" ,:"):
            cue.lead_in = True
        return True
