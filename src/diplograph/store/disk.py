"""The persistent store: an Oxigraph database on disk that builds add to.

``diplograph build --store DIR`` adds a build to the store in ``DIR``, and
``diplograph query --store DIR`` queries it. The store holds what the TriG of
one build holds, for every document ever added:

- one named graph per document (``IRIs.graph(doc_id)``): adding a document
  again replaces its graph, so nothing is duplicated;
- ``.../resource/graph/entities``, the descriptions every document shares
  (actors, issues, events, places, posts, PLOVER and CAMEO concepts): an actor
  is one node whatever the number of documents naming it. A description
  written by a new build replaces the older one property by property (one
  type, one set of labels), ``org:holds`` and ``org:heldBy`` are kept while an
  incumbency in some graph attests them, and what no document refers to any
  more is removed;
- ``.../resource/graph/kb``, the knowledge base's offices of the persons the
  documents name: rewritten for the persons of each new build.

The store after adding documents is the one a single build of all of them
would make (with the newest description of a shared node).

A first load into a new or empty folder is bulk-loaded (and compacted) in a
hidden folder beside it and renamed into place: all or nothing. A later
addition is a series of SPARQL updates, one Oxigraph transaction each, of
about :data:`CHUNK_QUADS` quads (document graphs first, then the shared
descriptions), so that memory stays flat however large the batch: a crash, a failure
or Ctrl-C in the middle leaves whole documents, and adding the same build
again finishes the job (adding is idempotent).

Only one process can write a store at a time (Oxigraph locks it); readers
(queries, exports, ``diplograph serve`` without ``--allow-update``) open it
read-only.

>>> import tempfile, pathlib
>>> from diplograph.graph.rdf import build_dataset
>>> folder = pathlib.Path(tempfile.mkdtemp()) / "store"
>>> add_to_store(folder, build_dataset([])).documents
0
>>> is_store(folder), len(open_store(folder))
(True, 0)
"""
from __future__ import annotations

import os
import shutil
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from diplograph.atomic import remove_stale
from diplograph.errors import StoreError
from diplograph.graph.source import explain_open_error, is_store, open_source, open_store
from diplograph.graph.events import rename_nodes, same_events_in_store
from diplograph.graph.namespace import ENTITIES_GRAPH, KB_GRAPH

__all__ = ["StoreReport", "add_to_store", "is_store", "lock_for_reading", "lock_for_writing", "open_store",
           "prepare_store"]

_ENTITIES, _KB = str(ENTITIES_GRAPH), str(KB_GRAPH)
_DG = "https://w3id.org/diplograph/ontology#"
_ORG = "http://www.w3.org/ns/org#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# Properties of a shared description that accumulate over documents instead of being replaced.
_ACCUMULATE = frozenset({_ORG + "holds", _ORG + "heldBy"})
# Edges of the entities graph that keep their target alive (a body's state, a post's state).
_KEEPS_ALIVE = frozenset({_DG + "represents", _ORG + "postIn"})


@dataclass
class StoreReport:
    """What adding a build to a store did.

    Attributes:
        path: the store folder.
        documents: documents in the build.
        replaced: how many of them the store held already (their graphs were replaced).
        added: quads written.
        removed: quads deleted (old versions, stale descriptions).
        quads: quads in the store afterwards.
    """

    path: Path
    documents: int = 0
    replaced: int = 0
    added: int = 0
    removed: int = 0
    quads: int = 0

    def describe(self) -> str:
        """One line for the build summary.

        >>> StoreReport(Path("kb"), 3, 1, 120, 40, 900).describe()
        'kb (3 documents, 1 replaced; +120 -40 quads; 900 in all)'
        """
        return (f"{self.path} ({self.documents} documents, {self.replaced} replaced; "
                f"+{self.added} -{self.removed} quads; {self.quads} in all)")


#: The file, inside a store folder, that a read-only server and a writer lock (``flock``) against each other.
_LOCK = "diplograph.lock"


class _Lock:
    """An ``flock`` on a store's lock file, released by :meth:`close` (or when the process ends)."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def close(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


def _flock(path: Path, exclusive: bool) -> _Lock | None:
    """Take the lock without waiting; None when it is taken by someone else, a no-op _Lock where flock is missing."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on Windows
        return _Lock(None)
    try:
        handle = open(path / _LOCK, "a+b")
    except OSError:
        return _Lock(None)  # a store on a read-only disk: no writer can come either
    try:
        fcntl.flock(handle, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        return None
    return _Lock(handle)


def lock_for_reading(path: str | os.PathLike[str]) -> _Lock:
    """Keep writers off a store while a long-lived reader (``diplograph serve``) has it open.

    Oxigraph's read-only mode sees the store as it was when opened; a writer
    changing it underneath is undefined behaviour. So a read-only server and a
    build exclude each other.

    Raises:
        StoreError: a build is writing the store now.
    """
    path = Path(path)
    lock = _flock(path, exclusive=False)
    if lock is None:
        raise StoreError(f"{path}: a build is writing the store now; serve it once the build is done")
    return lock


def lock_for_writing(path: str | os.PathLike[str]) -> _Lock | None:
    """Keep long-lived readers off a store while it is written (None: no store there yet, nothing to lock).

    Raises:
        StoreError: a read-only ``diplograph serve`` has the store open.
    """
    path = Path(path)
    if not is_store(path):
        return None
    lock = _flock(path, exclusive=True)
    if lock is None:
        raise StoreError(f"{path}: 'diplograph serve' has the store open read-only, and would not see the change; "
                         "stop the server, run the build, then serve again (or serve with --allow-update and "
                         "load builds into it with 'diplograph push')")
    return lock


def _check_source(source: Any, nquads: bytes | None = None) -> None:
    """Refuse what a store cannot replace without duplicating: triples outside named graphs, blank nodes.

    ``nquads``, the source as N-Quads when at hand, saves the query for blank
    nodes when no term can be one (a term starting ``_:`` after a space or a
    line end): a bytes search, where the query reads every quad.
    """
    if source.query("ASK { ?s ?p ?o }"):
        raise StoreError("the build has triples outside named graphs; add builds made by 'diplograph build'")
    if nquads is not None and b" _:" not in nquads and b"\n_:" not in nquads and not nquads.startswith(b"_:"):
        return
    if source.query("ASK { GRAPH ?g { ?s ?p ?o } FILTER(isBlank(?s) || isBlank(?o) || isBlank(?g)) }"):
        raise StoreError("the build holds blank nodes, which a store cannot replace without duplicating; "
                         "add builds made by 'diplograph build'")


def prepare_store(path: str | os.PathLike[str]) -> Any:
    """Check a store folder before a build writes to it, and lock it.

    Args:
        path: the store folder.

    Returns:
        The store opened for writing (and so locked) when the folder holds one;
        None for a new or empty folder (the first load makes it).

    Raises:
        StoreError: a file or a foreign folder in its place, or another process writes the store.

    >>> import tempfile
    >>> prepare_store(tempfile.mkdtemp()) is None
    True
    """
    path = Path(path)
    if is_store(path):
        return open_store(path, write=True)
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store folder; give a folder for --store")
    if path.is_dir() and any(path.iterdir()):
        raise StoreError(f"{path}: the folder holds other files and is not an Oxigraph store; "
                         "give a new or empty folder for --store")
    return None


def add_to_store(path: str | os.PathLike[str], dataset: Any, *, store: Any = None) -> StoreReport:
    """Add a build's RDF to the store in ``path``, replacing the documents it holds already.

    Args:
        path: the store folder (created if missing or empty).
        dataset: the build's RDF: an rdflib Dataset from
            :func:`diplograph.graph.rdf.build_dataset`, a pyoxigraph Store or a TriG file.
        store: the store already opened for writing on ``path`` (else it is opened here).

    Returns:
        A :class:`StoreReport`.

    Raises:
        StoreError: the folder cannot hold a store, or another process writes it.
    """
    import pyoxigraph as ox

    path = Path(path)
    source = open_source(dataset)
    first = store is None and not is_store(path)
    nquads = source.dump(format=ox.RdfFormat.N_QUADS) if first else None
    _check_source(source, nquads)
    documents = [g for g in source.named_graphs() if g.value not in (_ENTITIES, _KB)]
    if first:
        parts = _parts(nquads, len(source))
        del nquads  # the load sorts in memory: only the parts stay
        return _first_load(path, parts, len(source), len(documents))
    own = store is None
    lock = lock_for_writing(path) if own else None
    store = open_store(path, write=True) if own else store
    try:
        # An event the store holds already (same type, day, a participant) keeps its node.
        renames = same_events_in_store(store, source)
        if renames:
            source = rename_nodes(source, renames)
        report = StoreReport(path, len(documents))
        for part, graphs in _parts_of(source, documents):
            plan = _Plan(store, part, graphs)
            update = plan.update_text()
            del part
            if update:
                _apply(store, update)
                store.flush()  # RocksDB's write buffers to disk: they would grow with the batch
            report.replaced += plan.replaced
            report.added += plan.added
            report.removed += plan.removed
            del plan, update
        store.flush()
        report.quads = len(store)
        return report
    finally:
        if own:
            del store
        if lock is not None:
            lock.close()


#: Quads per transaction when a build is added to a store that holds documents already:
#: the plan, the update text and Oxigraph's transaction all grow with it, so memory stays flat whatever the batch.
CHUNK_QUADS = 20_000


def _parts_of(source: Any, documents: list[Any]) -> Iterator[tuple[dict[Any, list[Any]], list[Any]]]:
    """The build in parts of about :data:`CHUNK_QUADS` quads: ``({graph: triples}, document graphs)``.

    Document graphs come first, whole; then the shared graphs, cut by
    subject, each office of the knowledge-base graph with its holder's
    description. By the time the descriptions come, every new document is in
    the store, so nothing a new document names is taken for unused, and the
    build's descriptions are the last word, as in one transaction.
    """
    import pyoxigraph as ox

    part: dict[Any, list[Any]] = {}
    size = 0
    for graph in documents:
        triples = [q.triple for q in source.quads_for_pattern(None, None, None, graph)]
        if part and size + len(triples) > CHUNK_QUADS:
            yield part, list(part)
            part, size = {}, 0
        part[graph] = triples
        size += len(triples)
    if part:
        yield part, list(part)
    entities, kb = ox.NamedNode(_ENTITIES), ox.NamedNode(_KB)
    holder = ox.NamedNode(_DG + "holder")

    def holder_of(office: Any) -> Any:
        return next((q.object for q in source.quads_for_pattern(office, holder, None, kb)), None)

    # Only the subjects are held: their triples are read from the source part by part.
    owners = {q.subject for q in source.quads_for_pattern(None, None, None, entities)}
    owners.update(holder_of(q.subject) or q.subject for q in source.quads_for_pattern(None, None, None, kb))
    part, size = {entities: [], kb: []}, 0
    for owner in sorted(owners, key=str):
        group = [(entities, q.triple) for q in source.quads_for_pattern(owner, None, None, entities)]
        offices = {q.subject for q in source.quads_for_pattern(None, holder, owner, kb)}
        if holder_of(owner) is None:
            offices.add(owner)
        for office in offices:
            group += [(kb, q.triple) for q in source.quads_for_pattern(office, None, None, kb)]
        if size and size + len(group) > CHUNK_QUADS:
            yield part, []
            part, size = {entities: [], kb: []}, 0
        for graph, triple in group:
            part[graph].append(triple)
        size += len(group)
    yield part, []


def _apply(store: Any, update: str) -> None:
    """Run the update: one transaction (a failure anywhere in it writes nothing)."""
    try:
        store.update(update)
    except (OSError, RuntimeError, SyntaxError, ValueError) as exc:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"the store was not changed: {text}") from exc


def _first_load(path: Path, parts: list[bytes], count: int, documents: int) -> StoreReport:
    """Bulk-load parts of N-Quads (``count`` quads in all) into a hidden folder beside ``path``, then rename it into place."""
    import pyoxigraph as ox

    prepare_store(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale(path.parent, f".{path.name}.loading-")  # left by a load that was killed
    staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.loading-{os.getpid()}-", dir=path.parent))
    try:
        fresh = ox.Store(str(staging))
        # Oxigraph sorts and writes each bulk load on one thread: loading parts side by side
        # uses every core (a million quads: about 4.5 s in two parts against 12 s in one).
        with ThreadPoolExecutor(max_workers=max(1, len(parts))) as pool:
            for done in [pool.submit(_load_part, fresh, part) for part in parts]:
                done.result()
        parts.clear()
        fresh.optimize()  # compacted once: queries run faster on it (about a fifth at a million triples)
        fresh.flush()
        del fresh
        if path.is_dir():
            path.rmdir()
        os.rename(staging, path)
    except OSError as exc:
        raise StoreError(explain_open_error(exc, path)) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return StoreReport(path, documents, 0, count, 0, count)


#: Quads per part of a first load, at least: smaller parts cost more than they gain.
_PART_QUADS = 200_000


def _parts(data: bytes, quads: int) -> list[bytes]:
    """N-Quads of ``quads`` quads, cut at line ends into one part per core (fewer for a small source)."""
    count = min(os.cpu_count() or 1, max(1, quads // _PART_QUADS))
    cuts = [0]
    for n in range(1, count):
        end = data.find(b"\n", max(cuts[-1], len(data) * n // count))
        if end >= 0:
            cuts.append(end + 1)
    cuts.append(len(data))
    return [data[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]


def _load_part(store: Any, part: bytes) -> None:
    """Bulk-load one part. The quads come from an Oxigraph store, so they are valid: no need to check IRIs again."""
    import pyoxigraph as ox

    store.bulk_load(part, format=ox.RdfFormat.N_QUADS, lenient=True)


class _Plan:
    """The quads to delete and insert to add a build to a store that may hold some of its documents.

    Reads the store (which this process has locked), and works out:

    1. document graphs: the old graph of every document of the build is dropped;
    2. descriptions in the entities graph: for each (subject, property) the
       build describes, the old values go (but ``org:holds``/``org:heldBy``
       accumulate);
    3. the knowledge-base graph: the offices of the build's persons are rewritten;
    4. what the replaced documents referred to and nothing refers to any more
       (an issue only the old version named, its description, a person's
       offices) is removed, as are ``org:holds`` that no incumbency attests.
    """

    def __init__(self, store: Any, new: dict[Any, list[Any]], documents: list[Any]) -> None:
        import pyoxigraph as ox

        self.ox = ox
        self.store = store
        self.new = new
        self.entities = ox.NamedNode(_ENTITIES)
        self.kb = ox.NamedNode(_KB)
        self.documents = documents
        self.replaced_graphs = {g for g in documents if store.contains_named_graph(g)}
        self.replaced = len(self.replaced_graphs)
        self.delete: dict[Any, set[Any]] = {}
        self.insert: dict[Any, set[Any]] = {}
        self.added = self.removed = 0
        self._indexes: dict[Any, tuple[dict[Any, set[Any]], dict[Any, set[Any]]]] = {}
        self._plan()

    # -- reading the store as it will be -------------------------------------------------

    def _skip(self, graph: Any) -> bool:
        return graph == self.entities or graph == self.kb or graph in self.replaced_graphs

    def _in_documents(self, node: Any) -> bool:
        """Whether some document graph refers to ``node`` after the change."""
        if node in self.new_doc_terms:
            return True
        for quad in self.store.quads_for_pattern(node, None, None, None):
            if not self._skip(quad.graph_name):
                return True
        for quad in self.store.quads_for_pattern(None, None, node, None):
            if not self._skip(quad.graph_name):
                return True
        return False

    def _after(self, graph: Any, s: Any = None, p: Any = None, o: Any = None) -> set[Any]:
        """Triples of the entities or knowledge-base graph matching a pattern, as they will be.

        ``s`` or ``o`` is always given; the planned insertions are indexed by both.
        """
        deleted = self.delete.get(graph, ())
        old = {q.triple for q in self.store.quads_for_pattern(s, p, o, graph)}
        old = {t for t in old if t not in deleted}
        index = self._index(graph)
        new = index[0].get(s, set()) if s is not None else index[1].get(o, set())
        return old | {t for t in new if (p is None or t.predicate == p) and (o is None or t.object == o)}

    def _index(self, graph: Any) -> tuple[dict[Any, set[Any]], dict[Any, set[Any]]]:
        found = self._indexes.get(graph)
        if found is None:
            by_subject: dict[Any, set[Any]] = {}
            by_object: dict[Any, set[Any]] = {}
            for t in self.insert.get(graph, ()):
                by_subject.setdefault(t.subject, set()).add(t)
                by_object.setdefault(t.object, set()).add(t)
            found = self._indexes[graph] = (by_subject, by_object)
        return found

    def _entities_after(self, s: Any = None, p: Any = None, o: Any = None) -> set[Any]:
        """Triples of the entities graph after steps 1-3."""
        return self._after(self.entities, s, p, o)

    def _kb_after(self, s: Any = None, p: Any = None, o: Any = None) -> set[Any]:
        return self._after(self.kb, s, p, o)

    # -- the plan ---------------------------------------------------------------------------

    def _plan(self) -> None:
        ox = self.ox
        new_entities = set(self.new.get(self.entities, ()))
        new_kb = set(self.new.get(self.kb, ()))
        self.new_doc_terms: set[Any] = set()
        for graph in self.documents:
            for t in self.new[graph]:
                self.new_doc_terms.add(t.subject)
                self.new_doc_terms.add(t.object)
        # 1. documents: the old graphs go whole, the new ones come in.
        candidates: set[Any] = set()
        for graph in self.replaced_graphs:
            for quad in self.store.quads_for_pattern(None, None, None, graph):
                self.delete.setdefault(graph, set()).add(quad.triple)
                candidates.update((quad.subject, quad.object))
        for graph in self.documents:
            self.insert[graph] = set(self.new[graph])
        # 2. descriptions: the build's values of a (subject, property) replace the old ones.
        described = {(t.subject, t.predicate) for t in new_entities if t.predicate.value not in _ACCUMULATE}
        for s, p in described:
            for quad in self.store.quads_for_pattern(s, p, None, self.entities):
                self.delete.setdefault(self.entities, set()).add(quad.triple)
        self.insert[self.entities] = new_entities
        # 3. knowledge base: the build's persons get the offices it gives them.
        person = ox.NamedNode(_DG + "Person")
        rdf_type = ox.NamedNode(_RDF_TYPE)
        persons = {t.subject for t in new_entities if t.predicate == rdf_type and t.object == person}
        for p in persons:
            self._drop_kb_offices(p)
        self.insert[self.kb] = new_kb
        # 4. what nothing refers to any more.
        self._collect(candidates)
        self._finish()

    def _drop_kb_offices(self, person: Any) -> None:
        holder = self.ox.NamedNode(_DG + "holder")
        for quad in self.store.quads_for_pattern(None, holder, person, self.kb):
            for q in self.store.quads_for_pattern(quad.subject, None, None, self.kb):
                self.delete.setdefault(self.kb, set()).add(q.triple)

    def _collect(self, candidates: set[Any]) -> None:
        ox = self.ox
        # Candidates: what the old document graphs named that has a description, and
        # what those descriptions lead to (a post's state, a body's state).
        todo = [c for c in candidates if isinstance(c, ox.NamedNode)
                and any(True for _ in self.store.quads_for_pattern(c, None, None, self.entities))]
        nodes: set[Any] = set()
        while todo:
            node = todo.pop()
            if node in nodes:
                continue
            nodes.add(node)
            for quad in self.store.quads_for_pattern(node, None, None, self.entities):
                if quad.predicate.value in _KEEPS_ALIVE | _ACCUMULATE and isinstance(quad.object, ox.NamedNode):
                    todo.append(quad.object)
        if not nodes:
            self._recheck_holds()
            return
        alive = {n for n in nodes if self._in_documents(n)}
        post_p, holder_p = ox.NamedNode(_DG + "post"), ox.NamedNode(_DG + "holder")
        changed = True
        while changed:
            changed = False
            for node in nodes - alive:
                keep = any(t.predicate.value in _KEEPS_ALIVE and (t.subject not in nodes or t.subject in alive)
                           for t in self._entities_after(None, None, node))
                if not keep:  # a post of an office of the knowledge base whose holder lives
                    keep = any(h.object not in nodes or h.object in alive
                               for t in self._kb_after(None, post_p, node)
                               for h in self._kb_after(t.subject, holder_p, None))
                if keep:
                    alive.add(node)
                    changed = True
        dead = nodes - alive
        for node in dead:
            for t in self._entities_after(node):
                self._remove(self.entities, t)
            for t in self._entities_after(None, None, node):
                self._remove(self.entities, t)
            for t in self._kb_after(None, holder_p, node):
                for office in self._kb_after(t.subject):
                    self._remove(self.kb, office)
        self._recheck_holds()

    def _remove(self, graph: Any, triple: Any) -> None:
        self.delete.setdefault(graph, set()).add(triple)
        self.insert.get(graph, set()).discard(triple)
        if graph in self._indexes:
            by_subject, by_object = self._indexes[graph]
            by_subject.get(triple.subject, set()).discard(triple)
            by_object.get(triple.object, set()).discard(triple)

    def _recheck_holds(self) -> None:
        """Drop ``org:holds``/``org:heldBy`` that no incumbency of any graph attests any more.

        Only the holders of incumbencies that go can lose a post.
        """
        ox = self.ox
        holds, held_by = ox.NamedNode(_ORG + "holds"), ox.NamedNode(_ORG + "heldBy")
        holder_p, post_p = ox.NamedNode(_DG + "holder"), ox.NamedNode(_DG + "post")
        persons = {t.object for graph, triples in self.delete.items() if graph != self.entities
                   for t in triples if t.predicate == holder_p and t not in self.insert.get(graph, ())}
        new_incumbencies: dict[Any, set[Any]] = {}
        for graph, triples in self.insert.items():
            if graph == self.entities:
                continue
            by_subject: dict[Any, dict[Any, Any]] = {}
            for t in triples:
                if t.predicate in (holder_p, post_p):
                    by_subject.setdefault(t.subject, {})[t.predicate] = t.object
            for parts in by_subject.values():
                if holder_p in parts and post_p in parts:
                    new_incumbencies.setdefault(parts[holder_p], set()).add(parts[post_p])
        for person in persons:
            for t in self._entities_after(person, holds, None):
                post = t.object
                if post in new_incumbencies.get(person, ()):
                    continue
                attested = False
                for quad in self.store.quads_for_pattern(None, holder_p, person, None):
                    if quad.graph_name == self.entities or quad.graph_name in self.replaced_graphs:
                        continue
                    if quad.triple in self.delete.get(quad.graph_name, ()):
                        continue
                    if any(True for _ in self.store.quads_for_pattern(quad.subject, post_p, post, quad.graph_name)):
                        attested = True
                        break
                if not attested:
                    self._remove(self.entities, t)
                    self._remove(self.entities, ox.Triple(post, held_by, person))

    def _finish(self) -> None:
        """Keep only real changes: delete what is there and stays gone, insert what is not there yet."""
        for graph in set(self.delete) | set(self.insert):
            gone, come = self.delete.get(graph, set()), self.insert.get(graph, set())
            # A replaced graph's old triples are all in ``gone``; a new graph has none.
            fresh = graph in self.replaced_graphs or not self.store.contains_named_graph(graph)
            self.delete[graph] = {t for t in gone - come if self._has(t, graph)}
            self.insert[graph] = {t for t in come - gone if fresh or not self._has(t, graph)}
        self.removed = sum(len(v) for v in self.delete.values())
        self.added = sum(len(v) for v in self.insert.values())

    def _has(self, triple: Any, graph: Any) -> bool:
        return any(True for _ in self.store.quads_for_pattern(triple.subject, triple.predicate, triple.object, graph))

    def update_text(self) -> str:
        """One SPARQL update: DELETE DATA, then INSERT DATA (one transaction)."""
        parts = []
        deletions = self._data(self.delete)
        if deletions:
            parts.append("DELETE DATA {\n" + deletions + "}")
        insertions = self._data(self.insert)
        if insertions:
            parts.append("INSERT DATA {\n" + insertions + "}")
        return " ;\n".join(parts)

    def _data(self, graphs: dict[Any, set[Any]]) -> str:
        ox = self.ox
        chunks = []
        for graph in sorted(graphs, key=str):
            triples = graphs[graph]
            if triples:
                body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
                chunks.append(f"GRAPH {graph} {{\n{body}}}\n")
        return "".join(chunks)

