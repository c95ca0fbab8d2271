"""The ontology, the closed DG namespace and the PLOVER table agree with each other."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from diplograph.events import plover
from diplograph.graph.namespace import CAMEO_NS, DG, PLOVER_NS, terms
from diplograph.labels import languages, position_label
from diplograph.ontology import path
from diplograph.types import ACTOR_TYPES, MODALITIES, NODE_TYPES, POSITIONS

ONTOLOGY = str(path("diplograph.ttl"))
SHAPES = str(path("shapes.ttl"))
SH = "http://www.w3.org/ns/shacl#"
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
    assert len(in_ttl) == 120


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


@pytest.mark.parametrize("file", [ONTOLOGY, SHAPES], ids=lambda p: p.rsplit("/", 1)[-1])
def test_rdflib_and_oxigraph_read_the_same_graph(file):
    by_rdflib = Graph().parse(file, format="turtle")
    n_triples = ox.serialize(ox.parse(path=file, format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
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
def test_positions_are_concepts_labelled_as_the_labels_file_in_every_language(ontology, position):
    assert (DG[position], SKOS.inScheme, DG.Positions) in ontology
    expected = {Literal(position_label(position, lang), lang=lang) for lang in languages()}
    assert set(ontology.objects(DG[position], RDFS.label)) == expected


def test_the_positions_scheme_is_the_positions_of_the_records(ontology):
    assert {str(c)[len(NS):] for c in ontology.subjects(SKOS.inScheme, DG.Positions)} == set(POSITIONS)


@pytest.mark.parametrize("node", NODE_TYPES, ids=lambda n: n.name)
def test_every_node_type_is_a_class_of_the_ontology(ontology, node):
    cls = DG[node.cls]
    assert (cls, RDF.type, OWL.Class) in ontology
    supers = set(ontology.transitive_objects(cls, RDFS.subClassOf))
    assert (DG.Actor in supers) == node.actor
    kind = next(n for n in NODE_TYPES if n.name == node.kind)
    assert DG[kind.cls] in supers, f"{node.name} is drawn as a {node.kind}, which its class is not"


def test_every_actor_class_of_the_ontology_has_a_node_type(ontology):
    actor_classes = set(ontology.transitive_subjects(RDFS.subClassOf, DG.Actor)) - {DG.Actor}
    assert actor_classes == {DG[n.cls] for n in NODE_TYPES if n.actor}
    assert {n.name for n in NODE_TYPES if n.actor and n.name == n.kind} == set(ACTOR_TYPES)


def test_ids_of_organisations_and_coalitions_share_one_prefix():
    prefixes = {n.name: n.prefix for n in NODE_TYPES}
    assert prefixes["Coalition"] == prefixes["Organization"] == "org"


def shape_list(shapes: Graph, path_term: URIRef) -> list[str]:
    """The ``sh:in`` list of the property shape on ``path_term``, as local names."""
    (node,) = shapes.subjects(URIRef(SH + "path"), path_term)
    (head,) = shapes.objects(node, URIRef(SH + "in"))
    return [str(term)[len(NS):] for term in Collection(shapes, head)]


def test_shacl_lists_are_the_vocabulary_of_the_code():
    shapes = Graph().parse(SHAPES, format="turtle")
    predicates = shape_list(shapes, DG.predicate)
    assert sorted(predicates) == sorted(plover.predicates())  # the order of sh:in does not matter
    assert shape_list(shapes, DG.modality) == list(MODALITIES)
    assert shape_list(shapes, DG.quadClass) == list(plover.QUAD_CLASSES)
    assert shape_list(shapes, DG.positionType) == list(POSITIONS)


def test_shacl_labelled_shape_targets_every_node_class(ontology):
    shapes = Graph().parse(SHAPES, format="turtle")
    targets = {o for s in shapes.subjects(RDFS.label, Literal("labelled thing", lang="en"))
               for o in shapes.objects(s, URIRef(SH + "targetClass"))}
    assert targets == {DG.Actor} | {DG[n.cls] for n in NODE_TYPES}


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
