"""The demo corpus (data/demo) yields what each file was written to exercise."""
from pathlib import Path

import pytest

from claimx.cli import run_extract
from conftest import check_records

DEMO = Path(__file__).resolve().parents[1] / "data" / "demo"


@pytest.fixture(scope="module")
def records():
    recs, counts, failed = run_extract([str(DEMO)])
    assert not failed and counts["read"] == counts["files"]
    check_records(recs)
    return recs


def find(records, doc, text):
    hits = [r for r in records if r["doc"].startswith(doc) and text in r["text"]]
    assert len(hits) == 1, (doc, text, [r["text"] for r in records if r["doc"].startswith(doc)])
    return hits[0]


@pytest.mark.parametrize("doc,text,kind,resolution,speaker", [
    ("en_water_talks", "We cannot release", "direct", "explicit", "Aigerim Sadykova"),
    ("en_water_talks", "Any promise", "direct", "continuation", "Aigerim Sadykova"),
    ("en_water_talks", "upstream states", "indirect", "explicit", "Aigerim Sadykova"),
    ("en_water_talks", "The dams were built", "direct", "pronoun", "Aigerim Sadykova"),
    ("en_water_talks", "Farmers downstream", "direct", "continuation", "Aigerim Sadykova"),
    ("en_water_talks", "no budget left", "indirect", "explicit", "Daniyar Abenov"),
    ("en_water_talks", "useful but incomplete", "direct", "explicit", "Kazakh Foreign Ministry"),
    ("en_water_talks", "talking shop", "direct", "nominal", "Daniyar Abenov"),
    ("zh_energy", "电力缺口", "indirect", "explicit", "Aigerim Sadykova"),
    ("zh_energy", "五十年", "direct", "pronoun", "Aigerim Sadykova"),
    ("zh_energy", "停电将成为常态", "direct", "continuation", "Aigerim Sadykova"),
    ("zh_energy", "单独解决", "direct", "continuation", "Aigerim Sadykova"),
    ("zh_energy", "未来两三年", "mixed", "explicit", "Daniyar Abenov"),
    ("bilingual_page", "Nobody builds", "direct", "explicit", "Daniyar Abenov"),
    ("bilingual_page", "没有人会", "direct", "explicit", "Daniyar Abenov"),
    ("mt_interview", "For thirty years", "direct", "explicit", "Marat Zhunusov"),
    ("mt_interview", "If we fail", "direct", "continuation", "Marat Zhunusov"),
    ("records.jsonl#1", "corridor is open", "direct", "explicit", "Olga Petrenko"),
])
def test_demo_claims(records, doc, text, kind, resolution, speaker):
    r = find(records, doc, text)
    assert (r["kind"], r["resolution"], r["speaker"]["name"]) == (kind, resolution, speaker)


def test_one_id_per_person_across_documents_and_scripts(records):
    ids = {r["speaker"]["id"] for r in records if r["speaker"] and r["speaker"]["name"] == "Daniyar Abenov"}
    assert len(ids) == 1
    docs = {r["doc"] for r in records if r["speaker"] and r["speaker"]["name"] == "Daniyar Abenov"}
    assert len(docs) == 3


def test_furniture_and_scare_quotes_yield_nothing(records):
    texts = " ".join(r["text"] for r in records)
    for s in ("tanker war", "Why the Aral Sea", "region so coveted", "multi-vector", "new energy map",
              "中亚五国", "water question"):
        assert s not in texts


def test_metadata_on_records(records):
    r = find(records, "with_metadata", "water diplomacy")
    assert r["meta"]["doi"] == "10.0000/demo.2024.1" and r["meta"]["date"] == "2024-03-01"
