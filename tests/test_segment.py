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


def test_language_by_function_words_and_langdetect_fallback():
    from claimx.segment import paragraphs

    t = ("The minister said that the talks would resume next week in the capital.\n"
         "Le ministre a déclaré que les négociations reprendraient la semaine prochaine.\n"
         "Die Verhandlungen werden nächste Woche in Astana fortgesetzt, sagte der Minister heute.\n")
    assert [p.lang for p in paragraphs(t)] == ["en", "fr", "de"]
