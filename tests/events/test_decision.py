"""A masdar after a noun of decision (``decision_nouns``): who owns the decision acts.

«أكدت الوزارة قرارها بطرد ...» (its decision to expel), «قرار الحكومة
السودانية بتعليق ...» (the Sudanese government's decision to suspend):
:func:`~diplograph.events.frames.noun.decision_owner`.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # a possessed decision: the clause's actor
    ("أعلنت الحكومة الأردنية قرارها برفض الخطة.", {("Jordan", "rejects", "الخطة", "default")}, set()),
    ("أعلنت الحكومة الأردنية قرارها بسحب سفيرها من إسرائيل.", {("Jordan", "cutsTiesWith", "Israel", "default")}, set()),
    # a decision in construct with an actor: that actor, not the one who welcomes it
    ("رحبت مصر بقرار الحكومة السودانية بتعليق المفاوضات.", {("Sudan", "suspends", "المفاوضات", "default")},
     {("Egypt", "suspends", None, None)}),
    # a decision of no one named: no one acts
    ("رحبت مصر بالقرار بتعليق المفاوضات.", set(), {(None, "suspends", None, None)}),
    ("انتقدت فرنسا قرار تعليق المفاوضات.", set(), {(None, "suspends", None, None)}),
]


@pytest.mark.parametrize("text,expected,absent", CASES)
def test_decision_owner(read, text, expected, absent):
    rows = read(text, "ar")
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, _, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate], rows

