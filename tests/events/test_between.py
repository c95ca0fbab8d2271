"""An event between the delegates of two states ("talks between Thai and Cambodian leaders"): between._delegated;
none where it is only possible ("future talks between"): between.unreal. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("en", "Ceasefire talks between Thai and Cambodian leaders started yesterday in Malaysia.",
     {("Thailand", "negotiatesWith", "Cambodia", "between"), ("Cambodia", "negotiatesWith", "Thailand", "between")}, set()),
    ("en", "A meeting between Russian and Ukrainian delegations took place in Istanbul.",
     {("Russia", "meetsWith", "Ukraine", "between")}, set()),
    ("en", "Talks between Iranian and Saudi officials started in Baghdad on Monday.",
     {("Iran", "negotiatesWith", "Saudi Arabia", "between")}, set()),
    # no delegates: students or territory are no sides of talks
    ("en", "Talks between Iranian and Saudi students started on Monday.", set(), {(None, "negotiatesWith", None, None)}),
    ("en", "The border between Thai and Cambodian territory is disputed.", set(), {(None, "negotiatesWith", None, None)}),
    # an event only possible or to come is not held (between.unreal)
    ("en", "The deal sets parameters for future political talks between Israeli and Palestinian representatives.", set(),
     {(None, "negotiatesWith", None, None)}),
    ("en", "A possible summit between Putin and Trump was discussed.", set(), {(None, "meetsWith", None, None)}),
    # the named states, as before
    ("en", "Talks between Iran and Oman resumed.", {("Iran", "negotiatesWith", "Oman", "between")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_between(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, _, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate], rows
