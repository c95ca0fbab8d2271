"""Sentence tables: tab-separated files beside the tests that read them, one ``pytest.param`` a row.

A table opens with comment lines (``#``) saying what its columns mean, then a
header row; comment lines may stand between rows too. Cells are tab-separated,
never quoted (sentences hold quotation marks) and never empty: ``-`` stands for
nothing, and a cell holding several items separates them with ``;``.
(``tests/lang`` keeps its tables by language, read by ``tests/lang/test_tables.py``.)
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

__all__ = ["items", "pairs_expected", "table"]

NOTHING = "-"


def table(path: Path, columns: list[str], *, choices: dict[str, set[str]] | None = None) -> list:
    """A ``pytest.param(row)`` for each row of the table at ``path``, its id the file and line (``roles.tsv:12``).

    Args:
        path: the ``.tsv`` file.
        columns: the header it must have; each row is a dict of them.
        choices: the values a column may take, where they are few.
    """
    numbered = [(n, line) for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if line.strip() and not line.startswith("#")]
    reader = csv.reader((line for _, line in numbered), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    assert header == columns, f"{path.name}: header {header}, expected {columns}"
    params, seen = [], {}
    for (number, _), cells in zip(numbered[1:], reader):
        where = f"{path.name}:{number}"
        assert len(cells) == len(columns) and all(cells), f"{where}: {cells}"
        assert tuple(cells) not in seen, f"{where}: the same row as line {seen[tuple(cells)]}"
        seen[tuple(cells)] = number
        row = dict(zip(columns, cells))
        for column, allowed in (choices or {}).items():
            assert row[column] in allowed, f"{where}: {column} is one of {sorted(allowed)}"
        params.append(pytest.param(row, id=where))
    assert params, f"no rows in {path}"
    return params


def items(cell: str) -> set[str]:
    """The items of a cell: ``"Iraq ; Sweden"`` -> ``{"Iraq", "Sweden"}``, ``"-"`` -> nothing."""
    return set() if cell == NOTHING else {item.strip() for item in cell.split(";")}


def pairs_expected(rows: set[tuple], expect: str) -> None:
    """Check a ``predicate, expect`` row: ``"none"`` (no such statement) or ``"subject > object"`` among them.

    ``rows`` are the (subject, predicate, object) of the sentence's statements of that predicate.
    """
    if expect == "none":
        assert not rows, rows
    else:
        subject, obj = expect.split(" > ")
        assert {(r[0], r[2]) for r in rows} >= {(subject, obj)}, rows
