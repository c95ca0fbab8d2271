"""Coordinated verbs share their subject, an auxiliary or adverb between the coordinator and the verb."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    ("fr", "La France a condamné l'attaque et a appelé à un cessez-le-feu.",
     {("France", "callsFor", "cessez-le-feu", "default")}, set()),
    ("fr", "Emmanuel Macron a rencontré Friedrich Merz et a ensuite critiqué Donald Tusk.",
     {("Emmanuel Macron", "criticizes", "Donald Tusk", "default")}, {("Friedrich Merz", "criticizes", None, None)}),
    ("fr", "La France a condamné l'attaque, puis a appelé à un cessez-le-feu.",
     {("France", "callsFor", "cessez-le-feu", "default")}, set()),
    # a clause with a subject of its own keeps it
    ("fr", "La France a condamné l'attaque et la Russie a appelé à un cessez-le-feu.",
     {("Russia", "callsFor", "cessez-le-feu", "default")}, {("France", "callsFor", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_coordinated_verbs(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
