"""Group actors: unnamed or non-state collectives, with the state the text ties them to.

Sentences written for these tests; each row gives the group's id and its
state's label. A group the text ties to no state is no actor.
"""
from __future__ import annotations

import pytest

from diplograph.export.jsonl import export_lines

GROUPS = [
    ("en", "Turkish police arrested the mayor of Istanbul.", "group/police-tur", "Turkey"),
    ("en", "Iran's police detained two journalists on Sunday.", "group/police-irn", "Iran"),
    ("en", "Protesters in Tbilisi rallied outside parliament.", "group/protesters-geo", "Georgia"),
    ("fr", "La police canadienne a arrêté deux suspects.", "group/police-can", "Canada"),
    ("fr", "Les manifestants à Tbilissi ont protesté devant le parlement.", "group/protesters-geo", "Georgia"),
    ("ar", "اعتقلت الشرطة الإيرانية صحفيين.", "group/police-irn", "Iran"),
    ("ar", "تظاهر المحتجون في تبليسي أمام البرلمان.", "group/protesters-geo", "Georgia"),
]


@pytest.mark.parametrize("lang, text, group, state", GROUPS)
def test_group_and_its_state(extract, lang, text, group, state):
    lines = list(export_lines(extract(text, lang=lang, published="2025-06-02")))
    entity = next(e for e in lines if e["kind"] == "entity" and e["id"].endswith(group))
    assert entity["type"] == "Group"
    assert entity.get("country", {}).get("label") == state


@pytest.mark.parametrize("lang, text", [
    ("en", "The minister voiced his opposition to the plan."),
    ("en", "The police station was closed for repairs."),
    ("fr", "Le ministre a exprimé son opposition au projet."),
])
def test_no_group(extract, lang, text):
    x = extract(text, lang=lang, published="2025-06-02")
    assert [a for a in x.actors if a.type == "Group" and a.represents] == []


@pytest.mark.parametrize("text", [
    "The use of force by police against the crowd drew criticism.",
    "The police station was closed for repairs.",
    "The report blamed police brutality for the deaths of protesters.",
])
def test_a_group_without_a_state_inside_a_phrase_is_no_actor(extract, text):
    x = extract(text, lang="en", published="2025-06-02")
    assert not any(a.type == "Group" for a in x.actors)


@pytest.mark.parametrize("text, group, predicate, negated", [
    ("Police condemned the attack on the consulate.", "group/police", "condemns", False),
    ("Police did not arrest anyone.", "group/police", "arrests", True),
    ("Militants attacked a checkpoint near the border.", "group/militants", "attacks", False),
])
def test_a_group_without_a_state_is_the_subject_of_its_verb(extract, text, group, predicate, negated):
    x = extract(text, lang="en", published="2025-06-02")
    assert [(s.subject.actor.id, s.predicate, s.negated) for s in x.statements] == [(group, predicate, negated)]


def test_a_group_with_a_state_is_a_subject(extract):
    x = extract("Turkish police condemned the attack on the consulate.", lang="en", published="2025-06-02")
    assert any(s.subject.type == "Group" and s.subject.label == "Police of Turkey" for s in x.statements)
