"""An event noun read through the actor it governs: the rows of ``governed.tsv``."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import table

ROWS = table(Path(__file__).with_name("governed.tsv"), ["lang", "sentence", "subject", "predicate", "found"],
             choices={"found": {"yes", "no"}})


@pytest.mark.parametrize("row", ROWS)
def test_governed(extract, row):
    x = extract(row["sentence"], row["lang"], "2025-09-03")
    found = any((s.subject.label, s.predicate) == (row["subject"], row["predicate"]) for s in x.statements)
    assert found == (row["found"] == "yes"), [(s.subject.label, s.predicate) for s in x.statements]
