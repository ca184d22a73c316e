"""English precision: quoted words and cue words that make no one's claim (kinds of false hits on
PolNeAR train): headlines before a byline and titles, '-ed' cue words used as adjectives, cue words
inside compound nouns and idioms, and the time and place of a statement read as its content. Every
passage is invented. Each case: the text and its claims as (kind, text, speaker name)."""
import pytest

from test_en_general import _claims

CASES = [
    # an article's headline before its byline ('“…,” by Outlet's Writer') is a title, not a claim
    ('The Harbor Dispatch has more on the ferries.\n\n'
     '"Mayor backs a new ferry line for the east side," by the Ledger\'s Ana Ruiz. http://example.com/y.',
     []),
    ('Reading list for the weekend.\n\n'
     '—"Why the bridge tolls went up again," by Times\' Omar Haddad: http://example.com/x.',
     []),
    # a title opening with a number is a title too
    ('The film, "12 Hours: The Long Night at the Consulate," opens on Friday in Denver.',
     []),
    # a quotation before 'by' and a person with no possessive is still someone's words
    ('Lena Ortiz said the plan was "rejected outright," by the board, on Monday.',
     [('mixed', 'rejected outright,', 'Lena Ortiz')]),
    # a cue in '-ed' after a preposition or a number is an adjective ('pledged delegates'), no cue
    ('Ortiz leads Haddad by 120 pledged delegates after the spring contests.',
     []),
    ('Ortiz now holds a majority of pledged delegates in the state.',
     []),
    # after a year it is still a verb
    ('The firm in 2019 pledged that it would close the plant.',
     [('indirect', 'that it would close the plant', 'The firm')]),
    # a cue word inside a compound noun or an idiom (non_cue_phrases.txt) is no cue
    ('The conference call was arranged by the party.',
     []),
    ('Workers picketed outside the stores and call centers throughout the strike.',
     []),
    ('All told, the two groups spent more than $2 million on the race.',
     []),
    ('In all, the pledges add up to more than $8 million.',
     []),
    # the verb itself still is one
    ('Critics call the plan a giveaway to developers.',
     [('indirect', 'the plan a giveaway to developers', 'Critics')]),
    # when and where the words were said is not what was said: 'X said Sunday on NBC's “…”'
    ('"The toll is a tax by another name," Ortiz said Sunday on NBC\'s "Meet the Press."',
     [('direct', 'The toll is a tax by another name,', 'Ortiz')]),
    ('Lena Ortiz backed the toll while the mayor was in office, she said Wednesday morning on '
     'WKBN\'s "Morning Report."',
     [('indirect', 'Lena Ortiz backed the toll while the mayor was in office', 'she')]),
    # ('' is no quotation mark: no claim rather than the setting 'Tuesday in Denver')
    ("''The toll is a tax by another name,'' Ms. Ortiz said Tuesday in Denver.",
     []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:48] for t, _ in CASES])
def test_english_precision(text, expected):
    assert _claims(text) == expected
