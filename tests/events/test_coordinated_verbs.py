"""Coordinated verbs share their subject, an auxiliary or adverb between the coordinator and the verb."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    # a verbal adverb of participle_words governs a verb trigger: the actor after that verb is its
    # object, and the trigger shares the main clause's subject
    ("ru", "Эрдоган прибыл в Дамаск, пообещав выделить Сирии гуманитарную помощь.",
     {("Recep Tayyip Erdoğan", "providesAidTo", "Syria", "default")}, {("Syria", "providesAidTo", None, None)}),
    ("fr", "La France a condamné l'attaque et a appelé à un cessez-le-feu.",
     {("France", "callsFor", "cessez-le-feu", "default")}, set()),
    ("fr", "Emmanuel Macron a rencontré Friedrich Merz et a ensuite critiqué Donald Tusk.",
     {("Emmanuel Macron", "criticizes", "Donald Tusk", "default")}, {("Friedrich Merz", "criticizes", None, None)}),
    ("fr", "La France a condamné l'attaque, puis a appelé à un cessez-le-feu.",
     {("France", "callsFor", "cessez-le-feu", "default")}, set()),
    # a clause with a subject of its own keeps it
    ("fr", "La France a condamné l'attaque et la Russie a appelé à un cessez-le-feu.",
     {("Russia", "callsFor", "cessez-le-feu", "default")}, {("France", "callsFor", None, None)}),
    # a subject-after language: one person after a coordinated verb that takes an actor object is
    # its object, the subject is the last clause's
    ("ar", "زار رئيس الوزراء اللبناني نواف سلام الرياض والتقى ولي العهد السعودي الأمير محمد بن سلمان.",
     {("Nawaf Salam", "meetsWith", "Mohammed bin Salman", "default")}, {("Mohammed bin Salman", "meetsWith", None, None)}),
    ("ar", "وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة والتقى الرئيس المصري عبد الفتاح السيسي.",
     {("Emmanuel Macron", "meetsWith", "Abdel Fattah el-Sisi", "default")}, set()),
    # with an object pronoun the person after the verb is its subject; a body after an
    # intransitive verb is its own subject
    ("ar", "وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة واستقبله الرئيس المصري عبد الفتاح السيسي.",
     set(), {("Emmanuel Macron", "meetsWith", "Abdel Fattah el-Sisi", None)}),
    ("ar", "التقى الرئيس الروسي فلاديمير بوتين أردوغان في سوتشي، وانسحب الجيش الروسي من خيرسون.",
     set(), {("Vladimir Putin", "withdrawsFrom", None, None)}),
    # verb first: a coordinated verb shares the first verb's subject, never its object right before it
    ("ar", "وصل وزير الخارجية المصري سامح شكري إلى تركيا وأجرى محادثات مع نظيره فيدان.",
     {("Sameh Shoukry", "meetsWith", "Hakan Fidan", "default")}, {("Turkey", "meetsWith", None, None)}),
    ("ar", "زار الرئيس الفرنسي إيمانويل ماكرون مصر وعقد اجتماعا مع الرئيس المصري عبد الفتاح السيسي.",
     {("Emmanuel Macron", "meetsWith", "Abdel Fattah el-Sisi", "with")}, {("Egypt", "meetsWith", None, None)}),
    # a light verb opens another clause: the first verb's object phrase ends before it
    ("ar", "وصل الرئيس الفرنسي إيمانويل ماكرون إلى القاهرة وعقد اجتماعا مع الرئيس المصري عبد الفتاح السيسي.",
     {("Emmanuel Macron", "visits", "القاهرة", "default")},
     {("Emmanuel Macron", "visits", "Abdel Fattah el-Sisi", None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_coordinated_verbs(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
