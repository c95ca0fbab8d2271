"""Shared fixtures: one extractor for the session, and a helper to extract a text."""
from __future__ import annotations

import gc
import os
from datetime import date

import pytest

from diplograph.pipeline import Extractor
from diplograph.types import Document, Extraction
from tests.fixtures import shared_extractor


#: Fixtures that start a real part: the Oxigraph server behind the gate, or headless Chromium.
#: A test that uses one is slow: it runs in CI, not in the quick local run.
REAL_PARTS = frozenset({"serve", "writable", "browser"})


#: Young collections between two full ones (Python's default is 10). The session holds a large heap
#: (the collected tests, each language's automaton, the knowledge base) that every full collection
#: walks again to free almost nothing: at 10 they took a fifth of the run's CPU time, at 100 a tenth.
#: Young garbage is collected as before; no test depends on when a full collection runs.
FULL_COLLECTION_EVERY = 100


def pytest_configure(config):
    young, middle, _ = gc.get_threshold()
    gc.set_threshold(young, middle, FULL_COLLECTION_EVERY)


def pytest_collection_modifyitems(config, items):
    """Slow tests run in CI (``CI`` set, as .ci/run has it) or when ``-m`` names them; a local run stays quick."""
    for item in items:
        if REAL_PARTS & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
    if os.environ.get("CI") or config.option.markexpr:
        return
    slow = [item for item in items if item.get_closest_marker("slow")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("slow")]


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return shared_extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    """extract(text, lang=None, published="2025-09-01") -> Extraction."""

    def run(text: str, lang: str | None = None, published: str = "2025-09-01", doc: str = "t") -> Extraction:
        return extractor.extract(Document(doc, text, date.fromisoformat(published), lang=lang))

    return run


def facts(extraction: Extraction) -> set[tuple[str, str, bool]]:
    """(subject label, predicate, negated) of every statement."""
    return {(s.subject.label, s.predicate, s.negated) for s in extraction.statements}
