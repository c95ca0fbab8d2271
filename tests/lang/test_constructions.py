"""Constructions that name several actors at once, in every language; sentences written for these tests.

Each case lists (subject, predicate, object label) triples the extraction must
hold, or must not hold.
"""
from __future__ import annotations

import pytest


def triples(extraction) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every statement."""
    return {(s.subject.label, s.predicate, s.object.label) for s in extraction.statements}


# An event noun with "between X and Y": each side meets or negotiates with the other.
BETWEEN = [
    ("en", "Talks between Egypt and Ethiopia resumed in Cairo on Monday.",
     {("Egypt", "negotiatesWith", "Ethiopia"), ("Ethiopia", "negotiatesWith", "Egypt")}),
    ("en", "A possible summit between Vladimir Putin and Donald Trump was discussed.",
     {("Vladimir Putin", "meetsWith", "Donald Trump"), ("Donald Trump", "meetsWith", "Vladimir Putin")}),
    ("fr", "Une rencontre entre Emmanuel Macron et Giorgia Meloni a eu lieu à Rome.",
     {("Emmanuel Macron", "meetsWith", "Giorgia Meloni"), ("Giorgia Meloni", "meetsWith", "Emmanuel Macron")}),
    ("fr", "Les négociations entre l'Arménie et l'Azerbaïdjan ont repris.",
     {("Armenia", "negotiatesWith", "Azerbaijan"), ("Azerbaijan", "negotiatesWith", "Armenia")}),
    ("ar", "انطلقت المفاوضات بين مصر وإثيوبيا في القاهرة.",
     {("Egypt", "negotiatesWith", "Ethiopia"), ("Ethiopia", "negotiatesWith", "Egypt")}),
    ("ar", "يجري التحضير لقمة مرتقبة بين فلاديمير بوتين ودونالد ترامب.",
     {("Vladimir Putin", "meetsWith", "Donald Trump"), ("Donald Trump", "meetsWith", "Vladimir Putin")}),
]

# Nothing is met or negotiated: no event noun, or an event only wished for.
NOT_BETWEEN = [
    ("en", "The war between Israel and Hamas entered its third year.", ("Israel", "negotiatesWith", "Hamas")),
    ("en", "The war between Israel and Hamas entered its third year.", ("Israel", "meetsWith", "Hamas")),
    ("en", "Trump is seeking a meeting between Vladimir Putin and Volodymyr Zelensky.",
     ("Vladimir Putin", "meetsWith", "Volodymyr Zelensky")),
    ("fr", "La France propose une rencontre entre la Russie et l'Ukraine.", ("Russia", "meetsWith", "Ukraine")),
    ("ar", "تتصاعد الحرب بين روسيا وأوكرانيا.", ("Russia", "negotiatesWith", "Ukraine")),
]


@pytest.mark.parametrize("lang, sentence, expected", BETWEEN)
def test_event_between_sides(extract, lang, sentence, expected):
    got = triples(extract(sentence, lang))
    assert expected <= got, got


@pytest.mark.parametrize("lang, sentence, unexpected", NOT_BETWEEN)
def test_no_event_between_sides(extract, lang, sentence, unexpected):
    got = triples(extract(sentence, lang))
    assert unexpected not in got, got
