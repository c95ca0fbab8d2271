"""A name that modifies a compound noun is no object (arguments.modifier); sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # the name modifies a run of nouns: the phrase is the object, never the name's actor
    ("Hungary blocked EU sanctions packages.", {("Hungary", "rejects", "EU sanctions packages", "default")},
     {("Hungary", "rejects", "European Union", None)}),
    ("Slovakia rejected EU migration rules.", {("Slovakia", "rejects", "EU migration rules", "default")},
     {("Slovakia", "rejects", "European Union", None)}),
    ("Hungary, which has repeatedly blocked EU sanctions packages, threatened to veto the plan.", set(),
     {("Hungary", "rejects", "European Union", None)}),
    # one noun, as before; and a name that ends the phrase is the object
    ("Hungary blocked EU aid for Ukraine.", set(), {("Hungary", "rejects", "European Union", None)}),
    ("Hungary blocked the EU.", {("Hungary", "rejects", "European Union", "default")}, set()),
]


@pytest.mark.parametrize("text,expected,absent", CASES)
def test_compound_modifier(read, text, expected, absent):
    check(read(text, "en"), expected, absent)
