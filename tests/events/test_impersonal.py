"""Indefinite-personal reports, light verbs in a relative clause and coordinated genitives; sentences written for these tests."""
from __future__ import annotations

import pytest

CASES = [
    # impersonal: the body a venue word names beside a plural verb with no subject is the source
    ("В Кремле осудили удар по Белгороду.", {("Kremlin", "condemns", "удар по Белгороду")}, set()),
    ("Удар, который нанесли по Харькову, осудили в Белом доме.", {("White House", "condemns", "Удар")}, set()),
    # no venue word, a subject of its own, or a body that is only where someone acts
    ("Журналисты в Кремле осудили решение.", set(), {("Kremlin", "condemns")}),
    ("Путин осудил в Кремле удар по Курску.", {("Vladimir Putin", "condemns", "удар по Курску")},
     {("Kremlin", "condemns")}),
    # relative_light: the event noun a relative clause resumes, the light verb's subject
    ("Санкции, которые США ввели против Ирана, вступили в силу.", {("United States", "sanctions", "Iran")}, set()),
    ("Визит, который Макрон нанёс в Пекин, продлился два дня.", {("Emmanuel Macron", "visits", "в Пекин")}, set()),
    ("Санкции, которые вступили в силу в понедельник, затронули экспорт.", set(), {(None, "sanctions")}),
    # no party named: an agent_events noun is its own object (predicates.yaml); any other names none
    ("Посредничество, которое осуществляют Катар и ОАЭ, принесло результаты.",
     {("Qatar", "mediates", "Посредничество"), ("United Arab Emirates", "mediates", "Посредничество")}, set()),
    ("Посредничество, которое осуществляли в Дохе, принесло результаты.", set(), {(None, "mediates")}),
    ("Санкции, которые ввели США, вступили в силу.", set(), {(None, "sanctions")}),
    ("Визит, который совершил Путин, завершился.", set(), {(None, "visits")}),
    # a noun governing coordinated actors: they hold it with each other (partner.with_partner)
    ("Переговоры России и Китая прошли в Пекине.",
     {("Russia", "negotiatesWith", "China"), ("China", "negotiatesWith", "Russia")}, set()),
    ("Переговоры министров прошли в Пекине.", set(), {(None, "negotiatesWith")}),
]


@pytest.mark.parametrize("text,expected,absent", CASES)
def test_impersonal_and_resumed(read, text, expected, absent):
    rows = {(s, p, o) for s, p, o, _ in read(text, "ru")}
    assert expected <= rows, f"missing {expected - rows}; found {rows}"
    for subject, predicate in absent:
        assert not [r for r in rows if r[1] == predicate and subject in (None, r[0])], rows


def test_without_the_key_a_language_reads_no_impersonal(read):
    # English declares no impersonal_suffixes: "condemned in the Kremlin" has no source
    assert not {r for r in read("The strike was condemned in the Kremlin.", "en") if r[0] == "Kremlin"}


SHARED = [
    # arguments.partner_after_event: an event phrase after a meeting verb is where; the partner follows "с"
    ("Министр иностранных дел Китая Ван И встретился на полях совещания глав МИД ШОС в Тяньцзине с Сергеем Лавровым.",
     {("Wang Yi", "meetsWith", "Sergey Lavrov")}, {("Wang Yi", "meetsWith", "Shanghai Cooperation Organisation")}),
    ("Макрон встретился на саммите НАТО с Эрдоганом.", {("Emmanuel Macron", "meetsWith", "Recep Tayyip Erdoğan")}, set()),
    ("Макрон встретился на саммите НАТО.", set(), {("Emmanuel Macron", "meetsWith", "NATO")}),
    # only a meeting's partner: "направила на Кубу" sends to Cuba
    ("Россия направила на Кубу партию нефти в качестве гуманитарной помощи.", {("Russia", "providesAidTo", "Cuba")}, set()),
    # passive.reduced_form: a full passive participle with its agent by case and no auxiliary
    ("Мирный план, предложенный Турцией, обсудят в Женеве.", {("Turkey", "proposes", "Мирный план")}, set()),
    ("Соглашение подписано Россией и Китаем.", {("Russia", "signs", "Соглашение"), ("China", "signs", "Соглашение")}, set()),
    ("Удар, нанесённый по Киеву, вызвал пожар.", set(), {(None, "attacks", None)}),
    ("Предложенный план обсуждался в Женеве.", set(), {(None, "proposes", None)}),
]


@pytest.mark.parametrize("text,expected,absent", SHARED)
def test_event_phrase_and_reduced_passive(read, text, expected, absent):
    _check(read(text, "ru"), expected, absent)


SENTENCE = [
    # together.py: "вместе с X" before the verb adds X as a subject; after it, X may be the object's
    ("Вместе с Францией Германия осудила удар по Киеву.",
     {("Germany", "condemns", "удар по Киеву"), ("France", "condemns", "удар по Киеву")}, set()),
    ("Путин принял Моди вместе с Си Цзиньпином.", {("Vladimir Putin", "hosts", "Narendra Modi")}, {("Xi Jinping", "hosts", None)}),
    # asked.py: a verb before a question particle takes the actor after the particle as subject
    ("Признает ли Франция независимость Палестины", {("France", "recognizes", "независимость Палестины")}, set()),
    ("Признает ли кто-нибудь этот план?", set(), {(None, "recognizes", None)}),
]


@pytest.mark.parametrize("text,expected,absent", SENTENCE)
def test_together_and_asked(read, text, expected, absent):
    _check(read(text, "ru"), expected, absent)


def _check(found, expected, absent):
    """Every expected (subject, predicate, object) is read; no absent one is (None matches anything)."""
    rows = {(s, p, o) for s, p, o, _ in found}
    assert expected <= rows, f"missing {expected - rows}; found {rows}"
    for subject, predicate, obj in absent:
        assert not [r for r in rows if r[1] == predicate and subject in (None, r[0]) and obj in (None, r[2])], rows
