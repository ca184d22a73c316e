"""Chinese rules beyond the development articles: invented news passages of many outlets and
kinds (tests/lang/zh/general_cases.py), each with the claims an annotator following the zh-news
guideline marks, and documents whose speakers must meet or stay apart across files."""
import sys
from pathlib import Path

import pytest
from conftest import case_params, extract_text

import claimx

sys.path.insert(0, str(Path(__file__).parent))
from general_cases import CASES  # noqa: E402

# passages claimx still reads otherwise, with the reason; strict: a fix makes the test fail until
# the case moves back to CASES
GAPS = {
    "分析人士卡塞诺娃和乌马罗夫都参加了研讨会。乌马罗夫说，俄罗斯在中亚的影响力依然很大。她则认为，中亚国家正在寻求多元化的外交。":
        "她 cannot be Umarov (a masculine -夫 surname), but a person named only as the first of two "
        "coordinated subjects of a non-speech sentence is no antecedent yet: she stays unnamed",
    "问：菲律宾方面称中国海警船只在仁爱礁附近采取了危险行动，中方对此有何评论？":
        "reported speech inside a question runs on into the question put to the listener (…，中方对此"
        "有何评论); the clause addressing the listener is not cut off",
}


def _speaker_ok(expected, sp) -> bool:
    if expected is None:
        return sp is None
    if sp is None:
        return False
    if expected == "unnamed":
        return sp["type"] == "unnamed"
    mention = (sp.get("mention") or {}).get("text")
    return sp["type"] != "unnamed" and expected in (sp["name"], mention)


def _problems(text, claims) -> list[str]:
    recs = extract_text(text)
    out, used = [], set()
    for kind, span, speaker in claims:
        optional = kind.startswith("?")
        kind = kind.lstrip("?")
        hits = [i for i, r in enumerate(recs) if r["text"] == span]
        if not hits:
            if not optional:
                out.append(f"missed {kind} {span!r} ({speaker})")
            continue
        r = recs[hits[0]]
        used.add(hits[0])
        if optional:
            continue
        if r["kind"] != kind:
            out.append(f"{span!r}: kind {r['kind']}, expected {kind}")
        if not _speaker_ok(speaker, r["speaker"]):
            sp = r["speaker"]
            out.append(f"{span!r}: speaker {sp and (sp['name'], sp['type'])}, expected {speaker}")
    out += [f"spurious {r['kind']} {r['text']!r}" for i, r in enumerate(recs) if i not in used]
    return out


@pytest.mark.parametrize("text,claims", case_params(CASES, GAPS))
def test_passage(text, claims):
    assert _problems(text, claims) == []


def test_enough_varied_passages():
    assert len(CASES) >= 80
    assert sum(1 for _, claims in CASES if not claims) >= 10          # texts with no claim
    assert all(t in {text for text, _ in CASES} for t in GAPS)


# documents run together: the same person or body meets across files (also by a short form:
# 世卫组织, 欧委会, IMF), anonymous people and generic bodies stay their document's own
DOCS = {
    "a1.txt": "外交部发言人汪文斌在例行记者会上表示，中方坚决反对单边制裁。\n",
    "a2.txt": "汪文斌说，中方将采取必要措施。\n",
    "b1.txt": "河西县警察局称，事故原因仍在调查中。警方表示，嫌疑人已被控制。\n",
    "b2.txt": "警方表示，现场已经解除封锁。\n",
    "c1.txt": "英国经济学家詹姆斯·沃克(James Walker)说，通胀见顶尚需时日。\n",
    "c2.txt": "沃克表示，英国央行可能继续加息。\n",
    "d1.txt": "市民张女士说，她家附近的公交站已经停用。\n",
    "d2.txt": "退休教师张女士表示，社区食堂的饭菜很实惠。\n",
    "e1.txt": "法院审理查明，被告人李某收受他人财物。李某辩称，这些钱是借款。\n",
    "e2.txt": "李某在庭审中表示，自己对指控没有异议。\n",
    "f1.txt": "英国首相斯塔默(Keir Starmer)在唐宁街10号发表讲话说，今天是艰难的一天。\n",
    "f2.txt": "斯塔默说，政府将推出新的住房计划。\n",
    "g1.txt": "世界卫生组织表示，疫情仍是国际关注的突发公共卫生事件。\n",
    "g2.txt": "世卫组织称，全球新增病例有所下降。\n",
    "h1.txt": "欧盟委员会表示，将对进口电动汽车征收反补贴税。\n",
    "h2.txt": "欧委会说，调查将持续13个月。\n",
    "i1.txt": "国际货币基金组织(IMF)表示，全球经济增长放缓。\n",
    "i2.txt": "IMF称，通胀压力仍然存在。\n",
    # a lone transliterated surname is the full name written earlier in its document, in any file
    "j1.txt": "吉尔吉斯斯坦内阁主席阿德尔别克·卡西马利耶夫出席了会议。卡西马利耶夫说，吉方将简化签证程序。\n",
    "j2.txt": "阿德尔别克·卡西马利耶夫表示，吉方希望扩大电力贸易。\n",
    "k1.txt": "哈萨克斯坦外长努尔兰·叶尔梅克巴耶夫会见了来访的客人。叶尔梅克巴耶夫说，双方同意加强合作。\n",
    "k2.txt": "叶尔梅克巴耶夫外长表示，哈方支持地区一体化。努尔兰·叶尔梅克巴耶夫还说，哈方将主办下届峰会。\n",
}


@pytest.fixture(scope="module")
def ids(tmp_path_factory):
    folder = tmp_path_factory.mktemp("zh_general")
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    out: dict[str, set] = {}
    for r in claimx.extract_files([str(folder)]):
        out.setdefault(r["doc"], set()).add(r["speaker"]["id"] if r["speaker"] else None)
    return out


@pytest.mark.parametrize("one,other", [("a1.txt", "a2.txt"), ("c1.txt", "c2.txt"), ("f1.txt", "f2.txt"),
                                       ("g1.txt", "g2.txt"), ("h1.txt", "h2.txt"), ("i1.txt", "i2.txt"),
                                       ("j1.txt", "j2.txt"), ("k1.txt", "k2.txt")])
def test_same_person_across_documents(ids, one, other):
    assert len(ids[one]) == 1 and ids[one] == ids[other]


@pytest.mark.parametrize("one,other", [("b1.txt", "b2.txt"), ("d1.txt", "d2.txt"), ("e1.txt", "e2.txt")])
def test_anonymous_speakers_stay_apart(ids, one, other):
    assert ids[one] and ids[other] and not ids[one] & ids[other]
