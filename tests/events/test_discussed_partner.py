"""Discussing with a partner holds talks with it, whatever the topic between (frame discussed). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    # the partner after 'with', the topic before it
    ("en", "Lavrov discussed the Ukraine crisis with Wang Yi.",
     {("Sergey Lavrov", "negotiatesWith", "Wang Yi", "discussed")}, {("Sergey Lavrov", None, "Ukraine", None)}),
    ("en", "Lavrov discussed bilateral ties with his Chinese counterpart Wang Yi.",
     {("Sergey Lavrov", "negotiatesWith", "Wang Yi", "discussed")}, set()),
    ("en", "Erdogan discussed with Putin the situation in Syria.",
     {("Recep Tayyip Erdoğan", "negotiatesWith", "Vladimir Putin", "discussed")}, {("Recep Tayyip Erdoğan", None, "Syria", None)}),
    # coordinated subjects with no partner: with each other
    ("en", "Lavrov and Wang Yi discussed the Ukraine crisis.",
     {("Sergey Lavrov", "negotiatesWith", "Wang Yi", "discussed"), ("Wang Yi", "negotiatesWith", "Sergey Lavrov", "discussed")},
     {("Sergey Lavrov", None, "Ukraine", None)}),
    # one subject and a topic alone, or a discussion that is a trip's purpose: nothing
    ("en", "Macron discussed the crisis in Ukraine.", set(), {("Emmanuel Macron", "negotiatesWith", None, None)}),
    ("en", "Macron will travel to Beijing to discuss trade with Xi.", set(),
     {("Emmanuel Macron", "negotiatesWith", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_discussed_with_partner(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
