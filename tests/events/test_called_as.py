"""What an object is called, after language.yaml complement_words, tells an ambiguous verb's sense
("a jugé les frappes comme une atteinte": criticizes). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("fr", "Le Mexique a jugé les frappes israéliennes comme une grave atteinte au droit international.",
     {("Mexico", "criticizes", "frappes israéliennes", "default")}, set()),
    ("fr", "Le Canada a qualifié la trêve comme une avancée historique.",
     {("Canada", "welcomes", "trêve", "default")}, {("Canada", "criticizes", None, None)}),
    # called nothing that tells a sense: no statement
    ("fr", "Le Pérou a jugé les élections comme prévu.", set(), {("Peru", None, None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_called_as(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
