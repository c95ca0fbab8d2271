"""A counterpart of an untitled person: the holder of that person's post in the other state named beside it.

Each row of ``counterparts.tsv`` (:mod:`tests.support.tables`) gives a
sentence and every person it names; the counterpart, known from the date, holds
no office of the text's own (see ``tests/actors/held.tsv``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import items, table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "counterparts.tsv", ["lang", "sentence", "people"]))
def test_counterpart_of_untitled_person(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-06-02")
    assert {a.label for a in x.actors if a.type == "Person"} == items(row["people"])
    assert x.roles == []
