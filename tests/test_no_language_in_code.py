"""Issue #16: no language in Python code.

Words, clitics and punctuation of a language live in its data files
(``lexicons/<lang>/``); a string literal in ``src/**/*.py`` never holds a
letter outside ASCII (an Arabic, Cyrillic or accented French word) nor a mark
of a non-Latin script (the Arabic comma). Docstrings and comments may quote
examples in any language.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from diplograph.lang.detect import script_of
from diplograph.lang.profile import load_language, supported_languages

SRC = Path(__file__).resolve().parents[1] / "src"


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the constants that are docstrings of a module, class or function."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                out.add(id(first.value))
    return out


def language_chars(text: str) -> str:
    """The characters of ``text`` that belong to a language: letters outside ASCII, marks of a language's script.

    >>> language_chars("a, b"), language_chars("x،y"), language_chars("président"), language_chars("“—”")
    ('', '،', 'é', '')
    """
    return "".join(c for c in text if not c.isascii() and (c.isalpha() or script_of(c) in _SCRIPTS))


#: The scripts of the supported languages ("Arabic", "Cyrillic", "Latin"): the Arabic comma is one's mark.
_SCRIPTS = frozenset(load_language(code).get("script") for code in supported_languages())


def literals(path: Path) -> list[tuple[int, str]]:
    """The line and value of each string literal of a Python file that is not a docstring."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _docstrings(tree)
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs]


def test_no_language_literal_in_src():
    found = [f"{path.relative_to(SRC)}:{line}: {value!r} ({language_chars(value)!r})"
             for path in sorted(SRC.rglob("*.py")) for line, value in literals(path) if language_chars(value)]
    assert not found, "language data in Python code (move it to lexicons/<lang>/):\n" + "\n".join(found)


@pytest.mark.parametrize("source, flagged", [
    ('x = "،"', True),                       # the Arabic comma
    ('x = ("de", "ministre étranger")', True),
    ('x = {"США"}', True),
    ('x = f"{y} و"', True),                  # inside an f-string
    ('"""Docstring: "الرئيس" is fine."""', False),
    ('x = 1  # a comment: "الرئيس"', False),
    ('def f():\n    """«Le président» in a docstring."""\n    return "-–—"', False),
    ('x = "“quoted” — dash"', False),
])
def test_the_scan_finds_literals_and_spares_docs(tmp_path, source, flagged):
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    assert any(language_chars(value) for _, value in literals(path)) is flagged
