"""An event held between sides that is only the complement of a wish or a denial states no meeting."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "Le Kremlin a démenti tout projet de rencontre entre Vladimir Poutine et Volodymyr Zelensky.",
     set(), {("Vladimir Putin", "meetsWith", None, None)}),
    ("fr", "Une rencontre entre Vladimir Poutine et Donald Trump a eu lieu en Alaska.",
     {("Vladimir Putin", "meetsWith", "Donald Trump", "between")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_between_wished(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
