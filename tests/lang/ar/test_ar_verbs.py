"""Arabic: the common verbs of news agencies, each in a sentence written for this test.

The plain verb rows are in ``tests/lang/ar/statements.tsv``.
"""
from __future__ import annotations

import pytest

from tests.fixtures import summary


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
