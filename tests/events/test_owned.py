"""A verb that completes a noun of will is done by the noun's owner (frames/owned.py); the table is owned.tsv."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import pairs_expected, table

CASES = table(Path(__file__).parent / "owned.tsv", ["lang", "sentence", "predicate", "expect"])


@pytest.mark.parametrize("case", CASES)
def test_owned(read, case):
    rows = {r for r in read(case["sentence"], case["lang"]) if r[1] == case["predicate"]}
    pairs_expected(rows, case["expect"])
