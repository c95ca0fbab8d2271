"""A one-word gloss in brackets right after a trigger or its fixed tail (language.yaml gloss_marks) cuts no clause:
the object lies past it. Sentences written for these tests."""
from __future__ import annotations

import pytest

CASES = [
    # the veto glossed: the draft past the gloss is the object
    ("ar", "استخدمت روسيا حق النقض (الفيتو) ضد مشروع القرار.", ("Russia", "rejects"), "مشروع القرار"),
    ("ar", "واستخدمت الولايات المتحدة حق النقض (الفيتو) ضد مشروع قرار يطالب بوقف إطلاق النار.",
     ("United States", "rejects"), "مشروع قرار"),
    # two words in brackets are a parenthesis, not a gloss: the clause is still cut
    ("ar", "استخدمت الصين حق النقض (للمرة الثالثة) ضد مشروع القرار.", None, None),
    # a gloss after a name, not after the trigger, is read as before
    ("ar", "رفضت مصر (القاهرة) الخطة الإسرائيلية.", ("Egypt", "rejects"), "الخطة"),
]


@pytest.mark.parametrize("lang,text,statement,obj", CASES)
def test_trigger_gloss(read, lang, text, statement, obj):
    rows = read(text, lang)
    if statement is None:
        assert not rows
        return
    assert any((subject, predicate) == statement and obj in found for subject, predicate, found, _ in rows), rows
