"""French: the Latin-script grammar with French word lists (``data/fr/``)."""
from claimx.lang.latin import LatinRules


class FrenchRules(LatinRules):
    language = "fr"
    title_before_name = True                  # "a précisé le ministre Askar Ermekov"
