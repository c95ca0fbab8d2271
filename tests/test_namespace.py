"""The ontology is the one source of the dg: vocabulary: DG, the predicates and their codes are read from it,
and what the code still holds beside it (node types, positions, modalities, quad classes, PLOVER types) agrees."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
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
    # DG is built from the pyoxigraph reading of the file: rdflib's reading gives the same terms.
    in_ttl, in_python = defined(ontology), set(terms())
    assert in_ttl - in_python == set(), "defined in diplograph.ttl but missing from DG"
    assert in_python - in_ttl == set(), "in DG but not defined in diplograph.ttl"
    assert len(in_ttl) == 130


def test_namespace_is_closed_over_every_defined_term(ontology):
    for term in defined(ontology):
        assert getattr(DG, str(term)[len(NS):]) == term


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


def test_predicates_are_the_object_properties_of_the_class_predicate(ontology):
    members = [str(p)[len(NS):] for p in ontology.subjects(RDF.type, DG.StatementPredicate)]
    assert sorted(plover.predicates()) == sorted(members) and len(members) == 48
    for name in members:
        assert (DG[name], RDF.type, OWL.ObjectProperty) in ontology
        assert (DG[name], RDFS.isDefinedBy, ONTOLOGY_IRI) in ontology
    properties_of_statements = {"subject", "object", "predicate", "modality", "ploverType", "cameoCode", "quadClass",
                                "mentions", "positionType", "holder", "post"}
    assert properties_of_statements.isdisjoint(members)


@pytest.mark.parametrize("predicate", plover.predicates())
def test_usual_object_is_an_actor_or_an_event(ontology, predicate):
    assert set(ontology.objects(DG[predicate], DG.usualObject)) <= {DG.Actor, DG.Event}


def test_usual_objects_are_read_by_the_extractor(ontology):
    from diplograph.events.frames.predicates import ACTOR_OBJECTS, EVENT_OBJECTS

    assert ACTOR_OBJECTS == {str(p)[len(NS):] for p in ontology.subjects(DG.usualObject, DG.Actor)}
    assert EVENT_OBJECTS == {str(p)[len(NS):] for p in ontology.subjects(DG.usualObject, DG.Event)} == {"participatesIn"}
    assert {"meetsWith", "sanctions", "visits"} <= ACTOR_OBJECTS and "condemns" not in ACTOR_OBJECTS


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


def shape_class(shapes: Graph, path_term: URIRef) -> URIRef:
    """The ``sh:class`` of the property shape on ``path_term``."""
    (node,) = shapes.subjects(URIRef(SH + "path"), path_term)
    return shapes.value(node, URIRef(SH + "class"))


def test_shapes_read_the_vocabulary_from_the_ontology():
    shapes = Graph().parse(SHAPES, format="turtle")
    assert not list(shapes.objects(None, URIRef(SH + "in"))), "a list in the shapes copies the ontology"
    assert shape_class(shapes, DG.predicate) == DG.StatementPredicate
    assert shape_class(shapes, DG.modality) == DG.Modality
    assert shape_class(shapes, DG.quadClass) == DG.QuadClass


def test_the_classes_the_shapes_read_are_the_vocabulary_of_the_code(ontology):
    def members(cls):
        return {str(t)[len(NS):] for t in ontology.subjects(RDF.type, cls)}

    assert members(DG.Modality) == set(MODALITIES)
    assert members(DG.QuadClass) == set(plover.QUAD_CLASSES)
    assert {str(c)[len(NS):] for c in ontology.subjects(SKOS.inScheme, DG.Positions)} == set(POSITIONS)


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


# A new predicate: one entry of the ontology, nothing else.
NEW_PREDICATE = """
dg:endorses a owl:ObjectProperty, owl:NamedIndividual, dg:StatementPredicate ;
    rdfs:label "endorses"@en, "يؤيّد"@ar ;
    rdfs:isDefinedBy <https://w3id.org/diplograph/ontology> ;
    dg:usualObject dg:Actor ;
    # codes: ENDORSE [051]
    dg:defaultPlover plover:SUPPORT ;
    dg:defaultCameo cameo:051 .
"""
READ_BACK = """
from diplograph.events import plover
from diplograph.events.frames.predicates import ACTOR_OBJECTS
from diplograph.graph.namespace import DG
print(DG.endorses, *plover.codes("endorses"), "endorses" in plover.predicates(), "endorses" in ACTOR_OBJECTS)
"""


def test_a_predicate_is_one_entry_of_the_ontology(tmp_path):
    import os
    import shutil
    import subprocess
    import sys

    import diplograph

    package = tmp_path / "diplograph"
    shutil.copytree(os.path.dirname(diplograph.__file__), package, ignore=shutil.ignore_patterns("__pycache__"))
    ttl = package / "ontology" / "diplograph.ttl"
    ttl.write_text(ttl.read_text(encoding="utf-8") + NEW_PREDICATE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", READ_BACK], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == [NS + "endorses", "SUPPORT", "051", "True", "True"]
    pyshacl = pytest.importorskip("pyshacl")
    from tests.test_shapes import S, with_values

    data, shapes = with_values([(S, DG.predicate, URIRef(NS + "endorses"))]), Graph().parse(SHAPES, format="turtle")
    assert pyshacl.validate(data, shacl_graph=shapes, ont_graph=Graph().parse(str(ttl), format="turtle"))[0]
    assert not pyshacl.validate(data, shacl_graph=shapes, ont_graph=Graph().parse(ONTOLOGY, format="turtle"))[0]


def test_a_default_plover_type_outside_the_table_names_the_entry_and_the_nearest_type(monkeypatch):
    from diplograph.errors import DataError
    from diplograph.ontology import vocabulary

    bad = {"endorses": vocabulary.Predicate("endorses", "SUPORT", "051")}
    monkeypatch.setattr(vocabulary, "predicates", lambda: bad)
    plover._tables.cache_clear()
    try:
        with pytest.raises(DataError, match=r"diplograph.ttl: dg:endorses .*'SUPORT'.*did you mean SUPPORT\?"):
            plover.codes("endorses")
    finally:
        monkeypatch.undo()
        plover._tables.cache_clear()
    assert plover.codes("welcomes") == ("SUPPORT", "051")


def test_an_annotation_outside_its_namespace_names_the_entry():
    from diplograph.errors import DataError
    from diplograph.ontology.vocabulary import _local

    with pytest.raises(DataError, match=r"dg:endorses defaultCameo 'https://example.org/051' is not under"):
        _local("https://example.org/051", str(CAMEO_NS), term="endorses", what="defaultCameo")
    assert _local(str(CAMEO_NS) + "051", str(CAMEO_NS), term="endorses", what="defaultCameo") == "051"
