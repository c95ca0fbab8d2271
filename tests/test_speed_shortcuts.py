"""Shortcuts the extractor takes for speed give what the long way gives.

- A document whose text holds a homonym's form («عمان») keeps the first
  pass's scans when it is short (pipeline ``KEPT_SCANS``) instead of scanning
  its sentences again: the outputs must not depend on which way it went.
- :meth:`SentenceView.holds_phrase` is the test a construction asks before
  it walks the words for a phrase of a list: it may say yes where no phrase
  stands (the words are there, not in order), never no where one does.

Documents and sentences written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

import diplograph.pipeline as pipeline
from diplograph.export.jsonl import export_jsonl
from diplograph.lang.profile import load_language
from diplograph.types import Document

_HOMONYM_DOCUMENTS = [
    # read as Amman: Jordan is named, Oman never is
    "رحب الأردن بالاتفاق. وعقد الوزراء اجتماعهم في عمان يوم الأحد. وأدانت مصر الهجوم على المدينة.",
    # read as Oman
    "أكدت عمان دعمها لجهود الوساطة. واستقبل السلطان وزير الخارجية الإيراني في مسقط.",
    # Jordan and Oman both named: Oman stays Oman
    "التقى الوزير العماني نظيره الأردني. وأعلنت عمان أنها ستشارك في المؤتمر.",
]


@pytest.mark.parametrize("text", _HOMONYM_DOCUMENTS)
def test_kept_scans_read_as_scans_made_again(extractor, monkeypatch, text):
    doc = Document("h", text, date(2025, 10, 5), lang="ar")
    kept = export_jsonl(extractor.extract(doc))
    monkeypatch.setattr(pipeline, "KEPT_SCANS", 0)  # every document scanned twice, as a long one is
    again = export_jsonl(extractor.extract(doc))
    assert kept == again
    assert kept  # the documents say something: the comparison is not of two empty outputs


def _view(extractor, text: str, lang: str):
    from diplograph.events.frames.view import SentenceView
    language = load_language(lang)
    return SentenceView(extractor.scanner(language).scan(text), [], language)


@pytest.mark.parametrize("lang, text, key, held", [
    ("en", "Egypt, along with Qatar, condemned the strike.", "together_words", True),
    ("en", "Qatar went along, with Egypt, to the talks.", "together_words", True),  # the words, not in order: may hold
    ("en", "Egypt and Qatar condemned the strike.", "together_words", False),
    ("fr", "Lors du sommet, la France a signé l'accord.", "during_words", True),
    ("fr", "La France a signé l'accord au sommet.", "during_words", False),
    ("ar", "وقال الوزير خلال المؤتمر إن بلاده تدعم الحوار.", "during_words", True),
    ("ar", "وقال الوزير إن بلاده تدعم الحوار.", "during_words", False),
])
def test_holds_phrase(extractor, lang, text, key, held):
    assert _view(extractor, text, lang).holds_phrase(key) is held


@pytest.mark.parametrize("lang, text", [
    ("fr", "Lors du sommet de Doha, le président a rencontré l'émir."),
    ("en", "During the summit in Doha, the president met the emir."),
])
def test_a_held_during_phrase_is_still_found(extractor, lang, text):
    from diplograph.events.frames.sojourn import during_start
    view = _view(extractor, text, lang)
    event = next(it for it in view.scan.items if it.has("event") or it.has("trigger"))
    assert view.holds_phrase("during_words")
    assert during_start(view, event) == 0
