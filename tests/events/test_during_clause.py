"""Who acts during an event: not a statement that a clause word sets in another clause.

during._opened_after (language.yaml clause_words). Sentences written for these tests.
"""
from __future__ import annotations

import pytest

CASES = [
    # the signing "in light of" which the meeting reviewed ties is no act during the meeting
    ("ar", "وجرى خلال اللقاء استعراض العلاقات بين البلدين، في ضوء توقيع 5 اتفاقيات بين الأردن ولبنان أمس.",
     {("Jordan", "signs"), ("Lebanon", "signs")}, {("Jordan", "participatesIn"), ("Lebanon", "participatesIn")}),
    ("ar", "وجرى خلال القمة بحث الأوضاع، بينما وقعت مصر والأردن اتفاقية للتعاون.",
     {("Egypt", "signs")}, {("Egypt", "participatesIn")}),
    # with no clause word between, the nearest statement's subjects still take part
    ("en", "On the sidelines of the G20 summit, Egypt signed an agreement with Jordan.",
     {("Egypt", "participatesIn")}, set()),
    # a negated act says nothing of who attended the event it was (not) done at
    ("en", "Aliyev and Pashinyan did not meet on the sidelines of the summit in Copenhagen.",
     {("Ilham Aliyev", "meetsWith")}, {("Ilham Aliyev", "participatesIn"), ("Nikol Pashinyan", "participatesIn")}),
    ("en", "Macron did not meet Putin during the summit.", {("Emmanuel Macron", "meetsWith")}, {("Emmanuel Macron", "participatesIn")}),
    ("ru", "Алиев и Пашинян не встретились на полях саммита в Копенгагене.",
     {("Ilham Aliyev", "meetsWith")}, {("Ilham Aliyev", "participatesIn")}),
    ("ar", "لم يلتق علييف وباشينيان على هامش القمة في كوبنهاغن.", set(), {("Ilham Aliyev", "participatesIn")}),
    # the same acts, not negated, still place their subjects at the event
    ("ru", "Алиев и Пашинян встретились на полях саммита в Копенгагене.", {("Ilham Aliyev", "participatesIn")}, set()),
    ("en", "Macron met Putin during the summit.", {("Emmanuel Macron", "participatesIn")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_during_clause(read, lang, text, expected, absent):
    rows = {r[:2] for r in read(text, lang)}
    assert expected <= rows, rows
    assert not absent & rows, rows
