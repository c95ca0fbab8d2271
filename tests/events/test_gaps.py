"""Multi-word triggers read across a time word or an adverb inside them (language.yaml trigger_gap_words)."""
from __future__ import annotations

import pytest

from diplograph.lang.scanner import Scanner, Tag
from tests.events.conftest import check


def _scanner() -> Scanner:
    return Scanner([("went to", Tag("trigger", "visits")), ("monday", Tag("gap")), ("monday", Tag("date")),
                    ("also", Tag("gap")), ("rome", Tag("actor", "rome"))])


def test_join_keeps_the_gap_word_inside():
    scan = _scanner().scan("he went monday to rome")
    assert [(scan.text[i.start:i.end], sorted(i.kinds)) for i in scan.items] == [
        ("went monday to", ["trigger"]), ("monday", ["date", "gap"]), ("rome", ["actor"])]


def test_a_run_of_gap_words_is_cut_whole():
    scan = _scanner().scan("he went also monday to rome")
    assert scan.items[0].kinds == {"trigger"} and scan.text[scan.items[0].start:scan.items[0].end] == "went also monday to"


def test_a_cue_joins_across_a_gap_too():
    # "failed on Friday to": a refusal cue split by a date still governs the verb after it
    scan = Scanner([("failed to", Tag("cue", ("refusal", "clause"))), ("friday", Tag("gap"))]).scan(
        "it failed friday to adopt it")
    assert [scan.text[i.start:i.end] for i in scan.of_kind("cue")] == ["failed friday to"]


@pytest.mark.parametrize("text", ["he went monday, to rome", "monday to rome", "he went rome monday to"])
def test_no_join(text):
    assert not _scanner().scan(text).of_kind("trigger")


# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "Emmanuel Macron s'est rendu lundi à Berlin.",
     {("Emmanuel Macron", "visits", "Berlin", "default")}, set()),
    ("fr", "Le chef de la diplomatie française Jean-Noël Barrot s'est également rendu en Jordanie.",
     {("Jean-Noël Barrot", "visits", "Jordan", "default")}, set()),
    ("fr", "Le Premier ministre indien Narendra Modi se rendra jeudi prochain au Japon.",
     {("Narendra Modi", "visits", "Japan", "default")}, set()),
    ("fr", "L'Espagne a appelé dimanche soir à la désescalade.",
     {("Spain", "callsFor", "désescalade", "default")}, set()),
    # a comma-set time phrase, a reflexive idiom: no trigger is read across them
    ("fr", "Emmanuel Macron s'est rendu compte lundi de son erreur.", set(), {("Emmanuel Macron", None, None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_gapped_triggers(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
