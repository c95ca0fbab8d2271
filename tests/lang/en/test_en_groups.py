"""English actors beyond states and officials (#14): groups, weapons standing for armed forces, NGOs.

Sentences written for these tests. Each row: the sentence, the subject's
label of the first statement expected (``-`` for none; ``*`` opens a part
of it), its type, and the state a Group belongs to.
"""
from __future__ import annotations

import pytest

ROWS = [
    # a nationality adjective + a group noun: a Group of that state
    ("Israeli settlers attacked a Palestinian village.", "Settlers of Israel", "Group", "Isr"),
    ("Pakistani separatists attacked a train.", "Separatists of Pakistan", "Group", "Pak"),
    ("Serbian students marched against the government.", "Students of Serbia", "Group", "Srb"),
    # a group noun with no state, right before its verb
    ("Farmers protested outside the European Parliament.", "Farmers", "Group", None),
    ("Gunmen abducted two aid workers.", "Militants", "Group", None),
    ("Militias did not withdraw from the town.", "Militias", "Group", None),
    # a state's forces: its body with a state, a group with none
    ("Russian troops shelled a village near Kharkiv.", "Russia", "Country", None),
    ("Troops opened fire on demonstrators.", "Armed forces", "Group", None),
    ("The army did not withdraw from the border town.", "Armed forces", "Group", None),
    ("The bloc pledged more military support for Ukraine.", "-", "", None),
    # a named organisation before a group noun acts itself
    ("Greenpeace activists protested against deep-sea mining.", "Greenpeace", "Organization", None),
    ("Hamas fighters attacked an Israeli post.", "Hamas", "Organization", None),
    # a weapon or craft of a state stands for its armed forces
    ("Ukrainian drones struck an oil depot.", "*Ukrain", "Country|GovernmentBody", None),
    ("Israeli warplanes bombed a bridge.", "*Israel", "Country|GovernmentBody", None),
    # a group noun inside a phrase is nobody
    ("The students' union building was closed.", "-", "", None),
    ("Workers' rights were discussed at length.", "-", "", None),
]


@pytest.mark.parametrize("text, label, kind, state", ROWS, ids=[r[0][:40] for r in ROWS])
def test_group_subject(extract, text, label, kind, state):
    x = extract(text, lang="en", published="2025-06-02")
    subjects = [s.subject for s in x.statements if s.predicate not in ("holdsPosition", "represents", "memberOf")]
    if label == "-":
        assert not [a for a in x.actors if a.type == "Group"] and not [s for s in subjects if s.type == "Group"]
        return
    assert subjects, f"no statement in {text!r}"
    subject = subjects[0]
    if label.startswith("*"):
        assert label[1:] in subject.label, subject.label
    else:
        assert subject.label == label
    assert subject.type in kind.split("|")
    assert subject.actor.represents == (state and f"country/{state.lower()}")
