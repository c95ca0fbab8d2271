"""A mutual noun held between sides names what is exchanged: «تبادل أسرى بين روسيا وأوكرانيا».

mutual.py: the words between the noun and the between word are the goods, so the
trigger's object words (prisoners, not views or accusations) are checked on them.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("ar", "وجرى تبادل أسرى بين روسيا وأوكرانيا.",
     {("Russia", "releases", "أسرى", "mutual"), ("Ukraine", "releases", "أسرى", "mutual")}, set()),
    ("ar", "أعلنت الإمارات نجاح تبادل الأسرى بين روسيا وأوكرانيا.",
     {("Russia", "releases", "الأسرى", "mutual"), ("Ukraine", "releases", "الأسرى", "mutual")}, set()),
    # signing between two sides (predicates.yaml exchanged): each signs what is signed, not the other side
    ("ar", "وجرى توقيع اتفاقية بين مصر والأردن.",
     {("Egypt", "signs", "اتفاقية", "mutual"), ("Jordan", "signs", "اتفاقية", "mutual")},
     {("Egypt", "signs", "Jordan", None)}),
    ("ar", "دعت مصر إلى توقيع اتفاقية بين إثيوبيا والسودان.", set(), {("Ethiopia", "signs", None, None)}),
    # other goods, or no between: no release
    ("ar", "جرى تبادل وجهات النظر بين مصر والأردن.", set(), {("Egypt", "releases", None, None)}),
    ("ar", "جرى تبادل الاتهامات بين روسيا وأوكرانيا.", set(), {("Russia", "releases", None, None)}),
    ("ar", "جرى تبادل الأسرى أمس.", set(), {(None, "releases", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_mutual_between(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected)
    for subject, predicate, obj, _ in absent:
        assert not [r for r in rows if (subject is None or r[0] == subject) and r[1] == predicate
                    and (obj is None or r[2] == obj)], rows
