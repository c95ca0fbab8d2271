"""envoy.purposed: a purpose phrase right after an envoy row ("pour consultations") says why the envoy is
called, never about whom: with no state named, no statement; a state named keeps its reading.
envoy.served_capital: a longer envoy word of the row ("ambassadeur en poste") names the post before its place."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "Le Mali a convoqué l'ambassadeur pour consultations.", set(), {("Mali", "criticizes", None, None)}),
    ("fr", "Le Tchad a convoqué l'ambassadrice pour lui signifier sa protestation.", set(),
     {("Chad", "criticizes", None, None)}),
    ("fr", "Le Mali a convoqué l'ambassadeur algérien pour consultations.",
     {("Mali", "criticizes", "Algeria", "envoy")}, set()),
    ("fr", "Le Mali a convoqué l'ambassadeur de France pour consultations.",
     {("Mali", "criticizes", "France", "default")}, set()),
    ("fr", "L'Inde a rappelé son ambassadeur en poste à Ottawa.", {("India", "cutsTiesWith", "Canada", "envoy")}, set()),
    ("fr", "Le Niger a rappelé son ambassadeur en poste à Paris pour consultations.",
     {("Niger", "cutsTiesWith", "France", "envoy")}, set()),
    ("fr", "L'Inde a rappelé son ambassadeur en Algérie.", {("India", "cutsTiesWith", "Algeria", "envoy")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_envoy_purpose(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
