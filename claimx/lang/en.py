"""English: the Latin-script grammar with English's word lists (``data/en/``), unchanged."""
from claimx.lang.latin import LatinRules


class EnglishRules(LatinRules):
    language = "en"
