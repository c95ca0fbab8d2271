"""An event noun with no partner: coordinated subjects of its light verb hold it with each other.

A case or plural ending ("اجتماعا", "اجتماعات") is no possessive: only a
``possessive_suffixes`` ending names an owner. Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("ar", "عقدت مصر وقطر وتركيا اجتماعا ثلاثيا في أنقرة.",
     {("Egypt", "meetsWith", "Turkey", "with"), ("Qatar", "meetsWith", "Egypt", "with")}, set()),
    ("ar", "عقدت الجزائر وتونس اجتماعات في العاصمة.", {("Algeria", "meetsWith", "Tunisia", "with")}, set()),
    # one subject and no partner: nothing
    ("ar", "عقد الرئيس الفرنسي اجتماعا في باريس.", set(), {("Emmanuel Macron", None, None, None)}),
    # a possessive ending names the owner, not the light verb's subjects
    ("ar", "عقدت مصر وقطر اجتماعها في أنقرة.", set(), {("Egypt", "meetsWith", "Qatar", None)}),
]


@pytest.mark.parametrize("lang, text, expected, absent", CASES)
def test_with_endings(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
