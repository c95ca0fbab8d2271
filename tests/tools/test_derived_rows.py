"""English rows of triggers.derived.tsv at work, in sentences written for this test.

Two constructions: a light verb whose object names the event ("mounted an
attack on", "began talks with"), and a past form of a verb coded on its own
("deplored", "thanked"). Sentences that must give nothing use the same words
in another sense.
"""
from __future__ import annotations

import pytest

from tests.fixtures import summary

# (sentence, subject, predicate, object label or a word of the object mention, negated)
FOUND = [
    # light verb + event noun
    ("Russia mounted a new attack on Ukraine on Tuesday.", "Russia", "attacks", "Ukraine", False),
    ("Egypt began talks with Qatar over the ceasefire.", "Egypt", "negotiatesWith", "Qatar", False),
    ("Poland did not begin talks with Belarus.", "Poland", "negotiatesWith", "Belarus", True),
    # past forms of verbs coded on their own
    ("Egypt deplored the Israeli decision to expand settlements.", "Egypt", "criticizes", "decision", False),
    ("Canada thanked Japan for its support.", "Canada", "welcomes", "Japan", False),
    ("Germany has not thanked Italy for the offer.", "Germany", "welcomes", "Italy", True),
    ("Turkey objected to the Greek proposal.", "Turkey", "rejects", "proposal", False),
    ("Sweden airlifted supplies to Sudan.", "Sweden", "providesAidTo", "Sudan", False),
    ("Kenya petitioned the UN for more funds.", "Kenya", "callsFor", "United Nations", False),
]


@pytest.mark.parametrize("sentence, subject, predicate, obj, negated", FOUND)
def test_derived_row_states(extract, sentence, subject, predicate, obj, negated):
    x = extract(sentence, "en")
    assert any(s.subject.label == subject and s.predicate == predicate and s.negated == negated
               and (s.object.label == obj or obj in (s.object.mention or "")) for s in x.statements), summary(x)


@pytest.mark.parametrize("sentence", [
    # a light verb without its event noun
    "The museum mounted an exhibition on the history of Vienna.",
    # base forms that are nouns are not derived
    "The object of the visit was trade, a diplomatic cable said.",
    # the talks "yielded" nothing: no concession, no statement
    "The talks in Geneva yielded no result.",
    # an -ed form used as an adjective
    "Armed groups were seen near the border with Chad.",
])
def test_same_words_in_another_sense_give_nothing(extract, sentence):
    x = extract(sentence, "en")
    assert x.statements == [], summary(x)
