"""English: verbs common in agency copy, each in a sentence written for this test.

The plain verb rows are in ``tests/lang/en/statements.tsv`` (and ``absent.tsv``, ``expect.tsv``).
"""
from __future__ import annotations

import pytest

from tests.fixtures import summary


@pytest.mark.parametrize("sentence, keyword", [
    ("Russia launched a massive drone attack on Kyiv overnight.", "Kyiv"),
    ("Israel carried out air strikes on Gaza.", "Gaza"),
    ("Russia fired missiles at Kyiv.", "Kyiv"),
    ("The United States carried out strikes against Houthi targets in Yemen.", "Yemen"),
])
def test_light_verb_and_attack(extract, sentence, keyword):
    x = extract(sentence, "en")
    assert any(s.predicate == "attacks" and keyword in s.object.mention for s in x.statements), summary(x)


@pytest.mark.parametrize("sentence, subject, predicate", [
    ("Erdogan reportedly met Assad in Moscow.", "Recep Tayyip Erdoğan", "meetsWith"),
    ("Iran allegedly supplied drones to Russia.", "Iran", "providesAidTo"),
])
def test_hearsay_adverbs_report_without_a_speaker(extract, sentence, subject, predicate):
    """'X reportedly did' is hearsay: not X's own words, as 'X said it did' is."""
    x = extract(sentence, "en")
    assert [s.modality for s in x.statements if s.subject.label == subject and s.predicate == predicate] == ["reported"], summary(x)


@pytest.mark.parametrize("sentence, predicate, negated, modality", [
    # A cue that starts first is not lost to a longer trigger form that starts inside it.
    ("France has yet to recognise Palestine.", "recognizes", True, "asserted"),
    ("Egypt is to host the talks.", "hosts", False, "future"),
])
def test_cues_before_a_trigger_form(extract, sentence, predicate, negated, modality):
    x = extract(sentence, "en")
    assert [(s.negated, s.modality) for s in x.statements if s.predicate == predicate] == [(negated, modality)], summary(x)


def test_agreeing_to_hold_talks_keeps_the_talks_as_object(extract):
    x = extract("Iran and Saudi Arabia agreed to hold talks in Baghdad.", "en")
    assert {(s.subject.label, s.object.mention) for s in x.statements if s.predicate == "agreesTo"} == {
        ("Iran", "talks in Baghdad"), ("Saudi Arabia", "talks in Baghdad")}, summary(x)
