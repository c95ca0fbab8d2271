"""The packaged writers (see :mod:`diplograph.export.registry`): RDF for triple stores, GraphML and GEXF for
Gephi, CSV for spreadsheets, the HTML page, the statement export.

=========  =====================================================================
format     what is written
=========  =====================================================================
jsonl      the statement export of every document (entity, role and statement
           lines, as ``diplograph extract`` prints); a build's ``statements.jsonl``,
           an export's read back from the RDF
trig       every quad: one named graph per document, ``graph/entities``, ``graph/kb``
turtle     the union of the graphs as triples (graph names are left out)
nt         the same as N-Triples
nq         every quad as N-Quads
jsonld     every quad as JSON-LD (expanded form, one ``@graph`` per named graph)
graphml    the network (nodes and one edge per statement), for Gephi or NetworkX
gexf       the same network as GEXF 1.2, Gephi's own format
csv        the network as two tables, ``nodes.csv`` and ``edges.csv``
html       the interactive page of the network
=========  =====================================================================

The RDF serialisers are Oxigraph's, fed quads in a sorted order, so two
exports of the same graph are the same bytes. The network of a build is its
``graph.graphml``; the network of a store (or of a build without GraphML) is
read back from the RDF (:func:`diplograph.graph.network.network_from_rdf`).
Every file is written atomically (:mod:`diplograph.atomic`).

>>> list(WRITERS)
['jsonl', 'trig', 'turtle', 'nt', 'nq', 'jsonld', 'graphml', 'gexf', 'csv', 'html']
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable

from diplograph.atomic import atomic_path
from diplograph.errors import InputError
from diplograph.export.registry import WRITERS, build_outputs, lookup, writer

# The registry, with the packaged writers registered: what build, export and the command line import.
__all__ = ["WRITERS", "build_outputs", "export", "lookup", "write_csv", "write_gexf", "write_rdf", "write_statements",
           "writer"]

#: RDF formats: name -> (pyoxigraph RdfFormat member, whether graph names are kept).
RDF_FORMATS: dict[str, tuple[str, bool]] = {}


def _rdf_writer(name: str, *, suffix: str, ox_format: str, graphs: bool, help: str, output: str | None = None) -> None:
    """Register an RDF serialisation of Oxigraph's as the writer ``name``."""
    RDF_FORMATS[name] = (ox_format, graphs)

    def write(source: Any, path: str | os.PathLike[str]) -> list[Path]:
        return [write_rdf(source, name, path)]

    write.__doc__ = help
    writer(name, suffix=suffix, needs="rdf", output=output)(write)


def _fsynced(path: Path) -> None:
    with open(path, "rb") as stream:
        os.fsync(stream.fileno())


def write_rdf(source: Any, fmt: str, path: str | os.PathLike[str]) -> Path:
    """Write RDF in one of :data:`RDF_FORMATS`, atomically and in a repeatable order.

    Args:
        source: a pyoxigraph Store, a store folder, a TriG file or an rdflib Dataset.
        fmt: a name of :data:`RDF_FORMATS` (``trig``, ``turtle``, ``nt``, ``nq``, ``jsonld``).
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
    from diplograph.graph.source import open_source

    if fmt not in RDF_FORMATS:
        raise InputError(f"unknown RDF format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
    ox_format, graphs = RDF_FORMATS[fmt]
    store = open_source(source)
    items = sorted_quads(store) if graphs else sorted_triples(store)
    with atomic_path(path) as tmp, open(tmp, "wb") as stream:
        ox.serialize(items, stream, format=getattr(ox.RdfFormat, ox_format), prefixes=PREFIXES)
        stream.flush()
        os.fsync(stream.fileno())
    return Path(path)


@writer("jsonl", suffix=".jsonl", needs="extractions", file="statements.jsonl", output="statements", streamed=True)
def write_statements(extractions: Iterable[Any], path: str | os.PathLike[str]) -> list[Path]:
    """the statement export of every document (entity, role and statement lines)

    Written atomically: nothing is left when reading the extractions fails.

    Args:
        extractions: the documents' extractions (:func:`diplograph.graph.read.read_extractions` reads them
            back from RDF, one at a time).
        path: where to write.

    Returns:
        The path written, in a list.
    """
    from diplograph.export.jsonl import export_jsonl

    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8") as stream:
            for extraction in extractions:
                stream.write(export_jsonl(extraction))
        _fsynced(tmp)
    return [Path(path)]


_rdf_writer("trig", suffix=".trig", ox_format="TRIG", graphs=True, output="rdf",
            help="every quad: one named graph per document, graph/entities, graph/kb")
_rdf_writer("turtle", suffix=".ttl", ox_format="TURTLE", graphs=False,
            help="the union of the graphs as Turtle (graph names are left out)")
_rdf_writer("nt", suffix=".nt", ox_format="N_TRIPLES", graphs=False, help="the union of the graphs as N-Triples")
_rdf_writer("nq", suffix=".nq", ox_format="N_QUADS", graphs=True, help="every quad as N-Quads")
_rdf_writer("jsonld", suffix=".jsonld", ox_format="JSON_LD", graphs=True,
            help="every quad as JSON-LD (one @graph per named graph)")


@writer("graphml", suffix=".graphml", needs="network", output="graphml")
def _graphml(graph: Any, path: str | os.PathLike[str]) -> list[Path]:
    """the network (nodes and one edge per statement), for Gephi or NetworkX"""
    from diplograph.graph.network import write_graphml

    return [write_graphml(graph, path)]


@writer("gexf", suffix=".gexf", needs="network")
def _gexf(graph: Any, path: str | os.PathLike[str]) -> list[Path]:
    """the network as GEXF 1.2, Gephi's own format"""
    return [write_gexf(graph, path)]


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


@writer("csv", suffix=".csv", needs="network", file="nodes.csv", folder=True)
def write_csv(graph: Any, folder: str | os.PathLike[str]) -> list[Path]:
    """the network as two tables, nodes.csv and edges.csv

    Write a network as ``nodes.csv`` (``id`` and the node attributes) and
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


@writer("html", suffix=".html", needs="network", output="html", options=("label_lang",))
def _html(graph: Any, path: str | os.PathLike[str], *, label_lang: str = "en") -> list[Path]:
    """the interactive page of the network"""
    from diplograph.viz.html import write_html

    return [write_html(graph, path, label_lang=label_lang)]


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
    """Export a build or a store with one of the registered writers (:data:`WRITERS`).

    Args:
        fmt: the writer's name.
        out: the build folder to export (and where the file goes by default).
        store: or a store folder to export.
        to: the file to write (``graph.<suffix>`` in ``out`` by default; an
            existing folder gets ``graph.<suffix>`` in it); for a writer of
            several files (``csv``), their folder (``out`` by default).

    Returns:
        The files written.

    Raises:
        InputError: an unknown format, or no build in ``out``.
        StoreError: a store folder that cannot be opened.
    """
    chosen = lookup(fmt, what="export format")
    out = Path(out)
    source: Any
    if store is not None:
        from diplograph.store.disk import open_store

        source = open_store(store)
    else:
        trig = out / "graph.trig"
        if not trig.is_file() and not (chosen.needs == "network" and (out / "graph.graphml").is_file()):
            raise InputError(f"{trig}: no build there; run 'diplograph build' first, or pass --out or --store")
        source = trig
    if chosen.folder:
        target = Path(to) if to else out
    else:
        target = Path(to) if to else out / f"graph{chosen.suffix}"
        if target.is_dir():
            target = target / f"graph{chosen.suffix}"
        if store is not None and not to and target.name in {w.file for w in build_outputs()} and target.exists():
            raise InputError(f"{target} is a build's own file: exporting the store there would replace it; "
                             f"give the export a place of its own with --to FILE")
    return chosen(_needed(chosen.needs, out, source, store is not None), target)


def _needed(needs: str, out: Path, source: Any, from_store: bool) -> Any:
    """What a writer needs, from the RDF of a build or a store (or a build's GraphML)."""
    if needs == "rdf":
        return source
    if needs == "extractions":
        from diplograph.graph.read import read_extractions

        return read_extractions(source)
    return _network(out, source if from_store else None)
