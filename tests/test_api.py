"""The Python API gives the records the command line writes."""
import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT, check_records

import claimx
from claimx.api import Extraction

DEMO = ROOT / "data" / "demo"
REGISTRY_TOML = """
[[speaker]]
id = "sadykova-test"
name = "Aigerim Sadykova"
aliases = ["A. Sadykova"]
role = "hydrologist"
"""


def cli(*args, stdin=None):
    env = {k: v for k, v in os.environ.items() if k != "CLAIMX_DATA"}
    r = subprocess.run([sys.executable, "-m", "claimx", *map(str, args)], capture_output=True,
                       env=env, input=stdin, timeout=600)
    assert r.returncode == 0, r.stderr.decode()
    return [json.loads(line) for line in r.stdout.decode("utf-8").splitlines()]


@pytest.mark.parametrize("name", sorted(p.name for p in DEMO.glob("*.txt")))
def test_extract_gives_the_records_the_cli_writes_for_that_text(name):
    text = (DEMO / name).read_bytes().decode("utf-8")   # exactly the file's code points
    recs = claimx.extract(text, doc=name)
    assert recs == cli("extract", "-q", DEMO / name)
    check_records(recs, {name: text})


def test_extract_example():
    text = 'Officials said talks had stalled. "Water is a shared problem," said Aigerim Sadykova.'
    recs = claimx.extract(text)
    assert [(r["kind"], r["text"], r["speaker"]["name"]) for r in recs] == [
        ("indirect", "talks had stalled", "Officials"),
        ("direct", "Water is a shared problem,", "Aigerim Sadykova")]
    assert all(r["doc"] == "text" and text[r["start"]:r["end"]] == r["text"] for r in recs)


def test_lang_sets_every_paragraphs_language():
    text = "« Nous allons signer l’accord », a déclaré Marat Zhunusov."
    (rec,) = claimx.extract(text)                         # detected: French
    assert (rec["lang"], rec["speaker"]["name"], rec["cue"]["text"]) == ("fr", "Marat Zhunusov", "a déclaré")
    assert claimx.extract(text, lang="fr") == [rec]
    assert claimx.extract(text, lang="en") == []          # "a déclaré" is no English cue
    (zh,) = claimx.extract("分析人士卡塞诺娃认为，地区电力缺口可能扩大。", lang="zh")
    assert (zh["lang"], zh["text"]) == ("zh", "地区电力缺口可能扩大")


def test_extract_rejects_bytes():
    with pytest.raises(TypeError, match="str"):
        claimx.extract(b"He said so.")


def test_registry_object_changes_the_speaker(tmp_path):
    toml = tmp_path / "extra.toml"
    toml.write_text(REGISTRY_TOML, encoding="utf-8")
    reg = claimx.Registry.load([toml])
    text = '"The reservoirs are low," said Aigerim Sadykova.'
    assert claimx.extract(text)[0]["speaker"]["link"] == "new"
    sp = claimx.extract(text, registry=reg)[0]["speaker"]
    assert (sp["id"], sp["link"], sp["role"]) == ("sadykova-test", "alias", "hydrologist")
    with pytest.raises(claimx.RegistryError, match="no name"):
        bad = tmp_path / "bad.toml"
        bad.write_text('[[speaker]]\nid = "x"\n', encoding="utf-8")
        claimx.Registry.load([bad])


def test_extract_files_streams_the_cli_records(tmp_path):
    expected = cli("extract", "-q", DEMO)
    run = claimx.extract_files([DEMO])
    assert isinstance(run, Extraction)
    assert list(run) == expected
    assert run.counts["records"] == len(expected) and run.failed == []
    assert list(claimx.extract_files(str(DEMO), jobs=2)) == expected
    lines = list(claimx.extract_files(DEMO).lines())
    assert [json.loads(line) for line in lines] == expected


def test_extract_files_with_a_registry_object_in_worker_processes(tmp_path):
    toml = tmp_path / "extra.toml"
    toml.write_text(REGISTRY_TOML, encoding="utf-8")
    expected = cli("extract", "-q", DEMO, "--registry", toml)
    reg = claimx.Registry.load([toml])              # not from load_registry: sent to the workers
    assert list(claimx.extract_files([DEMO], jobs=2, registry=reg)) == expected
    assert any(r["speaker"] and r["speaker"]["id"] == "sadykova-test" for r in expected)


def test_extract_files_reports_problems_and_keeps_going(tmp_path):
    (tmp_path / "good.txt").write_text('"Prices will rise," said Daniyar Abenov.', encoding="utf-8")
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    seen = []
    run = claimx.extract_files([tmp_path, tmp_path / "missing"], on_message=lambda p, m: seen.append((p, m)))
    recs = list(run)
    assert [r["doc"] for r in recs] == ["good.txt"]
    assert {p for p, _ in run.failed} == {str(tmp_path / "bad.json"), str(tmp_path / "missing")}
    assert (str(tmp_path / "empty.txt"), "skipped: empty file") in seen
    assert run.counts == {"files": 4, "read": 1, "skipped": 1, "failed": 2, "partial": 0,  # each path once
                          "documents": 1, "records": 1}


def test_import_claimx_is_light():
    """`import claimx` loads none of the heavy libraries (the CLI's start-up depends on it)."""
    code = ("import sys, claimx; heavy = {'spacy', 'py3langid', 'jieba', 'pypinyin', 'rapidfuzz', 'claimx.api'}; "
            "print(sorted(heavy & set(sys.modules)))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.stdout.strip() == "[]", r.stderr
    assert callable(claimx.extract) and claimx.FORMAT_VERSION == "1.1"


def test_no_module_imports_the_cli():
    """The CLI is the top layer: report, api and the stages never import it (no import circle)."""
    for path in sorted((ROOT / "claimx").rglob("*.py")):
        if path.name not in ("cli.py", "__main__.py"):
            src = path.read_text(encoding="utf-8")
            assert "claimx.cli" not in src and "from claimx import cli" not in src, path
