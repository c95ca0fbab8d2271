"""A partnered ``during_words`` phrase between a verb and its object: the call is held, and no part of the object.

«أكد الرئيس المصري خلال اتصال هاتفي مع نظيره الفرنسي ضرورة ...»: the
speaker stands before the phrase, the partner in it is met
(:func:`~diplograph.events.frames.arguments.during_adjunct`), and the
object follows it.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("ar", "وأكد الرئيس المصري خلال اتصال هاتفي مع نظيره الفرنسي ضرورة وقف الحرب.",
     {("Abdel Fattah el-Sisi", "callsFor", "وقف الحرب", "speaker"),
      ("Abdel Fattah el-Sisi", "meetsWith", "Emmanuel Macron", "during")},
     {("Emmanuel Macron", "callsFor", None, None)}),
    ("ar", "ودعا الرئيس المصري خلال اتصال هاتفي مع نظيره الفرنسي إلى وقف الحرب.",
     {("Abdel Fattah el-Sisi", "callsFor", "وقف الحرب", "default"),
      ("Abdel Fattah el-Sisi", "meetsWith", "Emmanuel Macron", "during")}, set()),
    # a possessed event noun takes its partner right after it
    ("ar", "ورحب الرئيس المصري خلال لقائه نظيره الفرنسي بالاتفاق.",
     {("Abdel Fattah el-Sisi", "welcomes", "بالاتفاق", "default"),
      ("Abdel Fattah el-Sisi", "meetsWith", "Emmanuel Macron", "direct")}, set()),
    # no partner: the phrase has no sure end, and no one is met
    ("ar", "ورحب الرئيس المصري خلال الاجتماع بالاتفاق.",
     {("Abdel Fattah el-Sisi", "welcomes", "خلال الاجتماع بالاتفاق", "default")},
     {(None, "meetsWith", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_during_adjunct(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, _, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate], rows


def test_during_adjunct_ends_after_the_partner_group(extractor):
    from datetime import date

    from diplograph.actors.mentions import find_chunks
    from diplograph.events.frames.arguments import during_adjunct
    from diplograph.events.frames.view import SentenceView
    from diplograph.lang.profile import load_language

    language = load_language("ar")
    text = "بحث خلال اتصال هاتفي مع مصر والأردن الأوضاع"
    scan = extractor.scanner(language).scan(text)
    chunks = find_chunks(scan, text, kb=extractor.kb, language=language, day=date(2025, 9, 3))
    s = SentenceView(scan, chunks, language)
    words = scan.spans_between(len("بحث"), len(text))
    assert text[:during_adjunct(s, words)].endswith("والأردن")
    # a during phrase with no event noun after it is none
    assert during_adjunct(s, words[1:]) is None


# The words between an event noun and "with" are counted after the actor it governs:
# a titled name is one actor, however many words it takes.
@pytest.mark.parametrize("text,expected", [
    ("جرى لقاء الرئيس المصري عبد الفتاح السيسي مع الرئيس الفرنسي إيمانويل ماكرون في القاهرة.",
     {("Abdel Fattah el-Sisi", "meetsWith", "Emmanuel Macron", "with")}),
    ("جاء ذلك خلال لقاء السيسي مع ماكرون في القاهرة.",
     {("Abdel Fattah el-Sisi", "meetsWith", "Emmanuel Macron", "with")}),
    # "with" too far after the actor: an adjunct of something else
    ("جرى لقاء الرئيس المصري عبد الفتاح السيسي في القاهرة أمس وسط إجراءات أمنية مشددة مع ماكرون.", set()),
])
def test_with_counted_after_the_governed_actor(read, text, expected):
    rows = {r for r in read(text, "ar") if r[1] == "meetsWith"}
    assert rows == expected
