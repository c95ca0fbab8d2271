"""Who judges an act did not make it: an event noun in the object of an evaluative verb.

core._judges (predicates.yaml evaluative). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # the judge is no agent of the act it condemns or welcomes
    ("ar", "وأدانت السعودية الهجوم على قطر.", {("Saudi Arabia", "condemns", "الهجوم على قطر", "default")},
     {("Saudi Arabia", "attacks", None, None)}),
    ("ar", "وندد الاتحاد الأوروبي بالعدوان على أوكرانيا.", set(), {("European Union", "attacks", None, None)}),
    ("ar", "ورحبت مصر بالهجوم على المواقع الإيرانية.", set(), {("Egypt", "attacks", None, None)}),
    ("en", "Saudi Arabia condemned the attack on Qatar.", set(), {("Saudi Arabia", "attacks", None, None)}),
    # the act's own agent, named with the noun, still makes it
    ("ar", "وأدانت السعودية الهجوم الإسرائيلي على قطر.", {("Israel", "attacks", "Qatar", "genitive")},
     {("Saudi Arabia", "attacks", None, None)}),
    ("ar", "وأدانت قطر بشدة القصف الروسي لأوكرانيا.", {("Russia", "attacks", "Ukraine", "genitive")},
     {("Qatar", "attacks", None, None)}),
    # what is announced is done by who announces it (factive, not evaluative)
    ("ar", "وأعلنت واشنطن فرض عقوبات على إيران.", {("United States", "sanctions", "Iran", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_evaluative(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
