"""A state's ministry is an actor of its own that represents the state (``ministries.tsv``)."""
from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.actors.kb import load_kb
from tests.support.tables import table

HERE = Path(__file__).parent
PUBLISHED = "2025-06-02"


@pytest.mark.parametrize("row", table(HERE / "ministries.tsv", ["lang", "sentence", "body", "state"]))
def test_a_ministry_is_its_own_body(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published=PUBLISHED)
    bodies = [a for a in x.actors if a.type == "GovernmentBody"]
    if row["body"] == "-":
        assert bodies == []
        assert row["state"] in {a.label for a in x.actors if a.type == "Country"}
    else:
        assert [a.label for a in bodies] == [row["body"]]
        assert load_kb().actors[bodies[0].represents].label == row["state"]
