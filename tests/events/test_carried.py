"""The 'carried' construction: a light verb carries an event noun; its partner stands after 'with'. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    # coordinated subjects hold the event with each other, whatever adjectives the noun has
    ("en", "Russia and China will hold joint naval exercises in the Sea of Japan next month.",
     {("Russia", "cooperatesWith", "China", "carried"), ("China", "cooperatesWith", "Russia", "carried")}, set()),
    ("en", "Japan and the Philippines conducted large-scale military drills on Monday.",
     {("Japan", "cooperatesWith", "Philippines", "carried")}, set()),
    # the partner after 'with'
    ("en", "Russia held naval exercises with China in the Baltic.",
     {("Russia", "cooperatesWith", "China", "carried")}, set()),
    ("en", "Egypt held lengthy talks with Qatar on Sunday.", {("Egypt", "negotiatesWith", "Qatar", "carried")}, set()),
    ("en", "Egypt held talks on Syria with Qatar on Monday.", {("Egypt", "negotiatesWith", "Qatar", "carried")},
     {("Egypt", "negotiatesWith", "Syria", None)}),
    ("en", "Egyptian Foreign Minister Badr Abdelatty held talks in Amman with his Jordanian counterpart Ayman Safadi.",
     {("Badr Abdelatty", "negotiatesWith", "Ayman Safadi", "carried")}, set()),
    ("en", "Egypt held talks in Cairo on Monday with Qatar.", {("Egypt", "negotiatesWith", "Qatar", "carried")}, set()),
    # 'with' after another noun names that noun's partner
    ("en", "Russia held drills near its border with Ukraine.", set(), {("Russia", None, None, None)}),
    ("en", "Iran held exercises along its frontier with Iraq.", set(), {("Iran", None, None, None)}),
    # an actor after another word is no partner; one subject alone holds the event with no one
    ("en", "Russia staged exercises near Ukraine's border.", set(), {("Russia", None, None, None)}),
    ("en", "Russia held talks near Ukraine's border.", set(), {("Russia", "negotiatesWith", None, None)}),
    ("en", "Iran conducted drills off the coast of Oman.", set(), {("Iran", "cooperatesWith", None, None)}),
    ("en", "The United States held talks on Iran's nuclear programme.", set(),
     {("United States", "negotiatesWith", None, None)}),
    ("en", "Iran and the United States held talks in Oman's capital.",
     {("Iran", "negotiatesWith", "United States", "carried")}, {("Iran", "negotiatesWith", "Oman", None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_carried(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
