"""French verb forms made from the written ones (language.yaml forms.verb.derived_endings).

The imperfect and the first person plural come from the present participle,
the conditional from the future; each sentence is written for this test.
"""
from __future__ import annotations

import pytest

from tests.fixtures import assert_statement, summary


@pytest.mark.parametrize("sentence, subject, predicate, modality, keyword", [
    # imperfect, from "rejetant", "soutenant", "accueillant"
    ("La Russie rejetait le plan américain.", "Russia", "rejects", "asserted", "plan"),
    ("Le Japon soutenait la candidature du Brésil.", "Japan", "supports", "asserted", "candidature"),
    ("Le Qatar accueillait les pourparlers depuis des mois.", "Qatar", "hosts", "asserted", "pourparlers"),
    # conditional, from the future: the future in the past of reported speech, hypothetical after "si"
    ("Le ministre a affirmé que la Turquie soutiendrait la reconstruction de la Syrie.", "Turkey", "supports", "future", "reconstruction"),
    ("L'Égypte a annoncé qu'elle accueillerait une conférence sur Gaza.", "Egypt", "hosts", "future", "conférence"),
    ("Si Moscou refusait, la France imposerait des sanctions à la Russie.", "France", "sanctions", "hypothetical", "Russie"),
    # agreement of the past participle, from the masculine: a passive, a verb with "être"
    ("La capitale a été visitée par le président français Emmanuel Macron.", "Emmanuel Macron", "visits", "asserted", "capitale"),
    ("Les installations ont été ciblées par l'armée israélienne.", "Israel Defense Forces", "attacks", "asserted", "installations"),
])
def test_derived_form(extract, sentence, subject, predicate, modality, keyword):
    assert_statement(extract(sentence, "fr"), subject, predicate, False, modality, keyword)


@pytest.mark.parametrize("sentence", [
    "Les manifestants déclaraient leur colère devant le parlement.",  # an imperfect of a verb with no trigger
    "La Turquie aurait besoin de temps.",                            # a conditional with no trigger
    "Le président égyptien était présent.",                          # no verb of the lexicon
])
def test_no_derived_statement(extract, sentence):
    x = extract(sentence, "fr")
    assert not x.statements, summary(x)
