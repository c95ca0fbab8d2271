"""A name inside a hyphenated modifier is no actor of the sentence: "The Biden-era sanctions on Venezuela".

Each row of ``compounds.tsv`` gives a sentence and an actor's label: ``yes``,
it is the subject or object of one of the sentence's statements; ``no``, of none.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "compounds.tsv", ["lang", "sentence", "actor", "acts"],
                                      choices={"acts": {"yes", "no"}}))
def test_compound_name(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-10-05")
    acting = {a.label for s in x.statements if s.predicate != "holdsPosition" for a in (s.subject, s.object)}
    assert (row["actor"] in acting) == (row["acts"] == "yes")
