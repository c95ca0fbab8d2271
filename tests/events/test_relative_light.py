"""Object relative clauses of an event noun: "the attack that Russia launched on Kyiv", "the Gaza talks that Egypt hosted".

The noun heads a relative clause of its light verb (frames/light.py
light_relative): the clause's actor acts on the preposition's actor. The
actor that ends such a clause is no subject of the verb after it
(frames/relative.py in_relative); an antecedent may have a name before its
event noun, and one that ends in a preposition's actor gives nothing.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("en", "The attack that Russia launched on Kyiv killed two people.",
     {("Russia", "attacks", "Ukraine", "genitive")}, {("Ukraine", "attacks", None, None), ("Russia", "attacks", "two people", None)}),
    ("en", "The offensive which Israel launched against Hezbollah on Monday was condemned.",
     {("Israel", "attacks", "Hezbollah", "genitive")}, set()),
    # a venue or a time after the light verb: no target
    ("en", "The offensive that Russia launched in the spring stalled.", set(), {("Russia", "attacks", None, None)}),
    ("en", "The investigation that Russia launched into the crash found nothing.", set(), {("Russia", None, None, None)}),
    ("en", "The Gaza talks that Egypt hosted ended without agreement.", {("Egypt", "hosts", "The Gaza talks", "default")},
     {("Egypt", "hosts", "ended without agreement", None)}),
    ("en", "The talks with Iran that Oman hosted ended.", set(), {("Oman", "hosts", None, None)}),
    # a complement clause keeps its verb's own subject
    ("en", "The ceasefire that Egypt brokered between Israel and Hamas collapsed after Israel attacked Gaza.",
     {("Israel", "attacks", "Gaza", "default")}, set()),
    ("fr", "La France ainsi que le Royaume-Uni ont condamné l'attaque.", set(), {("United Kingdom", "condemns", "La France ainsi", None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_relative_light(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
