"""Russian constructions through the whole pipeline: the rows of ``case.tsv`` and ``constructions.tsv``."""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from diplograph.lang.forms import form_marks
from diplograph.lang.normalise import fold
from diplograph.lang.profile import load_language
from tests.fixtures import assert_statement, extract_text, summary

def _rows(name: str) -> list[dict[str, str]]:
    with open(Path(__file__).with_name(name), encoding="utf-8") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"))


_ROWS = _rows("case.tsv")
_CONSTRUCTIONS = _rows("constructions.tsv")


def _check(row: dict[str, str]) -> None:
    """The row's statement is found (subject "-": none of its predicate); case.tsv's are all asserted."""
    x = extract_text(row["sentence"], "ru", date(2025, 9, 3))
    if row["subject"] == "-":
        assert not [s for s in x.statements if s.predicate == row["predicate"]], summary(x)
    else:
        assert_statement(x, row["subject"], row["predicate"], row["negated"] == "true", row.get("modality", "asserted"),
                         row["keyword"])


@pytest.mark.parametrize("row", _ROWS, ids=[f"{r['construction']}-{i}" for i, r in enumerate(_ROWS)])
def test_case_rows(row):
    _check(row)


@pytest.mark.parametrize("row", _CONSTRUCTIONS, ids=[f"{r['construction']}-{i}" for i, r in enumerate(_CONSTRUCTIONS)])
def test_construction_rows(row):
    _check(row)


def test_forms_carry_their_cases():
    ru = load_language("ru")
    marks = form_marks(ru, "Сергей Лавров", "name")
    assert marks[fold("Сергеем Лавровым")] == {"ablt"}
    assert marks[fold("Сергея Лаврова")] == {"gent", "accs"}
    assert form_marks(ru, "Моди", "name")[fold("Моди")] == frozenset()  # does not decline: nothing known


def test_a_language_without_case_marks_nothing():
    assert form_marks(load_language("fr"), "Égypte", "name") == {}


@pytest.mark.parametrize("sentence, label", [
    ("Лавров встретился с генеральным секретарём ОДКБ Батбаяром Дашдоржем.", "Батбаяр Дашдорж"),
    ("Лавров поблагодарил генерального секретаря ОДКБ Батбаяра Дашдоржа.", "Батбаяр Дашдорж"),
    ("Генеральный секретарь ОДКБ Батбаяр Дашдорж прибыл в Москву.", "Батбаяр Дашдорж"),
    ("Лавров встретился с заместителем министра иностранных дел России Андреем Руденко.", "Андрей Руденко"),
])
def test_unknown_people_are_named_in_the_nominative(sentence, label):
    x = extract_text(sentence, "ru", date(2025, 9, 3))
    assert label in {a.label for a in x.actors}, summary(x)


def test_cue_forms_keep_the_stopwords_of_names():
    # "заявила" is a stopword (never part of a name) but a form of the cue "заявил".
    from diplograph.lang.forms import entry_forms
    ru = load_language("ru")
    assert {"заявила", "заявили"} <= entry_forms(ru, "заявил", "cue")
    assert "будут" in entry_forms(ru, "будет", "cue")


def test_a_capital_named_as_a_place_is_one_place_in_the_nominative():
    x = extract_text("Лавров прибыл в Москву. Переговоры в Москве прошли в понедельник.", "ru", date(2025, 9, 3))
    places = [a for a in x.actors if a.type == "Place"]
    assert [a.label for a in places] == ["Москва"], places


@pytest.mark.parametrize("written, future", [
    ("посещу", True),  # perfective non-past
    ("передам", True),  # perfective non-past not in -у/-ю
    ("приветствую", False),  # two aspects: the present, as news uses it
    ("передаю", False),  # imperfective present
    ("встретился", False),  # past
])
def test_a_written_verb_is_future_by_its_aspect_and_tense(written, future):
    from diplograph.lang.forms import written_future
    assert written_future(load_language("ru"), written) is future
