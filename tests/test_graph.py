"""The RDF and GraphML writers: shapes hold, polarity is respected, IRIs survive any text."""
from __future__ import annotations

import re
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from diplograph.actors.ids import node_id
from diplograph.errors import InputError
from diplograph.graph.namespace import DG, ORG, PROV, WD
from diplograph.graph.network import build_network, network_from_rdf, write_graphml
from diplograph.graph.events import is_event
from diplograph.graph.rdf import IRIs, build_dataset, label_language, stream_trig, write_trig
from diplograph.ontology import ONTOLOGY as ONTOLOGY_FILE
from diplograph.ontology import SHAPES as SHAPES_FILE
from diplograph.ontology import path as ontology_file

# rdflib 7 warns about its own deprecated internals when it parses TriG into a Dataset.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

from tests import fixtures as fx

pyshacl = pytest.importorskip("pyshacl")

SHAPES = ontology_file(SHAPES_FILE)
ONTOLOGY = ontology_file(ONTOLOGY_FILE)
STATEMENTS = [s for x in fx.extractions() for s in x.statements]
# Characters RFC 3987 never allows in an IRI.
BAD_IRI_CHAR = re.compile(r'[\x00-\x20<>"{}|^`\\]')


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_dataset(fx.extractions(), kb=fx.FakeKB())


@pytest.fixture(scope="module")
def trig(dataset, tmp_path_factory) -> Path:
    return write_trig(dataset, tmp_path_factory.mktemp("build") / "graph.trig")


def memory_copy(path: Path) -> Dataset:
    """The TriG file read back by rdflib's own parser, into its memory store."""
    copy = Dataset()
    copy.parse(path, format="trig")
    return copy


def canonical(graph: Graph) -> Graph:
    """The graph with "x"^^xsd:string written "x": the same RDF 1.1 term, told apart by rdflib."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        out.add((s, p, o))
    return out


def union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def validate(graph: Graph, inference: str = "none") -> tuple[bool, str]:
    conforms, _, text = pyshacl.validate(
        graph, shacl_graph=str(SHAPES), ont_graph=str(ONTOLOGY), inference=inference, allow_warnings=False
    )
    return conforms, text


# ---------------------------------------------------------------------------
# SHACL

@pytest.mark.parametrize("inference", ["none", "rdfs"])
def test_fixture_dataset_conforms_to_the_shapes(trig, inference):
    conforms, text = validate(union(memory_copy(trig)), inference)
    assert conforms, text


def test_oxigraph_dataset_validates_in_place(dataset):
    conforms, text = validate(dataset)
    assert conforms, text


def _a_statement(graph: Graph) -> URIRef:
    return sorted(graph.subjects(RDF.type, DG.Statement))[0]


def _a_post(graph: Graph) -> URIRef:
    return sorted(graph.subjects(RDF.type, ORG.Post))[0]


def _an_actor(graph: Graph) -> URIRef:
    return sorted(graph.subjects(RDF.type, DG.State))[0]


BREAKAGES = {
    "statement without subject": lambda g: g.remove((_a_statement(g), DG.subject, None)),
    "statement with two objects": lambda g: g.add((_a_statement(g), DG.object, URIRef(IRIs.base + "issue/other"))),
    "statement negated twice": lambda g: g.add((_a_statement(g), DG.negated, Literal(not g.value(_a_statement(g), DG.negated).toPython()))),
    "negated is not a boolean": lambda g: g.set((_a_statement(g), DG.negated, Literal("no"))),
    "unknown modality": lambda g: g.set((_a_statement(g), DG.modality, DG.neutral)),
    "predicate outside the vocabulary": lambda g: g.set((_a_statement(g), DG.predicate, RDFS.label)),
    "start after end": lambda g: g.set((_a_statement(g), DG.startOffset, Literal(10**6))),
    "offset not an integer": lambda g: g.set((_a_statement(g), DG.endOffset, Literal("12"))),
    "no sentence": lambda g: g.remove((_a_statement(g), DG.sentence, None)),
    "no document": lambda g: g.remove((_a_statement(g), PROV.wasDerivedFrom, None)),
    "post without postIn": lambda g: g.remove((_a_post(g), ORG.postIn, None)),
    "actor without label": lambda g: g.remove((_an_actor(g), RDFS.label, None)),
    "sameAs not Wikidata": lambda g: g.add((_an_actor(g), OWL.sameAs, URIRef("https://example.org/France"))),
}


@pytest.mark.slow  # thirteen SHACL validations; CI runs them
@pytest.mark.parametrize("breakage", sorted(BREAKAGES))
def test_broken_dataset_fails_the_shapes(trig, breakage):
    graph = union(memory_copy(trig))
    BREAKAGES[breakage](graph)
    conforms, _ = validate(graph)
    assert not conforms


# ---------------------------------------------------------------------------
# Statements

@pytest.mark.parametrize("statement", STATEMENTS, ids=lambda s: f"{s.doc}:{s.span[0]}:{s.predicate}:{node_id(s.object)}")
def test_direct_triple_only_for_statements_that_hold(dataset, statement):
    graph = dataset.graph(IRIs.graph(statement.doc))
    subject = IRIs.node(node_id(statement.subject))
    reified = IRIs.statement(statement)
    obj = graph.value(reified, DG.object)  # an event's node is shared by the statements naming it
    if not is_event(statement):
        assert obj == IRIs.node(node_id(statement.object))
    holds = not statement.negated and statement.modality in ("asserted", "reported")
    assert ((subject, DG[statement.predicate], obj) in graph) == holds
    assert (reified, RDF.type, DG.Statement) in graph
    assert graph.value(reified, DG.negated).toPython() is statement.negated
    assert graph.value(reified, DG.modality) == DG[statement.modality]
    assert str(graph.value(reified, DG.sentence)) == statement.sentence


@pytest.mark.parametrize("modality", ["future", "hypothetical"])
@pytest.mark.parametrize("negated", [False, True])
def test_no_direct_triple_for_future_hypothetical_or_negated(modality, negated):
    extraction = fx.english_extraction()
    base = extraction.statements[1]  # France criticizes Russia, asserted
    from dataclasses import replace

    for variant in (replace(base, modality=modality, negated=negated), replace(base, negated=True)):
        extraction.statements = [variant]
        graph = build_dataset([extraction]).graph(IRIs.graph(extraction.document.id))
        assert (IRIs.actor(fx.FRA), DG.criticizes, IRIs.actor(fx.RUS)) not in graph


def test_actors_are_typed_labelled_and_linked_to_wikidata(dataset):
    graph = dataset.graph(IRIs.ENTITIES_GRAPH)
    france = IRIs.actor(fx.FRA)
    assert (france, RDF.type, DG.State) in graph
    assert {(str(l), l.language) for l in graph.objects(france, RDFS.label)} >= {("France", "en"), ("فرنسا", "ar")}
    assert (france, OWL.sameAs, WD.Q142) in graph
    assert (IRIs.actor(fx.KREMLIN), DG.represents, IRIs.actor(fx.RUS)) in graph
    assert (IRIs.actor(fx.KREMLIN), OWL.sameAs, None) not in graph


def test_document_graph_says_whom_it_mentions_and_how(dataset):
    graph = dataset.graph(IRIs.graph("seed_coalition_ar"))
    france = IRIs.actor(fx.FRA)
    assert (IRIs.document("seed_coalition_ar"), DG.mentions, france) in graph
    assert (france, SKOS.altLabel, Literal("باريس", lang="ar")) in graph
    assert (france, RDF.type, None) not in graph  # described once, in graph/entities


@pytest.mark.parametrize("via, alias", [("pronoun", False), ("coref", False), ("title", True)])
def test_only_names_become_alternative_labels(via, alias):
    from datetime import date

    from diplograph.types import Document, Extraction, Mention

    text = "Macron spoke. Le président a salué l'accord."
    mention = Mention(14, 26, "Le président", fx.MACRON, via)
    graph = build_dataset([Extraction(Document("d", text, date(2025, 9, 1), "fr"), [mention])]).graph(IRIs.graph("d"))
    assert ((IRIs.actor(fx.MACRON), SKOS.altLabel, Literal("Le président", lang="fr")) in graph) is alias


def test_descriptions_are_written_once(dataset):
    for node in (IRIs.actor(fx.KREMLIN), IRIs.node("issue/deployment-of-western-forces-in-ukraine"),
                 IRIs.post("head_of_state", fx.FRA.id), URIRef("https://w3id.org/diplograph/plover/REJECT")):
        quads = list(dataset.quads((node, RDF.type, None, None)))
        assert len(quads) == 1, quads


def test_issue_nodes_are_shared_across_documents(dataset):
    issue = IRIs.node("issue/deployment-of-western-forces-in-ukraine")
    assert (issue, RDF.type, DG.Issue) in dataset.graph(IRIs.ENTITIES_GRAPH)
    for doc in ("seed_coalition_ar", "en_demo_01"):
        assert (IRIs.actor(fx.KREMLIN), DG.rejects, issue) in dataset.graph(IRIs.graph(doc))


def test_roles_become_posts_held_with_evidence(dataset):
    entities = dataset.graph(IRIs.ENTITIES_GRAPH)
    graph = dataset.graph(IRIs.graph("seed_coalition_ar"))
    post = IRIs.post("head_of_state", fx.FRA.id)
    macron = IRIs.actor(fx.MACRON)
    assert (post, ORG.postIn, IRIs.actor(fx.FRA)) in entities
    assert (post, DG.positionType, DG.head_of_state) in entities
    assert (macron, ORG.holds, post) in entities and (post, ORG.heldBy, macron) in entities
    incumbency = graph.value(None, DG.holder, macron)
    assert str(graph.value(incumbency, DG.title)) == "President of France"
    assert graph.value(incumbency, PROV.wasDerivedFrom) == IRIs.document("seed_coalition_ar")


def test_offices_of_the_knowledge_base_have_dates(dataset):
    graph = dataset.graph(IRIs.KB_GRAPH)
    starts = {graph.value(i, DG.start).toPython().isoformat()
              for i in graph.subjects(DG.holder, IRIs.actor(fx.TRUMP))}
    assert starts == {"2017-01-20", "2025-01-20"}


def test_document_metadata(dataset):
    graph = dataset.graph(IRIs.graph("en_demo_01"))
    doc = IRIs.document("en_demo_01")
    assert (doc, RDF.type, DG.Document) in graph and (doc, RDF.type, PROV.Entity) in graph
    assert graph.value(doc, URIRef("http://purl.org/dc/terms/issued")).toPython().isoformat() == "2025-09-02"
    assert str(graph.value(doc, DG.url)) == "https://example.org/en/demo-01"


def test_statement_said_twice_is_written_once():
    extraction = fx.english_extraction()
    extraction.statements = extraction.statements[:1] * 3
    graph = build_dataset([extraction]).graph(IRIs.graph(extraction.document.id))
    assert len(list(graph.subjects(RDF.type, DG.Statement))) == 1


def test_unknown_predicate_is_skipped_not_written(caplog):
    from dataclasses import replace

    extraction = fx.english_extraction()
    extraction.statements = [replace(extraction.statements[0], predicate="praises")]
    graph = build_dataset([extraction]).graph(IRIs.graph(extraction.document.id))
    assert list(graph.subjects(RDF.type, DG.Statement)) == []
    assert "praises" in caplog.text


# ---------------------------------------------------------------------------
# IRIs and TriG

@pytest.mark.parametrize("text", fx.HOSTILE, ids=range(len(fx.HOSTILE)))
def test_iris_from_hostile_strings_are_valid(text):
    for iri in (IRIs.actor(f"person/{text}"), IRIs.document(text), IRIs.graph(text), IRIs.node(f"issue/{text}"),
                IRIs.post("envoy", f"country/{text}"), IRIs.node(node_id(fx.hostile_extraction(text).statements[0].object))):
        assert not BAD_IRI_CHAR.search(str(iri)), iri
        assert str(iri).isascii()
        assert "/../" not in str(iri) and "/./" not in str(iri) and not str(iri).endswith(("/..", "/."))
        ox.NamedNode(str(iri))  # Oxigraph validates IRIs


def test_distinct_ids_give_distinct_iris():
    ids = ["a/b", "a//b", "a%2Fb", "a/./b", "a/../b", "a b", "a%20b", "a/b/", "/a/b"]
    assert len({IRIs.actor(i) for i in ids}) == len(ids)


def test_empty_id_is_an_input_error():
    with pytest.raises(InputError):
        IRIs.actor("")


@pytest.mark.slow  # eleven TriG builds and parses; CI runs them
@pytest.mark.parametrize("text", fx.HOSTILE, ids=range(len(fx.HOSTILE)))
def test_hostile_strings_round_trip_through_trig(tmp_path, text):
    extraction = fx.hostile_extraction(text)
    dataset = build_dataset([extraction])
    path = write_trig(dataset, tmp_path / "hostile.trig")
    back = memory_copy(path)
    names = {IRIs.graph(extraction.document.id), IRIs.ENTITIES_GRAPH}
    assert {g.identifier for g in back.graphs() if len(g)} == names
    for name in names:
        assert isomorphic(canonical(back.graph(name)), canonical(dataset.graph(name)))
    everything = union(back)
    assert (None, RDFS.label, Literal(text, lang=label_language(text))) in everything
    assert (None, DG.sentence, Literal(extraction.document.text)) in everything
    conforms, report = validate(union(back))
    assert conforms, report


@pytest.mark.parametrize("doc_id", [".", "..", "report.", "a/.", "./", "v1.2"])
def test_ids_with_dots_stay_readable_by_rdflib(tmp_path, doc_id):
    # Oxigraph writes a name ending with "." as res:doc\/x\. , which rdflib cannot read; such
    # dots are minted %2E, and a segment of dots never becomes a dot-segment.
    from datetime import date

    from diplograph.types import Document, Extraction

    dataset = build_dataset([Extraction(Document(doc_id, "x", date(2025, 9, 1)))])
    back = memory_copy(write_trig(dataset, tmp_path / "g.trig"))
    assert IRIs.graph(doc_id) in {g.identifier for g in back.graphs()}
    assert not str(IRIs.document(doc_id)).endswith(".") and "/./" not in str(IRIs.actor(f"x/{doc_id}/y"))


def quads_of(source) -> list[bytes]:
    store = source.store._inner if isinstance(source, Dataset) else ox.Store()
    if not isinstance(source, Dataset):
        store.load(path=str(source), format=ox.RdfFormat.TRIG)
    return sorted(store.dump(format=ox.RdfFormat.N_QUADS).splitlines())


def test_streamed_trig_holds_the_quads_of_the_dataset(tmp_path):
    extractions = fx.extractions()
    path = stream_trig(extractions, tmp_path / "graph.trig", kb=fx.FakeKB())
    assert quads_of(path) == quads_of(build_dataset(extractions, kb=fx.FakeKB()))
    assert len(quads_of(path)) > 100
    again = stream_trig(extractions, tmp_path / "again.trig", kb=fx.FakeKB())
    assert again.read_bytes() == path.read_bytes()
    back = memory_copy(path)  # rdflib reads it too
    assert isomorphic(canonical(union(back)), canonical(union(build_dataset(extractions, kb=fx.FakeKB()))))


@pytest.mark.parametrize("text", fx.HOSTILE, ids=range(len(fx.HOSTILE)))
def test_hostile_strings_round_trip_through_streamed_trig(tmp_path, text):
    extraction = fx.hostile_extraction(text)
    path = stream_trig([extraction], tmp_path / "hostile.trig")
    assert quads_of(path) == quads_of(build_dataset([extraction]))
    everything = union(memory_copy(path))
    assert (None, RDFS.label, Literal(text, lang=label_language(text))) in everything
    assert (None, DG.sentence, Literal(extraction.document.text)) in everything


@pytest.mark.parametrize("doc_id", [".", "..", "report.", "a/.", "./", "v1.2", "a b", "x%y"])
def test_streamed_trig_ids_stay_readable_by_rdflib(tmp_path, doc_id):
    from datetime import date

    from diplograph.types import Document, Extraction

    back = memory_copy(stream_trig([Extraction(Document(doc_id, "x", date(2025, 9, 1)))], tmp_path / "g.trig"))
    assert IRIs.graph(doc_id) in {g.identifier for g in back.graphs()}


def test_trig_is_repeatable_and_sorted(tmp_path):
    first = write_trig(build_dataset(fx.extractions(), kb=fx.FakeKB()), tmp_path / "a.trig").read_bytes()
    second = write_trig(build_dataset(reversed(fx.extractions()), kb=fx.FakeKB()), tmp_path / "b.trig").read_bytes()
    assert first == second


def test_write_trig_is_atomic(tmp_path, monkeypatch, dataset):
    path = tmp_path / "graph.trig"
    path.write_text("old build\n", encoding="utf-8")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(ox, "serialize", broken)
    with pytest.raises(OSError):
        write_trig(dataset, path)
    assert path.read_text(encoding="utf-8") == "old build\n"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.trig"]
    monkeypatch.undo()
    write_trig(dataset, path)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.trig"]
    assert path.read_text(encoding="utf-8").startswith("@prefix")


def test_write_trig_accepts_a_memory_dataset(trig, tmp_path):
    copy = memory_copy(trig)
    again = write_trig(copy, tmp_path / "again.trig")
    assert again.read_bytes() == trig.read_bytes()


# ---------------------------------------------------------------------------
# Network

@pytest.fixture(scope="module")
def network() -> nx.MultiDiGraph:
    return build_network(fx.extractions(), kb=fx.FakeKB())


def test_network_has_one_edge_per_statement_and_represents_edges(network):
    predicates = [d["predicate"] for _, _, d in network.edges(data=True)]
    assert predicates.count("represents") == 2
    assert len(predicates) - 2 == len({IRIs.statement_key(s) for s in STATEMENTS})


@pytest.mark.parametrize("node,expected", [
    ("country/fra", {"type": "Country", "qid": "Q142", "label": "France"}),
    ("body/kremlin", {"type": "GovernmentBody", "qid": "", "label": "Kremlin"}),
    ("issue/deployment-of-western-forces-in-ukraine", {"type": "Issue", "qid": ""}),
    ("place/about-20-of-ukrainian-territory", {"type": "Place"}),
    ("org/european-partners", {"type": "Coalition"}),
])
def test_network_nodes(network, node, expected):
    attrs = network.nodes[node]
    assert {k: attrs[k] for k in expected} == expected
    assert all(isinstance(v, (str, int, bool)) for v in attrs.values())


def test_network_offices_and_positions(network):
    import json

    macron = network.nodes["person/emmanuel-macron"]
    offices = json.loads(macron["offices"])
    assert "President of France (named 2025-09-01)" in offices
    assert "Head of state of France (2017-05-14–)" in offices
    assert json.loads(macron["positions"]) == ["head_of_state"]
    assert json.loads(macron["labels"]) == {"en": "Emmanuel Macron", "ar": "إيمانويل ماكرون"}
    assert not any(d["predicate"] == "holdsPosition" for _, _, d in network.edges(data=True))


def test_network_edges_carry_the_evidence(network):
    edges = [d for u, v, d in network.edges(data=True) if u == "body/kremlin" and d["predicate"] == "rejects"]
    assert {d["doc"] for d in edges} == {"seed_coalition_ar", "en_demo_01"}
    for d in edges:
        assert d["object_label"] == fx.DEPLOYMENT
        assert (d["plover"], d["cameo"], d["quad"]) == ("REJECT", "12", "verbal_conflict")
        assert d["negated"] is False and d["modality"] == "asserted"
    negated = [d for _, _, d in network.edges(data=True) if d["negated"]]
    assert {d["predicate"] for d in negated} == {"participatesIn", "rejects"}


def test_graphml_round_trips(network, tmp_path):
    path = write_graphml(network, tmp_path / "out" / "graph.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert dict(back.nodes(data=True)) == dict(network.nodes(data=True))
    assert sorted(back.edges(keys=True, data=True), key=repr) == sorted(network.edges(keys=True, data=True), key=repr)
    assert [p.name for p in path.parent.iterdir()] == ["graph.graphml"]


@pytest.mark.parametrize("text", fx.HOSTILE, ids=range(len(fx.HOSTILE)))
def test_graphml_round_trips_hostile_strings(tmp_path, text):
    network = build_network([fx.hostile_extraction(text)])
    back = nx.read_graphml(write_graphml(network, tmp_path / "h.graphml"), force_multigraph=True)
    assert dict(back.nodes(data=True)) == dict(network.nodes(data=True))
    assert back.number_of_edges() == network.number_of_edges()


def test_network_read_back_from_the_rdf_is_the_network(network, trig):
    back = network_from_rdf(trig)
    assert set(back.edges(keys=True)) == set(network.edges(keys=True))
    for edge in network.edges(keys=True):
        assert back.edges[edge] == network.edges[edge], edge
    assert set(back.nodes) == set(network.nodes)
    for node, attrs in network.nodes(data=True):
        # The RDF keeps which documents mention a node, not every mention: weights differ.
        assert {k: v for k, v in back.nodes[node].items() if k != "weight"} == {
            k: v for k, v in attrs.items() if k != "weight"}, node
        assert back.nodes[node]["weight"] >= 1


def test_network_read_back_names_a_kb_office_by_its_state(tmp_path):
    """One builder: an office of the knowledge base names its state by label from a store as in the build,
    though the state is no node; the weight counts documents; the store's event node keeps its id and label."""
    import json
    from datetime import date

    from diplograph.types import Argument, Document, Extraction, Mention, Statement

    text = "Emmanuel Macron will host talks. Macron hosts the talks."
    macron = Argument("Emmanuel Macron", "Emmanuel Macron", "Person", fx.MACRON)
    talks = [Statement("d1", macron, "hosts", Argument(words, words, "Meeting"), text, span, modality="future")
             for words, span in (("talks", (0, 32)), ("the talks", (33, 55)))]
    x = Extraction(Document("d1", text, date(2025, 9, 1), "en"),
                   [Mention(0, 15, "Emmanuel Macron", fx.MACRON), Mention(33, 39, "Macron", fx.MACRON)], talks)
    built, back = build_network([x], kb=fx.FakeKB()), network_from_rdf(build_dataset([x], kb=fx.FakeKB()))
    offices = json.loads(back.nodes[fx.MACRON.id]["offices"])
    assert "country/fra" not in back and offices == json.loads(built.nodes[fx.MACRON.id]["offices"])
    assert offices == ["Head of state of France (2017-05-14–)"]
    assert (built.nodes[fx.MACRON.id]["weight"], back.nodes[fx.MACRON.id]["weight"]) == (2, 1)
    [event] = [n for n, d in back.nodes(data=True) if d["type"] == "Event"]
    assert set(back.edges(keys=True)) == set(built.edges(keys=True))
    assert back.nodes[event]["label"] == built.nodes[event]["label"] == "talks"


def test_an_issue_in_the_words_of_the_document_is_labelled_in_its_language():
    """As the RDF tags it: the network's labels of an issue give its words under the document's language too."""
    import json
    from datetime import date

    from diplograph.types import Argument, Document, Extraction, Statement

    text = "رفض الكرملين الخطة الأوروبية."
    st = Statement("d1", Argument("Kremlin", "الكرملين", "GovernmentBody", fx.KREMLIN), "rejects",
                   Argument("الخطة الأوروبية", "الخطة الأوروبية", "Issue"), text, (0, len(text)))
    x = Extraction(Document("d1", text, date(2025, 9, 1), "ar"), statements=[st])
    for network in (build_network([x]), network_from_rdf(build_dataset([x]))):
        [issue] = [n for n, d in network.nodes(data=True) if d["type"] == "Issue"]
        assert json.loads(network.nodes[issue]["labels"]) == {"en": "الخطة الأوروبية", "ar": "الخطة الأوروبية"}
    english = Extraction(Document("d2", "Moscow rejected the plan.", date(2025, 9, 1), "en"), statements=[
        Statement("d2", st.subject, "rejects", Argument("the plan", "the plan", "Issue"), "Moscow rejected the plan.", (0, 25))])
    assert json.loads(build_network([english]).nodes["issue/the-plan"]["labels"]) == {"en": "the plan"}


@pytest.mark.parametrize("text", fx.HOSTILE, ids=range(len(fx.HOSTILE)))
def test_network_read_back_from_hostile_rdf(text):
    extraction = fx.hostile_extraction(text)
    network, back = build_network([extraction]), network_from_rdf(build_dataset([extraction]))
    assert set(back.edges(keys=True)) == set(network.edges(keys=True))
    assert {n: d["label"] for n, d in back.nodes(data=True)} == {n: d["label"] for n, d in network.nodes(data=True)}


@pytest.mark.parametrize(("label", "mention", "doc_lang", "expected"), [
    ("deployment of Western forces", "أي انتشار لقوات غربية", "ar", "en"),
    ("أي انتشار لقوات غربية", "أي انتشار لقوات غربية", "ar", "ar"),
    ("انتشار", "", None, "ar"),
    ("развертывание", "", "en", "ru"),
    ("déploiement des forces", "déploiement des forces", "fr", "fr"),
    ("deployment", "deployment", "not a tag!", "en"),
])
def test_label_language(label, mention, doc_lang, expected):
    assert label_language(label, mention, doc_lang) == expected


def test_the_writer_spells_minted_hash_iris_as_its_general_rule_would():
    from diplograph.graph.rdf import _INCUMBENCY, _iri, _sha1

    assert _iri(IRIs.incumbency("d1", "0-9", "person/x")) == _INCUMBENCY + _sha1("d1", "0-9", "person/x")
    assert _iri(IRIs.base + "statement/ab12") == "res:statement\\/ab12"  # as _statement_triples writes it
