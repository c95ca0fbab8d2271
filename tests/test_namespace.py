"""The ontology, the closed DG namespace and the PLOVER table agree with each other."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from diplograph.graph import plover
from diplograph.graph.namespace import CAMEO_NS, DG, PLOVER_NS, terms
from diplograph.graph.rdf import POSITION_LABELS
from diplograph.types import MODALITIES, POSITIONS

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "diplograph.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/diplograph/ontology")
NS = str(DG._NS)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def defined(graph: Graph) -> set[URIRef]:
    """Terms of the dg: namespace the ontology declares (rdfs:isDefinedBy it)."""
    return {s for s in graph.subjects(RDFS.isDefinedBy, ONTOLOGY_IRI) if str(s).startswith(NS)}


def used(graph: Graph) -> set[URIRef]:
    """Every dg: IRI the graph mentions, in any position."""
    return {t for triple in graph for t in triple if isinstance(t, URIRef) and str(t).startswith(NS)}


def test_namespace_lists_exactly_the_defined_terms(ontology):
    in_ttl, in_python = defined(ontology), set(terms())
    assert in_ttl - in_python == set(), "defined in diplograph.ttl but missing from DG"
    assert in_python - in_ttl == set(), "in DG but not defined in diplograph.ttl"
    assert len(in_ttl) == 119


def test_every_dg_iri_the_ontology_uses_is_defined(ontology):
    assert used(ontology) - defined(ontology) == set()


def test_every_dg_iri_the_shapes_use_is_defined():
    shapes = Graph().parse(SHAPES, format="turtle")
    assert used(shapes) - set(terms()) == set()


def test_closed_namespace_rejects_unknown_terms():
    with pytest.raises(AttributeError):
        DG.reject  # noqa: B018
    assert DG.rejects == URIRef(NS + "rejects")


@pytest.mark.parametrize("term", sorted(terms()), ids=lambda t: str(t)[len(NS):])
def test_every_term_has_one_english_and_one_arabic_label(ontology, term):
    labels = list(ontology.objects(term, RDFS.label))
    languages = sorted(label.language for label in labels if isinstance(label, Literal))
    assert languages.count("en") == languages.count("ar") == 1, f"{term}: labels {labels}"
    # French and Russian labels, where a term has them, are one each too.
    assert set(languages) <= {"ar", "en", "fr", "ru"} and len(languages) == len(set(languages)), f"{term}: labels {labels}"


@pytest.mark.parametrize("path", [ONTOLOGY, SHAPES], ids=lambda p: p.name)
def test_rdflib_and_oxigraph_read_the_same_graph(path):
    by_rdflib = Graph().parse(path, format="turtle")
    n_triples = ox.serialize(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
    by_oxigraph = Graph().parse(data=n_triples.decode("utf-8"), format="nt")
    assert isomorphic(by_rdflib, by_oxigraph)


def test_predicates_of_the_table_are_the_object_properties(ontology):
    properties = {str(p)[len(NS):] for p in ontology.subjects(RDF.type, OWL.ObjectProperty) if str(p).startswith(NS)}
    non_predicates = {"subject", "object", "predicate", "modality", "ploverType", "cameoCode", "quadClass",
                      "mentions", "positionType", "holder", "post"}
    assert set(plover.predicates()) == properties - non_predicates


@pytest.mark.parametrize("predicate", plover.predicates())
def test_default_codes_in_the_ontology_match_the_table(ontology, predicate):
    expected_plover, expected_cameo = plover.codes(predicate)
    found_plover = list(ontology.objects(DG[predicate], DG.defaultPlover))
    found_cameo = list(ontology.objects(DG[predicate], DG.defaultCameo))
    assert found_plover == ([PLOVER_NS[expected_plover]] if expected_plover else [])
    assert found_cameo == ([CAMEO_NS[expected_cameo]] if expected_cameo else [])
    for concept in found_plover + found_cameo:
        assert (concept, RDF.type, SKOS.Concept) in ontology
        assert {label.language for label in ontology.objects(concept, RDFS.label)} == {"en", "ar"}


@pytest.mark.parametrize("name", plover.plover_types())
def test_plover_concepts_carry_the_quad_class_of_the_table(ontology, name):
    concept = PLOVER_NS[name]
    assert (concept, SKOS.inScheme, DG.PLOVER) in ontology
    assert list(ontology.objects(concept, SKOS.broadMatch)) == [DG[plover.quad_class(name)]]


@pytest.mark.parametrize("predicate", plover.predicates())
def test_default_plover_type_agrees_with_the_cameo_code(predicate):
    plover_type, cameo = plover.codes(predicate)
    if cameo is not None:
        assert plover.plover_for_cameo(cameo) == plover_type


@pytest.mark.parametrize("position", POSITIONS)
def test_positions_of_the_records_are_concepts(ontology, position):
    assert (DG[position], SKOS.inScheme, DG.Positions) in ontology
    en, ar = POSITION_LABELS[position]
    assert Literal(en, lang="en") in set(ontology.objects(DG[position], RDFS.label))
    assert Literal(ar, lang="ar") in set(ontology.objects(DG[position], RDFS.label))


@pytest.mark.parametrize("modality", MODALITIES)
def test_modalities_of_the_records_are_individuals(ontology, modality):
    assert (DG[modality], RDF.type, DG.Modality) in ontology


@pytest.mark.parametrize(("name", "quad"), [
    ("REJECT", "verbal_conflict"), ("DEMAND", "verbal_conflict"), ("consult", "verbal_cooperation"),
    ("AID", "material_cooperation"), ("SANCTION", "material_conflict"), ("ASSAULT", "material_conflict"),
    (None, "neutral"), ("", "neutral"), ("MADE_UP", "neutral"),
])
def test_quad_class(name, quad):
    assert plover.quad_class(name) == quad


@pytest.mark.parametrize(("predicate", "expected"), [
    ("rejects", ("REJECT", "12")), ("demands", ("REQUEST", "10")), ("hosts", ("CONSULT", "043")),
    ("participatesIn", ("CONSULT", "04")), ("meetsWith", ("CONSULT", "04")), ("chairs", ("CONSULT", "04")),
    ("coChairs", ("CONSULT", "04")), ("supports", ("SUPPORT", "05")), ("callsFor", (None, "02")),
    ("sanctions", ("COERCE", "163")), ("holdsPosition", (None, None)), ("noSuchPredicate", (None, None)),
])
def test_codes(predicate, expected):
    assert plover.codes(predicate) == expected
