"""The shapes read the vocabulary from the ontology: every term of it passes, anything else fails.

The shapes hold no list of predicates, modalities, quad classes or positions
(``sh:class`` on the ontology's classes instead), so these tests validate one
hand-written statement and one post with each value in turn, with the
ontology mixed in as ``pyshacl -e`` does.
"""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from diplograph.events import plover
from diplograph.graph.namespace import DG, ORG
from diplograph.ontology import ONTOLOGY, SHAPES, path
from diplograph.types import MODALITIES, POSITIONS

pyshacl = pytest.importorskip("pyshacl")

X = "https://example.org/"
STATEMENT = """
@prefix dg: <https://w3id.org/diplograph/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://example.org/s> a dg:Statement ; dg:subject <https://example.org/a> ; dg:object <https://example.org/b> ;
    dg:predicate dg:rejects ; dg:negated false ; dg:modality dg:asserted ; dg:quadClass dg:verbal_conflict ;
    dg:sentence "Oman rejects the plan." ; dg:startOffset 0 ; dg:endOffset 22 ; dg:timelineKey 20250602.20250602 ;
    dg:statementKind <https://example.org/k> ; prov:wasDerivedFrom <https://example.org/d> .
<https://example.org/k> a dg:StatementKind ; dg:kindPredicate dg:rejects ; dg:kindNegated false ;
    dg:kindModality dg:asserted ; dg:kindQuadClass dg:verbal_conflict .
<https://example.org/d> a dg:Document ; <http://purl.org/dc/terms/issued> "2025-06-02"^^xsd:date .
<https://example.org/p> a org:Post ; org:postIn <https://example.org/b> ; dg:positionType dg:minister ;
    rdfs:label "minister of Oman"@en ; dg:displayLabel "minister of Oman" .
"""
S, P, K = URIRef(X + "s"), URIRef(X + "p"), URIRef(X + "k")
SH_RESULT_VALUE = URIRef("http://www.w3.org/ns/shacl#value")
SH_RESULT_PATH = URIRef("http://www.w3.org/ns/shacl#resultPath")
SH_FOCUS = URIRef("http://www.w3.org/ns/shacl#focusNode")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(str(path(ONTOLOGY)), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(str(path(SHAPES)), format="turtle")


def with_values(values: list[tuple[URIRef, URIRef, URIRef]]) -> Graph:
    """The statement and the post, copied once per value: copy i of the node has ``prop`` set to its value."""
    base = Graph().parse(data=STATEMENT, format="turtle")
    data = Graph()
    for i, (node, prop, value) in enumerate(values):
        copy = URIRef(f"{node}/{i}")
        for _, p, o in base.triples((node, None, None)):
            data.add((copy, p, value if p == prop else o))
    data += base.triples((URIRef(X + "d"), None, None))
    data += base.triples((K, None, None))
    return data


def failing(ontology: Graph, shapes: Graph, values: list[tuple[URIRef, URIRef, URIRef]]) -> set[URIRef]:
    """The values the shapes reject, the ontology mixed in as ``pyshacl -e`` does.

    A value a nested shape rejects (a concept of another scheme) is that shape's focus node.
    """
    _, report, _ = pyshacl.validate(with_values(values), shacl_graph=shapes, ont_graph=ontology, inference="none")
    return {report.value(r, SH_RESULT_VALUE) or report.value(r, SH_FOCUS) for r in report.subjects(SH_RESULT_PATH)}


VOCABULARY = ([(S, DG.predicate, DG[p]) for p in plover.predicates()] + [(S, DG.modality, DG[m]) for m in MODALITIES]
              + [(S, DG.quadClass, DG[q]) for q in plover.QUAD_CLASSES] + [(P, DG.positionType, DG[p]) for p in POSITIONS])

OUTSIDE = [
    (S, DG.predicate, URIRef(DG._NS + "reject")),  # misspelt: no such term
    (S, DG.predicate, DG.subject),  # a term of the ontology, not a statement predicate
    (S, DG.predicate, DG.Statement),
    (S, DG.predicate, RDFS.label),
    (S, DG.predicate, URIRef("http://www.w3.org/ns/org#holds")),  # dg:holdsPosition's equivalent, not the vocabulary
    (S, DG.modality, DG.neutral),  # a quad class is no modality
    (S, DG.modality, URIRef(DG._NS + "certain")),
    (S, DG.quadClass, DG.asserted),
    (S, DG.quadClass, URIRef("https://w3id.org/diplograph/plover/REJECT")),  # a PLOVER type, not its quad class
    (P, DG.positionType, DG.verbal_cooperation),  # a concept of another scheme
    (P, DG.positionType, URIRef(DG._NS + "president")),
    (K, DG.kindPredicate, DG.subject),
    (K, DG.kindModality, DG.neutral),
    (K, DG.kindQuadClass, DG.asserted),
    (K, DG.kindNegated, Literal("no")),
]


def test_the_statement_and_the_post_conform_as_written(ontology, shapes):
    data = Graph().parse(data=STATEMENT, format="turtle")
    assert (S, RDF.type, DG.Statement) in data and (P, RDF.type, ORG.Post) in data and (K, RDF.type, DG.StatementKind) in data
    assert data.value(S, DG.startOffset) == Literal(0, datatype=XSD.integer)
    assert pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology)[0]


def test_a_statement_needs_its_kind(ontology, shapes):
    data = Graph().parse(data=STATEMENT, format="turtle")
    data.remove((S, DG.statementKind, None))
    _, report, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology)
    assert {report.value(r, SH_RESULT_PATH) for r in report.subjects(SH_RESULT_PATH)} == {DG.statementKind}


def test_every_term_of_the_vocabulary_conforms(ontology, shapes):
    assert len(VOCABULARY) == 48 + 4 + 5 + 10
    assert failing(ontology, shapes, VOCABULARY) == set()


def test_every_value_outside_its_vocabulary_fails(ontology, shapes):
    assert failing(ontology, shapes, OUTSIDE) == {value for *_, value in OUTSIDE}


def test_without_the_ontology_no_term_of_the_vocabulary_conforms(shapes):
    # the vocabulary is the ontology's: the shapes alone know no predicate, modality or quad class
    _, report, _ = pyshacl.validate(with_values(VOCABULARY[:3]), shacl_graph=shapes, inference="none")
    paths = {report.value(r, SH_RESULT_PATH) for r in report.subjects(SH_RESULT_PATH)}
    assert paths == {DG.predicate, DG.modality, DG.quadClass, DG.kindPredicate, DG.kindModality, DG.kindQuadClass}
