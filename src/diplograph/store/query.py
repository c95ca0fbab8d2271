"""Run SPARQL over a build: the named queries of ``diplograph/queries`` or any query.

Queries run on Oxigraph with the union of all named graphs as the default
graph. Parameters are bound as RDF values (Oxigraph's ``substitutions``), never
pasted into the query text, so no value can change what a query does. A bound
variable must be one the query SELECTs (the named queries do).

A named query says what it does in its header (see :func:`query_info`): a
one-line description, its parameters (``# Bind: NAME (KIND): help``) and its
columns. A parameter's kind names a registered resolver: ``actor`` looks a
name up among the graph's actors by any of their names in any language.

>>> "rejections" in list_queries()
True
"""
from __future__ import annotations

import difflib
import gc
import json
import logging
import multiprocessing
import re
import shutil
import signal
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import unquote

import pandas as pd
import pyoxigraph as ox

from diplograph.errors import DataError, DiplographError, InputError, QueryError
from diplograph.graph.source import first_line, open_source

__all__ = [
    "FORMATS", "Parameter", "QueryInfo", "check_bindings", "describe_queries", "format_result",
    "list_queries", "load_query", "query_info", "resolve_actor", "run_query",
]

log = logging.getLogger(__name__)

#: Output formats of :func:`format_result`.
FORMATS = ("table", "csv", "json")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{_XSD}{t}" for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_IRI = re.compile(r"^<([^<>\"{}|^`\\\x00-\x20]+)>$")


def list_queries() -> list[str]:
    """The names of the packaged queries.

    Returns:
        Sorted names, without the ``.rq`` suffix.

    >>> list_queries()
    ['coercion', 'hosts', 'pairs', 'positions', 'profile', 'rejections', 'roles', 'timeline']
    """
    folder = resources.files("diplograph.store.queries")
    # NAME.page.rq is the second step of NAME's pages (see _run_paged), not a query of its own
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq") and "." not in p.name[:-3])


def load_query(name: str) -> str:
    """The text of a packaged query.

    Args:
        name: a name from :func:`list_queries` (``.rq`` may be added).

    Returns:
        The SPARQL text.

    Raises:
        QueryError: for a name that is not a packaged query; the message lists them.

    >>> "dg:rejects" in load_query("rejections")
    True
    >>> load_query("nope")
    Traceback (most recent call last):
    ...
    diplograph.errors.QueryError: unknown query 'nope'; the named queries are: coercion, hosts, pairs, positions, profile, rejections, roles, timeline
    """
    names = list_queries()
    stem = name[:-3] if name.endswith(".rq") else name
    if stem not in names:
        raise QueryError(f"unknown query {name!r}; the named queries are: {', '.join(names)}")
    return resources.files("diplograph.store.queries").joinpath(stem + ".rq").read_text(encoding="utf-8")


@dataclass(frozen=True)
class Parameter:
    """A value a named query needs: ``# Bind: NAME (KIND): help`` in its header."""

    name: str
    kind: str
    required: bool
    help: str


@dataclass(frozen=True)
class QueryInfo:
    """What a named query does, read from the comment header of its ``.rq`` file."""

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    columns: tuple[str, ...]
    #: ``(property, nodes)`` pairs, nodes a class or ``subject of PROPERTY``: the query reads
    #: a property that each of the nodes must have, which graphs written by older versions
    #: lack; where some node has none, ``NAME.legacy.rq`` runs.
    needs: tuple[tuple[str, str], ...] = ()


_BIND = re.compile(r"^Bind:\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(([^)]*)\)\s*:?\s*(.*)$")
_NEEDS = re.compile(r"^Needs:\s*(\S+:\S+) of every (subject of )?(\S+:\S+)\b")
_PROJECTION = re.compile(r"^\s*SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?((?:\?\w+\s*)+)", re.I | re.M)


@lru_cache(maxsize=None)
def query_info(name: str) -> QueryInfo:
    """The description, parameters and columns of a named query, from its header.

    The header is the comment block the file starts with: its first line is
    the one-line description; a line ``Bind: NAME (KIND): help`` declares a
    parameter (``KIND, optional`` for one that may be left out), KIND naming a
    resolver (:data:`RESOLVERS`); ``Columns:`` lists the columns, each maybe
    followed by a note in parentheses, up to the next blank comment line.
    ``Needs: PROPERTY of every CLASS`` (or ``of every subject of PROPERTY``),
    one line each, names a property that graphs written by older versions
    lack: where some such node has none, ``NAME.legacy.rq`` (same parameters
    and columns) runs instead.

    Args:
        name: a name from :func:`list_queries`.

    Returns:
        The query's :class:`QueryInfo`.

    Raises:
        QueryError: an unknown name.
        DataError: a header without a description or with an unknown kind.

    >>> info = query_info("profile")
    >>> info.description
    "An actor's offices and statements (as subject and as object)."
    >>> [(p.name, p.kind, p.required) for p in info.parameters]
    [('actor', 'actor', True)]
    >>> info.columns[:3]
    ('actor', 'actorLabel', 'kind')
    """
    text = load_query(name)
    stem = name[:-3] if name.endswith(".rq") else name
    where = f"queries/{stem}.rq"
    header: list[str] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line[1:].strip())
    if not header or not header[0] or header[0].startswith(("Bind:", "Columns:")):
        raise DataError(f"{where} line 1: the header must start with a one-line description")
    params: list[Parameter] = []
    columns_text: list[str] = []
    in_columns = False
    needs: list[tuple[str, str]] = []
    for number, line in enumerate(header, 1):
        if in_columns and line and not line.startswith("Bind:"):
            columns_text.append(line)
            continue
        in_columns = False
        if line.startswith("Bind:"):
            match = _BIND.match(line)
            if not match:
                raise DataError(f"{where} line {number}: write 'Bind: NAME (KIND): help', got {line!r}")
            flags = [f.strip() for f in match.group(2).split(",")]
            kind = flags[0]
            if kind not in RESOLVERS:
                near = difflib.get_close_matches(kind, list(RESOLVERS), n=1)
                hint = f"; did you mean {near[0]!r}?" if near else f"; use one of {', '.join(RESOLVERS)}"
                raise DataError(f"{where} line {number}: unknown parameter kind {kind!r}{hint}")
            if kind in CLAUSES and len(_clause(CLAUSES[kind]).findall(text)) != 1:
                raise DataError(f"{where} line {number}: a parameter of kind {kind!r} needs exactly one line "
                                f"'{CLAUSES[kind]} n' in the query (n: the default)")
            params.append(Parameter(match.group(1), kind, "optional" not in flags[1:], match.group(3).strip()))
        elif line.startswith("Columns:"):
            in_columns = True
            columns_text.append(line[len("Columns:"):])
        elif line.startswith("Needs:"):
            match = _NEEDS.match(line)
            if not match:
                raise DataError(f"{where} line {number}: write 'Needs: prefix:property of every prefix:Class' "
                                f"(or 'of every subject of prefix:property'), got {line!r}")
            if _legacy_query(stem) is None:
                raise DataError(f"{where} line {number}: a query with 'Needs:' needs queries/{stem}.legacy.rq "
                                "for graphs without the property")
            needs.append((match.group(1), (match.group(2) or "") + match.group(3)))
    columns = _column_names(" ".join(columns_text)) if columns_text else _projection(text)
    return QueryInfo(stem, header[0], tuple(params), columns, tuple(needs))


def _column_names(text: str) -> tuple[str, ...]:
    """``a, b (a note, with commas), c.`` -> ``('a', 'b', 'c')``."""
    depth, kept = 0, []
    for char in text:
        depth += char == "("
        if depth == 0:
            kept.append(char)
        depth -= char == ")" and depth > 0
    return tuple(part.split()[0] for part in "".join(kept).rstrip(". ").split(",") if part.strip())


def _projection(text: str) -> tuple[str, ...]:
    """The variables of a query's first SELECT line (for a header without Columns:)."""
    match = _PROJECTION.search(text)
    return tuple(v.lstrip("?") for v in match.group(1).split()) if match else ()


def describe_queries(*, width: int | None = None) -> str:
    """What ``diplograph query --list`` prints: each named query, what it does, its parameters and columns.

    Args:
        width: wrap the column lists at this many characters (default: the terminal's width).

    Returns:
        The text, a paragraph a query.

    >>> text = describe_queries(width=100)
    >>> print(next(p for p in text.split(2 * chr(10)) if p.startswith("profile")))  # doctest: +NORMALIZE_WHITESPACE
    profile  An actor's offices and statements (as subject and as object).
      --bind actor=...  (required) a name in any language (Macron, الكرملين), an id (body/kremlin) or an IRI in <...>
      columns: actor, actorLabel, kind, predicate, otherLabel, negated, modality, date, end, title,
               sentence, other, doc
    """
    import textwrap

    width = width or shutil.get_terminal_size((100, 24)).columns
    blocks = []
    for name in list_queries():
        info = query_info(name)
        lines = [f"{name}  {info.description}"]
        for p in info.parameters:
            lines.append(f"  --bind {p.name}=...  ({'required' if p.required else 'optional'}) {p.help}".rstrip())
        lines += textwrap.wrap(", ".join(info.columns), width=max(width, 40),
                               initial_indent="  columns: ", subsequent_indent=" " * 11)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def check_bindings(name: str, bindings: Mapping[str, Any] | None) -> None:
    """Raise when a named query is given a parameter it lacks or is missing a required one.

    Args:
        name: a named query.
        bindings: the values given, by parameter name.

    Raises:
        QueryError: one line naming the parameter.

    >>> check_bindings("positions", {"term": "ceasefire"})
    >>> check_bindings("positions", {})
    Traceback (most recent call last):
    ...
    diplograph.errors.QueryError: query 'positions' needs term: --bind term=VALUE (words of the issue, e.g. --bind term=deployment)
    >>> check_bindings("profile", {"actr": "Macron"})
    Traceback (most recent call last):
    ...
    diplograph.errors.QueryError: query 'profile' has no parameter 'actr'; its parameters: actor
    """
    info = query_info(name)
    given = {k[1:] if k[:1] in "?$" else k for k in (bindings or {})}
    known = {p.name for p in info.parameters}
    for key in sorted(given - known):
        names = ", ".join(sorted(known)) or "none"
        raise QueryError(f"query {info.name!r} has no parameter {key!r}; its parameters: {names}")
    for p in info.parameters:
        if p.required and p.name not in given:
            raise QueryError(f"query {info.name!r} needs {p.name}: --bind {p.name}=VALUE ({p.help})")


#: Parameter kinds: how a bound string becomes the value a query is given.
RESOLVERS: dict[str, Callable[[ox.Store, Any], Any]] = {}


def resolver(kind: str) -> Callable:
    """Register the function that turns a bound value of ``kind`` into the query's value."""

    def register(fn: Callable[[ox.Store, Any], Any]) -> Callable[[ox.Store, Any], Any]:
        RESOLVERS[kind] = fn
        return fn

    return register


@resolver("text")
def _as_text(store: ox.Store, value: Any) -> Any:
    return value


@resolver("date")
def _as_date(store: ox.Store, value: Any) -> Any:
    """A day, ``YYYY-MM-DD`` (or a ``date``), as an ``xsd:date`` to compare the graph's dates with.

    >>> _as_date(None, "2025-03-01")
    datetime.date(2025, 3, 1)
    >>> _as_date(None, "March 1")
    Traceback (most recent call last):
    ...
    diplograph.errors.QueryError: 'March 1' is not a date; write it as YYYY-MM-DD, e.g. 2025-03-01
    """
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise QueryError(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-03-01") from None


#: Parameter kinds that set a clause of the query's text rather than a variable's value:
#: SPARQL has no variable for LIMIT or OFFSET. The value is made a whole number first
#: (:func:`_as_count`), so nothing else reaches the text. A query with such a parameter
#: has exactly one line ``LIMIT n`` (or ``OFFSET n``), whose n is the default.
CLAUSES = {"limit": "LIMIT", "offset": "OFFSET"}


@resolver("limit")
@resolver("offset")
def _as_count(store: ox.Store, value: Any) -> int:
    """A number of rows, a whole number from 0.

    >>> _as_count(None, " 50 ")
    50
    >>> _as_count(None, "1e3")
    Traceback (most recent call last):
    ...
    diplograph.errors.QueryError: '1e3' is not a number of rows; give a whole number from 0, e.g. 1000
    """
    text = str(value).strip()
    if isinstance(value, bool) or not text.isascii() or not text.isdigit():
        raise QueryError(f"{value!r} is not a number of rows; give a whole number from 0, e.g. 1000")
    return int(text)


def _clause(keyword: str) -> re.Pattern[str]:
    return re.compile(rf"^([ \t]*){keyword}[ \t]+\d+[ \t]*$", re.M | re.I)


def _set_clauses(query: str, counts: Mapping[str, int]) -> str:
    r"""The query with its ``LIMIT``/``OFFSET`` line set to the counts given (``LIMIT 0``: no limit).

    >>> print(_set_clauses("SELECT ?x {}\nLIMIT 1000\nOFFSET 0", {"LIMIT": 10, "OFFSET": 20}))
    SELECT ?x {}
    LIMIT 10
    OFFSET 20
    >>> print(_set_clauses("SELECT ?x {}\n  LIMIT 1000", {"LIMIT": 0}))
    SELECT ?x {}
    <BLANKLINE>

    All rows asked (``LIMIT 0``, no ``OFFSET``) of a page cut in a sub-query,
    that sub-query's ``ORDER BY`` just above its ``LIMIT`` goes too: a
    sub-query's order does not reach the result (the outer query sorts), and
    sorting every row for nothing cost a tenth of the whole timeline's time.

    >>> print(_set_clauses("SELECT ?x { { SELECT ?x { }\n  ORDER BY ?x\n  LIMIT 9\n} }\nORDER BY ?x", {"LIMIT": 0}))
    SELECT ?x { { SELECT ?x { }
    <BLANKLINE>
    } }
    ORDER BY ?x
    """
    if counts.get("LIMIT") == 0 and counts.get("OFFSET", _default_count(query, "OFFSET")) == 0:
        sort = _PAGE_SORT.search(query)
        if sort is not None and _depth(query[:sort.start()]) > 0:
            query = query[:sort.start()] + query[sort.end():]
    for keyword, count in counts.items():
        replacement = "" if keyword == "LIMIT" and count == 0 else rf"\g<1>{keyword} {count}"
        query = _clause(keyword).sub(replacement, query, count=1)
    return query


#: An ORDER BY line right above a LIMIT line: the sort of a page.
_PAGE_SORT = re.compile(r"^[ \t]*ORDER[ \t]+BY\b[^\n]*\n(?=[ \t]*LIMIT[ \t]+\d+[ \t]*$)", re.M | re.I)


def _depth(text: str) -> int:
    r"""How many groups (``{``) are open at the end of ``text``, comments left out.

    >>> _depth("SELECT * { # a } in a comment\n { ?s ?p ?o }")
    1
    """
    code = re.sub(r"#[^\n]*", "", re.sub(r"<[^<>\s]*>", "", text))
    return code.count("{") - code.count("}")


_ACTORS = """
PREFIX dg: <https://w3id.org/diplograph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?a ?name ?label WHERE {
  VALUES ?class { dg:Person dg:State dg:Organization dg:GovernmentBody dg:Coalition }
  ?a a ?class .
  { ?a rdfs:label ?name } UNION { ?a skos:altLabel ?name }
  OPTIONAL { ?a rdfs:label ?label FILTER(LANGMATCHES(LANG(?label), "en")) }
}
"""


@resolver("actor")
def resolve_actor(store: ox.Store, value: Any) -> Any:
    """The actor of the graph that a name stands for, as an IRI.

    A name matches an actor when it folds (case, accents, Arabic letter
    variants) to one of the actor's labels or names as the articles wrote
    them, or to one of its names in the knowledge base (``Macron``,
    ``Макрон``); failing that, when its words are whole words of one label
    (``Merz`` in ``Friedrich Merz``). An IRI in ``<...>``, an id with a ``/``
    and a value no actor matches are left as they are.

    Args:
        store: the graph.
        value: what the user bound.

    Returns:
        The actor's IRI in ``<...>``, or ``value`` unchanged.

    Raises:
        QueryError: the name fits several actors; the message lists them.
    """
    if not isinstance(value, str) or value.startswith("<") or "/" in value or not value.strip():
        return value
    from diplograph.lang.normalise import fold

    wanted = fold(value).strip()
    names: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    for row in store.query(_ACTORS, use_default_graph_as_union=True):
        iri = row["a"].value
        names.setdefault(iri, set()).add(fold(row["name"].value).strip())
        label = row["label"]
        if label is not None or iri not in labels:
            labels[iri] = (label or row["name"]).value
    exact = {iri for iri, folded in names.items() if wanted in folded}
    if not exact:
        from diplograph.actors.kb import load_kb
        from diplograph.graph.namespace import RESOURCE

        exact = {str(RESOURCE) + a.id for a in load_kb().find(value)} & set(names)
    if not exact:
        words = wanted.split()
        exact = {iri for iri, folded in names.items()
                 if any(_has_words(name.split(), words) for name in folded)}
    if len(exact) == 1:
        return f"<{exact.pop()}>"
    if len(exact) > 1:
        from diplograph.graph.namespace import RESOURCE

        found = sorted(exact, key=lambda iri: labels.get(iri, iri))
        listed = ", ".join(f"{labels.get(iri, iri)} ({iri.removeprefix(str(RESOURCE))})" for iri in found)
        raise QueryError(f"{value!r} names {len(found)} actors: {listed}; bind one of these ids instead")
    return value


def _has_words(name: list[str], words: list[str]) -> bool:
    """True when ``words`` occur in ``name`` as consecutive whole words."""
    n = len(words)
    return n > 0 and any(name[i:i + n] == words for i in range(len(name) - n + 1))


def _term(value: Any) -> Any:
    """An RDF term for a bound value (rdflib terms, pyoxigraph terms or Python values)."""
    if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
        return value
    from rdflib.term import Identifier

    if isinstance(value, Identifier):
        from diplograph.graph.rdf import _ox_term

        return _ox_term(value)
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(_XSD + "integer"))
    if isinstance(value, float):
        return ox.Literal(repr(value), datatype=ox.NamedNode(_XSD + "double"))
    if isinstance(value, datetime):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "dateTime"))
    if isinstance(value, date):
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(_XSD + "date"))
    if isinstance(value, str):
        match = _IRI.match(value)
        return ox.NamedNode(match.group(1)) if match else ox.Literal(value)
    raise QueryError(f"cannot bind a {type(value).__name__}; give a string, a number, a date or an RDF term")


def _substitutions(bindings: Mapping[str, Any] | None) -> dict[ox.Variable, Any]:
    out: dict[ox.Variable, Any] = {}
    for name, value in (bindings or {}).items():
        var = name[1:] if name[:1] in "?$" else name
        if not _VARIABLE.match(var):
            raise QueryError(f"{name!r} is not a SPARQL variable name; use letters, digits and _")
        if value is not None:
            out[ox.Variable(var)] = _term(value)
    return out


def _value(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype is not None else ""
        try:
            if datatype == _XSD + "boolean":
                return term.value in ("true", "1")
            if datatype in _INTEGERS:
                return int(term.value)
            if datatype in _FLOATS:
                return float(term.value)
        except ValueError:
            return term.value
        return term.value
    return str(term)


def run_query(dataset_or_path: Any, query: str, *, bindings: Mapping[str, Any] | None = None,
              timeout: float | None = None) -> pd.DataFrame:
    """Run a SPARQL query over a build and return its rows.

    Args:
        dataset_or_path: a TriG path (``graph.trig`` of a build), a store folder, an rdflib
            ``Dataset`` (from :func:`diplograph.graph.rdf.build_dataset`) or a
            pyoxigraph ``Store``.
        query: SPARQL text, or the name of a packaged query.
        bindings: values for variables of the query, by name (``{"term":
            "deployment"}``). Strings are plain literals, except ``<...>``
            which is an IRI; ints, floats, bools and dates are typed literals;
            rdflib and pyoxigraph terms are used as they are. The variable must
            be in the query's SELECT list. A named query's parameters go
            through the resolver of their kind first (an ``actor`` given by
            any of its names becomes its IRI).
        timeout: seconds the query may run; past them it is stopped (0: no
            limit). Given, the query runs in a child process (forked), so that
            it can be stopped, by the limit or by Ctrl-C, whatever the engine
            is doing; None runs it here.

    Returns:
        A DataFrame: one column per selected variable (IRIs and strings as
        ``str``, booleans as ``bool``, integers as ``int``, dates as ISO
        strings, unbound as None); ``ask`` for ASK; ``subject``,
        ``predicate``, ``object`` for CONSTRUCT and DESCRIBE.

    Raises:
        QueryError: a malformed query, a binding the query cannot take, a
            name that fits several actors, the time limit reached, or a
            missing or unreadable graph file; the message is one line.

    >>> from diplograph.graph.rdf import build_dataset
    >>> run_query(build_dataset([]), 'SELECT ?term ?x WHERE { BIND(CONCAT(?term, "!") AS ?x) }',
    ...           bindings={"term": 'hi" } #'}).to_dict("records")
    [{'term': 'hi" } #', 'x': 'hi" } #!'}]
    >>> run_query(build_dataset([]), "SELECT ?x WHERE {")
    Traceback (most recent call last):
    ...
    diplograph.errors.QueryError: malformed SPARQL query: error at 1:18: unexpected text or end of query
    """
    if timeout is not None:
        limit = timeout if 0 < timeout < float("inf") else None
        return _in_child(run_query, limit, dataset_or_path, query, bindings=bindings)
    info = None
    if query.strip() in list_queries() or (query.endswith(".rq") and query[:-3] in list_queries()):
        info = query_info(query.strip())
        query = load_query(query.strip())
    store = open_source(dataset_or_path)
    counts: dict[str, int] = {}
    if info is not None and bindings:
        kinds = {p.name: p.kind for p in info.parameters}
        bindings = {k: RESOLVERS[kinds[k.lstrip("?$")]](store, v) if k.lstrip("?$") in kinds else v
                    for k, v in bindings.items()}
        counts = {CLAUSES[kinds[k.lstrip("?$")]]: v for k, v in bindings.items()
                  if kinds.get(k.lstrip("?$")) in CLAUSES and v is not None}
        bindings = {k: v for k, v in bindings.items() if kinds.get(k.lstrip("?$")) not in CLAUSES}
    substitutions = _substitutions(bindings)
    if info is None:
        return _frame(_ask(store, query, substitutions))
    query = _set_clauses(query, counts)
    page = _page_query(info.name)
    paged = page is not None and 0 < _default_count(query, "LIMIT") <= PAGE_ROWS
    # A property matters where the text that runs reads it: a page's two steps read no display label.
    runs = _page_step(query) + page if paged else query
    lacking = _lacks(store, query, tuple(need for need in info.needs if need[0] in runs))
    if lacking is not None:
        if info.name not in _WARNED:  # once a process: a page slider asks again and again
            _WARNED.add(info.name)
            log.warning("some %s of this graph has no %s (written by an older version): the %s query takes "
                        "its slower way; build it again to speed it up", lacking[1], lacking[0], info.name)
        query = _set_clauses(_legacy_query(info.name) or query, counts)
    if paged:
        return _run_paged(store, query, page, substitutions)
    return _frame(_ask(store, query, substitutions))


#: The most rows a page of a paged query may have to be fetched in two steps;
#: a bigger one (or all rows) is fetched by the query in one pass, which is then
#: faster (at 1M triples the two are even at about 4,000 rows of the timeline).
PAGE_ROWS = 3_000


_WARNED: set[str] = set()


def _companion(name: str, suffix: str) -> str | None:
    """The text of ``NAME.SUFFIX.rq`` beside a named query, or None."""
    path = resources.files("diplograph.store.queries").joinpath(f"{name}.{suffix}.rq")
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _legacy_query(name: str) -> str | None:
    """The query for graphs without the property a named query needs: the text of ``NAME.legacy.rq``, or None."""
    return _companion(name, "legacy")


def _lacks(store: ox.Store, query: str, needs: tuple[tuple[str, str], ...]) -> tuple[str, str] | None:
    """The first ``(property, nodes)`` of ``needs`` (see :attr:`QueryInfo.needs`) that some of the nodes lack, or None.

    Two counts a need, all in one query, each read from one index.

    >>> from diplograph.graph.rdf import build_dataset
    >>> needs = (("dg:timelineKey", "dg:Statement"), ("dg:displayLabel", "subject of rdfs:label"))
    >>> print(_lacks(build_dataset([]).store._inner, load_query("timeline"), needs))
    None
    """
    if not needs:
        return None

    def nodes(what: str) -> str:
        return f"?x {what.split()[-1]} ?any" if what.startswith("subject of ") else f"?x a {what}"

    kinds = list(dict.fromkeys(what for _, what in needs))  # nodes several needs name are counted once
    counts = " ".join([f"{{ SELECT (COUNT(DISTINCT ?x) AS ?all{kinds.index(what)}) WHERE {{ {nodes(what)} }} }}"
                       for what in kinds]
                      + [f"{{ SELECT (COUNT(DISTINCT ?x) AS ?with{i}) WHERE {{ ?x {prop} ?v }} }}"
                         for i, (prop, _) in enumerate(needs)])
    row = next(iter(_ask(store, _prefixes(query) + f"SELECT * WHERE {{ {counts} }}", {})))
    return next(((prop, what) for i, (prop, what) in enumerate(needs)
                 if int(row[f"with{i}"].value) < int(row[f"all{kinds.index(what)}"].value)), None)


def _prefixes(query: str) -> str:
    return "".join(line + "\n" for line in query.splitlines() if line.lstrip().upper().startswith("PREFIX"))


def _page_query(name: str) -> str | None:
    """The second step of a paged query: the text of ``NAME.page.rq``, or None."""
    return _companion(name, "page")


def _default_count(query: str, keyword: str) -> int:
    match = _clause(keyword).search(query)
    return int(match.group(0).split()[-1]) if match else 0


def _page_step(query: str) -> str:
    r"""The sub-query of ``query`` that holds its ``LIMIT`` line, with the query's prefixes: a query on its own.

    >>> print(_page_step("PREFIX a: <x:>\nSELECT ?s ?v WHERE {\n  { SELECT ?s WHERE { ?s a:p ?o } ORDER BY ?o\n"
    ...                  "    LIMIT 5\n  }\n  ?s a:q ?v\n}"))
    PREFIX a: <x:>
     SELECT ?s WHERE { ?s a:p ?o } ORDER BY ?o
        LIMIT 5
    <BLANKLINE>
    """
    limit = _clause("LIMIT").search(query)
    close = query.find("}", limit.end()) if limit else -1
    if close < 0:
        raise DataError("a paged query (one with a NAME.page.rq) must cut its page in a sub-query: "
                        "its LIMIT line inside { SELECT ... }")
    depth, start = 0, close
    while True:  # back to the brace that opens the sub-query
        start -= 1
        depth += {"}": 1, "{": -1}.get(query[start], 0)
        if depth < 0:
            break
    return _prefixes(query) + query[start + 1:close]


_EMPTY_VALUES = re.compile(r"VALUES\s*(\([^)]*\)|\?\w+)\s*\{\s*\}", re.I)


def _fill_values(query: str, rows: list[dict[str, Any]]) -> str:
    """``query`` with each empty ``VALUES`` block given ``rows`` (terms by variable name; ``rank``: the row's place).

    >>> import pyoxigraph as ox
    >>> _fill_values("SELECT * { VALUES (?rank ?s) { } VALUES ?s {} }", [{"s": ox.NamedNode("x:a")}])
    'SELECT * { VALUES (?rank ?s) { (0 <x:a>) } VALUES ?s { <x:a> } }'
    """
    def fill(match: re.Match[str]) -> str:
        names = [v.lstrip("?$") for v in match.group(1).strip("()").split()]
        cells = [[str(i) if n == "rank" else str(row[n]) if row.get(n) is not None else "UNDEF" for n in names]
                 for i, row in enumerate(rows)]
        data = " ".join(f"({' '.join(c)})" if match.group(1).startswith("(") else c[0] for c in cells)
        return f"VALUES {match.group(1)} {{ {data} }}"

    return _EMPTY_VALUES.sub(fill, query)


def _run_paged(store: ox.Store, query: str, page: str, substitutions: dict) -> pd.DataFrame:
    """A page in two steps: the page's rows by the sub-query that cuts it, then their properties by ``page``.

    Sorting every row needs only the few properties of the sort key; the
    others, and labels, are then looked up for the page's rows alone instead
    of being joined for every row.
    """
    result = _ask(store, _page_step(query), substitutions)
    names = [v.value for v in result.variables]
    rows = [{n: solution[i] for i, n in enumerate(names)} for solution in result]
    return _frame(_ask(store, _fill_values(page, rows), {}))


def _ask(store: ox.Store, query: str, substitutions: dict) -> Any:
    """Run ``query`` on ``store``; a failure is a one-line :class:`QueryError`."""
    try:
        return store.query(query, use_default_graph_as_union=True, substitutions=substitutions or None)
    except SyntaxError as exc:
        message = first_line(exc)
        if " expected one of" in message:
            # Oxigraph lists every token and character class it would accept: too long for one line.
            message = message.split(" expected one of", 1)[0].rstrip(": ") + ": unexpected text or end of query"
        raise QueryError(f"malformed SPARQL query: {message}") from exc
    except (RuntimeError, ValueError, OSError) as exc:
        message = first_line(exc)
        if "projection" in message:
            names = ", ".join(f"?{v.value}" for v in substitutions)
            raise QueryError(f"cannot bind {names}: the query must SELECT every variable it binds ({message})") from exc
        raise QueryError(f"query failed: {message}") from exc


def _frame(result: Any) -> pd.DataFrame:
    """Query results as a DataFrame (see :func:`run_query`)."""
    if isinstance(result, ox.QueryBoolean):
        return pd.DataFrame({"ask": [bool(result)]}, dtype=object)
    if isinstance(result, ox.QueryTriples):
        rows = [(_value(t.subject), _value(t.predicate), _value(t.object)) for t in result]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"], dtype=object)
    columns = [v.value for v in result.variables]
    # Labels, dates, IRIs and flags recur from row to row: each distinct term is converted once
    # (a third less time for the 45,000 rows of the whole timeline).
    seen: dict[Any, Any] = {}

    def value(term: Any) -> Any:
        if term is None:
            return None
        found = seen.get(term, seen)
        if found is seen:
            found = seen[term] = _value(term)
        return found

    with _collector_paused():
        rows = [[value(term) for term in solution] for solution in result]
    return pd.DataFrame(rows, columns=columns, dtype=object)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """The garbage collector off for a while (unless it was off already).

    Converting a result makes a list and a few terms a row, and no cycles:
    the collector, run again and again as they pile up, found nothing and took
    a sixth of the whole timeline's time at a million triples.

    >>> with _collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _in_child(fn: Callable[..., pd.DataFrame], timeout: float | None, *args: Any, **kwargs: Any) -> pd.DataFrame:
    """Run ``fn`` in a forked child; stop it at ``timeout`` seconds (None: never) or on Ctrl-C.

    The engine answers neither signals nor a deadline while it evaluates, so
    it runs where it can be killed. The child ignores SIGINT (Ctrl-C reaches
    the whole process group): the parent gets the KeyboardInterrupt and ends it.
    """
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child_main, args=(sender, fn, args, kwargs), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(timeout):
            raise QueryError(f"the query was stopped after {timeout:g} s, its time limit; "
                             "narrow it, or give more time (--timeout SECONDS, 0 for none)")
        try:
            ok, value = receiver.recv()
        except EOFError:
            raise QueryError(f"the query process ended without an answer (exit status {child.exitcode})") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiver.close()
    if not ok:
        raise value
    return value


def _child_main(sender, fn, args, kwargs) -> None:  # pragma: no cover - runs in the child
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        result = (True, fn(*args, **kwargs))
    except DiplographError as exc:
        result = (False, exc)
    except Exception as exc:  # noqa: BLE001 - sent to the parent as one line
        result = (False, QueryError(f"query failed: {first_line(exc)}"))
    sender.send(result)
    sender.close()


def format_result(df: pd.DataFrame, fmt: str = "table", *, width: int | None = None) -> str:
    """Render query rows for a terminal or a file.

    ``csv`` and ``json`` keep every column and value as the query gave it.
    ``table`` is for reading: an IRI column whose label column is there
    (``subject`` beside ``subjectLabel``) is left out, other IRIs are shortened
    to their readable ends (``doc/seed_coalition_ar``, ``rejects``), and the
    widest columns are cut (``…``) so that each line fits ``width``.

    Args:
        df: rows from :func:`run_query`.
        fmt: ``table`` (aligned text), ``csv`` or ``json`` (a list of objects).
        width: the table's width in characters (default: the terminal's).

    Returns:
        The text; a table of no rows says so.

    Raises:
        InputError: for an unknown format.

    >>> df = pd.DataFrame({"who": ["Kremlin"], "negated": [False]})
    >>> print(format_result(df, "csv"), end="")
    who,negated
    Kremlin,False
    >>> print(format_result(df, "json"))
    [{"who": "Kremlin", "negated": false}]
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown output format {fmt!r}; use one of {', '.join(FORMATS)}")
    clean = df.astype(object).where(df.notna(), None)
    if fmt == "csv":
        return clean.to_csv(index=False)
    if fmt == "json":
        return json.dumps(clean.to_dict(orient="records"), ensure_ascii=False, default=str)
    if clean.empty:
        return ("  ".join(map(str, clean.columns)) + "\n" if len(clean.columns) else "") + "(no rows)"
    return _table(clean, width or shutil.get_terminal_size((120, 24)).columns)


_RESOURCE = "https://w3id.org/diplograph/resource/"
_MIN_COLUMN = 6


def _short(value: Any) -> str:
    """A cell as text: IRIs by their readable end, one line."""
    if value is None:
        return ""
    text = str(value)
    if text.startswith(("http://", "https://")):
        if text.startswith(_RESOURCE):
            text = unquote(text[len(_RESOURCE):])
        elif "#" in text:
            text = text.rsplit("#", 1)[1]
        else:
            text = unquote(text.rstrip("/").rsplit("/", 1)[1])
    return " ".join(text.split())


def _cell_width(text: str) -> int:
    """Terminal columns: combining marks take none, wide characters two.

    >>> _cell_width("Kremlin"), _cell_width("\u0645\u064e\u0646"), _cell_width("\u5317\u4eac")
    (7, 2, 4)
    """
    if text.isascii():  # every cell is measured (45,000 sentences in the whole timeline): a fast path
        return len(text)
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _cut(text: str, width: int) -> str:
    if _cell_width(text) <= width:
        return text
    out, used = [], 0
    for c in text:
        w = _cell_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "\u2026"


def _table(df: pd.DataFrame, width: int) -> str:
    """Aligned text columns, IRI columns with a label dropped, cut to ``width``.

    >>> df = pd.DataFrame({"subjectLabel": ["Kremlin"], "sentence": ["The Kremlin rejected the plan outright."],
    ...                    "subject": ["https://w3id.org/diplograph/resource/body/kremlin"]})
    >>> print(_table(df, 30))
    subjectLabel  sentence
    Kremlin       The Kremlin rej…
    """
    columns = [c for c in df.columns if f"{c}Label" not in df.columns]
    cells = [[_short(v) for v in df[c].tolist()] for c in columns]
    widths = [max([_cell_width(str(c))] + [_cell_width(v) for v in col]) for c, col in zip(columns, cells)]
    gap = 2
    # Shrink the widest column a step at a time until the line fits (or nothing can give).
    while sum(widths) + gap * (len(widths) - 1) > width:
        i = max(range(len(widths)), key=lambda k: widths[k])
        floor = max(_MIN_COLUMN, min(_cell_width(str(columns[i])), 12))
        if widths[i] <= floor:
            break
        over = sum(widths) + gap * (len(widths) - 1) - width
        runner_up = sorted(widths)[-2] if len(widths) > 1 else floor
        widths[i] = max(floor, widths[i] - over, min(runner_up, widths[i] - 1))
    hidden: list[str] = []
    while len(widths) > 1 and sum(widths) + gap * (len(widths) - 1) > width:
        hidden.insert(0, str(columns.pop()))
        widths.pop()
        cells.pop()

    def line(values: list[str]) -> str:
        parts = [_cut(v, w) for v, w in zip(values, widths)]
        padded = [p + " " * (w - _cell_width(p)) for p, w in zip(parts, widths)]
        return (" " * gap).join(padded).rstrip()
    rows = [line([str(c) for c in columns])]
    rows += [line([col[r] for col in cells]) for r in range(len(df))]
    if hidden:
        plural = "s" if len(hidden) > 1 else ""
        rows.append(f"({len(hidden)} more column{plural}: {', '.join(hidden)}; a wider terminal or --format csv shows them)")
    return "\n".join(rows)
