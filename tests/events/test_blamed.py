"""Whom a predicate that names whom before the content blames: the words before a reason word ("blamed the army for the attack")."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    ("en", "Sudan blamed the army for the attack.",
     {("Sudan", "accuses", "army", "default")}, {("Sudan", "accuses", "army for the attack", None)}),
    ("en", "Sudan blamed the paramilitary forces for the attack on the camp.",
     {("Sudan", "accuses", "paramilitary forces", "default")}, set()),
    ("en", "Moscow blamed the West for the failure of the talks.",
     {("Russia", "accuses", "West", "default")}, set()),
    # an actor object is unchanged
    ("en", "Iran blamed Israel for the explosion.", {("Iran", "accuses", "Israel", "default")}, set()),
    # other predicates keep their phrase: "for" there is the purpose of the object
    ("en", "Japan provided humanitarian aid for displaced families.",
     {("Japan", "providesAidTo", "humanitarian aid for displaced families", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_blamed(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
