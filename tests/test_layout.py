"""Each language's grammar lives in claimx/lang/ and data/<lang>/: a stage module (claimx/*.py)
holds no CJK literal and no branch on a language code."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "claimx"
# Han, kana and hangul: words of Chinese, Japanese or Korean (CJK punctuation is script furniture)
CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
CODES = {"en", "zh", "fr", "ru", "ja", "ko", "de", "es", "it", "pt", "nl", "xx"}

# Modules outside the attribute stage that still name languages, with the reason; each entry is a
# debt to pay off, not a licence (the test below checks that every listed module still needs it).
PENDING = {
}


def _docstrings(tree) -> set[int]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def _range_bounds(tree) -> set[int]:
    """Characters that bound a script range ("\\u3400" <= c <= "\\u9fff"): a class of script,
    not a word of a language."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and all(isinstance(o, (ast.Lt, ast.LtE, ast.Gt, ast.GtE))
                                                 for o in node.ops):
            for x in [node.left, *node.comparators]:
                if isinstance(x, ast.Constant) and isinstance(x.value, str) and len(x.value) == 1:
                    out.add(id(x))
    return out


def offences(source: str) -> list[str]:
    """CJK literals and language codes written in code (not in comments or docstrings)."""
    tree = ast.parse(source)
    skip = _docstrings(tree) | _range_bounds(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if CJK.search(node.value):
                found.append(f"line {node.lineno}: CJK literal {node.value[:20]!r}")
            elif node.value in CODES:
                found.append(f"line {node.lineno}: language code {node.value!r}")
    return found


def test_the_check_finds_branches_and_literals():
    assert offences('if lang == "zh":\n    pass\n')
    assert offences('x = lang in ("en", "fr")\n')
    assert offences('r = rules("en")\n')
    assert offences('_NEG = re.compile("(?:没有|并无)")\n')
    assert offences('x = "\\u4e2d"\n')                 # an escape is the same literal
    assert offences('x = c == "说"\n')
    assert not offences('"""A docstring: 他说 and "zh"."""\n# 他说 "zh"\nx = "，。"\n')
    assert not offences('han = "\\u3400" <= c <= "\\u9fff"\n')      # a script range


@pytest.mark.parametrize("path", sorted(p for p in PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_stage_modules_name_no_language(path):
    found = offences(path.read_text(encoding="utf-8"))
    if path.name in PENDING:
        assert found, f"{path.name} is clean now: remove it from PENDING"
        return
    assert not found, f"{path.name}: move the grammar to claimx/lang/ and data/<lang>/: {found}"
