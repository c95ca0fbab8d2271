"""Exports of a build or a store: RDF for triple stores, GraphML and GEXF for Gephi, CSV for spreadsheets.

=========  =====================================================================
format     what is written
=========  =====================================================================
trig       every quad: one named graph per document, ``graph/entities``, ``graph/kb``
turtle     the union of the graphs as triples (graph names are left out)
nt         the same as N-Triples
jsonld     every quad as JSON-LD (expanded form, one ``@graph`` per named graph)
graphml    the network (nodes and one edge per statement), for Gephi or NetworkX
gexf       the same network as GEXF 1.2, Gephi's own format
csv        the network as two tables, ``nodes.csv`` and ``edges.csv``
jsonl      the statement export of every document (entity, role and statement
           lines, as ``diplograph extract`` prints), read back from the RDF
=========  =====================================================================

The RDF serialisers are Oxigraph's, fed quads in a sorted order, so two
exports of the same graph are the same bytes. The network of a build is its
``graph.graphml``; the network of a store (or of a build without GraphML) is
read back from the RDF (:func:`diplograph.graph.network.network_from_rdf`).
Every file is written atomically (:mod:`diplograph.atomic`).

>>> FORMATS
('trig', 'turtle', 'nt', 'jsonld', 'graphml', 'gexf', 'csv', 'jsonl')
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from diplograph.atomic import atomic_path
from diplograph.errors import InputError

__all__ = ["FORMATS", "export", "write_csv", "write_gexf", "write_rdf", "write_statements"]

#: RDF formats: name -> (file suffix, whether graph names are kept).
RDF_FORMATS = {"trig": (".trig", True), "turtle": (".ttl", False), "nt": (".nt", False), "jsonld": (".jsonld", True)}
#: Network formats: name -> file suffix (CSV is a pair of files).
NETWORK_FORMATS = {"graphml": ".graphml", "gexf": ".gexf", "csv": ".csv"}
FORMATS = (*RDF_FORMATS, *NETWORK_FORMATS, "jsonl")


def _rdf_format(name: str) -> Any:
    import pyoxigraph as ox

    return {"trig": ox.RdfFormat.TRIG, "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
            "jsonld": ox.RdfFormat.JSON_LD}[name]


def _fsynced(path: Path) -> None:
    with open(path, "rb") as stream:
        os.fsync(stream.fileno())


def write_rdf(source: Any, fmt: str, path: str | os.PathLike[str]) -> Path:
    """Write RDF in one of :data:`RDF_FORMATS`, atomically and in a repeatable order.

    Args:
        source: a pyoxigraph Store, a store folder, a TriG file or an rdflib Dataset.
        fmt: ``trig``, ``turtle``, ``nt`` or ``jsonld``.
        path: where to write.

    Returns:
        The path.

    >>> import tempfile, pathlib
    >>> from datetime import date
    >>> from diplograph.graph.rdf import build_dataset
    >>> from diplograph.types import Document, Extraction
    >>> ds = build_dataset([Extraction(Document("d1", "", date(2025, 9, 1)))])
    >>> out = write_rdf(ds, "nt", pathlib.Path(tempfile.mkdtemp()) / "graph.nt")
    >>> print(out.read_text().splitlines()[0])
    <https://w3id.org/diplograph/resource/doc/d1> <http://purl.org/dc/terms/issued> "2025-09-01"^^<http://www.w3.org/2001/XMLSchema#date> .
    """
    import pyoxigraph as ox

    from diplograph.graph.rdf import PREFIXES, sorted_quads, sorted_triples
    from diplograph.store.disk import store_quads

    if fmt not in RDF_FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
    store = store_quads(source)
    items = sorted_quads(store) if RDF_FORMATS[fmt][1] else sorted_triples(store)
    with atomic_path(path) as tmp, open(tmp, "wb") as stream:
        ox.serialize(items, stream, format=_rdf_format(fmt), prefixes=PREFIXES)
        stream.flush()
        os.fsync(stream.fileno())
    return Path(path)


def write_statements(source: Any, path: str | os.PathLike[str]) -> Path:
    """Write the statement export of every document of some RDF, atomically.

    Args:
        source: a pyoxigraph Store, a store folder, a TriG file or an rdflib Dataset.
        path: where to write.

    Returns:
        The path written. Documents come in id order, one at a time
        (:func:`diplograph.graph.read.read_extractions`).
    """
    from diplograph.export.jsonl import export_jsonl
    from diplograph.graph.read import read_extractions

    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8") as stream:
            for extraction in read_extractions(source):
                stream.write(export_jsonl(extraction))
        _fsynced(tmp)
    return Path(path)


def write_gexf(graph: Any, path: str | os.PathLike[str]) -> Path:
    """Write a network as GEXF 1.2 (Gephi's format), atomically.

    Args:
        graph: a network (:func:`diplograph.graph.network.build_network`).
        path: where to write.

    Returns:
        The path.

    >>> import tempfile, pathlib, networkx as nx
    >>> g = nx.MultiDiGraph(); g.add_edge("a", "b", key="rejects@d:0-1", negated=False)
    'rejects@d:0-1'
    >>> back = nx.read_gexf(write_gexf(g, pathlib.Path(tempfile.mkdtemp()) / "g.gexf"))
    >>> list(back.edges(data="negated"))
    [('a', 'b', False)]
    """
    import networkx as nx

    with atomic_path(path) as tmp:
        nx.write_gexf(graph, tmp, encoding="utf-8")
        _fsynced(tmp)
    return Path(path)


def write_csv(graph: Any, folder: str | os.PathLike[str]) -> list[Path]:
    """Write a network as ``nodes.csv`` (``id`` and the node attributes) and
    ``edges.csv`` (``source``, ``target``, ``key`` and the edge attributes), atomically.

    Gephi's spreadsheet import reads them as they are (Id/Label, Source/Target columns).

    Args:
        graph: a network.
        folder: where to write the two files.

    Returns:
        The two paths.

    >>> import tempfile, networkx as nx, pandas as pd
    >>> g = nx.MultiDiGraph(); g.add_node("a", label='say "no",\\nthen go'); g.add_edge("a", "b", key="k")
    'k'
    >>> nodes, edges = write_csv(g, tempfile.mkdtemp())
    >>> pd.read_csv(nodes, keep_default_na=False).to_dict("records")
    [{'id': 'a', 'label': 'say "no",\\nthen go'}, {'id': 'b', 'label': ''}]
    """
    import pandas as pd

    folder = Path(folder)
    node_columns = _columns(["id"], ["label", "type"], (data for _, data in graph.nodes(data=True)))
    nodes = pd.DataFrame([{"id": n, **data} for n, data in graph.nodes(data=True)], columns=node_columns)
    edge_columns = _columns(["source", "target", "key"], ["predicate", "subject_label", "object_label"],
                            (data for *_, data in graph.edges(keys=True, data=True)))
    edges = pd.DataFrame([{"source": s, "target": t, "key": k, **data} for s, t, k, data in
                          graph.edges(keys=True, data=True)], columns=edge_columns)
    nodes, edges = _inert(nodes), _inert(edges)
    written = []
    for name, frame in (("nodes.csv", nodes), ("edges.csv", edges)):
        with atomic_path(folder / name) as tmp:
            frame.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")
            _fsynced(tmp)
        written.append(folder / name)
    return written


#: What makes a spreadsheet read a cell as a formula (OWASP's list): such a text cell gets a leading quote.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(frame: Any) -> Any:
    """The table with every text cell that a spreadsheet would run as a formula quoted.

    >>> import pandas as pd
    >>> _inert(pd.DataFrame({"a": ["=HYPERLINK(1)", "Egypt", "-2+3", 5]}))["a"].tolist()
    ["'=HYPERLINK(1)", 'Egypt', "'-2+3", 5]
    """
    return frame.apply(lambda column: column.map(
        lambda v: "'" + v if isinstance(v, str) and v.startswith(_FORMULA_START) else v))


def _columns(always: list[str], first: list[str], records: Any) -> list[str]:
    seen: set[str] = set()
    for data in records:
        seen.update(data)
    return [*always, *[c for c in first if c in seen], *sorted(seen - set(first) - set(always))]


def _network(out: Path | None, store: Any) -> Any:
    import networkx as nx

    from diplograph.graph.network import network_from_rdf

    if store is not None:
        return network_from_rdf(store)
    graphml = out / "graph.graphml"
    if graphml.is_file():
        return nx.read_graphml(graphml, force_multigraph=True)
    return network_from_rdf(out / "graph.trig")


def export(fmt: str, *, out: str | os.PathLike[str] = "output", store: str | os.PathLike[str] | None = None,
           to: str | os.PathLike[str] | None = None) -> list[Path]:
    """Export a build or a store in one of :data:`FORMATS`.

    Args:
        fmt: the format.
        out: the build folder to export (and where the file goes by default).
        store: or a store folder to export.
        to: the file to write (``graph.<suffix>`` in ``out`` by default; an
            existing folder gets ``graph.<suffix>`` in it); for ``csv``, the
            folder of ``nodes.csv`` and ``edges.csv`` (``out`` by default).

    Returns:
        The files written.

    Raises:
        InputError: an unknown format, or no build in ``out``.
        StoreError: a store folder that cannot be opened.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    out = Path(out)
    source: Any
    if store is not None:
        from diplograph.store.disk import open_store

        source = open_store(store)
    else:
        trig = out / "graph.trig"
        if not trig.is_file() and not (fmt in NETWORK_FORMATS and (out / "graph.graphml").is_file()):
            raise InputError(f"{trig}: no build there; run 'diplograph build' first, or pass --out or --store")
        source = trig
    suffix = RDF_FORMATS[fmt][0] if fmt in RDF_FORMATS else NETWORK_FORMATS.get(fmt, ".jsonl")
    target = Path(to) if to else out / f"graph{suffix}"
    if fmt != "csv" and target.is_dir():
        target = target / f"graph{suffix}"
    if store is not None and not to:
        from diplograph.build import OUTPUTS

        own = [target] if fmt != "csv" else [out / "nodes.csv", out / "edges.csv"]
        clash = [p for p in own if p.name in OUTPUTS and p.exists()]
        if clash:
            raise InputError(f"{clash[0]} is a build's own file: exporting the store there would replace it; "
                             f"give the export a place of its own with --to FILE")
    if fmt in RDF_FORMATS:
        return [write_rdf(source, fmt, target)]
    if fmt == "jsonl":
        return [write_statements(source, target)]
    graph = _network(out, source if store is not None else None)
    if fmt == "csv":
        return write_csv(graph, Path(to) if to else out)
    if fmt == "gexf":
        return [write_gexf(graph, target)]
    from diplograph.graph.network import write_graphml

    return [write_graphml(graph, target)]
