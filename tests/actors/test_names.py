"""Names the knowledge base lacks: where an unknown person's name starts and ends, and capitals in treaty names.

The sentence tables are data beside this file (``surname_aliases.tsv``,
``treaty_capitals.tsv``, ``declined_names.tsv``, ``occupations.tsv``; :mod:`tests.support.tables`), one test each.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import items, table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "surname_aliases.tsv", ["lang", "sentence", "people", "organisations"]))
def test_organisation_alias_as_surname(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-06-02")
    assert {a.label for a in x.actors if a.type == "Person"} == items(row["people"])
    assert {a.label for a in x.actors if a.type == "Organization"} == items(row["organisations"])


@pytest.mark.parametrize("row", table(HERE / "treaty_capitals.tsv", ["lang", "sentence", "states"]))
def test_capital_in_a_treaty_name(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-06-02")
    assert {a.label for a in x.actors if a.type == "Country"} == items(row["states"])


@pytest.mark.parametrize("row", table(HERE / "security_councils.tsv", ["lang", "sentence", "unsc"],
                                      choices={"unsc": {"yes", "no"}}))
def test_a_national_security_council_is_not_the_un_one(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-06-02")
    assert any(a.id == "org/unsc" for a in x.actors) == (row["unsc"] == "yes")


@pytest.mark.parametrize("row", table(HERE / "extended_names.tsv", ["lang", "sentence", "organisations"]))
def test_a_longer_name_is_not_its_first_words(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-06-02")
    assert {a.label for a in x.actors if a.type in ("Organization", "Coalition")} == items(row["organisations"])


@pytest.mark.parametrize("row", table(HERE / "hyphenated_names.tsv", ["lang", "sentence", "persons"])
                         + table(HERE / "declined_names.tsv", ["lang", "sentence", "persons"]))
def test_a_hyphenated_or_declined_name_is_whole(extract, row):
    """"Han Duck-soo" is one name; so is «Ким Чен Ына», Kim Jong Un in the genitive."""
    x = extract(row["sentence"], lang=row["lang"], published="2025-10-05")
    assert {a.label for a in x.actors if a.type == "Person"} == items(row["persons"])


@pytest.mark.parametrize("row", table(HERE / "occupations.tsv", ["lang", "sentence", "persons", "states"]))
def test_an_occupation_names_the_person_after_it_with_no_role(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-06-02")
    assert {a.label for a in x.actors if a.type == "Person"} == items(row["persons"])
    assert {m.actor.label for m in x.mentions if m.actor.type == "Country"} == items(row["states"])
    assert x.roles == []
