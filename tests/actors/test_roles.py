"""Roles: titles before and after names, owners of titles, deputies, heads of bodies, lists; and the
places and homographs a title's words meet.

The sentence tables are data beside this file (``roles.tsv``, ``no_person.tsv``,
``places.tsv``, ``homographs.tsv``, ``venues.tsv``, ``organisation_seats.tsv``; :mod:`tests.support.tables`),
one test each.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import items, table

HERE = Path(__file__).parent
PUBLISHED = "2025-06-02"


def roles(extraction) -> set[tuple[str, str, str | None]]:
    return {(r.person.label, r.position, r.country.label if r.country else None) for r in extraction.roles}


@pytest.mark.parametrize("row", table(HERE / "roles.tsv", ["lang", "sentence", "roles"]))
def test_roles(extract, row):
    """Every (person, position, state) the sentence gives, all of them and no more."""
    expected = {(person, position, None if state == "-" else state)
                for person, position, state in (item.split("|") for item in items(row["roles"]))}
    assert roles(extract(row["sentence"], lang=row["lang"], published=PUBLISHED)) == expected


@pytest.mark.parametrize("row", table(HERE / "no_person.tsv", ["lang", "sentence"]))
def test_title_without_name_makes_no_new_person(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published=PUBLISHED)
    minted = [a for a in x.actors if a.type == "Person" and a.qid is None and a.id.startswith("person/")
              and a.labels == {}]
    assert minted == []


@pytest.mark.parametrize("row", table(HERE / "places.tsv", ["lang", "sentence", "places", "states"]))
def test_capitals_after_place_nouns_are_places(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published=PUBLISHED)
    assert {a.label for a in x.actors if a.type == "Place"} == items(row["places"])
    assert {a.label for a in x.actors if a.type == "Country"} == items(row["states"])


@pytest.mark.parametrize("row", table(HERE / "homographs.tsv", ["lang", "sentence", "states"]))
def test_homograph_names(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published=PUBLISHED)
    assert {a.label for a in x.actors if a.type == "Country"} == items(row["states"])


@pytest.mark.parametrize("row", table(HERE / "held.tsv", ["lang", "text", "person", "roles"]))
def test_unnamed_post_is_its_holder_with_no_office_of_its_own(extract, row):
    """An unnamed unique post is its holder; the office is a role only where the text names the holder too."""
    x = extract(row["text"], lang=row["lang"], published=PUBLISHED)
    assert row["person"] in {a.label for a in x.actors}
    expected = {(person, position, None if state == "-" else state)
                for person, position, state in (item.split("|") for item in items(row["roles"]))}
    assert roles(x) == expected


@pytest.mark.parametrize("row", table(HERE / "indefinite_titles.tsv", ["lang", "sentence", "persons"]))
def test_an_indefinite_title_names_no_holder(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-10-05")
    assert {a.label for a in x.actors if a.type == "Person"} == items(row["persons"])


@pytest.mark.parametrize("row", table(HERE / "venues.tsv", ["lang", "sentence", "places", "states"]))
def test_venues_and_destinations_are_places(extract, row):
    """A capital that names a gathering's venue or someone's destination is a place."""
    x = extract(row["sentence"], lang=row["lang"], published=PUBLISHED)
    assert {a.label for a in x.actors if a.type == "Place"} == items(row["places"])
    assert {a.label for a in x.actors if a.type == "Country"} == items(row["states"])


@pytest.mark.parametrize("row", table(HERE / "organisation_seats.tsv", ["lang", "sentence", "organisations", "places"]))
def test_an_organisations_seat_stands_for_it(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published=PUBLISHED)
    assert {a.label for a in x.actors if a.type == "Organization"} == items(row["organisations"])
    assert {a.label for a in x.actors if a.type == "Place"} == items(row["places"])
