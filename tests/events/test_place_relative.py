"""place_relative: a relative on a venue, its subject unsaid, keeps the main clause's subject."""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.events.frames.place_relative import place_relative


@pytest.mark.parametrize("lang, text, verb, expected", [
    ("ru", "Лавров прибыл в Анкару, где встретится с Фиданом.", "встретится", True),
    ("ru", "Моди прилетел в Москву, где в пятницу проведёт переговоры.", "проведёт", True),
    ("ru", "Лавров прибыл в Анкару и встретится с Фиданом.", "встретится", False),  # a conjunct, not a relative
    ("ru", "Лавров назвал Турцию, где встретится с Фиданом.", "встретится", False),  # no venue before the comma
    ("en", "Zelensky arrived in Washington, where he will meet Trump.", "meet", False),  # no place_relatives in English
])
def test_place_relative(view, lang, text, verb, expected):
    s = view(text, lang, date(2025, 6, 2))
    item = next(it for it in s.scan.items if text[it.start:it.end].split()[0] == verb)
    assert place_relative(s, item) is expected
