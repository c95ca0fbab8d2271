"""Three small readings: an invitation urges only an act (frame invited); an object clitic before the
verb is the urged addressee (language.yaml object_clitics); a place after a ``place_venue_words``
preposition is a venue, never the object ("a accueilli au Caire des pourparlers")."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    # invited: the content opens with a verb; an event after the marker is no act urged
    ("fr", "Emmanuel Macron a invité Recep Tayyip Erdogan à se rendre à Paris.",
     {("Emmanuel Macron", "callsFor", "rendre à Paris", "invited")}, {("Recep Tayyip Erdoğan", "visits", None, None)}),
    ("fr", "La Chine invite les deux parties à reprendre le dialogue.",
     {("China", "callsFor", "reprendre le dialogue", "invited")}, set()),
    ("fr", "Le Qatar a invité les journalistes à la cérémonie.", set(), {("Qatar", "callsFor", None, None)}),
    ("fr", "La France a invité l'Iran au sommet.", set(), {("France", "callsFor", None, None)}),
    # object_clitics: "l'a invité à", "les a exhortés à"
    ("fr", "Le président sénégalais a parlé avec le président ivoirien Alassane Ouattara, qui l'a invité à se rendre à Abidjan.",
     {("Alassane Ouattara", "callsFor", "rendre à Abidjan", "invited")}, {("Alassane Ouattara", "visits", None, None)}),
    ("fr", "La Russie les a exhortés à reprendre les négociations.",
     {("Russia", "callsFor", "reprendre les négociations", "default")}, set()),
    ("fr", "L'Égypte les a reçus au Caire.", set(), {("Egypt", "callsFor", None, None)}),
    # place_venue_words: a city after "au" is where; an actor after it is still the one acted on
    ("fr", "Le Qatar a accueilli mercredi au Caire une nouvelle série de pourparlers.",
     {("Qatar", "hosts", "nouvelle série de pourparlers", "default")}, set()),
    ("fr", "L'Iran a demandé au Qatar de jouer un rôle de médiateur.", set(), {("Iran", "demands", "Qatar", None)}),
    ("fr", "Emmanuel Macron s'est rendu au Caire.", {("Emmanuel Macron", "visits", "Caire", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_invited_clitic_venue(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
