"""The graph writers: RDF (TriG, one named graph per document) and a NetworkX network.

- :mod:`diplograph.graph.namespace`: the closed ``DG`` vocabulary of ``diplograph/ontology/diplograph.ttl``.
- :mod:`diplograph.graph.rdf`: :func:`stream_trig` (a build's TriG, written as documents come),
  :func:`build_dataset` (the same quads in an Oxigraph-backed dataset), :func:`write_trig`, :class:`IRIs`.
- :mod:`diplograph.graph.network`: :func:`build_network`, :func:`network_from_rdf`, :func:`write_graphml`
  (one builder: the network of a store is built from the documents read back, :mod:`diplograph.graph.read`).

The names are imported lazily, so that importing one writer does not import the others.
PLOVER coding (types, quad classes, default codes) sits below, in :mod:`diplograph.events.plover`.

>>> from diplograph.graph import build_dataset, DG
>>> DG.rejects.endswith("#rejects")
True
"""
from __future__ import annotations

from importlib import import_module
from typing import Any

__all__ = ["DG", "IRIs", "build_dataset", "build_network", "network_from_rdf", "stream_trig", "write_graphml",
           "write_trig"]

_WHERE = {
    "DG": "namespace",
    "IRIs": "rdf",
    "build_dataset": "rdf",
    "write_trig": "rdf",
    "stream_trig": "rdf",
    "build_network": "network",
    "network_from_rdf": "network",
    "write_graphml": "network",
}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(import_module(f"diplograph.graph.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'diplograph.graph' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
