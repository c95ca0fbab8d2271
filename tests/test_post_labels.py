"""Every post has one label per language everywhere it is written: RDF, GraphML, the page, the statement export.

A post (a position in a state) is named by ``labels.post_labels`` in each
supported language; a title the document wrote ("الرئيس") stays as written.
"""
from __future__ import annotations

import json
from datetime import date

import networkx as nx
import pytest
from rdflib import Dataset
from rdflib.namespace import RDFS

from diplograph.export.jsonl import export_lines
from diplograph.graph.namespace import ORG
from diplograph.graph.network import build_network, write_graphml
from diplograph.graph.rdf import IRIs, build_dataset
from diplograph.labels import languages, post_labels
from diplograph.types import Actor, Document, Extraction, Mention, Office, Role
from diplograph.viz.html import render_html
from tests.test_viz import page_data, parse

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

FRA = Actor("country/fra", "France", "Country", "Q142", {"ar": "فرنسا", "fr": "France", "ru": "Франция"})
OMN = Actor("country/omn", "Oman", "Country", "Q842", {"ar": "عُمان"})  # no French or Russian name
MACRON = Actor("person/emmanuel-macron", "Emmanuel Macron", "Person", "Q3052772", {"fr": "Emmanuel Macron"})
BUSAIDI = Actor("person/badr-albusaidi", "Badr Albusaidi", "Person", None, {})
TEXT = "French President Emmanuel Macron met the Omani foreign minister Badr Albusaidi. الرئيس ماكرون"
PUBLISHED = date(2025, 6, 2)


def _role(person: Actor, position: str, country: Actor, title: str) -> Role:
    return Role(person, position, country, title, "d1", TEXT, (0, len(TEXT)))


class KB:
    """A knowledge base with one office, named by its post."""

    actors = {a.id: a for a in (FRA, OMN, MACRON, BUSAIDI)}

    def offices(self, person_id: str) -> list[Office]:
        return [Office(MACRON.id, "head_of_state", FRA.id, date(2017, 5, 14))] if person_id == MACRON.id else []


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    mentions = [Mention(7, 16, "President", FRA, "nationality"), Mention(17, 32, "Emmanuel Macron", MACRON),
                Mention(41, 46, "Omani", OMN, "nationality"), Mention(64, 78, "Badr Albusaidi", BUSAIDI)]
    roles = [_role(BUSAIDI, "foreign_minister", OMN, ""), _role(MACRON, "head_of_state", FRA, "الرئيس")]
    return Extraction(Document("d1", TEXT, PUBLISHED, "en"), mentions, [], roles)


@pytest.fixture(scope="module")
def network(extraction) -> nx.MultiDiGraph:
    return build_network([extraction], kb=KB())


def offices(graph: nx.MultiDiGraph, node: str) -> dict[str, list[str]]:
    return json.loads(graph.nodes[node]["offices_labels"])


def test_a_post_is_named_in_every_language_in_the_network(network):
    by_lang = offices(network, BUSAIDI.id)
    assert set(by_lang) == set(languages())
    expected = post_labels("foreign_minister", "Oman", OMN.labels)
    assert by_lang == {lang: [f"{expected[lang]} (named 2025-06-02)"] for lang in languages()}
    # a language the state has no name in names it by its canonical label
    assert by_lang["fr"] == ["Ministre des Affaires étrangères (Oman) (named 2025-06-02)"]
    assert by_lang["ar"][0].startswith("وزير الخارجية") and "عُمان" in by_lang["ar"][0]


def test_the_canonical_offices_are_unchanged(network):
    for node in (BUSAIDI.id, MACRON.id):
        assert json.loads(network.nodes[node]["offices"]) == offices(network, node)["en"]


def test_a_written_title_stays_as_written_and_a_known_office_is_named_by_its_post(network):
    by_lang = offices(network, MACRON.id)
    for lang in languages():
        written, known = by_lang[lang]
        assert written == "الرئيس (named 2025-06-02)"
        assert known == f"{post_labels('head_of_state', 'France', FRA.labels)[lang]} (2017-05-14–)"
    assert by_lang["ru"][1].startswith("Глава государства") and "Франция" in by_lang["ru"][1]


def test_a_node_without_offices_has_none_in_any_language(network):
    assert offices(network, FRA.id) == {} and json.loads(network.nodes[FRA.id]["offices"]) == []


def test_graphml_carries_the_offices_per_language(network, tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(network, path)
    back = nx.read_graphml(path)
    assert offices(back, BUSAIDI.id) == offices(network, BUSAIDI.id)


@pytest.mark.parametrize("lang", languages())
def test_the_page_shows_the_offices_in_its_language(network, lang):
    nodes = {n["id"]: n for n in page_data(parse(render_html(network, label_lang=lang)))["nodes"]}
    assert nodes[BUSAIDI.id]["dg"]["offices"] == offices(network, BUSAIDI.id)[lang]
    assert nodes[FRA.id]["dg"]["offices"] == []


def test_the_page_of_a_graph_without_offices_per_language_shows_its_offices():
    g = nx.MultiDiGraph()
    g.add_node("person/x", label="X", type="Person", weight=1, qid="", offices=json.dumps(["Envoy (named 2025-06-02)"]))
    nodes = {n["id"]: n for n in page_data(parse(render_html(g, label_lang="fr")))["nodes"]}
    assert nodes["person/x"]["dg"]["offices"] == ["Envoy (named 2025-06-02)"]


def test_the_export_names_the_post_in_every_language_as_the_rdf_does(extraction):
    roles = {line["subject"]["label"]: line["object"] for line in export_lines(extraction)
             if line.get("predicate") == "holdsPosition"}
    obj = roles["Badr Albusaidi"]
    assert obj["label"] == "Foreign minister of Oman" == obj["labels"]["en"]
    assert set(obj["labels"]) == set(languages())
    dataset: Dataset = build_dataset([extraction])
    post = next(o for _, _, o, _ in dataset.quads((None, ORG.holds, None, None))
                if str(o) == str(IRIs.post("foreign_minister", OMN.id)))
    rdf_labels = {label.language: str(label) for _, _, label, _ in dataset.quads((post, RDFS.label, None, None))}
    assert obj["labels"] == rdf_labels


def test_the_export_keeps_what_the_scorer_reads(extraction):
    lines = [line for line in export_lines(extraction) if line.get("predicate") == "holdsPosition"]
    assert len(lines) == 2
    for line in lines:
        assert {"label", "position", "type", "country"} <= set(line["object"])
        assert line["object"]["type"] == "Position" and line["object"]["country"]["label"] in ("France", "Oman")
