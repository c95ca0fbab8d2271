"""People named after one plural title are coordinated: each is a subject of the verb before or after them.

The sentence table is data beside this file (``title_chains.tsv``; :mod:`tests.support.tables`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import items, table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "title_chains.tsv", ["lang", "sentence", "statements"]))
def test_title_chain_members_are_coordinated(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-10-05")
    got = {f"{s.subject.label}|{s.predicate}|{s.object.label}" for s in x.statements if s.predicate != "holdsPosition"}
    assert got == items(row["statements"])
