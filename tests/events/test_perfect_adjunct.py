"""An infinitive adjunct of a completed act ("après avoir") shares the main clause's subject
(events/frames/perfect_adjunct.py, language.yaml perfect_adjuncts). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: None = any)
CASES = [
    # after the main clause: its subject
    ("fr", "L'Inde a expulsé six diplomates, peu après avoir rappelé son ambassadeur au Canada.",
     {("India", "cutsTiesWith", "Canada", "envoy")}, set()),
    ("fr", "Emmanuel Macron s'est rendu à Berlin, peu après avoir rencontré le roi Mohammed VI.",
     {("Emmanuel Macron", "meetsWith", "King Mohammed VI", "default")}, set()),
    # opening the sentence: the actor after the comma; the object follows the verb, not the subject
    ("fr", "Après avoir rencontré le roi Mohammed VI, Emmanuel Macron s'est rendu à Berlin.",
     {("Emmanuel Macron", "meetsWith", "King Mohammed VI", "default")}, {("Emmanuel Macron", "meetsWith", "Berlin", None)}),
    ("fr", "Après avoir signé l'accord, le Tchad et le Soudan ont échangé des prisonniers.",
     {("Chad", "signs", "l'accord", "default"), ("Sudan", "signs", "l'accord", "default")}, set()),
    # no actor opens the main clause: no subject
    ("fr", "Après avoir rencontré le roi, le président a quitté Rabat.", set(), {(None, "meetsWith", None, None)}),
    # "avant de": the act may lie ahead, not read
    ("fr", "Le Qatar a salué l'accord avant de condamner les frappes.", set(), {("Qatar", "condemns", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_perfect_adjunct(read, lang, text, expected, absent):
    rows = read(text, lang)
    check(rows, expected, {a for a in absent if a[0] is not None})
    for _, predicate, _, _ in (a for a in absent if a[0] is None):
        assert not [r for r in rows if r[1] == predicate], rows
