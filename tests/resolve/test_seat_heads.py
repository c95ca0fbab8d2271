"""A seat of government with a head word names whoever heads it: "the Kremlin leader", «سيد البيت الأبيض».

Each row of ``seat_heads.tsv`` (:mod:`tests.support.tables`) gives a sentence,
an actor's label and the side it must (``yes``) or must not (``no``) take in
one of the sentence's statements.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "seat_heads.tsv", ["lang", "published", "sentence", "actor", "side", "expect"],
                                      choices={"side": {"subject", "object"}, "expect": {"yes", "no"}}))
def test_seat_head(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published=row["published"])
    sides = {getattr(s, row["side"]).label for s in x.statements}
    assert (row["actor"] in sides) == (row["expect"] == "yes"), sorted(sides)


def test_seat_head_is_no_alias(extract):
    """The head word is resolved in its sentence; it is not printed as a name of the person."""
    from diplograph.export.jsonl import export_lines
    x = extract("The Kremlin leader rejected the ceasefire plan.", lang="en", published="2025-08-20")
    putin = next(e for e in export_lines(x) if e["kind"] == "entity" and e["label"] == "Vladimir Putin")
    assert not any("leader" in m for m in putin["mentions"])
