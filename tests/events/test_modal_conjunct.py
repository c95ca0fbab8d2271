"""An actor a modal follows opens its own clause: it is no further object of the verb before; sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    ("en", "France supports Ukraine, and Germany must do the same.", {("France", "supports", "Ukraine", "default")},
     {("France", "supports", "Germany", None)}),
    ("en", "Paris has been slow to deliver air defence systems to Ukraine, and Berlin should lead.",
     set(), {("France", "providesAidTo", "Germany", None)}),
    ("en", "France welcomed Iran and Iraq would follow.", {("France", "welcomes", "Iran", "default")},
     {("France", "welcomes", "Iraq", None)}),
    # time words after the last object leave the list whole
    ("en", "Egypt will meet Qatar and Turkey later this month.", {("Egypt", "meetsWith", "Turkey", "default")}, set()),
    ("en", "Egypt will host Qatar and Turkey tomorrow.", {("Egypt", "hosts", "Turkey", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_modal_conjunct(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
