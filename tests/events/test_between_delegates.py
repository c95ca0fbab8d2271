"""The sides of an event noun may be named through their delegates (between.between_sides, language.yaml delegate_words)."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("A summit between the leaders of Armenia and Azerbaijan took place in Abu Dhabi.",
     {("Armenia", "meetsWith", "Azerbaijan", "between"), ("Azerbaijan", "meetsWith", "Armenia", "between")}, set()),
    ("Talks between the foreign ministers of Iran and Oman resumed.",
     {("Iran", "negotiatesWith", "Oman", "between")}, set()),
    # other words than delegates before the sides: nobody meets
    ("Talks between the leaders of the region and Iran failed.", set(), {("Iran", None, None, None)}),
]


@pytest.mark.parametrize("sentence, expected, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_between_delegates(read, sentence, expected, absent):
    check(read(sentence, "en"), expected, absent)
