"""French reported speech: the Latin-script grammar with French word lists (fictional people)."""
from conftest import extract_text, one


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
