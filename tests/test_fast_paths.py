"""Fast paths that must find exactly what the plain form finds (hypothesis against the plain form)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.lang import SUPPORTED, rules

LANGS = [lang for lang in SUPPORTED if rules(lang).word_boundaries and rules(lang).cues]
# characters whose case folding is not their lower case (ſ ~ s, K ~ k, İ), marks that cues sit next to
TRICKY = ["ſ", "K", "İ", "ı", "ß", "ẞ", "Σ", "ς", "’", "'", "-", "_", "9", "é", "É", "ǅ", "Ё", "ё", "\u00a0", "“", "”"]


def folded(word: str) -> str:
    """A cue word with a letter swapped for one that matches it only under IGNORECASE."""
    for a, b in (("s", "ſ"), ("k", "K"), ("i", "ı"), ("e", "É")):
        if a in word:
            return word.replace(a, b, 1)
    return word


def text_with_cues(lang):
    cues = sorted(rules(lang).cues)
    word = st.one_of(st.sampled_from(cues), st.sampled_from(cues).map(str.upper),
                     st.sampled_from(cues).map(folded),
                     st.sampled_from(cues).map(str.title), st.sampled_from(TRICKY),
                     st.sampled_from([" ", "  ", "\n", ", ", "."]), st.text(max_size=3))
    return st.lists(word, max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_cue_matches_are_the_case_insensitive_patterns_matches(data):
    """The cue pattern run without IGNORECASE on the lower-cased text (where every character is
    safe) finds the spans the case-insensitive pattern finds, at any start and end."""
    for lang in LANGS:
        r = rules(lang)
        text = data.draw(text_with_cues(lang))
        for pos, endpos in [(0, len(text)), (len(text) // 3, len(text) - len(text) // 4)]:
            fast = r.cue_matches(text, pos, endpos)
            plain = list(r.cue_re.finditer(text, pos, endpos))
            assert [m.span() for m in fast] == [m.span() for m in plain]
            assert [r.cue_role(m.group()) for m in fast] == [r.cue_role(m.group()) for m in plain]


def test_cue_matches_take_the_fast_path_on_plain_text_only():
    r = rules("en")
    sensitive, unsafe = r._cue_fast
    assert unsafe.search("Ortiz said “we will” — and left.") is None
    assert unsafe.search("the ſaid fox") is not None         # ſ matches s only under IGNORECASE
    assert [m.span() for m in r.cue_matches("Ortiz SAID so", 0, 13)] == [(6, 10)]
    assert [m.span() for m in r.cue_matches("Ortiz ſaid so", 0, 13)] == \
        [m.span() for m in r.cue_re.finditer("Ortiz ſaid so")]


# Latin text with the punctuation of news pages, the one character that lower-cases into two (İ), and
# a few from other scripts
LATIN_SAMPLE = st.lists(st.one_of(
    st.sampled_from(["the", "of", "The", "LE", "été", "ÉTÉ", "selon", "and", "ils", "İs", "Straße", "ŉ",
                     "’", "'", "“", "”", "—", "…", " ", "  ", ", ", ". ", "d’", "l'", "9", "_", "ǅ"]),
    st.characters(max_codepoint=0x36f), st.characters(min_codepoint=0x2000, max_codepoint=0x206f),
    st.sampled_from(["张", "カ", "Ж", "ё"])), min_size=1, max_size=60).map("".join)


@settings(max_examples=400, deadline=None)
@given(LATIN_SAMPLE)
def test_language_identification_fast_paths_are_the_plain_forms(sample):
    """The shortcuts of language identification for Latin text (no Han, kana or Cyrillic count;
    words found on the lower-cased sample) read the same words and letters as the plain forms."""
    import re

    import claimx.lang.identify as I

    assert I._words(sample) == [w.lower() for w in re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", sample)]
    letters = len(re.sub(r"[\W\d_]+", "", sample))
    han = len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", sample))
    kana, cyr = len(re.findall(r"[\u3040-\u30ff]", sample)), len(re.findall(r"[\u0400-\u04ff]", sample))
    if I._BEYOND_LATIN.search(sample) is None:
        assert han == kana == cyr == 0 and letters == len(I._NON_LETTERS.sub("", sample))
    saved = I._BEYOND_LATIN, I._NON_ASCII_WORD
    fast = I.script_language(sample)
    try:
        I._BEYOND_LATIN = I._NON_ASCII_WORD = re.compile(r"[\s\S]")   # every sample beyond ASCII
        assert I.script_language(sample) == fast                        # takes the general path
    finally:
        I._BEYOND_LATIN, I._NON_ASCII_WORD = saved


SPACED_TEXT = st.lists(st.one_of(
    st.sampled_from([" ", "  ", "\n", "\t", "\xa0", "\u2028", "\x1c", "\u3000", "\u200b", "a", "Xi", "—", "’s"]),
    st.text(alphabet="ab ", max_size=5), st.integers(250, 300).map(lambda n: "w" * n)),
    max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(SPACED_TEXT, st.integers(0, 4), st.floats(0, 1))
def test_tokens_back_is_the_character_loop(text, n, where):
    """The tokens before a position, found by one match on the reversed text before it, begin
    where the character-by-character loop says (white space of every kind; tokens longer than the
    window the match reads)."""
    from claimx.speakers import _tokens_back, _tokens_back_loop

    pos = int(where * len(text))
    assert _tokens_back(text, pos, n) == _tokens_back_loop(text, pos, n)


@given(st.text(alphabet="aiukstrn\u00e9", max_size=12))
def test_final_vowels_is_the_pattern(key):
    """The vowels ending a sound key, cut with rstrip, are what the pattern [aiu]*$ finds."""
    import re

    from claimx.names import _final_vowels

    assert _final_vowels(key) == key[re.search("[aiu]*$", key).start():]
