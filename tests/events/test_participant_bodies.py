"""One takes part in an event, never in a body: the body branch of participant_object serves chairs and hosts only.

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: None = any)
CASES = [
    # a participation phrase after talks with a movement: the talks, not the movement
    ("ar", "ستستضيف الدوحة محادثات بين رواندا وحركة إم 23، بمشاركة ممثلين عن الولايات المتحدة.",
     {("United States", "participatesIn", "محادثات بين رواندا وحركة إم 23", "presence")},
     {("United States", "participatesIn", "M23", None)}),
    ("ar", "اجتمع الوزراء مع حركة حماس، بمشاركة مصر.", set(), {("Egypt", "participatesIn", "Hamas", None)}),
    ("fr", "Des pourparlers entre la RDC et le M23 se sont tenus à Doha, en présence des États-Unis.",
     set(), {("United States", "participatesIn", "M23", None)}),
    # a chair's or host's agent phrase still acts on the body it is set after
    ("fr", "L'Union africaine, présidée par l'Angola, a condamné le coup d'État.",
     {("Angola", "chairs", "African Union", "participant")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_participant_bodies(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
