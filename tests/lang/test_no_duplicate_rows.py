"""No lexicon table writes the same row twice: a repeat is a merge left-over or a slip, never data."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import diplograph

LEXICONS = Path(diplograph.__file__).parent / "lexicons"
TABLES = sorted(LEXICONS.rglob("*.tsv"))


@pytest.mark.parametrize("table", TABLES, ids=[str(t.relative_to(LEXICONS)) for t in TABLES])
def test_no_row_is_written_twice(table):
    rows = [line for line in table.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]
    repeated = [row for row, n in Counter(rows).items() if n > 1]
    assert not repeated, f"{table.relative_to(LEXICONS)}: written twice: {repeated[:3]}"
