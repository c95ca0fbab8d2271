"""An event noun whose genitive is elided and fused to the name: "la visite d'Emmanuel Macron"."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "La visite d'Emmanuel Macron en Algérie a eu lieu en août.",
     {("Emmanuel Macron", "visits", "Algeria", "elided_genitive")}, set()),
    ("fr", "La visite d'Olaf Scholz en Chine a commencé lundi.",
     {("Olaf Scholz", "visits", "China", "elided_genitive")}, set()),
    # no elided genitive: the verb's reading, or nothing
    ("fr", "Emmanuel Macron visite l'Algérie cette semaine.",
     {("Emmanuel Macron", "visits", "Algeria", "default")}, {("Algeria", None, None, None)}),
    ("fr", "Emmanuel Macron a reçu la visite d'Olaf Scholz.", set(), {("Emmanuel Macron", "visits", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_elided_genitive(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
