"""An attack or sanctions noun with its agent: a place, or a thing of a state, as its target.

A place target follows predicates.yaml ``place_objects``.

"الضربات الإسرائيلية على غزة": the place right after the preposition (or
after one word: "لمدينة خان يونس") is the target; a place further on is where
the target is ("on the plant in Kyiv"), and states no target. Sentences written
for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("ar", "أدت الضربات الإسرائيلية على غزة إلى مقتل العشرات.", {("Israel", "attacks", "غزة", "genitive")}, set()),
    ("ar", "أدانت السعودية القصف الإسرائيلي لمدينة خان يونس.",
     {("Israel", "attacks", "لمدينة خان يونس", "genitive")}, set()),
    ("ar", "قال الوزير إن الهجوم الروسي على المنشأة في كييف كان خطيرا.", set(), {("Russia", "attacks", None, None)}),
    # no agent: no statement
    ("ar", "أدى الهجوم على غزة إلى مقتل العشرات.", set(), {("Gaza Strip", None, None, None)}),
]


@pytest.mark.parametrize("lang, text, expected, absent", CASES)
def test_place_target(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, absent)
    assert not [r for r in rows if r[1] == "attacks" and not expected]


# A thing of a state (its adjective after the first word or two) is the target phrase, not the state itself.
OWNED = [
    ("ar", "فُرضت عقوبات أمريكية جديدة على ثلاث شركات إماراتية بتهمة تسهيل تجارة النفط الإيراني.",
     {("United States", "sanctions", "ثلاث شركات إماراتية", "genitive")}, set()),
    ("ar", "أدان الوزير الهجوم الروسي على محطة أوكرانية للطاقة.",
     {("Russia", "attacks", "محطة أوكرانية", "genitive")}, {("Russia", "attacks", "Ukraine", None)}),
    # no state's adjective near the head, no agent: nothing
    ("ar", "انتقد الوزير العقوبات الجديدة على المسؤولين.", set(), {("United States", "sanctions", None, None)}),
]


@pytest.mark.parametrize("lang, text, expected, absent", OWNED)
def test_owned_target(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, absent)
    assert not [r for r in rows if r[1] == "sanctions" and not expected]
