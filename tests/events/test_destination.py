"""A verb of arrival states a visit only where a place or an actor opens its object phrase."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "L'envoyé spécial de l'ONU pour la Syrie, Geir Pedersen, est arrivé à Damas.",
     {("Geir Pedersen", "visits", "Damas", "destination")}, set()),
    ("fr", "Le chancelier allemand Friedrich Merz arrivera jeudi à Varsovie.",
     {("Friedrich Merz", "visits", "Varsovie", "destination")}, set()),
    # no place after it: a conclusion reached, a failure to convince
    ("fr", "Les négociateurs français sont arrivés à un compromis avec l'Allemagne.",
     set(), {("France", "visits", None, None)}),
    ("fr", "La France n'arrive pas à convaincre l'Allemagne.", set(), {("France", "visits", None, None)}),
    ("ru", "Путин прилетел в Астану.", {("Vladimir Putin", "visits", "Астану", "arrival")}, set()),
    # a seat named as a venue: an envoy called to a ministry or a palace visits no state
    ("ru", "Посол Франции приехал в МИД России.", set(), {("France", "visits", None, None)}),
    ("fr", "L'ambassadeur d'Italie est arrivé à l'Élysée.", set(), {("Italy", "visits", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_destination(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
