"""Presence before its subjects (frames.inverted): "Among those attending the summit were A and B"."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("Among those attending the summit were Canada and Japan.",
     {("Canada", "participatesIn", "summit", "inverted"), ("Japan", "participatesIn", "summit", "inverted")}, set()),
    ("Also present at the talks in Doha were Qatar and Egypt.",
     {("Qatar", "participatesIn", "talks", "inverted"), ("Egypt", "participatesIn", "talks", "inverted")}, set()),
    ("Also attending the meeting was UN envoy Miroslav Jenca.", {("Miroslav Jenca", "participatesIn", "meeting", "inverted")},
     set()),
    # no copula: the phrase is an active verb with its subject before it
    ("Canada was among those present at the talks.", {("Canada", "participatesIn", "talks", "inverted")}, set()),
    # must give nothing: a comma ends the phrase first; no actor after the copula; nothing attended
    ("Among those attending the summit, Canada spoke first.", set(), {("Canada", "participatesIn", None, None)}),
    ("Among those attending were journalists from Egypt.", set(), {("Egypt", "participatesIn", None, None)}),
    ("Among the issues discussed were Syria and Iran.", set(), {("Syria", "participatesIn", None, None)}),
]


@pytest.mark.parametrize("sentence, expected, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_inverted(read, sentence, expected, absent):
    check(read(sentence, "en"), expected, absent)
