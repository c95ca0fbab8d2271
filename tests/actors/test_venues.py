"""Capitals that name a gathering's venue or someone's destination are places.

The table is data beside this file (``venues.tsv``; :mod:`tests.support.tables`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import items, table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "venues.tsv", ["lang", "sentence", "places", "states"]))
def test_venues_and_destinations_are_places(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-06-02")
    assert {a.label for a in x.actors if a.type == "Place"} == items(row["places"])
    assert {a.label for a in x.actors if a.type == "Country"} == items(row["states"])


@pytest.mark.parametrize("row", table(HERE / "organisation_seats.tsv", ["lang", "sentence", "organisations", "places"]))
def test_an_organisations_seat_stands_for_it(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-06-02")
    assert {a.label for a in x.actors if a.type == "Organization"} == items(row["organisations"])
    assert {a.label for a in x.actors if a.type == "Place"} == items(row["places"])
