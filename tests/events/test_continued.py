"""A verb coordinated with an infinitive that is content (a threat's, a wish's) is content too."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    ("en", "Germany threatened to close the border and expel the Russian diplomats.",
     {("Germany", "threatens", "close the border", "default")}, {("Germany", "expels", None, None)}),
    ("en", "Germany wants to expand trade and sign a deal with Japan.",
     set(), {("Germany", "signs", None, None)}),
    ("en", "Hungary offered to mediate and then host talks between Serbia and Kosovo.",
     set(), {("Hungary", "hosts", None, None)}),
    # finite verbs are facts of their own
    ("en", "Germany closed the border and expelled the Russian diplomats.",
     {("Germany", "expels", "Russia", "default")}, set()),
    ("en", "Iran rejected the proposal and expelled the British diplomats.",
     {("Iran", "expels", "United Kingdom", "default")}, set()),
    ("en", "Germany called for a ceasefire and condemned Russia.",
     {("Germany", "condemns", "Russia", "default")}, set()),
    # a finite (past) verb after the content's coordinator is the subject's next act, never more content
    ("en", "Norway agreed to resume talks and pledged aid to Ukraine.",
     {("Norway", "agreesTo", "resume talks", "default"), ("Norway", "providesAidTo", "Ukraine", "default")},
     {("Norway", "agreesTo", "pledged aid to Ukraine", None)}),
    ("en", "Chile offered to host the summit and condemned the strikes on Gaza.",
     {("Chile", "condemns", "strikes on Gaza", "default")}, {("Chile", "proposes", "condemned the strikes on Gaza", None)}),
    ("en", "Egypt agreed to reopen the crossing and criticized the blockade of Gaza.",
     {("Egypt", "criticizes", "blockade of Gaza", "default")}, {("Egypt", "agreesTo", "criticized the blockade of Gaza", None)}),
    # a bare verb still continues it, and a short word ending like a past form is no past ("need")
    ("en", "Austria urged Serbia to free the detainees and halt the raids.",
     {("Austria", "callsFor", "halt the raids", "default")}, set()),
    # the last of a listed content continues it too, past the conjunct before it (no release by the EU)
    ("en", "The European Union called on Serbia to return to the table, implement the agreement, and release the detained journalists.",
     {("European Union", "callsFor", "implement the agreement", "default")}, {("European Union", "releases", None, None)}),
    ("en", "Canada urged Haiti to hold elections, restore order, and free the prisoners.",
     set(), {("Canada", "releases", None, None)}),
    ("en", "Japan urged Iran to resume talks, halt enrichment and expel the militants.",
     set(), {("Japan", "expels", None, None)}),
    # a clause with a subject of its own is no continuation
    ("en", "Germany threatened to close the border, and Poland expelled the Russian diplomats.",
     {("Poland", "expels", "Russia", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_continued_content(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
