"""Agent phrases ("hosted by X", "présidée par X", "بمشاركة X") act on the body or event before them."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("en", "The summit, co-hosted by Egypt and France, opened on Monday.",
     {("Egypt", "coChairs", "summit", "participant"), ("France", "coChairs", "summit", "participant")}, set()),
    ("fr", "La conférence, coprésidée par la Norvège, s'est ouverte à Oslo.",
     {("Norway", "coChairs", "conférence", "participant")}, set()),
    ("fr", "La réunion, présidée par la France, s'est tenue à Paris.",
     {("France", "chairs", "réunion", "participant")}, set()),
    ("ar", "عقد الاجتماع بمشاركة مصر والأردن.",
     {("Egypt", "participatesIn", "الاجتماع", "presence"), ("Jordan", "participatesIn", "الاجتماع", "presence")},
     set()),
    # nothing to act on: no event noun, no body before the phrase
    ("en", "Hosted by Egypt, nothing was agreed.", set(), {("Egypt", "hosts", None, None)}),
    # only a venue before the phrase: the event noun after it
    ("ru", "В Кремле в присутствии Сергея Лаврова прошли переговоры.",
     {("Sergey Lavrov", "participatesIn", "переговоры", "participant")}, set()),
    # a verb before it: no event after it is taken
    ("ru", "Путин подписал в присутствии Лаврова указ о переговорах.", set(), {("Sergey Lavrov", "participatesIn", None, None)}),
    # the agents of the phrase are no subject of the verb after it
    ("ru", "Путин в присутствии Лаврова подписал указ.", set(), {("Sergey Lavrov", "signs", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_participant(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)


def test_future_as_the_statement_the_event_is_the_object_of(extract):
    statements = extract("سيترأس ماكرون اجتماعًا بمشاركة زيلينسكي.", "ar").statements
    taking_part = [s for s in statements if s.predicate == "participatesIn"]
    assert taking_part and all(s.modality == "future" for s in taking_part)
