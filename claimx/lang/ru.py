"""Russian: the Latin-script grammar (capitalised names, Cyrillic included) with Russian word lists
(``data/ru/``)."""
from claimx.lang.latin import LatinRules


class RussianRules(LatinRules):
    def __init__(self):
        super().__init__("ru")
