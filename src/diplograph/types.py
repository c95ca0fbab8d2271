"""The records that flow through the pipeline, from a document to its statements.

Every stage takes and returns these plain, immutable records, so that a stage
can be tested alone and the graph writers never see extraction internals.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from diplograph.fastinit import fast_init

#: Statement modalities.
MODALITIES = ("asserted", "future", "reported", "hypothetical")
#: Positions a person holds (the ``holdsPosition`` object).
POSITIONS = (
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "minister",
    "spokesperson", "ambassador", "envoy", "military_commander", "other",
)


@dataclass(frozen=True)
class NodeType:
    """What one type of node is called where it is written.

    ``name`` is the type as the statement export and the records spell it;
    ``cls`` the local name of its class in the ontology (``dg:State`` for a
    ``Country``); ``prefix`` the first segment of its ids (``country/fra``);
    ``kind`` the type of its node in the network and on the page (an event
    subtype is an ``Event`` node); ``shape``, ``colour`` and ``symbol`` its
    vis-network shape, colour and legend symbol (for a type that is its own kind);
    """

    name: str
    cls: str
    prefix: str
    kind: str
    actor: bool
    shape: str = ""
    colour: str = ""
    symbol: str = ""


#: Every node type, in legend order; then the other spellings of a kind.
#: A Group is an unnamed or non-state collective (protesters, police, rebels);
#: its ``represents`` is the state it belongs to, when the text says so.
#: ``tests/test_namespace.py`` checks the classes against the ontology.
NODE_TYPES: tuple[NodeType, ...] = (
    NodeType("Person", "Person", "person", "Person", True, "dot", "#4e79a7", "\u25cf"),
    NodeType("Country", "State", "country", "Country", True, "square", "#f28e2b", "\u25a0"),
    NodeType("Organization", "Organization", "org", "Organization", True, "hexagon", "#59a14f", "\u2b22"),
    NodeType("GovernmentBody", "GovernmentBody", "body", "GovernmentBody", True, "triangle", "#17becf", "\u25b2"),
    NodeType("Coalition", "Coalition", "org", "Coalition", True, "triangleDown", "#b07aa1", "\u25bc"),
    # vis-network has no free shape left: a teal dot
    NodeType("Group", "Group", "group", "Group", True, "dot", "#76b7b2", "\u25c9"),
    NodeType("Place", "Place", "place", "Place", False, "dot", "#9c755f", "\u25cf"),
    NodeType("Event", "Event", "event", "Event", False, "diamond", "#d4a017", "\u25c6"),
    NodeType("Issue", "Issue", "issue", "Issue", False, "star", "#e15759", "\u2605"),
    NodeType("State", "State", "country", "Country", True),
    NodeType("Meeting", "Meeting", "event", "Event", False),
    NodeType("Summit", "Summit", "event", "Event", False),
    NodeType("Talks", "Talks", "event", "Event", False),
    NodeType("Conference", "Conference", "event", "Event", False),
)
_BY_NAME = {node.name: node for node in NODE_TYPES}


def node_type(name: str) -> NodeType:
    """The node type of a type name; anything unknown is an issue.

    >>> node_type("Coalition").prefix, node_type("Summit").kind, node_type("???").name
    ('org', 'Event', 'Issue')
    """
    return _BY_NAME.get(name) or _BY_NAME["Issue"]


#: Actor types, as the statement export names them.
ACTOR_TYPES = tuple(node.name for node in NODE_TYPES if node.actor and node.name == node.kind)
#: Named actor types: the page centres on one of these nodes when it is clicked.
#: Types of things that are not actors.
OTHER_TYPES = tuple(node.name for node in NODE_TYPES if not node.actor and node.name == node.kind)


@dataclass(frozen=True)
class Document:
    """One article: its text, publication date and where it came from."""

    id: str
    text: str
    published: date
    lang: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Actor:
    """An entity of the knowledge base, or one minted from a document.

    ``id`` is a stable key (a slug such as ``country/france``); ``qid`` the
    Wikidata item where it is known for certain. ``represents`` is the id of the
    state a body or seat of government stands for, or that a group belongs to.
    """

    id: str
    label: str
    type: str
    qid: str | None = None
    labels: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    represents: str | None = None


@dataclass(frozen=True)
class Office:
    """A dated post held by a person: the W3C ORG membership of a post."""

    person: str
    position: str
    country: str | None
    start: date | None = None
    end: date | None = None

    def held_on(self, day: date) -> bool:
        """True when the office was held on ``day`` (open ends hold)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@fast_init
@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the document text that names an actor, a place or an event."""

    start: int
    end: int
    text: str
    actor: Actor
    #: how it was found: gazetteer, title, nationality, body, metonym, place, coref, pronoun
    via: str = "gazetteer"

    @property
    def anaphoric(self) -> bool:
        """Whether it points at the actor without naming it ("he", "the latter", "بلاده").

        >>> Mention(0, 2, "He", Actor("person/x", "X", "Person"), "pronoun").anaphoric
        True
        """
        return self.via in ("coref", "pronoun")


@fast_init
@dataclass(frozen=True, slots=True)
class Argument:
    """The subject or object of a statement: an actor, an event, a place or an issue."""

    label: str
    mention: str
    type: str
    actor: Actor | None = None
    start: int | None = None
    end: int | None = None


@fast_init
@dataclass(frozen=True, slots=True)
class Role:
    """A person holding a position on the article's date (``holdsPosition``)."""

    person: Actor
    position: str
    country: Actor | None
    title: str
    doc: str
    sentence: str
    span: tuple[int, int]


@fast_init
@dataclass(frozen=True, slots=True)
class Statement:
    """Who did what to whom, with its polarity, modality, date and evidence.

    ``span`` is the sentence's character range in the document text, so that
    ``document.text[span[0]:span[1]] == sentence``.
    """

    doc: str
    subject: Argument
    predicate: str
    object: Argument
    sentence: str
    span: tuple[int, int]
    negated: bool = False
    modality: str = "asserted"
    date: date | None = None
    plover: str | None = None
    cameo: str | None = None
    trigger: str = ""


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    @property
    def actors(self) -> list[Actor]:
        """The distinct actors and places mentioned, in order of first mention."""
        seen: dict[str, Actor] = {}
        for mention in sorted(self.mentions, key=lambda m: m.start):
            seen.setdefault(mention.actor.id, mention.actor)
        return list(seen.values())
