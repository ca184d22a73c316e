"""French and Russian (and English machine-translated from them) use the same rules with their own
word lists: guillemets, '», — заявил X', determiners that differ or do not exist (fictional people)."""
from conftest import extract_text, one

from claimx.names import slug


def test_french_inverted_cue_and_nominal_with_elided_article():
    t = ("«Nous ne céderons pas», a déclaré Erlan Abenov, ministre de l’Énergie.\n"
         "«Les prix vont monter», a ajouté le ministre.\n"
         "«Rien n’est décidé», estime l’analyste.")
    r = one(extract_text(t), "céderons")
    assert r["speaker"]["name"] == "Erlan Abenov" and r["speaker"]["role"] == "ministre de l’Énergie"
    r = one(extract_text(t), "prix")
    assert r["resolution"] == "nominal" and r["speaker"]["name"] == "Erlan Abenov"
    assert r["speaker"]["mention"]["text"] == "le ministre"
    r = one(extract_text(t), "décidé")          # the analyst is not the minister: never guessed
    assert r["speaker"] is None or r["speaker"]["name"] != "Erlan Abenov"


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
