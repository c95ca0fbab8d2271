"""guards.attributive: after a complementizer and a determiner, a verb form opens the reported clause's
subject, a noun: "a estimé que la visite était importante" states no visit, "que la critique était injuste"
no criticism, by the judge. A name after the determiner keeps the verb ("que la France critique")."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "Le ministre turc a estimé que la visite était importante.", set(), {("Turkey", "visits", None, None)}),
    ("fr", "La Turquie a estimé que la critique était injuste.", set(), {("Turkey", "criticizes", None, None)}),
    ("fr", "Hakan Fidan a affirmé que la visite constituait un signal fort.", set(),
     {("Hakan Fidan", "visits", None, None)}),
    ("en", "Turkey said that the visit was important.", set(), {("Turkey", "visits", None, None)}),
    # the verb after a named subject in the clause stands
    ("fr", "La Turquie a estimé que la France critique la décision.",
     {("France", "criticizes", "décision", "default")}, set()),
    ("en", "Turkey said that the United States attacks Iran.", {("United States", "attacks", "Iran", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_complement_noun(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
