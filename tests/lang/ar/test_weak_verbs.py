"""Arabic final-weak (defective) verbs: their conjugated forms come from language.yaml forms.verb.weak_endings."""
from __future__ import annotations

import dataclasses

import pytest

from diplograph.errors import DataError
from diplograph.lang.forms import verb_forms
from diplograph.lang.normalise import fold
from diplograph.lang.profile import load_language
from tests.fixtures import summary

# (perfect, imperfect, forms that must be made, forms that must not)
WEAK = [
    # form IV, ya-final: the feminine and plural perfects drop the weak letter
    ("أجرى", "جري", ["أجرت", "أجروا", "أجريا", "أجرتا", "يجري", "تجري", "يجرون", "يجريان", "سيجري", "أجراه"],
     ["أجريوا", "يجريون", "أجرىت"]),
    # form VIII
    ("التقى", "لتقي", ["التقت", "التقوا", "التقيا", "يلتقي", "يلتقون", "يلتقيان", "ستلتقي", "والتقت"],
     ["التقيوا", "يلتقيون"]),
    # form I, waw-final (its imperfect is lexical, so the row gives it)
    ("دعا", "دعو", ["دعت", "دعوا", "يدعو", "تدعو", "يدعون", "يدعوان", "ودعت"],
     ["دعاوا", "دعات", "يدعوون"]),
    # form V: the imperfect keeps its alif maqsura
    ("تلقى", "تلقى", ["تلقت", "تلقوا", "يتلقى", "يتلقون", "يتلقيان", "تلقاه"],
     ["تلقيوا", "يتلقيون"]),
]


@pytest.mark.parametrize("perfect, imperfect, made, not_made", WEAK)
def test_weak_verb_forms(perfect, imperfect, made, not_made):
    forms = verb_forms(load_language("ar"), perfect, imperfect)
    assert [f for f in made if fold(f) not in forms] == []
    assert [f for f in not_made if fold(f) in forms] == []


def test_weak_forms_keep_their_readings():
    forms = verb_forms(load_language("ar"), "التقى", "لتقي")
    assert forms[fold("التقوا")].plural and not forms[fold("التقت")].plural
    assert forms[fold("سيلتقيان")].future and forms[fold("سيلتقيان")].plural
    assert forms[fold("التقاه")].object_pronoun


def test_sound_verbs_are_unchanged_but_for_the_plural_alif_before_a_pronoun():
    forms = verb_forms(load_language("ar"), "رفض", "رفض")
    for form in ("رفضت", "رفضوا", "رفضا", "يرفضون", "ترفضين", "رفضته"):
        assert fold(form) in forms
    # رفضوا + ه is written رفضوه
    assert fold("رفضوه") in forms and forms[fold("رفضوه")].object_pronoun
    assert fold("رفضواه") not in forms


def test_a_malformed_rule_names_the_key():
    ar = load_language("ar")
    broken = dataclasses.replace(ar, verb={**ar.verb, "weak_endings": ("ى-ت",)}, _memo={})
    with pytest.raises(DataError, match="weak_endings"):
        verb_forms(broken, "أجرى", "جري")


@pytest.mark.parametrize("sentence, subject, obj", [
    ("أجرت ألمانيا محادثات مع فرنسا حول أمن الطاقة.", "Germany", "France"),
    ("وأجرت اليابان مباحثات مع كوريا الجنوبية بشأن التجارة.", "Japan", "South Korea"),
])
def test_feminine_perfect_of_a_weak_verb_in_a_sentence(extract, sentence, subject, obj):
    x = extract(sentence, "ar")
    assert any(s.predicate == "meetsWith" and s.subject.label == subject and s.object.label == obj
               for s in x.statements), summary(x)


@pytest.mark.parametrize("sentence", [
    # أجرى with an object that names no talks: an inquiry, a test
    "أجرت الشرطة تحقيقا في الحادث.",
    "أجرت كوريا الشمالية تجربة صاروخية جديدة.",
])
def test_weak_verb_without_its_object_words_gives_nothing(extract, sentence):
    x = extract(sentence, "ar")
    assert "meetsWith" not in {s.predicate for s in x.statements}, summary(x)


def test_negated_weak_verb(extract):
    # The subjunctive after لن keeps the weak letter (تجري); the jussive after لم (تجر) is not generated.
    x = extract("لن تجري تركيا محادثات مع اليونان هذا الشهر.", "ar")
    found = [s for s in x.statements if s.predicate == "meetsWith" and s.subject.label == "Turkey"]
    assert found and all(s.negated for s in found), summary(x)


@pytest.mark.parametrize("perfect, imperfect, written", [
    # The forms triggers.tsv writes out one by one for its weak verbs: one verb row now makes them all.
    ("التقى", "لتقي", ["التقى", "التقت", "التقوا", "يلتقي", "تلتقي", "سيلتقي", "ستلتقي", "يلتقيان", "سيلتقيان"]),
    ("دعا", "دعو", ["دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "سيدعو", "ستدعو"]),
    ("سعى", "سعى", ["سعى", "سعت", "يسعى", "تسعى", "يسعون"]),
    ("تلقى", "تلقى", ["تلقى", "تلقت", "يتلقى", "تتلقى"]),
])
def test_one_weak_verb_row_makes_the_forms_written_out_by_hand(perfect, imperfect, written):
    forms = verb_forms(load_language("ar"), perfect, imperfect)
    assert [f for f in written if fold(f) not in forms] == []
