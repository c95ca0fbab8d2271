"""French constructions, each with sentences written for these tests: rows that
must give a statement, and rows of the same construction that must give none.
"""
from __future__ import annotations

import pytest

from tests.fixtures import assert_statement, summary

# (sentence, subject, predicate, negated, modality, keyword of the object)
STATEMENTS = [
    # light verbs: "annoncer son retrait / son soutien / des sanctions", "procéder à", "mener des exercices"
    ("Le Mali a annoncé son retrait de la CEDEAO.", "Mali", "withdrawsFrom", False, "asserted", "CEDEAO"),
    ("La France a annoncé son soutien à l'Ukraine.", "France", "supports", False, "asserted", "Ukraine"),
    ("Le Canada a annoncé de nouvelles sanctions contre la Russie.", "Canada", "sanctions", False, "asserted", "Russie"),
    ("La Russie a procédé à des exercices navals en mer Noire.", "Russia", "mobilizes", False, "asserted", "mer Noire"),
    ("La Chine a lancé des exercices militaires autour de Taïwan.", "China", "mobilizes", False, "asserted", "Taïwan"),
]

# (sentence, predicate that must not be read)
NOTHING = [
    ("Le Mali a annoncé que le sommet aura lieu à Bamako.", "withdrawsFrom"),   # a complement clause, no event noun
    ("Les exercices militaires ont commencé lundi.", "mobilizes"),              # no actor
    ("L'Iran a tenu à saluer la médiation du Qatar.", "hosts"),                 # 'tenir à' + verb: no light verb
]


@pytest.mark.parametrize("sentence, subject, predicate, negated, modality, keyword", STATEMENTS)
def test_statement(extract, sentence, subject, predicate, negated, modality, keyword):
    assert_statement(extract(sentence, "fr"), subject, predicate, negated, modality, keyword)


@pytest.mark.parametrize("sentence, predicate", NOTHING)
def test_nothing(extract, sentence, predicate):
    x = extract(sentence, "fr")
    assert predicate not in {s.predicate for s in x.statements}, summary(x)
