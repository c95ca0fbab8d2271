"""Arabic: the common verbs of news agencies, each in a sentence written for this test."""
from __future__ import annotations

import pytest

from tests.fixtures import assert_statement, summary

# (sentence, subject, predicate, a keyword of the object)
VERBS = [
    ("ندد الاتحاد الأوروبي بالهجوم على قافلة المساعدات.", "European Union", "condemns", "الهجوم"),
    ("واستنكرت السعودية استهداف المنشآت المدنية.", "Saudi Arabia", "condemns", "المنشآت"),
    ("شجبت الجزائر القرار الإسرائيلي.", "Algeria", "condemns", "القرار"),
    ("ثمنت الكويت الجهود القطرية لإنهاء الأزمة.", "Kuwait", "welcomes", "الجهود"),
    ("ناشدت الأمم المتحدة المجتمع الدولي تقديم المساعدات.", "United Nations", "callsFor", "المساعدات"),
    ("توعدت إيران إسرائيل برد قاس.", "Iran", "threatens", "إسرائيل"),
    ("أبرمت تركيا وأذربيجان اتفاقية للتعاون الدفاعي.", "Turkey", "signs", "اتفاقية"),
    ("زودت الولايات المتحدة أوكرانيا بصواريخ بعيدة المدى.", "United States", "providesAidTo", "أوكرانيا"),
    ("حملت الخارجية الفلسطينية الاحتلال المسؤولية الكاملة عن التصعيد.", "Palestine", "accuses", "الاحتلال"),
    ("دافعت الصين عن حق إيران في الطاقة النووية.", "China", "supports", "حق"),
    ("تباحثت مصر وقطر حول سبل وقف إطلاق النار.", "Egypt", "negotiatesWith", "قطر"),
    # Denied accusations are rejected; the accusation inside is no statement of the one denying.
    ("نفت موسكو الاتهامات الأوكرانية.", "Russia", "rejects", "الاتهامات"),
    ("سحبت السعودية سفيرها من بيروت.", "Saudi Arabia", "withdrawsFrom", "سفيرها"),
]


@pytest.mark.parametrize("sentence, subject, predicate, keyword", VERBS)
def test_verb(extract, sentence, subject, predicate, keyword):
    assert_statement(extract(sentence, "ar"), subject, predicate, False, "asserted", keyword)


@pytest.mark.parametrize("sentence, predicate", [
    ("بحث وزير الخارجية المصري مع نظيره الأردني تطورات الأوضاع في غزة.", "meetsWith"),
    ("ناقش الرئيس التركي مع المستشار الألماني ملف الهجرة.", "meetsWith"),
    ("وصل وزير الخارجية الأمريكي إلى الرياض في زيارة رسمية.", "visits"),
])
def test_an_official_acts(extract, sentence, predicate):
    assert predicate in {s.predicate for s in extract(sentence, "ar").statements}


@pytest.mark.parametrize("sentence, kept", [
    # "Targets" is said of sanctions too: no attack, and the sanctions keep their object.
    ("قررت بريطانيا فرض عقوبات إضافية تستهدف شركات الشحن الإيرانية.", ("sanctions", "شركات")),
    # Without "مع" (with), بحث is a search, not talks.
    ("بحث المحققون عن أدلة جديدة في موقع الانفجار.", None),
    # A bill is withdrawn, not an actor's troops.
    ("سحبت الحكومة مشروع القانون من البرلمان.", None),
    # The masdar inside another statement's object does not cut it.
    ("دعت الأمم المتحدة إلى تقديم المساعدات لغزة.", ("callsFor", "المساعدات")),
])
def test_ambiguous_words(extract, sentence, kept):
    x = extract(sentence, "ar")
    assert "attacks" not in {s.predicate for s in x.statements}, summary(x)
    if kept is None:
        assert x.statements == [], summary(x)
    else:
        predicate, keyword = kept
        assert any(s.predicate == predicate and keyword in s.object.mention for s in x.statements), summary(x)


@pytest.mark.parametrize("sentence, attack", [
    ("أطلقت روسيا صواريخ على كييف.", True),
    ("أطلق الحوثيون مسيرات باتجاه إسرائيل.", True),
    ("أطلقت فرنسا مبادرة جديدة للسلام.", False),     # launched an initiative
    ("أطلقت إسرائيل سراح عشرات الأسرى.", False),     # released
    ("أطلقت مصر تحقيقا في سقوط طائرة مسيرة.", False),  # an inquiry into a drone crash
])
def test_launched_missiles_attack(extract, sentence, attack):
    x = extract(sentence, "ar")
    assert ("attacks" in {s.predicate for s in x.statements}) is attack, summary(x)
