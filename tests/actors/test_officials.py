"""Unnamed officials, diplomats and delegations: the state their nationality names acts.

The sentence table is data beside this file (``officials.tsv``; :mod:`tests.support.tables`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import items, table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "officials.tsv", ["lang", "sentence", "subjects"]))
def test_unnamed_officials_stand_for_their_state(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-06-02")
    assert {s.subject.label for s in x.statements} == items(row["subjects"])


@pytest.mark.parametrize("row", table(HERE / "postings.tsv", ["lang", "sentence", "objects"]))
def test_an_unnamed_envoys_posting_acts_in_nothing(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-10-05")
    assert {s.object.label for s in x.statements if s.predicate != "holdsPosition"} == items(row["objects"])
