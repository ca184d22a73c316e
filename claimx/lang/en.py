"""English: the Latin-script grammar with English's word lists (``data/en/``), the possessive that
makes a cue a noun ("Ortiz's call") and the contracted auxiliary that does not ("she's said")."""
import re
from functools import cached_property

from claimx.lang.latin import LatinRules

_POSSESSIVE_BEFORE = re.compile(r"(\w+)(?:['’]s|s['’])\s+$")


def _apostrophe_in(text: str, a: int, b: int) -> bool:
    """Is there an apostrophe (' or ’) in ``text[a:b]``? Without one, no possessive or contraction
    pattern can match there, and its search over every start position is skipped."""
    a, b = max(a, 0), max(b, 0)          # as a pattern's pos and endpos read them
    return text.find("’", a, b) >= 0 or text.find("'", a, b) >= 0


class EnglishRules(LatinRules):
    language = "en"
    #: "Ortiz toured the district. She said …": the pronoun may stand for that subject
    subject_antecedents = True
    #: 'Sanders credited the win to “a closed primary”': the subject's quotation
    quote_in_clause_is_subjects = True
    #: a party and state after a name, set off by commas: "Rep. Jason Chaffetz, R-Utah, said"
    party_tag_re = re.compile(r"[RDI]-[A-Z][A-Za-z.]{1,12}")
    agent_phrase_re = re.compile(r"\s*([a-z]+)\s+by\s+")     # ', led by X,
    #: a quotation paragraph after "Ortiz said that …" goes on with Ortiz's words
    quote_paragraph_continues_reported = True

    @cached_property
    def contraction_re(self) -> re.Pattern:
        """A pronoun with a contracted auxiliary ("he’s", "they’ve", "she'd") at the end of a span."""
        return re.compile(rf"(?<![\w’'-])(?i:{self.pronoun_alt}|that|there|what)['’](?:s|ve|d|ll|re)\s*$")

    def cue_ok(self, text: str, a: int, b: int, sent_start: int) -> bool:
        """A cue right after a possessive is a noun (Ortiz's call, the editor's note); after a
        pronoun's contracted auxiliary it is a verb ("he’s predicting")."""
        if not super().cue_ok(text, a, b, sent_start):
            return False
        lo = max(0, a - 30)
        if not _apostrophe_in(text, lo, a):
            return True                  # both patterns need an apostrophe
        m = _POSSESSIVE_BEFORE.search(text, lo, a)
        return m is None or self.contraction_re.search(text, lo, a) is not None

    def strip_adverbs(self, text: str, s: int, e: int) -> int:
        """Adverbs and auxiliaries, and a contracted auxiliary ("he’s said" → "he")."""
        e = super().strip_adverbs(text, s, e)
        m = self.contraction_re.search(text, s, e) if _apostrophe_in(text, s, e) else None
        if m:
            e = text.rindex("’" if "’" in text[m.start():e] else "'", m.start(), e)
            e = super().strip_adverbs(text, s, e)
        return e
