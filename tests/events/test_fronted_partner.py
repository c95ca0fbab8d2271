"""An event noun with a partner in a fronted phrase: "In a phone call with Erdogan, Putin thanked ...".

The phrase opens the sentence with prepositions and determiners only and a
comma closes it; the actor that opens the next clause holds the event with
the partner (frames/partner.py fronted_phrase).
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("en", "In a phone call with Erdogan, Putin thanked Turkey for hosting the talks.",
     {("Vladimir Putin", "meetsWith", "Recep Tayyip Erdoğan", "with")}, set()),
    ("en", "During talks with Iran, the United States demanded an end to enrichment.",
     {("United States", "negotiatesWith", "Iran", "with")}, set()),
    # no actor partner, or nobody named after the comma: nothing
    ("en", "In a call with reporters, Putin said the offensive would continue.", set(),
     {("Vladimir Putin", "meetsWith", None, None)}),
    # not at the sentence's start: the phrase is another's
    ("en", "Putin said that in a phone call with Erdogan, Macron had raised Ukraine.", set(),
     {("Emmanuel Macron", "meetsWith", "Recep Tayyip Erdoğan", None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_fronted_partner(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)


def test_no_actor_after_the_comma(read):
    rows = read("In a phone call with Erdogan, the minister discussed trade.", "en")
    assert not [r for r in rows if r[1] == "meetsWith"], rows
