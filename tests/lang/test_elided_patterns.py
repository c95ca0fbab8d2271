"""A pattern ending in an elided word ("en faveur d'") is found where the elision is written onto the next word."""
from __future__ import annotations

import pytest

from diplograph.events.lexicon import _with_elided
from diplograph.lang.matcher import Matcher
from diplograph.lang.profile import load_language


def found(matcher: Matcher, text: str) -> list[tuple[str, tuple]]:
    return [(m.key, m.payloads) for m in matcher.find(text)]


def test_pattern_ending_in_an_elided_word_matches_inside_the_next_word():
    m = Matcher(elisions=("d'", "l'"))
    m.add("en faveur d'", "supports")
    # the match stops before the elided word, which stays with the object
    assert found(m, "plaide en faveur d'une treve") == [("en faveur", ("supports",))]


def test_without_the_elision_declared_it_does_not():
    m = Matcher()
    m.add("en faveur d'", "supports")
    assert found(m, "plaide en faveur d'une treve") == []


@pytest.mark.parametrize("text", ["plaide en faveur de la treve", "en faveur du plan", "en faveurs d'une"])
def test_elided_pattern_needs_its_elided_word(text):
    m = Matcher(elisions=("d'",))
    m.add("en faveur d'", "supports")
    assert found(m, text) == []


def test_a_lone_elided_word_still_needs_a_boundary():
    # "l'" alone (a stopword) is no pattern of two words: it is not opened
    m = Matcher(elisions=("l'",))
    m.add("l'", "stop")
    assert found(m, "l'otan") == []


def test_the_pattern_that_needed_the_elision_wins_over_its_head():
    m = Matcher(elisions=("l'",))
    m.add("quitte", "bare")
    m.add("quitte l'", "elided")
    assert found(m, "a quitte l'otan") == [("quitte", ("elided",))]


def test_an_actor_written_with_the_elision_follows_the_match():
    m = Matcher(elisions=("d'",))
    m.add("sous l'egide d'", "mediates")
    m.add("d'oman", "actor")
    assert found(m, "sous l'egide d'oman") == [("sous l'egide", ("mediates",)), ("d'oman", ("actor",))]


def test_trigger_rows_ending_in_an_elidable_word_get_their_elided_twin():
    fr = load_language("fr")
    rows = [{"predicate": "supports", "pos": "verb", "base": "plaide en faveur de"},
            {"predicate": "withdrawsFrom", "pos": "verb", "base": "quitté la"},
            {"predicate": "withdrawsFrom", "pos": "verb", "base": "quitté l'"},
            {"predicate": "hosts", "pos": "verb", "base": "accueilli"}]
    assert [r["base"] for r in _with_elided(fr, rows)] == [
        "plaide en faveur de", "quitté la", "quitté l'", "accueilli", "plaide en faveur d'"]
    assert _with_elided(load_language("en"), rows) == rows


def test_no_twin_for_a_head_written_alone():
    # "visite" is a row of its own: it reads "la visite d'Olaf Scholz" by its frame
    rows = [{"predicate": "visits", "pos": "noun", "base": "visite", "frame": "elided_genitive"},
            {"predicate": "visits", "pos": "noun", "base": "visite de"}]
    assert _with_elided(load_language("fr"), rows) == rows
