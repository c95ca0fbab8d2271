"""The states an article names: through a nationality adjective on any noun, or through a state's body.

The table is data beside this file (``named_states.tsv``; :mod:`tests.support.tables`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from diplograph.export.jsonl import export_lines
from tests.support.tables import items, table

HERE = Path(__file__).parent


@pytest.mark.parametrize("row", table(HERE / "named_states.tsv", ["lang", "sentence", "states"]))
def test_named_states(extract, row):
    """Every state the sentence names gets an entity line, and no state it does not name."""
    lines = export_lines(extract(row["sentence"], lang=row["lang"], published="2025-06-02"))
    assert {e["label"] for e in lines if e["kind"] == "entity" and e["type"] == "Country"} == items(row["states"])
