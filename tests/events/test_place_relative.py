"""place_relative: a relative on a venue, its subject unsaid, keeps the main clause's subject."""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.actors.mentions import find_chunks
from diplograph.events.frames.place_relative import place_relative
from diplograph.events.frames.view import SentenceView
from diplograph.lang.profile import load_language
from diplograph.pipeline import Extractor


@pytest.mark.parametrize("lang, text, verb, expected", [
    ("ru", "Лавров прибыл в Анкару, где встретится с Фиданом.", "встретится", True),
    ("ru", "Моди прилетел в Москву, где в пятницу проведёт переговоры.", "проведёт", True),
    ("ru", "Лавров прибыл в Анкару и встретится с Фиданом.", "встретится", False),  # a conjunct, not a relative
    ("ru", "Лавров назвал Турцию, где встретится с Фиданом.", "встретится", False),  # no venue before the comma
    ("en", "Zelensky arrived in Washington, where he will meet Trump.", "meet", False),  # no place_relatives in English
])
def test_place_relative(lang, text, verb, expected):
    language, extractor = load_language(lang), Extractor()
    scan = extractor.scanner(language).scan(text)
    s = SentenceView(scan, find_chunks(scan, text, kb=extractor.kb, language=language, day=date(2025, 6, 2)), language)
    item = next(it for it in scan.items if text[it.start:it.end].split()[0] == verb)
    assert place_relative(s, item) is expected
