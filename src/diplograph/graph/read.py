"""RDF back into extractions: the documents of a store (or a TriG file) as :class:`~diplograph.types.Extraction`.

A build's RDF keeps, for each document, its statements with their words and
evidence, its roles, the actors it names and the names it uses for them
(:func:`diplograph.graph.rdf.build_dataset`). Reading them back gives a store
the statement export of a build (``diplograph export --format jsonl --store
DIR``) through the same code, :func:`diplograph.export.jsonl.export_lines`,
and its network through the builder of a build's network
(:func:`diplograph.graph.network.network_from_rdf`, with :class:`StoredGraph`).

What the RDF does not keep is not made up: the document's text (so
``Document.text`` is empty), the offsets of each mention inside its sentence,
and the names of an actor that are one of its labels (an actor named that way
gets its label in the document's language as its mention).

>>> from datetime import date
>>> from diplograph.graph.rdf import build_dataset
>>> from diplograph.types import ACTOR_TYPES, Actor, Argument, Document, Extraction, Mention, Statement
>>> kremlin = Actor("body/kremlin", "Kremlin", "GovernmentBody", labels={"ar": "الكرملين"})
>>> text = "رفض الكرملين الخطة."
>>> st = Statement("d1", Argument("Kremlin", "الكرملين", "GovernmentBody", kremlin), "rejects",
...                Argument("الخطة", "الخطة", "Issue"), text, (0, len(text)))
>>> x = Extraction(Document("d1", text, date(2025, 9, 1), "ar"), [Mention(4, 12, "الكرملين", kremlin)], [st])
>>> [(s.subject.label, s.predicate, s.object.mention) for r in read_extractions(build_dataset([x])) for s in r.statements]
[('Kremlin', 'rejects', 'الخطة')]
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from diplograph.errors import InputError
from diplograph.graph.events import is_event
from diplograph.graph.rdf import _TYPES, IRIs
from diplograph.labels import CANONICAL
from diplograph.types import ACTOR_TYPES, Actor, Argument, Document, Extraction, Mention, Office, Role, Statement

__all__ = ["StoredGraph", "read_extractions"]

_DG = "https://w3id.org/diplograph/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_ALT_LABEL = "http://www.w3.org/2004/02/skos/core#altLabel"
_NOTATION = "http://www.w3.org/2004/02/skos/core#notation"
_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
_POST_IN = "http://www.w3.org/ns/org#postIn"
_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
_ISSUED = "http://purl.org/dc/terms/issued"
_LANGUAGE = "http://purl.org/dc/terms/language"
#: class IRI -> the type name of an argument ("State" is written for "Country")
_CLASS_TYPES = {str(cls): name for name, (cls, _, _) in _TYPES.items() if name != "State"}
_ACTOR_TYPES = frozenset({*ACTOR_TYPES, "Group", "Place"})



class _Nodes:
    """Descriptions of the nodes in the entities graph, read once each."""

    def __init__(self, store: Any) -> None:
        import pyoxigraph as ox

        self.store = store
        self.entities = ox.NamedNode(str(IRIs.ENTITIES_GRAPH))
        self.cache: dict[str, tuple[str, str, dict[str, str], Actor | None, dict[str, list[Any]]]] = {}

    def properties(self, term: Any) -> dict[str, list[Any]]:
        return self.describe(term)[4]

    def describe(self, term: Any) -> tuple[str, str, dict[str, str], Actor | None, dict[str, list[Any]]]:
        """``(label, type, labels by language, actor or None, properties)`` of a node."""
        found = self.cache.get(term.value)
        if found is not None:
            return found
        props: dict[str, list[Any]] = {}
        for quad in self.store.quads_for_pattern(term, None, None, self.entities):
            props.setdefault(quad.predicate.value, []).append(quad.object)
        type_ = next((_CLASS_TYPES[o.value] for o in props.get(_RDF_TYPE, []) if o.value in _CLASS_TYPES), "Issue")
        labels = {o.language or "": o.value for o in sorted(props.get(_LABEL, []), key=lambda o: (o.language or "", o.value))}
        label = labels.get(CANONICAL) or labels.get("") or next(iter(labels.values()), IRIs.identifier(term.value))
        actor = None
        if type_ in _ACTOR_TYPES:
            qids = sorted(o.value.rsplit("/", 1)[-1] for o in props.get(_SAME_AS, []))
            # A body's dg:represents and a group's dg:belongsTo are both Actor.represents.
            represents = props.get(_DG + "represents") or props.get(_DG + "belongsTo")
            actor = Actor(IRIs.identifier(term.value), label, type_, qids[0] if qids else None,
                          {lang: text for lang, text in labels.items() if lang},
                          IRIs.identifier(represents[0].value) if represents else None)
        found = self.cache[term.value] = (label, type_, labels, actor, props)
        return found

    def argument(self, term: Any, mention: str, own_label: str = "") -> Argument:
        label, type_, _, actor, _ = self.describe(term)
        label = own_label or label  # an event node's label is one statement's words; each keeps its own
        return Argument(label, mention or label, type_, actor)

    def notation(self, terms: list[Any]) -> str | None:
        for term in terms:
            for value in self.properties(term).get(_NOTATION, []):
                return value.value
        return None


def _one(props: dict[str, list[Any]], name: str) -> Any:
    values = props.get(name)
    return values[0] if values else None


def _text(props: dict[str, list[Any]], name: str, default: str = "") -> str:
    term = _one(props, name)
    return term.value if term is not None else default


def read_extractions(source: Any) -> Iterator[Extraction]:
    """The documents of a build's RDF, one :class:`~diplograph.types.Extraction` each, in document id order.

    Args:
        source: a store folder, a TriG file, a pyoxigraph Store or an rdflib Dataset.

    Returns:
        The extractions, read one document graph at a time.

    Raises:
        StoreError, QueryError: a source that cannot be opened.
        InputError: a document graph that diplograph did not write (no date, an offset that is no number...).
    """
    from diplograph.graph.source import open_source

    for extraction, _ in StoredGraph(open_source(source)).documents():
        yield extraction


class StoredGraph:
    """A build's RDF as the network builder reads it: its documents, and the knowledge its shared graphs hold.

    It stands for the knowledge base of a build (:func:`diplograph.graph.network.build_network`'s
    ``kb``): ``actors`` are the actors the entities graph describes, ``offices``
    the knowledge base's offices the store keeps (their dates and posts, not a
    written title), and ``node_label`` names an event as its node does (each
    statement keeps its own words for it).

    Args:
        store: a pyoxigraph Store (:func:`diplograph.graph.source.open_source` opens the others).

    >>> from diplograph.graph.rdf import build_dataset
    >>> from diplograph.graph.source import open_source
    >>> kremlin = Actor("body/kremlin", "Kremlin", "GovernmentBody", represents="country/rus")
    >>> text = "The Kremlin hosted talks."
    >>> st = Statement("d1", Argument("Kremlin", "Kremlin", "GovernmentBody", kremlin), "hosts",
    ...                Argument("talks", "talks", "Meeting"), text, (0, len(text)))
    >>> stored = StoredGraph(open_source(build_dataset([Extraction(Document("d1", text, date(2025, 9, 1)), statements=[st])])))
    >>> [(extraction, events)] = stored.documents()
    >>> extraction.document.id, events[0].startswith("event/meeting-"), stored.node_label(events[0])
    ('d1', True, 'talks')
    >>> stored.actors["body/kremlin"].represents, stored.mentioning()
    ('country/rus', {})
    """

    def __init__(self, store: Any) -> None:
        self.store = store
        self._nodes = _Nodes(store)
        self._terms: dict[str, Any] = {}  # event node id -> its term
        self._offices: dict[str, list[Office]] | None = None
        self.actors: Mapping[str, Actor] = _StoredActors(self._nodes)

    def documents(self) -> Iterator[tuple[Extraction, dict[int, str]]]:
        """Each document, in document id order, with the event node id of its statements about an event, by index."""
        shared = {str(IRIs.ENTITIES_GRAPH), str(IRIs.KB_GRAPH)}
        graphs = sorted((g for g in self.store.named_graphs() if g.value not in shared), key=lambda g: g.value)
        for graph in graphs:
            try:
                found = _read_document(self.store, graph, self._nodes)
            except (ValueError, TypeError, AttributeError) as err:  # no date, an offset that is no number, no subject
                raise InputError(f"graph {graph.value}: not in the shape 'diplograph build' writes ({err}); "
                                 "read only RDF that diplograph wrote") from None
            if found is not None:
                extraction, objects = found
                events = {}
                for index, (statement, term) in enumerate(zip(extraction.statements, objects)):
                    if is_event(statement):
                        events[index] = IRIs.identifier(term.value)
                        self._terms[events[index]] = term
                yield extraction, events

    def node_label(self, identifier: str) -> str | None:
        """The label of an event node read by :meth:`documents`, as the store gives it."""
        term = self._terms.get(identifier)
        return self._nodes.describe(term)[0] if term is not None else None

    def offices(self, person_id: str) -> list[Office]:
        """The offices the knowledge base's graph gives a person, by start, end and position."""
        if self._offices is None:
            self._offices = _kb_offices(self.store)
        return list(self._offices.get(person_id, ()))

    def mentioning(self) -> dict[str, int]:
        """How many documents mention each node (``dg:mentions``)."""
        import pyoxigraph as ox

        graphs: dict[str, set[Any]] = {}
        for quad in self.store.quads_for_pattern(None, ox.NamedNode(_DG + "mentions"), None, None):
            graphs.setdefault(IRIs.identifier(quad.object.value), set()).add(quad.graph_name)
        return {node: len(found) for node, found in graphs.items()}


class _StoredActors(Mapping):
    """The actors of the entities graph by id, each described when first asked for."""

    def __init__(self, nodes: _Nodes) -> None:
        self._nodes = nodes
        self._found: list[str] | None = None  # the ids, read from the store once

    def __getitem__(self, actor_id: str) -> Actor:
        import pyoxigraph as ox

        actor = self._nodes.describe(ox.NamedNode(str(IRIs.node(actor_id))))[3]
        if actor is None:
            raise KeyError(actor_id)
        return actor

    def _ids(self) -> list[str]:
        if self._found is None:
            self._found = self._read_ids()
        return self._found

    def _read_ids(self) -> list[str]:
        import pyoxigraph as ox

        typed = {q.subject.value for q in self._nodes.store.quads_for_pattern(None, ox.NamedNode(_RDF_TYPE), None,
                                                                               self._nodes.entities)
                 if q.object.value in _CLASS_TYPES and _CLASS_TYPES[q.object.value] in _ACTOR_TYPES}
        return sorted(IRIs.identifier(iri) for iri in typed)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids())

    def __len__(self) -> int:
        return len(self._ids())


_KB_OFFICES = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?person ?type ?country ?start ?end
WHERE {
  GRAPH <%s> { ?i a dg:Incumbency ; dg:holder ?person ; dg:post ?post .
               OPTIONAL { ?i dg:start ?start } OPTIONAL { ?i dg:end ?end } }
  ?post dg:positionType ?type ; org:postIn ?country .
}
"""


def _kb_offices(store: Any) -> dict[str, list[Office]]:
    """The offices of the knowledge base's graph by person, dated ones first, by start, end and position."""
    found: dict[str, list[Office]] = {}
    for row in store.query(_KB_OFFICES % IRIs.KB_GRAPH, use_default_graph_as_union=True):
        person = IRIs.identifier(row["person"].value)
        start, end = (date.fromisoformat(row[k].value) if row[k] is not None else None for k in ("start", "end"))
        found.setdefault(person, []).append(Office(person, row["type"].value[len(_DG):],
                                                   IRIs.identifier(row["country"].value), start, end))
    for offices in found.values():
        offices.sort(key=lambda o: (o.start is None, o.start or date.min, o.end is None, o.end or date.min, o.position))
    return found


def _read_document(store: Any, graph: Any, nodes: _Nodes) -> tuple[Extraction, list[Any]] | None:
    """A document's extraction, and the object term of each of its statements (in their order), or None for no document."""
    subjects: dict[str, dict[str, list[Any]]] = {}
    for quad in store.quads_for_pattern(None, None, None, graph):
        subjects.setdefault(quad.subject.value, {}).setdefault(quad.predicate.value, []).append(quad.object)
    docs = [iri for iri, props in subjects.items() if any(o.value == _DG + "Document" for o in props.get(_RDF_TYPE, []))]
    if not docs:
        return None
    meta = subjects[docs[0]]
    doc_id = IRIs.identifier(docs[0])
    doc_id = doc_id[len("doc/"):] if doc_id.startswith("doc/") else doc_id
    lang = _text(meta, _LANGUAGE) or None
    document = Document(doc_id, "", date.fromisoformat(_text(meta, _ISSUED)), lang,
                        _text(meta, _DG + "url") or None, _text(meta, _DG + "outlet") or None)
    extraction = Extraction(document)
    named: dict[str, list[str]] = {}
    read: list[tuple[Statement, Any]] = []
    for iri, props in subjects.items():
        kinds = {o.value for o in props.get(_RDF_TYPE, [])}
        if _DG + "Statement" in kinds:
            read.append((_statement(doc_id, props, nodes), _one(props, _DG + "object")))
        elif _DG + "Incumbency" in kinds:
            role = _role(doc_id, props, nodes)
            if role is not None:
                extraction.roles.append(role)
        for name in props.get(_ALT_LABEL, []):
            named.setdefault(iri, []).append(name.value)
    read.sort(key=lambda pair: (pair[0].span, pair[0].predicate, pair[0].subject.label, pair[0].object.label))
    statements = extraction.statements = [statement for statement, _ in read]
    extraction.roles.sort(key=lambda r: (r.span, r.person.id, r.position))
    # Mentions: the other names the document used (alternative labels), the words of
    # its statements that are names (not "he" or "the latter"), else the label in its language.
    for st in statements:
        for side in (st.subject, st.object):
            actor = side.actor
            if actor is not None and (side.mention in named.get(str(IRIs.actor(actor)), ())
                                      or side.mention in {actor.label, *actor.labels.values()}):
                extraction.mentions.append(Mention(st.span[0], st.span[0], side.mention, actor))
    end = max((s.span[1] for s in statements), default=0)
    for actor_term in sorted(meta.get(_DG + "mentions", []), key=lambda term: term.value):  # as any store orders them
        actor = nodes.describe(actor_term)[3]
        if actor is None:
            continue
        names = sorted(named.get(actor_term.value, ()))
        if not names and not any(m.actor.id == actor.id for m in extraction.mentions):
            names = [actor.labels.get(lang or "", actor.label)]
        extraction.mentions.extend(Mention(end, end, name, actor) for name in names)
    return extraction, [term for _, term in read]


def _statement(doc: str, props: dict[str, list[Any]], nodes: _Nodes) -> Statement:
    day = _text(props, _DG + "eventDate")
    return Statement(
        doc=doc,
        subject=nodes.argument(_one(props, _DG + "subject"), _text(props, _DG + "subjectMention")),
        predicate=_text(props, _DG + "predicate")[len(_DG):],
        object=nodes.argument(_one(props, _DG + "object"), _text(props, _DG + "objectMention"),
                              _text(props, _DG + "objectLabel")),
        sentence=_text(props, _DG + "sentence"),
        span=(int(_text(props, _DG + "startOffset", "0")), int(_text(props, _DG + "endOffset", "0"))),
        negated=_text(props, _DG + "negated") in ("true", "1"),
        modality=_text(props, _DG + "modality")[len(_DG):],
        date=date.fromisoformat(day) if day else None,
        plover=nodes.notation(props.get(_DG + "ploverType", [])),
        cameo=nodes.notation(props.get(_DG + "cameoCode", [])),
        trigger=_text(props, _DG + "trigger"),
    )


def _role(doc: str, props: dict[str, list[Any]], nodes: _Nodes) -> Role | None:
    holder, post = _one(props, _DG + "holder"), _one(props, _DG + "post")
    if holder is None or post is None or _one(props, _DERIVED) is None:
        return None  # an office of the knowledge base, not a role an article gives
    person = nodes.describe(holder)[3]
    post_props = nodes.properties(post)
    position = _one(post_props, _DG + "positionType")
    country = _one(post_props, _POST_IN)
    if person is None or position is None:
        return None
    return Role(person, position.value[len(_DG):], nodes.describe(country)[3] if country is not None else None,
                _text(props, _DG + "title"), doc, _text(props, _DG + "sentence"),
                (int(_text(props, _DG + "startOffset", "0")), int(_text(props, _DG + "endOffset", "0"))))
