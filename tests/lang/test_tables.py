"""Sentence tables of every language: one test per kind, reading ``tests/lang/<lang>/<kind>.tsv``.

Sentences are written for these tests (none is taken from news). Each file
opens with a comment line saying what its columns mean, then a header row;
tab-separated, no quoting (sentences hold quotation marks). A test id names
the file and the line of its row, e.g. ``en/statements.tsv:12``.

Kinds: ``statements`` (the statement of a subject and predicate, its polarity,
modality and object), ``expect`` (some statement found, or none), ``absent``
(no statement of a subject with a predicate), ``triples`` (subject, predicate,
object found or not), ``polarity`` (every statement of a subject and predicate),
``subjects`` (coordinated subjects), ``no_statement``, ``roles``, ``no_role``, ``dates``,
``groups`` (the subject's actor type and state) and ``verb_forms`` (forms made
from a verb row). A new row goes in the table of its kind; a new kind needs a
``COLUMNS`` entry and one test below.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from diplograph.lang.forms import verb_forms
from diplograph.lang.normalise import fold
from diplograph.lang.profile import load_language
from tests.fixtures import assert_statement, names_object, summary
from tests.support.tables import table

HERE = Path(__file__).parent
PUBLISHED = "2025-09-03"  # a Wednesday: the dates tables count from it

COLUMNS = {
    "statements": ["sentence", "subject", "predicate", "negated", "modality", "object"],
    "no_statement": ["sentence"],
    "no_role": ["sentence"],
    "roles": ["sentence", "person", "position", "country"],
    "dates": ["sentence", "date"],
    "subjects": ["sentence", "predicate", "subjects", "negated"],
    "absent": ["sentence", "subject", "predicate"],
    "expect": ["sentence", "subject", "predicate", "object", "negated", "modality", "expect"],
    "groups": ["sentence", "subject", "type", "state"],
    "verb_forms": ["perfect", "imperfect", "made", "not_made"],
    "triples": ["sentence", "subject", "predicate", "object", "expect"],
    "polarity": ["sentence", "subject", "predicate", "negated", "modality"],
}
#: The values a column may take, where they are few.
CHOICES = {"negated": {"yes", "no"}, "expect": {"yes", "no"}}
ANY = "*"


def table_rows(kind: str) -> list:
    """A ``pytest.param`` of (language, row) for each row of every ``<lang>/<kind>.tsv``, checked against its header."""
    choices = {column: allowed | {ANY} if kind == "expect" and column == "negated" else allowed
               for column, allowed in CHOICES.items() if column in COLUMNS[kind]}
    params = [pytest.param(path.parent.name, *row.values, id=f"{path.parent.name}/{row.id}")
              for path in sorted(HERE.glob(f"*/{kind}.tsv")) for row in table(path, COLUMNS[kind], choices=choices)]
    assert params, f"no {kind}.tsv under {HERE}"
    return params


#: Tables beside the kinds, each read by its own test module (``ru/test_case.py``).
OTHER_TABLES = {"case.tsv", "constructions.tsv"}


def test_every_table_is_read():
    """A misnamed table would be skipped without a word."""
    names = {f"{kind}.tsv" for kind in COLUMNS} | OTHER_TABLES
    assert [str(p.relative_to(HERE)) for p in HERE.glob("*/*.tsv") if p.name not in names] == []


@pytest.mark.parametrize("lang, row", table_rows("statements"))
def test_statement(extract, lang, row):
    x = extract(row["sentence"], lang, PUBLISHED)
    assert_statement(x, row["subject"], row["predicate"], row["negated"] == "yes", row["modality"], row["object"])


@pytest.mark.parametrize("lang, row", table_rows("no_statement"))
def test_no_statement(extract, lang, row):
    x = extract(row["sentence"], lang, PUBLISHED)
    assert x.statements == [], summary(x)


@pytest.mark.parametrize("lang, row", table_rows("no_role"))
def test_no_role(extract, lang, row):
    x = extract(row["sentence"], lang, PUBLISHED)
    assert x.roles == [], x.roles


@pytest.mark.parametrize("lang, row", table_rows("roles"))
def test_role(extract, lang, row):
    roles = [(r.person.label, r.position, r.country.label if r.country else None)
             for r in extract(row["sentence"], lang, PUBLISHED).roles]
    assert any(row["person"] in ("*", person) and (position, country) == (row["position"], row["country"])
               for person, position, country in roles), roles


@pytest.mark.parametrize("lang, row", table_rows("dates"))
def test_date(extract, lang, row):
    x = extract(row["sentence"], lang, PUBLISHED)
    assert date.fromisoformat(row["date"]) in {s.date for s in x.statements}, summary(x)


@pytest.mark.parametrize("lang, row", table_rows("subjects"))
def test_coordinated_subjects(extract, lang, row):
    x = extract(row["sentence"], lang, PUBLISHED)
    found = [s for s in x.statements if s.predicate == row["predicate"]]
    assert {s.subject.label for s in found} == set(row["subjects"].split("|")), summary(x)
    assert {s.negated for s in found} == {row["negated"] == "yes"}, summary(x)


@pytest.mark.parametrize("lang, row", table_rows("absent"))
def test_absent(extract, lang, row):
    x = extract(row["sentence"], lang, PUBLISHED)
    predicates = set(row["predicate"].split("|"))
    assert not [s for s in x.statements
                if s.predicate in predicates and row["subject"] in ("*", s.subject.label)], summary(x)


def _expected(statement, row: dict[str, str]) -> bool:
    """The statement has the row's subject, predicate and object (``*``: any).

    A row that must be found names an actor object whole (:func:`~tests.fixtures.names_object`);
    a row that must not be found rules out every object whose label or mention holds its word.
    """
    if not (row["subject"] in (ANY, statement.subject.label) and row["predicate"] in (ANY, statement.predicate)):
        return False
    if row["object"] == ANY:
        return True
    if row["expect"] == "yes":
        return names_object(statement.object, row["object"])
    words = fold(row["object"])
    return words in fold(statement.object.label) or words in fold(statement.object.mention or "")


@pytest.mark.parametrize("lang, row", table_rows("expect"))
def test_expected(extract, lang, row):
    x = extract(row["sentence"], lang, PUBLISHED)
    found = [s for s in x.statements if _expected(s, row)]
    if row["expect"] == "no":
        assert not found, summary(x)
        return
    assert found, summary(x)
    assert any(row["negated"] in (ANY, "yes" if s.negated else "no") and row["modality"] in (ANY, s.modality)
               for s in found), summary(x)


#: Statements that say who someone is, not what they did.
_ATTRIBUTES = ("holdsPosition", "represents", "memberOf")


@pytest.mark.parametrize("lang, row", table_rows("groups"))
def test_group_subject(extract, lang, row):
    x = extract(row["sentence"], lang, PUBLISHED)
    subjects = [s.subject for s in x.statements if s.predicate not in _ATTRIBUTES]
    if row["subject"] == "-":
        assert not [a for a in x.actors if a.type == "Group"] and not [s for s in subjects if s.type == "Group"]
        return
    assert subjects, summary(x)
    subject = subjects[0]
    if row["subject"].startswith(ANY):
        assert row["subject"][1:] in subject.label, subject.label
    else:
        assert subject.label == row["subject"]
    assert subject.type in row["type"].split("|")
    state = row["state"]
    assert subject.actor.represents == (None if state == "-" else f"country/{state.lower()}")


@pytest.mark.parametrize("lang, row", table_rows("verb_forms"))
def test_verb_forms(lang, row):
    forms = verb_forms(load_language(lang), row["perfect"], row["imperfect"])
    made, not_made = ([] if row[column] == "-" else row[column].split() for column in ("made", "not_made"))
    assert [f for f in made if fold(f) not in forms] == []
    assert [f for f in not_made if fold(f) in forms] == []


@pytest.mark.parametrize("lang, row", table_rows("triples"))
def test_triple(extract, lang, row):
    x = extract(row["sentence"], lang, PUBLISHED)
    got = {(s.subject.label, s.predicate, ANY if row["object"] == ANY else s.object.label) for s in x.statements}
    triple = (row["subject"], row["predicate"], row["object"])
    assert (triple in got) == (row["expect"] == "yes"), got


@pytest.mark.parametrize("lang, row", table_rows("polarity"))
def test_polarity_and_modality(extract, lang, row):
    x = extract(row["sentence"], lang, PUBLISHED)
    found = [("yes" if s.negated else "no", s.modality) for s in x.statements
             if (s.subject.label, s.predicate) == (row["subject"], row["predicate"])]
    assert found and all(f == (row["negated"], row["modality"]) for f in found), found
