"""A cue written as verb stems (events/lexicon.cue_forms) stands for the verb's conjugation, like a trigger row."""
from __future__ import annotations

from diplograph.events.lexicon import cue_forms, event_patterns
from diplograph.lang.normalise import fold
from diplograph.lang.profile import load_language


def test_stems_make_every_person_and_tense():
    ar = load_language("ar")
    said = cue_forms(ar, "قال/قول")
    assert {fold(f) for f in ("قال", "قالت", "قالوا", "قالا", "يقول", "تقول", "يقولون", "سيقول", "وقالت")} <= said


def test_an_empty_imperfect_gives_the_perfect_only():
    ar = load_language("ar")
    assert fold("ذكرت") in cue_forms(ar, "ذكر/") and fold("يذكر") not in cue_forms(ar, "ذكر/")


def test_a_written_cue_is_unchanged():
    ar = load_language("ar")
    assert cue_forms(ar, "بحسب") == cue_forms(ar, "بحسب") and fold("وبحسب") in cue_forms(ar, "بحسب")
    assert not any("/" in form for form, tag in event_patterns(ar) if tag.kind == "cue")


def test_stem_cues_are_read_as_reports():
    ar = load_language("ar")
    kinds = {form: tag.data for form, tag in event_patterns(ar) if tag.kind == "cue"}
    assert kinds[fold("يؤكد")] == ("reported", "sentence") and kinds[fold("أكدوا")] == ("reported", "sentence")
