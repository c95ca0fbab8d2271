"""A pair anaphor with actors right after it governs them ("лидеров Китая и Индии"): it stands for no pair named before."""
from __future__ import annotations

from datetime import date

import pytest

from tests.fixtures import extract_text


@pytest.mark.parametrize("text, absent, present", [
    ("Саммит БРИКС пройдёт в Бразилии при участии лидеров Китая и Индии.", {"Brazil", "BRICS"}, {"China", "India"}),
    # with nothing after it the anaphor still stands for the pair
    ("Россия и Китай подписали соглашение. Стороны договорились о сотрудничестве.", set(), {"Russia", "China"}),
])
def test_pair_anaphor_before_its_actors(text, absent, present):
    x = extract_text(text, "ru", date(2025, 9, 3))
    subjects = {st.subject.label for st in x.statements if st.predicate in ("participatesIn", "agreesTo")}
    assert present <= subjects and not absent & subjects, subjects
