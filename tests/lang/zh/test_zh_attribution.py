"""Chinese attribution rules (fictional people)."""
from conftest import extract_text, one, speaker_name


def test_ju_cheng_frame_with_gloss():
    t = "据能源研究所高级研究员萨德科娃(Aigerim Sadykova)称，今年冬天的电力缺口可能超过去年。"
    r = one(extract_text(t), "电力缺口")
    assert r["kind"] == "indirect" and r["text"] == "今年冬天的电力缺口可能超过去年"
    assert speaker_name(r) == "Aigerim Sadykova"
    assert r["speaker"]["mention"]["text"].startswith("萨德科娃")


def test_tail_cue_with_honorific():
    r = one(extract_text("“没有人愿意承担第一笔投资，”阿贝诺夫先生说。"), "投资")
    assert r["kind"] == "direct" and r["speaker"]["mention"]["text"] == "阿贝诺夫先生"


def test_forward_cue_with_colon():
    r = one(extract_text("阿贝诺夫先生说：“各国都在等待别人先让步。”"), "让步")
    assert r["resolution"] == "explicit" and r["speaker"]["mention"]["text"] == "阿贝诺夫先生"


def test_latin_name_inside_chinese():
    r = one(extract_text("“电价将上涨，”D’Anieri 先生说。"), "电价")
    assert r["speaker"]["mention"]["text"] == "D’Anieri 先生"


def test_biaoshi_indirect_and_unnamed_analysts():
    recs = extract_text("分析人士表示，地区国家需要在明年之前达成新的协议。")
    r = one(recs, "协议")
    assert r["kind"] == "indirect" and r["speaker"]["type"] == "unnamed"


def test_pronoun_ta_after_named_speaker():
    t = "据研究员萨德科娃称，电网已经老化。\n“我们的电网已经运行了五十年，”她说。"
    r = one(extract_text(t), "五十年")
    assert r["resolution"] == "pronoun" and r["speaker"]["mention"]["text"] == "她"
    assert "萨德科娃" in (r["speaker"]["name"] or "") or r["speaker"]["name"] == "萨德科娃"


def test_pronoun_takes_sentence_subject():
    r = one(extract_text("卡里莫娃女士表示同意，她说：“三十年没有白费。”"), "三十年")
    assert r["speaker"]["name"] == "卡里莫娃"


def test_recipient_is_not_the_speaker():
    r = one(extract_text("习近平向托卡耶夫保证，他将“坚决支持哈萨克斯坦”。"), "坚决支持")
    assert r["speaker"]["id"] == "xi-jinping"


def test_ba_construction_and_describe_as():
    r = one(extract_text("哈萨克斯坦总统卡西姆-若马尔特·托卡耶夫将局势描述为“绝望”。"), "绝望")
    assert r["speaker"]["id"] == "kassym-jomart-tokayev"


def test_negated_subject_makes_no_claim():
    assert extract_text("没有一个官员表示支持这场战争。") == []


def test_novel_is_not_a_cue():
    assert extract_text("这本小说讲述了草原上的故事。") == []


def test_multi_paragraph_quote_continues():
    t = ("据学者卡里莫娃称，两国关系复杂。\n“我们可能是最俄罗斯化的国家，”她说。\n“俄语被广泛使用……我们阅读俄语书籍。\n"
         "“另一方面，我们可以想象自己处于同样的境地。”")
    recs = extract_text(t)
    assert [r["resolution"] for r in recs] == ["explicit", "pronoun", "continuation", "continuation"]
    assert len({r["speaker"]["id"] for r in recs}) == 1


def test_traditional_characters_use_the_same_rules():
    r = one(extract_text("「沒有人願意承擔第一筆投資，」阿貝諾夫先生說。"), "投資")
    assert r["kind"] == "direct" and r["speaker"]["mention"]["text"] == "阿貝諾夫先生"
    r = one(extract_text("據能源研究所高級研究員薩德科娃稱，今年冬天的電力缺口可能超過去年。"), "電力缺口")
    assert r["kind"] == "indirect" and r["speaker"]["mention"]["text"].startswith("薩德科娃")
    r = one(extract_text("分析人士認為，地區國家需要在明年之前達成新的協議。"), "協議")
    assert r["kind"] == "indirect" and r["speaker"]["type"] == "unnamed"
