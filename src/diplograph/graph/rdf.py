"""Write extractions as RDF: one named graph per document, on the Oxigraph store.

Each document's graph holds the document's metadata, which actors it mentions
and how it names them, its statements as ``dg:Statement`` nodes with their
evidence, the incumbencies its roles attest, and a direct triple
``subject dg:predicate object`` for each statement that is not negated and is
asserted or reported. The descriptions every document shares (actors typed,
labelled in their languages, ``owl:sameAs`` Wikidata; issues, events, places;
posts; PLOVER and CAMEO concepts) are written once, in
``.../resource/graph/entities``, and offices from the knowledge base in
``.../resource/graph/kb``.

Every IRI is minted by :class:`IRIs`, which percent-encodes whatever text it is
given, so that no document id, actor id or label can break an IRI or the TriG
file.
"""
from __future__ import annotations

import functools
import hashlib
import logging
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.graph import Graph
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from diplograph.atomic import atomic_path
from diplograph.errors import InputError
from diplograph.events import plover as _plover
from diplograph.graph.namespace import CAMEO_NS, DG, ENTITIES_GRAPH, KB_GRAPH, ORG, PLOVER_NS, PROV, RESOURCE, WD
from diplograph.graph.events import EventIndex
from diplograph.labels import CANONICAL, label_language, post_labels
from diplograph.actors.ids import node_id
from diplograph.types import MODALITIES, NODE_TYPES, POSITIONS, Actor, Argument, Extraction, Office, Role, Statement

__all__ = [
    "DIRECT_MODALITIES",
    "IRIs",
    "Keyed",
    "PREFIXES",
    "argument_id",
    "build_dataset",
    "display_label",
    "keyed",
    "label_language",
    "node_type",
    "sorted_quads",
    "sorted_triples",
    "stream_trig",
    "timeline_key",
    "trig_blocks",
    "write_trig",
]

log = logging.getLogger(__name__)

#: Modalities whose (non-negated) statements also get a direct triple.
DIRECT_MODALITIES = frozenset({"asserted", "reported"})

#: Prefixes of the TriG files this module writes.
PREFIXES = {
    "dg": str(DG._NS),
    "res": str(RESOURCE),
    "plover": str(PLOVER_NS),
    "cameo": str(CAMEO_NS),
    "wd": str(WD),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "prov": str(PROV),
    "org": str(ORG),
    "dcterms": str(DCTERMS),
}

# type name (export and ontology spellings) -> (class, path prefix of minted ids, network type)
_TYPES: dict[str, tuple[URIRef, str, str]] = {t.name: (DG[t.cls], t.prefix, t.kind) for t in NODE_TYPES}
_LANG_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")
_CAMEO = re.compile(r"^[0-9]{2,4}$")


def _sha1(*parts: object) -> str:
    # The unit separator cannot occur in ids or labels we would want to tell apart.
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


def _segment(text: str) -> str:
    """Percent-encode one segment of an IRI path, a trailing ``.`` included.

    A segment made of dots would be a dot-segment, which IRI normalisation
    removes, and a name ending with ``.`` comes out of Oxigraph's TriG writer
    as ``res:doc\\/x\\.``, which rdflib's parser rejects: their dots are written ``%2E``.

    >>> _segment("a b"), _segment("report."), _segment(".."), _segment("v1.2")
    ('a%20b', 'report%2E', '%2E%2E', 'v1.2')
    """
    quoted = quote(text, safe="")
    if not quoted.strip("."):
        return quoted.replace(".", "%2E")
    return quoted[:-1] + "%2E" if quoted.endswith(".") else quoted


def argument_id(argument: Argument) -> str:
    """:func:`~diplograph.actors.ids.node_id`, its ids minted from a label made once each per type and label.

    The same issues and events recur across a corpus, and each argument's id is
    asked for by its statement's key, its RDF and its network node.

    >>> argument_id(Argument("Deployment of Western forces", "انتشار", "Issue"))
    'issue/deployment-of-western-forces'
    """
    return argument.actor.id if argument.actor is not None else _minted_id(argument.type, argument.label)


@functools.lru_cache(maxsize=1 << 16)
def _minted_id(type_name: str, label: str) -> str:
    return node_id(Argument(label, "", type_name))


class IRIs:
    """Mint the IRIs of diplograph resources, safely from any text.

    Ids may contain ``/`` to make paths (``country/fra``); each segment is
    percent-encoded, and an id whose segments would be empty or ``.``/``..``
    is encoded whole, so that no id can escape its path or collide with another.

    >>> IRIs.actor("country/fra")
    rdflib.term.URIRef('https://w3id.org/diplograph/resource/country/fra')
    >>> IRIs.document('a b/"c"')
    rdflib.term.URIRef('https://w3id.org/diplograph/resource/doc/a%20b%2F%22c%22')
    >>> IRIs.actor("x/../y")
    rdflib.term.URIRef('https://w3id.org/diplograph/resource/x%2F..%2Fy')
    """

    base = str(RESOURCE)

    @staticmethod
    def path(identifier: str) -> str:
        """Percent-encode an id as an IRI path, keeping ``/`` between segments.

        Args:
            identifier: a non-empty id such as ``country/fra``.

        Returns:
            The encoded path, made of unreserved characters and ``%XX`` only.

        Raises:
            InputError: for an empty id.

        >>> IRIs.path("issue/أمن أوروبا")
        'issue/%D8%A3%D9%85%D9%86%20%D8%A3%D9%88%D8%B1%D9%88%D8%A8%D8%A7'
        """
        if not identifier:
            raise InputError("an actor, document or node id is empty; every record needs a non-empty id")
        segments = identifier.split("/")
        if any(s in ("", ".", "..") for s in segments):
            return _segment(identifier)
        return "/".join(_segment(s) for s in segments)

    @classmethod
    def node(cls, identifier: str) -> URIRef:
        """The IRI of an actor, place, event or issue by its node id.

        >>> IRIs.node("issue/ceasefire")
        rdflib.term.URIRef('https://w3id.org/diplograph/resource/issue/ceasefire')
        """
        return URIRef(cls.base + cls.path(identifier))

    @classmethod
    def identifier(cls, iri: str) -> str:
        """The node id an IRI of :meth:`node` was minted from (other IRIs come back as they are).

        >>> IRIs.identifier(str(IRIs.node("issue/أمن أوروبا")))
        'issue/أمن أوروبا'
        """
        return unquote(iri[len(cls.base):]) if iri.startswith(cls.base) else iri

    @classmethod
    def actor(cls, actor: Actor | str) -> URIRef:
        """The IRI of an actor (an :class:`Actor` or its id)."""
        return cls.node(actor if isinstance(actor, str) else actor.id)

    @classmethod
    def document(cls, doc_id: str) -> URIRef:
        """The IRI of a document: ``.../resource/doc/<quoted id>``."""
        return URIRef(cls.base + "doc/" + _segment(doc_id))

    @classmethod
    def graph(cls, doc_id: str) -> URIRef:
        """The IRI of a document's named graph: ``.../resource/graph/<quoted id>``."""
        return URIRef(cls.base + "graph/" + _segment(doc_id))

    #: The named graphs of the knowledge base's offices and of the shared descriptions (:mod:`~diplograph.graph.namespace`).
    KB_GRAPH, ENTITIES_GRAPH = KB_GRAPH, ENTITIES_GRAPH

    @classmethod
    def statement_key(cls, statement: Statement) -> str:
        """The identity of a statement: sha1 of doc, span, predicate, subject and object.

        Two statements with the same key are the same fact said twice in the
        same sentence; the writers keep the first.

        >>> s = Statement("d1", Argument("France", "France", "Country", Actor("country/fra", "France", "Country")),
        ...               "hosts", Argument("talks", "talks", "Event"), "France hosts talks.", (0, 19))
        >>> len(IRIs.statement_key(s)), IRIs.statement_key(s) == IRIs.statement_key(s)
        (40, True)
        """
        return _sha1(
            statement.doc,
            f"{statement.span[0]}-{statement.span[1]}",
            statement.predicate,
            argument_id(statement.subject),
            argument_id(statement.object),
        )

    @classmethod
    def statement(cls, statement: Statement) -> URIRef:
        """The IRI of a statement: ``.../resource/statement/<sha1>``."""
        return URIRef(cls.base + "statement/" + cls.statement_key(statement))

    @classmethod
    def kind(cls, predicate: str, modality: str, negated: bool, plover: str | None) -> URIRef:
        """The IRI of a statement kind: ``.../resource/kind/<predicate>/<modality>/<negated|affirmed>[/<PLOVER>]``.

        >>> IRIs.kind("rejects", "reported", True, "REJECT")
        rdflib.term.URIRef('https://w3id.org/diplograph/resource/kind/rejects/reported/negated/REJECT')
        >>> IRIs.kind("represents", "asserted", False, None)
        rdflib.term.URIRef('https://w3id.org/diplograph/resource/kind/represents/asserted/affirmed')
        """
        parts = [predicate, modality, "negated" if negated else "affirmed"] + ([plover] if plover else [])
        return URIRef(cls.base + "kind/" + "/".join(_segment(p) for p in parts))

    @classmethod
    def post(cls, position: str, country: str) -> URIRef:
        """The IRI of a post: ``.../resource/post/<position>/<country id>``.

        >>> IRIs.post("head_of_state", "country/fra")
        rdflib.term.URIRef('https://w3id.org/diplograph/resource/post/head_of_state/country/fra')
        """
        return URIRef(cls.base + "post/" + _segment(position) + "/" + cls.path(country))

    @classmethod
    def incumbency(cls, *parts: object) -> URIRef:
        """The IRI of an incumbency: ``.../resource/incumbency/<sha1 of parts>``."""
        return URIRef(cls.base + "incumbency/" + _sha1(*parts))

    @staticmethod
    def plover(name: str) -> URIRef:
        """The concept of a PLOVER type: ``https://w3id.org/diplograph/plover/REJECT``."""
        return URIRef(str(PLOVER_NS) + quote(name, safe=""))

    @staticmethod
    def cameo(code: str) -> URIRef:
        """The concept of a CAMEO code: ``https://w3id.org/diplograph/cameo/12``."""
        return URIRef(str(CAMEO_NS) + quote(code, safe=""))

    @staticmethod
    def wikidata(qid: str) -> URIRef | None:
        """The Wikidata item of a QID, or None when it is not one (``Q`` and digits).

        >>> IRIs.wikidata("Q142"), IRIs.wikidata("Q1 2")
        (rdflib.term.URIRef('http://www.wikidata.org/entity/Q142'), None)
        """
        return URIRef(str(WD) + qid) if qid and _QID.match(qid) else None


def node_type(type_name: str) -> tuple[URIRef, str, str]:
    """Class, id prefix and network type of an actor or argument type.

    Args:
        type_name: ``Person``, ``Country``, ``Organization``, ``GovernmentBody``,
            ``Coalition``, ``Group``, ``Place``, ``Event`` (or ``Meeting``, ``Summit``,
            ``Talks``, ``Conference``) or ``Issue``; anything else is an issue.

    Returns:
        ``(class IRI, prefix of minted ids, type name of the network)``.

    >>> node_type("Country")[1:], node_type("Summit")[1:], node_type("???")[1:]
    (('country', 'Country'), ('event', 'Event'), ('issue', 'Issue'))
    """
    return _TYPES.get(type_name, _TYPES["Issue"])


def _codes(predicate: str, given_plover: str | None, given_cameo: str | None) -> tuple[str | None, str | None]:
    default_plover, default_cameo = _plover.codes(predicate)
    plover = _plover.normalise(given_plover)
    cameo = given_cameo.strip() if given_cameo and _CAMEO.match(given_cameo.strip()) else None
    if plover is None and cameo is None:
        return default_plover, default_cameo
    if cameo is None and plover == default_plover:
        cameo = default_cameo
    if plover is None:
        plover = _plover.plover_for_cameo(cameo)
    return plover, cameo


class StatementCodes(dict):
    """The codes of statements, worked out once per build for each predicate and codes the extractor gave.

    Most statements of a corpus share a few (predicate, PLOVER, CAMEO) triples;
    one memo lives as long as one build, so it never outlives the tables it read.

    >>> s = Statement("d1", Argument("France", "France", "Country"), "rejects", Argument("x", "x", "Issue"), "", (0, 1))
    >>> StatementCodes().of(s)
    ('REJECT', '12', 'verbal_conflict', None)
    """

    def of(self, statement: Statement) -> tuple[str | None, str | None, str, str | None]:
        """``(plover, cameo, quad class, PLOVER mode)`` of a statement.

        The extractor's own codes win; a CAMEO code alone gives its PLOVER type;
        neither gives the predicate's defaults (:func:`diplograph.events.plover.codes`).
        """
        return self[statement.predicate, statement.plover, statement.cameo]

    def __missing__(self, key: tuple[str, str | None, str | None]) -> tuple[str | None, str | None, str, str | None]:
        plover, cameo = _codes(*key)
        value = self[key] = (plover, cameo, _plover.quad_class(plover), _plover.mode(cameo))
        return value


@dataclass(frozen=True, slots=True)
class Keyed:
    """A document's extraction with what both its RDF and its network edges are made of, worked out once.

    Attributes:
        extraction: the document's extraction.
        events: for each statement about an event, by index, its event node id and the day
            that event is held on (:class:`~diplograph.graph.events.EventIndex`).
        keys: each statement's :meth:`IRIs.statement_key`, in order.
    """

    extraction: Extraction
    events: dict[int, tuple[str, Any]]
    keys: list[str]


def keyed(extractions: Iterable[Extraction | Keyed]) -> Iterator[Keyed]:
    """Each extraction of a corpus with its event node ids and statement keys (:class:`Keyed`), as they come.

    An event's node depends on the documents before it: a corpus is keyed by
    one call, in its order. Records keyed already pass through as they are.

    >>> from datetime import date
    >>> from diplograph.types import Document
    >>> record = next(keyed([Extraction(Document("d1", "", date(2025, 9, 1)))]))
    >>> record.events, record.keys, next(keyed([record])) is record
    ({}, [], True)
    """
    events = EventIndex()
    key = IRIs.statement_key
    for item in extractions:
        if isinstance(item, Keyed):
            yield item
            continue
        ids = events.assign(item)
        yield Keyed(item, {i: (e, events.day(e)) for i, e in ids.items()}, [key(s) for s in item.statements])


class _Terms(dict):
    """The TriG text of the terms of an rdflib namespace, made once each.

    The writer builds RDF as text (a Python object for every term of every
    triple cost as much as the extraction); names still go through the rdflib
    namespace, so that the closed ``dg:`` namespace refuses unknown ones.
    A term is made on first use, then found as a dict item or an attribute.
    """

    def __init__(self, namespace: Any) -> None:
        super().__init__()
        self._namespace = namespace

    def __missing__(self, name: str) -> str:
        term = self[name] = _ref(str(self._namespace[name]))
        return term

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        term = self.__dict__[name] = self[name]
        return term


# A local name written as it is, or with "/" and "%" escaped (as Oxigraph's TriG writer does):
# anything else is written as a full IRI, always valid.
_PLAIN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ESCAPED_LOCAL = re.compile(r"[A-Za-z0-9_%][A-Za-z0-9_%/-]*")
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda item: -len(item[1]))


def _ref(iri: str) -> str:
    """An IRI as TriG text: a prefixed name where the local part is safe, else ``<iri>``.

    >>> _ref(str(DG.rejects)), _ref(str(RESOURCE) + "issue/%D8%A7"), _ref("https://example.org/a b")
    ('dg:rejects', 'res:issue\\\\/\\\\%D8\\\\%A7', '<https://example.org/a%20b>')
    """
    for prefix, namespace in _BY_LENGTH:
        if iri.startswith(namespace):
            local = iri[len(namespace):]
            if _PLAIN_LOCAL.fullmatch(local):
                return f"{prefix}:{local}"
            if _ESCAPED_LOCAL.fullmatch(local):
                return f"{prefix}:" + local.replace("%", "\\%").replace("/", "\\/")
            break
    return "<" + quote(iri, safe=_IRI_SAFE) + ">"


# Characters an IRI of the writer may hold as they are; the others (never in a minted IRI) are percent-encoded.
_IRI_SAFE = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in '<>"{}|^`\\')


def _iri(uri: URIRef | str) -> str:
    return _ref(str(uri))


@functools.lru_cache(maxsize=1 << 16)
def _node_ref(identifier: str) -> str:
    """The term of a node (actor, issue, event, place) by its id: the same few recur in every document."""
    return _ref(str(IRIs.node(identifier)))


@functools.lru_cache(maxsize=1 << 12)
def _post_refs(position: str, country: str) -> tuple[str, str]:
    """The term and IRI of a post: the same few recur in every document."""
    iri = str(IRIs.post(position, country))
    return _ref(iri), iri


@functools.lru_cache(maxsize=None)
def _concept_ref(mint: Any, code: str) -> str:
    return _ref(str(mint(code)))


@functools.lru_cache(maxsize=None)
def _kind_ref(predicate: str, modality: str, negated: bool, plover: str | None) -> str:
    """The term of a statement kind: a corpus has a few hundred."""
    return _ref(str(IRIs.kind(predicate, modality, negated, plover)))


@functools.lru_cache(maxsize=None)
def _is_predicate(name: str) -> bool:
    return name in DG


def _quoted(text: str) -> str:
    r"""A string literal (``str.translate`` is several times slower on text that is not ASCII).

    >>> print(_quoted('a "b"\\c\n'))
    "a \"b\"\\c\n"
    """
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:
        text = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{text}"'


def _integer(value: int) -> str:
    return str(int(value))


def _date(value: Any) -> str:
    return f'"{value.isoformat()}"^^xsd:date'


def _day_number(day: Any) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


#: The largest start offset the timeline key tells apart (ten digits).
_LAST_OFFSET = 9_999_999_999


def timeline_key(day: Any, published: Any, start: int) -> str:
    """The ``dg:timelineKey`` of a statement: a decimal whose descending order is the timeline's order.

    Its whole part is the statement's day (YYYYMMDD), its decimals the
    article's publication date and ``9999999999 - start``: newest day first,
    then the latest article, then reading order. The timeline sorts on this
    one inline number instead of joining four properties (a string key would
    be read from the store at every comparison).

    >>> from datetime import date
    >>> timeline_key(date(2025, 9, 3), date(2025, 9, 1), 120)
    '20250903.202509019999999879'
    >>> timeline_key(date(2025, 9, 3), date(2025, 9, 1), 9)
    '20250903.20250901999999999'
    """
    whole, published_digits = _timeline_days(day, published)
    decimals = f"{published_digits}{_LAST_OFFSET - min(max(start, 0), _LAST_OFFSET):010d}"
    return whole + decimals.rstrip("0")  # canonical, as Oxigraph writes it back


@functools.lru_cache(maxsize=1 << 12)
def _timeline_days(day: Any, published: Any) -> tuple[str, str]:
    """The whole part of a timeline key and its article's digits (a corpus has few days)."""
    return f"{int(_day_number(day))}.", _day_number(published)


def display_label(labels: Iterable[tuple[str, str | None]]) -> str:
    """The ``dg:displayLabel`` of a node with these labels (text, language tag): its canonical one, else the first.

    Queries show a node by this one string instead of choosing among its
    labels at every run. Several labels in the canonical language (English)
    give the greatest, and none the least of all, as strings: what the
    queries of older versions chose (``MAX``/``MIN`` in
    ``store/queries/timeline.legacy.rq``).

    >>> display_label([("Francia", "es"), ("France", "en"), ("فرنسا", "ar")])
    'France'
    >>> display_label([("Moscou", "fr"), ("Moscow talks", None)])
    'Moscou'
    """
    labels = list(labels)
    canonical = [text for text, lang in labels if lang and _LANG_TAG.match(lang) and _CANONICAL_TAG.match(lang)]
    return max(canonical) if canonical else min(text for text, _ in labels)


#: The tags that SPARQL's ``LANGMATCHES(tag, "en")`` accepts, the canonical language being English.
_CANONICAL_TAG = re.compile(rf"^{CANONICAL}(-|$)", re.I)


def _text(text: str, lang: str | None = None) -> str:
    return _quoted(text) + "@" + lang if lang and _LANG_TAG.match(lang) else _quoted(text)


def _literal_lang(text: str, lang: str | None) -> str:
    if lang and _LANG_TAG.match(lang):
        return _quoted(text) + "@" + lang.lower()
    return _quoted(text)


_DG, _RDF, _RDFS, _SKOS, _OWL = _Terms(DG), _Terms(RDF), _Terms(RDFS), _Terms(SKOS), _Terms(OWL)
_ORG, _PROV, _DCTERMS, _XSD = _Terms(ORG), _Terms(PROV), _Terms(DCTERMS), _Terms(XSD)
_TRUE, _FALSE = "true", "false"

#: A triple as the TriG text of its three terms.
Triple = tuple[str, str, str]


class _Writer:
    """Collects triples: a document's own facts, and descriptions shared by all documents.

    Actors, issues, events, posts and concepts are described once per build
    (in the graph ``.../resource/graph/entities``); a document's graph keeps
    what only it says: its metadata, which actors it mentions and how it names
    them, its statements and roles. Repeating the descriptions in every
    document graph would repeat them in the union default graph that queries
    see, and multiply every join on a label or a type by the number of
    documents.
    """

    def __init__(self, kb: Any | None, described: set[str], shared: list[Triple],
                 codes: StatementCodes | None = None, kinds: dict[tuple, tuple[tuple[str, str], ...]] | None = None,
                 ) -> None:
        self.kb = kb
        self.triples: list[Triple] = []
        self.statements: list[tuple[str, str]] = []  # (subject, its predicates and objects as TriG): see _block
        self.codes = codes if codes is not None else StatementCodes()
        # A statement kind's pairs (_kind_pairs), as long as ``described``: a kind found here is described already.
        self.kinds = kinds if kinds is not None else {}
        self.shared = shared
        self.described = described
        self.local: set[tuple[str, str, str | None]] = set()  # (actor id, alias, language) written

    def add(self, s: Any, p: Any, o: Any) -> None:
        self.triples.append((s, p, o))

    def share(self, s: Any, p: Any, o: Any) -> None:
        self.shared.append((s, p, o))

    def subject(self, s: str, pairs: list[tuple[str, str]]) -> None:
        """All the triples of a subject nothing else describes (a statement), each predicate once."""
        pairs.sort()
        self.statements.append((s, " ;\n    ".join(map(" ".join, pairs))))

    def labels(self, iri: str, labels: list[tuple[str, str | None]]) -> None:
        """A node's ``rdfs:label`` s (text, language) and its one ``dg:displayLabel`` (:func:`display_label`)."""
        for text, lang in labels:
            self.share(iri, _RDFS.label, _text(text, lang))
        self.share(iri, _DG.displayLabel, _quoted(display_label(labels)))

    def actor(self, actor: Actor, aliases: Iterable[tuple[str, str | None]] = (), lang: str | None = None) -> str:
        iri = _node_ref(actor.id)
        self._aliases(iri, actor, aliases)
        if actor.id in self.described:
            return iri
        self.described.add(actor.id)
        cls = node_type(actor.type)[0]
        self.share(iri, _RDF.type, _iri(cls))
        label = actor.label or actor.id
        labels = [(label, label_language(label, doc_lang=lang))]
        for lang, text in sorted(actor.labels.items()):
            if not text or not _LANG_TAG.match(lang or ""):
                continue
            if lang.lower() == CANONICAL:
                if text != label:
                    self.share(iri, _SKOS.altLabel, _text(text, CANONICAL))
            else:
                labels.append((text, lang.lower()))
        self.labels(iri, labels)
        wikidata = IRIs.wikidata(actor.qid or "")
        if wikidata is not None:
            self.share(iri, _OWL.sameAs, _iri(wikidata))
        if actor.represents:
            # A group's state is the one it belongs to; it does not speak for it as a body does.
            link = _DG.belongsTo if actor.type == "Group" else _DG.represents
            self.share(iri, link, _node_ref(actor.represents))
            state = self._kb_actor(actor.represents)
            if state is not None:
                self.actor(state)
        return iri

    def _aliases(self, iri: str, actor: Actor, aliases: Iterable[tuple[str, str | None]]) -> None:
        """How this document names the actor, where that is not one of its labels."""
        for text, lang in aliases:
            key = (actor.id, text, lang)
            if key not in self.local and text and text != actor.label and text not in actor.labels.values():
                self.local.add(key)
                self.add(iri, _SKOS.altLabel, _literal_lang(text, lang))

    def _kb_actor(self, actor_id: str) -> Actor | None:
        actors = getattr(self.kb, "actors", None) if self.kb is not None else None
        return actors.get(actor_id) if isinstance(actors, dict) else None

    def argument(self, argument: Argument, lang: str | None) -> str:
        if argument.actor is not None:
            return self.actor(argument.actor, ((argument.mention, lang),) if argument.mention else (), lang)
        return self.event(argument_id(argument), argument, lang)

    def event(self, identifier: str, argument: Argument, lang: str | None, day: Any = None) -> str:
        """The node of an event or issue that several statements (or documents) name (:mod:`diplograph.graph.events`)."""
        iri = _node_ref(identifier)
        if identifier not in self.described:
            self.described.add(identifier)
            self.share(iri, _RDF.type, _iri(node_type(argument.type)[0]))
            label = argument.label or identifier
            self.labels(iri, [(label, label_language(label, argument.mention, lang))])
            if day is not None:
                self.share(iri, _DG.heldOn, _date(day))
        return iri

    def concept(self, iri: str, scheme: str, notation: str, broad: str | None = None) -> None:
        if iri in self.described:
            return
        self.described.add(iri)
        self.share(iri, _RDF.type, _SKOS.Concept)
        self.share(iri, _SKOS.inScheme, scheme)
        self.share(iri, _SKOS.notation, _quoted(notation))
        if broad is not None:
            self.share(iri, _SKOS.broadMatch, broad)

    def kind(self, statement: Statement, plover: str | None, quad: str) -> str:
        """The term of a statement's :class:`dg:StatementKind <IRIs.kind>`, described once a build."""
        kind = _kind_ref(statement.predicate, statement.modality, statement.negated, plover)
        if kind not in self.described:
            self.described.add(kind)
            self.share(kind, _RDF.type, _DG.StatementKind)
            self.share(kind, _DG.kindPredicate, _DG[statement.predicate])
            self.share(kind, _DG.kindModality, _DG[statement.modality])
            self.share(kind, _DG.kindNegated, _TRUE if statement.negated else _FALSE)
            self.share(kind, _DG.kindQuadClass, _DG[quad])
            if plover is not None:
                self.share(kind, _DG.kindPloverType, _concept_ref(IRIs.plover, plover))
        return kind

    def post(self, person: str, position: str, country: Actor | str) -> tuple[str, str]:
        """The post's term and its IRI (which names its incumbencies)."""
        country_id = country if isinstance(country, str) else country.id
        if position not in POSITIONS:
            position = "other"
        post, post_iri = _post_refs(position, country_id)
        if post not in self.described:
            self.described.add(post)
            country_actor = country if isinstance(country, Actor) else self._kb_actor(country)
            country_iri = self.actor(country_actor) if country_actor is not None else _iri(IRIs.actor(country_id))
            where = country_actor.label if country_actor is not None else country_id
            self.share(post, _RDF.type, _ORG.Post)
            self.share(post, _ORG.postIn, country_iri)
            self.share(post, _DG.positionType, _DG[position])
            names = country_actor.labels if country_actor is not None else None
            self.labels(post, [(label, lang) for lang, label in post_labels(position, where, names).items()])
        held = f"{person}\x1f{post}"
        if held not in self.described:
            self.described.add(held)
            self.share(person, _ORG.holds, post)
            self.share(post, _ORG.heldBy, person)
        return post, post_iri


def _statement_triples(w: _Writer, statement: Statement, key: str, doc_iri: str, lang: str | None,
                       event: tuple[str, Any] | None = None, *, published: Any) -> str | None:
    if not _is_predicate(statement.predicate):
        log.warning("statement of %s skipped: %r is not a predicate of the dg: vocabulary", statement.doc, statement.predicate)
        return None
    if statement.modality not in MODALITIES:
        log.warning("statement of %s skipped: unknown modality %r", statement.doc, statement.modality)
        return None
    iri = "res:statement\\/" + key  # IRIs.statement (a sha1 in hex), its key made once
    subject = w.argument(statement.subject, lang)
    obj = w.argument(statement.object, lang) if event is None else w.event(event[0], statement.object, lang, event[1])
    start, end = statement.span
    pairs = [
        (_DG.subject, subject),
        (_DG.object, obj),
        (_DG.sentence, _quoted(statement.sentence)),
        (_DG.startOffset, _integer(start)),
        (_DG.endOffset, _integer(end)),
        (_PROV.wasDerivedFrom, doc_iri),
        (_DG.timelineKey, timeline_key(statement.date if statement.date is not None else published, published, start)),
    ]
    if statement.date is not None:
        pairs.append((_DG.eventDate, _date(statement.date)))
    codes = w.codes.of(statement)
    kind = w.kinds.get((statement.predicate, statement.modality, statement.negated, codes))
    if kind is None:
        kind = _kind_pairs(w, statement, codes)
    pairs += kind
    if statement.trigger:
        pairs.append((_DG.trigger, _quoted(statement.trigger)))
    if statement.subject.mention:
        pairs.append((_DG.subjectMention, _quoted(statement.subject.mention)))
    if statement.object.mention:
        pairs.append((_DG.objectMention, _quoted(statement.object.mention)))
    if event is not None:  # the event node has one label; the statement keeps its own words
        pairs.append((_DG.objectLabel, _quoted(statement.object.label)))
    w.subject(iri, pairs)
    if not statement.negated and statement.modality in DIRECT_MODALITIES:
        w.add(subject, _DG[statement.predicate], obj)
    return iri


def _kind_pairs(w: _Writer, statement: Statement, codes: tuple[str | None, str | None, str, str | None],
                ) -> tuple[tuple[str, str], ...]:
    """The predicates and objects of a statement that follow from its kind alone (predicate, modality,
    negation and codes), made once a build for each kind (:attr:`_Writer.kinds`), and the kind, its PLOVER
    and CAMEO concepts described (in the shared graph, once).

    >>> from diplograph.types import Statement
    >>> w = _Writer(None, set(), [])
    >>> s = Statement("d1", Argument("a", "a", "Issue"), "rejects", Argument("b", "b", "Issue"), "", (0, 1))
    >>> pairs = _kind_pairs(w, s, w.codes.of(s))
    >>> dict(pairs)["dg:predicate"], dict(pairs)["dg:negated"], len(w.kinds), len(w.shared) > 0
    ('dg:rejects', 'false', 1, True)
    """
    plover, cameo, quad, mode = codes
    pairs = [
        (_RDF.type, _DG.Statement),
        (_DG.predicate, _DG[statement.predicate]),
        (_DG.negated, _TRUE if statement.negated else _FALSE),
        (_DG.modality, _DG[statement.modality]),
    ]
    if plover is not None:
        concept = _concept_ref(IRIs.plover, plover)
        w.concept(concept, _DG.PLOVER, plover, _DG[quad])
        pairs.append((_DG.ploverType, concept))
    pairs.append((_DG.statementKind, w.kind(statement, plover, quad)))
    if cameo is not None:
        concept = _concept_ref(IRIs.cameo, cameo)
        w.concept(concept, _DG.CAMEO, cameo)
        pairs.append((_DG.cameoCode, concept))
        if mode is not None:
            pairs.append((_DG.ploverMode, _quoted(mode)))
    pairs.append((_DG.quadClass, _DG[quad]))
    kind = w.kinds[(statement.predicate, statement.modality, statement.negated, codes)] = tuple(pairs)
    return kind


#: The term of an incumbency without its hash (:meth:`IRIs.incumbency`), as :func:`_ref` writes it.
_INCUMBENCY = "res:incumbency\\/"


def _role_triples(w: _Writer, role: Role, doc_iri: str) -> None:
    if role.country is None:
        log.info("role of %s in %s not written: a post needs a country", role.person.id, role.doc)
        return
    person = w.actor(role.person)
    post, post_iri = w.post(person, role.position, role.country)
    iri = _INCUMBENCY + _sha1(role.doc, f"{role.span[0]}-{role.span[1]}", role.person.id, post_iri)  # IRIs.incumbency
    w.add(iri, _RDF.type, _DG.Incumbency)
    w.add(iri, _DG.holder, person)
    w.add(iri, _DG.post, post)
    if role.title:
        w.add(iri, _DG.title, _quoted(role.title))
    w.add(iri, _PROV.wasDerivedFrom, doc_iri)
    w.add(iri, _DG.sentence, _quoted(role.sentence))
    w.add(iri, _DG.startOffset, _integer(role.span[0]))
    w.add(iri, _DG.endOffset, _integer(role.span[1]))


def _office_triples(w: _Writer, office: Office) -> None:
    if not office.country:
        return
    person_actor = w._kb_actor(office.person)
    person = w.actor(person_actor) if person_actor is not None else _iri(IRIs.actor(office.person))
    post, post_iri = w.post(person, office.position, office.country)
    iri = _INCUMBENCY + _sha1("kb", office.person, post_iri, office.start, office.end)  # IRIs.incumbency
    w.add(iri, _RDF.type, _DG.Incumbency)
    w.add(iri, _DG.holder, person)
    w.add(iri, _DG.post, post)
    if office.start is not None:
        w.add(iri, _DG.start, _date(office.start))
    if office.end is not None:
        w.add(iri, _DG.end, _date(office.end))


def _document_triples(w: _Writer, record: Keyed, seen: set[str]) -> set[str]:
    """Collect the triples of one document; return the ids of the persons in it."""
    extraction, events = record.extraction, record.events
    doc = extraction.document
    doc_iri = _iri(IRIs.document(doc.id))
    w.add(doc_iri, _RDF.type, _DG.Document)
    w.add(doc_iri, _RDF.type, _PROV.Entity)
    w.add(doc_iri, _DCTERMS.issued, _date(doc.published))
    if doc.lang and _LANG_TAG.match(doc.lang):
        w.add(doc_iri, _DCTERMS.language, _quoted(doc.lang.lower()) + "^^" + _XSD.language)
    if doc.url:
        w.add(doc_iri, _DG.url, _quoted(doc.url) + "^^" + _XSD.anyURI)
    if doc.source:
        w.add(doc_iri, _DG.outlet, _quoted(doc.source))
    aliases: dict[str, list[tuple[str, str | None]]] = {}
    for mention in extraction.mentions:
        if not mention.anaphoric:  # "he" points at an actor; it is not one of its names
            aliases.setdefault(mention.actor.id, []).append((mention.text, doc.lang))
    actors = extraction.actors
    for actor in actors:
        w.add(doc_iri, _DG.mentions, w.actor(actor, aliases.get(actor.id, ()), doc.lang))
    for index, (statement, key) in enumerate(zip(extraction.statements, record.keys)):
        if key in seen:
            continue
        if _statement_triples(w, statement, key, doc_iri, doc.lang, events.get(index), published=doc.published) is not None:
            seen.add(key)
    for role in extraction.roles:
        _role_triples(w, role, doc_iri)
    persons = {
        a.id
        for a in [*actors, *(r.person for r in extraction.roles),
                  *(x.actor for s in extraction.statements for x in (s.subject, s.object) if x.actor)]
        if a.type == "Person"
    }
    return persons


def _new_dataset() -> Dataset:
    dataset = Dataset(store="Oxigraph")
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True, replace=True)
    return dataset


def build_dataset(extractions: Iterable[Extraction], *, kb: Any | None = None) -> Dataset:
    """Build the RDF dataset of a set of extractions, on the Oxigraph store.

    Each document's graph holds its metadata, which actors it mentions and how
    it names them (``skos:altLabel``), its statements, their direct triples and
    its roles. What is the same in every document (the type, labels, Wikidata
    link and ``dg:represents`` of an actor; issues, events and places; posts and
    who holds them; PLOVER and CAMEO concepts) is written once, in
    ``.../resource/graph/entities``.

    Args:
        extractions: what was extracted from each document.
        kb: optional knowledge base (``diplograph.actors.kb.KnowledgeBase``):
            its ``offices(person_id)`` are written for every person the
            documents name, in the graph ``.../resource/graph/kb``, and its
            ``actors`` describe the states that posts and bodies point to.

    Returns:
        An rdflib ``Dataset`` backed by Oxigraph: one named graph per document
        (``.../resource/graph/<doc id>``), plus ``graph/entities`` and, with a
        knowledge base, ``graph/kb``.

    >>> from datetime import date
    >>> from diplograph.types import Document
    >>> kremlin = Actor("body/kremlin", "Kremlin", "GovernmentBody", labels={"ar": "الكرملين"}, represents="country/rus")
    >>> text = "The Kremlin rejected any deployment."
    >>> st = Statement("d1", Argument("Kremlin", "Kremlin", "GovernmentBody", kremlin), "rejects",
    ...                Argument("deployment", "any deployment", "Issue"), text, (0, len(text)))
    >>> ds = build_dataset([Extraction(Document("d1", text, date(2025, 9, 1), "en"), statements=[st])])
    >>> (IRIs.actor(kremlin), DG.rejects, IRIs.node("issue/deployment")) in ds.graph(IRIs.graph("d1"))
    True
    """
    dataset = _new_dataset()
    inner = dataset.store._inner
    chunk: list[str] = []
    size = 0
    for block in trig_blocks(extractions, kb=kb):
        chunk.append(block)
        size += len(block)
        if size > _LOAD_CHUNK:
            inner.load(_HEADER + "".join(chunk), format=ox.RdfFormat.TRIG)
            chunk, size = [], 0
    if chunk:
        inner.load(_HEADER + "".join(chunk), format=ox.RdfFormat.TRIG)
    return dataset


#: Characters of TriG text Oxigraph parses at a time in :func:`build_dataset`.
_LOAD_CHUNK = 4_000_000
_HEADER = "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in PREFIXES.items())


def trig_blocks(extractions: Iterable[Extraction | Keyed], *, kb: Any | None = None) -> Iterator[str]:
    """The RDF of a set of extractions as TriG text, a named graph at a time, as documents come.

    The first block declares the prefixes of :data:`PREFIXES`; then comes
    one block per document with anything to say, then the knowledge base's
    offices and the shared descriptions (see :func:`build_dataset`). A
    graph's triples are sorted and grouped by subject: the same extractions
    give the same text.

    Args:
        extractions: what was extracted from each document, streamed, or their
            :class:`Keyed` records (the network reads them again: :func:`keyed`).
        kb: optional knowledge base, as for :func:`build_dataset`.

    Returns:
        The blocks; joined, a TriG document.

    >>> from datetime import date
    >>> from diplograph.types import Document
    >>> blocks = list(trig_blocks([Extraction(Document("d1", "", date(2025, 9, 1)))]))
    >>> print(blocks[1])
    res:graph\\/d1 {
      res:doc\\/d1 dcterms:issued "2025-09-01"^^xsd:date ;
        rdf:type dg:Document , prov:Entity .
    }
    <BLANKLINE>
    """
    yield _HEADER
    seen: set[str] = set()
    described: set[str] = set()
    shared: list[Triple] = []
    persons: set[str] = set()
    codes = StatementCodes()
    kinds: dict[tuple, tuple[tuple[str, str], ...]] = {}
    for record in keyed(extractions):
        w = _Writer(kb, described, shared, codes, kinds)
        persons |= _document_triples(w, record, seen)
        if w.triples or w.statements:
            yield _block(_iri(IRIs.graph(record.extraction.document.id)), w.triples, w.statements)
    offices = getattr(kb, "offices", None) if kb is not None else None
    if callable(offices) and persons:
        w = _Writer(kb, described, shared)
        for person in sorted(persons):
            for office in offices(person) or ():
                _office_triples(w, office)
        if w.triples:
            yield _block(_iri(IRIs.KB_GRAPH), w.triples)
    if shared:
        yield _block(_iri(IRIs.ENTITIES_GRAPH), shared)


def _block(graph: str, triples: list[Triple], described: list[tuple[str, str]] = ()) -> str:
    """One named graph as TriG: its triples sorted, each subject and predicate written once.

    ``described`` are subjects with their predicates and objects written
    already (:meth:`_Writer.subject`), none of them a subject of ``triples``.

    >>> print(_block("g", [("s", "p", "b"), ("s", "p", "a"), ("a", "q", "c"), ("s", "o", "d")], [("r", "p x")]), end="")
    g {
      a q c .
      r p x .
      s o d ;
        p a , b .
    }
    """
    by_subject: dict[str, list[tuple[str, str]]] = {}
    for s, p, o in set(triples):
        by_subject.setdefault(s, []).append((p, o))
    subjects = list(described)
    for s, pairs in by_subject.items():
        pairs.sort()
        out: list[str] = []
        last_p = None
        for p, o in pairs:
            if p != last_p:
                out += (" ;\n    ", p, " ", o) if out else (p, " ", o)
                last_p = p
            else:
                out += (" , ", o)
        subjects.append((s, "".join(out)))
    subjects.sort()
    out = [graph, " {\n"]
    for s, text in subjects:
        out += ("  ", s, " ", text, " .\n")
    out.append("}\n")
    return "".join(out)


def stream_trig(extractions: Iterable[Extraction | Keyed], path: str | os.PathLike[str], *, kb: Any | None = None) -> Path:
    """Write the RDF of extractions to a TriG file as they come, atomically (:func:`trig_blocks`).

    No dataset is built: each document's graph is written once made, and
    only the shared descriptions wait for the end. The file holds the quads
    :func:`build_dataset` would hold.

    Args:
        extractions: what was extracted from each document, streamed, or their :class:`Keyed` records.
        path: where to write; missing folders are made.
        kb: optional knowledge base, as for :func:`build_dataset`.

    Returns:
        The path written.

    >>> import tempfile, pathlib
    >>> from datetime import date
    >>> from diplograph.types import Document
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = stream_trig([Extraction(Document("d1", "", date(2025, 9, 1)))], pathlib.Path(tmp) / "g.trig")
    ...     len(ox.Dataset(ox.parse(path=out)))
    3
    """
    with atomic_path(path) as tmp, open(tmp, "w", encoding="utf-8") as stream:
        for block in trig_blocks(extractions, kb=kb):
            stream.write(block)
        stream.flush()
        os.fsync(stream.fileno())
    return Path(path)


# ---------------------------------------------------------------------------
# Writing TriG

def _ox_term(term: Any) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    raise TypeError(f"cannot write {term!r} as RDF")


def _ox_quads(dataset: Dataset | Graph) -> Iterator[ox.Quad]:
    """The quads of an rdflib dataset, as pyoxigraph quads (fast on Oxigraph)."""
    store = getattr(dataset, "store", None)
    inner = getattr(store, "_inner", None)
    if isinstance(inner, ox.Store):
        yield from inner
        return
    for s, p, o, g in dataset.quads((None, None, None, None)):
        name = getattr(g, "identifier", g)
        graph = (
            ox.DefaultGraph()
            if name is None or str(name) == "urn:x-rdflib:default"
            else _ox_term(name)
        )
        yield ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), graph)


def _sorted_quads(dataset: Dataset | Graph) -> Iterator[ox.Quad]:
    """The quads of a dataset, graph by graph, each graph in a sorted order (see :func:`sorted_quads`)."""
    inner = getattr(getattr(dataset, "store", None), "_inner", None)
    if isinstance(inner, ox.Store):
        yield from sorted_quads(inner)
    else:
        yield from sorted(_ox_quads(dataset), key=_quad_key)


def sorted_quads(store: ox.Store) -> Iterator[ox.Quad]:
    """Every quad of an Oxigraph store, in a repeatable order: graph by graph, each sorted.

    The default graph comes first, then the named graphs by IRI; a graph's
    triples are in the order of their N-Triples lines. The lines are
    Oxigraph's own, sorted as bytes and parsed back, one graph at a time: no
    Python object per quad is kept, and a graph is never split in two blocks.

    Args:
        store: the store.

    Returns:
        The quads, ready for a streaming serialiser.

    >>> store = ox.Store()
    >>> g = ox.NamedNode("https://example.org/g")
    >>> for o in ("b", "a"):
    ...     store.add(ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"), ox.Literal(o), g))
    >>> [q.object.value for q in sorted_quads(store)]
    ['a', 'b']
    """
    for graph in [ox.DefaultGraph(), *sorted(store.named_graphs(), key=lambda g: g.value)]:
        lines = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph).splitlines()
        if not lines:
            continue
        lines.sort()
        body = b"\n".join(lines)
        if not isinstance(graph, ox.DefaultGraph):
            body = b"<" + graph.value.encode("utf-8") + b"> {\n" + body + b"\n}"
        yield from ox.parse(body, format=ox.RdfFormat.TRIG)


def sorted_triples(store: ox.Store) -> Iterator[ox.Triple]:
    """The union of a store's graphs, each triple once, in the order of their N-Triples lines.

    >>> store = ox.Store()
    >>> for g in ("https://example.org/g1", "https://example.org/g2"):
    ...     store.add(ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"),
    ...                       ox.Literal("x"), ox.NamedNode(g)))
    >>> len(list(sorted_triples(store)))
    1
    """
    lines: set[bytes] = set()
    for graph in [ox.DefaultGraph(), *store.named_graphs()]:
        lines.update(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph).splitlines())
    for quad in ox.parse(b"\n".join(sorted(lines)), format=ox.RdfFormat.N_TRIPLES):
        yield quad.triple


def _quad_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else str(quad.graph_name)
    return graph, str(quad.subject), str(quad.predicate), str(quad.object)


def write_trig(dataset: Dataset, path: str | os.PathLike[str]) -> Path:
    """Write a dataset as TriG, atomically, in a sorted and repeatable order.

    The file is written beside ``path`` under a temporary name and moved over
    it (:func:`diplograph.atomic.atomic_path`), so a reader never sees half a file. The serialiser is Oxigraph's (the
    one behind rdflib's ``ox-trig`` format), fed the quads graph by graph, each
    graph sorted (:func:`sorted_quads`).

    Args:
        dataset: an rdflib Dataset (Oxigraph or any other store).
        path: where to write; missing folders are made.

    Returns:
        The path written.

    >>> import tempfile, pathlib
    >>> from datetime import date
    >>> from diplograph.types import Document
    >>> ds = build_dataset([Extraction(Document("d1", "", date(2025, 9, 1)))])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = write_trig(ds, pathlib.Path(tmp) / "graph.trig")
    ...     out.read_text().count("dg:Document")
    1
    """
    with atomic_path(path) as tmp, open(tmp, "wb") as stream:
        ox.serialize(_sorted_quads(dataset), stream, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)
        stream.flush()
        os.fsync(stream.fileno())
    return Path(path)
