"""A subject-after language (Arabic VSO) fronts its subject after «إن/أن» or at the start of a clause.

The actor right before the verb is then its subject and the actor after it
its object (``subject_openers`` in language.yaml). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

from tests.events.conftest import check

CASES = [
    ("ar", "قال الوزير إن تركيا دعمت أذربيجان.", {("Turkey", "supports", "Azerbaijan", "default")},
     {("Azerbaijan", None, None, None)}),
    ("ar", "إسرائيل هاجمت سوريا.", {("Israel", "attacks", "Syria", "default")}, {("Syria", None, None, None)}),
    ("ar", "أكد المتحدث أن مصر استقبلت الرئيس الفرنسي.", {("Egypt", "meetsWith", "Emmanuel Macron", "default")},
     {("Emmanuel Macron", "meetsWith", "Egypt", None)}),
    # VSO stays VSO: the actor after the verb is its subject
    ("ar", "استقبل السيسي الرئيس الفرنسي.", {("Abdel Fattah el-Sisi", "meetsWith", "Emmanuel Macron", "default")},
     set()),
    # an actor before the verb that does not open its clause is no subject
    ("ar", "بعد انتهاء القمة مع فرنسا استقبل السيسي وزير الخارجية الأمريكي.", set(),
     {("France", "meetsWith", None, None)}),
    # a verb with an object pronoun fronts its object, not its subject
    ("ar", "الرئيس الفرنسي استقبله السيسي في القاهرة.", set(), {("Emmanuel Macron", "meetsWith", None, None)}),
]


@pytest.mark.parametrize("lang, text, expected, absent", CASES)
def test_fronted_subject(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)


# An urged actor, then a clitic that opens what it is urged to do (content_clitics): the content is the object.
URGED = [
    ("ar", "طالب لبنان إسرائيل بالانسحاب من النقاط الحدودية.", {("Lebanon", "demands", "الانسحاب من النقاط الحدودية",
                                                               "default")}, {("Lebanon", "demands", "Israel", None)}),
    ("ar", "طالبت قطر الأمم المتحدة بالتحرك لوقف الحرب.", {("Qatar", "demands", "التحرك لوقف الحرب", "default")}, set()),
    # one word after the clitic is a manner ("strongly"): the addressee stays the object
    ("ar", "طالبت مصر إسرائيل بشدة.", {("Egypt", "demands", "Israel", "default")}, set()),
    # a clitic on an actor is no content
    ("ar", "طالبت مصر بانسحاب إسرائيل من رفح.", set(), {("Egypt", "demands", "Israel", None)}),
]


@pytest.mark.parametrize("lang, text, expected, absent", URGED)
def test_urged_content_after_a_clitic(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
