"""Definite descriptions name an actor met before: "the Swiss diplomat", "the bloc", "the Kremlin leader".

Each row of ``descriptions.tsv`` (:mod:`tests.support.tables`) gives two
sentences and an actor's label: ``yes``, the second sentence's statements have
it as a subject (the description names it); ``no``, the description must not
stand for it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import items, table

HERE = Path(__file__).parent


def second_subjects(extraction, text) -> set[str]:
    cut = text.index("\n") + 1
    return {s.subject.label for s in extraction.statements if s.span[0] >= cut}


@pytest.mark.parametrize("row", table(HERE / "descriptions.tsv", ["lang", "first", "second", "subject", "expect"],
                                      choices={"expect": {"yes", "no"}}))
def test_description(extract, row):
    text = row["first"] + "\n" + row["second"]
    x = extract(text, lang=row["lang"], published="2025-06-02")
    assert (row["subject"] in second_subjects(x, text)) == (row["expect"] == "yes")


@pytest.mark.parametrize("row", table(HERE / "pairs.tsv", ["lang", "first", "second", "subjects"]))
def test_pair_anaphor(extract, row):
    text = row["first"] + "\n" + row["second"]
    x = extract(text, lang=row["lang"], published="2025-06-02")
    assert second_subjects(x, text) == items(row["subjects"])


def test_description_is_not_an_alias(extract):
    text = ("Swiss Foreign Minister Ignazio Cassis met officials in Geneva.\n"
            "The Swiss diplomat later condemned the attack.")
    x = extract(text, lang="en", published="2025-06-02")
    from diplograph.export.jsonl import export_lines
    entity = next(e for e in export_lines(x) if e["kind"] == "entity" and e["label"] == "Ignazio Cassis")
    assert not any("diplomat" in m for m in entity["mentions"])
