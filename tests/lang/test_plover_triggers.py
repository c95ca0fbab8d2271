"""Triggers of the 16 PLOVER event types, with their polarity and modality, in every language.

The sentences are data (``plover_triggers.tsv``, written for these tests): each
row says a statement must be found, or must not be (a reverse pair such as
lifted sanctions, a threatened arrest, a participle naming people).
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from diplograph.events import plover

TABLE = Path(__file__).with_name("plover_triggers.tsv")
COLUMNS = ["lang", "sentence", "subject", "predicate", "object", "negated", "modality", "expect"]


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8") as stream:
        lines = [line for line in stream if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for number, row in enumerate(rows, 2):
        assert list(row) == COLUMNS and all(row.values()), f"{TABLE.name} row {number}: {row}"
        assert row["expect"] in ("yes", "no") and row["negated"] in ("yes", "no"), f"{TABLE.name} row {number}"
        assert row["predicate"] in plover.predicates(), f"{TABLE.name} row {number}: {row['predicate']}"
    return rows


ROWS = _rows()


def _matches(statement, row: dict[str, str]) -> bool:
    return (statement.predicate == row["predicate"]
            and row["subject"] in ("*", statement.subject.label)
            and (row["object"] == "*" or row["object"].lower() in statement.object.label.lower())
            and (row["modality"] == "*" or statement.modality == row["modality"])
            and (row["expect"] == "no" or statement.negated == (row["negated"] == "yes")))


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r['lang']}-{r['expect']}-{r['predicate']}-{r['sentence'][:40]}")
def test_plover_trigger(extract, row):
    statements = extract(row["sentence"], row["lang"], "2025-06-02").statements
    found = [s for s in statements if _matches(s, row)]
    seen = [(s.subject.label, s.predicate, s.object.label, s.negated, s.modality) for s in statements]
    if row["expect"] == "yes":
        assert found, f"expected {row['subject']} {row['predicate']} {row['object']}; got {seen}"
    else:
        assert not found, f"expected no {row['predicate']}; got {seen}"


@pytest.mark.parametrize("lang", sorted({r["lang"] for r in ROWS}))
def test_every_plover_type_has_positive_rows(lang):
    types = {plover.codes(r["predicate"])[0] for r in ROWS if r["lang"] == lang and r["expect"] == "yes"}
    assert set(plover.plover_types()) <= types, sorted(set(plover.plover_types()) - types)
