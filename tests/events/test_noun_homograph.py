"""guards.attributive: a verb form right after a determiner is the noun when a noun trigger has the same
form. Folding makes the French participle "attaqués" the homograph of the noun "attaques"; "a condamné
les attaques contre l'Iran" states no attack by the condemner."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "La Russie a condamné les attaques contre l'Iran.", set(), {("Russia", "attacks", None, None)}),
    ("fr", "Les villages ont été attaqués par l'armée russe.", set(), {("Russia", "attacks", "villages", "genitive")}),
    ("en", "Russia condemned the attacks on Iran.", set(), {("Russia", "attacks", None, None)}),
    # one qualifier between a noun determiner and the homograph (arguments.qualified_noun): the noun, also
    # inside the object phrase, which it no longer cuts
    ("fr", "La France a condamné une grave menace pour la région.",
     {("France", "condemns", "grave menace pour la région", "default")}, {("France", "threatens", None, None)}),
    ("fr", "L'Italie a dénoncé une « sérieuse menace » pour la sécurité européenne.", set(),
     {("Italy", "threatens", None, None), ("Italy", "condemns", "sérieuse", None)}),
    ("fr", "La Russie menace la Moldavie.", {("Russia", "threatens", "Moldova", "default")}, set()),
    ("en", "The United States attacks Iran.", {("United States", "attacks", "Iran", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_noun_homograph(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
