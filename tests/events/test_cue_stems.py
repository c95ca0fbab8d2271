"""A cue written as verb stems (events/lexicon.cue_forms) stands for the verb's conjugation, like a trigger row."""
from __future__ import annotations

import pytest

from diplograph.events.lexicon import cue_forms
from diplograph.lang.normalise import fold
from diplograph.lang.profile import load_language
from tests.fixtures import event_tags


def test_stems_make_every_person_and_tense():
    ar = load_language("ar")
    said = cue_forms(ar, "قال/قول")
    assert {fold(f) for f in ("قال", "قالت", "قالوا", "قالا", "يقول", "تقول", "يقولون", "سيقول", "وقالت")} <= said


def test_an_empty_imperfect_gives_the_perfect_only():
    ar = load_language("ar")
    assert fold("ذكرت") in cue_forms(ar, "ذكر/") and fold("يذكر") not in cue_forms(ar, "ذكر/")


@pytest.fixture(scope="module")
def arabic() -> dict[str, tuple]:
    return event_tags("ar")


def test_a_written_cue_is_unchanged(arabic):
    ar = load_language("ar")
    assert cue_forms(ar, "بحسب") == cue_forms(ar, "بحسب") and fold("وبحسب") in cue_forms(ar, "بحسب")
    assert not any("/" in form for form, tags in arabic.items() if any(t.kind == "cue" for t in tags))


def test_stem_cues_are_read_as_reports(arabic):
    kinds = {form: tag.data for form, tags in arabic.items() for tag in tags if tag.kind == "cue"}
    assert kinds[fold("يؤكد")] == ("reported", "sentence") and kinds[fold("أكدوا")] == ("reported", "sentence")
