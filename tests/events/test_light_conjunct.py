"""A light verb that opens a coordinated clause shares the sentence's subject (light._conjunct)."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("Erdogan arrived in Riyadh and held a lengthy meeting with Putin.",
     {("Recep Tayyip Erdoğan", "meetsWith", "Vladimir Putin", "with")}, set()),
    ("Canada condemned the strike and slapped new sanctions on Iran.", {("Canada", "sanctions", "Iran", "default")}, set()),
    ("Erdogan praised Trump and pledged cooperation with Saudi Arabia.",
     {("Recep Tayyip Erdoğan", "cooperatesWith", "Saudi Arabia", "with")}, {("Donald Trump", "cooperatesWith", None, None)}),
    ("Erdogan praised Trump for lifting sanctions and pledged cooperation with Saudi Arabia.",
     {("Recep Tayyip Erdoğan", "cooperatesWith", "Saudi Arabia", "with")}, {("Donald Trump", "cooperatesWith", None, None)}),
    # a clause with its own subject keeps it; no clause before: no subject
    ("Egypt hosted the talks while Qatar held a lengthy meeting with Hamas.", {("Qatar", "meetsWith", "Hamas", "with")},
     {("Egypt", "meetsWith", None, None)}),
    ("Held a lengthy meeting with Hamas, Egypt said.", set(), {("Egypt", "meetsWith", None, None)}),
]


@pytest.mark.parametrize("sentence, expected, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_light_conjunct(read, sentence, expected, absent):
    check(read(sentence, "en"), expected, absent)


def test_no_verb_before_no_shared_subject(read):
    # the possessor of an event noun before the coordinator is no subject of the light verb after it
    rows = read("He reaffirmed Syria's commitment to the truce and expressed hopes that talks would resume.", "en")
    assert not {r for r in rows if r[0] == "Syria" and r[1] != "supports"}, rows
