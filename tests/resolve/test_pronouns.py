"""A pronoun stands for the one actor of its types before it in its sentence, and for no one when two are there.

Each row of ``pronouns.tsv`` gives a sentence and an actor's label: ``yes``,
it is the subject of one of the sentence's statements; ``no``, of none.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "pronouns.tsv", ["lang", "sentence", "subject", "expect"],
                                      choices={"expect": {"yes", "no"}}))
def test_pronoun(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-10-05")
    subjects = {s.subject.label for s in x.statements if s.predicate != "holdsPosition"}
    assert (row["subject"] in subjects) == (row["expect"] == "yes")


def test_ambiguous_pronoun_names_no_one(extract):
    x = extract("Emmanuel Macron told Volodymyr Zelensky that he would attend the summit in Rome.", lang="en")
    assert not [m for m in x.mentions if m.text == "he"]


@pytest.mark.parametrize("row", [*table(HERE / "coordinated_pronouns.tsv", ["lang", "sentence", "predicate", "subject"]),
                                 *table(HERE / "gendered_pronouns.tsv", ["lang", "sentence", "predicate", "subject"])])
def test_pronoun_subject(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published="2025-10-05")
    subjects = {s.subject.label for s in x.statements if s.predicate == row["predicate"]}
    assert subjects == (set() if row["subject"] == "-" else {row["subject"]})
