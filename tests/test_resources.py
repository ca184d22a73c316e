"""Rule data: shipped in the package, CLAIMX_DATA as an overlay, missing required files an error."""
import shutil

import pytest
from click.testing import CliRunner

from conftest import ROOT

from claimx import resources
from claimx.cli import main
from claimx.lang.base import data_dir, read_lines

DEMO = ROOT / "data" / "demo"


def _extract(*args, env=None):
    return CliRunner().invoke(main, ["extract", "-q", *map(str, args)], env=env)


def test_shipped_data_is_found_through_the_package():
    """Through importlib.resources in this (editable) install too, not by the checkout fallback."""
    from importlib.resources import files

    assert files("claimx.data").joinpath("en", "cues.tsv").is_file()
    root = resources.shipped()
    assert root.joinpath("speakers.toml").is_file()
    assert (data_dir() / "en" / "cues.tsv").is_file()
    assert "said\tspeech" in (data_dir() / "en" / "cues.tsv").read_text()
    resources.check()


def test_overlay_replaces_one_file_and_keeps_the_others(tmp_path, monkeypatch):
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "cues.tsv").write_text("# only one cue\nsaid\tspeech\n", encoding="utf-8")
    monkeypatch.setenv("CLAIMX_DATA", str(tmp_path))
    assert read_lines(data_dir() / "en" / "cues.tsv") == ["said\tspeech"]
    assert read_lines(data_dir() / "en" / "pronouns.tsv")          # from the package
    assert (data_dir() / "zh" / "cues.tsv").is_file()
    names = [p.name for p in data_dir().iterdir()]
    assert {"en", "zh", "fr", "ru", "speakers.toml"} <= set(names)


def test_partial_overlay_gives_the_same_records(tmp_path):
    """A folder holding one unchanged file used to replace the whole data: 17 records, not 31."""
    (tmp_path / "ru").mkdir()
    shutil.copy(ROOT / "data" / "ru" / "romanize.tsv", tmp_path / "ru" / "romanize.tsv")
    plain = _extract(DEMO)
    overlaid = _extract(DEMO, env={"CLAIMX_DATA": str(tmp_path)})
    assert plain.exit_code == overlaid.exit_code == 0
    assert overlaid.stdout == plain.stdout and plain.stdout.count("\n") > 20


def test_claimx_data_that_is_no_folder_is_a_usage_error(tmp_path):
    r = _extract(DEMO, env={"CLAIMX_DATA": str(tmp_path / "missing")})
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.strip() == f"claimx: CLAIMX_DATA={tmp_path / 'missing'}: not a folder"


@pytest.fixture
def shipped_without(tmp_path, monkeypatch):
    def make(name):
        copy = tmp_path / "data"
        shutil.copytree(ROOT / "data", copy, ignore=shutil.ignore_patterns("demo"))
        (copy / name).unlink()
        monkeypatch.setattr(resources, "shipped", lambda: copy)
        return copy
    return make


def test_missing_required_file_is_a_clear_error(shipped_without):
    copy = shipped_without("en/pronouns.tsv")
    with pytest.raises(resources.DataError, match="en/pronouns.tsv is missing"):
        read_lines(data_dir() / "en" / "pronouns.tsv")
    with pytest.raises(resources.DataError, match=str(copy / "en" / "pronouns.tsv")):
        resources.check()
    r = _extract(DEMO)
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.startswith("claimx: rule data file en/pronouns.tsv is missing")
    assert len(r.stderr.strip().splitlines()) == 1


def test_missing_optional_list_is_empty(shipped_without):
    shipped_without("fr/speech_nouns.txt")
    assert read_lines(data_dir() / "fr" / "speech_nouns.txt") == []
    assert read_lines(data_dir() / "ru" / "function_words.txt") == []   # Russian has none
    resources.check()
