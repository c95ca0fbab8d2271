"""Constructions of the language, one sentence a row: ``data/constructions.tsv``, and nominal events of
every language in ``data/nominal.tsv``.

Each row names its construction and language, a sentence of our own, the
statements it must give and those it must not. A statement is written
``subject|predicate|object|flag``: the object is a part of the object's label
(an actor object's whole label, in a statement that must be found; empty:
any), the flag ``not`` (negated) or a modality ("future"; empty: asserted and
not negated). An absent statement matches any object and flag
unless they are given; its subject may be ``*`` (anyone). Rows are separated
by `` ; ``.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

TABLES = [Path(__file__).parent / "data" / name for name in ("constructions.tsv", "nominal.tsv")]


def _rows() -> list:
    params = []
    for table in TABLES:
        with table.open(encoding="utf-8") as f:
            lines = [line for line in f if line.strip() and not line.startswith("#")]
        rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
        params += [pytest.param(r["lang"], r["text"], r["found"], r["absent"],
                                id=f"{table.stem}-{r['construction']}-{r['lang']}-{i}") for i, r in enumerate(rows)]
    return params


def _specs(cell: str) -> list[list[str]]:
    return [(part.split("|") + ["", ""])[:4] for part in cell.split(" ; ") if part.strip()]


def _matches(statement, subject: str, predicate: str, obj: str, flag: str, *, exact_flag: bool, exact_object: bool) -> bool:
    if subject not in ("*", statement.subject.label) or statement.predicate != predicate:
        return False
    label = (statement.object.label or "").lower()
    if obj and (obj.lower() != label if exact_object and statement.object.actor is not None else obj.lower() not in label):
        return False
    if not flag:
        return not exact_flag or (not statement.negated and statement.modality == "asserted")
    return statement.negated if flag == "not" else statement.modality == flag


@pytest.mark.parametrize("lang,text,found,absent", _rows())
def test_construction(extract, lang, text, found, absent):
    statements = [s for s in extract(text, lang, published="2025-06-02").statements if s.predicate != "holdsPosition"]
    seen = [(s.subject.label, s.predicate, s.object.label, s.negated, s.modality) for s in statements]
    for spec in _specs(found):
        assert any(_matches(s, *spec, exact_flag=True, exact_object=True) for s in statements), f"missing {spec}; found {seen}"
    for spec in _specs(absent):
        assert not any(_matches(s, *spec, exact_flag=False, exact_object=False) for s in statements), f"unexpected {spec}; found {seen}"
