"""Run SPARQL over a build: the named queries of ``diplograph/queries`` or any query.

Queries run on Oxigraph with the union of all named graphs as the default
graph. Parameters are bound as RDF values (Oxigraph's ``substitutions``), never
pasted into the query text, so no value can change what a query does. A bound
variable must be one the query SELECTs (the named queries do).

>>> "rejections" in list_queries()
True
"""
from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
import pyoxigraph as ox

from diplograph.errors import InputError, QueryError

__all__ = ["FORMATS", "format_result", "list_queries", "load_query", "open_store", "run_query"]

#: Output formats of :func:`format_result`.
FORMATS = ("table", "csv", "json")

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{_XSD}{t}" for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOATS = {f"{_XSD}{t}" for t in ("decimal", "double", "float")}
_VARIABLE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_IRI = re.compile(r"^<([^<>\"{}|^`\\\x00-\x20]+)>$")
_FORMATS = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
}


def list_queries() -> list[str]:
    """The names of the packaged queries.

    Returns:
        Sorted names, without the ``.rq`` suffix.

    >>> list_queries()
    ['coercion', 'hosts', 'pairs', 'positions', 'profile', 'rejections', 'roles', 'timeline']
    """
    folder = resources.files("diplograph.queries")
    return sorted(p.name[:-3] for p in folder.iterdir() if p.name.endswith(".rq"))


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
    return resources.files("diplograph.queries").joinpath(stem + ".rq").read_text(encoding="utf-8")


def open_store(source: Any) -> ox.Store:
    """A pyoxigraph store holding ``source``.

    Args:
        source: a path to a TriG (or N-Quads, Turtle, N-Triples) file, a
            store folder (``diplograph build --store``, opened read-only), a
            pyoxigraph ``Store``, or an rdflib ``Dataset``/``Graph`` (used in
            place when it is on the Oxigraph store, else copied).

    Returns:
        The store.

    Raises:
        QueryError: when the file is missing or cannot be parsed.
        StoreError: for a store folder that cannot be opened.
    """
    if isinstance(source, ox.Store):
        return source
    if isinstance(source, (str, os.PathLike)):
        path = Path(source)
        if path.is_dir():
            from diplograph.store import open_store as open_folder

            return open_folder(path)
        if not path.is_file():
            raise QueryError(f"{path}: no such graph file; run 'diplograph build' first or give the right path")
        store = ox.Store()
        try:
            store.load(path=str(path), format=_FORMATS.get(path.suffix.lower(), ox.RdfFormat.TRIG))
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"{path}: cannot be read as RDF: {_first_line(exc)}") from exc
        return store
    inner = getattr(getattr(source, "store", None), "_inner", None)
    if isinstance(inner, ox.Store):
        return inner
    if hasattr(source, "quads"):
        from diplograph.graph.rdf import _ox_quads

        store = ox.Store()
        store.extend(list(_ox_quads(source)))
        return store
    raise QueryError(f"cannot query a {type(source).__name__}; give a TriG path or an rdflib Dataset")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    return line if len(line) <= 300 else line[:297] + "..."


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


def run_query(dataset_or_path: Any, query: str, *, bindings: Mapping[str, Any] | None = None) -> pd.DataFrame:
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
            be in the query's SELECT list.

    Returns:
        A DataFrame: one column per selected variable (IRIs and strings as
        ``str``, booleans as ``bool``, integers as ``int``, dates as ISO
        strings, unbound as None); ``ask`` for ASK; ``subject``,
        ``predicate``, ``object`` for CONSTRUCT and DESCRIBE.

    Raises:
        QueryError: a malformed query, a binding the query cannot take, or a
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
    if query.strip() in list_queries() or (query.endswith(".rq") and query[:-3] in list_queries()):
        query = load_query(query.strip())
    store = open_store(dataset_or_path)
    substitutions = _substitutions(bindings)
    try:
        result = store.query(query, use_default_graph_as_union=True, substitutions=substitutions or None)
    except SyntaxError as exc:
        message = _first_line(exc)
        if " expected one of" in message:
            # Oxigraph lists every token and character class it would accept: too long for one line.
            message = message.split(" expected one of", 1)[0].rstrip(": ") + ": unexpected text or end of query"
        raise QueryError(f"malformed SPARQL query: {message}") from exc
    except (RuntimeError, ValueError, OSError) as exc:
        message = _first_line(exc)
        if "projection" in message:
            names = ", ".join(f"?{v.value}" for v in substitutions)
            raise QueryError(f"cannot bind {names}: the query must SELECT every variable it binds ({message})") from exc
        raise QueryError(f"query failed: {message}") from exc
    if isinstance(result, ox.QueryBoolean):
        return pd.DataFrame({"ask": [bool(result)]}, dtype=object)
    if isinstance(result, ox.QueryTriples):
        rows = [(_value(t.subject), _value(t.predicate), _value(t.object)) for t in result]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"], dtype=object)
    columns = [v.value for v in result.variables]
    rows = [[_value(solution[i]) for i in range(len(columns))] for solution in result]
    return pd.DataFrame(rows, columns=columns, dtype=object)


def format_result(df: pd.DataFrame, fmt: str = "table") -> str:
    """Render query rows for a terminal or a file.

    Args:
        df: rows from :func:`run_query`.
        fmt: ``table`` (aligned text), ``csv`` or ``json`` (a list of objects).

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
    return clean.fillna("").to_string(index=False)
