"""Urged content with coordinated or unnamed addressees, and after a gapped urging verb; sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    # coordinated addressees before an infinitive: the object is what is urged, not the first addressee
    ("en", "Egypt urged Hamas and Israel to accept the plan.",
     {("Egypt", "callsFor", "accept the plan", "default")}, {("Egypt", "callsFor", "Hamas", None)}),
    ("en", "Jordan urged Iran and Israel to halt the strikes.",
     {("Jordan", "callsFor", "halt the strikes", "default")}, {("Jordan", "callsFor", "Iran", None)}),
    # a finite verb after the second actor still opens a clause of its own
    ("en", "Egypt urged Hamas and Israel agreed to the plan.", {("Israel", "agreesTo", "plan", "default")}, set()),
    # the second conjunct of a gapped urging verb is urged too
    ("en", "Qatar urged Iran to attend the conference, and Oman and Iraq to join the talks.",
     {("Qatar", "callsFor", "attend the conference", "default")},
     {("Oman", "participatesIn", None, None), ("Iraq", "participatesIn", None, None)}),
    ("en", "The United Nations urged Sudan to open the border crossings, and Chad to host the talks.",
     set(), {("Chad", "hosts", None, None)}),
    # an addressee no actor names: what is urged follows the marker
    ("en", "The African Union urged the warring parties to return to negotiations in Jeddah.",
     {("African Union", "callsFor", "return to negotiations in Jeddah", "default")},
     {("African Union", "callsFor", "warring parties", None)}),
    ("en", "Egypt urged both sides to halt the fighting.", {("Egypt", "callsFor", "halt the fighting", "default")},
     {("Egypt", "callsFor", "sides", None)}),
    # "to" before a noun phrase opens no content
    ("en", "Egypt demanded the withdrawal of troops to the pre-war lines.",
     {("Egypt", "demands", "withdrawal of troops to the pre-war lines", "default")}, set()),
    # a conjunct with its own verb states its own act
    ("en", "Qatar urged Iran to attend the conference, and Oman joined the talks.",
     {("Oman", "participatesIn", "talks", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_urged_conjuncts(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
