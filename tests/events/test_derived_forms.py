"""Verb forms derived from a written one (forms.verb.derived_endings) keep or take their tense."""
from __future__ import annotations

import pytest

from diplograph.lang.forms import derived_words
from diplograph.lang.normalise import fold
from diplograph.lang.profile import load_language
from tests.fixtures import event_tags


@pytest.fixture(scope="module")
def french():
    triggers = {form: [t.data for t in tags if t.kind == "trigger"] for form, tags in event_tags("fr").items()}
    return {form: found for form, found in triggers.items() if found}


@pytest.mark.parametrize("form,predicate,future", [
    ("sanctionnera", "sanctions", True),     # a future derived from the participle "sanctionné"
    ("sanctionnerait", "sanctions", True),   # its conditional keeps the future's tense
    ("sanctionnent", "sanctions", False),    # the plural from the singular
    ("sanctionner", "sanctions", False),
    ("accueillerait", "hosts", True),        # from the written future "accueillera"
    ("condamnait", "condemns", False),       # the imperfect from the present participle
    ("condamnent", "condemns", False),       # a first-group plural from the participle "condamné"
    ("démentira", "rejects", True),          # a future from the participle "démenti" (-ir)
    ("démentit", "rejects", False),          # the third person from the participle "démenti"
    ("soutenait", "supports", False),        # from "soutenant", whose row is a participle's
])
def test_derived_tense(french, form, predicate, future):
    readings = [t for t in french.get(fold(form), []) if t.predicate == predicate]
    assert readings and all(t.future is future for t in readings), readings


def test_not_trigger_forms_hold_for_derived_forms(french):
    # "préside" gives "président", which language.yaml not_trigger_forms keeps out
    assert fold("président") not in french


def test_an_imperfect_is_no_participle(french):
    # "soutenant" opens a sentence as a participle (frame participle); "soutenait" never does
    assert all(t.frame != "participle" for t in french[fold("soutenait")])


def test_feminine_participles_derive_nothing(french):
    # "ée>" stops "e>ent" on "condamnée": no "condamnéent"
    assert fold("condamnéent") not in french and fold("condamnée") in french


def test_the_noun_after_an_elided_article_is_no_derived_verb(french):
    # "d'attaques" is "of attacks", never "attaqués" with a clitic
    assert all(t.pos == "noun" or t.frame != "default" for t in french.get(fold("d'attaques"), []))


def test_no_french_verb_row_is_derived_by_another():
    """A verb row that another row of the same reading derives is redundant: the lexicon writes only what no rule makes."""
    language = load_language("fr")
    rows = [r for r in language.tables["triggers"] if r["pos"] == "verb"]
    groups: dict = {}
    for row in rows:
        first, _, tail = row["base"].partition(" ")
        key = (row["predicate"], row.get("frame") or "default", row.get("group", ""), row.get("object_words", ""),
               row.get("negated", ""), fold(tail))
        groups.setdefault(key, []).append(fold(first))
    redundant = []
    for key, firsts in groups.items():
        for i, first in enumerate(firsts):
            others = firsts[:i] + firsts[i + 1:]
            made = {fold(w) for o in others for w in derived_words(language, o)}
            if first in made:
                redundant.append((key[0], first))
    assert not redundant, redundant[:20]
