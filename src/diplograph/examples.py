"""The set-up of the handlers' docstring examples, so that each example shows only what it tests.

One extractor serves every example (each language's automaton is loaded
once, as in the tests); :func:`statements` reads a text through the whole
pipeline and :func:`view` makes the read-only sentence view a handler is given.

>>> [(st.subject.label, st.predicate) for st in statements("The Kremlin rejected the plan.", lang="en")]
[('Kremlin', 'rejects')]
>>> s = view("The Kremlin rejected the plan.", lang="en")
>>> [c.actor.label for c in s.chunks]
['Kremlin']
"""
from __future__ import annotations

from datetime import date
from functools import cache

from typing import TYPE_CHECKING

from diplograph.events.frames.view import SentenceView
from diplograph.types import Document, Statement

if TYPE_CHECKING:
    from diplograph.actors.mentions import Chunk
    from diplograph.lang.profile import Language
    from diplograph.lang.scanner import Scan

__all__ = ["extractor", "scanned", "statements", "view"]

#: The date the examples' texts are published on, unless one says otherwise.
PUBLISHED = "2025-06-02"


@cache
def extractor():
    """The examples' one :class:`~diplograph.pipeline.Extractor`, made on first use."""
    from diplograph.pipeline import Extractor  # (the pipeline imports the handlers: not at import time)

    return Extractor()


def statements(text: str, *, lang: str | None = None, published: str = PUBLISHED) -> list[Statement]:
    """The statements the pipeline reads in ``text`` (its language detected when ``lang`` is None)."""
    return extractor().extract(Document("example", text, date.fromisoformat(published), lang=lang)).statements


def scanned(text: str, *, lang: str, published: str = PUBLISHED) -> tuple[Scan, list[Chunk], Language]:
    """The scan of ``text`` (one sentence), its actor mentions and its language: what the frames are found in."""
    from diplograph.actors.mentions import find_chunks
    from diplograph.lang.profile import load_language

    language, reader = load_language(lang), extractor()
    scan = reader.scanner(language).scan(text)
    return scan, find_chunks(scan, text, kb=reader.kb, language=language, day=date.fromisoformat(published)), language


def view(text: str, *, lang: str, published: str = PUBLISHED) -> SentenceView:
    """The sentence view of ``text`` (one sentence) as a handler sees it: its scan and its actor mentions."""
    return SentenceView(*scanned(text, lang=lang, published=published))
