"""Any RDF source as an Oxigraph store: the one way in for everything that reads a build or a store.

A source is a build's TriG (or N-Quads, Turtle, N-Triples) file, a store
folder (``diplograph build --store``, opened read-only), a pyoxigraph
``Store`` or an rdflib ``Dataset``/``Graph``. This module sits below the store
layer (:mod:`diplograph.store`): readers of RDF (:mod:`diplograph.graph.read`,
the network, the exports, queries) open their source here.

>>> import tempfile, pathlib
>>> from diplograph.graph.rdf import build_dataset
>>> len(open_source(build_dataset([])))
0
>>> is_store(tempfile.mkdtemp())
False
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from diplograph.errors import QueryError, StoreError

__all__ = ["explain_open_error", "first_line", "is_store", "open_source", "open_store"]

#: RDF file suffixes and their formats (any other suffix is read as TriG).
RDF_FILES = {
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
}


def open_source(source: Any) -> ox.Store:
    """A pyoxigraph store holding ``source``.

    Args:
        source: a path to a TriG (or N-Quads, Turtle, N-Triples) file, a
            store folder (opened read-only), a pyoxigraph ``Store``, or an
            rdflib ``Dataset``/``Graph`` (used in place when it is on the
            Oxigraph store, else copied).

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
            return open_store(path)
        if not path.is_file():
            raise QueryError(f"{path}: no such graph file; run 'diplograph build' first or give the right path")
        store = ox.Store()
        try:
            store.load(path=str(path), format=RDF_FILES.get(path.suffix.lower(), ox.RdfFormat.TRIG))
        except (SyntaxError, ValueError, OSError) as exc:
            raise QueryError(f"{path}: cannot be read as RDF: {first_line(exc)}") from exc
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


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message, at most 300 characters."""
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    return line if len(line) <= 300 else line[:297] + "..."


def is_store(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a folder holding an Oxigraph store.

    >>> is_store("/no/such/folder")
    False
    """
    return (Path(path) / "CURRENT").is_file()


def explain_open_error(exc: BaseException, path: Path) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "lock" in text.lower():
        return (f"{path}: the store is in use by another process (a build, or 'diplograph serve --allow-update'); "
                "wait for it or stop it, or load into the running server with 'diplograph push'")
    return f"{path}: cannot open the store: {text}"


def open_store(path: str | os.PathLike[str], *, write: bool = False) -> Any:
    """Open the store in a folder.

    Args:
        path: the store folder.
        write: open it for writing (locks it; creates a missing store). Readers
            open it read-only, alongside other readers and a read-only server.

    Returns:
        A ``pyoxigraph.Store``.

    Raises:
        StoreError: no store there (when reading), a file or a foreign folder
            in its place, or the store is locked by another writer.

    >>> open_store("/no/such/store")
    Traceback (most recent call last):
    ...
    diplograph.errors.StoreError: /no/such/store: no store there; make one with 'diplograph build --store /no/such/store'
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store folder; give a folder for --store")
    if not is_store(path):
        if not write:
            raise StoreError(f"{path}: no store there; make one with 'diplograph build --store {path}'")
        if path.is_dir() and any(path.iterdir()):
            raise StoreError(f"{path}: the folder holds other files and is not an Oxigraph store; "
                             "give a new or empty folder for --store")
    try:
        return ox.Store(str(path)) if write else ox.Store.read_only(str(path))
    except OSError as exc:
        raise StoreError(explain_open_error(exc, path)) from exc
    except RuntimeError as exc:  # RocksDB's "Corruption: ..."
        text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"{path}: the store is damaged ({text}); move the folder away and build it again with "
                         f"'diplograph build --store {path}' on your articles") from exc
