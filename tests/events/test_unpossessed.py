"""A possessor is no object of an ``unpossessed_objects`` predicate (predicates.yaml); the table is unpossessed.tsv."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

CASES = [r for r in csv.DictReader((line for line in (Path(__file__).parent / "unpossessed.tsv").open(encoding="utf-8")
                                     if not line.startswith("#")), delimiter="\t")]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['lang']}-{i}" for i, c in enumerate(CASES)])
def test_unpossessed(read, case):
    objects = {r[2] for r in read(case["sentence"], case["lang"]) if r[1] == case["predicate"]}
    if case["expect"].startswith("not "):
        assert objects and case["expect"][4:] not in objects, objects
    else:
        assert case["expect"] in objects, objects
