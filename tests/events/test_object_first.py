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
    # a venue after the phrase ("في جدة") stands between it and its subjects
    ("ar", "شارك في الاجتماع التشاوري الخليجي في جدة وزير الخارجية البحريني عبد اللطيف الزياني، "
           "والأمين العام لمجلس التعاون جاسم البديوي.",
     {("Abdullatif Al Zayani", "participatesIn", "في الاجتماع التشاوري الخليجي", "default"),
      ("Jasem Mohamed Albudaiwi", "participatesIn", "في الاجتماع التشاوري الخليجي", "default")}, set()),
    ("ar", "شارك في الاجتماع في وزارة الخارجية الرئيس الفرنسي إيمانويل ماكرون.", set(),
     {("Emmanuel Macron", "participatesIn", None, None)}),
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


# A masdar with a purpose clitic opens a purpose clause: the actor in it is not the object.
PURPOSE = [
    ("ar", "غادر وزير الخارجية الروسي سيرغي لافروف بيونغ يانغ متوجها إلى بكين للمشاركة في اجتماع منظمة شنغهاي للتعاون.",
     {("Sergey Lavrov", "visits", "بكين", "default")},
     {("Sergey Lavrov", "visits", "Shanghai Cooperation Organisation", None)}),
    ("ar", "توجه الرئيس الفرنسي إيمانويل ماكرون إلى الرياض لبحث الأزمة مع ولي العهد السعودي الأمير محمد بن سلمان.",
     {("Emmanuel Macron", "visits", "الرياض", "default")}, {("Emmanuel Macron", "visits", "Mohammed bin Salman", None)}),
]


@pytest.mark.parametrize("lang, text, expected, absent", PURPOSE)
def test_purpose_masdar_ends_the_object(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
