"""How predicates take their arguments, whatever the language: ``lexicons/common/predicates.yaml``,
and the ontology's ``dg:usualObject`` for the predicates whose object is an actor or an event
and ``owl:SymmetricProperty`` for those coordinated subjects do with each other.

>>> "meetsWith" in RECIPROCAL, BETWEEN["Talks"]
(True, 'negotiatesWith')
"""
from __future__ import annotations

from importlib import resources

import yaml

from diplograph.errors import DataError
from diplograph.ontology import vocabulary

__all__ = ["ACTOR_OBJECTS", "AGENT_EVENTS", "EXCHANGED", "BETWEEN", "CAPITAL_VOICES", "CONTENT_PREDICATES", "COSIGNED", "RECIPIENT_OBJECTS", "TARGET_OBJECTS", "EVENT_OBJECTS", "EVALUATIVE", "FACTIVE", "OBJECT_BEFORE_CONTENT", "OBJECT_FIRST", "PLACE_OBJECTS",
           "RECIPROCAL", "REFUSALS", "SOJOURNS", "UNDOABLE", "UNNAMED_SOURCES", "UNPOSSESSED_OBJECTS", "URGING", "WISHES"]


def _predicates() -> dict:
    text = resources.files("diplograph.lexicons").joinpath("common/predicates.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


_DATA = _predicates()
_USUAL_OBJECTS = ("Actor", "Event")
for _p in vocabulary.predicates().values():
    if _p.usual_object not in (None, *_USUAL_OBJECTS):
        raise DataError(f"ontology/diplograph.ttl: dg:{_p.name} has dg:usualObject dg:{_p.usual_object}; "
                        f"use one of {', '.join('dg:' + c for c in _USUAL_OBJECTS)}")
#: Predicates whose object is an actor wherever it stands in the phrase ("met on Monday with X").
ACTOR_OBJECTS = frozenset(p.name for p in vocabulary.predicates().values() if p.usual_object == "Actor")
#: Predicates whose object is an event: an event noun near the phrase's start wins over an actor before it.
EVENT_OBJECTS = frozenset(p.name for p in vocabulary.predicates().values() if p.usual_object == "Event")
#: Predicates whose object phrase is a fact: an event noun in it states its own statement.
FACTIVE = frozenset(_DATA.get("factive", ()))
#: Factive predicates whose subject judges another's act ("condemned the attack on Qatar").
EVALUATIVE = frozenset(_DATA.get("evaluative", ()))
#: Predicates whose object may be a mention after a venue word ("strikes in Lebanon").
PLACE_OBJECTS = frozenset(_DATA.get("place_objects", ()))
#: Predicates that coordinated subjects do with each other when no object is named: the ontology's
#: owl:SymmetricProperty ones.
RECIPROCAL = frozenset(p.name for p in vocabulary.predicates().values() if p.symmetric)
#: The predicate each side of an event noun's "between X and Y" takes, by event type.
BETWEEN = dict(_DATA.get("between") or {})
#: Body labels (bodies.tsv) of unnamed sources, whose words stay reported ("US officials said").
UNNAMED_SOURCES = frozenset(_DATA.get("unnamed_sources", ()))
#: Predicates whose object states no fact ("wants a meeting between ...").
WISHES = frozenset(_DATA.get("wishes", ()))
#: The predicate a denied stance states, by the stance's predicate ("is not ready to talk": does not agree to talk).
REFUSALS = dict(_DATA.get("refusals") or {})
#: Predicates whose actor object, a content marker after it, is the addressee ("urged Iran to halt").
URGING = frozenset(_DATA.get("urging", ()))
#: Predicates an undoing word before them reverses ("lifted sanctions on").
UNDOABLE = frozenset(_DATA.get("undoable", ()))
#: Predicates whose clause after them is what is said, not a fact ("accused X of ...").
CONTENT_PREDICATES = frozenset(_DATA.get("content_predicates", ()))
#: Predicates whose event noun after them in the clause is what is proposed ("اقتراح فرنسا استضافة قمة").
PROPOSALS = frozenset(_DATA.get("proposal_predicates", ()))
#: Predicates that name whom before their content: the one actor group before it is the object.
OBJECT_BEFORE_CONTENT = frozenset(_DATA.get("object_before_content", ()))
#: Predicates whose active verb names its actor object right after it ("accused Niger of"):
#: a content word right after the verb makes it a reduced passive ("diplomats accused of").
OBJECT_FIRST = frozenset(_DATA.get("object_first", ()))
#: Predicates whose object is never a possessor ("apologised for Japan's aggression"): the noun phrase is.
UNPOSSESSED_OBJECTS = frozenset(_DATA.get("unpossessed_objects", ()))
#: Predicates whose object phrase is the target after the object word's preposition.
TARGET_OBJECTS = frozenset(_DATA.get("target_objects", ()))
#: Predicates whose target after their object word is the object only where it names an actor ("aid to Sudan").
RECIPIENT_OBJECTS = frozenset(_DATA.get("recipient_objects", ()))
#: What a capital named as where it is said does for its state's government ("поддержали в Минске").
CAPITAL_VOICES = frozenset(_DATA.get("capital_voices", ()))
#: Predicates whose other party after a with-word in the object phrase does it too ("signed a deal with Israel").
COSIGNED = frozenset(_DATA.get("cosigned", ()))
#: Predicates an event noun states with its agents alone: the noun is its own object ("the mediation that Qatar leads").
AGENT_EVENTS = frozenset(_DATA.get("agent_events", ()))
#: Predicates a mutual act does to what is exchanged, not to the other side ("exchanged prisoners").
EXCHANGED = frozenset(_DATA.get("exchanged", ()))
#: Predicates whose unowned noun after a during phrase the main clause's actor does ("during his visit to Kyiv, Macron").
SOJOURNS = frozenset(_DATA.get("sojourns", ()))
