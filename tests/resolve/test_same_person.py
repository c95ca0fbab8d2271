"""One person, one actor: a surname, a title before a surname, another spelling or a rank name the person met first.

Sentences written for these tests.
"""
from __future__ import annotations

import pytest


def people(extraction) -> dict[str, set[str]]:
    """Each person's id and the texts that named it."""
    out: dict[str, set[str]] = {}
    for m in extraction.mentions:
        if m.actor.type == "Person":
            out.setdefault(m.actor.id, set()).add(m.text)
    return out


@pytest.mark.parametrize("lang, text, count", [
    # A title before the surname of a person named in full earlier.
    ("en", "Danish Foreign Minister Lars Løkke Rasmussen arrived in Nuuk. Minister Rasmussen met local leaders.", 1),
    ("en", "Trade Minister Ingrid Halvorsen visited Oslo. Later, Minister Halvorsen flew home.", 1),
    # The same name written apart and together.
    ("en", "Foreign Minister Badr Al Busaidi hosted the talks. Badr Albusaidi said they went well.", 1),
    ("fr", "Le ministre des Finances Karim Ben Salah est arrivé à Tunis. Karim Bensalah a ensuite parlé.", 1),
    # A rank before a name is not part of it; the office's holder spelt otherwise is the holder.
    ("ar", "استقبل رئيس الجمهورية اللبنانية العماد جوزاف عون الوفد. وقال الرئيس جوزيف عون إن لبنان يرحب بالدعم.", 1),
    # Two people who share nothing stay two.
    ("en", "Trade Minister Ingrid Halvorsen met Finance Minister Per Lund in Oslo.", 2),
    # A surname shared with someone named earlier does not make a different full name the same person.
    ("en", "Trade Minister Ingrid Halvorsen met Finance Minister Astrid Halvorsen in Oslo.", 2),
])
def test_one_actor_per_person(extract, lang, text, count):
    found = people(extract(text, lang=lang, published="2025-06-02"))
    assert len(found) == count, found


def test_repeat_title_without_state_adds_no_office(extract):
    x = extract("Swedish Trade Minister Jens Nielsen met Danish officials. Minister Nielsen then left.", lang="en",
                published="2025-06-02")
    assert len({r.person.id for r in x.roles}) <= 1
    assert all(r.country is not None for r in x.roles)


def test_rank_is_not_part_of_the_name(extract):
    x = extract("التقى الوزير قائد الجيش العماد رودولف هيكل في بيروت.", lang="ar", published="2025-06-02")
    assert not any("العماد" in a.label for a in x.actors)
