"""Read one sentence as the pipeline does, up to its frames.

``read(text, lang)`` scans the sentence, finds its actor mentions and returns
its frames as ``(subject, predicate, object, frame)`` rows: labels of actors,
the object phrase otherwise, and the construction that read the trigger.
``view(text, lang)`` is the sentence as the constructions see it, for a test
of one of their helpers (``diplograph.examples.view``). Both
use the session's one extractor.
"""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.events.frames import find_frames
from diplograph import examples
from diplograph.events.frames.view import SentenceView


@pytest.fixture(scope="session")
def view():
    def run(text: str, lang: str, published: date = date(2025, 9, 3)) -> SentenceView:
        return examples.view(text, lang=lang, published=published.isoformat())

    return run


@pytest.fixture(scope="session")
def read():
    def run(text: str, lang: str, published: date = date(2025, 9, 3)) -> set[tuple[str, str, str, str]]:
        scan, chunks, language = examples.scanned(text, lang=lang, published=published.isoformat())
        rows = set()
        for frame in find_frames(scan, chunks, language=language):
            if frame.object_chunk is not None:
                obj = frame.object_chunk.actor.label
            else:
                a, b = scan.folded.span(*frame.object_span)
                obj = text[a:b].strip()
            rows |= {(sub.actor.label, frame.trigger.predicate, obj, frame.trigger.frame) for sub in frame.subjects}
        return rows

    return run


def check(rows: set, expected: set, absent: set = frozenset()) -> None:
    """Every expected row is found and no absent one; None in an absent row matches anything."""
    missing = expected - rows
    assert not missing, f"missing {missing}; found {rows}"
    for subject, predicate, obj, frame in absent:
        hits = {r for r in rows if r[0] == subject and (predicate is None or r[1] == predicate) and (obj is None or r[2] == obj)
                and (frame is None or r[3] == frame)}
        assert not hits, f"unexpected {hits}"
