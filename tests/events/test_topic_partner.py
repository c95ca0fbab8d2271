"""A reciprocal act's subject matter is no partner, and an object phrase ends at a finite verb.

arguments.topic_cut (language.yaml topic_prepositions) and arguments.verb_cut.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # what talks are about is no partner; the partner after "with" is
    ("en", "Egypt held talks on Syria with Qatar on Monday.", {("Egypt", "negotiatesWith", "Qatar", "carried")},
     {("Egypt", "negotiatesWith", "Syria", None)}),
    ("en", "Turkey held talks about Libya with Italy.", {("Turkey", "negotiatesWith", "Italy", "carried")},
     {("Turkey", "negotiatesWith", "Libya", None)}),
    ("en", "Egypt held talks on Sudan.", set(), {("Egypt", "negotiatesWith", None, None)}),
    ("en", "Japan held consultations over Taiwan.", set(), {("Japan", "negotiatesWith", None, None)}),
    # the partner first, the topic after: unchanged
    ("en", "Egypt held talks with Qatar on Syria.", {("Egypt", "negotiatesWith", "Qatar", "default")},
     {("Egypt", "negotiatesWith", "Syria", None)}),
    # a noun event's object ends at the verb of the clause
    ("en", "Moscow's support for Assad angered the West.", {("Russia", "supports", "Bashar al-Assad", "default")},
     {("Russia", "supports", "Assad angered the West", None)}),
    ("en", "Iran's support for the rebels alarmed the Gulf states.", set(),
     {("Iran", "supports", "the rebels alarmed the Gulf states", None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_topic_partner(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected)
    for subject, predicate, obj, _ in absent:
        assert not [r for r in rows if r[0] == subject and r[1] == predicate and (obj is None or r[2] == obj)], rows


def test_a_predeterminer_is_no_verb(read):
    rows = read("Iran's support for all the rebels alarmed the Gulf states.", "en")
    assert ("Iran", "supports", "all the rebels") in {r[:3] for r in rows}, rows


def test_a_verb_keeps_its_whole_object(read):
    """Only a noun's phrase is cut: after a verb the phrase runs on ("demanded Ukraine reopen the pipeline")."""
    rows = read("Egypt condemned the attack on the hospitals in Gaza.", "en")
    assert any(r[:2] == ("Egypt", "condemns") and "hospitals" in r[2] for r in rows), rows


def test_the_verb_ends_the_object(read):
    rows = read("Iran's support for the rebels alarmed the Gulf states.", "en")
    assert ("Iran", "supports", "rebels") in {r[:3] for r in rows}, rows


@pytest.mark.parametrize("text,row", [
    ("Qatar urged Israel to resume the talks.", ("Qatar", "callsFor", "resume the talks")),
    ("Turkey called for talks to end the war.", ("Turkey", "callsFor", "talks to end the war")),
    ("Egypt welcomed the decision to reopen the crossing.", ("Egypt", "welcomes", "decision to reopen the crossing")),
    ("Iran and Iraq agreed to set up a joint border commission.", ("Iran", "agreesTo", "set up a joint border commission")),
    ("Russia agreed to wind down the operation.", ("Russia", "agreesTo", "wind down the operation")),
])
def test_an_infinitive_is_no_finite_verb(read, text, row):
    """A verb after "to" is part of the phrase: the cut is only for a finite verb."""
    assert row in {r[:3] for r in read(text, "en")}
