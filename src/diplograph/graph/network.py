"""The same extractions as a NetworkX multigraph, for GraphML and the HTML view.

Nodes are actors, places, events and issues, with the ids the RDF writer uses
(an actor's id, or ``issue/<slug>``, ``event/<type>-<day>-<hash>``: one node
per event, :mod:`diplograph.graph.events`). There is one edge
per statement (negated, future and hypothetical ones too, with attributes to
filter them), plus a ``represents`` edge from each government body to its
state and a ``belongsTo`` edge from each group to its state. Who holds which post is a node attribute, not an edge. Every attribute
value is a string, a bool or an int, so that the graph writes to GraphML and
reads back with :func:`networkx.read_graphml`; text is made XML-safe (a carriage
return becomes a line feed, characters XML cannot hold become U+FFFD).
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from diplograph.atomic import atomic_path
from diplograph.events import plover as _plover
from diplograph.graph.events import EventIndex
from diplograph.actors.ids import node_id
from diplograph.graph.rdf import _TYPES, IRIs, codes_of, node_type
from diplograph.labels import CANONICAL, post_label
from diplograph.types import Actor, Argument, Extraction, Office, Role

__all__ = ["build_network", "network_from_rdf", "office_text", "write_graphml"]


_EMPTY_EDGE: dict[str, Any] = {
    "predicate": "", "negated": False, "modality": "asserted", "date": "", "published": "",
    "sentence": "", "doc": "", "span": "", "plover": "", "cameo": "", "plover_mode": "", "quad": "neutral",
    "subject_label": "", "object_label": "", "trigger": "", "statement": "",
}


# XML 1.0 cannot hold these characters at all, and reads a carriage return back as
# a line feed: GraphML text is cleaned so that it reads back as it was written.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(value: Any) -> Any:
    r"""Text XML holds and reads back as written (most text needs nothing: it is only looked at).

    >>> _clean("a\r\nb\x00"), _clean(3)
    ('a\nb\ufffd', 3)
    """
    if isinstance(value, str) and ("\r" in value or _NOT_XML.search(value)):
        return _NOT_XML.sub("\ufffd", value.replace("\r\n", "\n").replace("\r", "\n"))
    return value


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def office_text(office: Office, country_label: str | None = None, title: str | None = None) -> str:
    """A one-line description of an office: title and dates.

    Args:
        office: the office.
        country_label: how to name its country (defaults to the id).
        title: the title to use (defaults to "<position> of <country>").

    Returns:
        For example ``"President of France (2017-05-14–)"``.

    >>> office_text(Office("person/x", "head_of_state", "country/fra", date(2017, 5, 14)), "France")
    'Head of state of France (2017-05-14–)'
    >>> office_text(Office("person/x", "minister", None, None, date(2020, 1, 1)), title="Minister of Peace")
    'Minister of Peace (–2020-01-01)'
    """
    if not title:
        title = post_label(office.position, country_label or office.country)
    start = office.start.isoformat() if office.start else ""
    end = office.end.isoformat() if office.end else ""
    return f"{title} ({start}–{end})"


def _edge(subject: str, obj: str, *, predicate: str, doc: str, start: Any, end: Any, **attrs: Any,
          ) -> tuple[str, str, str, dict[str, Any]]:
    """A statement's edge, as both builders write it: its key and the attributes of :data:`_EMPTY_EDGE`.

    >>> _edge("a", "b", predicate="rejects", doc="d1", start=0, end=9, quad="verbal_conflict")[2]
    'rejects@d1:0-9'
    """
    unknown = attrs.keys() - _EMPTY_EDGE.keys()
    if unknown:
        raise TypeError(f"not an edge attribute: {', '.join(sorted(unknown))}")
    return subject, obj, f"{predicate}@{doc}:{start}-{end}", {
        **_EMPTY_EDGE, **attrs, "predicate": predicate, "doc": doc, "span": f"{start}-{end}"}


def _state_edge(subject: str, state: str, link: str, subject_label: str, state_label: str,
                ) -> tuple[str, str, str, dict[str, Any]]:
    """The edge from a body to the state it represents (a group to the state it belongs to)."""
    return subject, state, link, {**_EMPTY_EDGE, "predicate": link, "subject_label": subject_label,
                                  "object_label": state_label}


def _state_link(node_type: str) -> str:
    """The edge from an actor to its state: a group belongs to it, a body represents it.

    >>> _state_link("Group"), _state_link("GovernmentBody")
    ('belongsTo', 'represents')
    """
    return "belongsTo" if node_type == "Group" else "represents"


class _Nodes:
    def __init__(self, kb: Any | None) -> None:
        self.kb = kb
        self.data: dict[str, dict[str, Any]] = {}
        self.offices: dict[str, list[str]] = {}
        self.positions: dict[str, set[str]] = {}
        self.seen: dict[str, dict[tuple[str, str, str], list[str]]] = {}
        self.represents: dict[str, str] = {}

    def kb_actor(self, actor_id: str) -> Actor | None:
        actors = getattr(self.kb, "actors", None) if self.kb is not None else None
        return actors.get(actor_id) if isinstance(actors, dict) else None

    def actor(self, actor: Actor) -> str:
        if actor.id not in self.data:
            labels = {CANONICAL: actor.label, **{k: v for k, v in actor.labels.items() if v and k != CANONICAL}}
            self.data[actor.id] = {
                "label": actor.label or actor.id,
                "labels": _dump(labels),
                "type": node_type(actor.type)[2],
                "qid": actor.qid or "",
                "weight": 0,
                "iri": str(IRIs.actor(actor)),
            }
            if actor.represents:
                self.represents.setdefault(actor.id, actor.represents)
        return actor.id

    def argument(self, argument: Argument, event: str | None = None) -> str:
        if argument.actor is not None:
            return self.actor(argument.actor)
        identifier = event or node_id(argument)
        if identifier not in self.data:
            self.data[identifier] = {
                "label": argument.label or identifier,
                "labels": _dump({CANONICAL: argument.label or identifier}),
                "type": node_type(argument.type)[2],
                "qid": "",
                "weight": 0,
                "iri": str(IRIs.node(identifier)),
            }
        return identifier

    def label(self, actor_id: str) -> str:
        if actor_id in self.data:
            return str(self.data[actor_id]["label"])
        actor = self.kb_actor(actor_id)
        return actor.label if actor is not None else actor_id

    def role(self, role: Role, published: date) -> None:
        person = self.actor(role.person)
        if role.country is not None:
            self.actor(role.country)
        self.positions.setdefault(person, set()).add(role.position)
        key = (role.position, role.country.id if role.country else "", role.title)
        self.seen.setdefault(person, {}).setdefault(key, []).append(published.isoformat())

    def finish(self) -> None:
        for person, roles in self.seen.items():
            for (position, country, title), days in sorted(roles.items()):
                if not title:
                    title = post_label(position, self.label(country) if country else None)
                first, last = min(days), max(days)
                seen = first if first == last else f"{first} to {last}"
                self.offices.setdefault(person, []).append(f"{title} (named {seen})")
        if self.kb is not None and callable(getattr(self.kb, "offices", None)):
            title_of = getattr(self.kb, "title", None)
            for node, attrs in self.data.items():
                if attrs["type"] != "Person":
                    continue
                for office in self.kb.offices(node) or ():
                    title = title_of(office) if callable(title_of) else None
                    country = self.label(office.country) if office.country else None
                    self.offices.setdefault(node, []).append(office_text(office, country, title))
                    self.positions.setdefault(node, set()).add(office.position)
        for node, attrs in self.data.items():
            attrs["offices"] = _dump(self.offices.get(node, []))
            attrs["positions"] = _dump(sorted(self.positions.get(node, set())))


def build_network(extractions: Iterable[Extraction], *, kb: Any | None = None) -> nx.MultiDiGraph:
    """Build the actor network of a set of extractions.

    Args:
        extractions: what was extracted from each document.
        kb: optional knowledge base (``diplograph.actors.kb.KnowledgeBase``):
            its offices describe the persons (``offices`` attribute), and its
            actors name the states that bodies represent.

    Returns:
        A ``MultiDiGraph``. Node attributes: ``label`` (English), ``labels``
        (JSON ``{lang: label}``), ``type`` (Person, Country, Organization,
        GovernmentBody, Coalition, Group, Place, Event or Issue), ``qid`` (``""`` if
        none), ``weight`` (mentions in the documents, or for a node nobody
        mentions, the statements naming it), ``offices`` (JSON list of
        strings), ``positions`` (JSON list of position codes), ``iri``.
        Edge keys are ``<predicate>@<doc>:<start>-<end>`` (one edge per
        statement; ``represents`` for bodies, ``belongsTo`` for groups). Edge attributes: ``predicate``,
        ``negated``, ``modality``, ``date`` (ISO or ``""``), ``published``,
        ``sentence``, ``doc``, ``span`` (``"start-end"``), ``plover``,
        ``cameo``, ``plover_mode`` (``""`` if none), ``quad``, ``subject_label``, ``object_label``, ``trigger``,
        ``statement`` (the IRI of the statement in the RDF).

    >>> from diplograph.types import Document, Statement
    >>> kremlin = Actor("body/kremlin", "Kremlin", "GovernmentBody", represents="country/rus")
    >>> text = "The Kremlin rejected any deployment."
    >>> st = Statement("d1", Argument("Kremlin", "Kremlin", "GovernmentBody", kremlin), "rejects",
    ...                Argument("deployment", "any deployment", "Issue"), text, (0, len(text)))
    >>> g = build_network([Extraction(Document("d1", text, date(2025, 9, 1)), statements=[st])])
    >>> sorted(g.edges(keys=True))
    [('body/kremlin', 'country/rus', 'represents'), ('body/kremlin', 'issue/deployment', 'rejects@d1:0-36')]
    >>> g.edges["body/kremlin", "issue/deployment", "rejects@d1:0-36"]["quad"]
    'verbal_conflict'
    """
    graph = nx.MultiDiGraph()
    nodes = _Nodes(kb)
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    seen: set[str] = set()
    mentioned: set[str] = set()
    events = EventIndex()
    for extraction in extractions:
        doc = extraction.document
        event_ids = events.assign(extraction)
        for mention in extraction.mentions:
            nodes.data[nodes.actor(mention.actor)]["weight"] += 1
            mentioned.add(mention.actor.id)
        for index, statement in enumerate(extraction.statements):
            key = IRIs.statement_key(statement)
            if key in seen:
                continue
            seen.add(key)
            subject = nodes.argument(statement.subject)
            obj = nodes.argument(statement.object, event_ids.get(index))
            for node in (subject, obj):
                if node not in mentioned:
                    nodes.data[node]["weight"] += 1
            plover, cameo = codes_of(statement)
            start, end = statement.span
            edges.append(_edge(
                subject, obj, predicate=statement.predicate, doc=statement.doc, start=start, end=end,
                negated=bool(statement.negated),
                modality=statement.modality,
                date=statement.date.isoformat() if statement.date else "",
                published=doc.published.isoformat(),
                sentence=statement.sentence,
                plover=plover or "",
                cameo=cameo or "",
                plover_mode=_plover.mode(cameo) or "",
                quad=_plover.quad_class(plover),
                subject_label=statement.subject.label,
                object_label=nodes.label(obj),  # an event's node label, as network_from_rdf reads it
                trigger=statement.trigger,
                statement=IRIs.base + "statement/" + key,  # IRIs.statement, its key made once
            ))
        for role in extraction.roles:
            nodes.role(role, doc.published)
    for body, state in sorted(nodes.represents.items()):
        if state not in nodes.data:
            known = nodes.kb_actor(state)
            nodes.actor(known if known is not None else Actor(state, state, "Country"))
        edges.append(_state_edge(body, state, _state_link(nodes.data[body]["type"]), nodes.label(body),
                                 nodes.label(state)))
    nodes.finish()
    for node, attrs in sorted(nodes.data.items()):
        graph.add_node(_clean(node), **{k: _clean(v) for k, v in attrs.items()})
    for subject, obj, key, attrs in edges:
        graph.add_edge(_clean(subject), _clean(obj), key=_clean(key), **{k: _clean(v) for k, v in attrs.items()})
    return graph


def write_graphml(graph: nx.MultiDiGraph, path: str | os.PathLike[str]) -> Path:
    """Write a network as GraphML, atomically (:func:`diplograph.atomic.atomic_path`).

    Args:
        graph: a network from :func:`build_network`.
        path: where to write; missing folders are made.

    Returns:
        The path written.

    >>> import tempfile, pathlib
    >>> g = nx.MultiDiGraph(); g.add_edge("a", "b", key="rejects@d:0-1", negated=False)
    'rejects@d:0-1'
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     back = nx.read_graphml(write_graphml(g, pathlib.Path(tmp) / "g.graphml"), force_multigraph=True)
    >>> list(back.edges(keys=True, data=True))
    [('a', 'b', 'rejects@d:0-1', {'negated': False})]
    """
    text = _graphml_text(graph)
    with atomic_path(path) as tmp:
        if text is None:
            nx.write_graphml(graph, tmp, encoding="utf-8")
        else:
            with open(tmp, "w", encoding="utf-8") as stream:
                stream.write(text)
        with open(tmp, "rb") as stream:
            os.fsync(stream.fileno())
    return Path(path)


# What networkx's GraphML writer (on lxml) writes, written here as text: its element tree cost
# as much as the rest of the build's network. Graphs it would write otherwise go to it.
_GRAPHML_TYPES = {str: "string", bool: "boolean", int: "long"}
_GRAPHML_HEAD = ("<?xml version='1.0' encoding='utf-8'?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                 "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing"
                 ".org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">")
_XML_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                                "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _xml_text(text: str) -> str:
    """Text escaped as lxml escapes it (``str.translate`` is several times slower on text that is not ASCII)."""
    if "&" in text or "<" in text or ">" in text or "\r" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    return text


def _graphml_text(graph: nx.MultiDiGraph) -> str | None:
    """The GraphML of a network of :func:`build_network`, as ``nx.write_graphml`` writes it; None for other graphs.

    >>> g = nx.MultiDiGraph(); g.add_node("a", label="A & B", weight=2); g.add_edge("a", "b", key="k", negated=True)
    'k'
    >>> import io; buffer = io.BytesIO(); nx.write_graphml(g, buffer)
    >>> _graphml_text(g) == buffer.getvalue().decode("utf-8")
    True
    """
    if not (graph.is_directed() and graph.is_multigraph()) or graph.graph:
        return None
    keys: dict[tuple[str, str, str], str] = {}
    out = ['<graph edgedefault="directed">']

    def data(items: Any, scope: str) -> bool:
        for name, value in items:
            kind = _GRAPHML_TYPES.get(type(value))
            if kind is None or type(name) is not str:
                return False
            key = keys.get((name, kind, scope))
            if key is None:
                key = keys[(name, kind, scope)] = f"d{len(keys)}"
            out.append(f'\n  <data key="{key}">{_xml_text(str(value))}</data>')
        return True

    for node, attrs in graph.nodes(data=True):
        out.append(f'<node id="{str(node).translate(_XML_ATTRIBUTE)}"')
        if not attrs:
            out.append("/>\n")
            continue
        out.append(">")
        if not data(attrs.items(), "node"):
            return None
        out.append("\n</node>\n")
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        out.append(f'<edge source="{str(source).translate(_XML_ATTRIBUTE)}" target="{str(target).translate(_XML_ATTRIBUTE)}" '
                   f'id="{str(key).translate(_XML_ATTRIBUTE)}"')
        if not attrs:
            out.append("/>\n")
            continue
        out.append(">")
        if not data(attrs.items(), "edge"):
            return None
        out.append("\n</edge>\n")
    out.append("</graph></graphml>")
    head = [_GRAPHML_HEAD]
    for (name, kind, scope), key in reversed(keys.items()):
        head.append(f'<key id="{key}" for="{scope}" attr.name="{name.translate(_XML_ATTRIBUTE)}" attr.type="{kind}"/>\n')
    return "".join(head + out)


# ---------------------------------------------------------------------------
# The network of RDF already written (a store, a TriG file)

# class IRI (local name) -> network type, as the RDF writer maps them
_CLASS_TYPES = {str(cls).rsplit("#", 1)[-1]: kind for cls, _, kind in _TYPES.values()}
_NETWORK_PREFIXES = """PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX org: <http://www.w3.org/ns/org#>
"""
_STATEMENTS = _NETWORK_PREFIXES + """
SELECT ?st ?s ?o ?p ?negated ?m ?date ?published ?sentence ?doc ?start ?end ?plover ?cameo ?mode ?q ?trigger
WHERE {
  # One sub-query a property, joined by hashing: fast on a store on disk.
  { SELECT ?st ?s WHERE { ?st dg:subject ?s } }
  { SELECT ?st ?o WHERE { ?st dg:object ?o } }
  { SELECT ?st ?p WHERE { ?st dg:predicate ?p } }
  { SELECT ?st ?negated WHERE { ?st dg:negated ?negated } }
  { SELECT ?st ?m WHERE { ?st dg:modality ?m } }
  { SELECT ?st ?q WHERE { ?st dg:quadClass ?q } }
  { SELECT ?st ?sentence WHERE { ?st dg:sentence ?sentence } }
  { SELECT ?st ?start WHERE { ?st dg:startOffset ?start } }
  { SELECT ?st ?end WHERE { ?st dg:endOffset ?end } }
  { SELECT ?st ?doc WHERE { ?st prov:wasDerivedFrom ?doc } }
  { SELECT ?doc ?published WHERE { ?doc dcterms:issued ?published } }
  OPTIONAL { SELECT ?st ?date WHERE { ?st dg:eventDate ?date } }
  OPTIONAL { SELECT ?st ?plover WHERE { ?st dg:ploverType ?pt . ?pt skos:notation ?plover } }
  OPTIONAL { SELECT ?st ?cameo WHERE { ?st dg:cameoCode ?ct . ?ct skos:notation ?cameo } }
  OPTIONAL { SELECT ?st ?mode WHERE { ?st dg:ploverMode ?mode } }
  OPTIONAL { SELECT ?st ?trigger WHERE { ?st dg:trigger ?trigger } }
}
"""
_ROLES = _NETWORK_PREFIXES + """
SELECT ?person ?type ?country ?title ?published ?start ?end ?kb
WHERE {
  GRAPH ?g { ?i a dg:Incumbency ; dg:holder ?person ; dg:post ?post .
             OPTIONAL { ?i dg:title ?title } OPTIONAL { ?i dg:start ?start } OPTIONAL { ?i dg:end ?end }
             OPTIONAL { ?i prov:wasDerivedFrom ?doc . ?doc dcterms:issued ?published } }
  ?post dg:positionType ?type ; org:postIn ?country .
  BIND(?g = <https://w3id.org/diplograph/resource/graph/kb> AS ?kb)
}
"""



def network_from_rdf(source: Any) -> nx.MultiDiGraph:
    """The network of RDF written by :func:`diplograph.graph.rdf.build_dataset` (a store, a TriG file).

    The same nodes, edges and attributes as :func:`build_network` of the
    extractions the RDF came from, with two differences: a node's ``weight``
    counts the documents that mention it (the RDF does not keep every
    mention), and ``offices`` name an article's role by its title, or else its
    post's label.

    Args:
        source: a store folder, a TriG file, a pyoxigraph Store or an rdflib Dataset.

    Returns:
        A ``MultiDiGraph`` (see :func:`build_network` for its attributes).

    >>> from diplograph.graph.rdf import build_dataset
    >>> from diplograph.types import Document, Statement
    >>> kremlin = Actor("body/kremlin", "Kremlin", "GovernmentBody", represents="country/rus")
    >>> text = "The Kremlin rejected any deployment."
    >>> st = Statement("d1", Argument("Kremlin", "Kremlin", "GovernmentBody", kremlin), "rejects",
    ...                Argument("deployment", "any deployment", "Issue"), text, (0, len(text)))
    >>> g = network_from_rdf(build_dataset([Extraction(Document("d1", text, date(2025, 9, 1)), statements=[st])]))
    >>> sorted(g.edges(keys=True))
    [('body/kremlin', 'country/rus', 'represents'), ('body/kremlin', 'issue/deployment', 'rejects@d1:0-36')]
    """
    import pyoxigraph as ox

    from diplograph.graph.source import open_source

    store = open_source(source)
    dg = "https://w3id.org/diplograph/ontology#"
    rdfs_label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    same_as = ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs")
    represents = ox.NamedNode(dg + "represents")
    belongs_to = ox.NamedNode(dg + "belongsTo")
    mentions = ox.NamedNode(dg + "mentions")
    entities = ox.NamedNode(str(IRIs.ENTITIES_GRAPH))

    def select(query: str) -> list[dict[str, Any]]:
        result = store.query(query, use_default_graph_as_union=True)
        names = [v.value for v in result.variables]
        return [{n: s[n] for n in names} for s in result]

    nodes: dict[str, dict[str, Any]] = {}

    def node(term: Any) -> str | None:
        iri = term.value
        identifier = IRIs.identifier(iri)
        if identifier in nodes:
            return identifier
        types = [q.object.value[len(dg):] for q in store.quads_for_pattern(term, None, None, entities)
                 if q.predicate.value.endswith("#type") and q.object.value.startswith(dg)]
        kind = next((_CLASS_TYPES[t] for t in types if t in _CLASS_TYPES), None)
        if kind is None:
            return None
        labels: dict[str, str] = {}
        for q in store.quads_for_pattern(term, rdfs_label, None, entities):
            labels.setdefault(q.object.language or "", q.object.value)
        label = labels.get(CANONICAL) or next(iter(sorted(labels.items())), ("", identifier))[1]
        qids = sorted(q.object.value.rsplit("/", 1)[-1] for q in store.quads_for_pattern(term, same_as, None, entities))
        documents = {q.graph_name for q in store.quads_for_pattern(None, mentions, term, None)}
        nodes[identifier] = {
            "label": label, "labels": _dump({CANONICAL: label, **{k: v for k, v in labels.items() if k and k != CANONICAL}}),
            "type": kind, "qid": qids[0] if qids else "", "weight": len(documents), "iri": iri,
        }
        return identifier

    graph_edges: list[tuple[str, str, str, dict[str, Any]]] = []
    named: dict[str, int] = {}
    for row in select(_STATEMENTS):
        subject, obj = node(row["s"]), node(row["o"])
        if subject is None or obj is None:
            continue
        for n in (subject, obj):
            named[n] = named.get(n, 0) + 1
        doc = IRIs.identifier(row["doc"].value)
        doc = doc[len("doc/"):] if doc.startswith("doc/") else doc
        predicate = row["p"].value[len(dg):]
        start, end = row["start"].value, row["end"].value
        plover = row["plover"].value if row["plover"] is not None else ""
        graph_edges.append(_edge(
            subject, obj, predicate=predicate, doc=doc, start=start, end=end,
            negated=row["negated"].value in ("true", "1"),
            modality=row["m"].value[len(dg):],
            date=row["date"].value if row["date"] is not None else "",
            published=row["published"].value,
            sentence=row["sentence"].value,
            plover=plover,
            cameo=row["cameo"].value if row["cameo"] is not None else "",
            plover_mode=row["mode"].value if row["mode"] is not None else "",
            quad=row["q"].value[len(dg):],
            subject_label=nodes[subject]["label"],
            object_label=nodes[obj]["label"],
            trigger=row["trigger"].value if row["trigger"] is not None else "",
            statement=row["st"].value,
        ))
    # Who a document mentions, and the persons its roles name, are nodes even without statements.
    for quad in store.quads_for_pattern(None, mentions, None, None):
        node(quad.object)
    offices: dict[str, list[str]] = {}
    positions: dict[str, set[str]] = {}
    seen: dict[str, dict[tuple[str, str, str], list[str]]] = {}
    for row in sorted(select(_ROLES), key=lambda r: tuple(str(r[k]) for k in ("person", "start", "end", "type"))):
        kb = row["kb"] is not None and row["kb"].value == "true"
        person = node(row["person"]) if not kb else IRIs.identifier(row["person"].value)
        if person is None or person not in nodes:
            continue
        position = row["type"].value[len(dg):]
        positions.setdefault(person, set()).add(position)
        country = node(row["country"]) if not kb else IRIs.identifier(row["country"].value)
        country_label = nodes[country]["label"] if country in nodes else country
        if kb:
            begin = date.fromisoformat(row["start"].value) if row["start"] is not None else None
            finish = date.fromisoformat(row["end"].value) if row["end"] is not None else None
            office = Office(person, position, country, begin, finish)
            offices.setdefault(person, []).append(office_text(office, country_label))
        elif row["published"] is not None:
            title = row["title"].value if row["title"] is not None else ""
            seen.setdefault(person, {}).setdefault((position, country or "", title), []).append(row["published"].value)
    for person, roles in seen.items():
        named_in_articles = []
        for (position, country, title), days in sorted(roles.items()):
            if not title:
                title = post_label(position, nodes[country]["label"] if country in nodes else country)
            first, last = min(days), max(days)
            named_in_articles.append(f"{title} (named {first if first == last else f'{first} to {last}'})")
        offices[person] = named_in_articles + offices.get(person, [])
    for identifier in list(nodes):
        term = ox.NamedNode(nodes[identifier]["iri"])
        for quad in [*store.quads_for_pattern(term, represents, None, entities),
                     *store.quads_for_pattern(term, belongs_to, None, entities)]:
            state = node(quad.object) or IRIs.identifier(quad.object.value)
            if state not in nodes:
                nodes[state] = {"label": state, "labels": _dump({CANONICAL: state}), "type": "Country", "qid": "",
                                "weight": 0, "iri": quad.object.value}
            graph_edges.append(_state_edge(identifier, state, quad.predicate.value[len(dg):],
                                           nodes[identifier]["label"], nodes[state]["label"]))
    graph = nx.MultiDiGraph()
    for identifier, attrs in sorted(nodes.items()):
        if not attrs["weight"]:
            attrs["weight"] = named.get(identifier, 0)
        attrs["offices"] = _dump(offices.get(identifier, []))
        attrs["positions"] = _dump(sorted(positions.get(identifier, set())))
        graph.add_node(_clean(identifier), **{k: _clean(v) for k, v in attrs.items()})
    for subject, obj, key, attrs in sorted(graph_edges, key=lambda e: (e[2], e[0], e[1])):
        graph.add_edge(_clean(subject), _clean(obj), key=_clean(key), **{k: _clean(v) for k, v in attrs.items()})
    return graph
