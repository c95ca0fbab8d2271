"""The writers of a build's outputs and of ``diplograph export``: one registry, one entry a format.

A writer says what it needs (:data:`NEEDS`): the documents' ``extractions``,
the ``rdf`` dataset or the ``network``, and the file suffix it writes.
``diplograph build --outputs``, ``diplograph export --format`` and the
command line's choices and help all read :data:`WRITERS`, through
:mod:`diplograph.export.formats` (importing it registers the packaged
writers). Registering a writer is one decorated function (:func:`writer`),
whose docstring's first line is its help::

    @writer("nq", suffix=".nq", needs="rdf")
    def write_nq(source, path):
        \"\"\"every quad as N-Quads\"\"\"
        return [write_rdf(source, "nq", path)]

>>> from diplograph.export import formats  # registers the packaged writers
>>> WRITERS["trig"].needs, WRITERS["trig"].suffix, WRITERS["trig"].file
('rdf', '.trig', 'graph.trig')
>>> lookup("rdf").name, lookup("statements.jsonl").name
('trig', 'jsonl')
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from diplograph.errors import InputError

__all__ = ["NEEDS", "WRITERS", "Writer", "build_outputs", "lookup", "writer"]

#: What a writer can be given: the extractions of the documents, their RDF (a
#: pyoxigraph Store, a store folder, a TriG file or an rdflib Dataset), or the network.
NEEDS = ("extractions", "rdf", "network")


@dataclass(frozen=True)
class Writer:
    """One output format.

    Attributes:
        name: the format's name (``export --format NAME``, ``build --outputs NAME``).
        suffix: the file suffix; the file is ``graph<suffix>`` unless ``file`` says otherwise.
        needs: one of :data:`NEEDS`.
        write: ``write(data, path, **options) -> [paths written]``; ``path`` is a folder when ``folder``.
        help: one line for the command line's help.
        file: the file's name in a build folder.
        output: the name a default build writes it under (``statements``, ``rdf``...); ``None``: not by default.
        folder: the writer writes several files into a folder.
        streamed: a build writes it document by document as extraction goes (the statement export).
        options: the keyword options ``write`` takes (``label_lang``).
    """

    name: str
    suffix: str
    needs: str
    write: Callable[..., list[Path]]
    help: str
    file: str
    output: str | None = None
    folder: bool = False
    streamed: bool = False
    options: tuple[str, ...] = ()

    def __call__(self, data: Any, path: str | os.PathLike[str], **options: Any) -> list[Path]:
        """Write ``data`` to ``path``, passing on only the options this writer takes."""
        return self.write(data, path, **{k: v for k, v in options.items() if k in self.options})


#: Every registered writer by name, in the order of registration.
WRITERS: dict[str, Writer] = {}


def writer(name: str, *, suffix: str, needs: str, file: str | None = None, output: str | None = None,
           folder: bool = False, streamed: bool = False, options: tuple[str, ...] = ()) -> Callable:
    """Register the decorated function as the writer of format ``name`` (see :class:`Writer`).

    >>> @writer("demo", suffix=".demo", needs="network")
    ... def write_demo(graph, path):
    ...     '''the node count'''
    ...     return []
    >>> WRITERS.pop("demo").help
    'the node count'
    >>> writer("x", suffix=".x", needs="text")
    Traceback (most recent call last):
    ...
    ValueError: writer 'x' needs 'text'; use one of extractions, rdf, network
    """
    if needs not in NEEDS:
        raise ValueError(f"writer {name!r} needs {needs!r}; use one of {', '.join(NEEDS)}")

    def register(function: Callable[..., list[Path]]) -> Callable[..., list[Path]]:
        if name in WRITERS:
            raise ValueError(f"a writer named {name!r} is registered already")
        help_line = (function.__doc__ or name).strip().splitlines()[0]
        WRITERS[name] = Writer(name, suffix, needs, function, help_line, file or f"graph{suffix}", output, folder,
                               streamed, options)
        return function

    return register


def lookup(name: str, *, what: str = "output") -> Writer:
    """The writer called ``name``, or named by its build output name or its build file name.

    Args:
        name: the name.
        what: what the caller calls a writer, for the error message.

    Raises:
        InputError: no writer has that name.

    >>> from diplograph.export import formats
    >>> lookup("svg")
    Traceback (most recent call last):
    ...
    diplograph.errors.InputError: unknown output 'svg'; choose from jsonl (statements), trig (rdf), turtle, nt, nq, jsonld, graphml, gexf, csv, html
    """
    for item in WRITERS.values():
        if name in (item.name, item.output, item.file):
            return item
    names = (f"{w.name} ({w.output})" if w.output not in (None, w.name) else w.name for w in WRITERS.values())
    raise InputError(f"unknown {what} {name!r}; choose from {', '.join(names)}")


def build_outputs() -> list[Writer]:
    """The writers of a default build, in their order (statements, rdf, graphml, html)."""
    return [item for item in WRITERS.values() if item.output]
