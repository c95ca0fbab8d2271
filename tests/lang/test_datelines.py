"""Datelines opening a story are set aside: the function on its own, and the table ``datelines.tsv``."""
from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.lang.datelines import dateline_end
from diplograph.lang.profile import load_language
from diplograph.lang.sentences import split_sentences
from tests.support.tables import table

TABLE = Path(__file__).parent / "datelines.tsv"
ANY = "*"



@pytest.mark.parametrize(("lang", "line", "rest"), [
    ("en", "PARIS, Oct 4 (Reuters) - France rejected the plan.", "France rejected the plan."),
    ("en", "WASHINGTON (AP)—Iran condemned it.", "Iran condemned it."),
    ("en", "BEIJING, Oct. 5 (Xinhua) -- China welcomed it.", "China welcomed it."),
    ("en", "SHARM EL-SHEIKH, Egypt: Leaders met.", "Leaders met."),
    ("en", "WASHINGTON — Iran condemned it.", "Iran condemned it."),
    ("fr", "PARIS, 4 octobre (Reuters) - L'Allemagne a condamné.", "L'Allemagne a condamné."),
    ("fr", "MOSCOU (AFP) - La Russie a rejeté.", "La Russie a rejeté."),
    ("ar", "القاهرة - (أ ف ب) - أدانت مصر الهجوم.", "أدانت مصر الهجوم."),
    ("ar", "القاهرة، 4 أكتوبر (رويترز) - رحبت قطر.", "رحبت قطر."),
    ("ru", "МОСКВА, 5 окт — РИА Новости. Россия осудила удар.", "Россия осудила удар."),
    ("ru", "КИЕВ, 5 октября. /ТАСС/. Украина отвергла.", "Украина отвергла."),
])
def test_dateline_is_cut(lang, line, rest):
    assert line[dateline_end(line, load_language(lang)):] == rest


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "NATO - The alliance met."),                       # an acronym, not a place
    ("en", "IRAN - TALKS RESUME IN MUSCAT"),                  # a headline in capitals
    ("en", "Iran (the Islamic Republic) - said it."),        # brackets that name no agency
    ("en", "France, 2 days ago - rejected it."),             # a place and a number, no capitals, no agency
    ("en", "France rejected the plan (Reuters) - sources."),
    ("fr", "La France - et l'Allemagne - ont refusé."),
    ("ar", "أدانت مصر - الهجوم على غزة."),                  # no date nor agency in a script without case
    ("ru", "США. Россия осудила удар."),                    # capitals, too short alone
])
def test_no_dateline(lang, line):
    assert dateline_end(line, load_language(lang)) == 0


def test_only_the_first_dateline_is_set_aside():
    text = "ROME, Oct 4 (Reuters) - Italy agreed.\nPARIS, Oct 4 (Reuters) - France agreed."
    assert [s.text for s in split_sentences(text, load_language("en"))] == [
        "Italy agreed.", "PARIS, Oct 4 (Reuters) - France agreed."]


def test_sentences_still_slice_the_text():
    text = "Headline here\nКИЕВ, 5 октября. /ТАСС/. Украина отвергла. Россия тоже."
    sentences = split_sentences(text, load_language("ru"))
    assert [s.text for s in sentences] == ["Headline here", "Украина отвергла.", "Россия тоже."]
    assert all(text[s.start:s.end] == s.text for s in sentences)


@pytest.mark.parametrize("row", table(TABLE, ["lang", "text", "check", "actor", "predicate"],
                                      choices={"check": {"statement", "no_statement", "mention", "no_mention"}}))
def test_dateline_table(row, extract):
    x = extract(row["text"].replace("\\n", "\n"), row["lang"], "2025-10-05")
    actor, predicate, check = row["actor"], row["predicate"], row["check"]
    said = [(s.subject.label, s.predicate) for s in x.statements]
    named = {m.actor.label for m in x.mentions}
    if check == "statement":
        assert (actor, predicate) in said, said
    elif check == "no_statement":
        assert not [(a, p) for a, p in said if actor in (ANY, a) and predicate in (ANY, p)], said
    elif check == "mention":
        assert actor in named, named
    else:
        assert actor not in named, named
