"""Language detection on short texts, written for this test: words two languages share decide nothing."""
from __future__ import annotations

import pytest

from diplograph.lang.detect import detect_language

CASES = [
    ("The Security Council failed on Friday to adopt a resolution demanding a ceasefire. "
     "France circulated a draft calling for a pause. Egypt issued a statement condemning a strike.", "en"),
    ("Egypt hosted a round of talks on Gaza.", "en"),
    ("La France a condamné la frappe et a appelé à la retenue.", "fr"),
    ("Le Qatar a accueilli une réunion sur Gaza.", "fr"),
]


@pytest.mark.parametrize("text, lang", CASES)
def test_short_texts(text, lang):
    assert detect_language(text) == lang
