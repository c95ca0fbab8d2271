"""Sanctions in a reduced passive fall on their target (target.py); a participle's agent is no patient (passive._agent). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # the target after the agent, or before it
    ("en", "Sanctions imposed by Washington on Caracas took effect on Monday.",
     {("United States", "sanctions", "Venezuela", "default")}, {(None, "sanctions", "Sanctions", None)}),
    ("en", "The sanctions imposed on Iran by the United States remain in force.",
     {("United States", "sanctions", "Iran", "default")}, set()),
    ("en", "Sanctions were imposed by the United States on Iran.",
     {("United States", "sanctions", "Iran", "default")}, set()),
    ("en", "The sanctions lifted by Washington on Damascus last year helped trade.",
     {("United States", "easesSanctions", "Syria", "default")}, {(None, "sanctions", None, None)}),
    # no target named: the sanctions fall on nobody named, no statement
    ("en", "The sanctions imposed by the EU remain in force.", set(), {(None, "sanctions", None, None)}),
    # not sanctions: the passive reads as before
    ("en", "The summit was hosted by Egypt.", {("Egypt", "hosts", "summit", "participant")}, set()),
    # the agent of a participle in the subject is not what the main passive acts on
    ("en", "The plan proposed by the US was rejected by Russia.",
     {("Russia", "rejects", "plan proposed by the US", "default"), ("United States", "proposes", "plan", "default")},
     {("Russia", "rejects", "United States", "default")}),
    ("en", "Ukraine was attacked by Russia.", {("Russia", "attacks", "Ukraine", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_target(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, obj, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate and obj in (None, r[2])], rows
