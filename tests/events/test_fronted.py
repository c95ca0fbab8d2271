"""The 'participle' construction: a participle opening the sentence shares the main clause's subject."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    ("fr", "En réaffirmant son soutien à l'Ukraine, la France a critiqué la Russie.",
     {("France", "supports", "Ukraine", "participle")}, {("Ukraine", "criticizes", None, None)}),
    ("fr", "Condamnant l'attaque, la France a appelé à un cessez-le-feu.",
     {("France", "condemns", "l'attaque", "participle")}, set()),
    ("fr", "Tout en condamnant la Russie, la France a salué l'accord.",
     {("France", "condemns", "Russia", "participle")}, set()),
    # after the main clause, the participle keeps its subject as the default frame reads it
    ("fr", "Le Mali a rappelé son ambassadeur en Algérie, accusant Alger d'avoir abattu un drone.",
     {("Mali", "accuses", "Algeria", "participle")}, set()),
    # the actor inside the adjunct is no subject of the main clause
    ("fr", "En soutenant la Moldavie, la France a condamné la Russie.",
     {("France", "supports", "Moldova", "participle"), ("France", "condemns", "Russia", "default")},
     {("Moldova", "condemns", None, None)}),
    # an adjunct a gerund word opens, set off by commas, is passed over to the subject
    ("fr", "Le président français Emmanuel Macron, en visite à Pékin, a appelé à la paix.",
     {("Emmanuel Macron", "callsFor", "paix", "default")}, set()),
    ("fr", "La France, en Chine, a condamné l'attaque.", {("France", "condemns", "l'attaque", "default")}, set()),
    # not a participle at the start: a finite verb keeps its own subject
    ("fr", "La France condamne l'attaque, a déclaré le ministre.", {("France", "condemns", "l'attaque", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_fronted(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
