"""The records that flow through the pipeline, from a document to its statements.

Every stage takes and returns these plain, immutable records, so that a stage
can be tested alone and the graph writers never see extraction internals.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: Actor types, as the statement export and the ontology name them.
#: A Group is an unnamed or non-state collective (protesters, police, rebels);
#: its ``represents`` is the state it belongs to, when the text says so.
ACTOR_TYPES = ("Person", "Country", "Organization", "GovernmentBody", "Coalition", "Group")
#: Types of things that are not actors.
OTHER_TYPES = ("Place", "Event", "Issue")
#: Statement modalities.
MODALITIES = ("asserted", "future", "reported", "hypothetical")
#: Positions a person holds (the ``holdsPosition`` object).
POSITIONS = (
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "minister",
    "spokesperson", "ambassador", "envoy", "military_commander", "other",
)


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


@dataclass(frozen=True, slots=True)
class Argument:
    """The subject or object of a statement: an actor, an event, a place or an issue."""

    label: str
    mention: str
    type: str
    actor: Actor | None = None
    start: int | None = None
    end: int | None = None


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
