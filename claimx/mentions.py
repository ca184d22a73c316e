"""Noun phrases that can be speakers: names, pronouns, "the analyst", "a senior official".

A :class:`Mention` is one such phrase with exact offsets. The finders that read them left of a
speech cue or right of it are each language's grammar (``claimx.lang``: ``subject_before``,
``speaker_after``, ``name_at_end`` …), since the shapes a journalist writes a source in differ.
"""
from __future__ import annotations

from dataclasses import dataclass

from claimx.lang.base import DEFAULT_LANG


@dataclass
class Mention:
    text: str
    start: int
    end: int
    kind: str                   # name | org | pronoun | nominal | unnamed
    name: str | None = None     # the name without honorific or title (name, org)
    role: str | None = None     # from an apposition or a title before the name
    honorific: str | None = None
    gloss: str | None = None    # a Latin name given in brackets after a Chinese one
    cls: str | None = None      # pronoun class, or source-noun class for nominals
    noun: str | None = None     # the source noun of a nominal ("analyst")
    modifier: str | None = None  # "Kazakhstan" in "Kazakhstan's president"
    lang: str = DEFAULT_LANG

    def as_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}
