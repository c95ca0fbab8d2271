"""French: verbs common in agency copy, each in a sentence written for this test."""
from __future__ import annotations

import pytest

from tests.fixtures import assert_statement, summary


@pytest.mark.parametrize("sentence, subject, predicate, keyword", [
    # "frappé" folds like the noun "frappe": the compound past is written out, so the verb is read.
    ("Israël a frappé des cibles au sud du Liban.", "Israel", "attacks", "cibles"),
    ("Les États-Unis ont frappé des sites nucléaires iraniens.", "United States", "attacks", "sites"),
    ("Emmanuel Macron a reçu le président ukrainien à l'Élysée.", "Emmanuel Macron", "meetsWith", "président"),
    ("Le Kremlin a balayé le plan américain.", "Kremlin", "rejects", "plan"),
    ("Le Japon a promis une aide humanitaire à Gaza.", "Japan", "providesAidTo", "aide"),
])
def test_verb(extract, sentence, subject, predicate, keyword):
    assert_statement(extract(sentence, "fr"), subject, predicate, False, "asserted", keyword)


@pytest.mark.parametrize("sentence", [
    "L'Ukraine a reçu des armes de l'Allemagne.",   # received weapons: no meeting
    "Le président a promis de revenir.",            # a promise, no aid
    "La tempête a balayé la côte.",                 # swept, not rejected
])
def test_ambiguous_verbs(extract, sentence):
    x = extract(sentence, "fr")
    assert not {"meetsWith", "providesAidTo", "rejects"} & {s.predicate for s in x.statements}, summary(x)
