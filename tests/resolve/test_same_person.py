"""One person, one actor: a surname, a title before a surname, another spelling or a rank name the person met first.

Sentences written for these tests; the table is data beside this file (``same_person.tsv``).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import table

HERE = Path(__file__).parent


def people(extraction) -> dict[str, set[str]]:
    """Each person's id and the texts that named it."""
    out: dict[str, set[str]] = {}
    for m in extraction.mentions:
        if m.actor.type == "Person":
            out.setdefault(m.actor.id, set()).add(m.text)
    return out


@pytest.mark.parametrize("row", table(HERE / "same_person.tsv", ["lang", "text", "persons"]))
def test_one_actor_per_person(extract, row):
    found = people(extract(row["text"], lang=row["lang"], published="2025-06-02"))
    assert len(found) == int(row["persons"]), found


def test_repeat_title_without_state_adds_no_office(extract):
    x = extract("Swedish Trade Minister Jens Nielsen met Danish officials. Minister Nielsen then left.", lang="en",
                published="2025-06-02")
    assert len({r.person.id for r in x.roles}) <= 1
    assert all(r.country is not None for r in x.roles)


def test_rank_is_not_part_of_the_name(extract):
    x = extract("التقى الوزير قائد الجيش العماد رودولف هيكل في بيروت.", lang="ar", published="2025-06-02")
    assert not any("العماد" in a.label for a in x.actors)
