"""Particle questions: one test (asked.particle_question) both marks the sentence asked and reads its subject."""
from __future__ import annotations

import pytest

from diplograph.events.frames.asked import particle_question
from diplograph.lang.profile import load_language

CASES = [
    ("ru", "Признает ли Франция Палестину", True),
    ("ru", "«Признает ли Франция Палестину»", True),
    ("ru", "Франция признала Палестину", False),
    ("ru", "Ли", False),
    # no particles in the language: never a particle question
    ("en", "Will France recognise Palestine", False),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_particle_question(extractor, lang, text, expected):
    language = load_language(lang)
    scan = extractor.scanner(language).scan(text)
    assert particle_question(scan, language.folded("question_particles")) is expected


def test_particle_question_is_hypothetical(extract):
    found = [s for s in extract("Признает ли Франция независимость Палестины", "ru").statements if s.predicate == "recognizes"]
    assert found and all(s.modality == "hypothetical" for s in found)
    stated = [s for s in extract("Франция признает независимость Палестины", "ru").statements if s.predicate == "recognizes"]
    assert stated and all(s.modality != "hypothetical" for s in stated)
