"""Exports: every format parses back to what was exported, hostile strings included, written atomically."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import networkx as nx
import pandas as pd
import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDFS, XSD

from diplograph.cli import main
from diplograph.errors import InputError
from diplograph.export.formats import export, write_gexf
from diplograph.export.registry import WRITERS
from diplograph.graph.namespace import DG
from diplograph.graph.network import build_network, write_graphml
from diplograph.graph.rdf import build_dataset, label_language, write_trig
from diplograph.store.disk import add_to_store

# rdflib 7 warns about its own deprecated internals when it parses TriG into a Dataset.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

try:
    from tests import fixtures as fx
except ImportError:  # run without the repository root on sys.path
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests import fixtures as fx

RDF = {"trig": "trig", "turtle": "turtle", "nt": "nt", "nq": "nquads", "jsonld": "json-ld"}
#: The file formats checked value by value below (the HTML page has its own tests, in test_viz).
FORMATS = [name for name in WRITERS if name != "html"]
#: How each suffix is read back: a new writer needs a row here (test_every_writer_writes_a_file_that_parses).
PARSERS = {
    ".jsonl": lambda p: [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines()],
    ".trig": lambda p: Dataset().parse(p, format="trig"), ".ttl": lambda p: Graph().parse(p, format="turtle"),
    ".nt": lambda p: Graph().parse(p, format="nt"), ".nq": lambda p: Dataset().parse(p, format="nquads"),
    ".jsonld": lambda p: Dataset().parse(p, format="json-ld"),
    ".graphml": lambda p: nx.read_graphml(p, force_multigraph=True), ".gexf": nx.read_gexf,
    ".csv": lambda p: pd.read_csv(p, keep_default_na=False), ".html": lambda p: _parse_html(p),
}


def _parse_html(path: Path) -> list[str]:
    """The page's tags, read by the standard library's parser (which fails on nothing, so the tags are checked)."""
    from html.parser import HTMLParser

    tags: list[str] = []
    parser = HTMLParser()
    parser.handle_starttag = lambda tag, attrs: tags.append(tag)
    parser.feed(path.read_text(encoding="utf-8"))
    assert {"html", "body", "script"} <= set(tags), tags[:20]
    return tags


def make_build(folder: Path, extractions, kb=None) -> Path:
    """A build folder with graph.trig and graph.graphml of ``extractions``."""
    write_trig(build_dataset(extractions, kb=kb), folder / "graph.trig")
    write_graphml(build_network(extractions, kb=kb), folder / "graph.graphml")
    return folder


def canonical_triples(dataset) -> set:
    """The union's triples, with "x"^^xsd:string written "x" (the same RDF 1.1 term)."""
    out = set()
    for s, p, o, *_ in dataset.quads((None, None, None, None)) if isinstance(dataset, Dataset) else dataset:
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        out.add((s, p, o))
    return out


def parse_rdf(path: Path, fmt: str):
    if fmt in ("trig", "nq", "jsonld"):
        data = Dataset()
        data.parse(path, format=RDF[fmt])
        return data
    graph = Graph()
    graph.parse(path, format=RDF[fmt])
    return graph


def read_network(paths: list[Path], fmt: str) -> tuple[dict, list]:
    """(node attributes by id, edge attributes) of an export."""
    if fmt == "csv":
        nodes = pd.read_csv(paths[0], keep_default_na=False, dtype=str)
        edges = pd.read_csv(paths[1], keep_default_na=False, dtype=str)
        return ({r["id"]: r for r in nodes.to_dict("records")}, edges.to_dict("records"))
    graph = nx.read_graphml(paths[0], force_multigraph=True) if fmt == "graphml" else nx.read_gexf(paths[0])
    return dict(graph.nodes(data=True)), [d for *_, d in graph.edges(data=True)]


@pytest.fixture(scope="module")
def build_dir(tmp_path_factory) -> Path:
    return make_build(tmp_path_factory.mktemp("build"), fx.extractions(), kb=fx.FakeKB())


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    """A store holding what ``build_dir`` holds (exports only read it)."""
    store = tmp_path_factory.mktemp("store") / "kb"
    add_to_store(store, build_dataset(fx.extractions(), kb=fx.FakeKB()))
    return store


@pytest.mark.parametrize("fmt", list(RDF))
def test_rdf_exports_parse_back_to_the_build(build_dir, tmp_path, fmt):
    [path] = export(fmt, out=build_dir, to=tmp_path / f"x.{fmt}")
    expected = Dataset()
    expected.parse(build_dir / "graph.trig", format="trig")
    assert canonical_triples(parse_rdf(path, fmt)) == canonical_triples(expected)
    if fmt in ("trig", "nq", "jsonld"):  # the named graphs are kept
        names = {g.identifier for g in parse_rdf(path, fmt).graphs() if len(g)}
        assert names == {g.identifier for g in expected.graphs() if len(g)}


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_are_repeatable_and_go_beside_the_build_by_default(build_dir, fmt):
    first = [p.read_bytes() for p in export(fmt, out=build_dir)]
    paths = export(fmt, out=build_dir)
    assert all(p.parent == build_dir for p in paths)
    if fmt != "gexf":  # GEXF carries the day it was written
        assert [p.read_bytes() for p in paths] == first
    assert not [p for p in build_dir.iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_network_exports_hold_the_network(build_dir, tmp_path, fmt):
    network = build_network(fx.extractions(), kb=fx.FakeKB())
    nodes, edges = read_network(export(fmt, out=build_dir, to=tmp_path / "net"), fmt)
    assert set(nodes) == set(network.nodes)
    assert {n: str(d["label"]) for n, d in nodes.items()} == {n: d["label"] for n, d in network.nodes(data=True)}
    assert sorted(str(e["sentence"]) for e in edges) == sorted(d["sentence"] for *_, d in network.edges(data=True))


@pytest.mark.parametrize("text", fx.HOSTILE, ids=range(len(fx.HOSTILE)))
@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_strings_stay_valid_in_every_format(tmp_path, fmt, text):
    extraction = fx.hostile_extraction(text)
    folder = make_build(tmp_path / "build", [extraction])
    paths = export(fmt, out=folder, to=tmp_path / ("net" if fmt == "csv" else f"hostile.{fmt}"))
    if fmt in RDF:
        back = canonical_triples(parse_rdf(paths[0], fmt))
        assert canonical_triples(build_dataset([extraction])) == back
        subjects = {s for s, p, o in back if p == RDFS.label and o == Literal(text, lang=label_language(text))}
        assert subjects
        assert any(p == DG.sentence and o == Literal(extraction.document.text) for _, p, o in back)
        return
    if fmt == "jsonl":
        rows = [json.loads(line) for line in paths[0].read_text(encoding="utf-8").splitlines()]
        assert any(r["kind"] == "entity" and r["label"] == text for r in rows)
        assert {r["sentence"] for r in rows if r["kind"] == "statement"} == {s.sentence for s in extraction.statements}
        return
    network = build_network([extraction])  # the network's text is XML-safe already
    nodes, edges = read_network(paths, fmt)
    assert {n: str(d["label"]) for n, d in nodes.items()} == {n: d["label"] for n, d in network.nodes(data=True)}
    assert sorted(str(e["sentence"]) for e in edges) == sorted(d["sentence"] for *_, d in network.edges(data=True))
    assert sorted(str(e["subject_label"]) for e in edges) == sorted(
        d["subject_label"] for *_, d in network.edges(data=True))


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_store_exports_like_the_build_of_the_same_documents(build_dir, store_dir, tmp_path, fmt):
    from_store = export(fmt, store=store_dir, out=tmp_path / "a")
    from_build = export(fmt, out=build_dir, to=tmp_path / "b" if fmt == "csv" else tmp_path / "b" / f"g.{fmt}")
    if fmt in RDF:
        assert canonical_triples(parse_rdf(from_store[0], fmt)) == canonical_triples(parse_rdf(from_build[0], fmt))
    elif fmt == "jsonl":
        assert from_store[0].read_bytes() == from_build[0].read_bytes()
    else:  # read back from the RDF: the same nodes, labels and statements
        store_nodes, store_edges = read_network(from_store, fmt)
        build_nodes, build_edges = read_network(from_build, fmt)
        assert {n: str(d["label"]) for n, d in store_nodes.items()} == {
            n: str(d["label"]) for n, d in build_nodes.items()}
        key = lambda e: (str(e["predicate"]), str(e["sentence"]), str(e["subject_label"]))  # noqa: E731
        assert sorted(map(key, store_edges)) == sorted(map(key, build_edges))


def test_export_is_atomic(build_dir, tmp_path, monkeypatch):
    target = tmp_path / "graph.gexf"
    target.write_text("previous export\n", encoding="utf-8")

    def half_then_fail(graph, path, **kwargs):
        Path(path).write_text("<gexf half", encoding="utf-8")
        raise OSError("disk full")

    monkeypatch.setattr(nx, "write_gexf", half_then_fail)
    with pytest.raises(OSError):
        write_gexf(build_network(fx.extractions()), target)
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.gexf"]


def test_unknown_format_and_missing_build_are_one_line_errors(tmp_path, build_dir, capsys):
    with pytest.raises(InputError, match="unknown export format 'xml'"):
        export("xml", out=build_dir)
    with pytest.raises(SystemExit) as refused:  # argparse's choices, read from the registry
        main(["export", "--format", "xml", "--out", str(build_dir)])
    assert refused.value.code == 2 and "invalid choice: 'xml'" in capsys.readouterr().err
    assert main(["export", "--format", "nt", "--out", str(tmp_path / "none")]) == 2
    assert main(["export", "--format", "nt", "--store", str(tmp_path / "none")]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert len(errors) == 2 and all(line.startswith("diplograph: error: ") for line in errors)
    assert "no build there" in errors[0] and "no store there" in errors[1]


def test_cli_export_prints_what_it_wrote(build_dir, tmp_path, capsys):
    assert main(["export", "--format", "csv", "--out", str(build_dir), "--to", str(tmp_path)]) == 0
    assert capsys.readouterr().out.split() == [str(tmp_path / "nodes.csv"), str(tmp_path / "edges.csv")]


@pytest.mark.parametrize("trig", [
    # A document with no date, and one whose statement offset is no number.
    '<https://w3id.org/diplograph/resource/graph/x> { <https://w3id.org/diplograph/resource/doc/x> a '
    '<https://w3id.org/diplograph/ontology#Document> . }',
    '<https://w3id.org/diplograph/resource/graph/x> { <https://w3id.org/diplograph/resource/doc/x> a '
    '<https://w3id.org/diplograph/ontology#Document> ; <http://purl.org/dc/terms/issued> "2025-09-01" . '
    '<https://example.org/s> a <https://w3id.org/diplograph/ontology#Statement> ; '
    '<https://w3id.org/diplograph/ontology#startOffset> "ten" . }',
], ids=["no date", "no offset"])
def test_statement_export_of_foreign_rdf_is_a_one_line_error(tmp_path, trig, capsys):
    (tmp_path / "graph.trig").write_text(trig, encoding="utf-8")
    assert main(["export", "--format", "jsonl", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not in the shape" in err[0]
    assert not (tmp_path / "graph.jsonl").exists()


def test_a_store_export_never_replaces_a_builds_file(build_dir, tmp_path):
    import shutil

    build = tmp_path / "build"
    shutil.copytree(build_dir, build)
    before = (build / "graph.trig").read_bytes()
    add_to_store(tmp_path / "kb", build_dataset([fx.extractions()[0]], kb=fx.FakeKB()))
    with pytest.raises(InputError, match="--to"):
        export("trig", store=tmp_path / "kb", out=build)
    assert (build / "graph.trig").read_bytes() == before
    [path] = export("trig", store=tmp_path / "kb", out=build, to=tmp_path / "store.trig")
    assert path.is_file()


def test_csv_cells_are_never_formulas(tmp_path):
    graph = nx.MultiDiGraph()
    graph.add_node("=cmd|' /C calc'!A0", label="@SUM(1+1)", type="+1")
    graph.add_node("b", label="-2+3", type="Country")
    graph.add_edge("=cmd|' /C calc'!A0", "b", key="k", predicate="\tx", sentence="=HYPERLINK(\"http://e.x\")")
    nodes, edges = read_network(export_csv(graph, tmp_path), "csv")
    cells = [v for row in nodes.values() for v in row.values()] + [v for row in edges for v in row.values()]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert nodes["'=cmd|' /C calc'!A0"]["label"] == "'@SUM(1+1)" and nodes["b"]["label"] == "'-2+3"


def export_csv(graph, folder):
    from diplograph.export.formats import write_csv

    return write_csv(graph, folder)


def test_no_local_folder_reaches_the_rdf(tmp_path):
    from diplograph.build import build
    from diplograph.ingest import read_inputs

    folder = tmp_path / "private-folder-name"
    folder.mkdir()
    (folder / "a.txt").write_text("The Kremlin rejected the plan.", encoding="utf-8")
    (folder / "c.jsonl").write_text(json.dumps({"id": "j", "text": "Egypt hosted talks.", "published": "2025-09-01"})
                                    + "\n", encoding="utf-8")
    from datetime import date

    build(read_inputs([folder, folder / "a.txt"], published=date(2025, 9, 1)), out=tmp_path / "out",
          outputs=["graph.trig", "statements.jsonl"])
    for name in ("graph.trig", "statements.jsonl"):
        assert "private-folder-name" not in (tmp_path / "out" / name).read_text(encoding="utf-8")


# -- the writer registry -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(WRITERS))
def test_every_writer_writes_a_file_that_parses(build_dir, tmp_path, name):
    chosen = WRITERS[name]
    paths = export(name, out=build_dir, to=tmp_path / ("files" if chosen.folder else f"x{chosen.suffix}"))
    assert paths and all(p.suffix == chosen.suffix for p in paths)
    for path in paths:
        parsed = PARSERS[chosen.suffix](path)
        assert len(parsed), path


def test_nq_round_trips_through_pyoxigraph(build_dir, tmp_path):
    import pyoxigraph as ox

    [path] = export("nq", out=build_dir, to=tmp_path / "g.nq")
    back, build = ox.Store(), ox.Store()
    back.load(path=str(path), format=ox.RdfFormat.N_QUADS)
    build.load(path=str(build_dir / "graph.trig"), format=ox.RdfFormat.TRIG)
    assert len(back) == len(build) > 0
    assert set(back) == set(build)
    assert set(back.named_graphs()) == set(build.named_graphs())


def test_the_command_line_offers_the_registry():
    from diplograph.cli import _parser

    parser = _parser()
    sub = next(a for a in parser._actions if isinstance(a, __import__("argparse")._SubParsersAction))
    export_format = next(a for a in sub.choices["export"]._actions if a.dest == "format")
    assert list(export_format.choices) == list(WRITERS)
    outputs = next(a for a in sub.choices["build"]._actions if a.dest == "outputs")
    assert all(name in outputs.help for name in WRITERS)
    assert all(WRITERS[name].help in sub.choices["export"].description for name in WRITERS)


def test_a_writer_is_one_registered_function(tmp_path, monkeypatch):
    """Registering a format makes it a choice of export and of build, with nothing else to change."""
    from diplograph.export.registry import writer

    monkeypatch.setattr("diplograph.export.registry.WRITERS", dict(WRITERS))
    from diplograph.export import registry

    @writer("count", suffix=".txt", needs="network")
    def write_count(graph, path):
        """the number of nodes"""
        Path(path).write_text(str(graph.number_of_nodes()), encoding="utf-8")
        return [Path(path)]

    assert "count" in registry.WRITERS and "count" not in WRITERS
    build = tmp_path / "b"
    make_build(build, fx.extractions(), kb=fx.FakeKB())
    [path] = export("count", out=build)
    assert path == build / "graph.txt" and int(path.read_text()) == build_network(fx.extractions(),
                                                                                  kb=fx.FakeKB()).number_of_nodes()


@pytest.mark.parametrize("records", [
    [{"kind": "statement", "sentence": 'a "b"\\\n\u2028\x00', "span": [0, 9], "negated": False, "date": None}],
    [{"labels": {"ar": "الكرملين", "en": "Kremlin"}, "mentions": ["🙂", ""], "n": -3, "x": 2.5}, {}, {"a": [[], {}]}],
])
def test_statement_lines_are_encoded_as_json_dumps_encodes_them(records):
    from diplograph.export.jsonl import jsonl_text

    assert jsonl_text(records) == "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
