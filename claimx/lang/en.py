"""English: the Latin-script grammar with English's word lists (``data/en/``), unchanged."""
from claimx.lang.latin import LatinRules


class EnglishRules(LatinRules):
    def __init__(self, code: str | None = None):
        super().__init__("en", code=code)
