"""Extract a stream of documents in one process, in a pool of processes, or on a Dask cluster.

Documents travel in batches (task overhead dwarfs one article's work) and a
bounded number of batches is in flight at once, so memory stays flat however
long the corpus is. Results come back in input order whatever the engine, so
every engine writes the same outputs.
"""
from __future__ import annotations

import logging
import multiprocessing
import signal
from collections import deque
from dataclasses import dataclass
from functools import partial
from itertools import islice
from multiprocessing.connection import wait
from typing import Callable, Iterable, Iterator

from diplograph.atomic import die_with_parent
from diplograph.errors import DiplographError, InputError
from diplograph.export.jsonl import export_lines, jsonl_text
from diplograph.types import Document, Extraction

__all__ = ["ENGINES", "Exported", "WorkerDied", "exported", "extract_stream"]

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


class WorkerDied(DiplographError):
    """A worker process ended without being asked to (killed, or out of memory): the batches it held are lost."""


def _send(results, lock, message) -> None:
    """A worker's one way to answer: ``message`` whole on the results pipe, which the workers share."""
    with lock:
        results.send(message)


def _serve(task: Callable, tasks, results, lock) -> None:
    """A worker process: ``(index, batch)`` from ``tasks`` in, ``(index, result, error)`` out, until a ``None``."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent stops the workers
    for index, batch in iter(tasks.get, None):
        try:
            message = (index, task(batch), None)
        except Exception as err:  # the parent raises it, as it would have in one process
            message = (index, None, err)
        _send(results, lock, message)


def _pool(task: Callable, batches: Iterator[list[Document]], workers: int) -> Iterator[list]:
    """Results of ``task(batch)`` in ``workers`` processes, in order, with at most four a worker in flight.

    Built on multiprocessing's public parts (processes, a queue, a pipe) rather
    than concurrent.futures' pool, whose workers and result pipe are out of
    reach: when the reader stops (Ctrl-C, a failure, a reader that stopped
    early) the workers are terminated at once, and no thread of this process is
    left reading a result a killed worker sent half of. Workers also die with
    this process when it is killed (-9) and cannot clean up.
    """
    context = multiprocessing.get_context()
    tasks = context.Queue()  # its feeder thread sends the batches: putting one never waits for a worker
    reader, writer = context.Pipe(duplex=False)
    lock = context.Lock()
    processes = [context.Process(target=_serve, args=(task, tasks, writer, lock), daemon=True) for _ in range(workers)]
    try:
        for process in processes:
            process.start()
        writer.close()  # the workers hold the write end now
        results: dict[int, tuple] = {}
        sent = taken = 0
        for batch in batches:
            tasks.put((sent, batch))
            sent += 1
            if sent - taken >= workers * 4:
                yield _take(taken, results, reader, processes)
                taken += 1
        while taken < sent:
            yield _take(taken, results, reader, processes)
            taken += 1
    except BaseException:
        # Ctrl-C, SIGTERM, a failure, or a reader that stopped early: stop the workers now,
        # rather than wait for the batches in flight.
        for process in processes:
            if process.is_alive():
                process.terminate()
        tasks.cancel_join_thread()  # batches still in the feeder's buffer are dropped, not waited for
        raise
    finally:
        started = [process for process in processes if process.pid is not None]
        for _ in started:
            tasks.put(None)
        for process in started:
            process.join()
        tasks.close()
        reader.close()


def _take(index: int, results: dict[int, tuple], reader, processes) -> list:
    """The result of batch ``index``; the results that come before it wait in ``results``.

    Raises:
        WorkerDied: a worker ended while results were awaited.
        Exception: what the task raised in its worker.
    """
    while index not in results:
        ready = wait([reader, *(process.sentinel for process in processes)])
        dead = [process for process in processes if process.sentinel in ready]
        if dead:
            dead[0].join()  # (its sentinel is ready: it has ended, its exit code comes with the join)
            raise WorkerDied(f"a worker process ended unasked (exit code {dead[0].exitcode}): the build stops")
        try:
            got, value, error = reader.recv()
        except EOFError:  # every worker is gone
            raise WorkerDied("the worker processes ended unasked: the build stops") from None
        results[got] = (value, error)
    value, error = results.pop(index)
    if error is not None:
        raise error
    return value


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
