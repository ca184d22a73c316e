"""Per-language grammar and knowledge, loaded from ``data/<lang>/``.

Like pySBD's ``lang/`` modules, every language starts from a base class and overrides only what
differs: :class:`~claimx.lang.base.Rules` (word lists, sentences, clauses) →
:class:`~claimx.lang.latin.LatinRules` (names, subjects, cues and content in Latin script) →
English, French, Russian; Chinese (:mod:`claimx.lang.zh`). The word lists themselves are plain
files a user can extend without touching code (``CLAIMX_DATA`` points at another data folder).
The stage modules (``claimx/*.py``) never name a language: they ask ``rules(lang)``.
"""
from functools import lru_cache
from importlib import import_module

from claimx.lang.base import DEFAULT_LANG, Rules, data_dir  # noqa: F401

#: language code -> the class of its rules (module, class name)
LANGUAGES = {"en": ("claimx.lang.en", "EnglishRules"), "zh": ("claimx.lang.zh", "ChineseRules"),
             "fr": ("claimx.lang.fr", "FrenchRules"), "ru": ("claimx.lang.ru", "RussianRules")}
SUPPORTED = tuple(LANGUAGES)
DEFAULT = DEFAULT_LANG


@lru_cache(maxsize=None)
def rules(lang: str) -> Rules:
    """The rules for ``lang``; a language without its own rules uses English's (under its code)."""
    module, name = LANGUAGES.get(lang, LANGUAGES[DEFAULT])
    return getattr(import_module(module), name)(code=lang)
