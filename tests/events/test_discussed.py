"""A discussion verb's event-noun object is its topic, no deed (guards.discussed); the table is topic.tsv."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import pairs_expected, table

CASES = table(Path(__file__).parent / "topic.tsv", ["lang", "sentence", "predicate", "expect"])


@pytest.mark.parametrize("case", CASES)
def test_discussed(read, case):
    rows = {r for r in read(case["sentence"], case["lang"]) if r[1] == case["predicate"]}
    pairs_expected(rows, case["expect"])
