"""Verb forms derived from a written one (forms.verb.derived_endings) keep or take their tense."""
from __future__ import annotations

import pytest

from diplograph.events.lexicon import event_patterns
from diplograph.lang.normalise import fold
from diplograph.lang.profile import load_language


@pytest.fixture(scope="module")
def french():
    out: dict = {}
    for form, tag in event_patterns(load_language("fr")):
        if tag.kind == "trigger":
            out.setdefault(form, []).append(tag.data)
    return out


@pytest.mark.parametrize("form,predicate,future", [
    ("sanctionnera", "sanctions", True),     # a future derived from the participle "sanctionné"
    ("sanctionnerait", "sanctions", True),   # its conditional keeps the future's tense
    ("sanctionnent", "sanctions", False),    # the plural from the singular
    ("sanctionner", "sanctions", False),
    ("accueillerait", "hosts", True),        # from the written future "accueillera"
    ("condamnait", "condemns", False),       # the imperfect from the present participle
])
def test_derived_tense(french, form, predicate, future):
    readings = [t for t in french.get(fold(form), []) if t.predicate == predicate]
    assert readings and all(t.future is future for t in readings), readings


def test_not_trigger_forms_hold_for_derived_forms(french):
    # "préside" gives "président", which language.yaml not_trigger_forms keeps out
    assert fold("président") not in french
