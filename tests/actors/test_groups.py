"""Group actors: unnamed or non-state collectives, with the state the text ties them to.

A group the text ties to no state is no actor, except as the subject of its
verb. The sentence tables are data beside this file (``groups.tsv``,
``no_group.tsv``, ``no_group_actor.tsv``, ``group_subjects.tsv``;
:mod:`tests.support.tables`), one test each.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.export.jsonl import export_lines
from tests.support.tables import table

HERE = Path(__file__).parent
PUBLISHED = "2025-06-02"


@pytest.mark.parametrize("row", table(HERE / "groups.tsv", ["lang", "sentence", "group", "state"]))
def test_group_and_its_state(extract, row):
    lines = list(export_lines(extract(row["sentence"], lang=row["lang"], published=PUBLISHED)))
    entity = next(e for e in lines if e["kind"] == "entity" and e["id"].endswith(row["group"]))
    assert entity["type"] == "Group"
    assert entity.get("country", {}).get("label") == row["state"]


@pytest.mark.parametrize("row", table(HERE / "no_group.tsv", ["lang", "sentence"]))
def test_no_group(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published=PUBLISHED)
    assert [a for a in x.actors if a.type == "Group" and a.represents] == []


@pytest.mark.parametrize("row", table(HERE / "no_group_actor.tsv", ["lang", "sentence"]))
def test_a_group_without_a_state_inside_a_phrase_is_no_actor(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published=PUBLISHED)
    assert not any(a.type == "Group" for a in x.actors)


@pytest.mark.parametrize("row", table(HERE / "group_subjects.tsv", ["lang", "sentence", "group", "predicate", "negated"],
                                      choices={"negated": {"yes", "no"}}))
def test_a_group_without_a_state_is_the_subject_of_its_verb(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published=PUBLISHED)
    assert [(s.subject.actor.id, s.predicate, s.negated) for s in x.statements] == [
        (row["group"], row["predicate"], row["negated"] == "yes")]


def test_a_group_with_a_state_is_a_subject(extract):
    x = extract("Turkish police condemned the attack on the consulate.", lang="en", published=PUBLISHED)
    assert any(s.subject.type == "Group" and s.subject.label == "Police of Turkey" for s in x.statements)
