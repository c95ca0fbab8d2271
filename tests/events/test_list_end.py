"""A comma after a list's coordinator ends the list ("Qatar and Turkey, the Qatari foreign ministry said"); a list of pairs goes on."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    # a trailing speaker after the list is no member of it
    ("en", "The talks were mediated by Qatar and Turkey, the Qatari foreign ministry said.",
     {("Qatar", "mediates", "talks", "participant"), ("Turkey", "mediates", "talks", "participant")},
     {("Qatari Foreign Ministry", "mediates", None, None)}),
    ("en", "The plan was rejected by Egypt and Jordan, the Saudi foreign ministry said.",
     {("Egypt", "rejects", "plan", "default"), ("Jordan", "rejects", "plan", "default")},
     {("Saudi Foreign Ministry", "rejects", None, None)}),
    # a list closed by its last coordinator, with or without a comma before it
    ("en", "Egypt, Jordan, and Qatar condemned the attack.",
     {("Egypt", "condemns", "attack", "default"), ("Qatar", "condemns", "attack", "default")}, set()),
    # a list of pairs
    ("en", "The deal was signed by Qatar and Egypt, Oman and Kuwait.",
     {("Qatar", "signs", "deal", "default"), ("Kuwait", "signs", "deal", "default")}, set()),
    ("fr", "Les pourparlers ont été facilités par le Qatar et la Turquie, a indiqué le ministère qatari des Affaires étrangères.",
     set(), {("Qatari Foreign Ministry", "mediates", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_list_end(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
