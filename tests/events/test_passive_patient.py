"""The patient of a passive: no actor inside a complement, no half phrase cut at a coordinator, no clause of its own.

"The strikes on Syria and Lebanon were condemned by France" condemns the
strikes, not Lebanon; "talks between Russia and Ukraine was welcomed by the
UN" welcomes neither; "restored ties in a deal brokered by China" mediates
"a deal" (frames/passive.py _complement, passive, reduced_patient).
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("en", "The strikes on Syria and Lebanon were condemned by France.",
     {("France", "condemns", "strikes on Syria and Lebanon", "default")},
     {("France", "condemns", "Lebanon", None), ("France", "condemns", "and Lebanon", None)}),
    ("en", "Turkey's offer to host talks between Russia and Ukraine was welcomed by the UN.",
     set(), {("United Nations", "welcomes", "Ukraine", None)}),
    ("en", "Egypt hosted talks, and the deal was signed by Israel.", {("Israel", "signs", "deal", "default")},
     {("Israel", "signs", "and the deal", None)}),
    ("en", "Egypt hosted talks and the deal was signed by Israel.", set(),
     {("Israel", "signs", "Egypt hosted talks and the deal", None)}),
    ("en", "Saudi Arabia and Iran restored diplomatic ties in a deal brokered by China.",
     {("China", "mediates", "a deal", "default")}, set()),
    ("en", "Egypt welcomed the long-awaited comprehensive peace plan for Gaza proposed by the United States.",
     {("United States", "proposes", "long-awaited comprehensive peace plan for Gaza", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_passive_patient(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
