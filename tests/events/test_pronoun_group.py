"""A pronoun is never listed with a name (view.group_from): after "Y, puis il", the verb's subject is
the pronoun's antecedent alone, not Y as well. Pair anaphors ("les deux pays": two actors at one span)
stay one group."""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.view import SentenceView
from diplograph.lang.profile import load_language
from diplograph.lang.scanner import Scanner
from diplograph.types import Actor

RAGGI = Actor("person/youssef-rajji", "Youssef Rajji", "Person")
BARROT = Actor("person/jean-noel-barrot", "Jean-Noël Barrot", "Person")
FRANCE = Actor("country/fra", "France", "Country")
ALGERIA = Actor("country/dza", "Algeria", "Country")


def _view(text: str, chunks: list[Chunk]) -> SentenceView:
    return SentenceView(Scanner().scan(text), chunks, load_language("fr"))


def test_pronoun_after_a_name_is_no_list():
    text = "barrot a reçu raggi, puis il a condamné les frappes."
    raggi, il = text.index("raggi"), text.index(" il ") + 1
    s = _view(text, [Chunk(0, 6, BARROT, "gazetteer"), Chunk(raggi, raggi + 5, RAGGI, "gazetteer"),
                     Chunk(il, il + 2, BARROT, "pronoun")])
    assert [c.actor.label for c in s.group_from(2, forward=False)] == ["Jean-Noël Barrot"]


def test_names_and_pair_anaphors_still_group():
    text = "la france et l'algérie ont signé."
    s = _view(text, [Chunk(3, 9, FRANCE, "gazetteer"), Chunk(13, 22, ALGERIA, "gazetteer", coordinated=True)])
    assert [c.actor.label for c in s.group_from(1, forward=False)] == ["France", "Algeria"]
    text = "les deux pays ont rejeté."
    s = _view(text, [Chunk(0, 13, FRANCE, "pronoun"), Chunk(0, 13, ALGERIA, "pronoun")])
    assert [c.actor.label for c in s.group_from(0, forward=True)] == ["France", "Algeria"]
