"""French: the Latin-script grammar with French word lists (``data/fr/``)."""
from claimx.lang.latin import LatinRules


class FrenchRules(LatinRules):
    def __init__(self):
        super().__init__("fr")
