"""Per-language knowledge, loaded from ``data/<lang>/``.

Like pySBD's ``lang/`` modules, every language starts from :class:`~claimx.lang.base.Rules` and
overrides only what differs; the word lists themselves are plain files a user can extend without
touching code (``CLAIMX_DATA`` points at another data folder).
"""
from functools import lru_cache

from claimx.lang.base import Rules, data_dir  # noqa: F401

SUPPORTED = ("en", "zh", "fr", "ru")


@lru_cache(maxsize=None)
def rules(lang: str) -> Rules:
    """The rules for ``lang``; a language without its own folder falls back to English cues."""
    if lang == "zh":
        from claimx.lang.zh import ChineseRules

        return ChineseRules()
    if lang in SUPPORTED:
        return Rules(lang)
    return Rules("en", code=lang)
