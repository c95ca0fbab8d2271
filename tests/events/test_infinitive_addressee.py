"""An infinitive after an urged addressee opens what is urged; a body noun that ends like an infinitive ("власти") is the addressee."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("ru", "Гутерриш призвал власти провести расследование.",
     {("António Guterres", "callsFor", "провести расследование", "default")},
     {("António Guterres", "callsFor", "власти", None)}),
    ("ru", "Гутерриш призвал власти страны начать диалог с оппозицией.",
     {("António Guterres", "callsFor", "начать диалог с оппозицией", "default")},
     {("António Guterres", "callsFor", "власти страны", None)}),
    ("ru", "Франция призвала международное сообщество оказать давление на Минск.",
     {("France", "callsFor", "оказать давление на Минск", "default")}, set()),
    # the infinitive opening the phrase is the content itself
    ("ru", "Франция призвала вернуться к переговорам.",
     {("France", "callsFor", "вернуться к переговорам", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_infinitive_addressee(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
