"""A date may stand between a direct verb and its actor object (verb._opens): "received on Sunday the minister"."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("Mohammed bin Salman received on Sunday Iranian Foreign Minister Abbas Araghchi.",
     {("Mohammed bin Salman", "meetsWith", "Abbas Araghchi", "direct")}, set()),
    ("Mohammed bin Salman received in Jeddah on Sunday evening Iranian Foreign Minister Abbas Araghchi.",
     {("Mohammed bin Salman", "meetsWith", "Abbas Araghchi", "direct")}, set()),
    # still no thing received, nor a possessor's proposal
    ("Egypt received on Monday weapons from Germany.", set(), {("Egypt", "meetsWith", None, None)}),
    ("Egypt received on Monday Russia's proposal.", set(), {("Egypt", "meetsWith", None, None)}),
]


@pytest.mark.parametrize("sentence, expected, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_direct_after_date(read, sentence, expected, absent):
    check(read(sentence, "en"), expected, absent)
