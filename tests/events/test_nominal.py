"""Nominal events: possessors at a distance, "de X" agents, nouns after a preposition; sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # a possessor a few modifiers before the noun; the actor after "to" is the object, never the subject
    ("en", "Italy's 2 billion euro loan to Tunisia was signed.",
     {("Italy", "providesAidTo", "Tunisia", "possessive")}, set()),
    ("en", "Germany's new loan to Poland was approved.", {("Germany", "providesAidTo", "Poland", "possessive")}, set()),
    ("en", "The Egyptian foreign minister's visit to Ankara was postponed.",
     {("Badr Abdelatty", "visits", "Turkey", "possessive")}, {("Turkey", "visits", None, None)}),
    # "de X" names the agent of these French nouns
    ("fr", "Le soutien de la France au Liban est constant.", {("France", "supports", "Lebanon", "default")}, set()),
    ("fr", "Le prêt de l'Union européenne à la Tunisie a été signé.",
     {("European Union", "providesAidTo", "Tunisia", "default")}, set()),
    ("fr", "La visite du ministre allemand des Affaires étrangères en Égypte a commencé.",
     {("Johann Wadephul", "visits", "Egypt", "default")}, set()),
    # a manner or degree qualifier after the noun of a light verb (masdar_adjectives, one word or several)
    # belongs to the noun, not to its object: the actor after it is still in reach
    ("fr", "La Guinée, le Tchad ainsi que le Soudan ont annoncé le retrait « sans délai » de leur pays de l'Union africaine.",
     {("Chad", "withdrawsFrom", "African Union", "default")}, set()),
    ("fr", "La Guinée a annoncé le retrait sans délai de ses troupes du Tchad.",
     {("Guinea", "withdrawsFrom", "Chad", "default")}, set()),
    # the object's length cap never splits a mention (arguments._capped): a long name stays whole
    ("fr", "Le Tchad a annoncé le retrait de son pays de la Communauté économique des États de l'Afrique de l'Ouest.",
     {("Chad", "withdrawsFrom", "ECOWAS", "default")}, set()),
    # ... nor does its gloss, which the bracket leaves outside the clause ("(Cedeao)")
    ("fr", "Le Tchad a annoncé le retrait de son pays de la Communauté économique des États de l'Afrique de l'Ouest (Cedeao).",
     {("Chad", "withdrawsFrom", "ECOWAS", "default")}, set()),
    ("fr", "La Guinée a annoncé le retrait sans délai de la commission électorale.", set(),
     {("Guinea", "withdrawsFrom", None, None)}),
    # a nationality adjective opening the object of a genitive noun names the target state
    ("en", "Israeli air strikes on Iranian nuclear sites continued.", {("Israel", "attacks", "Iran", "genitive")}, set()),
    ("en", "Russia's attack on the pipeline angered Hungary.", set(), {("Russia", "attacks", None, None)}),
    # what is welcomed or condemned is a fact (predicates.yaml factive); what is called for is not
    ("fr", "Paris a salué la médiation du Qatar entre la Serbie et le Kosovo.",
     {("Qatar", "mediates", "Serbia", "default"), ("Qatar", "mediates", "Kosovo", "default")}, set()),
    ("ar", "أدانت مصر الهجوم الإسرائيلي على قطر.", {("Israel", "attacks", "Qatar", "genitive")}, set()),
    ("ar", "ثمّن الرئيس اللبناني دعم فرنسا للجيش اللبناني.", {("France", "supports", "Lebanon", "default")}, set()),
    ("en", "Egypt called for talks with Russia.", set(), {("Egypt", "negotiatesWith", None, None)}),
    ("ar", "طالبت مصر بانسحاب إسرائيلي من غزة.", set(), {("Israel", "withdrawsFrom", None, None)}),
    # nothing: no agent named
    ("fr", "Le soutien de principe au plan a été réaffirmé.", set(), {(None, "supports", None, None)}),
    ("en", "A loan to Tunisia was signed.", set(), {(None, "providesAidTo", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_nominal(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, _, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate], rows


def test_cancelled_visit_is_negated(extract):
    visits = [s for s in extract("La visite du ministre allemand des Affaires étrangères en Égypte a été annulée.",
                                 "fr").statements if s.predicate == "visits"]
    assert visits and all(s.negated for s in visits)
