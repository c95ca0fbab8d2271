"""A refused act does not happen (frame refusal, cues.tsv negation): "a refusé de signer" signs, negated.
Anything else refused is rejected. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.types import Document

CASES = [
    # the act is a trigger: its statement, negated
    ("La Hongrie a refusé de signer la déclaration commune.", {("Hungary", "signs", True)}),
    ("Le Niger refuse d'accueillir le sommet de la Cedeao.", {("Niger", "hosts", True)}),
    ("La Serbie a refusé, mardi, de sanctionner la Russie.", set()),  # a comma-set date cuts the refusal from its act
    ("La Serbie refuse toujours de sanctionner la Russie.", {("Serbia", "sanctions", True)}),
    # anything else is rejected, and nothing inside it is stated
    ("L'Algérie refuse de reprendre ses ressortissants.", {("Algeria", "rejects", False)}),
    ("Le Mali a refusé l'offre de médiation de l'Algérie.", {("Mali", "rejects", False)}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_refusal(extractor, text, expected):
    doc = Document("t", text, date(2025, 6, 2), lang="fr")
    found = {(st.subject.label, st.predicate, st.negated) for st in extractor.extract(doc).statements
             if st.predicate != "holdsPosition"}
    assert expected <= found, found
    # never a positive reading of a refused act
    assert not {f for f in found if f[1] not in ("rejects",) and not f[2]}, found
