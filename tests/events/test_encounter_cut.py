"""An encounter noun with its own partner ends a reciprocal verb's object phrase.

arguments.encounter_cut: «بحث استئناف المفاوضات مع إيران» meets no Iran.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # the talks' or summit's partner is not the one met
    ("ar", "وبحث وزير الخارجية المصري استئناف المفاوضات مع إيران.", set(), {("Badr Abdelatty", "meetsWith", None, None)}),
    ("ar", "وناقش الرئيس التركي عقد قمة مع روسيا.", set(), {("Recep Tayyip Erdoğan", "meetsWith", None, None)}),
    ("ar", "وناقش الرئيس الفرنسي جولة جديدة من المحادثات مع إيران.", set(), {(None, "meetsWith", "Iran", None)}),
    # the partner before the topic, a topic with no encounter noun, a call in which they talk: unchanged
    ("ar", "وبحث وزير الخارجية المصري مع نظيره الإيراني استئناف المفاوضات مع واشنطن.",
     {("Badr Abdelatty", "meetsWith", "Abbas Araghchi", "default")}, {("Badr Abdelatty", "meetsWith", "United States", None)}),
    ("ar", "وبحث الرئيس التركي العلاقات الثنائية مع أمير قطر.",
     {("Recep Tayyip Erdoğan", "meetsWith", "Tamim bin Hamad Al Thani", "default")}, set()),
    ("ar", "وبحث الرئيس المصري في اتصال هاتفي مع نظيره الفرنسي الأوضاع في غزة.",
     {("Abdel Fattah el-Sisi", "meetsWith", "Emmanuel Macron", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_encounter_cut(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected)
    for subject, predicate, obj, _ in absent:
        assert not [r for r in rows if (subject is None or r[0] == subject) and r[1] == predicate
                    and (obj is None or r[2] == obj)], rows
