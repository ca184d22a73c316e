"""Russian reported speech: guillemets, '», — заявил X', no articles (fictional people)."""
import pytest
from conftest import extract_text, one

from claimx.names import slug


def test_russian_dash_after_the_quote():
    t = "«Мы не уступим», — заявил Ерлан Абенов, министр энергетики.\n«Цены вырастут», — добавил министр."
    r = one(extract_text(t), "уступим")
    assert r["kind"] == "direct" and r["cue"]["text"] == "заявил"
    assert r["speaker"]["name"] == "Ерлан Абенов" and r["speaker"]["role"] == "министр энергетики"
    assert r["speaker"]["id"] == "erlan-abenov"
    r = one(extract_text(t), "Цены")
    assert r["resolution"] == "nominal" and r["speaker"]["id"] == "erlan-abenov"


def test_russian_source_noun_without_antecedent_is_an_unnamed_source():
    r = one(extract_text("«Мы не уступим», — заявил министр."), "уступим")
    assert r["speaker"]["type"] == "unnamed" and r["speaker"]["mention"]["text"] == "министр"
    assert r["cue"]["text"] == "заявил" and r["confidence"] == 0.5


def test_cyrillic_ids_are_romanised_not_collapsed():
    assert slug("Ерлан Абенов") == "erlan-abenov"
    assert slug("Мирзиёев") == "mirziyoev"
    assert slug("Ерлан Абенов") != slug("Асель Битабарова")


# (sentence, the claim, the cue, the speaker's id): invented sentences, fictional people
REPORTED = [
    ("Марат Жунусов сказал, что переговоры о поставках газа провалились.",
     "переговоры о поставках газа провалились", "сказал", "marat-zhunusov"),
    ("По словам Нурлана Омарова, реформа будет отложена до осени.",
     "реформа будет отложена до осени", "По словам", "nurlan-omarov"),
    ("По мнению Сауле Имановой, граница останется открытой для грузов.",
     "граница останется открытой для грузов", "По мнению", "saule-imanova"),
    ("Министр Марат Жунусов заявил, что сотрудничество в регионе остается приоритетом.",
     "сотрудничество в регионе остается приоритетом", "заявил", "marat-zhunusov"),
    ("Эксперт Данияр Сейткали считает, что цены на газ снизятся этой зимой.",
     "цены на газ снизятся этой зимой", "считает", "daniyar-seytkali"),
    ("«Мы не отступим перед давлением», — отметил Нурлан Омаров.",
     "Мы не отступим перед давлением", "отметил", "nurlan-omarov"),
    ("Нурлан Омаров заявил журналистам, что проект плотины будет закрыт.",
     "проект плотины будет закрыт", "заявил", "nurlan-omarov"),
    ("Сауле Иманова сообщила, что граница останется открытой для грузов.",
     "граница останется открытой для грузов", "сообщила", "saule-imanova"),
    ("Болат Кенжин добавил, что работы возобновятся в понедельник утром.",
     "работы возобновятся в понедельник утром", "добавил", "bolat-kenzhin"),
    ("«Диалог продолжается несмотря ни на что», — сказал министр Аскар Ермеков.",
     "Диалог продолжается несмотря ни на что", "сказал", "askar-ermekov"),
    ("Аскар Ермеков подчеркнул, что бюджета недостаточно для новых школ.",
     "бюджета недостаточно для новых школ", "подчеркнул", "askar-ermekov"),
]


@pytest.mark.parametrize("sentence,claim,cue,speaker", REPORTED, ids=[r[2] for r in REPORTED])
def test_russian_reported_speech(sentence, claim, cue, speaker):
    r = one(extract_text(sentence), claim)
    assert r["text"] == claim                      # "что" stays outside the claim
    assert r["cue"]["text"] == cue
    assert r["speaker"]["id"] == speaker


def test_russian_title_is_kept_out_of_the_name_and_id():
    t = ("Министр Марат Жунусов заявил, что сотрудничество в регионе остается приоритетом.\n"
         "Марат Жунусов также сказал, что переговоры о поставках газа продолжатся.")
    recs = extract_text(t)
    a, b = one(recs, "сотрудничество"), one(recs, "переговоры")
    assert a["speaker"]["name"] == "Марат Жунусов" and a["speaker"]["role"] == "Министр"
    assert a["speaker"]["id"] == b["speaker"]["id"] == "marat-zhunusov"


def test_russian_genitive_after_a_source_cue_is_the_same_person():
    t = ("По словам Нурлана Омарова, реформа будет отложена до осени.\n"
         "«Мы не отступим перед давлением», — отметил Нурлан Омаров.")
    recs = extract_text(t)
    a, b = one(recs, "реформа"), one(recs, "отступим")
    assert a["speaker"]["mention"]["text"] == "Нурлана Омарова"     # the text as written
    assert a["speaker"]["name"] == b["speaker"]["name"] == "Нурлан Омаров"


def test_russian_lower_case_title_before_the_subject_is_its_role():
    t = "Вчера министр Аскар Ермеков заявил, что бюджета недостаточно для новых школ."
    sp = one(extract_text(t), "бюджета")["speaker"]
    assert sp["name"] == "Аскар Ермеков" and sp["role"] == "министр" and sp["id"] == "askar-ermekov"
