"""The 'direct' construction: the object an actor that opens the phrase; sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    ("en", "Macron received Mahmoud Abbas in Paris.", {("Emmanuel Macron", "meetsWith", "Mahmoud Abbas", "direct")}, set()),
    ("en", "Ukraine received weapons from Germany.", set(), {("Ukraine", "meetsWith", None, None)}),
    # a title and its nationality adjective may open the object's name
    ("ar", "وقال ماكرون عقب لقائه نظيره الأمريكي دونالد ترامب إن الحوار مفيد.",
     {("Emmanuel Macron", "meetsWith", "Donald Trump", "direct")}, set()),
    ("ar", "وقال ماكرون عقب لقائه الأول مع ترامب إن الحوار مفيد.",
     {("Emmanuel Macron", "meetsWith", "Donald Trump", "with")}, set()),
    ("ar", "وقال ماكرون خلال لقائه الصحفيين إن فرنسا ترفض الخطة.", set(), {("Emmanuel Macron", "meetsWith", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_direct(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
