"""Negation and modality by construction, in every language: the rows of ``polarity.tsv``."""
from __future__ import annotations

from pathlib import Path

import pytest

import diplograph.events.polarity  # noqa: F401  (registers the cue columns it checks)
from diplograph.errors import DataError
from diplograph.lang.schema import check_table
from tests.support.tables import NOTHING, table

ROWS = table(Path(__file__).with_name("polarity.tsv"), ["lang", "sentence", "subject", "predicate", "negated", "modality"],
             choices={"negated": {"yes", "no", NOTHING}})


@pytest.mark.parametrize("row", ROWS)
def test_polarity(extract, row):
    x = extract(row["sentence"], row["lang"], "2025-09-03")
    found = [("yes" if s.negated else "no", s.modality) for s in x.statements
             if (s.subject.label, s.predicate) == (row["subject"], row["predicate"])]
    if row["negated"] == NOTHING:
        assert not found, found
    else:
        assert found and all(f == (row["negated"], row["modality"]) for f in found), found


@pytest.mark.parametrize("column,bad,hint", [("kind", "negaton", "negation"), ("scope", "nouns", "noun")])
def test_bad_cue_row_names_file_line_and_nearest_value(column, bad, hint):
    row = {"cue": "not", "kind": "negation", "scope": "clause", column: bad}
    with pytest.raises(DataError, match=rf"lexicons/xx/cues.tsv line 9: {column} '{bad}' is not valid; did you mean '{hint}'"):
        check_table("cues", [("lexicons/xx/cues.tsv", 9, row)])
