"""The gerund of a reason is said of the verb's object only (frames.reason): "thanked Turkey for hosting"."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    # the object before "for" did it
    ("Sharaa thanked Turkey for hosting the meeting.", {("Turkey", "hosts", "meeting", "default")},
     {("Ahmed al-Sharaa", "hosts", None, None)}),
    ("Qatar thanked Egypt and Jordan for hosting the talks.",
     {("Egypt", "hosts", "talks", "default"), ("Jordan", "hosts", "talks", "default")}, {("Qatar", "hosts", None, None)}),
    # an object that names no actor: nobody the text names did it, least of all the thanker
    ("Sharaa thanked the leaders for convening the meeting.", set(), {("Ahmed al-Sharaa", "hosts", None, None)}),
    ("Iran criticized the leaders for attending the summit.", set(), {("Iran", "participatesIn", None, None)}),
    # no object between the verb and "for", or no verb: the clause's subject
    ("Egypt was praised for hosting the talks.", {("Egypt", "hosts", "talks", "default")}, set()),
    ("Egypt is responsible for hosting the talks.", {("Egypt", "hosts", "talks", "default")}, set()),
]


@pytest.mark.parametrize("sentence, expected, absent", CASES, ids=[c[0][:40] for c in CASES])
def test_reason_gerund(read, sentence, expected, absent):
    check(read(sentence, "en"), expected, absent)
