"""Speaker nouns: the last actor before the noun says it ("شدد X على ضرورة ...")."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("ar", "شدد ماكرون على ضرورة وقف إطلاق النار.",
     {("Emmanuel Macron", "callsFor", "وقف إطلاق النار", "speaker")}, set()),
    ("ar", "كان أردوغان في استقبال بوتين في أنقرة.",
     {("Recep Tayyip Erdoğan", "meetsWith", "Vladimir Putin", "speaker")}, set()),
    # no actor before the noun: nobody says it
    ("ar", "ضرورة وقف إطلاق النار واضحة.", set(), {(None, "callsFor", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_speaker(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, _, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate], rows
