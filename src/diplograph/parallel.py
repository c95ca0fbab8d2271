"""Extract a stream of documents in one process, in a pool of processes, or on a Dask cluster.

Documents travel in batches (task overhead dwarfs one article's work) and a
bounded number of batches is in flight at once, so memory stays flat however
long the corpus is. Results come back in input order whatever the engine, so
every engine writes the same outputs.
"""
from __future__ import annotations

import logging
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import Callable, Iterable, Iterator

from diplograph.atomic import die_with_parent
from diplograph.errors import DiplographError, InputError
from diplograph.export.jsonl import export_lines, jsonl_text
from diplograph.types import Document, Extraction

__all__ = ["ENGINES", "Exported", "exported", "extract_stream"]

ENGINES = ("local", "dask")

logger = logging.getLogger(__name__)

#: A worker process's extractor, built on first use (its automata come from the cache).
_EXTRACTOR = None


@dataclass(frozen=True)
class Exported:
    """A document's statement export, made where it was extracted: far smaller to send back."""

    text: str
    statements: int
    roles: int
    actors: tuple[str, ...]


#: The predicate of a role line of the export ("X holds post Y"), counted apart from the statements.
_ROLE = "holdsPosition"


def exported(extraction: Extraction) -> Exported:
    """A document's statement export, with the counts of the lines it holds (what a build's summary reports).

    >>> from datetime import date
    >>> from diplograph.pipeline import Extractor
    >>> doc = Document("a", "رفض الكرملين الخطة.", date(2025, 9, 1), lang="ar")
    >>> export = exported(Extractor().extract(doc))
    >>> export.statements == sum('"kind": "statement"' in line for line in export.text.splitlines())
    True
    """
    lines = list(export_lines(extraction))
    statements = roles = 0
    actors = []
    for line in lines:
        if line["kind"] == "entity":
            actors.append(line["id"])
        elif line["kind"] == "statement":
            if line.get("predicate") == _ROLE:
                roles += 1
            else:
                statements += 1
    return Exported(jsonl_text(lines), statements, roles, tuple(actors))


def _worker_extractor():
    global _EXTRACTOR
    if _EXTRACTOR is None:
        from diplograph.pipeline import Extractor

        _EXTRACTOR = Extractor()
    return _EXTRACTOR


def _run(extractor, documents: list[Document], export: bool) -> list[Extraction | Exported | tuple[str, str]]:
    """Extract a batch; a document that fails becomes ``(id, message)``."""
    out: list[Extraction | Exported | tuple[str, str]] = []
    for document in documents:
        try:
            extraction = extractor.extract(document)
            if export:
                out.append(exported(extraction))
            else:
                out.append(extraction)
        except DiplographError as err:
            out.append((document.id, str(err)))
        except (ArithmeticError, LookupError, RecursionError, TypeError, UnicodeError, ValueError,
                AttributeError) as err:  # a bug met on one document: the corpus goes on without it
            logger.exception("document %s failed", document.id)
            out.append((document.id, f"could not be extracted ({type(err).__name__}: {err}); please report it"))
    return out


def _extract_batch(documents: list[Document], export: bool = False) -> list[Extraction | Exported | tuple[str, str]]:
    """A worker's task: extract a batch with the worker's own extractor."""
    return _run(_worker_extractor(), documents, export)


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch


def _ordered(submit: Callable, batches: Iterator[list[Document]], window: int) -> Iterator[list]:
    """Results of ``submit(batch)`` futures, in order, with at most ``window`` in flight."""
    pending: deque = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def extract_stream(documents: Iterable[Document], *, workers: int = 1, engine: str = "local",
                   scheduler: str | None = None, batch_size: int = 32, extractor=None,
                   on_error: Callable[[str], None] | None = None, export: bool = False) -> Iterator[Extraction | Exported]:
    """Extract documents lazily, in input order.

    Args:
        documents: the corpus, streamed.
        workers: processes for the local engine (1: this process).
        engine: ``local`` or ``dask``.
        scheduler: the Dask scheduler address (``tcp://host:8786``), or a
            ``distributed.Client`` already connected.
        batch_size: documents per task.
        extractor: the extractor for in-process work (a new one by default).
        on_error: called with ``"id: message"`` for a document that fails; it is skipped.
        export: yield each document's statement export (:class:`Exported`)
            instead of its extraction: what a statements-only build needs.

    Returns:
        The extractions (or exports) of the documents that succeeded.

    Raises:
        InputError: an unknown engine, or workers below 1, or dask without a scheduler.

    >>> from datetime import date
    >>> docs = [Document("a", "رفض الكرملين الخطة.", date(2025, 9, 1), lang="ar")]
    >>> [len(x.statements) for x in extract_stream(docs)]
    [1]
    """
    if engine not in ENGINES:
        raise InputError(f"--engine {engine!r} is not known; use one of: {', '.join(ENGINES)}")
    if workers < 1:
        raise InputError(f"--workers must be at least 1, not {workers}")
    batches = _batches(documents, batch_size)
    task = partial(_extract_batch, export=export)
    if engine == "dask":
        results = _dask(task, batches, scheduler)
    elif workers == 1:
        results = (_run(extractor or _worker_extractor(), batch, export) for batch in batches)
    else:
        results = _pool(task, batches, workers)
    for batch in results:
        for item in batch:
            if not isinstance(item, tuple):
                yield item
            elif on_error is not None:
                on_error(f"{item[0]}: {item[1]}")


def _pool(task: Callable, batches: Iterator[list[Document]], workers: int) -> Iterator[list]:
    # Workers die with this process, even when it is killed (-9) and cannot clean up.
    pool = ProcessPoolExecutor(max_workers=workers, initializer=die_with_parent)
    try:
        yield from _ordered(lambda batch: pool.submit(task, batch), batches, window=workers * 4)
    except BaseException:
        # Ctrl-C, SIGTERM, a failure, or a reader that stopped early: stop the workers now,
        # rather than wait for the batches in flight.
        for process in list(getattr(pool, "_processes", {}).values()):  # no public way to reach them
            process.terminate()
        # A worker killed halfway through sending a result leaves the pool's manager thread reading the
        # rest forever, and the interpreter joins that thread at exit. Closing this process's copy of the
        # results pipe's write end (the workers held the others) turns that read into an end of file.
        # (CPython's internals, as of 3.11-3.13; without them nothing is closed and the old hang may return)
        writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
        if writer is not None:
            writer.close()
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _dask(task: Callable, batches: Iterator[list[Document]], scheduler) -> Iterator[list]:
    if scheduler is None:
        raise InputError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
    try:
        from distributed import Client
    except ImportError:
        raise InputError("--engine dask needs the dask extra: pip install 'diplograph[dask]'") from None
    if isinstance(scheduler, Client):
        client, own = scheduler, False
    else:
        try:
            client, own = Client(scheduler, timeout="10s"), True
        except (OSError, TimeoutError) as err:
            raise InputError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
    try:
        window = 4 * max(1, sum(client.nthreads().values()))
        yield from _ordered(lambda batch: client.submit(task, batch, pure=False), batches, window)
    finally:
        if own:
            client.close()
