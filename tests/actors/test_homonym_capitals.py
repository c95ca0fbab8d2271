"""A state's name that another state's capital shares is read by the document it stands in (actors/homonyms.py).

The document table is data beside this file (``homonym_capitals.tsv``; :mod:`tests.support.tables`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.actors.homonyms import read_homonyms
from diplograph.errors import DataError
from tests.support.tables import items, table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "homonym_capitals.tsv", ["lang", "document", "states", "places"]))
def test_homonym_is_read_by_the_document(extract, row):
    x = extract(row["document"], lang=row["lang"], published="2025-10-05")
    assert {m.actor.label for m in x.mentions if m.actor.type == "Country"} == items(row["states"])
    assert {m.actor.label for m in x.mentions if m.actor.type == "Place"} == items(row["places"])


def test_a_bad_row_names_file_line_and_nearest_state(tmp_path):
    path = tmp_path / "homonyms.tsv"
    path.write_text("lang\tform\tstate\tother\nar\tx\tcountry/omm\tcountry/jor\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"homonyms.tsv line 2: state 'country/omm' .*'country/omn'"):
        read_homonyms(path, ["country/omn", "country/jor"])
