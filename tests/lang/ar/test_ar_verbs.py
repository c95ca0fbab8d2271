"""Arabic: the common verbs of news agencies, each in a sentence written for this test.

The plain verb rows are in ``tests/lang/ar/statements.tsv`` and ``expect.tsv``.
"""
from __future__ import annotations

import pytest

from tests.fixtures import summary


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


