"""A person welcomed is a visitor hosted; a decision or a plan welcomed is welcomed."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    ("en", "Kim Jong Un welcomed Sergei Lavrov in Pyongyang.",
     {("Kim Jong Un", "hosts", "Sergey Lavrov", "visitor")}, {("Kim Jong Un", "welcomes", None, None)}),
    ("en", "Sergei Lavrov was welcomed in Pyongyang by Kim Jong Un.",
     {("Kim Jong Un", "hosts", "Sergey Lavrov", "visitor")}, {("Sergey Lavrov", None, None, None)}),
    ("en", "Emmanuel Macron welcomed the Ukrainian president, Volodymyr Zelensky, at the Elysee.",
     {("Emmanuel Macron", "hosts", "Volodymyr Zelensky", "visitor")}, set()),
    # a person's words, a state's decision: welcomed, nobody hosted
    ("en", "Emmanuel Macron welcomed Joe Biden's remarks.",
     {("Emmanuel Macron", "welcomes", "Joe Biden", "default")}, {("Emmanuel Macron", "hosts", None, None)}),
    ("en", "Egypt welcomed the decision by Qatar.",
     set(), {("Egypt", "hosts", None, None)}),
    ("en", "Egypt welcomed Qatar's mediation.",
     set(), {("Egypt", "hosts", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_visitor(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
