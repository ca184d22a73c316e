from claimx.quotes import find_quotes
from claimx.segment import paragraphs


def quotes(text):
    return [text[q.start:q.end] for q in find_quotes(text, paragraphs(text))]


def test_curly_double_and_nested_single():
    t = "He said “the so-called ‘red line’ is gone,” and left."
    assert quotes(t) == ["the so-called ‘red line’ is gone,"]


def test_every_style_pairs():
    assert quotes("Il a dit « pas question » hier.") == ["pas question"]
    assert quotes("他说「我们不会让步」。") == ["我们不会让步"]
    assert quotes("Er sagte „wir bleiben“ gestern.") == ["wir bleiben"]
    assert quotes("他说『好』。") == ["好"]
    assert quotes('She said "we will stay" today.') == ["we will stay"]


def test_apostrophes_are_not_quotes():
    assert quotes("Russia’s war and the Kremlin’s view, he said.") == []
    assert quotes("It's what's theirs, isn't it?") == []


def test_unclosed_quote_runs_to_paragraph_end_and_resynchronises():
    t = "“First paragraph never closes.\n“Second is fine.”\nThen a “third” one."
    assert quotes(t) == ["First paragraph never closes.", "Second is fine.", "third"]


def test_multi_paragraph_quote_marks_continuation():
    t = "“One part of the quote.\n“Second part ends it.”"
    qs = find_quotes(t, paragraphs(t))
    assert [q.continued for q in qs] == [False, True]


def test_missing_opening_mark_starts_at_paragraph():
    t = "he said that,\nwe are also members of the union. We will comply.”"
    assert quotes(t) == ["we are also members of the union. We will comply."]


def test_same_mark_nested_quote_runs_to_the_end():
    t = "“We talked to officials and they said, “we will keep trading with them.”"
    assert quotes(t) == ["We talked to officials and they said, “we will keep trading with them."]


def test_furniture_yields_no_quotes():
    t = 'Body “quoted words here” end.\nSee also  Excavations "completed" at the site'
    assert quotes(t) == ["quoted words here"]


def test_quoted_units_count_words_and_cjk_characters_as_the_per_character_definition():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from claimx.quotes import quoted_units

    def by_character(s):            # a Latin word (a token with a letter or digit) 1, a CJK character 0.5
        cjk = sum(1 for c in s if "\u3400" <= c <= "\u9fff")
        words = sum(1 for w in s.split() if any(ch.isalnum() and not "\u3400" <= ch <= "\u9fff" for ch in w))
        return words + cjk * 0.5

    @settings(max_examples=500, deadline=None)
    @given(st.text(st.characters(blacklist_categories=("Cs",)), max_size=40) |
           st.text(st.sampled_from("他说中文\u3400\u9fff\u4dbf\u33ffab1_ .,\u00a0\u3000\x1c²½"), max_size=40))
    def check(s):
        assert quoted_units(s) == by_character(s)

    check()
    assert quoted_units("He said 他说了 3 things, ok?") == 5 + 1.5


def test_marks_typed_reversed_pair_within_a_sentence():
    from conftest import extract_text

    recs = extract_text("发言人表示，这是首次调查所谓”汇率低估“项目，中方对此坚决反对。")
    assert len(recs) == 1 and recs[0]["kind"] == "mixed"
    assert recs[0]["text"] == "这是首次调查所谓”汇率低估“项目，中方对此坚决反对"


def test_closing_mark_typed_as_an_opening_one():
    assert quotes("Cruz called the plan “abhorrent“ in a tweet.") == ["abhorrent"]
    assert quotes("美国商务部就“人民币汇率低估“项目发起调查。") == ["人民币汇率低估"]
    assert quotes("“We will win,“ Ortiz said.") == ["We will win,"]
    assert quotes("王立平说“我们会赢“。") == ["我们会赢"]
    # a nested quotation still opens: “ after a space
    assert quotes("“He said “no” to me,” Diaz said.") == ["He said “no” to me,"]


def test_opening_mark_typed_as_a_closing_one():
    assert quotes("”This plan has to be stopped,” wrote Ortiz.") == ["This plan has to be stopped,"]
    assert quotes("Ortiz said the plan was ”a disaster” for the city.") == ["a disaster"]
    # after a word it still closes
    assert quotes("“It is over” she said.") == ["It is over"]


def test_nicknames_inside_names_are_no_quotations():
    assert quotes("他的弟弟亨利·“格兰特”·刘易斯表示，家人很好。") == []
    assert quotes("弟弟亨利·刘易斯（Henry “Grant” Lewis）表示：“他很好。”") == ["他很好。"]
    assert quotes("She called him “Grant” Lewis.") == ["Grant"]        # not in brackets: a quotation


def test_double_mark_set_off_by_a_space_after_a_nested_quotation_closes():
    t = "\"She said she will be 'above the president,' \" said Ortiz."
    assert quotes(t) == ["She said she will be 'above the president,'"]


def test_closing_mark_opening_a_paragraph_opens_a_quotation():
    from conftest import extract_text
    t = "She was blunt about the race.\n\n” … they are nothing like him,” she said in December."
    recs = extract_text(t)
    assert [r["text"] for r in recs] == ["… they are nothing like him,"]
