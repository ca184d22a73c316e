"""Speaker identity across documents in Chinese news and Chinese translations of foreign news: one
person written in many ways (full name with ·, surname alone, with a title or none, variant
transliterations, traditional characters, a Latin gloss, an English document) must share one
``speaker.id``; people who only look alike (two 伊万诺夫, 张伟/张薇, father and son, a minister and a
namesake athlete), the foreign ministries of two countries, and unnamed sources must not.

An invented corpus of short documents (fictional people where the registry would decide it, and
the registry's own people where its aliases must meet the text), run through
``claimx.extract_files`` like a real folder; ``EXPECTED`` gives each claim's gold speaker, and
``pair_figures`` scores the corpus the way ../shared/tools/score.py scores speaker ids: pairwise
precision/recall of "same id" against "same gold speaker", over named speakers."""
import itertools

import pytest

import claimx

CORPUS = {
    # Russia-datelined agency copy: a bare 外交部 is Russia's ministry
    "a01_moscow.txt":
        "新华社莫斯科3月5日电 俄罗斯外交部发言人玛丽亚·扎哈罗娃5日在例行记者会上表示，俄方不会接受任何单方面的条件。\n"
        "俄罗斯外交部当天还发表声明称，俄方将于下月与哈萨克斯坦举行双边磋商。\n"
        "扎哈罗娃说：“我们的立场没有改变。”\n",
    # Beijing: a bare 外交部 is China's ministry
    "a02_beijing.txt":
        "中国外交部发言人毛宁6日在例行记者会上表示，中方支持通过对话解决乌克兰危机。\n"
        "毛宁说，中方愿为此发挥建设性作用。\n",
    "a03_kyiv.txt":
        "乌克兰外长德米特罗·库列巴周二在基辅表示，乌方需要更多防空系统。\n"
        "库列巴说：“冬天即将来临，我们必须保护电网。”\n"
        "他还表示，乌克兰将继续与欧盟伙伴协商。\n",
    "a04_trad.txt":
        "烏克蘭外交部長庫列巴週三表示，基輔不會放棄任何領土。\n"
        "消息人士稱，雙方的談判已經停滯。\n",
    "a05_en.txt":
        "Ukrainian Foreign Minister Dmytro Kuleba said on Thursday that Kyiv needed more air defence systems.\n"
        "\"We will not trade territory for peace,\" Kuleba told reporters.\n",
    "a06_astana.txt":
        "阿斯塔纳政治学家叶尔兰·萨尔森巴耶夫（Yerlan Sarsenbayev）认为，哈萨克斯坦将在俄乌之间保持平衡。\n"
        "萨尔森巴耶夫指出，制裁已经影响了地区贸易。\n",
    "a07_variant.txt":
        "哈萨克斯坦分析人士萨尔先巴耶夫表示，中亚国家正在寻找新的运输路线。\n"
        "消息人士透露，新的铁路协议将于年底签署。\n",
    "a08_en_astana.txt":
        "\"Central Asia cannot afford to choose sides,\" said Yerlan Sarsenbayev, a political scientist in Astana.\n",
    # a lone 伊万诺夫 where two are known (a09, a10): no one can tell which
    "a09_a_ivanov.txt":
        "伊万诺夫表示，能源价格将继续上涨。\n",
    "a09_ivanov.txt":
        "俄罗斯能源专家阿列克谢·伊万诺夫表示，天然气出口将在明年恢复。\n"
        "伊万诺夫说：“欧洲市场不会很快回来。”\n",
    "a10_ivanov.txt":
        "莫斯科市议员尼古拉·伊万诺夫称，市政府将增加对难民的援助。\n",
    "a11_zhang.txt":
        "商务部研究员张伟表示，中国与中亚的贸易额今年有望再创新高。\n",
    "a12_zhang.txt":
        "清华大学教授张薇认为，中亚合作进入了新阶段。\n",
    "a13_father.txt":
        "哈萨克斯坦商人努尔兰·别克穆哈诺夫表示，公司将扩大在中国的投资。\n",
    "a14_son.txt":
        "公司总经理阿斯兰·别克穆哈诺夫称，新工厂将于明年投产。\n",
    "a15_minister.txt":
        "乌兹别克斯坦外长巴赫季约尔·赛义多夫表示，塔什干欢迎更多中国投资。\n"
        "赛义多夫说，两国将简化签证手续。\n",
    "a16_athlete.txt":
        "乌兹别克斯坦摔跤运动员鲁斯塔姆·赛义多夫赛后表示，他将为奥运会做好准备。\n",
    "a17_gloss.txt":
        "拉夫罗夫（Sergei Lavrov）周二在阿斯塔纳对记者说，莫斯科不会接受任何最后通牒。\n"
        "俄罗斯外交部随后发表声明称，会谈富有建设性。\n",
    "a18_trad.txt":
        "俄羅斯外長拉夫羅夫表示，莫斯科準備與北京加強協調。\n"
        "中國外交部發言人毛寧表示，中方歡迎各方繼續對話。\n",
    "a19_en.txt":
        "Russian Foreign Minister Sergei Lavrov said Moscow was ready to talk to Kyiv.\n",
    # a bare 外交部 in a Russia-datelined and in a Beijing-datelined article
    "a20_moscow.txt":
        "塔斯社莫斯科4月2日电 外交部发表声明称，俄方将对新的制裁作出回应。\n",
    "a21_beijing.txt":
        "新华社北京4月3日电 外交部发言人毛宁表示，中方对局势升级深表关切。\n"
        "外交部当天还表示，中方将继续劝和促谈。\n",
    # the spokesperson of a02 in English
    "a21_en.txt":
        "Chinese Foreign Ministry spokeswoman Mao Ning said Beijing supported peace talks.\n",
    # no dateline: the ministry named in full, then bare
    "a22_ministry.txt":
        "俄罗斯外交部周一发表声明称，西方的援助只会延长冲突。\n"
        "外交部还表示，俄方将密切关注局势。\n",
    # the registry's analyst in two spellings, and a pronoun
    "a23_kazenova.txt":
        "英国埃克塞特大学分析人士纳尔吉斯·卡泽诺娃认为，中亚国家会继续采取多元外交。\n"
        "她表示，这些国家不愿被迫选边站。\n",
    "a24_kassenova.txt":
        "卡塞诺娃指出，哈萨克斯坦的中间走廊正在吸引更多货物。\n",
    # father and son in one document
    "a25_family.txt":
        "哈萨克斯坦企业家卡纳特·托列乌巴耶夫表示，家族企业将进入光伏行业。\n"
        "他的儿子达尼亚尔·托列乌巴耶夫称，首座电站将于明年并网。\n",
    # a lone surname in a sports report: the minister of a15 is not meant
    "a26_sport.txt":
        "塔什干5月3日电 摔跤比赛结束后，赛义多夫对记者说，他的膝伤已经痊愈。\n",
}

# (document, words of the claim, gold speaker); unnamed sources get a gold key of their own per
# document ("?" prefix): they are never one speaker across documents
EXPECTED = [
    ("a01_moscow.txt", "俄方不会接受任何单方面的条件", "zakharova"),
    ("a01_moscow.txt", "俄方将于下月与哈萨克斯坦举行双边磋商", "mfa-russia"),
    ("a01_moscow.txt", "我们的立场没有改变", "zakharova"),
    ("a02_beijing.txt", "中方支持通过对话解决乌克兰危机", "mao-ning"),
    ("a02_beijing.txt", "中方愿为此发挥建设性作用", "mao-ning"),
    ("a03_kyiv.txt", "乌方需要更多防空系统", "kuleba"),
    ("a03_kyiv.txt", "我们必须保护电网", "kuleba"),
    ("a03_kyiv.txt", "乌克兰将继续与欧盟伙伴协商", "kuleba"),
    ("a04_trad.txt", "基輔不會放棄任何領土", "kuleba"),
    ("a04_trad.txt", "雙方的談判已經停滯", "?sources-a04"),
    ("a05_en.txt", "Kyiv needed more air defence systems", "kuleba"),
    ("a05_en.txt", "We will not trade territory for peace", "kuleba"),
    ("a06_astana.txt", "哈萨克斯坦将在俄乌之间保持平衡", "sarsenbayev"),
    ("a06_astana.txt", "制裁已经影响了地区贸易", "sarsenbayev"),
    ("a07_variant.txt", "中亚国家正在寻找新的运输路线", "sarsenbayev"),
    ("a07_variant.txt", "新的铁路协议将于年底签署", "?sources-a07"),
    ("a08_en_astana.txt", "Central Asia cannot afford to choose sides", "sarsenbayev"),
    ("a09_a_ivanov.txt", "能源价格将继续上涨", "ivanov-unknown"),
    ("a09_ivanov.txt", "天然气出口将在明年恢复", "aleksei-ivanov"),
    ("a09_ivanov.txt", "欧洲市场不会很快回来", "aleksei-ivanov"),
    ("a10_ivanov.txt", "市政府将增加对难民的援助", "nikolai-ivanov"),
    ("a11_zhang.txt", "中国与中亚的贸易额今年有望再创新高", "zhang-wei"),
    ("a12_zhang.txt", "中亚合作进入了新阶段", "zhang-wei-2"),
    ("a13_father.txt", "公司将扩大在中国的投资", "nurlan-bekmukhanov"),
    ("a14_son.txt", "新工厂将于明年投产", "aslan-bekmukhanov"),
    ("a15_minister.txt", "塔什干欢迎更多中国投资", "saidov"),
    ("a15_minister.txt", "两国将简化签证手续", "saidov"),
    ("a16_athlete.txt", "他将为奥运会做好准备", "rustam-saidov"),
    ("a17_gloss.txt", "莫斯科不会接受任何最后通牒", "lavrov"),
    ("a17_gloss.txt", "会谈富有建设性", "mfa-russia"),
    ("a18_trad.txt", "莫斯科準備與北京加強協調", "lavrov"),
    ("a18_trad.txt", "中方歡迎各方繼續對話", "mao-ning"),
    ("a19_en.txt", "Moscow was ready to talk to Kyiv", "lavrov"),
    ("a20_moscow.txt", "俄方将对新的制裁作出回应", "mfa-russia"),
    ("a21_beijing.txt", "中方对局势升级深表关切", "mao-ning"),
    ("a21_beijing.txt", "中方将继续劝和促谈", "mfa-china"),
    ("a21_en.txt", "Beijing supported peace talks", "mao-ning"),
    ("a22_ministry.txt", "西方的援助只会延长冲突", "mfa-russia"),
    ("a22_ministry.txt", "俄方将密切关注局势", "mfa-russia"),
    ("a23_kazenova.txt", "中亚国家会继续采取多元外交", "kassenova"),
    ("a23_kazenova.txt", "这些国家不愿被迫选边站", "kassenova"),
    ("a24_kassenova.txt", "哈萨克斯坦的中间走廊正在吸引更多货物", "kassenova"),
    ("a25_family.txt", "家族企业将进入光伏行业", "kanat-toleubayev"),
    ("a25_family.txt", "首座电站将于明年并网", "daniyar-toleubayev"),
    ("a26_sport.txt", "他的膝伤已经痊愈", "saidov-athlete"),
]


def extract_corpus(folder) -> list[dict]:
    for name, text in CORPUS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return list(claimx.extract_files([folder]))


def speakers(records) -> list[dict | None]:
    """The speaker of each EXPECTED claim (None when no record holds its words or it has none)."""
    out = []
    for doc, words, _ in EXPECTED:
        hits = [r for r in records if r["doc"] == doc and words in r["text"]]
        out.append(hits[0]["speaker"] if hits else None)
    return out


def pair_figures(spk) -> tuple[float, float, int, int, int]:
    """Pairwise precision and recall of "same speaker.id" against "same gold speaker" over the
    EXPECTED claims with a named gold speaker (unnamed sources are left out, as score.py does);
    a claim with no speaker shares an id with nobody. Returns (precision, recall, tp, fp, fn)."""
    items = [(g, s["id"] if s and s["type"] != "unnamed" else None)
             for (_, _, g), s in zip(EXPECTED, spk) if not g.startswith("?")]
    tp = fp = fn = 0
    for (g1, i1), (g2, i2) in itertools.combinations(items, 2):
        same = i1 is not None and i1 == i2
        if g1 == g2:
            tp, fn = tp + same, fn + (not same)
        else:
            fp += same
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0), tp, fp, fn


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    recs = extract_corpus(tmp_path_factory.mktemp("identity"))
    return {g_key: s for g_key, s in zip(((d, w) for d, w, _ in EXPECTED), speakers(recs))}


def sid(corpus, doc, words):
    """The speaker id of the EXPECTED claim of ``doc`` whose words hold ``words``."""
    key, = [k for k in corpus if k[0] == doc and words in k[1]]
    s = corpus[key]
    assert s is not None, (doc, words)
    return s["id"]


def test_every_expected_claim_has_a_speaker(corpus):
    missing = [k for k, s in corpus.items() if s is None]
    assert not missing


def test_pairwise_figures(corpus):
    # main before these rules: 24 right, 6 false, 26 missed (precision 0.8000, recall 0.4800);
    # what is left: the lone surnames of a26 and a09_a (2 false pairs each) and Mao Ning in English
    # (4 missed pairs): see the strict xfails below
    p, r, tp, fp, fn = pair_figures(list(corpus.values()))
    assert (tp, fp, fn) == (46, 4, 4)


def test_the_pair_scorer_counts_merges_and_splits():
    spk = [{"id": g, "type": "person"} for _, _, g in EXPECTED]
    assert pair_figures(spk)[:2] == (1.0, 1.0)
    merged = [{"id": "x", "type": "person"} for _ in EXPECTED]
    assert pair_figures(merged)[0] < 0.2 and pair_figures(merged)[1] == 1.0
    split = [{"id": str(n), "type": "person"} for n, _ in enumerate(EXPECTED)]
    assert pair_figures(split)[1] == 0.0


# one person, many spellings -------------------------------------------------------------------
@pytest.mark.parametrize("a,b", [
    # full name with ·, then the surname alone and a pronoun in the same document
    (("a03_kyiv.txt", "乌方需要更多防空系统"), ("a03_kyiv.txt", "乌克兰将继续与欧盟伙伴协商")),
    # simplified and traditional characters, with and without the title
    (("a03_kyiv.txt", "乌方需要更多防空系统"), ("a04_trad.txt", "基輔不會放棄任何領土")),
    # a Chinese document and an English one
    (("a03_kyiv.txt", "我们必须保护电网"), ("a05_en.txt", "We will not trade territory for peace")),
    # the registry's person: a Latin gloss, traditional characters, English
    (("a17_gloss.txt", "莫斯科不会接受任何最后通牒"), ("a18_trad.txt", "莫斯科準備與北京加強協調")),
    (("a17_gloss.txt", "莫斯科不会接受任何最后通牒"), ("a19_en.txt", "Moscow was ready to talk to Kyiv")),
    # a spokesperson named in full, then in traditional characters elsewhere
    (("a02_beijing.txt", "中方支持通过对话解决乌克兰危机"), ("a18_trad.txt", "中方歡迎各方繼續對話")),
    # a Latin gloss in one document, an English document
    (("a06_astana.txt", "哈萨克斯坦将在俄乌之间保持平衡"), ("a08_en_astana.txt", "Central Asia cannot afford")),
    # two transliterations of one surname (萨尔森巴耶夫 / 萨尔先巴耶夫)
    (("a06_astana.txt", "制裁已经影响了地区贸易"), ("a07_variant.txt", "中亚国家正在寻找新的运输路线")),
    # Russia's foreign ministry named in two documents
    (("a01_moscow.txt", "俄方将于下月与哈萨克斯坦举行双边磋商"), ("a17_gloss.txt", "会谈富有建设性")),
    # a bare 外交部 in a Moscow-datelined article, and after 俄罗斯外交部 in the same article
    (("a20_moscow.txt", "俄方将对新的制裁作出回应"), ("a01_moscow.txt", "俄方将于下月")),
    (("a22_ministry.txt", "俄方将密切关注局势"), ("a22_ministry.txt", "西方的援助只会延长冲突")),
    (("a22_ministry.txt", "俄方将密切关注局势"), ("a17_gloss.txt", "会谈富有建设性")),
    # two transliterations of the registry's analyst (卡泽诺娃 / 卡塞诺娃), and a pronoun
    (("a23_kazenova.txt", "中亚国家会继续采取多元外交"), ("a24_kassenova.txt", "中间走廊")),
    (("a23_kazenova.txt", "这些国家不愿被迫选边站"), ("a24_kassenova.txt", "中间走廊")),
])
def test_same_speaker(corpus, a, b):
    assert sid(corpus, *a) == sid(corpus, *b)


# people who only look alike ---------------------------------------------------------------------
@pytest.mark.parametrize("a,b", [
    # two 伊万诺夫 with different given names
    (("a09_ivanov.txt", "天然气出口将在明年恢复"), ("a10_ivanov.txt", "市政府将增加对难民的援助")),
    (("a09_ivanov.txt", "欧洲市场不会很快回来"), ("a10_ivanov.txt", "市政府将增加对难民的援助")),
    # 张伟 and 张薇
    (("a11_zhang.txt", "中国与中亚的贸易额"), ("a12_zhang.txt", "中亚合作进入了新阶段")),
    # father and son
    (("a13_father.txt", "公司将扩大在中国的投资"), ("a14_son.txt", "新工厂将于明年投产")),
    # a minister and a namesake athlete
    (("a15_minister.txt", "塔什干欢迎更多中国投资"), ("a16_athlete.txt", "他将为奥运会做好准备")),
    (("a15_minister.txt", "两国将简化签证手续"), ("a16_athlete.txt", "他将为奥运会做好准备")),
    # the foreign ministries of two countries; a ministry and its spokesperson
    (("a01_moscow.txt", "俄方将于下月与哈萨克斯坦举行双边磋商"), ("a02_beijing.txt", "中方支持通过对话")),
    (("a01_moscow.txt", "俄方不会接受任何单方面的条件"), ("a01_moscow.txt", "俄方将于下月")),
    # a bare 外交部 datelined Moscow and one datelined Beijing
    (("a20_moscow.txt", "俄方将对新的制裁作出回应"), ("a21_beijing.txt", "中方将继续劝和促谈")),
    # father and son in one document
    (("a25_family.txt", "家族企业将进入光伏行业"), ("a25_family.txt", "首座电站将于明年并网")),
    # two foreign ministers, two spokespeople
    (("a03_kyiv.txt", "乌方需要更多防空系统"), ("a17_gloss.txt", "莫斯科不会接受任何最后通牒")),
    (("a01_moscow.txt", "我们的立场没有改变"), ("a02_beijing.txt", "中方支持通过对话")),
])
def test_different_speakers(corpus, a, b):
    assert sid(corpus, *a) != sid(corpus, *b)


def test_unnamed_sources_stay_unnamed(corpus):
    for key in (("a04_trad.txt", "雙方的談判已經停滯"), ("a07_variant.txt", "新的铁路协议将于年底签署")):
        assert corpus[key]["type"] == "unnamed"


@pytest.mark.xfail(strict=True, reason="every unnamed source carries the id 'unnamed' (record format "
                   "1.1, all languages): 消息人士 of two documents share it; score.py leaves unnamed "
                   "sources out of its speaker-id pairs")
def test_unnamed_sources_of_two_documents_are_not_one_speaker(corpus):
    assert (sid(corpus, "a04_trad.txt", "雙方的談判已經停滯")
            != sid(corpus, "a07_variant.txt", "新的铁路协议将于年底签署"))


@pytest.mark.xfail(strict=True, reason="a lone surname meets the registry's one holder of it (赛义多夫 → "
                   "Bakhtiyor Saidov, link 'transliteration'); that the wrestler of a sports report "
                   "is someone else only the topic tells")
def test_a_lone_surname_in_a_sports_report_is_not_the_minister(corpus):
    assert (sid(corpus, "a26_sport.txt", "他的膝伤已经痊愈")
            != sid(corpus, "a15_minister.txt", "塔什干欢迎更多中国投资"))


# the rules, one sentence each ------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("库列巴在基辅表示，乌方需要更多防空系统。", "库列巴"),               # a city jieba reads as a noun
    ("张伟周二在阿斯塔纳说，两国将简化签证手续。", "张伟"),
    ("鲁斯塔姆·赛义多夫赛后表示，他将为奥运会做好准备。", "鲁斯塔姆·赛义多夫"),   # after the match
    ("王芳会后对记者说，双方达成了共识。", "王芳"),
])
def test_a_place_or_an_occasion_between_speaker_and_cue(text, name):
    recs = claimx.extract(text)
    assert len(recs) == 1 and recs[0]["speaker"]["mention"]["text"] == name


@pytest.mark.parametrize("text,words,name", [
    ("塔斯社莫斯科4月2日电 外交部发表声明称，俄方将作出回应。", "俄方将作出回应", "Russian Foreign Ministry"),
    ("新华社北京4月3日电 外交部表示，中方将继续劝和促谈。", "中方将继续劝和促谈", "中国外交部"),
    ("本报基辅4月3日电 国防部称，防线保持稳定。", "防线保持稳定", "乌克兰国防部"),
    ("俄罗斯外交部发表声明称，援助只会延长冲突。外交部还表示，将密切关注局势。", "将密切关注局势",
     "Russian Foreign Ministry"),
    ("外交部表示，将密切关注局势。", "将密切关注局势", "外交部"),            # no country: as written
    ("新华社莫斯科4月2日电 哈萨克斯坦外交部表示，将密切关注局势。", "将密切关注局势", "Kazakh Foreign Ministry"),
    ("俄外交部表示，将采取对等措施。", "将采取对等措施", "Russian Foreign Ministry"),   # a country's abbreviation
    ("哈外交部称，将采取对等措施。", "将采取对等措施", "Kazakh Foreign Ministry"),
    ("乌国防部称，防线保持稳定。", "防线保持稳定", "乌克兰国防部"),
])
def test_a_bare_national_body_is_its_country_s(text, words, name):
    r, = [r for r in claimx.extract(text) if words in r["text"]]
    assert r["speaker"]["name"] == name and r["speaker"]["type"] == "organization"


def test_traditional_and_simplified_spellings_are_one_name(tmp_path):
    (tmp_path / "a.txt").write_text("发言人毛宁表示，中方欢迎对话。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("發言人毛寧表示，中方歡迎對話。\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("俄羅斯外長拉夫羅夫表示，莫斯科準備談判。\n", encoding="utf-8")
    ids = {r["doc"]: r["speaker"] for r in claimx.extract_files([tmp_path])}
    assert ids["a.txt"]["id"] == ids["b.txt"]["id"]
    assert ids["c.txt"]["id"] == "sergey-lavrov" and ids["c.txt"]["link"] == "alias"


def test_a_chinese_name_met_first_takes_its_latin_spelling(tmp_path):
    # the Chinese document comes first: the Latin full name must still join it
    (tmp_path / "a.txt").write_text("乌克兰外长德米特罗·库列巴表示，乌方需要更多防空系统。\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Foreign Minister Dmytro Kuleba said Kyiv needed air defence.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("乌克兰外长德米特罗·库列巴表示，乌方需要更多防空系统。\n", encoding="utf-8")
    (tmp_path / "d.txt").write_text("Foreign Minister Oleksandr Kuleba said Kyiv needed air defence.\n",
                                    encoding="utf-8")
    ids = {r["doc"]: r["speaker"]["id"] for r in claimx.extract_files([tmp_path])}
    assert ids["a.txt"] == ids["b.txt"] == ids["c.txt"] != ids["d.txt"]


@pytest.mark.xfail(strict=True, reason="the second pass clusters in document order: a lone surname met "
                   "before either full name starts a cluster, and the first full name that fits "
                   "joins it (a lone surname met after two is left alone, as it should be)")
def test_a_lone_surname_before_two_namesakes_joins_neither(corpus):
    lone = sid(corpus, "a09_a_ivanov.txt", "能源价格将继续上涨")
    assert lone not in (sid(corpus, "a09_ivanov.txt", "天然气出口"), sid(corpus, "a10_ivanov.txt", "难民"))


@pytest.mark.xfail(strict=True, reason="a native Chinese name (毛宁) is not matched with its pinyin in "
                   "Latin (Mao Ning): the transliteration model reads foreign names only; 张伟 and 张薇 "
                   "are both Zhang Wei, so such a link needs the one-candidate rule of lone surnames")
def test_a_chinese_name_and_its_pinyin_are_one_person(corpus):
    assert sid(corpus, "a02_beijing.txt", "中方支持通过对话") == sid(corpus, "a21_en.txt", "peace talks")
