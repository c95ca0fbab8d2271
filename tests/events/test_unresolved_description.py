"""A definite description that names no one met before is still its verb's subject; sentences written for these tests.

arguments.subject_before: the actor before it (the speaker of "said") never takes its verb.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    ("en", "Rubio said the bloc would support the Philippines.", set(), {("Marco Rubio", "supports", None, None)}),
    ("en", "Lavrov said the organisation had rejected the proposal.", set(), {("Sergey Lavrov", "rejects", None, None)}),
    ("en", "Erdogan said the alliance would back Sweden's bid.", set(), {("Recep Tayyip Erdoğan", "supports", None, None)}),
    # a description inside a parenthesis or a relative clause is passed over
    ("en", "Germany, the bloc's largest economy, backed the plan.", {("Germany", "supports", "plan", "default")}, set()),
    ("en", "Stoltenberg, who leads the alliance, backed the plan.", {("Jens Stoltenberg", "supports", "plan", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_unresolved_description(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
