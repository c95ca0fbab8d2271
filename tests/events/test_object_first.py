"""A prepositional object between a verb and its subject (VSO), and the definite noun that governs no genitive.

"شارك في الاجتماع وزير الخارجية": the object first, then the subject
(``fronted_object_words``); a noun with the article (``article_prefixes``)
heads no construct, so the actors after it are not its parties. Sentences
written for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

SAFADI, ABDELATTY = "Ayman Safadi", "Badr Abdelatty"

CASES = [
    # the subject after a definite phrase or a place
    ("ar", "شارك في الاجتماع وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية المصري بدر عبد العاطي.",
     {(SAFADI, "participatesIn", "في الاجتماع", "default"), (ABDELATTY, "participatesIn", "في الاجتماع", "default")},
     {(SAFADI, "meetsWith", None, None), (ABDELATTY, "meetsWith", None, None)}),
    ("ar", "وصل إلى الرياض مساء الأحد وزير الخارجية الأمريكي ماركو روبيو.",
     {("Marco Rubio", "visits", "الرياض", "default")}, set()),
    ("ar", "شارك في القمة العربية الرئيس الفرنسي إيمانويل ماكرون.",
     {("Emmanuel Macron", "participatesIn", "في القمة العربية", "default")}, set()),
    ("ar", "كما شارك في المؤتمر ممثلون عن تركيا وإيران.",
     {("Turkey", "participatesIn", "في المؤتمر", "default"), ("Iran", "participatesIn", "في المؤتمر", "default")},
     set()),
    # an indefinite noun governs the actor after it: the minister's meeting, no subject named
    ("ar", "شارك في اجتماع وزير الخارجية الأردني أيمن الصفدي مسؤولون.", set(),
     {(SAFADI, "participatesIn", None, None)}),
    # the actor right after the preposition is its object, not a subject
    ("ar", "نقل إلى الرئيس الفرنسي إيمانويل ماكرون رسالة من نظيره.", set(),
     {("Emmanuel Macron", None, None, None)}),
    # a venue before a person: the person is met, not the one who meets
    ("ar", "والتقى في القاهرة الرئيس الفرنسي إيمانويل ماكرون.", set(),
     {("Emmanuel Macron", "meetsWith", None, None)}),
]


@pytest.mark.parametrize("lang, text, expected, absent", CASES)
def test_object_before_subject(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)


# A definite event noun heads no construct: the actors after it are no parties of it.
DEFINITE = [
    ("ar", "بحث اجتماع الصفدي وعبد العاطي الأزمة السورية.",
     {(SAFADI, "meetsWith", ABDELATTY, "with")}, set()),
    ("ar", "حضر الاجتماع وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية المصري بدر عبد العاطي.",
     set(), {(SAFADI, "meetsWith", ABDELATTY, None), (ABDELATTY, "meetsWith", SAFADI, None)}),
    ("ar", "انتقد المشاركون في الاجتماع الوزاري المصري الأردني التصعيد.", set(),
     {("Egypt", "meetsWith", None, None)}),
]


@pytest.mark.parametrize("lang, text, expected, absent", DEFINITE)
def test_definite_noun_governs_no_genitive(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)


# A reporting cue that opens the object phrase leaves no object: the source is no target.
def test_cue_opening_the_object_leaves_none(read):
    check(read("قصفت إسرائيل، مساء الأحد، بحسب مصادر محلية.", "ar"), set(), {("Israel", "attacks", None, None)})
    check(read("Russia struck, late on Sunday, according to local sources.", "en"), set(),
          {("Russia", "attacks", None, None)})
