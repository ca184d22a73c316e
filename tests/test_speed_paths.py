"""Speed-ups of the Latin-script rules that must change no result: each is checked against the form
it replaces, on invented text (hypothesis) and on examples."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import claimx.lang.latin as latin
from claimx.lang import SUPPORTED, rules
from claimx.lang.base import WordScreen, trie_alternation

LATIN = [lang for lang in SUPPORTED if hasattr(rules(lang), "unnamed_screen")]
# characters that match a letter only under IGNORECASE (ſ ~ s, K ~ k, ı ~ i), and marks around words
TRICKY = ["ſ", "K", "İ", "ı", "ß", "É", "Ё", "’", "'", "-", ",", "“", "”", "(", "\u00a0", "\n"]

# words with shared beginnings, one beginning another ('a', 'an', 'a lot'), some with a space
WORDS = ["a", "an", "and", "a lot", "all", "al", "official", "officials", "office", "per cent", "percent",
         "per", "two", "two-thirds", "été", "ёлка", "ёл"]


def _text(words, max_size=14):
    w = sorted(set(words))
    piece = st.one_of(st.sampled_from(w), st.sampled_from(w).map(str.upper), st.sampled_from(w).map(str.title),
                      st.sampled_from(TRICKY), st.sampled_from(["the", "Ortiz", "said", "Lena Diaz", "of"]),
                      st.text(alphabet="anlotpr -éë", max_size=4))
    sep = st.sampled_from([" ", " ", "  ", ", ", "\n", ""])
    return st.lists(st.tuples(piece, sep).map("".join), max_size=max_size).map("".join)


def _spans(pattern, text):
    return [(m.span(), m.regs) for m in pattern.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8), st.data())
def test_a_trie_alternation_matches_what_its_alternation_matches(words, data):
    """In any order of the words, followed by anything or by white space, case-insensitive or not:
    the same matches and groups (where the trie would differ, the alternation is kept)."""
    text = data.draw(_text(words))
    plain = "|".join(map(re.escape, words))
    for then_space, tail in ((False, r"(\s+\w+|[\w-]*)?"), (False, r"(\s*)$"), (True, r"\s+(\w*)")):
        trie = trie_alternation(words, then_space)
        for flags in (re.I, 0):
            a = re.compile(rf"(?<!\w)((?:{trie}){tail})", flags)
            b = re.compile(rf"(?<!\w)((?:{plain}){tail})", flags)
            assert _spans(a, text) == _spans(b, text)
            # at every start, as a search anchored at the end of the text is tried
            for i in range(0, len(text) + 1, 3):
                ma, mb = a.search(text, i), b.search(text, i)
                assert (ma and ma.regs) == (mb and mb.regs)


def test_trie_alternation_is_a_trie_where_longer_words_come_first():
    assert trie_alternation(["officials", "official", "office"]) == "offic(?:e|ial(?:s)?)"
    assert trie_alternation(["official", "officials"]) == "official|officials"   # shorter first: kept
    assert trie_alternation(["a", "an", "all"], then_space=True) == "a(?:(?:ll|n))?"
    assert trie_alternation(["a", "a lot"], then_space=True) == "a|a\\ lot"      # 'a' + space: kept
    assert trie_alternation(["Ortiz", "or"]) == "Ortiz|or"                      # capitals: kept
    assert trie_alternation(["ſtate", "st"]) == "ſtate|st"                        # ſ matches s: kept


@settings(max_examples=200, deadline=None)
@given(st.data())
def test_the_patterns_with_tries_match_as_with_alternations(data):
    """The speaker patterns built with the tries find what they find built with the alternations."""
    for lang in LATIN:
        r = rules(lang)
        plain = type(r)(r.code)
        plain.__dict__.update(unnamed_trie=r.unnamed_alt, pronoun_trie=r.pronoun_alt,
                              source_noun_trie=r.source_noun_alt)
        orig = latin.trie_alternation
        latin.trie_alternation = lambda words, then_space=False: "|".join(map(re.escape, words))
        try:
            plain_res = [plain._unnamed_end_re, plain._bare_plural_end_re, plain._share_end_re,
                         plain._nominal_end_re, plain._pronoun_re(r"(?:^|[\s,(])", "$")]
        finally:
            latin.trie_alternation = orig
        fast_res = [r._unnamed_end_re, r._bare_plural_end_re, r._share_end_re, r._nominal_end_re,
                    r._pronoun_re(r"(?:^|[\s,(])", "$")]
        words = [*r.unnamed, *r.source_nouns, *r.pronouns, *r._words("quantifiers.txt")]
        text = data.draw(_text(words + ["47 percent", "Most", "half", "officials in Almaty", "nearly"]))
        for a, b in zip(fast_res, plain_res):
            if a is None:
                assert b is None
                continue
            for i in range(0, len(text) + 1, 4):
                ma, mb = a.search(text[i:]), b.search(text[i:])
                assert (ma and ma.regs) == (mb and mb.regs)


def test_the_unnamed_head_pattern_is_a_trie_in_english():
    r = rules("en")
    assert r.unnamed_trie != r.unnamed_alt and "(?:" in r.unnamed_trie
    assert r._unnamed_end_re.search("and some senior officials").group(1) == "some senior officials"
    assert r._bare_plural_end_re.search("Republican officials").group(1) == "Republican officials"


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_name_at_end_reads_from_the_last_mark_as_from_the_start(data):
    """name_at_end scans the name runs after the last character no run can hold (a comma, a quote
    mark, a dash): what it finds is what a scan of the whole segment finds."""
    r = rules("en")
    text = data.draw(_text(["Lena", "Ortiz", "de", "la", "and", "of", "Mr.", "President", "U.S.", "the",
                            "J.", "McCain", "—", ";", ":", "(D-Ore.)", "’s"], max_size=16))
    fast = [r.name_at_end(text, s, len(text)) for s in (0, len(text) // 3)]
    orig = latin._NOT_IN_RUN
    latin._NOT_IN_RUN = ("\x00",)                  # no mark: the scan starts at the segment's start
    try:
        plain = [r.name_at_end(text, s, len(text)) for s in (0, len(text) // 3)]
    finally:
        latin._NOT_IN_RUN = orig
    assert fast == plain


def test_name_at_end_after_a_comma():
    r = rules("en")
    text = "In a statement, Sen. Lena Ortiz"
    m = r.name_at_end(text, 0, len(text))
    assert m is not None and m.name == "Lena Ortiz" and text[m.start:m.end] == m.text


def _absent_at_end_plain(screen, text, pos=0, endpos=None, space=False):
    """WordScreen.absent_at_end as it was: the whole slice lowered."""
    low = screen._lower(text[pos:endpos])
    if low is None or not screen.endings:
        return False
    if space:
        low = low.rstrip()
    return not (low.endswith(screen.endings) or low.endswith("\n") and low[:-1].endswith(screen.endings))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["official", "press secretary", "also", "kin", "été", "ёлка", "has"]),
                min_size=1, max_size=4), st.data())
def test_absent_at_end_lowers_only_the_end_and_says_the_same(words, data):
    screen = WordScreen(words)
    text = data.draw(_text(words))
    for pos, endpos in ((0, None), (len(text) // 4, len(text) - len(text) // 5)):
        for space in (False, True):
            assert screen.absent_at_end(text, pos, endpos, space) == \
                _absent_at_end_plain(screen, text, pos, endpos, space)


def test_the_command_writes_the_records_bytes_as_the_api_reads_them(tmp_path):
    """The command line writes the records' UTF-8 bytes as they are (byte_lines), to a file and to
    standard output; they are the API's lines, each with a newline."""
    import subprocess
    import sys

    from click.testing import CliRunner

    from claimx.api import extract_files
    from claimx.cli import main

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Lena Ortiz said the bridge would reopen in May.\n“It is safe,” she said. "
                               "«Ça ira», a dit Ortiz.\n", encoding="utf-8")
    (src / "b.txt").write_text("李明表示：“我们会继续努力。”\n", encoding="utf-8")
    lines = list(extract_files([str(src)]).lines())
    expected = "".join(line + "\n" for line in lines).encode("utf-8")
    assert len(lines) >= 3
    assert b"".join(extract_files([str(src)]).byte_lines()) == expected
    out = tmp_path / "out.jsonl"
    subprocess.run([sys.executable, "-m", "claimx", "extract", "-q", str(src), "-o", str(out)], check=True)
    assert out.read_bytes() == expected
    piped = subprocess.run([sys.executable, "-m", "claimx", "extract", "-q", str(src)], check=True,
                           capture_output=True).stdout
    assert piped == expected
    res = CliRunner().invoke(main, ["extract", "-q", str(src)])
    assert res.stdout_bytes == expected and res.output.encode("utf-8") == expected


def _lower_safe_plain(words):
    """lower_safe as it was: every candidate tested against every character of the words."""
    chars = {c for w in words for c in w if c != " "}
    tests = [(c, re.compile(re.escape(c), re.IGNORECASE)) for c in sorted(chars)]
    kinds = (re.compile(r"\s"), re.compile(r"\w"), re.compile(r"[’'-]"))
    safe = []
    for x in map(chr, [*range(0x80), *range(0xA0, 0x180), *range(0x400, 0x500), *range(0x2000, 0x2070)]):
        low = x.lower()
        if len(low) != 1 or low.lower() != low or \
                any(bool(k.match(x)) != bool(k.match(low)) for k in kinds) or \
                any(bool(t.fullmatch(x)) != (low == c) for c, t in tests):
            continue
        safe.append(x)
    return safe


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="aeikstſßé-’' ёкİıµΣσ\u00a0", min_size=1, max_size=6), max_size=5))
def test_lower_safe_is_the_character_by_character_test(words):
    from claimx.lang.base import lower_safe

    assert lower_safe(words) == _lower_safe_plain(words)


def test_lower_safe_keeps_plain_letters_and_drops_folding_ones():
    from claimx.lang.base import lower_safe

    safe = lower_safe(["said", "kin"])
    assert "A" in safe and "S" in safe and "," in safe
    assert "ſ" not in safe and "\u212a" not in safe      # ſ ~ s, K ~ k: outside the blocks or dropped


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["official", "press secretary", "also", "kin", "été", "ёлка", "has", "s"]),
                min_size=1, max_size=4), st.data())
def test_may_end_on_a_text_lowered_once_is_absent_at_end_at_each_word(words, data):
    """subject_at_start lowers its window once and asks may_end at each word's end: the answer
    absent_at_end gives on the text up to that word (no answer on a text it cannot lower)."""
    screen = WordScreen(words)
    text = data.draw(_text(words))
    low = screen.lowered(text)
    assert (low is None) == (screen._lower(text) is None)
    for m in re.finditer(r"\S+", text if low is not None else ""):
        assert screen.may_end(low, m.end()) == (not screen.absent_at_end(text, 0, m.end()))


def test_may_end_on_examples():
    screen = WordScreen(["spokeswoman", "official"])
    text = "The county's spokeswoman, an Official"
    low = screen.lowered(text)
    ends = [m.end() for m in re.finditer(r"\S+", text)]
    assert [screen.may_end(low, k) for k in ends] == [False, False, False, False, True]
    assert screen.lowered("the ſpokeswoman") is None          # ſ matches s only under IGNORECASE


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_the_name_run_pattern_finds_what_it_finds_without_its_first_test(data):
    """name_run_re opens with a look-ahead for the characters a run can start with: the same runs
    as the pattern without it, at every start."""
    for lang in LATIN:
        r = rules(lang)
        plain = re.compile(r._name_run_pattern)
        text = data.draw(_text(["Lena", "Ortiz", "de", "la", "van", "bin", "and", "of", "for", "Ministry",
                                "Center", "Quai", "d’Orsay", "l'Est", "Élise", "Ёлка", "uulu", "U.S.", "the",
                                "J.", "Tursunbek", "dl"], max_size=16))
        for pos in (0, len(text) // 3):
            assert _spans(r.name_run_re, text[pos:]) == _spans(plain, text[pos:])
            assert [m.span() for m in r.name_run_re.finditer(text, pos)] == \
                [m.span() for m in plain.finditer(text, pos)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab A.!?…。”’\")1 9\n", max_size=40))
def test_the_sentence_candidates_are_those_of_the_plain_repeat(text):
    """The sentence-end pattern opens with one character of its set, then any more: what a
    leading repeat of the set finds (the form that cannot skip ahead to the set's characters)."""
    from claimx.lang import base

    pattern = base._SENT_CANDIDATE.pattern
    head = "([.!?…。！？][.!?…。！？]*"
    assert pattern.startswith(head)
    plain = re.compile("([.!?…。！？]+" + pattern[len(head):])
    assert _spans(base._SENT_CANDIDATE, text) == _spans(plain, text)
