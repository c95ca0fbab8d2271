"""The agents of a comma-set agent phrase are no subject of the clause after it."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "Cet accord, conclu sous l'égide des États-Unis, vise à mettre fin au conflit.",
     set(), {("United States", "seeks", None, None)}),
    ("fr", "La coalition des volontaires, coprésidée par la France et le Royaume-Uni, réunit des pays, "
           "surtout européens, prêts à soutenir l'armée ukrainienne.",
     {("France", "coChairs", "Coalition of the Willing", "participant")},
     {("United Kingdom", "supports", None, None), ("France", "supports", None, None)}),
    ("en", "The truce, mediated by Qatar, seeks to end the fighting.", set(), {("Qatar", "seeks", None, None)}),
    # the actor before the agent phrase keeps its verb
    ("fr", "L'Union africaine, présidée par l'Angola, a appelé au calme.",
     {("African Union", "callsFor", "calme", "default"), ("Angola", "chairs", "African Union", "participant")},
     {("Angola", "callsFor", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_agent_phrase(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
