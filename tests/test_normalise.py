"""Folding and the offset map."""
from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from diplograph.lang.normalise import fold, fold_with_offsets


@pytest.mark.parametrize("a, b", [
    ("أوكرانيا", "اوكرانيا"), ("إيران", "ايران"), ("آسيا", "اسيا"), ("القمة", "القمه"),
    ("مصطفى", "مصطفي"), ("مؤتمر", "موتمر"), ("اجتماعًا", "اجتماعا"), ("الرئيـــس", "الرئيس"),
    ("Élysée", "elysee"), ("ZELENSKYY", "zelenskyy"), ("Zelenskyy’s", "zelenskyy's"), ("Ёлка", "елка"),
])
def test_spellings_fold_together(a, b):
    assert fold(a) == fold(b)


def test_invisible_marks_are_dropped():
    assert fold("Mos\u200bcow\u200f") == "moscow"


@given(st.text())
def test_offsets_map_back_into_the_original(text):
    folded = fold_with_offsets(text)
    assert len(folded.offsets) == len(folded.text) + 1
    assert list(folded.offsets) == sorted(folded.offsets)
    for i in range(len(folded.text)):
        a, b = folded.span(i, i + 1)
        assert 0 <= a <= b <= len(text)
        assert fold(text[a:b]).startswith(folded.text[i]) or fold(text[a:b]) != ""


@given(st.text(alphabet="اأإآبتثجحخدذرزسشصضطظعغفقكلمنهويىةءؤئ ًٌٍَُِّْـ", min_size=1))
def test_arabic_words_slice_back(text):
    folded = fold_with_offsets(text)
    for start, end in ((0, len(folded.text)),):
        a, b = folded.span(start, end)
        assert fold(text[a:b]) == folded.text[start:end]
