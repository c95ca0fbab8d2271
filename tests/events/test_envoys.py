"""The states whose envoys are summoned are the objects, each one (frame envoys). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    # the states after the envoy's noun and its link word
    ("en", "Poland summoned the ambassadors of Germany, France and Italy.",
     {("Poland", "criticizes", "Germany", "envoys"), ("Poland", "criticizes", "France", "envoys"),
      ("Poland", "criticizes", "Italy", "envoys")}, set()),
    ("en", "Poland summoned the envoys from Germany and France over the strikes on Kyiv.",
     {("Poland", "criticizes", "Germany", "envoys"), ("Poland", "criticizes", "France", "envoys")},
     {("Poland", "criticizes", "Ukraine", None)}),
    # nationality adjectives before the noun
    ("en", "Lithuania summoned the German, French and Italian ambassadors.",
     {("Lithuania", "criticizes", "Germany", "envoys"), ("Lithuania", "criticizes", "France", "envoys"),
      ("Lithuania", "criticizes", "Italy", "envoys")}, set()),
    ("en", "Poland summoned the Russian ambassador over the strikes on Kyiv.",
     {("Poland", "criticizes", "Russia", "envoys")}, {("Poland", "criticizes", "Ukraine", None)}),
    # no state named: the phrase stays the object; one's own envoy is recalled (another row)
    ("en", "Poland summoned the ambassador over the remarks.",
     {("Poland", "criticizes", "ambassador over the remarks", "envoys")}, set()),
    ("en", "Poland summoned its ambassador to Germany.",
     {("Poland", "cutsTiesWith", "Germany", "default")}, {("Poland", "criticizes", None, None)}),
    # no envoy: summoning a meeting states nothing
    ("en", "Poland summoned an emergency meeting of Germany, France and Italy.", set(),
     {("Poland", "criticizes", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_envoys(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
