"""French: the Latin-script grammar with French word lists (``data/fr/``)."""
from claimx.lang.latin import LatinRules


class FrenchRules(LatinRules):
    title_before_name = True                  # "a précisé le ministre Askar Ermekov"

    def __init__(self):
        super().__init__("fr")
