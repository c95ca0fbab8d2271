"""Verbs in their clause (default, direct), passives and relative clauses; sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object)
CASES = [
    # default: subject before (SVO) or after (VSO), object after
    ("en", "Qatar hosted the talks in Doha.", {("Qatar", "hosts", "talks in Doha", "default")}, set()),
    ("fr", "L'Égypte a accueilli le sommet.", {("Egypt", "hosts", "sommet", "default")}, set()),
    ("ar", "استقبل الرئيس المصري الرئيس التركي.",
     {("Abdel Fattah el-Sisi", "meetsWith", "Recep Tayyip Erdoğan", "default")}, set()),
    ("en", "Turkey, in turn, praised the agreement.", {("Turkey", "welcomes", "agreement", "default")}, set()),
    # a participle clause keeps the main clause's subject
    ("en", "Egypt welcomed the agreement, calling for its swift implementation.",
     {("Egypt", "welcomes", "agreement", "default"), ("Egypt", "callsFor", "swift implementation", "default")}, set()),
    # coordinated subjects of a reciprocal verb with no object meet each other; one alone states nothing
    ("en", "Egypt, Jordan and Qatar met in Cairo.",
     {("Egypt", "meetsWith", "Jordan", "default"), ("Qatar", "meetsWith", "Egypt", "default")}, set()),
    ("en", "Egypt met in Cairo.", set(), {("Egypt", "meetsWith", None, None)}),
    # direct: the object must be an actor opening the phrase
    ("en", "Jordan received Mahmoud Abbas on Monday.", {("Jordan", "meetsWith", "Mahmoud Abbas", "direct")}, set()),
    ("fr", "Emmanuel Macron a reçu Mahmoud Abbas à Paris.",
     {("Emmanuel Macron", "meetsWith", "Mahmoud Abbas", "received")}, set()),
    ("en", "Jordan received weapons from Germany on Monday.", set(), {("Jordan", "meetsWith", None, None)}),
    ("en", "Jordan received Germany's proposal on Monday.", set(), {("Jordan", "meetsWith", None, None)}),
    ("fr", "Emmanuel Macron a reçu une lettre de Mahmoud Abbas.", set(), {("Emmanuel Macron", "meetsWith", None, None)}),
    # passive: the agent is the subject
    ("en", "The summit was hosted by Egypt.", {("Egypt", "hosts", "summit", "participant")}, set()),
    ("en", "The plan proposed by the United States was rejected.",
     {("United States", "proposes", "plan", "default")}, set()),
    ("en", "The ceasefire, brokered by Qatar, held.", {("Qatar", "mediates", "ceasefire", "default")}, set()),
    ("en", "Hungary, backed by Russia, blocked the sanctions.",
     {("Russia", "supports", "Hungary", "default"), ("Hungary", "rejects", "sanctions", "default")}, set()),
    # an agentless passive states nothing: its subject is the patient
    ("en", "Syria was welcomed back into the Arab League.", set(), {("Syria", "welcomes", None, None)}),
    # relative clauses: the actor before a subject relative is the subject
    ("en", "Egypt, which hosted the talks, welcomed the deal.",
     {("Egypt", "hosts", "talks", "default"), ("Egypt", "welcomes", "deal", "default")}, set()),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_verb(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)


def test_a_mention_a_preposition_governs_is_no_subject_after_its_comma(read):
    # language.yaml preposition_words: "with Tunisia," is the pact's partner, not who expels.
    rows = read("Italy urged Libya to sign a pact with Tunisia, expel smugglers and close the camps.", "en")
    assert not [r for r in rows if r[0] == "Tunisia"], rows
    rows = read("The French president, Emmanuel Macron, condemned the strike.", "en")
    assert ("Emmanuel Macron", "condemns", "strike", "default") in rows, rows


def test_a_participial_adjunct_between_commas_is_passed_over(read):
    # language.yaml active_suffixes: ", attending the summit," sets no subject apart.
    rows = read("Egypt, attending the summit, rejected the plan.", "en")
    assert ("Egypt", "rejects", "plan", "default") in rows, rows
    rows = read("La France, appelant à la retenue, a condamné la frappe.", "fr")
    assert ("France", "condemns", "frappe", "default") in rows, rows


def test_a_time_phrase_before_that_opens_no_object(read):
    # "warned on Saturday evening that ...": the content is the clause after "that", whole.
    rows = read("Nigeria warned on Saturday evening that it would close its border with Benin.", "en")
    assert ("Nigeria", "warns", "close its border with Benin", "default") in rows, rows
    assert not [r for r in rows if r[1] == "blockades"], rows


def test_a_bare_conjunct_of_urged_content(read):
    # "urged Iran to free the hostages and halt enrichment": "halt enrichment" is urged too.
    rows = read("France urged Iran to free the hostages and halt enrichment.", "en")
    assert ("France", "callsFor", "halt enrichment", "default") in rows, rows
    rows = read("France urged Iran to free the hostages, officials said.", "en")
    assert {r[2] for r in rows if r[1] == "callsFor"} == {"free the hostages"}, rows
