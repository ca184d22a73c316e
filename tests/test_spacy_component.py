"""The spaCy component: nlp.add_pipe("claimx") sets doc.spans["claims"] from claimx's records."""
import subprocess
import sys
from importlib.metadata import entry_points

import pytest
import spacy
from spacy.lang.en import English

import claimx
from claimx.spacy_component import token_span

EN = ('Officials said talks had stalled. "Water is a shared problem," said Aigerim Sadykova, '
      'a hydrologist. She added that the reservoirs were low.')
ZH = "哈萨克斯坦总统托卡耶夫表示，两国将继续加强合作。分析人士卡塞诺娃认为，地区电力缺口可能扩大。"


def _check(doc, text, lang):
    spans = doc.spans["claims"]
    recs = claimx.extract(text)
    assert len(spans) == len(recs) > 0
    for span, rec in zip(spans, recs):
        assert span._.claim == rec
        assert (span._.start_char, span._.end_char) == (rec["start"], rec["end"])
        assert text[span._.start_char:span._.end_char] == rec["text"]
        assert span.start_char <= rec["start"] < rec["end"] <= span.end_char   # widened to tokens
        assert (span._.kind, span._.speaker, span._.cue, span._.resolution) == \
            (rec["kind"], rec["speaker"], rec["cue"], rec["resolution"])
        assert rec["lang"] == lang and span.label_ == rec["kind"]
    return spans


def test_english_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx")
    doc = nlp(EN)
    spans = _check(doc, EN, "en")
    assert [(s.text, s._.kind, s._.speaker["name"], s._.resolution) for s in spans] == [
        ("talks had stalled", "indirect", "Officials", "explicit"),
        ("Water is a shared problem,", "direct", "Aigerim Sadykova", "explicit"),
        ("the reservoirs were low", "indirect", "Aigerim Sadykova", "pronoun")]
    assert spans[1]._.cue == {"text": "said", "start": 63, "end": 67}


def test_chinese_blank_pipeline():
    nlp = spacy.blank("zh")
    nlp.add_pipe("claimx")
    doc = nlp(ZH)
    spans = _check(doc, ZH, "zh")
    assert [(s.text, s._.speaker["id"], s._.cue["text"]) for s in spans] == [
        ("两国将继续加强合作", "kassym-jomart-tokayev", "表示"),
        ("地区电力缺口可能扩大", "nargis-kassenova", "认为")]


def test_offsets_inside_a_token_expand_to_its_boundaries():
    nlp = spacy.blank("en")
    doc = nlp("The water-sharing deal collapsed yesterday.")
    span = token_span(doc, 6, 12)                    # "ater-s"
    assert span.start_char <= 6 and span.end_char >= 12
    assert "ater-s" in span.text and span.text == doc.text[span.start_char:span.end_char]


def test_registry_from_the_config(tmp_path):
    toml = tmp_path / "extra.toml"
    toml.write_text('[[speaker]]\nid = "sadykova-test"\nname = "Aigerim Sadykova"\n', encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx", config={"registry": [str(toml)], "spans_key": "said"})
    doc = nlp(EN)
    assert "claims" not in doc.spans
    assert {s._.speaker["id"] for s in doc.spans["said"]} >= {"sadykova-test"}
    assert doc.spans["said"][1]._.speaker["link"] == "alias"
    again = English.from_config(nlp.config)          # the config round-trips
    doc2 = again(EN)
    assert [s._.speaker["id"] for s in doc2.spans["said"]] == [s._.speaker["id"] for s in doc.spans["said"]]


def test_claims_over_the_same_tokens_keep_their_own_values():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx")
    doc = nlp(EN)
    spans = list(doc.spans["claims"])
    first = spans[0]
    twin = doc.spans["claims"][0]
    assert twin._.claim is first._.claim
    assert {s.label_ for s in spans} == {"indirect", "direct"}
    other = spacy.tokens.Span(doc, first.start, first.end)      # same tokens, no claim id
    assert other._.claim is None and other._.speaker is None
    same_tokens = spacy.tokens.Span(doc, first.start, first.end, label="direct", span_id="other")
    doc.spans["claims"] = spans + [same_tokens]
    doc.user_data[("claimx", first.start, first.end, same_tokens.id)] = {"kind": "direct", "speaker": None}
    assert doc.spans["claims"][0]._.kind == "indirect" and doc.spans["claims"][-1]._.kind == "direct"
    restored = spacy.tokens.Doc(nlp.vocab).from_bytes(doc.to_bytes())   # survives serialisation
    assert [s._.claim for s in restored.spans["claims"]][:3] == [s._.claim for s in spans]


def test_lang_from_the_config():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx", config={"lang": "en"})
    assert len(nlp("« Nous allons signer l’accord », a déclaré Marat Zhunusov.").spans["claims"]) == 0


def test_factory_is_found_through_the_entry_point():
    assert any(ep.name == "claimx" and ep.value == "claimx.spacy_component:make_claimx"
               for ep in entry_points(group="spacy_factories"))
    # a fresh interpreter that never imports claimx itself: spaCy finds the factory
    code = ("import spacy; nlp = spacy.blank('en'); nlp.add_pipe('claimx'); "
            "print(len(nlp('\"It will rain,\" said Daniyar Abenov.').spans['claims']))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "1"


def test_empty_doc_has_an_empty_group():
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx")
    assert len(nlp("").spans["claims"]) == 0
    with pytest.raises(KeyError):
        spacy.blank("en")("x").spans["claims"]
