"""An occupation's noun before a name: the person, with no office.

The table is data beside this file (``occupations.tsv``; :mod:`tests.support.tables`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import items, table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "occupations.tsv", ["lang", "sentence", "persons", "states"]))
def test_an_occupation_names_the_person_after_it_with_no_role(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-06-02")
    assert {a.label for a in x.actors if a.type == "Person"} == items(row["persons"])
    assert {m.actor.label for m in x.mentions if m.actor.type == "Country"} == items(row["states"])
    assert x.roles == []
