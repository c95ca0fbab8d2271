"""The notebook API: one call loads a build, or a store, as RDF, a NetworkX graph and pandas tables::

    from diplograph.api import load_build
    b = load_build("output")          # a build folder, or a store folder ("diplograph build --store")
    b.statements.groupby("predicate").size()
    b.query("positions", term="ceasefire")

A build's tables come from its ``statements.jsonl``; a store's from the same
export read back from its RDF (:func:`diplograph.graph.read.read_extractions`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from diplograph.errors import InputError

__all__ = ["Build", "load_build", "statements_frame", "actors_frame"]


def statements_frame(rows: list[dict]) -> pd.DataFrame:
    """One row per statement of an export: who, what, whom, polarity, modality, date, evidence.

    Args:
        rows: records of the statement export (``statements.jsonl``).

    Returns:
        A DataFrame with columns doc, subject, subject_id, subject_type,
        predicate, object, object_id, object_type, negated, modality, date,
        plover, cameo, sentence; roles (``holdsPosition``) are left out.

    >>> rows = [{"kind": "statement", "doc": "d", "predicate": "rejects", "negated": False,
    ...          "modality": "asserted", "sentence": "s", "subject": {"label": "Kremlin", "type": "GovernmentBody"},
    ...          "object": {"label": "the plan", "type": "Issue"}}]
    >>> statements_frame(rows)[["subject", "predicate", "object"]].values.tolist()
    [['Kremlin', 'rejects', 'the plan']]
    """
    columns = ["doc", "subject", "subject_id", "subject_type", "predicate", "object", "object_id", "object_type",
               "negated", "modality", "date", "plover", "cameo", "sentence"]
    out = []
    for r in rows:
        if r.get("kind") != "statement" or r.get("predicate") == "holdsPosition":
            continue
        s, o = r.get("subject") or {}, r.get("object") or {}
        out.append([r.get("doc"), s.get("label"), s.get("id"), s.get("type"), r.get("predicate"), o.get("label"),
                    o.get("id"), o.get("type"), bool(r.get("negated")), r.get("modality"), r.get("date"),
                    r.get("plover"), r.get("cameo"), r.get("sentence")])
    frame = pd.DataFrame(out, columns=columns)
    frame["date"] = pd.to_datetime(frame["date"], errors="coerce")
    return frame


def actors_frame(rows: list[dict]) -> pd.DataFrame:
    """One row per actor or place of an export, with the documents that mention it.

    Args:
        rows: records of the statement export.

    Returns:
        A DataFrame with columns id, label, type, documents, mentions, and
        the roles seen for people (position and country).
    """
    actors: dict[str, dict[str, Any]] = {}
    docs: dict[str, set] = {}
    for r in rows:
        if r.get("kind") == "entity":
            a = actors.setdefault(r["id"], {"id": r["id"], "label": r.get("label"), "type": r.get("type"),
                                            "mentions": set(), "roles": set()})
            a["mentions"].update(r.get("mentions") or [])
        elif r.get("predicate") == "holdsPosition":
            person = (r.get("subject") or {}).get("id")
            obj = r.get("object") or {}
            if person in actors:
                actors[person]["roles"].add((obj.get("position"), (obj.get("country") or {}).get("label")))
        if r.get("kind") == "statement":
            for side in ("subject", "object"):
                ident = (r.get(side) or {}).get("id")
                if ident:
                    docs.setdefault(ident, set()).add(r.get("doc"))
    table = [{**a, "mentions": sorted(a["mentions"]), "roles": sorted(a["roles"], key=str),
              "documents": len(docs.get(a["id"], ()))} for a in actors.values()]
    return pd.DataFrame(table, columns=["id", "label", "type", "documents", "mentions", "roles"])


@dataclass
class Build:
    """A build folder or a store folder, its outputs loaded on first use."""

    folder: Path
    #: whether ``folder`` is a store (``diplograph build --store``) rather than a build's output folder
    store: bool = False

    @cached_property
    def rows(self) -> list[dict]:
        """The statement export, as records: a build's ``statements.jsonl``, or read back from a store's RDF."""
        if self.store:
            from diplograph.export.jsonl import export_lines
            from diplograph.graph.read import read_extractions

            return [row for extraction in read_extractions(self.folder) for row in export_lines(extraction)]
        with open(self.folder / "statements.jsonl", encoding="utf-8") as lines:
            return [json.loads(line) for line in lines if line.strip()]

    @cached_property
    def statements(self) -> pd.DataFrame:
        """Who did what to whom, one row per statement (see :func:`statements_frame`)."""
        return statements_frame(self.rows)

    @cached_property
    def actors(self) -> pd.DataFrame:
        """The actors and places (see :func:`actors_frame`)."""
        return actors_frame(self.rows)

    @cached_property
    def graph(self) -> nx.MultiDiGraph:
        """The NetworkX graph of the build (``graph.graphml``), or the one read from a store's RDF."""
        if self.store:
            from diplograph.graph.network import network_from_rdf

            return network_from_rdf(self.folder)
        return nx.read_graphml(self.folder / "graph.graphml", force_multigraph=True)

    @cached_property
    def dataset(self):
        """The RDF as an rdflib Dataset on Oxigraph, in memory (a store is copied: the folder stays as it is)."""
        from rdflib import Dataset

        dataset = Dataset(store="Oxigraph")
        if self.store:
            import pyoxigraph as ox

            from diplograph.store.disk import open_store

            dataset.parse(data=open_store(self.folder).dump(format=ox.RdfFormat.N_QUADS), format="ox-nquads")
        else:
            dataset.parse(self.folder / "graph.trig", format="ox-trig")
        return dataset

    def query(self, query: str, **bindings: Any) -> pd.DataFrame:
        """Run a named query or SPARQL text over the build, with bound parameters.

        Args:
            query: a packaged query name (see :func:`diplograph.store.query.list_queries`) or SPARQL.
            bindings: values for the query's variables, never pasted into its text.

        Returns:
            The rows as a DataFrame.
        """
        from diplograph.store.query import run_query

        return run_query(self.folder if self.store else self.folder / "graph.trig", query, bindings=bindings or None)


def load_build(folder: str | Path = "output") -> Build:
    """Load a build folder written by ``diplograph build``, or a store folder (``--store``).

    Args:
        folder: the build's output folder, or a store.

    Returns:
        The :class:`Build`; its tables, graph and dataset load on first use.
        A store is opened read-only, so a build may go on adding to it.

    Raises:
        InputError: the folder holds no build and no store.

    >>> load_build("/no/such/folder")
    Traceback (most recent call last):
    ...
    diplograph.errors.InputError: /no/such/folder: no build or store there; run 'diplograph build --out /no/such/folder' first
    """
    from diplograph.store.disk import is_store

    folder = Path(folder)
    if is_store(folder):
        return Build(folder, store=True)
    if not (folder / "statements.jsonl").is_file():
        raise InputError(f"{folder}: no build or store there; run 'diplograph build --out {folder}' first")
    return Build(folder)
