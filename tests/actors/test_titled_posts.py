"""A title that names a post by its written title: "the Iranian president" is Iran's President on the date.

The sentence table is data beside this file (``titled_posts.tsv``; :mod:`tests.support.tables`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import items, table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "titled_posts.tsv", ["lang", "published", "sentence", "subjects", "role"]))
def test_title_names_the_office_holder_on_the_date(extract, row):
    x = extract(row["sentence"], lang=row["lang"], published=row["published"])
    assert {s.subject.label for s in x.statements} == items(row["subjects"])
    assert {f"{r.person.label} {r.position}" for r in x.roles} == items(row["role"])
