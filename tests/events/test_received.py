"""The 'received' construction: the guest after the time and place of the visit; sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    # time words, a parenthesis set off by commas, a place after a preposition before the guest
    ("fr", "Nawaf Salam a reçu jeudi, au palais, Emmanuel Macron.",
     {("Nawaf Salam", "meetsWith", "Emmanuel Macron", "received")}, set()),
    ("fr", "Le président français Emmanuel Macron a reçu dimanche à l'Élysée le président syrien Ahmed al-Charaa.",
     {("Emmanuel Macron", "meetsWith", "Ahmed al-Sharaa", "received")},
     {("Emmanuel Macron", "meetsWith", "Élysée", None)}),
    ("fr", "Le président français reçoit à Marseille le président ukrainien.",
     {("Emmanuel Macron", "meetsWith", "Volodymyr Zelensky", "received")}, set()),
    ("fr", "Emmanuel Macron a reçu Mahmoud Abbas à Paris.",
     {("Emmanuel Macron", "meetsWith", "Mahmoud Abbas", "received")}, set()),
    # a passive keeps its agent
    ("fr", "Emmanuel Macron a été reçu à l'Élysée par Donald Trump.",
     {("Donald Trump", "meetsWith", "Emmanuel Macron", "received")}, set()),
    # what is received is no guest, wherever it was received
    ("fr", "L'Ukraine a reçu des armes de l'Allemagne.", set(), {("Ukraine", "meetsWith", None, None)}),
    ("fr", "Le président ukrainien Volodymyr Zelensky a reçu à Kiev des armes de l'Allemagne.", set(),
     {("Volodymyr Zelensky", "meetsWith", None, None)}),
    ("fr", "L'Ukraine a reçu mardi une aide de la France.", set(), {("Ukraine", "meetsWith", None, None)}),
    ("fr", "Emmanuel Macron a reçu, après de longues semaines, une lettre de Mahmoud Abbas.", set(),
     {("Emmanuel Macron", "meetsWith", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_received(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
