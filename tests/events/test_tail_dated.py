"""A verb split from its fixed tail by its subject (core.past_tail): a date or a dated parenthesis may follow the subject.

"واستخدمت الولايات المتحدة، الأربعاء، حق النقض": the tail follows the date set off by commas.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("استخدمت الولايات المتحدة، الأربعاء، حق النقض ضد مشروع القرار.",
     {("United States", "rejects", "حق النقض ضد مشروع القرار", "default")}, set()),
    ("واستخدمت روسيا، مساء الجمعة، حق النقض ضد مشروع قرار بريطاني.",
     {("Russia", "rejects", "حق النقض ضد مشروع قرار بريطاني", "default")}, set()),
    ("استخدمت الصين أمس حق النقض ضد القرار.", {("China", "rejects", "حق النقض ضد القرار", "default")}, set()),
    ("أطلقت السلطات الإيرانية، الأحد، سراح صحفية فرنسية.", {("Iran", "releases", "سراح صحفية فرنسية", "default")}, set()),
    # no tail after the parenthesis, or a parenthesis that is a report: nothing
    ("استخدمت روسيا، الأربعاء، طائرات مسيرة في الهجوم.", set(), {("Russia", None, None, None)}),
    ("استخدمت الولايات المتحدة، كما قال مسؤول، أسلحة جديدة.", set(), {("United States", None, None, None)}),
]


@pytest.mark.parametrize("sentence, expected, absent", CASES, ids=[c[0][:30] for c in CASES])
def test_tail_after_a_dated_subject(read, sentence, expected, absent):
    check(read(sentence, "ar"), expected, absent)
