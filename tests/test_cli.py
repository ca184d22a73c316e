"""The command line on real extractions: exit codes, atomic output, determinism, diff, eval, schema."""
import json
import os
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import ROOT, SHARED, check_records, registry

from claimx.cli import main

DEMO = ROOT / "data" / "demo"


def run(*args, **kw):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kw)


def claimx(*args, env=None, cwd=None):
    e = dict(os.environ, **(env or {}))
    return subprocess.run([sys.executable, "-m", "claimx", *map(str, args)], capture_output=True,
                          text=True, env=e, cwd=cwd, timeout=600)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seed corpus when ../shared is there, else the demo corpus: a real folder to extract."""
    src = SHARED / "corpus" / "seeds"
    d = tmp_path_factory.mktemp("corpus") / "c"
    shutil.copytree(src if src.is_dir() else DEMO, d)
    return d


def test_help_teaches_every_command():
    out = run("--help").output
    for cmd in ("extract", "speakers", "eval", "diff", "schema"):
        assert cmd in out
    assert "Exit status" in run("extract", "--help").output


def test_extract_writes_valid_records_and_exit_zero(corpus, tmp_path):
    out = tmp_path / "a.jsonl"
    r = claimx("extract", corpus, "-o", out)
    assert r.returncode == 0, r.stderr
    assert "read, 0 skipped, 0 failed" in r.stderr
    recs = [json.loads(l) for l in out.read_text(encoding="utf-8").splitlines()]
    texts = {p.name: p.read_text(encoding="utf-8") for p in corpus.iterdir() if p.suffix == ".txt"}
    check_records([r for r in recs if r["doc"] in texts], texts)
    assert recs == sorted(recs, key=lambda r: (r["doc"], r["start"], r["end"]))


def test_deterministic_across_runs_jobs_hash_seeds_and_listing_order(corpus, tmp_path):
    outs = []
    for i, (jobs, seed) in enumerate([("1", "0"), ("2", "123"), ("3", "random")]):
        out = tmp_path / f"{i}.jsonl"
        r = claimx("extract", corpus, "-o", out, "--jobs", jobs, env={"PYTHONHASHSEED": seed})
        assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr   # workers end cleanly
        outs.append(out.read_bytes())
    files = sorted(p for p in corpus.iterdir())
    out = tmp_path / "listed.jsonl"
    r = claimx("extract", *reversed(files), "-o", out, "--jobs", "2")
    assert r.returncode == 0 and "Traceback" not in r.stderr, r.stderr
    outs.append(out.read_bytes())
    assert len(set(outs)) == 1


def test_failed_file_reported_others_kept_exit_one(corpus, tmp_path):
    d = tmp_path / "mixed"
    shutil.copytree(corpus, d)
    (d / "broken.json").write_text("{not json", encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    good = claimx("extract", corpus)
    r = claimx("extract", d)
    assert r.returncode == 1
    assert f"claimx: {d / 'broken.json'}: malformed JSON" in r.stderr
    assert f"claimx: {d / 'empty.txt'}: skipped: empty file" in r.stderr
    assert r.stdout == good.stdout


def test_usage_error_exit_two(tmp_path):
    assert claimx("extract").returncode == 2
    bad = tmp_path / "r.toml"
    bad.write_text("[[speaker]]\nid = 3\n")
    r = claimx("extract", DEMO, "--registry", bad)
    assert r.returncode == 2 and "r.toml: line 1: id must be a lowercase slug" in r.stderr


def test_atomic_output_keeps_old_file_on_failure(tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text("previous\n")
    r = claimx("extract", DEMO, "--registry", tmp_path / "missing.toml", "-o", out)
    assert r.returncode == 2 and out.read_text() == "previous\n"
    assert [p.name for p in tmp_path.iterdir()] == ["o.jsonl"]


def test_schema_command_prints_the_schema():
    s = json.loads(run("schema").output)
    assert s["title"] == "claimx claim record" and "speaker" in s["properties"]


@pytest.fixture(scope="module")
def extractions(corpus, tmp_path_factory):
    d = tmp_path_factory.mktemp("ex")
    full = d / "full.jsonl"
    assert claimx("extract", corpus, "-o", full).returncode == 0
    less = d / "less"
    shutil.copytree(corpus, less)
    full_recs = [json.loads(l) for l in full.read_text(encoding="utf-8").splitlines()]
    busiest = max({r["doc"] for r in full_recs}, key=lambda d: sum(r["doc"] == d for r in full_recs))
    dropped = less / busiest
    dropped.unlink()
    part = d / "part.jsonl"
    assert claimx("extract", less, "-o", part).returncode == 0
    return full, part, dropped.name


def test_diff_identical_exit_zero(extractions):
    full, _, _ = extractions
    r = claimx("diff", full, full)
    assert r.returncode == 0 and r.stdout.strip() == "0 added, 0 removed, 0 changed"


def test_diff_without_one_document(extractions):
    full, part, dropped = extractions
    r = claimx("diff", full, part, "--format", "json")
    assert r.returncode == 1
    d = json.loads(r.stdout)
    n_dropped = sum(1 for l in full.read_text(encoding="utf-8").splitlines() if json.loads(l)["doc"] == dropped)
    assert d["summary"]["removed"] == n_dropped > 0 and d["summary"]["added"] == 0
    assert {x["doc"] for x in d["removed"]} == {dropped}
    text = claimx("diff", full, part).stdout
    assert text.splitlines()[0] == dropped and "\x1b[" not in text


def test_diff_after_registry_change(corpus, extractions, tmp_path):
    full, _, _ = extractions
    recs = [json.loads(l) for l in full.read_text(encoding="utf-8").splitlines()]
    people = [r["speaker"] for r in recs if r["speaker"] and r["speaker"]["type"] == "person"]
    known = [sp for sp in people if sp["link"] != "new"]
    target = (known or people)[0]       # a registry person (seeds), else one the registry lacks (demo)
    shipped = registry().entries.get(target["id"])
    names = [shipped.name] + shipped.aliases if shipped else [target["name"]]
    aliases = json.dumps(names, ensure_ascii=False)
    role = json.dumps(shipped.role if shipped else (target["role"] or ""), ensure_ascii=False)
    reg = tmp_path / "r.toml"
    reg.write_text(f'[[speaker]]\nid = "{target["id"]}"\nname = "Renamed Person"\naliases = {aliases}\n'
                   f'role = {role}\n', encoding="utf-8")
    out = tmp_path / "renamed.jsonl"
    claimx("extract", corpus, "--registry", reg, "-o", out)
    r = claimx("diff", full, out, "--format", "json")
    d = json.loads(r.stdout)
    assert r.returncode == 1 and d["summary"]["changed"] >= 1
    assert all(set(c["fields"]) == {"speaker"} for c in d["changed"])
    assert all(c["fields"]["speaker"][1].startswith("Renamed Person") for c in d["changed"])


def test_diff_accepts_a_folder(extractions, corpus):
    full, _, _ = extractions
    assert claimx("diff", full, corpus).returncode == 0


def test_eval_agrees_with_the_seed_scorer(extractions, corpus):
    full, _, _ = extractions
    gold = SHARED / "gold" / "seeds.jsonl"
    if not gold.exists():
        pytest.skip("../shared is not present")
    ents = SHARED / "gold" / "entities.json"
    mine = json.loads(claimx("eval", full, gold, "--entities", ents, "--format", "json").stdout)
    ref = json.loads(subprocess.run([sys.executable, SHARED / "tools" / "score.py", full, gold, ents, "--json"],
                                    capture_output=True, text=True).stdout)
    for k in ("span_precision", "span_recall", "span_f1", "attribution_accuracy", "who_said_what_precision",
              "who_said_what_recall", "who_said_what_f1"):
        assert mine[k] == ref[k], k


def test_eval_against_a_claimx_extraction_is_perfect(extractions):
    full, _, _ = extractions
    r = json.loads(claimx("eval", full, full, "--format", "json").stdout)
    assert r["who_said_what_f1"] == 1.0


def test_speakers_table_and_json(extractions):
    full, _, _ = extractions
    js = json.loads(claimx("speakers", full, "--format", "json").stdout)
    ids = [e["id"] for e in js]
    assert len(ids) == len(set(ids)) and all(e["forms"] for e in js)
    table = claimx("speakers", full).stdout
    assert js[0]["id"] in table.splitlines()[0]
