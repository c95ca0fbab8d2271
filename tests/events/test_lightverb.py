"""Light verbs: the event noun states the act, the light verb gives its subject; sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("en", "Jordan held a long meeting with Egypt in Amman.", {("Jordan", "meetsWith", "Egypt", "with")}, set()),
    ("en", "Germany carried out a new round of talks with Poland.",
     {("Germany", "negotiatesWith", "Poland", "with")}, set()),
    ("en", "Finland slapped a new set of sanctions on Belarus.", {("Finland", "sanctions", "Belarus", "default")}, set()),
    ("en", "Finnish President Alexander Stubb paid a two-day visit to Kazakhstan.",
     {("Alexander Stubb", "visits", "Kazakhstan", "possessive")}, set()),
    ("fr", "Le Maroc a tenu une réunion avec l'Égypte à Rabat.", {("Morocco", "meetsWith", "Egypt", "with")}, set()),
    ("fr", "Le Maroc a eu un entretien téléphonique avec l'Espagne.", {("Morocco", "meetsWith", "Spain", "with")}, set()),
    ("fr", "L'Espagne a apporté son soutien au plan de paix.", {("Spain", "supports", "plan de paix", "default")}, set()),
    ("ar", "عقدت مصر اجتماعا مطولا مع الأردن في القاهرة.", {("Egypt", "meetsWith", "Jordan", "with")}, set()),
    # feminine and dual forms of a weak light verb; coordinated subjects hold the talks with each other
    ("ar", "أجرت مصر والأردن جولة جديدة من المحادثات في عمان.",
     {("Egypt", "negotiatesWith", "Jordan", "with"), ("Jordan", "negotiatesWith", "Egypt", "with")}, set()),
    ("ar", "قامت الجزائر بزيارة رسمية إلى مصر.", {("Algeria", "visits", "Egypt", "default")}, set()),
    # the light verb with its proposal noun (ar triggers.tsv قدم + مقترح), as in "المقترحات التي قدمها X"
    ("ar", "قدمت الجزائر مقترحا لوقف إطلاق النار.", {("Algeria", "proposes", "مقترحا لوقف إطلاق النار", "default")}, set()),
    ("en", "The European Union adopted a new package of sanctions against Belarus.",
     {("European Union", "sanctions", "Belarus", "default")}, set()),
    ("fr", "L'Union européenne a adopté un nouveau train de sanctions contre la Biélorussie.",
     {("European Union", "sanctions", "Belarus", "default")}, set()),
    # a time word between the light verb and its noun does not count towards the gap (trigger_gap_words)
    ("fr", "L'Union européenne a adopté vendredi un nouveau paquet de sanctions contre la Russie.",
     {("European Union", "sanctions", "Russia", "default")}, set()),
    ("fr", "Le Maroc a tenu dimanche une longue réunion avec l'Égypte.",
     {("Morocco", "meetsWith", "Egypt", "with")}, set()),
    ("en", "Finland imposed yesterday a new set of sanctions on Belarus.",
     {("Finland", "sanctions", "Belarus", "default")}, set()),
    ("fr", "L'Union européenne a adopté vendredi un nouveau plan de relance pour la Grèce.", set(),
     {("European Union", None, None, None)}),
    # nothing: no event noun after the light verb, or another statement between, or no one acted on
    ("fr", "La France a lancé une offensive diplomatique.", set(), {("France", "attacks", None, None)}),
    ("en", "Iran made clear that talks with the United States were over.", set(),
     {("Iran", "negotiatesWith", None, None)}),
    ("en", "Jordan held Egypt responsible for the meeting.", set(), {("Jordan", "meetsWith", None, None)}),
    ("en", "Germany paid tribute to Poland.", set(), {("Germany", "visits", None, None)}),
    ("ar", "أجرت مصر تعديلا وزاريا.", set(), {("Egypt", "meetsWith", None, None)}),
    # the American proposal: the United States proposes it (the agent phrase names who rejects, no object of it)
    ("ar", "رُفض المقترح الأمريكي من قبل إيران.", {("United States", "proposes", "المقترح الأمريكي", "governed")},
     {("Iran", "proposes", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_lightverb(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)


@pytest.mark.parametrize("lang,text,predicate", [
    ("en", "Jordan did not hold a meeting with Egypt.", "meetsWith"),
    ("fr", "Le Maroc n'a pas tenu de réunion avec l'Égypte.", "meetsWith"),
    ("ar", "لم تجر مصر محادثات مع الأردن.", "negotiatesWith"),
])
def test_negated_lightverb(extract, lang, text, predicate):
    found = [s for s in extract(text, lang).statements if s.predicate == predicate]
    assert found and all(s.negated for s in found)
