"""English regular verbs: a triggers.tsv row "provide/" stands for its four forms (language.yaml forms.verb)."""
from __future__ import annotations

import pytest

from diplograph.lang.forms import verb_forms
from diplograph.lang.profile import load_language
from tests.fixtures import event_tags

EN = load_language("en")


@pytest.mark.parametrize("lemma, forms", [
    ("provide", {"provide", "provides", "provided", "providing"}),    # a final e drops before -ed, -ing
    ("supply", {"supply", "supplies", "supplied", "supplying"}),      # consonant + y
    ("convey", {"convey", "conveys", "conveyed", "conveying"}),       # vowel + y keeps it
    ("sign", {"sign", "signs", "signed", "signing"}),
    ("agree", {"agree", "agrees", "agreed", "agreeing"}),
    ("address", {"address", "addresses", "addressed", "addressing"}),  # a sibilant takes -es
    ("reach", {"reach", "reaches", "reached", "reaching"}),
    ("co-chair", {"co-chair", "co-chairs", "co-chaired", "co-chairing"}),
])
def test_regular_lemma_forms(lemma, forms):
    assert set(verb_forms(EN, lemma, "")) == forms


@pytest.fixture(scope="module")
def english() -> dict[str, tuple]:
    return event_tags("en")


@pytest.mark.parametrize("form, predicate", [
    ("supplying", "providesAidTo"), ("ratifies", "signs"), ("co-chaired", "coChairs"), ("hosting", "hosts"),
])
def test_generated_forms_are_triggers(english, form, predicate):
    tags = [t.data for t in english.get(form, ()) if t.kind == "trigger"]
    assert predicate in {t.predicate for t in tags}, tags


def test_lemma_rows_are_regular():
    """A lemma row is only written where its verb is regular: every form it makes is the spelling of the verb."""
    rows = [r["base"] for r in EN.tables["triggers"] if r["pos"] == "verb" and r["base"].endswith("/")]
    assert len(rows) >= 60
    irregular = {"pay": "payed", "meet": "meeted", "commit": "commited"}  # what the rules would spell: never a lemma row
    assert not {r[:-1] for r in rows} & set(irregular)
