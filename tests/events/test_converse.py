"""Converses: the act is stated from its target's side ("drew condemnation from X"); sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("en", "Hungary drew criticism from the European Commission.",
     {("European Commission", "criticizes", "Hungary", "converse")}, set()),
    # the clause's subject is a phrase: the act is on the phrase, not on the actor inside it
    ("en", "The Israeli strike on Doha drew condemnation from Egypt and Jordan.",
     {("Egypt", "condemns", "Israeli strike on Doha", "converse"), ("Jordan", "condemns", "Israeli strike on Doha", "converse"),
      ("Israel", "attacks", "Qatar", "genitive")},
     {("Egypt", "condemns", "Qatar", None)}),
    ("fr", "L'expulsion des diplomates a suscité la condamnation de l'Algérie.",
     {("Algeria", "condemns", "L'expulsion des diplomates", "converse")}, set()),
    # nothing: no actor after the phrase
    ("en", "The decision drew praise from nobody.", set(), {(None, "welcomes", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_converse(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, _, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate], rows


def test_negated_converse(extract):
    found = [s for s in extract("Hungary did not draw criticism from the European Commission.", "en").statements
             if s.predicate == "criticizes"]
    assert not found or all(s.negated for s in found)
