"""The whole pipeline on the founding example: outputs, shapes, queries, atomicity."""
from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
import rdflib

from diplograph.build import build
from diplograph.errors import InputError
from diplograph.ingest import read_inputs
from diplograph.ontology import ONTOLOGY, SHAPES
from diplograph.ontology import path as ontology_file
from diplograph.store.query import load_query, run_query
from diplograph.types import Document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "src" / "diplograph" / "data" / "seed_coalition_ar.txt"
OUTPUTS = ("statements.jsonl", "graph.trig", "graph.graphml", "graph.html")


def seed_build(out: Path):
    return build(read_inputs([SEED], published=date(2025, 9, 1)), out=out)


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("build")
    summary = seed_build(out)
    assert summary.documents == 1 and summary.statements > 10
    return out


def test_every_output_is_written(built):
    for name in OUTPUTS:
        assert (built / name).stat().st_size > 0, name


def test_rdf_conforms_to_the_shapes(built):
    pyshacl = pytest.importorskip("pyshacl")
    data = rdflib.Dataset()
    data.parse(built / "graph.trig", format="trig")
    union = rdflib.Graph()
    for triple in data.triples((None, None, None)):
        union.add(triple)
    shapes = rdflib.Graph().parse(str(ontology_file(SHAPES)))
    ontology = rdflib.Graph().parse(str(ontology_file(ONTOLOGY)))
    conforms, _, report = pyshacl.validate(union, shacl_graph=shapes, ont_graph=ontology, inference="rdfs")
    assert conforms, report


def test_who_rejects_what_lists_the_kremlin(built):
    rows = run_query(built / "graph.trig", load_query("rejections"))
    kremlin = rows[rows["subjectLabel"] == "Kremlin"]
    assert not kremlin.empty
    assert kremlin["objectLabel"].str.contains("انتشار").any()


def test_graphml_carries_the_evidence(built):
    graph = nx.read_graphml(built / "graph.graphml")
    edges = [d for _, _, d in graph.edges(data=True) if d.get("predicate") == "coChairs"]
    assert {e["negated"] for e in edges} == {False}
    assert all(e["sentence"] and e["doc"] == "seed_coalition_ar" for e in edges)


def test_statements_jsonl_is_the_export(built):
    rows = [json.loads(line) for line in (built / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    negated = [r for r in rows if r["kind"] == "statement" and r["negated"]]
    assert any(r["subject"]["label"] == "Donald Trump" and r["predicate"] == "participatesIn" for r in negated)


def test_roles_give_the_title_as_the_article_writes_it(built):
    rows = [json.loads(line) for line in (built / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    titles = {r["subject"]["label"]: r["title"] for r in rows if r.get("predicate") == "holdsPosition"}
    # Not the folded form ("الرييس"), nor with the conjunction it is written with ("ورئيس الوزراء").
    assert titles["Emmanuel Macron"] == "الرئيس" and titles["Keir Starmer"] == "رئيس الوزراء"
    offices = json.loads(nx.read_graphml(built / "graph.graphml").nodes["person/keir-starmer"]["offices"])
    assert offices[0].startswith("رئيس الوزراء (named ")


def test_html_has_no_remote_reference(built):
    html = (built / "graph.html").read_text(encoding="utf-8")
    assert "https://cdn" not in html and "<script src=\"http" not in html


def test_same_build_twice_is_identical(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    seed_build(a)
    seed_build(b)
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_a_failed_build_keeps_the_previous_outputs(tmp_path, monkeypatch):
    seed_build(tmp_path)
    before = {name: (tmp_path / name).read_bytes() for name in OUTPUTS}
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"id": "n1", "text": "رفض الكرملين الخطة الأمريكية.", "published": "2025-01-02"},
                                ensure_ascii=False) + "\n", encoding="utf-8")

    import diplograph.graph.network as network

    def crash(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(network, "write_graphml", crash)
    with pytest.raises(KeyboardInterrupt):
        build(read_inputs([other], published=None), out=tmp_path)
    for name in OUTPUTS:
        assert (tmp_path / name).read_bytes() == before[name], name
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_nothing_extractable_is_an_error(tmp_path):
    bad = tmp_path / "c.jsonl"
    bad.write_text('{"id": "x", "text": "Γεια σου κόσμε, τι κάνεις σήμερα", "published": "2025-01-01"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="no document"):
        build(read_inputs([bad], published=None), out=tmp_path / "out")


def test_a_long_document_is_announced(monkeypatch, capsys, caplog):
    from diplograph import build as build_module

    monkeypatch.setattr(build_module, "LONG_DOCUMENT", 10)
    docs = [Document("short", "Brief.", date(2025, 9, 1)), Document("long", "A long text, " * 3, date(2025, 9, 1))]
    with caplog.at_level(logging.INFO, logger="diplograph.build"):
        assert [d.id for d in build_module.announce_long(docs)] == ["short", "long"]
    notes = [r.getMessage() for r in caplog.records if r.name == "diplograph.build"]
    assert len(notes) == 1 and notes[0].startswith("long is 0 million characters long")
    assert capsys.readouterr().err == ""  # the library logs; only the command line prints


# -- killed builds leave nothing behind ----------------------------------------------------------------

def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    try:
        return [int(p) for p in path.read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _busy_corpus(path: Path, count: int = 4000) -> Path:
    sentences = ["The Kremlin rejected the plan on {n} March.", "Egypt hosted talks between the two sides {n} times.",
                 "France condemned the strike near the border, officials said {n} times."]
    with open(path, "w", encoding="utf-8") as out:
        for n in range(count):
            out.write(json.dumps({"id": f"d{n}", "text": " ".join(s.format(n=n) for s in sentences),
                                  "published": "2025-09-01", "lang": "en"}) + "\n")
    return path


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
@pytest.mark.parametrize("signum", ["SIGTERM", "SIGHUP", "SIGKILL"])
def test_a_killed_parallel_build_leaves_no_workers_and_no_staging(tmp_path, signum):
    import os
    import signal
    import subprocess
    import sys
    import time

    corpus = _busy_corpus(tmp_path / "c.jsonl")
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "diplograph.cli", "build", str(corpus), "--workers", "2",
                                "--out", str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
            workers = _children(process.pid)
            time.sleep(0.2)
        assert len(workers) >= 2, "the workers never started"
        time.sleep(1)  # let them take batches
        assert list(out.glob(".build-*"))
        process.send_signal(getattr(signal, signum))
        status = process.wait(timeout=60)
        deadline = time.monotonic() + 30
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_alive(w) for w in workers)
        if signum != "SIGKILL":
            assert status == 130 and not list(out.glob(".build-*")), process.stderr.read()
        else:  # no clean-up is possible: the next build removes what a dead one left
            assert list(out.glob(".build-*"))
            (tmp_path / "a.txt").write_text("The Kremlin rejected the plan.", encoding="utf-8")
            build(read_inputs([tmp_path / "a.txt"], published=date(2025, 9, 1)), out=out, outputs=["statements.jsonl"])
            assert not list(out.glob(".build-*"))
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


def test_the_summary_counts_the_lines_written(built):
    """'statements: N' and 'roles: N' are the lines of statements.jsonl, 'actors: N' its entity lines."""
    summary = seed_build(built.parent / "again")
    rows = [json.loads(line) for line in (built.parent / "again" / "statements.jsonl").read_text("utf-8").splitlines()]
    roles = [r for r in rows if r["kind"] == "statement" and r["predicate"] == "holdsPosition"]
    statements = [r for r in rows if r["kind"] == "statement" and r["predicate"] != "holdsPosition"]
    assert roles and (summary.roles, summary.statements) == (len(roles), len(statements))
    assert summary.actors == len({r["id"] for r in rows if r["kind"] == "entity"})


def test_a_build_writes_any_registered_format(tmp_path):
    """--outputs takes writer names (nq, csv), build output names (statements) and file names alike."""
    import pyoxigraph as ox

    doc = Document("d1", "The Kremlin rejected the plan.", date(2025, 9, 1), lang="en")
    summary = build([doc], out=tmp_path, outputs=["statements", "nq", "csv"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edges.csv", "graph.nq", "nodes.csv", "statements.jsonl"]
    assert list(summary.files) == ["statements", "nq", "nodes.csv", "edges.csv"]
    store = ox.Store()
    store.load(path=str(tmp_path / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    assert any(q.graph_name.value.endswith("/graph/d1") for q in store)
    with pytest.raises(InputError, match=r"unknown output 'svg'; choose from jsonl \(statements\), trig \(rdf\)"):
        build([doc], out=tmp_path / "x", outputs=["svg"])


def test_a_build_leaves_the_garbage_collector_as_it_found_it(tmp_path):
    import gc

    seed_build(tmp_path / "a")
    assert gc.get_freeze_count() == 0 and gc.isenabled()
    gc.freeze()  # a host that freezes its own objects (a pre-forking server) keeps them frozen, and no more
    frozen = gc.get_freeze_count()
    try:
        seed_build(tmp_path / "b")
        assert 0 < gc.get_freeze_count() <= frozen  # (some of those objects were freed since)
    finally:
        gc.unfreeze()
