from claimx.lang import rules
from claimx.segment import paragraphs


def test_paragraph_languages_alternate_on_a_bilingual_page():
    t = ("The minister said that the talks would resume in the spring after the elections.\n\n"
         "部长表示，会谈将在选举之后的春天恢复。\n\n"
         "Le ministre a déclaré que les négociations reprendraient au printemps prochain.\n"
         "Ok.")
    ps = paragraphs(t)
    assert [p.lang for p in ps] == ["en", "zh", "fr", "fr"]   # the short line takes its neighbour's


def test_furniture_lines_and_tails():
    t = ("Real text here.\nSee also  Something else\n>> Read more: “A title”\n"
         "Body again.\nLeave a Reply\nYou are commenting using your account.\nName")
    flags = [(t[p.start:p.end][:10], p.furniture) for p in paragraphs(t)]
    assert flags == [("Real text ", False), ("See also  ", True), (">> Read mo", True),
                     ("Body again", False), ("Leave a Re", True), ("You are co", True), ("Name", True)]


def test_chinese_furniture():
    t = "正文内容。\n更多新闻\n无关标题"
    assert [p.furniture for p in paragraphs(t)] == [False, True, True]


def sents(text, lang="en"):
    return [text[a:b] for a, b in rules(lang).sentences(text, 0, len(text))]


def test_english_abbreviations_and_initials():
    t = "Mr. Smith met U.S. officials. He studied at the University of M. Narikbayev in Astana. Then he left."
    assert sents(t) == ["Mr. Smith met U.S. officials.",
                        "He studied at the University of M. Narikbayev in Astana.", "Then he left."]


def test_quote_closing_after_full_stop_stays_with_sentence():
    assert sents("He said “we stay.” Then he went home.") == ["He said “we stay.”", "Then he went home."]


def test_chinese_sentences():
    assert sents("他说：“好。”然后离开了！真的吗？是的", "zh") == ["他说：“好。”", "然后离开了！", "真的吗？", "是的"]


def test_french_sentences():
    assert sents("M. Dupont a parlé. Il est parti.", "fr") == ["M. Dupont a parlé.", "Il est parti."]


def test_fast_sentence_splitter_agrees_with_spacy_tokens():
    from spacy_sentences import spacy_sentences

    r = rules("en")
    for t in ["Mr. Abenov met Dr. Sadykova in the U.S. capital. They talked. “Why?” she asked. Then M. Narikbayev left.",
              "It ended.Next came more. Prices rose 3.5 percent in Jan. and Feb. Officials said so!",
              "The talks failed. . Then what? “Nothing,” he said. (See below.) Numbers: 1. 2. 3.",
              "Ends with an abbreviation etc. And then A. B. Smith spoke… Later «Non», dit-il."]:
        assert r.sentences(t, 0, len(t)) == spacy_sentences(r, t, 0, len(t)), t


def test_language_by_function_words_and_identifier_fallback():
    from claimx.segment import paragraphs

    t = ("The minister said that the talks would resume next week in the capital.\n"
         "Le ministre a déclaré que les négociations reprendraient la semaine prochaine.\n"
         "Die Verhandlungen werden nächste Woche in Astana fortgesetzt, sagte der Minister heute.\n")
    assert [p.lang for p in paragraphs(t)] == ["en", "fr", "de"]


def test_anchored_patterns_are_told_apart_from_the_rest():
    from claimx.segment import _anchored

    assert _anchored("^see also\\b") and _anchored("^(more|related) news$") and _anchored("^[|>]+ x")
    assert not _anchored("see also") and not _anchored("^a|b") and not _anchored("^[^]|]x|y")
    assert _anchored("^a\\|b") and _anchored("^[]|]")


def test_joined_furniture_tests_agree_with_each_pattern_searched_alone():
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from claimx.lang.base import data_dir, read_lines
    from claimx.segment import boilerplate

    rows = [r.split("\t") for d in sorted(p for p in data_dir().iterdir() if p.is_dir())
            for r in read_lines(d / "boilerplate.tsv")]
    pieces = ["See also", "read more", "Related:", "more stories", "> ", ">>", "Share this", "photo credit:",
              "更多新闻", "图片来源：", "Leave a comment", "lire aussi", "click here", " ", "x", "A", ":", "\u00a0"]

    @settings(max_examples=400, deadline=None)
    @given(st.lists(st.sampled_from(pieces), min_size=1, max_size=6))
    def check(parts):
        line = "".join(parts).strip()
        line_tests, rest_tests = boilerplate()
        for kind, tests in (("line", line_tests), ("rest", rest_tests)):
            alone = any(re.search(p, line) for p, extent in rows if (extent.strip() == "rest") == (kind == "rest"))
            assert any(t(line) for t in tests) == alone, (kind, line)

    check()


def test_language_identifier_is_asked_only_when_function_words_do_not_decide(monkeypatch):
    import claimx.lang.identify as seg

    asked = []

    def fake():
        return lambda sample: (asked.append(sample), ("da", -1.0))[1]

    seg._detect_latin.cache_clear()
    monkeypatch.setattr(seg, "identifier", fake)
    t = ("The minister said that the talks would resume next week in the capital of the country.\n"
         "Flight attendants' union endorses mayoral candidate Wednesday.\n")
    assert [p.lang for p in paragraphs(t)] == ["en", "en"]      # Danish is not read: English rules
    assert asked == ["Flight attendants' union endorses mayoral candidate Wednesday."]
    seg._detect_latin.cache_clear()


def test_ascii_fast_paths_count_letters_and_words_as_the_unicode_patterns_do():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from claimx.lang.identify import _ASCII_NON_LETTERS, _ASCII_WORDS, _LETTER, _WORDS

    @settings(max_examples=500, deadline=None)
    @given(st.text(st.characters(max_codepoint=127), max_size=80))
    def check(t):
        assert len(t.encode("ascii").translate(None, _ASCII_NON_LETTERS)) == len(_LETTER.findall(t))
        assert _ASCII_WORDS.findall(t.lower()) == [w.lower() for w in _WORDS.findall(t)]

    check()


def test_letter_and_han_counts_by_deletion_agree_with_findall():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from claimx.lang.identify import _HAN, _LETTER, _NON_HAN, _NON_LETTERS

    @settings(max_examples=500, deadline=None)
    @given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=80) |
           st.text(st.sampled_from("中文说表示。，“”abcXYZ 12_éЖжかカ\u3400\u9fff\u4dbf"), max_size=80))
    def check(t):
        assert len(_NON_LETTERS.sub("", t)) == len(_LETTER.findall(t))
        assert len(_NON_HAN.sub("", t)) == len(_HAN.findall(t))

    check()


def test_script_language_answers_as_counting_every_script():
    """script_language stops counting once Han characters decide (they are at least 4 and
    outnumber 0.15 of the sample's characters): the answer is the one counting letters, Han, kana
    and Cyrillic in every sample gives."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from claimx.lang.identify import _CYRILLIC, _HAN, _KANA, _LETTER, _MIN_LETTERS, script_language

    def counted(sample):
        letters, han = len(_LETTER.findall(sample)), len(_HAN.findall(sample))
        kana, cyr = len(_KANA.findall(sample)), len(_CYRILLIC.findall(sample))
        lat = letters - han - kana - cyr
        if han + kana >= 4 and (han + kana) * 2 >= letters * 0.3:
            return "ja" if kana > han * 0.2 else "zh"
        if cyr >= lat and cyr >= 8:
            return "ru"
        return "latin" if lat >= _MIN_LETTERS else None

    alphabet = st.sampled_from("中文说表示。，“”abcXYZ 12_éЖжかカ\u3400\u9fff\u4dbf’")

    @settings(max_examples=1000, deadline=None)
    @given(st.text(alphabet, max_size=120) | st.text(st.characters(blacklist_categories=("Cs",)), max_size=80))
    def check(t):
        assert script_language(t) == counted(t)

    check()
    assert script_language("中文说表示" * 3 + "かな" * 5) == "ja"


def test_identifier_model_read_from_the_cache_answers_as_py3langid(monkeypatch, tmp_path):
    """The model decompressed once into the cache folder gives py3langid's own answers, the copy
    is written on first use and read after, and an unwritable cache falls back to py3langid."""
    from py3langid import langid

    import claimx.lang.identify as ident

    samples = ["Der Bürgermeister sagte, die Brücke werde im Frühjahr eröffnet.",
               "La alcaldesa dijo que el puente se abrirá en primavera.",
               "O prefeito disse que a ponte será aberta na primavera.",
               "The mayor said the bridge would open in the spring.",
               "Ortiz Ortiz Ortiz!!", ""]
    own = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
    monkeypatch.setenv("CLAIMX_CACHE", str(tmp_path / "cache"))
    first = ident._model_arrays()
    assert [p.name for p in (tmp_path / "cache").iterdir()] != []
    again = ident._model_arrays()
    for arrays in (first, again):
        ptc, pc, classes, nextmove, row, output = arrays
        mine = langid.LanguageIdentifier(ptc, pc, classes, nextmove, output, tk_row=row)
        assert [mine.classify(s) for s in samples] == [own.classify(s) for s in samples]
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CLAIMX_CACHE", str(blocker / "cache"))
    assert ident._model_arrays() is None
    ident.identifier.cache_clear()
    try:
        assert ident.identifier()(samples[0])[0] == "de"
    finally:
        ident.identifier.cache_clear()


def test_older_model_copies_are_pruned_from_the_cache(monkeypatch, tmp_path):
    """Writing a model copy removes copies in the older single-file layout and keeps at most
    MODEL_COPIES copies in all (several virtual environments may share the cache folder)."""
    import os

    import claimx.lang.identify as ident

    cache = tmp_path / "cache"
    cache.mkdir()
    old = [cache / f"py3langid-1-{i}.npy.d" for i in range(4)]
    for i, p in enumerate(old):
        p.mkdir()
        (p / "out_feat.npy").write_bytes(b"x")
        os.utime(p, (1000 + i, 1000 + i))
    (cache / "py3langid-1-9.npz").write_bytes(b"x")
    (cache / "claimx-jieba-1-50.cache").write_bytes(b"x")     # not a model copy: kept
    monkeypatch.setenv("CLAIMX_CACHE", str(cache))
    assert ident._model_arrays() is not None
    left = sorted(p.name for p in cache.iterdir() if p.name.startswith("py3langid-"))
    assert len(left) == ident.MODEL_COPIES and "py3langid-1-9.npz" not in left
    assert {"py3langid-1-3.npy.d", "py3langid-1-2.npy.d"} <= set(left)        # the newest old ones
    assert (cache / "claimx-jieba-1-50.cache").exists()


def test_a_papers_references_are_furniture():
    from conftest import extract_text

    text = ("Kazakhstan will keep its balance, Nargis Kassenova argues, while its exports cross Russia.\n"
            "References\n"
            'Kassenova, N. (2022). "Kazakhstan and the War in Ukraine." Washington: Carnegie Endowment.\n'
            "Ortiz, L. and Abenov, D. (2020) 'No Great Game: Public Opinion in the Steppe', Cable 56.\n")
    paras = paragraphs(text, lang="en")
    assert [p.furniture for p in paras] == [False, True, True, True]
    recs = extract_text(text)
    assert [r["speaker"]["name"] for r in recs] == ["Nargis Kassenova"]     # no titles as quotations
    # a heading that only begins with the word is no such section
    assert not paragraphs("Notes from the border\nOrtiz said the road was closed.\n", lang="en")[0].furniture


def test_a_commentarys_publisher_notes_are_furniture():
    lines = ["Ortiz said the region was hedging.",
             "The views expressed in this commentary are the author's own and do not reflect the Institute's.",
             "Disclaimer: The opinions expressed here are the author's and say nothing of official policy.",
             'Cite this article: Ortiz, L. "Hedging in the Steppe," Politika, 2023.',
             'Keywords: Kazakhstan; hedging; "multi-vector" policy',
             "© 2023 Steppe Institute. All rights reserved.",
             "Copyright lawyers said the ruling would stand."]            # news about copyright: content
    text = "\n".join(lines) + "\n"
    assert [p.furniture for p in paragraphs(text, lang="en")] == [False, True, True, True, True, True, False]


def test_chinese_notes_of_a_site_are_furniture():
    lines = ["拉夫罗夫说，会谈是有益的。",
             "（原标题：拉夫罗夫称俄方愿意继续对话）",
             "免责声明：本文仅代表作者个人观点，不代表本网站立场。",
             "声明：本文转载自网络，文中观点表示作者看法，与本站无关。",
             "本文来源：参考消息网",
             "（编辑：张明）",
             "原标题下的文章称，双方将继续谈判。"]                        # not a note: content
    text = "\n".join(lines) + "\n"
    assert [p.furniture for p in paragraphs(text, lang="zh")] == [False, True, True, True, True, True, False]
