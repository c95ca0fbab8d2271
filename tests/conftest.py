"""Shared fixtures: one extractor for the session, and a helper to extract a text."""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.pipeline import Extractor
from diplograph.types import Document, Extraction


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    """extract(text, lang=None, published="2025-09-01") -> Extraction."""

    def run(text: str, lang: str | None = None, published: str = "2025-09-01", doc: str = "t") -> Extraction:
        return extractor.extract(Document(doc, text, date.fromisoformat(published), lang=lang))

    return run


def facts(extraction: Extraction) -> set[tuple[str, str, bool]]:
    """(subject label, predicate, negated) of every statement."""
    return {(s.subject.label, s.predicate, s.negated) for s in extraction.statements}
