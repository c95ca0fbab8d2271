"""One event, one node: the statements about a meeting, a summit or talks grouped into events.

An article names one meeting many times: France "will host a meeting", Macron
and Starmer "will co-chair a meeting", Zelensky "takes part", Trump "is not
expected to attend the meeting". Each statement keeps its own object words;
the writers give all of them one event node, with its host, chairs and
participants as edges. Two rules:

- **In a document** (:func:`group_mentions`): mentions are read in text order;
  one that names the same words in the same sentence is the same event (the
  co-subjects of one clause); any other joins the nearest earlier event of the
  same type, unless their dates or places differ, when it starts a new one.
- **Across documents** (:class:`EventIndex`, and :func:`same_events_in_store`
  for a store): an event joins one seen before when it has the same type, the
  same day and a participant in common; else it gets an id made of its type,
  day and place, or its sorted participants, so that two builds reporting the
  same event agree on it. No construction gives an event's venue yet: the
  place is part of the rule and of the id, and stays empty until one does.

Each statement keeps its document, sentence and named graph, and its own
words for the event (``dg:objectLabel``); the event node carries the day it
is held on (``dg:heldOn``).

A future statement dated on or before its article's publication day carries
the day it was announced, not the day of the event ("the Elysée said on
Monday that they will co-chair a meeting"): that date does not fix the event's.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from diplograph.actors.ids import node_id
from diplograph.graph.namespace import DG, ENTITIES_GRAPH
from diplograph.types import NODE_TYPES, Extraction, Statement

__all__ = ["EVENT_TYPES", "TAKING_PART", "Event", "EventIndex", "EventMention", "document_events", "event_ids", "group_mentions", "is_event", "rename_nodes",
           "same_events_in_store"]

#: Argument types that are events (the classes of ``events.tsv`` nouns).
EVENT_TYPES = frozenset(node.name for node in NODE_TYPES if node.kind == "Event")
#: Predicates whose subject takes part in the event (others, "announces", "welcomes", are about it).
TAKING_PART = frozenset({"hosts", "chairs", "coChairs", "participatesIn", "mediates"})


def is_event(statement: Statement) -> bool:
    """Whether a statement's object is an event (not an actor, issue or place)."""
    return statement.object.actor is None and statement.object.type in EVENT_TYPES


@dataclass(frozen=True, slots=True)
class EventMention:
    """What :func:`group_mentions` needs of one statement about an event."""

    type: str
    sentence: tuple[int, int]
    words: str
    date: date | None = None
    place: str | None = None


def _compatible(a: object, b: object) -> bool:
    return a is None or b is None or a == b


def group_mentions(mentions: list[EventMention]) -> list[int]:
    """The event number of each mention, in the order given.

    Args:
        mentions: the event mentions of one document.

    Returns:
        One number per mention; mentions of one event share it. Numbers count
        from 0 in order of first mention.

    >>> m = EventMention
    >>> group_mentions([m("Meeting", (0, 9), "a meeting", date(2025, 9, 4)),
    ...                 m("Meeting", (10, 20), "the meeting"),
    ...                 m("Summit", (21, 30), "a summit"),
    ...                 m("Meeting", (31, 40), "a meeting", date(2025, 10, 1))])
    [0, 0, 1, 2]
    """
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].sentence, i))
    result = [0] * len(mentions)
    groups: list[dict] = []  # type, date, place, and the (sentence, words) it was named by
    latest: dict[str, int] = {}  # event type -> its latest group
    for i in order:
        m = mentions[i]
        same_words = next((g for g, group in enumerate(groups)
                           if group["type"] == m.type and (m.sentence, m.words) in group["named"]), None)
        number = same_words
        if number is None:
            nearest = latest.get(m.type)
            if nearest is not None and _compatible(groups[nearest]["date"], m.date) \
                    and _compatible(groups[nearest]["place"], m.place):
                number = nearest
        if number is None:
            number = len(groups)
            groups.append({"type": m.type, "date": None, "place": None, "named": set()})
        group = groups[number]
        group["named"].add((m.sentence, m.words))
        group["date"] = group["date"] or m.date
        group["place"] = group["place"] or m.place
        latest[m.type] = number
        result[i] = number
    # numbered by first mention in text order
    first: dict[int, int] = {}
    for i in order:
        first.setdefault(result[i], len(first))
    return [first[n] for n in result]


@dataclass
class Event:
    """One event of a document: its type, date, place, and who takes part.

    ``statements`` are indexes into the document's statement list;
    ``participants`` the node ids of the subjects of its non-negated
    statements of taking part (:data:`TAKING_PART`: hosts and chairs included).
    """

    type: str
    date: date | None = None
    place: str | None = None
    participants: set[str] = field(default_factory=set)
    statements: list[int] = field(default_factory=list)

    def key(self, doc: str) -> str:
        """A node id made of what identifies the event across documents.

        >>> Event("Summit", date(2025, 9, 4), participants={"country/fra", "country/gbr"}).key("d1")
        'event/summit-2025-09-04-37385caeff'
        """
        if self.place:
            what = ["place", self.place]
        elif self.participants:
            what = ["with", *sorted(self.participants)]
        else:  # nothing to tell it from another event of its type: it stays the document's own
            what = ["doc", doc, str(self.statements[0] if self.statements else 0)]
        digest = hashlib.sha1("\x1f".join(what).encode("utf-8")).hexdigest()[:10]
        parts = [self.type.lower(), *([self.date.isoformat()] if self.date else []), digest]
        return "event/" + "-".join(parts)


def _event_date(statement: Statement, published: date) -> date | None:
    if statement.date is not None and statement.modality == "future" and statement.date <= published:
        return None  # the day it was announced
    return statement.date


def document_events(statements: list[Statement], *, published: date) -> list[Event]:
    """The events the statements of one document are about.

    Args:
        statements: the document's statements (those whose object is not an event are skipped).
        published: the publication date.

    Returns:
        The events, in order of first mention.

    >>> from diplograph.types import Actor, Argument
    >>> fra = Argument("France", "France", "Country", Actor("country/fra", "France", "Country"))
    >>> gbr = Argument("UK", "UK", "Country", Actor("country/gbr", "UK", "Country"))
    >>> st = [Statement("d", fra, "hosts", Argument("a meeting", "a meeting", "Meeting"), "s1", (0, 9),
    ...                 modality="future", date=date(2025, 9, 4)),
    ...       Statement("d", gbr, "participatesIn", Argument("the meeting", "the meeting", "Meeting"), "s2", (10, 20))]
    >>> [(e.type, e.date.isoformat(), sorted(e.participants), e.statements)
    ...  for e in document_events(st, published=date(2025, 9, 1))]
    [('Meeting', '2025-09-04', ['country/fra', 'country/gbr'], [0, 1])]
    """
    indexes = [i for i, st in enumerate(statements) if is_event(st)]
    # No construction gives an event's venue yet: place stays None until one does.
    mentions = [EventMention(statements[i].object.type, statements[i].span, statements[i].object.mention
                             or statements[i].object.label, _event_date(statements[i], published))
                for i in indexes]
    events: list[Event] = []
    for i, number in zip(indexes, group_mentions(mentions)):
        while len(events) <= number:
            events.append(Event(statements[i].object.type))
        event = events[number]
        event.statements.append(i)
        event.date = event.date or _event_date(statements[i], published)
        if not statements[i].negated and statements[i].predicate in TAKING_PART:
            event.participants.add(node_id(statements[i].subject))
    return events


class EventIndex:
    """Event node ids for the statements of many documents, merging one event told by several.

    Feed it the documents in order with :meth:`assign`; the same documents in
    the same order always give the same ids.
    """

    def __init__(self) -> None:
        self.known: dict[str, Event] = {}  # node id -> what is known of it
        self.by_day: dict[tuple[str, date], list[str]] = {}  # (type, date) -> node ids, in order

    def day(self, identifier: str) -> date | None:
        """The date of the event with that node id, if known."""
        seen = self.known.get(identifier)
        return seen.date if seen is not None else None

    def assign(self, extraction: Extraction) -> dict[int, str]:
        """The event node id of each statement of ``extraction`` whose object is an event, by index."""
        ids: dict[int, str] = {}
        doc = extraction.document
        for event in document_events(extraction.statements, published=doc.published):
            identifier = self._match(event) or event.key(doc.id)
            seen = self.known.get(identifier)
            if seen is None:
                self.known[identifier] = Event(event.type, event.date, event.place, set(event.participants))
                if event.date is not None:
                    self.by_day.setdefault((event.type, event.date), []).append(identifier)
            else:
                seen.participants |= event.participants
            ids.update((i, identifier) for i in event.statements)
        return ids

    def _match(self, event: Event) -> str | None:
        """An event seen before with the same type and day and a participant in common.

        (No construction gives a venue yet; when one does, the same place will match as the same day does.)
        """
        if event.date is None:
            return None
        for identifier in self.by_day.get((event.type, event.date), ()):
            if self.known[identifier].participants & event.participants:
                return identifier
        return None


def event_ids(extractions: Iterable[Extraction]) -> list[dict[int, str]]:
    """The event node ids of each extraction's statements (see :class:`EventIndex`)."""
    index = EventIndex()
    return [index.assign(x) for x in extractions]


_DG = "https://w3id.org/diplograph/ontology#"
_EVENTS_ON_DAYS = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
SELECT ?e ?type ?day ?who WHERE {
  VALUES ?day { %s }
  VALUES ?p { %s }
  GRAPH <%s> { ?e dg:heldOn ?day ; a ?type }
  FILTER(?type IN (%s))
  ?st dg:object ?e ; dg:predicate ?p ; dg:negated false ; dg:subject ?who .
}
"""


def _dated_events(store: Any, days: Iterable[str] | None = None) -> dict[str, tuple[str, str, set[str]]]:
    """``{event IRI: (type IRI, day, participant IRIs)}`` of the dated events of a pyoxigraph store."""
    if days is None:
        days = {q.object.value for q in store.quads_for_pattern(None, _named(_DG + "heldOn"), None, None)}
    days = sorted(set(days))
    if not days:
        return {}
    classes = sorted({str(DG[node.cls]) for node in NODE_TYPES if node.name in EVENT_TYPES})
    query = _EVENTS_ON_DAYS % (
        " ".join(f'"{d}"^^<http://www.w3.org/2001/XMLSchema#date>' for d in days),
        " ".join(f"dg:{p}" for p in sorted(TAKING_PART)),
        ENTITIES_GRAPH,
        ", ".join(f"<{c}>" for c in classes),
    )
    found: dict[str, tuple[str, str, set[str]]] = {}
    for row in store.query(query, use_default_graph_as_union=True):
        entry = found.setdefault(row["e"].value, (row["type"].value, row["day"].value, set()))
        entry[2].add(row["who"].value)
    return found


def _named(iri: str) -> Any:
    import pyoxigraph as ox

    return ox.NamedNode(iri)


def same_events_in_store(store: Any, build: Any) -> dict[str, str]:
    """The events of a build that a store holds already under another IRI: ``{build IRI: store IRI}``.

    The rule of :class:`EventIndex` across builds: same type, same day, a
    participant in common. Both are pyoxigraph stores.
    """
    incoming = _dated_events(build)
    if not incoming:
        return {}
    held = _dated_events(store, {day for _, day, _ in incoming.values()})
    renames: dict[str, str] = {}
    for iri, (type_, day, who) in sorted(incoming.items()):
        if iri in held:
            continue
        match = next((other for other, (t, d, w) in sorted(held.items()) if t == type_ and d == day and w & who), None)
        if match is not None:
            renames[iri] = match
    return renames


def rename_nodes(source: Any, renames: dict[str, str]) -> Any:
    """A copy of a pyoxigraph store with the nodes of ``renames`` under their new IRIs."""
    import pyoxigraph as ox

    def term(t: Any) -> Any:
        return ox.NamedNode(renames[t.value]) if isinstance(t, ox.NamedNode) and t.value in renames else t

    copy = ox.Store()
    copy.extend([ox.Quad(term(q.subject), q.predicate, term(q.object), q.graph_name) for q in source])
    return copy
