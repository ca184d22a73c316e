"""Rules.sentences without a search per full stop and without a second trimming pass finds the
sentences its plain form found (hypothesis against the old definition)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.lang import SUPPORTED, rules
from claimx.lang.base import (MAX_SENTENCE, Rules, OPENERS_Q, _SENT_CANDIDATE, _WORD_BEFORE, _is_cjk, cap_length,
                              trim, word_before)


def plain_sentences(r, text, start, end):
    """Rules.sentences as written before (a _WORD_BEFORE search per full stop, cap_length always)."""
    bounds = []
    for m in _SENT_CANDIDATE.finditer(text, start, end):
        g = 2 if m.group(2) is not None else 3
        nxt = m.group(g)
        if not (nxt.isupper() or nxt.isdigit() or nxt in OPENERS_Q or _is_cjk(nxt)):
            continue
        if m.group(1).startswith("."):
            w = _WORD_BEFORE.search(text, max(start, m.start() - 40), m.start() + 1)
            word = w.group() if w else ""
            if word in r.abbreviations or (len(word) == 2 and word[0].isupper() and word[0].isalpha()):
                continue
        bounds.append(m.start(g))
    spans, s = [], start
    for b in bounds + [end]:
        if text[s:b].strip():
            spans.append(trim(text, s, b))
        s = b
    return cap_length(text, spans)


PIECES = ["Ortiz said.", "Mr.", "Dr. Diaz", "U.S.", "A.", "end.Next", "“Yes.”", "it? No!", "(see p.", "'Ok.'",
          "2.5", "fine…", "好。", "«Oui.»", "\n", " ", "  ", "\t", "x", "The", "Sen.", "‚", "„", "[a.]", "e.g."]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=40).map(" ".join),
       st.integers(0, 2), st.booleans())
def test_sentences_are_the_plain_sentences(text, cut, long_one):
    if long_one:
        text = text + " word" * (MAX_SENTENCE // 4)            # one sentence past the cap
    for lang in SUPPORTED:
        r = rules(lang)
        if type(r).sentences is not Rules.sentences:
            continue                                         # Chinese has its own
        start, end = cut, len(text) - cut
        assert r.sentences(text, start, end) == plain_sentences(r, text, start, end)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab .“'(\n\t（\u00a0", max_size=20), st.integers(-2, 22), st.integers(-2, 22))
def test_word_before_is_the_word_before_patterns_match(text, lo, hi):
    m = _WORD_BEFORE.search(text, max(lo, 0), max(hi, 0))
    assert word_before(text, lo, hi) == (m.group() if m else "")
