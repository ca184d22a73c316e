"""Packaging: the sdist and the wheel carry the rule data, and a wheel installed into a fresh
virtual environment outside the checkout extracts the demo corpus exactly as the checkout does."""
import json
import os
import shutil
import subprocess
import sys
import tarfile
import venv
import zipfile

import pytest

from conftest import ROOT

DEMO = ROOT / "data" / "demo"


def _env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "CLAIMX_DATA", "PYTHONHOME")}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """sdist and wheel built by `python -m build` (the wheel from the sdist) out of a copy of the
    source tree, so the checkout gets no build/ or egg-info folders."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "MANIFEST.in", "Makefile"):
        shutil.copy2(ROOT / name, src / name)
    # generated files stay behind (bench/corpus is made by `make bench` and can be large)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "corpus", ".*")
    for name in ("claimx", "data", "tests", "bench"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    dist = tmp / "dist"
    r = subprocess.run([sys.executable, "-m", "build", "--outdir", str(dist), str(src)],
                       capture_output=True, text=True, env=_env(), timeout=600)
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-3000:]
    (wheel,) = dist.glob("claimx-*.whl")
    (sdist,) = dist.glob("claimx-*.tar.gz")
    return tmp, wheel, sdist


def test_sdist_and_wheel_carry_the_rule_data(built):
    _, wheel, sdist = built
    names = set(zipfile.ZipFile(wheel).namelist())
    for f in ("claimx/data/speakers.toml", "claimx/data/record.schema.json", "claimx/data/en/cues.tsv",
              "claimx/data/zh/traditional.tsv", "claimx/data/ru/romanize.tsv"):
        assert f in names, f
    assert not [n for n in names if n.startswith("claimx/data/demo/")]   # the demo is not rule data
    (ep,) = [n for n in names if n.endswith(".dist-info/entry_points.txt")]
    entry_points = zipfile.ZipFile(wheel).read(ep).decode()
    assert "[spacy_factories]" in entry_points and "claimx = claimx.spacy_component" in entry_points
    with tarfile.open(sdist) as t:
        members = {m.split("/", 1)[1] for m in t.getnames() if "/" in m}
    for f in ("data/speakers.toml", "data/en/cues.tsv", "data/demo/en_water_talks.txt",
              "claimx/resources.py", "tests/test_wheel.py", "Makefile"):
        assert f in members, f


def test_installed_wheel_extracts_demo_like_the_checkout(built):
    tmp, wheel, _ = built
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / "bin" / "python"
    # the dependencies come from the test environment (a .pth line, no download); claimx itself
    # only from the wheel: the test environment's editable hook is not run from a .pth line
    site = next((env_dir / "lib").glob("python*/site-packages"))
    deps = [p for p in sys.path if p.endswith("site-packages")]
    (site / "_claimx_test_deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "--no-deps",
                        "--no-index", "-q", str(wheel)], capture_output=True, text=True, env=_env())
    assert r.returncode == 0, r.stderr
    work = tmp / "elsewhere"            # neither the checkout nor the wheel's folder
    work.mkdir()
    where = subprocess.run([str(py), "-c", "import claimx, claimx.resources as r; "
                            "print(claimx.__file__); print(r.shipped())"],
                           capture_output=True, text=True, env=_env(), cwd=work)
    assert where.returncode == 0, where.stderr
    for line in where.stdout.splitlines():
        assert str(site) in line and str(ROOT) not in line, where.stdout
    out = work / "demo.jsonl"
    r = subprocess.run([str(env_dir / "bin" / "claimx"), "extract", str(DEMO), "-o", str(out)],
                       capture_output=True, text=True, env=_env(), cwd=work, timeout=600)
    assert r.returncode == 0, r.stderr
    print(r.stderr.strip())
    ref = tmp / "make-run.jsonl"        # what `make run` writes
    r2 = subprocess.run([sys.executable, "-m", "claimx", "extract", "data/demo", "-o", str(ref)],
                        capture_output=True, text=True, env=_env(), cwd=ROOT, timeout=600)
    assert r2.returncode == 0, r2.stderr
    assert out.read_bytes() == ref.read_bytes()
    assert len(out.read_bytes().splitlines()) > 20
    schema = subprocess.run([str(env_dir / "bin" / "claimx"), "schema"], capture_output=True, text=True,
                            env=_env(), cwd=work)
    assert json.loads(schema.stdout)["title"]
