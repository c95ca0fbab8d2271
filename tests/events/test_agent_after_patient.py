"""A passive or masdar whose agent phrase follows its patient («من قبل»): the agent is the subject.

Verb and masdar are written alike (رُفض / رفض): "رُفض المقترح من قبل إيران" and
"أدان الأردن رفض المقترح من قبل إسرائيل" both state that the agent rejected.
A masdar with the article governs no patient ("بالدعم المقدم من قبل X": only an
adjective after it), and an active verb keeps its own subject. Sentences written
for these tests, and one from the constructions set.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("ar", "رُفض المقترح الأمريكي من قبل إيران التي اعتبرته غير متوازن.",
     {("Iran", "rejects", "المقترح الأمريكي", "default")}, set()),
    ("ar", "أدان الأردن رفض المقترح من قبل إسرائيل.",
     {("Israel", "rejects", "المقترح", "default")}, {("Jordan", "rejects", None, None)}),
    ("ar", "تم توقيع الاتفاقية من قبل مصر والأردن.",
     {("Egypt", "signs", "الاتفاقية", "default"), ("Jordan", "signs", "الاتفاقية", "default")}, set()),
    # active: the subject after the verb; the agent phrase belongs to the object
    ("ar", "رفضت إيران المقترح المقدم من قبل واشنطن.", {("Iran", "rejects", "المقترح المقدم من قبل واشنطن", "default")},
     {("United States", "rejects", None, None)}),
    # a definite masdar: the words after it are its adjectives, no patient
    ("ar", "رحبت مصر بالدعم المقدم من قبل الاتحاد الأوروبي.", set(), {("European Union", "supports", None, None)}),
]


@pytest.mark.parametrize("lang, text, expected, absent", CASES)
def test_agent_after_patient(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
