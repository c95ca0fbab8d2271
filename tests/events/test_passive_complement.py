"""A passive's patient is its subject noun, not an actor in that noun's complement (passive._complement).
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("fr", "Les frappes menées par Israël contre le Liban ont été condamnées par la France.",
     set(), {("France", "condemns", "Lebanon", None), ("France", "condemns", "Israel", None)}),
    ("fr", "Le soutien de la Chine à la Russie a été critiqué par l'Union européenne.",
     set(), {("European Union", "criticizes", "China", None), ("European Union", "criticizes", "Russia", None)}),
    ("en", "The strikes against Lebanon were condemned by France.",
     set(), {("France", "condemns", "Lebanon", None)}),
    # an actor that is the subject is still the patient
    ("fr", "Le président ukrainien Volodymyr Zelensky a été reçu par Emmanuel Macron.",
     {("Emmanuel Macron", "meetsWith", "Volodymyr Zelensky", "received")}, set()),
    ("en", "Iran was condemned by France.", {("France", "condemns", "Iran", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_passive_complement(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
