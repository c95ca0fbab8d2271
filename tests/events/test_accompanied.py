"""A partner phrase set off by commas ("Egypt, with Qatar, condemned") is passed over: the subject stands before it."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    ("en", "Egypt, with Qatar, condemned the attack.",
     {("Egypt", "condemns", "attack", "default")}, {("Qatar", "condemns", None, None)}),
    # a together_words phrase names a co-agent (frames/together.py): both act
    ("en", "Egypt, along with Qatar, condemned the attack.",
     {("Egypt", "condemns", "attack", "default"), ("Qatar", "condemns", "attack", "default")}, set()),
    ("fr", "L'Égypte, avec le Qatar, a condamné l'attaque.",
     {("Egypt", "condemns", "l'attaque", "default")}, {("Qatar", "condemns", None, None)}),
    # a verb inside makes it a clause of its own, not a partner phrase
    ("en", "Egypt met with Qatar, and condemned the attack.",
     {("Egypt", "condemns", "attack", "default")}, {("Qatar", "condemns", None, None)}),
    # no comma after it: the phrase is the verb's partner, not a parenthesis
    ("en", "Egypt held talks with Qatar in Doha.", set(), {("Qatar", "negotiatesWith", "Egypt", None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_accompanied(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
