"""A feminine title ("وزيرة الخارجية", "la présidente") names the holder on the date only if she is a woman.

The sentence table is data beside this file (``feminine_titles.tsv``; :mod:`tests.support.tables`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.actors.kb import load_kb
from tests.support.tables import items, table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "feminine_titles.tsv", ["lang", "published", "sentence", "subjects"]))
def test_feminine_title_names_a_woman(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published=row["published"])
    assert {s.subject.label for s in x.statements if s.predicate != "holdsPosition"} == items(row["subjects"])


def test_gender_is_checked_when_loaded(tmp_path):
    from diplograph.actors.kb import read_kb
    from diplograph.errors import DataError
    from importlib import resources
    root = resources.files("diplograph.lexicons").joinpath("common")
    for name in ("states.tsv", "seats.tsv", "organisations.tsv", "places.tsv"):
        (tmp_path / name).write_text(root.joinpath(name).read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "people.yaml").write_text("- id: person/x\n  gender: femal\n  names: {en: [X Y]}\n", encoding="utf-8")
    with pytest.raises(DataError, match="people.yaml entry 1 .*gender 'femal'"):
        read_kb(tmp_path)


def test_women_are_written():
    kb = load_kb()
    assert kb.is_woman("person/giorgia-meloni") and not kb.is_woman("person/keir-starmer")
