"""English: verbs common in agency copy, each in a sentence written for this test."""
from __future__ import annotations

import pytest

from tests.fixtures import assert_statement, summary


@pytest.mark.parametrize("sentence, subject, predicate, keyword", [
    ("India rebuffed the offer of talks from Islamabad.", "India", "rejects", "talks"),
    ("Iran vowed to retaliate against Israel for the strike.", "Iran", "threatens", "Israel"),
    ("Tehran vows revenge for the killing of its commander.", "Iran", "threatens", "killing"),
])
def test_verb(extract, sentence, subject, predicate, keyword):
    assert_statement(extract(sentence, "en"), subject, predicate, False, "asserted", keyword)


@pytest.mark.parametrize("sentence", [
    # "Defended" is said of cities and armies as much as of positions: no "supports".
    "Ukrainian forces defended the city against Russian attacks.",
])
def test_no_support_from_a_military_defence(extract, sentence):
    x = extract(sentence, "en")
    assert "supports" not in {s.predicate for s in x.statements}, summary(x)


@pytest.mark.parametrize("sentence, keyword", [
    ("Russia launched a massive drone attack on Kyiv overnight.", "Kyiv"),
    ("Israel carried out air strikes on Gaza.", "Gaza"),
    ("Russia fired missiles at Kyiv.", "Kyiv"),
    ("The United States carried out strikes against Houthi targets in Yemen.", "Yemen"),
])
def test_light_verb_and_attack(extract, sentence, keyword):
    x = extract(sentence, "en")
    assert any(s.predicate == "attacks" and keyword in s.object.mention for s in x.statements), summary(x)


@pytest.mark.parametrize("sentence", [
    "France launched an investigation into the attack.",
    "The EU launched a peace initiative.",
    "Iran fired its foreign minister.",
])
def test_light_verb_without_attack(extract, sentence):
    x = extract(sentence, "en")
    assert "attacks" not in {s.predicate for s in x.statements}, summary(x)


@pytest.mark.parametrize("sentence, negated, modality, keyword", [
    ("China could join the talks.", False, "hypothetical", "talks"),
    ("China joined the talks in Geneva.", False, "asserted", "talks"),   # the event, not the place
    ("Egypt is not expected to join the summit.", True, "future", "summit"),
])
def test_joining_an_event(extract, sentence, negated, modality, keyword):
    subject = sentence.split()[0]
    assert_statement(extract(sentence, "en"), subject, "participatesIn", negated, modality, keyword)


def test_joining_an_alliance_is_no_participation(extract):
    assert extract("Sweden joined NATO in 2024.", "en").statements == []


@pytest.mark.parametrize("lang, sentence, subject, keyword", [
    ("en", "The United States supplied Ukraine with long-range missiles.", "United States", "Ukraine"),
    ("en", "Germany provided Ukraine with air defence systems.", "Germany", "Ukraine"),
    ("ar", "زودت الولايات المتحدة أوكرانيا بصواريخ بعيدة المدى.", "United States", "أوكرانيا"),
])
def test_aid_given_to_an_actor_named_first(extract, lang, sentence, subject, keyword):
    """The words that make it aid come after the actor given it."""
    assert_statement(extract(sentence, lang), subject, "providesAidTo", False, "asserted", keyword)


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
