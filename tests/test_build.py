"""The whole pipeline on the founding example: outputs, shapes, queries, atomicity."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
import rdflib

from diplograph.build import build
from diplograph.errors import InputError
from diplograph.ingest import read_inputs
from diplograph.query import load_query, run_query
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
    shapes = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl")
    ontology = rdflib.Graph().parse(ROOT / "ontology" / "diplograph.ttl")
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


def test_a_long_document_is_announced(monkeypatch, capsys):
    from diplograph import build as build_module

    monkeypatch.setattr(build_module, "LONG_DOCUMENT", 10)
    docs = [Document("short", "Brief.", date(2025, 9, 1)), Document("long", "A long text, " * 3, date(2025, 9, 1))]
    assert [d.id for d in build_module.announce_long(docs)] == ["short", "long"]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("diplograph: note: long is")
