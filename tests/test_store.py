"""The persistent store: incremental, without duplicates, all or nothing."""
from __future__ import annotations

import dataclasses
import threading
import sys
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

from diplograph.store import disk as store_module
from diplograph.build import build
from diplograph.cli import main
from diplograph.graph.rdf import IRIs, build_dataset
from diplograph.store.query import run_query
from diplograph.errors import StoreError
from diplograph.graph.source import open_source
from diplograph.store.disk import add_to_store, is_store, open_store, prepare_store
from diplograph.types import Document

try:
    from tests import fixtures as fx
except ImportError:  # run without the repository root on sys.path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests import fixtures as fx


def quads(source) -> set[tuple[str, str, str, str]]:
    """Every quad of a store folder, a TriG file, a pyoxigraph store or an rdflib Dataset, as strings."""
    source = open_source(source)
    return {(str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)) for q in source}


def english_v2():
    """The English document again, changed: Wadephul, Warsaw and the troops are gone, one statement is new."""
    old = fx.english_extraction()
    gone = {fx.WADEPHUL.id, fx.WARSAW.id}
    statements = [s for s in old.statements if s.predicate not in ("visits", "deploys")]
    statements.append(dataclasses.replace(statements[0], predicate="criticizes", trigger="condemned"))
    return dataclasses.replace(
        old,
        mentions=[m for m in old.mentions if m.actor.id not in gone],
        statements=statements,
        roles=[],
    )


def test_first_load_holds_the_build(tmp_path):
    dataset = build_dataset(fx.extractions(), kb=fx.FakeKB())
    report = add_to_store(tmp_path / "kb", dataset)
    assert is_store(tmp_path / "kb")
    assert quads(tmp_path / "kb") == quads(dataset)
    assert (report.documents, report.replaced, report.removed) == (2, 0, 0)
    assert report.added == report.quads == len(quads(dataset))
    assert [p.name for p in tmp_path.iterdir()] == ["kb"]  # no staging folder left


def test_adding_again_duplicates_nothing(tmp_path):
    dataset = build_dataset(fx.extractions(), kb=fx.FakeKB())
    add_to_store(tmp_path / "kb", dataset)
    report = add_to_store(tmp_path / "kb", build_dataset(fx.extractions(), kb=fx.FakeKB()))
    assert (report.documents, report.replaced, report.added, report.removed) == (2, 2, 0, 0)
    assert quads(tmp_path / "kb") == quads(dataset)


def test_documents_added_one_by_one_make_one_graph(tmp_path):
    seed, english = fx.extractions()
    add_to_store(tmp_path / "kb", build_dataset([seed], kb=fx.FakeKB()))
    report = add_to_store(tmp_path / "kb", build_dataset([english], kb=fx.FakeKB()))
    assert (report.documents, report.replaced) == (1, 0)
    assert quads(tmp_path / "kb") == quads(build_dataset([seed, english], kb=fx.FakeKB()))
    # The Kremlin, named by both documents, is one node described once.
    kremlin = open_store(tmp_path / "kb").quads_for_pattern(ox.NamedNode(str(IRIs.actor(fx.KREMLIN))), None, None,
                                                            ox.NamedNode(str(IRIs.ENTITIES_GRAPH)))
    labels = [q.object.value for q in kremlin if q.predicate.value.endswith("#label")]
    assert sorted(labels) == ["Kremlin", "الكرملين"]


def test_a_changed_document_replaces_its_graph_and_what_only_it_named(tmp_path):
    seed, english = fx.extractions()
    add_to_store(tmp_path / "kb", build_dataset([seed, english], kb=fx.FakeKB()))
    report = add_to_store(tmp_path / "kb", build_dataset([english_v2()], kb=fx.FakeKB()))
    assert report.replaced == 1 and report.removed > 0
    expected = quads(build_dataset([seed, english_v2()], kb=fx.FakeKB()))
    got = quads(tmp_path / "kb")
    assert got - expected == set() and expected - got == set()
    everything = " ".join(" ".join(q) for q in got)
    assert fx.WADEPHUL.id not in everything and "warsaw" not in everything and "issue/troops" not in everything


def test_offices_of_a_person_no_document_names_any_more_go(tmp_path):
    seed, english = fx.extractions()
    trump_doc = dataclasses.replace(
        english, document=dataclasses.replace(english.document, id="trump"),
        statements=[dataclasses.replace(seed.statements[6], doc="trump")], roles=[], mentions=[])
    add_to_store(tmp_path / "kb", build_dataset([english, trump_doc], kb=fx.FakeKB()))
    assert fx.TRUMP.id in " ".join(q[1] for q in quads(tmp_path / "kb"))
    empty = dataclasses.replace(trump_doc, statements=[])
    add_to_store(tmp_path / "kb", build_dataset([empty], kb=fx.FakeKB()))
    assert quads(tmp_path / "kb") == quads(build_dataset([english, empty], kb=fx.FakeKB()))


@pytest.mark.parametrize("text", fx.HOSTILE, ids=range(len(fx.HOSTILE)))
def test_hostile_strings_are_deleted_and_inserted_exactly(tmp_path, text):
    hostile, english = fx.hostile_extraction(text), fx.english_extraction()
    emptied = dataclasses.replace(hostile, statements=[], roles=[], mentions=[])
    add_to_store(tmp_path / "kb", build_dataset([hostile, english]))
    # Its literals and IRIs now go through DELETE DATA, then INSERT DATA.
    report = add_to_store(tmp_path / "kb", build_dataset([emptied]))
    assert report.replaced == 1 and report.removed > 0
    assert quads(tmp_path / "kb") == quads(build_dataset([emptied, english]))
    report = add_to_store(tmp_path / "kb", build_dataset([hostile]))
    assert report.added > 0
    assert quads(tmp_path / "kb") == quads(build_dataset([hostile, english]))


def test_a_write_that_fails_part_way_changes_nothing(tmp_path, monkeypatch):
    seed, english = fx.extractions()
    add_to_store(tmp_path / "kb", build_dataset([seed], kb=fx.FakeKB()))
    before = quads(tmp_path / "kb")
    planned = store_module._Plan.update_text

    def fails_after_the_writes(self):
        # The deletions and insertions run, then the transaction fails: Oxigraph
        # refuses to create a graph that exists.
        return planned(self) + f" ;\nCREATE GRAPH <{IRIs.ENTITIES_GRAPH}>"

    monkeypatch.setattr(store_module._Plan, "update_text", fails_after_the_writes)
    with pytest.raises(StoreError) as error:
        add_to_store(tmp_path / "kb", build_dataset([english_v2(), seed], kb=fx.FakeKB()))
    assert "not changed" in str(error.value) and "\n" not in str(error.value)
    assert quads(tmp_path / "kb") == before


@pytest.mark.parametrize("failure", [OSError("disk full"), KeyboardInterrupt()])
def test_a_first_load_that_fails_part_way_leaves_no_store(tmp_path, monkeypatch, failure):
    """One part of the load is written, the next one fails: no store, no staging folder."""
    real, calls, lock = store_module._load_part, [], threading.Lock()

    def breaks(store, part):
        with lock:
            calls.append(part)
            first = len(calls) == 1
        if not first:
            raise failure
        real(store, part)

    monkeypatch.setattr(store_module, "_PART_QUADS", 5)
    monkeypatch.setattr(store_module.os, "cpu_count", lambda: 4)
    monkeypatch.setattr(store_module, "_load_part", breaks)
    with pytest.raises((StoreError, KeyboardInterrupt)):
        add_to_store(tmp_path / "kb", build_dataset(fx.extractions()))
    assert len(calls) > 1
    assert list(tmp_path.iterdir()) == []


def test_a_first_load_in_parts_holds_every_quad(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "_PART_QUADS", 5)
    monkeypatch.setattr(store_module.os, "cpu_count", lambda: 3)
    dataset = build_dataset(fx.extractions(), kb=fx.FakeKB())
    source = open_source(dataset)
    assert len(store_module._parts(source.dump(format=ox.RdfFormat.N_QUADS), len(source))) == 3
    add_to_store(tmp_path / "kb", dataset)
    assert quads(tmp_path / "kb") == quads(dataset)


def test_an_interrupted_build_leaves_the_store_as_it_was(tmp_path):
    target = tmp_path / "kb"
    text = "The Kremlin rejected any deployment of Western forces in Ukraine."
    build([Document("one", text, date(2025, 9, 1), "en")], out=tmp_path / "out", store=target, outputs=["statements.jsonl"])
    before = quads(target)

    def corpus():
        yield Document("two", "France hosts talks on Ukraine.", date(2025, 9, 2), "en")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build(corpus(), out=tmp_path / "out", store=target, outputs=["statements.jsonl"])
    assert quads(target) == before
    summary = build([Document("one", text, date(2025, 9, 1), "en")], out=tmp_path / "out", store=target,
                    outputs=["statements.jsonl"])
    assert summary.store.replaced == 1 and quads(target) == before


def test_a_store_is_written_by_one_process_at_a_time(tmp_path):
    add_to_store(tmp_path / "kb", build_dataset(fx.extractions()))
    held = prepare_store(tmp_path / "kb")
    try:
        with pytest.raises(StoreError) as error:
            add_to_store(tmp_path / "kb", build_dataset(fx.extractions()))
        assert "in use" in str(error.value)
    finally:
        del held


@pytest.mark.parametrize("setup, message", [
    (lambda p: None, "no store there"),
    (lambda p: p.write_text("x"), "is a file"),
    (lambda p: (p.mkdir(), (p / "notes.txt").write_text("x")), "holds other files"),
])
def test_bad_store_folders(tmp_path, setup, message):
    path = tmp_path / "kb"
    setup(path)
    with pytest.raises(StoreError, match=message):
        open_store(path, write=message != "no store there")


def test_queries_run_on_a_store(tmp_path):
    add_to_store(tmp_path / "kb", build_dataset(fx.extractions(), kb=fx.FakeKB()))
    df = run_query(tmp_path / "kb", "rejections")
    assert set(df["subjectLabel"]) == {"Kremlin", "Ukraine", "United Kingdom"}


def test_cli_build_and_query_a_store(tmp_path, capsys):
    target = tmp_path / "kb"
    assert main(["build", "--out", str(tmp_path / "out"), "--store", str(target), "--outputs", "statements"]) == 0
    assert f"store: {target} (1 documents, 0 replaced" in capsys.readouterr().out
    assert main(["build", "--out", str(tmp_path / "out"), "--store", str(target), "--outputs", "statements"]) == 0
    assert "1 replaced; +0 -0 quads" in capsys.readouterr().out
    assert main(["query", "rejections", "--store", str(target), "--format", "csv"]) == 0
    assert "Kremlin" in capsys.readouterr().out
    assert main(["query", "rejections", "--store", str(tmp_path / "nothing")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("diplograph: error: ") and "no store there" in err and err.count("\n") == 1


@pytest.mark.parametrize("existing", [False, True], ids=["first load", "later addition"])
@pytest.mark.parametrize("trig, refused", [
    ('<http://example.org/g> { _:b <http://example.org/p> "x" . }', True),
    ('<http://example.org/g> { <http://example.org/s> <http://example.org/p> _:b . }', True),
    ('<http://example.org/g> { <http://example.org/s> <http://example.org/p> "a _:b in words" . }', False),
    ('<http://example.org/s> <http://example.org/p> "no graph" .', True),
], ids=["blank subject", "blank object", "words that look like one", "default graph"])
def test_what_a_store_cannot_replace_is_refused(tmp_path, existing, trig, refused):
    if existing:
        add_to_store(tmp_path / "kb", build_dataset(fx.extractions()))
    before = quads(tmp_path / "kb") if existing else None
    source = ox.Store()
    source.load(trig.encode(), format=ox.RdfFormat.TRIG)
    if refused:
        with pytest.raises(StoreError, match="named graphs|blank nodes"):
            add_to_store(tmp_path / "kb", source)
        assert (quads(tmp_path / "kb") == before) if existing else not (tmp_path / "kb").exists()
    else:
        add_to_store(tmp_path / "kb", source)
        assert ("http://example.org/g", "http://example.org/s", "http://example.org/p", '"a _:b in words"') \
            in {(g.strip("<>"), s.strip("<>"), p.strip("<>"), o) for g, s, p, o in quads(tmp_path / "kb")}


def test_a_damaged_store_is_a_one_line_error(tmp_path):
    from diplograph.cli import main
    from diplograph.graph.rdf import build_dataset as dataset_of

    path = tmp_path / "kb"
    add_to_store(path, dataset_of(fx.extractions(), kb=fx.FakeKB()))
    for part in list(path.glob("*.sst")) + list(path.glob("MANIFEST-*")):
        data = part.read_bytes()
        part.write_bytes(data[: len(data) // 2] + b"\0" * 100)
    with pytest.raises(StoreError, match="damaged.*build it again"):
        open_store(path)
    assert main(["query", "rejections", "--store", str(path)]) == 2


def test_a_killed_first_load_leaves_nothing_for_long(tmp_path):
    """A first load killed (-9) leaves its hidden folder; the next load into the same place removes it."""
    stale = tmp_path / ".kb.loading-999999999-abc"  # no process has that id
    stale.mkdir()
    (stale / "000001.sst").write_bytes(b"x" * 1000)
    add_to_store(tmp_path / "kb", build_dataset(fx.extractions(), kb=fx.FakeKB()))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb"]


def test_a_batch_added_in_chunks_makes_the_store_one_build_would(tmp_path, monkeypatch):
    """One document per transaction: the store ends as the single build of every document."""
    seed, english = fx.extractions()
    trump_doc = dataclasses.replace(
        english, document=dataclasses.replace(english.document, id="trump"),
        statements=[dataclasses.replace(seed.statements[6], doc="trump")], roles=[], mentions=[])
    add_to_store(tmp_path / "kb", build_dataset([seed, english, trump_doc], kb=fx.FakeKB()))
    monkeypatch.setattr(store_module, "CHUNK_QUADS", 1)
    empty = dataclasses.replace(trump_doc, statements=[])
    copy = dataclasses.replace(seed, document=dataclasses.replace(seed.document, id="seed-copy"),
                               statements=[dataclasses.replace(s, doc="seed-copy") for s in seed.statements])
    batch = build_dataset([english_v2(), empty, copy], kb=fx.FakeKB())
    source = store_module.open_source(batch)
    documents = [g for g in source.named_graphs() if not g.value.endswith(("/graph/entities", "/graph/kb"))]
    parts = list(store_module._parts_of(source, documents))
    assert [len(graphs) for _, graphs in parts[:3]] == [1, 1, 1] and len(parts) > 4  # descriptions one by one
    report = add_to_store(tmp_path / "kb", batch)
    assert (report.documents, report.replaced) == (3, 2)
    assert quads(tmp_path / "kb") == quads(build_dataset([seed, english_v2(), empty, copy], kb=fx.FakeKB()))
