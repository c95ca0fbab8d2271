"""Arabic final-weak (defective) verbs: their conjugated forms come from language.yaml forms.verb.weak_endings.

The form tables are ``tests/lang/ar/verb_forms.tsv``, read by ``tests/lang/test_tables.py``.
"""
from __future__ import annotations

import dataclasses

import pytest

from diplograph.errors import DataError
from diplograph.lang.forms import verb_forms
from diplograph.lang.normalise import fold
from diplograph.lang.profile import load_language
from tests.fixtures import summary


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


def test_negated_weak_verb(extract):
    # The subjunctive after لن keeps the weak letter (تجري); the jussive after لم (تجر) is not generated.
    x = extract("لن تجري تركيا محادثات مع اليونان هذا الشهر.", "ar")
    found = [s for s in x.statements if s.predicate == "meetsWith" and s.subject.label == "Turkey"]
    assert found and all(s.negated for s in found), summary(x)




@pytest.mark.parametrize("form, gender", [
    ("طالبت", "f"), ("وطالبت", "f"), ("تطالب", "f"), ("ستطالب", "f"),
    ("طالب", "m"), ("يطالب", "m"), ("سيطالب", "m"),
    ("طالبوا", ""), ("يطالبان", ""),  # a plural or dual marks no singular's gender
])
def test_singular_forms_mark_gender(form, gender):
    assert verb_forms(load_language("ar"), "طالب", "طالب")[fold(form)].gender == gender


def test_a_first_person_form_spelt_as_the_perfect_keeps_its_gender():
    # "أنتقد" (I criticise) folds to "انتقد" (he criticised): the unmarked reading does not erase the mark
    assert verb_forms(load_language("ar"), "انتقد", "نتقد")[fold("انتقد")].gender == "m"


def test_an_empty_imperfect_makes_the_perfect_only():
    # "اتصل/": يتصل is as often "relates to" ("ما يتصل بالملف"), so the row makes no imperfect
    from tests.fixtures import event_tags
    called = {form for form, tags in event_tags("ar").items()
              if any(t.kind == "trigger" and t.data.predicate == "meetsWith" for t in tags)}
    assert {fold(f) for f in ("اتصل", "اتصلت", "اتصلا", "اتصلوا", "واتصلت", "سيتصل")} <= called
    assert not {fold(f) for f in ("يتصل", "تتصل", "يتصلون")} & called
