"""A light verb's event noun acting on a place phrase: the rows of ``light_place.tsv``."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import table

ROWS = table(Path(__file__).with_name("light_place.tsv"), ["lang", "sentence", "subject", "predicate", "found"],
             choices={"found": {"yes", "no"}})


@pytest.mark.parametrize("row", ROWS)
def test_light_place(extract, row):
    x = extract(row["sentence"], row["lang"], "2025-09-03")
    found = any((s.subject.label, s.predicate) == (row["subject"], row["predicate"]) for s in x.statements)
    assert found == (row["found"] == "yes"), [(s.subject.label, s.predicate) for s in x.statements]
