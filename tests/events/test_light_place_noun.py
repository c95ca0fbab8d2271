"""An event noun after a light verb, whose act may take a place or a phrase (predicates.yaml place_objects)
and whose row's object words fix its sense, keeps a phrase as its object: "a annoncé le rappel de son
ambassadeur à Madrid". Without object words it still needs an actor: "a lancé une offensive diplomatique"."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "L'Algérie a annoncé le rappel de son ambassadeur à Madrid.",
     {("Algeria", "cutsTiesWith", "ambassadeur à Madrid", "default")}, set()),
    ("fr", "L'Inde a annoncé le rappel de ses diplomates.", {("India", "cutsTiesWith", "diplomates", "default")}, set()),
    ("fr", "La Russie a annoncé le rappel de ses réservistes.", set(), {("Russia", "cutsTiesWith", None, None)}),
    ("fr", "La Russie a lancé une offensive diplomatique.", set(), {("Russia", "attacks", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_light_place_noun(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
