"""An event noun's partner written with a clitic (``with_clitics``): "اجتماعه بنظيره", "لقاؤه بالرئيس".

The clitic opens the partner's mention, or the title before its name; a
preposition of its own ("بشأن") or a place ("بالرياض") names no partner.
Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("ar", "أكد وانغ يي خلال اجتماعه بوزير الخارجية الروسي سيرغي لافروف دعم الصين.",
     {("Wang Yi", "meetsWith", "Sergey Lavrov", "with")}, set()),
    ("ar", "أكد وانغ يي خلال اجتماعه بنظيره الروسي سيرغي لافروف دعم الصين.",
     {("Wang Yi", "meetsWith", "Sergey Lavrov", "with")}, set()),
    # a place, or a word that is a preposition of its own: no partner
    ("ar", "أكد وزير الخارجية الأردني أيمن الصفدي بعد اجتماعه بالرياض دعم الأردن.", set(),
     {("Ayman Safadi", "meetsWith", None, None)}),
    ("ar", "أكد عراقجي بعد محادثاته بشأن إيران استعداد طهران.", set(), {("Abbas Araghchi", "negotiatesWith", None, None)}),
    # no one owns the meeting: no statement
    ("ar", "ناقش اجتماعه بوزير الخارجية الأمريكي ماركو روبيو الأزمة.", set(), {("Marco Rubio", None, None, None)}),
]


@pytest.mark.parametrize("lang, text, expected, absent", CASES)
def test_with_clitic(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
