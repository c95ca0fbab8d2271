"""Extractor.acts_for: a body the knowledge base does not hold, made from its state's name, speaks for that state (C3).

Sentences written for these tests.
"""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.types import Document

# (lang, sentence, subject, predicate, modality)
CASES = [
    ("en", "Algeria expelled two diplomats, the Algerian interior ministry said.", "Algeria", "expels", "asserted"),
    ("en", "Armenia and Azerbaijan exchanged 12 detainees on Monday in a swap brokered by the United Arab Emirates, the Emirati "
           "Foreign Ministry said.", "United Arab Emirates", "mediates", "asserted"),
    ("ar", "وقالت وزارة الداخلية الجزائرية إن الجزائر طردت دبلوماسيين فرنسيين.", "Algeria", "expels", "asserted"),
    # another state's ministry stays a third party
    ("en", "Russia attacked Kyiv, the Ukrainian interior ministry said.", "Russia", "attacks", "reported"),
    ("en", "Armenia and Azerbaijan exchanged 12 detainees on Monday in a swap brokered by the United Arab Emirates, the Egyptian "
           "interior ministry said.", "United Arab Emirates", "mediates", "reported"),
]


@pytest.mark.parametrize("lang,text,subject,predicate,mood", CASES)
def test_minted_body_speaks_for_its_state(extractor, lang, text, subject, predicate, mood):
    found = [st.modality for st in extractor.extract(Document("t", text, date(2025, 6, 2), lang=lang)).statements
             if st.subject.label == subject and st.predicate == predicate]
    assert found == [mood], found
