"""Constructions of the clause, in Arabic, English and French: sentences written for these tests.

Each row of ``clauses.tsv`` names a construction, a language, a case and a
sentence, and a statement ``subject | predicate | object keyword``:

- ``positive``: the statement is printed, asserted and not negated;
- ``negated``: it is printed negated;
- ``nothing``: no statement of that subject and predicate (whose object
  holds the keyword, when one is given) is printed asserted.
"""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from diplograph.lang.normalise import fold
from tests.fixtures import extract_text, summary

PUBLISHED = date(2025, 6, 2)
ROWS = Path(__file__).with_name("clauses.tsv")


def _rows() -> list:
    with ROWS.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t") if r and not r[0].startswith("#")]
    return [pytest.param(*r, id=f"{r[0]}-{r[1]}-{r[2]}-{i}") for i, r in enumerate(rows[1:])]


@pytest.mark.parametrize("construction,lang,case,sentence,statement", _rows())
def test_clause(construction: str, lang: str, case: str, sentence: str, statement: str) -> None:
    subject, predicate, *rest = [x.strip() for x in statement.split("|")]
    keyword = fold(rest[0]) if rest and rest[0] else ""
    x = extract_text(sentence, lang, PUBLISHED)
    found = [s for s in x.statements if s.subject.label == subject and s.predicate == predicate
             and (not keyword or keyword in fold(s.object.mention) or keyword in fold(s.object.label))]
    if case == "nothing":
        assert not [s for s in found if s.modality == "asserted"], summary(x)
    else:
        assert found, summary(x)
        assert any(s.negated == (case == "negated") and s.modality == "asserted" for s in found), summary(x)
