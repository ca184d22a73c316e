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


def phrase(words, extra=(), max_size=12):
    """Text made of ``words`` (in several cases and foldings), a few function words and marks."""
    w = sorted(words)
    piece = st.one_of(st.sampled_from(w), st.sampled_from(w).map(str.title), st.sampled_from(w).map(str.upper),
                      st.sampled_from(w).map(folded), st.sampled_from(TRICKY),
                      st.sampled_from(["the", "a", "two", "some", "of", "in", "with", "Ortiz", "Ana's",
                                       "said", "Experts", *extra]),
                      st.text(max_size=3))
    sep = st.sampled_from([" ", " ", "  ", ", ", "\n", ""])
    return st.lists(st.tuples(piece, sep).map("".join), max_size=max_size).map("".join)


class _Never:
    """A screen that never proves anything: the finder's plain form."""

    def absent(self, *a, **k):
        return False

    absent_at_end = absent_near_end = absent
    most_tokens = 0

    def lowered(self, seg):
        return None


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_screened_finders_find_what_the_plain_finders_find(data):
    for lang in LATIN:
        r = rules(lang)
        plain = type(r)(r.code)
        for name in ("unnamed_screen", "source_noun_screen", "adverb_screen", "conjunction_screen",
                     "pronoun_screen", "passive_screen", "infinitive_screen", "relative_screen",
                     "adverbial_tail_screen", "floating_quantifier_screen"):
            plain.__dict__[name] = _Never()
        text = data.draw(phrase([*r.unnamed, *r.source_nouns, *r.pronouns, "and", "also", "later", "has", "both", "all"]))
        for s, e in [(0, len(text)), (len(text) // 3, len(text) - len(text) // 4)]:
            for name in ("_unnamed_before", "_nominal_before", "subject_before"):
                args = (text, s, e, s) if name == "subject_before" else (text, s, e)
                assert _outcome(getattr(r, name), *args) == _outcome(getattr(plain, name), *args)


def _outcome(f, *args):
    """What ``f(*args)`` returns, or the type of what it raises (the plain form raises KeyError on
    'İ' before a cue, whose lower case is two characters: the screened form must do the same)."""
    try:
        return f(*args)
    except Exception as e:               # noqa: BLE001 - compared, not hidden
        return type(e)


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


def _plain_cue_ok(r, text, a, b, sent_start):
    """EnglishRules.cue_ok as it was written before its apostrophe screen."""
    from claimx.lang.en import _POSSESSIVE_BEFORE
    from claimx.lang.latin import LatinRules

    if not LatinRules.cue_ok(r, text, a, b, sent_start):
        return False
    m = _POSSESSIVE_BEFORE.search(text, max(0, a - 30), a)
    return m is None or r.contraction_re.search(text, max(0, a - 30), a) is not None


def _plain_strip_adverbs(r, text, s, e):
    """EnglishRules.strip_adverbs as it was written before its apostrophe screen."""
    from claimx.lang.latin import LatinRules

    e = LatinRules.strip_adverbs(r, text, s, e)
    m = r.contraction_re.search(text, s, e)
    if m:
        e = text.rindex("’" if "’" in text[m.start():e] else "'", m.start(), e)
        e = LatinRules.strip_adverbs(r, text, s, e)
    return e


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_english_apostrophe_screens_keep_cue_ok_and_strip_adverbs(data):
    r = rules("en")
    text = data.draw(phrase(["he’s", "she's", "Ortiz’s", "parents'", "it’s", "that's", "also", "said", "has"],
                            extra=["’", "'s", "’ve", "'d"]))
    for a in range(len(text) + 1):
        for s in (0, max(0, a - 12)):
            assert r.strip_adverbs(text, s, a) == _plain_strip_adverbs(r, text, s, a)
            if a < len(text):
                assert r.cue_ok(text, a, len(text), s) == _plain_cue_ok(r, text, a, len(text), s)


def _screened_patterns(r):
    """(pattern, screen test) pairs: where the test proves absence, the pattern must find nothing."""
    return [
        (r.adverb_re, lambda t: r.adverb_screen.absent_at_end(t)),
        (r.coordination_re, lambda t: r.conjunction_screen.absent_at_end(t)),
        (r._pronoun_re(r"(?:^|[\s,(])", "$"), lambda t: r.pronoun_screen.absent_at_end(t)),
        (r.passive_re, lambda t: r.passive_screen.absent_at_end(t, space=True)),
        (r.infinitive_re, lambda t: r.infinitive_screen.absent_at_end(t, space=True)),
        (r._nominal_end_re, lambda t: r.source_noun_screen.absent_at_end(t)),
        (r._unnamed_end_re, lambda t: r.unnamed_screen.absent(t)),
        (r._bare_plural_end_re, lambda t: r.unnamed_screen.absent(t)),
        *([(r.relative_re, lambda t: r.relative_screen.absent(t))] if r.relative_re else []),
    ]


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_where_a_screen_proves_absence_its_pattern_finds_nothing(data):
    for lang in LATIN:
        r = rules(lang)
        words = [*r._words("adverbials.txt"), "frankly", *r._words("conjunctions.txt"), *r.pronouns, "(D-Ore.)",
                 *r._words("passive_auxiliaries.txt"), r.infinitive, *r.source_nouns, *r.unnamed]
        text = data.draw(phrase(words, extra=[" \n", "\t", "\n"]))
        for pattern, absent in _screened_patterns(r):
            if absent(text):
                assert pattern.search(text) is None, (pattern.pattern[:60], text)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_adverbial_tail_is_the_adverbial_tail_patterns_match(data):
    for lang in LATIN:
        r = rules(lang)
        words = [*r._words("prepositions.txt"), *r._words("introductory.txt"), "Ortiz", "Tuesday", "last", "week"]
        text = data.draw(phrase(words, extra=[" \n", "\t", "\n", "U.S."], max_size=16))
        ending = [data.draw(st.sampled_from(words[:-4]))] + \
            data.draw(st.lists(st.sampled_from(words[-4:]), min_size=1, max_size=5))   # the word, 1 to 5 more
        for t in (text, text + " " + " ".join(ending)):
            fast, plain = r.adverbial_tail(t), r.adverbial_tail_re and r.adverbial_tail_re.search(t)
            assert (fast and fast.span()) == (plain and plain.span())


def test_screens_prove_absence_on_ordinary_endings():
    r = rules("en")
    assert r.adverb_screen.absent_at_end("Lena Ortiz") and not r.adverb_screen.absent_at_end("Ortiz frankly")
    assert not r.passive_screen.absent_at_end("the plan was \n", space=True)
    assert r.passive_screen.absent_at_end("the plan was \n")
    assert not r.pronoun_screen.absent_at_end("and SHE") and r.pronoun_screen.absent_at_end("Shea")
    assert r.adverbial_tail("Ortiz on Tuesday").start() == 5 and r.adverbial_tail("Ortiz") is None
    assert r.adverbial_tail_screen.absent_near_end("In the old city hall the mayor Lena Ortiz", 7)


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_last_clause_word_is_the_clause_word_patterns_match(data):
    """The bounded search finds the match clause_word_re (every boundary, then none after it) finds."""
    for lang in [lang for lang in LATIN if rules(lang).clause_word_re is not None]:
        r = rules(lang)
        text = data.draw(phrase([*r._words("clause_words.txt"), "ſo", "when", "while", "Ortiz", "officials"],
                                extra=[",", ";", "“", "—", "(", "-", "'"], max_size=80))
        far = text + " Ortiz" * data.draw(st.integers(0, 60))       # the last boundary far back
        for pos, endpos in [(0, len(text)), (len(text) // 3, len(text) - len(text) // 4), (2, len(text) + 5),
                            (0, len(far))]:
            fast, plain = r.last_clause_word(far, pos, endpos), r.clause_word_re.search(far, pos, endpos)
            assert (fast and (fast.span(), fast.group())) == (plain and (plain.span(), plain.group()))


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_dash_aside_is_the_dash_aside_patterns_match(data):
    from claimx.lang.latin import _DASH_ASIDE, _dash_aside

    text = data.draw(phrase(["Ortiz", "who", "chairs", "the", "board"], extra=["—", "–", "--", " - ", "-", " \n"]))
    for a in range(0, len(text) + 1, 3):
        fast, plain = _dash_aside(text, a, len(text)), _DASH_ASIDE.search(text, a, len(text))
        assert (fast and fast.span()) == (plain and plain.span())


def test_last_clause_word_on_examples():
    r = rules("en")
    assert r.last_clause_word("When the vote came, and after the count, officials").span() == (39, 40)
    assert r.last_clause_word("the vote, which came while officials").group() == "while"
    assert r.last_clause_word("Ortiz") is None
    assert r.last_clause_word("When it came, then" + " Ortiz" * 50).span() == (14, 18)


def test_dash_aside_on_examples():
    from claimx.lang.latin import _dash_aside

    assert _dash_aside("Ortiz — who chairs it — ", 0, 24).start() == 5
    assert _dash_aside("Ortiz, who chairs it ", 0, 21) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="(D-Ore.) x\n", max_size=16))
def test_party_tag_is_the_party_tag_patterns_match(seg):
    from claimx.lang.latin import _PARTY_TAG, _party_tag

    fast, plain = _party_tag(seg), _PARTY_TAG.search(seg)
    assert (fast and fast.span()) == (plain and plain.span())



@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="Ab1.!?。2³¹⁴ⁱ[]) \n\t\u00a0\u2028\u0663", max_size=14),
       st.sampled_from(["", "b.14", "b.¹⁴", "b.[14]", "b!3", "b. [2]", "b.ⁱ", "b.\u0663", "b.2)"]),
       st.sampled_from(["", " ", "\n", " \u00a0\u2028", "\t\n"]), st.integers(0, 4))
def test_sentence_end_screen_keeps_the_footnote_search(text, ending, space, start):
    """sentence_end skips _FOOTNOTE_TAIL where the last character before white space cannot end
    it: the end found is the one the search always finds (sentence ends in '.14', '.¹⁴', '.[14]')."""
    from types import SimpleNamespace

    from claimx.lang.base import _FOOTNOTE_TAIL, SENT_END, sentence_end

    text += ending + space
    s = SimpleNamespace(start=min(start, len(text)), end=len(text))
    e = s.end
    m = _FOOTNOTE_TAIL.search(text, max(s.start, e - 12), e)
    e = m.start() if m else e
    while e > s.start and (text[e - 1] in SENT_END or text[e - 1].isspace()):
        e -= 1
    assert sentence_end(text, s) == e
    assert sentence_end("It grew fast.14 ", SimpleNamespace(start=0, end=16)) == 12


def test_required_words_on_examples():
    from claimx.lang.latin import required_words

    assert required_words(r"(?:a|one|two)[\s-](?:third|quarter)s?", re.I) == {"third", "quarter"}
    assert required_words(r"(?:a|the)\s+majority") == {"majority"}
    assert required_words(r"(?:in|)\s+x") == {"x"}                 # an empty branch needs nothing
    assert required_words(r"(?:ab)?c*") is None and required_words(r".+") is None
    assert required_words(r"[Ab]c|dd") == {"c", "dd"}


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_where_the_share_screen_proves_absence_no_share_is_found(data):
    """A text without a digit and without any word the share patterns need holds no share
    ('the', 'per', 'out of' alone are no share: 'Nearly half', 'a third of voters' are)."""
    from claimx.lang.latin import _DIGIT

    for lang in [lang for lang in LATIN if rules(lang)._share_end_re is not None]:
        r = rules(lang)
        words = [*r._words("numbers.txt"), "half", "third", "majority", "majorities", "percent", "per cent",
                 "of", "the", "a", "out", "in", "voters", "officials", "Nearly", "about", "said", "one-third"]
        text = data.draw(phrase(words, extra=["%", "7", ",", ":", "and"], max_size=10))
        if r.share_screen is not None and not _DIGIT.search(text) and r.share_screen.absent(text):
            assert r._share_end_re.search(text) is None, text
            assert r._share_before(text, 0, len(text)) is None
        found = r._share_before("Nearly half of those polled", 0, 27)
        assert found is not None and found.text == "Nearly half of those polled"
        assert r.share_screen.absent("the officials of the other side")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="Pols  ag-–—:;“\"\nLO’.", max_size=40))
def test_a_digest_label_needs_a_colon(text):
    """analyse_cue tries _DIGEST_LABEL only on a sentence holding a colon."""
    from claimx.lang.latin import _DIGEST_LABEL

    if ":" not in text:
        assert _DIGEST_LABEL.match(text) is None
    assert _DIGEST_LABEL.match("Pollsters agree - Lena Ortiz: “We lead.”") is not None


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_name_at_end_screen_finds_what_the_plain_scan_finds(data):
    """name_at_end returns at once when the last token holds no capital that opens a name word
    and is no name particle or suffix: the same answer as scanning the name runs."""
    import claimx.lang.latin as latin

    for lang in LATIN:
        r = rules(lang)
        words = ["Lena", "Ortiz", "de", "la", "von", "uulu", "Tursunbek", "eBay", "iPhone", "d'Orsay", "×", "Ёлка",
                 "Émile", "the", "governor", "said", "of", "State", "Committee", "for", "National", "Security", "Mr."]
        text = data.draw(phrase(words, extra=[",", "“", "’s", " \n"], max_size=8))
        for s, e in [(0, len(text)), (len(text) // 3, len(text))]:
            fast = _outcome(r.name_at_end, text, s, e)
            saved, latin._CAP_LETTER = latin._CAP_LETTER, re.compile(r"[\s\S]")    # the screen never proves
            try:
                plain = _outcome(r.name_at_end, text, s, e)
            finally:
                latin._CAP_LETTER = saved
            assert fast == plain, (text, s, e)


def test_name_at_end_screen_on_examples():
    r = rules("en")
    assert r.name_at_end("the governor", 0, 12) is None
    assert r.name_at_end("said Azamat Tursunbek uulu", 5, 26).name == "Azamat Tursunbek uulu"
    assert r.name_at_end("a spokesman for eBay", 0, 20) is not None
