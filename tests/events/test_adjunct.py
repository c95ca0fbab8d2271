"""Adjunct event nouns ("بوساطة قطرية", "بعد وساطة عمانية"): the actors the noun governs act on what the clause is about."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # a nationality adjective or a name after the noun; the clause's event, else the clause, is the object
    ("ar", "انطلقت المحادثات بوساطة سعودية.", {("Saudi Arabia", "mediates", "المحادثات", "adjunct")}, set()),
    ("ar", "جرى تبادل الأسرى بوساطة تركيا.", {("Turkey", "mediates", "تبادل الأسرى", "adjunct")}, set()),
    ("ar", "تم الإفراج عن الرهائن بعد وساطة مصرية وقطرية.",
     {("Egypt", "mediates", "الإفراج عن الرهائن", "adjunct"), ("Qatar", "mediates", "الإفراج عن الرهائن", "adjunct")},
     set()),
    # with the article the noun is a verb's complement: the mediation is welcomed, Qatar mediates between the sides
    ("ar", "رحبت مصر بالوساطة القطرية بين الطرفين.", set(), {("Qatar", "mediates", "رحبت مصر", None)}),
    # a mediation refused or asked for is no act
    ("ar", "رفضت إسرائيل الوساطة التركية.", set(), {("Turkey", "mediates", None, None)}),
    ("ar", "طلبت إثيوبيا وساطة أمريكية.", set(), {("United States", "mediates", None, None)}),
    # an adjunct that opens its clause is about the rest of the clause, after the actors it governs
    ("ru", "При посредничестве Катара Россия вернула Украине детей.",
     {("Qatar", "mediates", "Россия вернула Украине детей", "adjunct")}, set()),
    ("ru", "Благодаря посредническим усилиям Турции стороны договорились о перемирии.",
     {("Turkey", "mediates", "стороны договорились о перемирии", "adjunct")}, set()),
    # in a reduced relative set off by commas the participle is not the mediated act
    ("ru", "В результате обмена, состоявшегося при посредничестве Катара, стороны вернули пленных.",
     set(), {("Qatar", "mediates", "состоявшегося", None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_adjunct(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)


def test_no_actor_governed_no_mediation(read):
    assert not [r for r in read("انطلقت المحادثات بوساطة دولية.", "ar") if r[1] == "mediates"]
