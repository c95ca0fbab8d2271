"""A title a possessive pronoun owns: the name after it acts, with the post of the actor named before.

The sentence table is data beside this file (``possessed_titles.tsv``; :mod:`tests.support.tables`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import items, table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "possessed_titles.tsv", ["lang", "sentence", "subjects", "roles"]))
def test_possessed_title(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-03-01")
    assert {s.subject.label for s in x.statements} == items(row["subjects"])
    expected = {tuple(item.split("|")) for item in items(row["roles"])}
    assert {(r.person.label, r.position, r.country.label if r.country else "-") for r in x.roles} == expected
