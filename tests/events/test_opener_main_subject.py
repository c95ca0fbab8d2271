"""arguments.main_subject(openers=True): an opener set off by a comma that names no actor and states nothing ("De son côté,",
"Lundi,") is no main clause: an adjunct after the main clause shares the subject of the clause after it."""
from __future__ import annotations

import pytest

from tests.events.conftest import check

# (lang, sentence, rows that must be found, rows that must not: object None = any object, frame None = any frame)
CASES = [
    ("fr", "De son côté, le Mali a expulsé trois diplomates, peu après avoir rappelé son ambassadeur en France.",
     {("Mali", "cutsTiesWith", "France", "envoy")}, set()),
    ("fr", "Pour sa part, le Mali a expulsé trois diplomates, peu après avoir condamné la France.",
     {("Mali", "condemns", "France", "default")}, set()),
    ("en", "On Monday, Mali expelled three diplomats, shortly after condemning France.", set(),
     {("France", "condemns", None, None)}),
    # an opener that names an actor is the main clause's own: its actor stays the subject
    ("fr", "Selon le Mali, le Niger a fermé sa frontière, peu après avoir condamné la France.", set(),
     {("France", "condemns", None, None)}),
    # a coordinated verb in a reported clause keeps that clause's subject, never the actor after the opener
    ("fr", "Pour sa part, Emmanuel Macron a souligné que le préfet n'est pas concerné par l'affaire et soutient "
           "l'indépendance de la justice.", set(), {("Emmanuel Macron", "supports", None, None)}),
]


@pytest.mark.parametrize("lang,text,expected,absent", CASES)
def test_opener_main_subject(read, lang, text, expected, absent):
    check(read(text, lang), expected, absent)
