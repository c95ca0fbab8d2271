"""SentenceView.venue: the one test of "is this mention a venue" that the verb, light-verb and 'received' readers ask.

Each row of ``venue.tsv`` gives a sentence, the words of one of its actor
mentions, and whether that mention is a venue, with and without ``acting``.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from diplograph.lang.normalise import fold

ROWS = Path(__file__).with_name("venue.tsv")
COLUMNS = ["lang", "sentence", "mention", "venue", "acting"]


def _rows() -> list:
    lines = [(n, line) for n, line in enumerate(ROWS.read_text(encoding="utf-8").splitlines(), 1)
             if line.strip() and not line.startswith("#")]
    rows = list(csv.reader((line for _, line in lines), delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rows[0] == COLUMNS, f"{ROWS.name}: header {rows[0]}, expected {COLUMNS}"
    params = []
    for (number, _), cells in zip(lines[1:], rows[1:]):
        row = dict(zip(COLUMNS, cells))
        assert len(cells) == len(COLUMNS) and {row["venue"], row["acting"]} <= {"yes", "no"}, f"{ROWS.name}:{number}"
        params.append(pytest.param(row, id=f"{ROWS.name}:{number}"))
    return params


@pytest.mark.parametrize("row", _rows())
def test_venue(view, row):
    v = view(row["sentence"], row["lang"])
    chunks = [c for c in v.chunks if fold(row["mention"]) in v.text[c.start:c.end]]
    assert len(chunks) == 1, [v.text[c.start:c.end] for c in v.chunks]
    assert v.venue(chunks[0]) == (row["venue"] == "yes")
    assert v.venue(chunks[0], acting=True) == (row["acting"] == "yes")


def test_the_readers_ask_the_view():
    """The check is written once: the readers that skip a venue call the view, none has its own copy."""
    from diplograph.events.frames import light, received, verb

    for module in (light, received, verb):
        source = Path(module.__file__).read_text(encoding="utf-8")
        assert ".venue(" in source, module.__name__
        assert "def _venue" not in source, module.__name__
