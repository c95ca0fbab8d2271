"""A possessor is no object of an ``unpossessed_objects`` predicate (predicates.yaml); the table is unpossessed.tsv."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import table

CASES = table(Path(__file__).parent / "unpossessed.tsv", ["lang", "sentence", "predicate", "expect"])


@pytest.mark.parametrize("case", CASES)
def test_unpossessed(read, case):
    objects = {r[2] for r in read(case["sentence"], case["lang"]) if r[1] == case["predicate"]}
    if case["expect"].startswith("not "):
        assert objects and case["expect"][4:] not in objects, objects
    else:
        assert case["expect"] in objects, objects
