"""An urging verb, a few words no actor names, then an infinitive: the infinitive opens what is urged.

"призвал международное сообщество оказать давление на Израиль": the phrase
before the infinitive is the addressee (events/frames/verb._unnamed_addressee,
language.yaml ``content_suffixes``), never the object.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("ru", "Наваф Салам призвал международное сообщество оказать давление на Израиль.",
     {("Nawaf Salam", "callsFor", "оказать давление на Израиль", "default")},
     {("Nawaf Salam", "callsFor", "международное сообщество", None)}),
    ("ru", "Китай призвал все стороны проявить сдержанность.",
     {("China", "callsFor", "проявить сдержанность", "default")},
     {("China", "callsFor", "все стороны проявить сдержанность", None)}),
    ("ru", "Египет призвал враждующие стороны вернуться за стол переговоров.",
     {("Egypt", "callsFor", "вернуться за стол переговоров", "default")}, set()),
    # the infinitive opens the phrase: it is the content itself
    ("ru", "Франция призвала провести расследование.",
     {("France", "callsFor", "провести расследование", "default")}, set()),
    # a marker inside the phrase still opens the content; an actor addressee is read as before
    ("ru", "Китай призвал все стороны к сдержанности.", {("China", "callsFor", "сдержанности", "default")}, set()),
    ("ru", "Эрдоган призвал Россию и Украину вернуться к переговорам.",
     {("Recep Tayyip Erdoğan", "callsFor", "вернуться к переговорам", "default")},
     {("Recep Tayyip Erdoğan", "callsFor", "Russia", None)}),
    # a noun phrase after the verb with no infinitive is not cut
    ("ru", "Турция призвала к прекращению огня в Газе.",
     {("Turkey", "callsFor", "прекращению огня в Газе", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_unnamed_addressee(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
