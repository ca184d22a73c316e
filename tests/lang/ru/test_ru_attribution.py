"""Russian reported speech: guillemets, '», — заявил X', no articles (fictional people)."""
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


def test_russian_source_noun_without_antecedent_is_no_speaker():
    r = one(extract_text("«Мы не уступим», — заявил министр."), "уступим")
    assert r["speaker"] is None and r["cue"]["text"] == "заявил"


def test_cyrillic_ids_are_romanised_not_collapsed():
    assert slug("Ерлан Абенов") == "erlan-abenov"
    assert slug("Мирзиёев") == "mirziyoev"
    assert slug("Ерлан Абенов") != slug("Асель Битабарова")
