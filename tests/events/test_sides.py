"""Sides of a meeting named in turn (``side_words``): each person on one side meets each on another.

Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

SHOUKRY, FIDAN, RUBIO, LAVROV = "Sameh Shoukry", "Hakan Fidan", "Marco Rubio", "Sergey Lavrov"

CASES = [
    ("ar", "وحضر اللقاء من الجانب المصري وزير الخارجية سامح شكري، ومن الجانب التركي وزير الخارجية هاكان فيدان.",
     {(SHOUKRY, "meetsWith", FIDAN, "sides"), (FIDAN, "meetsWith", SHOUKRY, "sides")}, set()),
    # two people on one side: each meets the other side, never his own
    ("ar", "جلس من الجانب الأمريكي وزير الخارجية ماركو روبيو ومستشار الأمن القومي مايك والتز، "
           "وعن الجانب الروسي وزير الخارجية سيرغي لافروف.",
     {(RUBIO, "meetsWith", LAVROV, "sides"), ("Mike Waltz", "meetsWith", LAVROV, "sides"),
      (LAVROV, "meetsWith", RUBIO, "sides")},
     {(RUBIO, "meetsWith", "Mike Waltz", None), ("Mike Waltz", "meetsWith", RUBIO, None)}),
    # one side alone: the side acts or is acted on, no one is met
    ("ar", "ندد الأردن بالخروقات من الجانب الإسرائيلي وزير الدفاع.", set(), {("Jordan", "meetsWith", None, None)}),
    ("ar", "حضر من الجانب المصري وزير الخارجية سامح شكري.", set(), {(SHOUKRY, "meetsWith", None, None)}),
    # no state's adjective after the phrase: no side
    ("ar", "قال وزير الخارجية سامح شكري من الجانب الآخر إن وزير الخارجية هاكان فيدان من الجانب الآخر أيضا.",
     set(), {(SHOUKRY, "meetsWith", None, "sides")}),
]


@pytest.mark.parametrize("lang, text, expected, absent", CASES)
def test_sides(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
