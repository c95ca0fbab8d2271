"""An event noun with its agent after it: "l'expulsion de douze diplomates par la France"."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "Alger a dénoncé l'expulsion de quinze de ses fonctionnaires par la France.",
     {("France", "expels", "quinze de ses fonctionnaires", "agent_noun")}, set()),
    ("fr", "Le Qatar a salué la libération de deux otages par le Hamas.",
     {("Hamas", "releases", "deux otages", "agent_noun")}, set()),
    ("fr", "La suspension des livraisons d'armes par l'Allemagne inquiète Kiev.",
     {("Germany", "suspends", "livraisons d'armes", "agent_noun")}, set()),
    # no agent phrase, or the agent of a verb: no act stated by the noun
    ("fr", "La France a demandé l'expulsion de l'ambassadeur russe.", set(), {("France", "expels", None, None)}),
    ("fr", "L'expulsion des diplomates a été décidée par Moscou.", set(), {("Russia", "expels", None, "agent_noun")}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_agent_noun(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
