"""A light verb's participle after an event noun, with its agent: "l'offensive lancée par la Russie contre Kharkiv"
(light.light_agent). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("fr", "Les frappes menées par Israël contre le Liban ont repris.", {("Israel", "attacks", "Lebanon", "default")}, set()),
    ("fr", "Les attaques lancées par les Houthis contre Israël se multiplient.",
     {("Houthis", "attacks", "Israel", "genitive")}, set()),
    # a participle that also opens a longer trigger ("menée par": a delegation led by)
    ("fr", "L'offensive menée par la Russie contre l'Ukraine a fait dix morts.",
     {("Russia", "attacks", "Ukraine", "default")}, set()),
    ("fr", "La délégation menée par Pierre Durandal est arrivée à Alger.", set(), {(None, "attacks", None, None)}),
    # no agent word: no subject from the participle
    ("fr", "Les frappes menées contre le Liban ont repris.", set(), {(None, "attacks", None, None)}),
    # a participle that is no light verb
    ("fr", "Les frappes évoquées par Israël contre le Liban ont repris.", set(), {("Israel", "attacks", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_light_agent(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, _, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate], rows
