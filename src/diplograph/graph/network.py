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
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import networkx as nx

from diplograph.atomic import atomic_path
from diplograph.graph.rdf import IRIs, Keyed, StatementCodes, argument_id, keyed, node_type
from diplograph.labels import CANONICAL, label_language, languages, post_label
from diplograph.types import Actor, Argument, Extraction, Office, Role, Statement

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


def office_text(office: Office, country_label: str | None = None, title: str | None = None, *,
                lang: str = CANONICAL) -> str:
    """A one-line description of an office: title and dates.

    Args:
        office: the office.
        country_label: how to name its country, in ``lang`` (defaults to the id).
        title: the title to use (defaults to its post's label in ``lang``, "<position> of <country>").
        lang: a supported language.

    Returns:
        For example ``"President of France (2017-05-14–)"``.

    >>> office_text(Office("person/x", "head_of_state", "country/fra", date(2017, 5, 14)), "France")
    'Head of state of France (2017-05-14–)'
    >>> office_text(Office("person/x", "minister", None, None, date(2020, 1, 1)), title="Minister of Peace")
    'Minister of Peace (–2020-01-01)'
    >>> office_text(Office("person/x", "head_of_state", "country/fra", date(2017, 5, 14)), "France", lang="fr")
    "Chef d'État (France) (2017-05-14–)"
    """
    if not title:
        title = post_label(office.position, country_label or office.country, lang)
    start = office.start.isoformat() if office.start else ""
    end = office.end.isoformat() if office.end else ""
    return f"{title} ({start}–{end})"


def _statement_edge(statement: Statement, subject: str, obj: str, key: str, *, published: str, object_label: str,
                    codes: tuple[str | None, str | None, str, str | None]) -> tuple[str, str, str, dict[str, Any]]:
    r"""A statement's edge: its key and the attributes of :data:`_EMPTY_EDGE`, in that order.

    ``key`` is the statement's key in the RDF (:meth:`~diplograph.graph.rdf.IRIs.statement_key`),
    ``codes`` its :class:`~diplograph.graph.rdf.StatementCodes`.

    >>> from diplograph.types import Statement
    >>> st = Statement("d1", Argument("a", "a", "Issue"), "rejects", Argument("b", "b", "Issue"), "a\rb", (0, 9))
    >>> edge = _statement_edge(st, "a", "b", "k", published="2025-09-01", object_label="b",
    ...                        codes=("REJECT", "12", "verbal_conflict", None))
    >>> edge[2], list(edge[3]) == list(_EMPTY_EDGE), edge[3]["sentence"]
    ('rejects@d1:0-9', True, 'a\nb')
    """
    start, end = statement.span
    plover, cameo, quad, mode = codes
    attrs = {
        "predicate": statement.predicate, "negated": bool(statement.negated), "modality": statement.modality,
        "date": statement.date.isoformat() if statement.date else "", "published": published,
        "sentence": statement.sentence, "doc": statement.doc, "span": f"{start}-{end}", "plover": plover or "",
        "cameo": cameo or "", "plover_mode": mode or "", "quad": quad, "subject_label": statement.subject.label,
        "object_label": object_label, "trigger": statement.trigger,
        "statement": IRIs.base + "statement/" + key,  # IRIs.statement, its key made once
    }
    return _cleaned(subject, obj, f"{statement.predicate}@{statement.doc}:{start}-{end}", attrs)


def _cleaned(subject: str, obj: str, key: str, attrs: dict[str, Any]) -> tuple[str, str, str, dict[str, Any]]:
    """An edge with its ids and text :func:`_clean`: one look at all its text, most needs nothing."""
    text = "".join([subject, obj, key, *[v for v in attrs.values() if type(v) is str]])
    if "\r" in text or _NOT_XML.search(text):
        return _clean(subject), _clean(obj), _clean(key), {k: _clean(v) for k, v in attrs.items()}
    return subject, obj, key, attrs


def _state_edge(subject: str, state: str, link: str, subject_label: str, state_label: str,
                ) -> tuple[str, str, str, dict[str, Any]]:
    """The edge from a body to the state it represents (a group to the state it belongs to)."""
    return _cleaned(subject, state, link, {**_EMPTY_EDGE, "predicate": link, "subject_label": subject_label,
                                           "object_label": state_label})


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
        self.offices_labels: dict[str, dict[str, list[str]]] = {}  # node -> language -> offices
        self.positions: dict[str, set[str]] = {}
        self.seen: dict[str, dict[tuple[str, str, str], list[str]]] = {}
        self.represents: dict[str, str] = {}
        self.named: dict[str, int] = {}  # node -> the statements naming it
        self.labels: dict[str, dict[str, str]] = {}  # node -> its labels, as its "labels" attribute holds them in JSON

    def kb_actor(self, actor_id: str) -> Actor | None:
        actors = getattr(self.kb, "actors", None) if self.kb is not None else None
        return actors.get(actor_id) if isinstance(actors, Mapping) else None

    def event_label(self, identifier: str) -> str | None:
        """The label the source gives an event node (a store does; a build names it by its first statement)."""
        label_of = getattr(self.kb, "node_label", None) if self.kb is not None else None
        return label_of(identifier) if callable(label_of) else None

    def actor(self, actor: Actor) -> str:
        if actor.id not in self.data:
            labels = self.labels[actor.id] = {CANONICAL: actor.label,
                                              **{k: v for k, v in actor.labels.items() if v and k != CANONICAL}}
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

    def argument(self, argument: Argument, event: str | None = None, lang: str | None = None) -> str:
        if argument.actor is not None:
            return self.actor(argument.actor)
        identifier = event or argument_id(argument)
        if identifier not in self.data:
            label = (self.event_label(event) if event else None) or argument.label or identifier
            # the document's words are in its language, as the RDF tags them (labels.label_language)
            labels = self.labels[identifier] = {CANONICAL: label, label_language(label, argument.mention, lang): label}
            self.data[identifier] = {
                "label": label,
                "labels": _dump(labels),
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

    def names(self, actor_id: str) -> dict[str, str]:
        """An actor's label in each supported language (its canonical label where it has none)."""
        found: Mapping[str, str] = {}
        if actor_id in self.data:
            found = self.labels[actor_id]
        elif (actor := self.kb_actor(actor_id)) is not None:
            found = actor.labels
        canonical = self.label(actor_id)
        return {lang: canonical if lang == CANONICAL else found.get(lang) or canonical for lang in languages()}

    def office(self, node: str, texts: Mapping[str, str]) -> None:
        """One office of a person, named in every supported language; ``offices`` keeps the canonical one."""
        self.offices.setdefault(node, []).append(texts[CANONICAL])
        for lang in languages():
            self.offices_labels.setdefault(node, {}).setdefault(lang, []).append(texts[lang])

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
                # a title the document wrote stays as written; a post is named in each language
                names = self.names(country) if country else {}
                titles = {lang: title or post_label(position, names.get(lang), lang) for lang in languages()}
                first, last = min(days), max(days)
                seen = first if first == last else f"{first} to {last}"
                self.office(person, {lang: f"{text} (named {seen})" for lang, text in titles.items()})
        if self.kb is not None and callable(getattr(self.kb, "offices", None)):
            title_of = getattr(self.kb, "title", None)
            for node, attrs in self.data.items():
                if attrs["type"] != "Person":
                    continue
                for office in self.kb.offices(node) or ():
                    title = title_of(office) if callable(title_of) else None
                    names = self.names(office.country) if office.country else {}
                    self.office(node, {lang: office_text(office, names.get(lang), title, lang=lang)
                                       for lang in languages()})
                    self.positions.setdefault(node, set()).add(office.position)
        for node, attrs in self.data.items():
            attrs["offices"] = _dump(self.offices.get(node, []))
            attrs["offices_labels"] = _dump(self.offices_labels.get(node, {}))
            attrs["positions"] = _dump(sorted(self.positions.get(node, set())))


def build_network(extractions: Iterable[Extraction | Keyed], *, kb: Any | None = None) -> nx.MultiDiGraph:
    """Build the actor network of a set of extractions.

    Args:
        extractions: what was extracted from each document, or their
            :class:`~diplograph.graph.rdf.Keyed` records (a build's, made once for its RDF and its network).
        kb: optional knowledge base (``diplograph.actors.kb.KnowledgeBase``):
            its offices describe the persons (``offices`` attribute), and its
            actors name the states that bodies represent.

    Returns:
        A ``MultiDiGraph``. Node attributes: ``label`` (English), ``labels``
        (JSON ``{lang: label}``), ``type`` (Person, Country, Organization,
        GovernmentBody, Coalition, Group, Place, Event or Issue), ``qid`` (``""`` if
        none), ``weight`` (mentions in the documents, or for a node nobody
        mentions, the statements naming it), ``offices`` (JSON list of
        strings), ``offices_labels`` (JSON ``{lang: [office]}``: the same offices, a
        post named in each supported language; a written title stays as written),
        ``positions`` (JSON list of position codes), ``iri``.
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
    return _network(((r.extraction, {i: e for i, (e, _) in r.events.items()}, r.keys) for r in keyed(extractions)),
                    kb=kb)


def network_from_rdf(source: Any) -> nx.MultiDiGraph:
    """The network of RDF written by :func:`diplograph.graph.rdf.build_dataset` (a store, a TriG file).

    The builder of :func:`build_network`, over the documents read back from the
    RDF (:class:`diplograph.graph.read.StoredGraph`: the store stands for the
    knowledge base, and keeps the event nodes it holds). So the nodes, edges and
    attributes are those of the build, with three differences: a node's ``weight``
    counts the documents that mention it (the RDF does not keep every mention),
    an event's label is its node's, and an office of the knowledge base is named
    by its post (the RDF keeps no written title such as "Secretary-General").
    Documents come in id order, each one's statements in text order.

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
    from diplograph.graph.read import StoredGraph
    from diplograph.graph.source import open_source

    stored = StoredGraph(open_source(source))
    return _network(((x, events, None) for x, events in stored.documents()), kb=stored, weights=stored.mentioning())


def _network(documents: Iterable[tuple[Extraction, dict[int, str], list[str] | None]], *, kb: Any | None,
             weights: Mapping[str, int] | None = None) -> nx.MultiDiGraph:
    """The one builder: nodes and edges of the documents, each with the event node id of its statements by index
    and their keys (:meth:`~diplograph.graph.rdf.IRIs.statement_key`; None: made here).

    ``weights`` are the weights the source counts itself (a store: the documents
    mentioning a node); a node it lacks weighs the statements that name it.
    Without them a node weighs its mentions (a node nobody mentions, the
    statements naming it).
    """
    graph = nx.MultiDiGraph()
    nodes = _Nodes(kb)
    edges: list[tuple[str, str, str, dict[str, Any]]] = []
    seen: set[str] = set()
    mentioned: set[str] = set()
    codes = StatementCodes()
    for extraction, event_ids, keys in documents:
        doc = extraction.document
        published = doc.published.isoformat()
        for mention in extraction.mentions:
            nodes.data[nodes.actor(mention.actor)]["weight"] += 1
            mentioned.add(mention.actor.id)
        if keys is None:
            keys = [IRIs.statement_key(statement) for statement in extraction.statements]
        for index, (statement, key) in enumerate(zip(extraction.statements, keys)):
            if key in seen:
                continue
            seen.add(key)
            subject = nodes.argument(statement.subject, lang=doc.lang)
            obj = nodes.argument(statement.object, event_ids.get(index), lang=doc.lang)
            for node in (subject, obj):
                nodes.named[node] = nodes.named.get(node, 0) + 1
                if node not in mentioned:
                    nodes.data[node]["weight"] += 1
            edges.append(_statement_edge(
                statement, subject, obj, key, published=published, codes=codes.of(statement),
                object_label=nodes.label(obj),  # an event's node label, whatever words the statement used
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
    if weights is not None:
        for node, attrs in nodes.data.items():
            attrs["weight"] = weights.get(node) or nodes.named.get(node, 0)
    for node, attrs in sorted(nodes.data.items()):
        graph.add_node(_clean(node), **{k: _clean(v) for k, v in attrs.items()})
    for subject, obj, key, attrs in edges:  # cleaned as made
        graph.add_edge(subject, obj, key, **attrs)
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


_NEEDS_ATTRIBUTE_ESCAPE = re.compile('[&<>"\n\r\t]')


def _xml_attribute(text: str) -> str:
    """An attribute value escaped as lxml escapes it (most ids need nothing).

    >>> _xml_attribute('a"b&c'), _xml_attribute("rejects@d1:0-9")
    ('a&quot;b&amp;c', 'rejects@d1:0-9')
    """
    return text.translate(_XML_ATTRIBUTE) if _NEEDS_ATTRIBUTE_ESCAPE.search(text) else text


class _GraphmlData:
    """The ``<data>`` elements of nodes or edges, a template for each set of attribute names and types.

    The elements of a network share a few such sets (every statement's edge has
    the same): each set's key ids are looked up once, and an element's values
    are filled into its template, escaped only when some value needs it.
    ``keys`` numbers ``(name, GraphML type, scope)`` in order of first use, as networkx does.
    """

    def __init__(self, keys: dict[tuple[str, str, str], str], scope: str) -> None:
        self.keys = keys
        self.scope = scope
        self.templates: dict[tuple[tuple[Any, ...], tuple[type, ...]], str | None] = {}

    def text(self, attrs: dict[Any, Any]) -> str | None:
        """The elements of these attributes, or None when GraphML as written here cannot hold one."""
        values = list(attrs.values())
        shape = (tuple(attrs), tuple(map(type, values)))
        template = self.templates.get(shape, False)
        if template is False:
            template = self.templates[shape] = self._template(*shape)
        if template is None:
            return None
        texts = list(map(str, values))
        joined = "".join(texts)
        if "&" in joined or "<" in joined or ">" in joined or "\r" in joined:
            texts = [_xml_text(text) for text in texts]
        return template % tuple(texts)

    def _template(self, names: tuple[Any, ...], types: tuple[type, ...]) -> str | None:
        parts = []
        for name, value_type in zip(names, types):
            kind = _GRAPHML_TYPES.get(value_type)
            if kind is None or type(name) is not str:
                return None
            key = self.keys.get((name, kind, self.scope))
            if key is None:
                key = self.keys[(name, kind, self.scope)] = f"d{len(self.keys)}"
            parts.append(f'\n  <data key="{key}">%s</data>')
        return "".join(parts)


def _element(out: list[str], opening: str, tag: str, attrs: dict, data: _GraphmlData) -> bool:
    """Add a node or edge element (its ``opening`` written up to its attributes) to ``out``; False if its data cannot be written."""
    out.append(opening)
    if not attrs:
        out.append("/>\n")
        return True
    text = data.text(attrs)
    if text is None:
        return False
    out += (">", text, f"\n</{tag}>\n")
    return True


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
    node_data, edge_data = _GraphmlData(keys, "node"), _GraphmlData(keys, "edge")
    ids: dict[Any, str] = {}  # node -> its escaped id, which every edge of it repeats
    out = ['<graph edgedefault="directed">']
    for node, attrs in graph.nodes(data=True):
        ids[node] = _xml_attribute(str(node))
        if not _element(out, f'<node id="{ids[node]}"', "node", attrs, node_data):
            return None
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        opening = f'<edge source="{ids[source]}" target="{ids[target]}" id="{_xml_attribute(str(key))}"'
        if not _element(out, opening, "edge", attrs, edge_data):
            return None
    out.append("</graph></graphml>")
    head = [_GRAPHML_HEAD]
    for (name, kind, scope), key in reversed(keys.items()):
        head.append(f'<key id="{key}" for="{scope}" attr.name="{name.translate(_XML_ATTRIBUTE)}" attr.type="{kind}"/>\n')
    return "".join(head + out)
