"""A verb of naming states a blame or a praise through its judging complement, in English, French and Arabic.

frames.qualified with the trigger rows' object_words (issue #13). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    # en: the judgement right after the object, or after 'as'; the object is what is named, without it
    ("en", "Iran called the sanctions illegal and unjustified.",
     {("Iran", "criticizes", "sanctions", "qualified")}, set()),
    ("en", "Russia described the strikes as a flagrant violation of international law.",
     {("Russia", "criticizes", "strikes", "qualified")}, set()),
    ("en", "China branded the decision a provocation.", {("China", "criticizes", "decision", "qualified")}, set()),
    ("en", "Egypt called the visit a positive step.", {("Egypt", "welcomes", "visit", "qualified")},
     {("Egypt", "criticizes", None, None)}),
    ("en", "Hamas described Israel as an occupation force committing war crimes.",
     {("Hamas", "criticizes", "Israel", "qualified")}, set()),
    # one's own meeting, judged, one took part in (a meeting owned by no one is judged only: test_evaluative)
    ("en", "Erdogan described his meeting with Macron as fruitful.",
     {("Recep Tayyip Erdoğan", "welcomes", "meeting with Macron", "qualified"),
      ("Recep Tayyip Erdoğan", "meetsWith", "Emmanuel Macron", "with")}, set()),
    ("fr", "Erdogan a qualifié sa rencontre avec Macron de constructive.",
     {("Recep Tayyip Erdoğan", "meetsWith", "Emmanuel Macron", "with")}, set()),
    # en: naming with no judging word, a call, a call on or for: no blame, no praise
    ("en", "Germany called the meeting for Monday.", set(), {("Germany", None, None, None)}),
    ("en", "Biden called Macron a friend.", set(), {("Joe Biden", None, None, None)}),
    ("en", "Qatar described the situation as complicated.", set(), {("Qatar", None, None, None)}),
    ("en", "Putin called Erdogan to discuss the dangerous escalation in Syria.", set(),
     {("Vladimir Putin", "criticizes", None, None)}),
    ("en", "The EU rejected calls to label Hezbollah a terrorist group.", set(), {("European Union", "criticizes", None, None)}),
    ("en", "Jordan called on Israel to stop its illegal settlements.", set(), {("Jordan", "criticizes", None, None)}),
    # fr: rows of the default frame (qualifié, jugé); a qualifying team is no judge
    ("fr", "Le Mexique a qualifié la décision d'injustifiée.", {("Mexico", "criticizes", "décision d'injustifiée", "default")}, set()),
    ("fr", "L'Algérie a jugé ces mesures illégales.", {("Algeria", "criticizes", "ces mesures illégales", "default")}, set()),
    ("fr", "La France s'est qualifiée pour la finale.", set(), {("France", None, None, None)}),
    ("fr", "Le Sénégal a qualifié la situation de complexe.", set(), {("Senegal", None, None, None)}),
    # ar: بأنه closes what is named; the judgement after it, or as the object's complement
    ("ar", "ووصفت إيران القرار بأنه غير قانوني.", {("Iran", "criticizes", "القرار", "qualified")}, set()),
    ("ar", "واعتبرت مصر الخطوة انتهاكا صارخا للقانون الدولي.",
     {("Egypt", "criticizes", "الخطوة", "qualified")}, set()),
    ("ar", 'ووصفت روسيا الضربات بـ"العدوان".', {("Russia", "criticizes", 'الضربات بـ"العدوان', "qualified")}, set()),
    ("ar", "ووصفت قطر الاتفاق بأنه خطوة مهمة.", {("Qatar", "welcomes", "الاتفاق", "qualified")},
     {("Qatar", "criticizes", None, None)}),
    # ar: no judging word, a person called a friend, an opinion in a reported clause: nothing
    ("ar", "ووصف الأردن الوضع بأنه معقد.", set(), {("Jordan", None, None, None)}),
    ("ar", "ووصف الرئيس المصري نظيره الأمريكي بأنه صديق.", set(), {("Abdel Fattah el-Sisi", None, None, None)}),
    ("ar", "واعتبر وزير الخارجية المصري أن الحوار هو السبيل الوحيد لتجنب العدوان.", set(),
     {("Badr Abdelatty", "criticizes", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_naming(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
