"""Run a corpus through the pipeline and write every output of a build.

Outputs, each written atomically into the output folder: ``statements.jsonl``
(the statement export), ``graph.trig`` (RDF, one named graph per document),
``graph.graphml`` (the NetworkX graph, for Gephi) and ``graph.html`` (the
interactive page). With a store folder, the build's RDF is also added to the
persistent store there (see :mod:`diplograph.store.disk`).
"""
from __future__ import annotations

import gc
import logging
import os
import shutil
import sys
import tempfile
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from diplograph.atomic import remove_stale
from diplograph.errors import InputError
from diplograph.export.formats import WRITERS, build_outputs, lookup
from diplograph.export.registry import Writer
from diplograph.parallel import Exported, extract_stream
from diplograph.parallel import exported as export_of
from diplograph.pipeline import Extractor
from diplograph.types import Document, Extraction

if TYPE_CHECKING:
    from diplograph.graph.rdf import Keyed

__all__ = ["Summary", "build"]

#: A document longer than this (in characters) is announced (a logged note): it is read whole, which takes a while.
LONG_DOCUMENT = 5_000_000

log = logging.getLogger(__name__)


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
        """Count a document that could not be read or extracted, and say why (a logged warning)."""
        self.failed.append(str(reason))
        log.warning("skipped: %s", reason)

    def describe(self) -> str:
        """A short human-readable report."""
        lines = [f"documents: {self.documents}" + (f" ({len(self.failed)} skipped)" if self.failed else ""),
                 f"actors: {self.actors}", f"statements: {self.statements}", f"roles: {self.roles}"]
        lines += [f"{name}: {path}" for name, path in self.files.items()]
        if self.store is not None:
            lines.append(f"store: {self.store.describe()}")
        return "\n".join(lines)


def build(documents: Iterable[Document], *, out: Path, label_lang: str = "en", kb=None,
          summary: Summary | None = None, outputs: Iterable[str] | None = None, workers: int = 1,
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
        outputs: which files to write: names of writers (:data:`diplograph.export.registry.WRITERS`),
            of a build's outputs (``statements``, ``rdf``) or of their files; the default build's by default.
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
    writers = list(dict.fromkeys(lookup(name) for name in outputs)) if outputs is not None else build_outputs()
    if not writers:
        raise InputError(f"no output asked for; choose from {', '.join(w.name for w in build_outputs())}")
    if any("label_lang" in w.options for w in writers):
        from diplograph.viz.html import LABEL_LANGS

        if label_lang not in LABEL_LANGS:
            raise InputError(f"--label-lang {label_lang!r} is not one of {', '.join(LABEL_LANGS)}")
    out = Path(out)
    if store is not None and _same_folder(out, Path(store)):
        raise InputError(f"--out and --store are the same folder ({out}); give the store a folder of its own")
    summary = summary if summary is not None else Summary()
    store_writer = lock = None
    if store is not None:
        from diplograph.store.disk import lock_for_writing, prepare_store

        lock = lock_for_writing(store)  # a read-only server would not see the change: refuse before the work
        store_writer = prepare_store(store)  # fail before a long extraction, and lock the store
    local = engine == "local" and workers == 1
    extractor = Extractor(kb=kb) if local else None
    # The graph outputs and the store need every extraction, not only its export.
    whole_corpus = store is not None or any(not w.streamed for w in writers)
    stream = extract_stream(announce_long(documents), workers=workers, engine=engine, scheduler=scheduler,
                            extractor=extractor, on_error=summary.skip, export=not whole_corpus)
    if progress:
        from tqdm import tqdm

        stream = tqdm(stream, unit=" docs", disable=not sys.stderr.isatty(), file=sys.stderr)
    kept: list[Keyed] = []  # the network (GraphML, page) is made of every extraction at the end
    keep = any(w.needs != "rdf" and not w.streamed for w in writers)
    actors: set[str] = set()
    out.mkdir(parents=True, exist_ok=True)
    remove_stale(out, ".build-")
    # Everything is written into a staging folder first and moved in at the
    # end, so that a crash or Ctrl-C leaves the previous build whole.
    staging = Path(tempfile.mkdtemp(prefix=f".build-{os.getpid()}-", dir=out))
    held = ExitStack()
    try:
        hold = held.enter_context(_held())
        with open(staging / _streamed().file, "w", encoding="utf-8") as export:

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
                        yield item
                        hold()  # what this document left behind is kept (the RDF's shared part, the extraction)
                    summary.documents += 1
                    summary.statements += counts[0]
                    summary.roles += counts[1]
                    actors.update(counts[2])

            if whole_corpus:  # the RDF and the network describe actors from the knowledge base
                kb = extractor.kb if extractor else _packaged_kb(kb)
            rdf_file = None
            if whole_corpus:
                from diplograph.graph.rdf import keyed, stream_trig

                # Each document's event nodes and statement keys, worked out once for the RDF and the network.
                records = _kept(keyed(exported()), kept) if keep else keyed(exported())
            if store is not None or any(w.needs == "rdf" for w in writers):
                # Written as documents come, while the workers extract the next ones.
                rdf_file = stream_trig(records, staging / _STREAMED_RDF, kb=kb)
            else:
                for _ in records if whole_corpus else exported():
                    pass
        if not summary.documents:
            if summary.failed:
                raise InputError(f"no document could be extracted ({len(summary.failed)} skipped; "
                                 "see the warnings above)")
            raise InputError("the inputs hold no document (empty files?); give articles with some text")
        written = _write_outputs(writers, staging, extractions=kept, rdf_file=rdf_file, kb=kb, label_lang=label_lang,
                                 hold=hold)
        held.close()
        if store is not None:
            from diplograph.store.disk import add_to_store

            summary.store = add_to_store(store, rdf_file, store=store_writer)
        for chosen, paths in written.items():
            for path in paths:
                os.replace(path, out / path.name)
                summary.files[(chosen.output or chosen.name) if len(paths) == 1 else path.name] = out / path.name
    finally:
        held.close()
        shutil.rmtree(staging, ignore_errors=True)
        del store_writer  # unlocks the store
        if lock is not None:
            lock.close()
    summary.actors = len(actors)
    return summary


@contextmanager
def _held() -> Iterator[Callable[[], None]]:
    """A function that puts the objects alive now out of the garbage collector's sight until the build ends.

    A whole-corpus build holds every extraction and the RDF's shared
    descriptions to the end: each full collection walked them all again to
    find almost nothing (a twentieth of a 4,000-document build's CPU time).
    They are frozen as they come (:func:`gc.freeze`, which costs nothing) and
    unfrozen when the build ends; garbage with cycles is still collected while
    it is young. A process that freezes objects itself, or runs without the
    collector, is left as it is.

    >>> with _held() as hold:
    ...     hold()
    ...     gc.get_freeze_count() > 0
    True
    >>> gc.get_freeze_count()
    0
    """
    if gc.get_freeze_count() or not gc.isenabled():
        yield lambda: None
        return
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()


def _kept(records: Iterable[Keyed], kept: list[Keyed]) -> Iterator[Keyed]:
    """Pass records on, keeping each in ``kept``."""
    for record in records:
        kept.append(record)
        yield record


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def announce_long(documents: Iterable[Document]) -> Iterator[Document]:
    """Pass documents through, noting in the log when one is long enough to take minutes.

    A 50 MB document is read whole in time linear in its length (about 2 s a MB
    on the machine the benchmarks ran on): without a word, that looks like a hang.
    """
    for document in documents:
        if len(document.text) > LONG_DOCUMENT:
            log.info("%s is %.0f million characters long; it is read whole, which takes a few seconds a megabyte",
                     document.id, len(document.text) / 1e6)
        yield document


def _packaged_kb(kb):
    if kb is not None:
        return kb
    from diplograph.actors.kb import load_kb

    return load_kb()


#: The build streams the RDF to this file (the TriG writer's) as documents come.
_STREAMED_RDF = lookup("rdf").file


def _streamed() -> Writer:
    """The writer a build feeds document by document (the statement export): its file is always written."""
    return next(w for w in WRITERS.values() if w.streamed)


def _write_outputs(writers: list[Writer], folder: Path, *, extractions: list[Keyed], rdf_file: Path | None, kb,
                   label_lang: str, hold: Callable[[], None] = lambda: None) -> dict[Writer, list[Path]]:
    """Write each writer's file into ``folder``, giving it what it needs; the statement export is written already.

    The RDF was streamed to TriG as the documents came (``rdf_file``): it is
    the TriG output itself, and the source the other RDF writers read. The
    network is made once, from every extraction, for the writers that need it.
    """
    network = None
    written: dict[Writer, list[Path]] = {}
    for chosen in writers:
        if chosen.streamed:
            written[chosen] = [folder / chosen.file]
            continue
        if chosen.file == _STREAMED_RDF:
            written[chosen] = [rdf_file]
            continue
        if chosen.needs == "network" and network is None:
            from diplograph.graph.network import build_network

            network = build_network(extractions, kb=kb)
            hold()  # every writer of the network reads it
        data = {"extractions": lambda: [record.extraction for record in extractions], "rdf": lambda: rdf_file,
                "network": lambda: network}[chosen.needs]()
        written[chosen] = chosen(data, folder if chosen.folder else folder / chosen.file, label_lang=label_lang)
    return written
