"""The 'envoy' construction: a nationality adjective after the envoy's noun a row ends with; sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    ("fr", "Le Maroc a convoqué le chargé d'affaires malien.", {("Morocco", "criticizes", "Mali", "envoy")},
     {("Morocco", "criticizes", "malien", None)}),
    ("fr", "L'Égypte a convoqué l'ambassadeur éthiopien pour protester.", {("Egypt", "criticizes", "Ethiopia", "envoy")}, set()),
    # a genitive state after the envoy's noun stays the object
    ("fr", "Le Maroc a convoqué l'ambassadeur d'Algérie.", {("Morocco", "criticizes", "Algeria", "envoy")}, set()),
    # the adjective must stand right after the envoy's noun: here it qualifies another noun
    ("fr", "Le Maroc a convoqué l'ambassadeur après une décision malienne.", set(), {("Morocco", "criticizes", "Mali", None)}),
    # one's own envoy recalled: the capital after the envoy's noun and a locative word is where it served
    ("fr", "Le Mali a rappelé son chargé d'affaires à Alger pour consultations.", {("Mali", "cutsTiesWith", "Algeria", "envoy")}, set()),
    # the subject's own capital is where the envoy is called back to
    ("fr", "La France a rappelé son ambassadeur à Paris pour consultations.", set(), {("France", "cutsTiesWith", "France", None)}),
    ("fr", "Le président nigérien a rappelé son ambassadeur à Niamey.", set(), {("Abdourahamane Tiani", "cutsTiesWith", "Niger", None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_envoy(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
