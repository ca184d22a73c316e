"""French reported speech: the Latin-script grammar with French word lists (fictional people)."""
import pytest
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


# (sentence, the claim, the cue, the speaker's id): invented sentences, fictional people
REPORTED = [
    ("Marat Zhunusov a affirmé que les négociations avaient échoué.",
     "les négociations avaient échoué", "a affirmé", "marat-zhunusov"),
    ("Selon Aïgoul Berdibaïeva, la réforme sera reportée à l'automne.",
     "la réforme sera reportée à l'automne", "Selon", "aigoul-berdibaieva"),
    ("La réforme du code minier sera votée en mars, selon Aïgoul Berdibaïeva.",
     "La réforme du code minier sera votée en mars", "selon", "aigoul-berdibaieva"),
    ("Le ministre Daniyar Seitkali estime que les prix du gaz vont baisser cet hiver.",
     "les prix du gaz vont baisser cet hiver", "estime", "daniyar-seitkali"),
    ("«Nous ne reculerons pas devant les pressions», a déclaré Nurlan Omarov.",
     "Nous ne reculerons pas devant les pressions", "a déclaré", "nurlan-omarov"),
    ("Nurlan Omarov a déclaré que le projet de barrage serait abandonné.",
     "le projet de barrage serait abandonné", "a déclaré", "nurlan-omarov"),
    ("La porte-parole Saule Imanova a indiqué que la frontière resterait ouverte.",
     "la frontière resterait ouverte", "a indiqué", "saule-imanova"),
    ("Bolat Kenzhin a ajouté qu’il faudrait reprendre les travaux dès lundi prochain.",
     "il faudrait reprendre les travaux dès lundi prochain", "a ajouté", "bolat-kenzhin"),
    ("«Le dialogue continue malgré tout», a précisé le ministre Askar Ermekov.",
     "Le dialogue continue malgré tout", "a précisé", "askar-ermekov"),
    ("D'après Bolat Kenzhin, le barrage est parfaitement sûr.",
     "le barrage est parfaitement sûr", "D'après", "bolat-kenzhin"),
    ("Le ministre Marat Zhunusov a souligné que la coopération régionale restait une priorité.",
     "la coopération régionale restait une priorité", "a souligné", "marat-zhunusov"),
]


@pytest.mark.parametrize("sentence,claim,cue,speaker", REPORTED, ids=[r[2] for r in REPORTED])
def test_french_reported_speech(sentence, claim, cue, speaker):
    r = one(extract_text(sentence), claim)
    assert r["text"] == claim                      # "que" and "qu’" stay outside the claim
    assert r["cue"]["text"] == cue
    assert r["speaker"]["id"] == speaker


def test_french_title_is_a_role_not_part_of_the_name():
    t = "«Le dialogue continue malgré tout», a précisé le ministre Askar Ermekov."
    sp = one(extract_text(t), "dialogue")["speaker"]
    assert sp["name"] == "Askar Ermekov" and sp["role"] == "ministre"


def test_french_title_before_the_subject_is_its_role():
    t = "Le ministre Daniyar Seitkali estime que les prix du gaz vont baisser cet hiver."
    sp = one(extract_text(t), "prix")["speaker"]
    assert sp["name"] == "Daniyar Seitkali" and sp["role"] == "ministre"
    assert sp["id"] == "daniyar-seitkali"
