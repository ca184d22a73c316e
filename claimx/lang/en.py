"""English: the Latin-script grammar with English's word lists (``data/en/``), and the
possessive that makes a cue a noun."""
import re

from claimx.lang.latin import LatinRules

_POSSESSIVE_BEFORE = re.compile(r"\w(?:['’]s|s['’])\s+$")


class EnglishRules(LatinRules):
    language = "en"

    def cue_ok(self, text: str, a: int, b: int, sent_start: int) -> bool:
        """A cue right after a possessive is a noun (Ortiz's call, the editor's note)."""
        return super().cue_ok(text, a, b, sent_start) and \
            not _POSSESSIVE_BEFORE.search(text, max(0, a - 4), a)
