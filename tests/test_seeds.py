"""The seed corpus scored by ../shared/tools/score.py: the figures issue 2 and 3 ask for."""
import importlib.util
import json

import pytest

from conftest import SHARED, check_records

from claimx.cli import run_extract


def load_scorer():
    path = SHARED / "tools" / "score.py"
    spec = importlib.util.spec_from_file_location("claimx_seed_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    seeds = SHARED / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared is not present")
    records, counts, failed = run_extract([str(seeds)])
    assert not failed
    texts = {p.name: p.read_text(encoding="utf-8") for p in seeds.iterdir()}
    check_records(records, texts)
    out = tmp_path_factory.mktemp("seeds") / "seeds.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    score = load_scorer()
    gold = score.load_jsonl(SHARED / "gold" / "seeds.jsonl")
    ents = json.loads((SHARED / "gold" / "entities.json").read_text(encoding="utf-8"))
    traps = score.load_jsonl(SHARED / "gold" / "seeds-traps.jsonl")
    return score.score(score.load_jsonl(out), gold, ents, str(seeds), traps)


def test_who_said_what(figures):
    assert figures["who_said_what_f1"] >= 0.85
    assert figures["span_f1"] >= 0.90


def test_offsets_and_traps(figures):
    assert figures["bad_offsets"] == 0
    assert figures["trap_hits"] == 0


def test_speaker_ids(figures):
    assert figures["speaker_id_pair_precision"] == 1.0
    assert figures["speaker_id_pair_recall"] >= 0.95
    assert figures["split_entities"] == []
