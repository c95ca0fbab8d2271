"""A participle clause shares the subject of the last verb read, not of a verb-row noun after a determiner or possessor."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    # "its supply of drones" is a noun: the participle's subject is the main clause's
    ("en", "The European Union imposed new sanctions on Iran over its supply of drones to Russia, "
           "freezing the assets of six companies.",
     {("European Union", "sanctions", "six companies", "default")}, {("Iran", "sanctions", None, None)}),
    ("en", "Britain condemned Moscow's support for the junta, calling for new elections.",
     {("United Kingdom", "callsFor", "new elections", "default")}, {("Russia", "callsFor", None, None)}),
    ("en", "France criticised the supply of weapons to Sudan by the Emirates, urging an embargo.",
     set(), {("United Arab Emirates", "callsFor", None, None)}),
    # a verb in use still lends its subject to the participle
    ("en", "Egypt welcomed the deal, calling for calm.",
     {("Egypt", "callsFor", "calm", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_participle_after_noun(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
