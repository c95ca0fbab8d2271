"""Nominal events of every language, one sentence a row: ``data/nominal.tsv`` (notation of ``data/constructions.tsv``)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.events.test_constructions import _matches, _specs

TABLE = Path(__file__).parent / "data" / "nominal.tsv"


def _rows() -> list:
    with TABLE.open(encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [pytest.param(r["lang"], r["text"], r["found"], r["absent"], id=f"{r['construction']}-{r['lang']}-{i}")
            for i, r in enumerate(rows)]


@pytest.mark.parametrize("lang,text,found,absent", _rows())
def test_nominal_event(extract, lang, text, found, absent):
    statements = [s for s in extract(text, lang, published="2025-06-02").statements if s.predicate != "holdsPosition"]
    seen = [(s.subject.label, s.predicate, s.object.label, s.negated, s.modality) for s in statements]
    for spec in _specs(found):
        assert any(_matches(s, *spec, exact_flag=True) for s in statements), f"missing {spec}; found {seen}"
    for spec in _specs(absent):
        assert not any(_matches(s, *spec, exact_flag=False) for s in statements), f"unexpected {spec}; found {seen}"
