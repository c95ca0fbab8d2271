"""Infinitives of purpose share the subject of the verb whose object stands before them; sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    ("en", "Lavrov visited Turkey to meet Hakan Fidan.", {("Sergey Lavrov", "meetsWith", "Hakan Fidan", "default")},
     {("Turkey", "meetsWith", None, None)}),
    ("en", "Lavrov travelled to Ankara on Monday to sign the grain deal.", {("Sergey Lavrov", "signs", "grain deal", "default")},
     {("Turkey", "signs", None, None)}),
    ("en", "Kazakhstan's foreign minister will visit Beijing next week to hold talks with Wang Yi.",
     {("Kazakhstan", "negotiatesWith", "Wang Yi", "default")}, {("China", "negotiatesWith", None, None)}),
    # no subject found for the verb before: the object still does not take the infinitive
    ("en", "Murat Nurtleu will visit Beijing next week to hold talks with Wang Yi.", set(),
     {("China", "negotiatesWith", None, None)}),
    # the marker a word apart from the verb trigger ("to attend": the row is "attend")
    ("en", "Xi Jinping will visit Brazil next month to attend the BRICS summit.",
     {("Xi Jinping", "participatesIn", "BRICS summit", "default")}, {("Brazil", "participatesIn", None, None)}),
    ("fr", "Le président Lula s'est rendu à Paris pour rencontrer Emmanuel Macron.", set(),
     {("France", "meetsWith", None, None)}),
    ("en", "Egypt urged Iran to attend the summit.", set(), {("Egypt", "participatesIn", None, None)}),
    # an infinitive after a noun is the noun's: its subject is the noun's possessor, not the clause's
    ("en", "Russia criticised Germany's decision to deliver Taurus missiles to Ukraine.", set(),
     {("Russia", "providesAidTo", None, None)}),
    ("en", "Russia criticised Germany's decision to meet Iran.", set(), {("Russia", "meetsWith", None, None)}),
    # verbs whose object does the act: urging, asking, wishing
    ("en", "Egypt urged Iran to meet Qatar.", set(), {("Egypt", "meetsWith", None, None)}),
    ("en", "Egypt invited Iran to sign the deal.", set(), {("Egypt", "signs", None, None)}),
    ("en", "The United States wants Iran to sign the deal.", set(), {("United States", "signs", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_purpose(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
