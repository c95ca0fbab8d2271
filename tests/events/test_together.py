"""Co-agents named by a together_words phrase before the verb (``together.tsv``; events/frames/together.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.tables import table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "together.tsv", ["lang", "sentence", "predicate", "subjects"]))
def test_together_phrase_adds_a_subject(read, row):
    found = {s for s, p, _, _ in read(row["sentence"], row["lang"]) if p == row["predicate"]}
    assert found == (set() if row["subjects"] == "-" else set(row["subjects"].split(" ; ")))
