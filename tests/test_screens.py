"""Word screens (claimx.lang.base.WordScreen) skip a search only where it cannot match: the speaker
finders with their screens find exactly what they find without them (hypothesis)."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.lang import SUPPORTED, rules
from claimx.lang.base import WordScreen

LATIN = [lang for lang in SUPPORTED if hasattr(rules(lang), "unnamed_screen")]
# characters whose case folding is not their lower case (ſ ~ s, K ~ k, İ), and marks around words
TRICKY = ["ſ", "K", "İ", "ı", "ß", "ẞ", "Σ", "ς", "’", "'", "-", "9", "é", "É", "Ё", "ё", "\u00a0", "\n", "“", ","]


def folded(word: str) -> str:
    """A word with a letter swapped for one that matches it only under IGNORECASE."""
    for a, b in (("s", "ſ"), ("k", "K"), ("i", "ı"), ("e", "É")):
        if a in word:
            return word.replace(a, b, 1)
    return word


def phrase(words, extra=()):
    """Text made of ``words`` (in several cases and foldings), a few function words and marks."""
    w = sorted(words)
    piece = st.one_of(st.sampled_from(w), st.sampled_from(w).map(str.title), st.sampled_from(w).map(str.upper),
                      st.sampled_from(w).map(folded), st.sampled_from(TRICKY),
                      st.sampled_from(["the", "a", "two", "some", "of", "in", "with", "Ortiz", "Ana's",
                                       "said", "Experts", *extra]),
                      st.text(max_size=3))
    sep = st.sampled_from([" ", " ", "  ", ", ", "\n", ""])
    return st.lists(st.tuples(piece, sep).map("".join), max_size=12).map("".join)


class _Never:
    """A screen that never proves anything: the finder's plain form."""

    def absent(self, *a):
        return False

    absent_at_end = absent


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_screened_finders_find_what_the_plain_finders_find(data):
    for lang in LATIN:
        r = rules(lang)
        plain = type(r)(r.code)
        plain.__dict__["unnamed_screen"] = plain.__dict__["source_noun_screen"] = _Never()
        text = data.draw(phrase([*r.unnamed, *r.source_nouns]))
        for s, e in [(0, len(text)), (len(text) // 3, len(text) - len(text) // 4)]:
            assert r._unnamed_before(text, s, e) == plain._unnamed_before(text, s, e)
            assert r._nominal_before(text, s, e) == plain._nominal_before(text, s, e)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["official", "press secretary", "spokesman", "ſource", "kin", "été", "ёлка"]),
                min_size=1, max_size=4), st.data())
def test_a_screen_passes_no_text_a_case_insensitive_search_would_match(words, data):
    screen = WordScreen(words)
    pattern = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
    at_end = re.compile("(?:" + "|".join(map(re.escape, words)) + ")$", re.IGNORECASE)
    text = data.draw(phrase(words))
    if screen.absent(text):
        assert pattern.search(text) is None
    if screen.absent_at_end(text):
        assert at_end.search(text) is None


def test_a_screen_proves_absence_on_plain_text_and_defers_on_tricky_text():
    screen = WordScreen(["officials", "source"])
    assert screen.absent("Ortiz and Diaz said")
    assert not screen.absent("two OFFICIALS said")
    assert screen.absent_at_end("the source of it")
    assert not screen.absent_at_end("a Source\n")
    assert not screen.absent("a ſource")               # ſ matches s only under IGNORECASE: no proof
    assert re.search("source", "a ſource", re.IGNORECASE)
