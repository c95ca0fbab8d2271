"""Run a corpus through the pipeline and write every output of a build.

Outputs, each written atomically into the output folder: ``statements.jsonl``
(the statement export), ``graph.trig`` (RDF, one named graph per document),
``graph.graphml`` (the NetworkX graph, for Gephi) and ``graph.html`` (the
interactive page). With a store folder, the build's RDF is also added to the
persistent store there (see :mod:`diplograph.store.disk`).
"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from diplograph.atomic import remove_stale
from diplograph.errors import InputError
from diplograph.parallel import Exported, extract_stream
from diplograph.parallel import exported as export_of
from diplograph.pipeline import Extractor
from diplograph.types import Document, Extraction

__all__ = ["OUTPUTS", "Summary", "build"]

#: The files of a build and their names in the summary.
OUTPUTS = {"statements.jsonl": "statements", "graph.trig": "rdf", "graph.graphml": "graphml", "graph.html": "html"}
#: A document longer than this (in characters) is announced on stderr: it is read whole, which takes a while.
LONG_DOCUMENT = 5_000_000


@dataclass
class Summary:
    """What a build read and wrote."""

    documents: int = 0
    failed: list[str] = field(default_factory=list)
    actors: int = 0
    statements: int = 0
    roles: int = 0
    files: dict[str, Path] = field(default_factory=dict)
    store: Any = None

    def skip(self, reason: object) -> None:
        """Count a document that could not be read or extracted, and say why on stderr."""
        self.failed.append(str(reason))
        print(f"diplograph: warning: skipped: {reason}", file=sys.stderr)

    def describe(self) -> str:
        """A short human-readable report."""
        lines = [f"documents: {self.documents}" + (f" ({len(self.failed)} skipped)" if self.failed else ""),
                 f"actors: {self.actors}", f"statements: {self.statements}", f"roles: {self.roles}"]
        lines += [f"{name}: {path}" for name, path in self.files.items()]
        if self.store is not None:
            lines.append(f"store: {self.store.describe()}")
        return "\n".join(lines)


def build(documents: Iterable[Document], *, out: Path, label_lang: str = "en", kb=None,
          summary: Summary | None = None, outputs: Iterable[str] = tuple(OUTPUTS), workers: int = 1,
          engine: str = "local", scheduler=None, progress: bool = False,
          store: str | os.PathLike[str] | None = None) -> Summary:
    """Extract a corpus and write the build's outputs into ``out``.

    The statement export and the RDF are written as documents stream
    through; the network outputs (GraphML, HTML) need the whole corpus and are
    made at the end. Every file is staged and moved into ``out`` once all are written.

    Args:
        documents: the corpus, streamed.
        out: the output folder (created if missing).
        label_lang: the language of the HTML page's labels.
        kb: the knowledge base (the packaged one by default).
        summary: where to count what is read and skipped (a new one by default).
        outputs: which files to write (names of :data:`OUTPUTS`).
        workers: processes for extraction.
        engine: ``local`` or ``dask`` (see :mod:`diplograph.parallel`).
        scheduler: the Dask scheduler address, with ``engine="dask"``.
        progress: show a progress bar on a terminal.
        store: a store folder to add the build's RDF to (made if missing):
            documents it holds already are replaced. The store is locked for
            the whole build and changed in one transaction at the end, just
            before the files move in.

    Returns:
        The :class:`Summary` (``summary.store`` says what the store got).

    Raises:
        InputError: no document could be extracted, or an unknown output name.
        StoreError: the store folder cannot be used, or another process writes it.
    """
    outputs = list(outputs)
    unknown = [name for name in outputs if name not in OUTPUTS]
    if unknown or not outputs:
        raise InputError(f"unknown output {', '.join(map(repr, unknown)) or '(none)'}; "
                         f"choose from {', '.join(OUTPUTS.values())}")
    if "graph.html" in outputs:
        from diplograph.viz.html import LABEL_LANGS

        if label_lang not in LABEL_LANGS:
            raise InputError(f"--label-lang {label_lang!r} is not one of {', '.join(LABEL_LANGS)}")
    out = Path(out)
    if store is not None and _same_folder(out, Path(store)):
        raise InputError(f"--out and --store are the same folder ({out}); give the store a folder of its own")
    summary = summary if summary is not None else Summary()
    writer = lock = None
    if store is not None:
        from diplograph.store.disk import lock_for_writing, prepare_store

        lock = lock_for_writing(store)  # a read-only server would not see the change: refuse before the work
        writer = prepare_store(store)  # fail before a long extraction, and lock the store
    local = engine == "local" and workers == 1
    extractor = Extractor(kb=kb) if local else None
    # The graph outputs and the store need every extraction, not only its export.
    whole_corpus = store is not None or any(name != "statements.jsonl" for name in outputs)
    stream = extract_stream(announce_long(documents), workers=workers, engine=engine, scheduler=scheduler,
                            extractor=extractor, on_error=summary.skip, export=not whole_corpus)
    if progress:
        from tqdm import tqdm

        stream = tqdm(stream, unit=" docs", disable=not sys.stderr.isatty(), file=sys.stderr)
    kept: list[Extraction] = []  # the network (GraphML, page) is made of every extraction at the end
    network = "graph.graphml" in outputs or "graph.html" in outputs
    actors: set[str] = set()
    out.mkdir(parents=True, exist_ok=True)
    remove_stale(out, ".build-")
    # Everything is written into a staging folder first and moved in at the
    # end, so that a crash or Ctrl-C leaves the previous build whole.
    staging = Path(tempfile.mkdtemp(prefix=f".build-{os.getpid()}-", dir=out))
    try:
        with open(staging / "statements.jsonl", "w", encoding="utf-8") as export:

            def exported() -> Iterator[Extraction]:
                """Write each document's export as it comes, and pass its extraction on."""
                for item in stream:
                    if isinstance(item, Exported):
                        # Only the statement export is asked for: it was made where the document was extracted.
                        export.write(item.text)
                        counts = (item.statements, item.roles, item.actors)
                    else:
                        lines = export_of(item)
                        export.write(lines.text)
                        counts = (lines.statements, lines.roles, lines.actors)
                        if network:
                            kept.append(item)
                        yield item
                    summary.documents += 1
                    summary.statements += counts[0]
                    summary.roles += counts[1]
                    actors.update(counts[2])

            if whole_corpus:  # the RDF and the network describe actors from the knowledge base
                kb = extractor.kb if extractor else _packaged_kb(kb)
            rdf_file = None
            if store is not None or "graph.trig" in outputs:
                from diplograph.graph.rdf import stream_trig

                # Written as documents come, while the workers extract the next ones.
                rdf_file = stream_trig(exported(), staging / "graph.trig", kb=kb)
            else:
                for _ in exported():
                    pass
        if not summary.documents:
            if summary.failed:
                raise InputError(f"no document could be extracted ({len(summary.failed)} skipped; "
                                 "see the warnings above)")
            raise InputError("the inputs hold no document (empty files?); give articles with some text")
        _write_graphs(kept, staging, outputs, kb=kb, label_lang=label_lang)
        if store is not None:
            from diplograph.store.disk import add_to_store

            summary.store = add_to_store(store, rdf_file, store=writer)
        for name in outputs:
            os.replace(staging / name, out / name)
            summary.files[OUTPUTS[name]] = out / name
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        del writer  # unlocks the store
        if lock is not None:
            lock.close()
    summary.actors = len(actors)
    return summary


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def announce_long(documents: Iterable[Document]) -> Iterator[Document]:
    """Pass documents through, saying on stderr when one is long enough to take minutes.

    A 50 MB document is read whole in time linear in its length (about 2 s a MB
    on the machine the benchmarks ran on): without a word, that looks like a hang.
    """
    for document in documents:
        if len(document.text) > LONG_DOCUMENT:
            print(f"diplograph: note: {document.id} is {len(document.text) / 1e6:.0f} million characters long; "
                  "it is read whole, which takes a few seconds a megabyte", file=sys.stderr)
        yield document


def _packaged_kb(kb):
    if kb is not None:
        return kb
    from diplograph.actors.kb import load_kb

    return load_kb()


def _write_graphs(extractions: list[Extraction], folder: Path, outputs: list[str], *, kb,
                  label_lang: str) -> None:
    """The outputs that need the whole corpus: GraphML and the HTML page (the RDF is written already)."""
    if "graph.graphml" in outputs or "graph.html" in outputs:
        from diplograph.graph.network import build_network, write_graphml

        network = build_network(extractions, kb=kb)
        if "graph.graphml" in outputs:
            write_graphml(network, folder / "graph.graphml")
        if "graph.html" in outputs:
            from diplograph.viz.html import write_html

            write_html(network, folder / "graph.html", label_lang=label_lang)
