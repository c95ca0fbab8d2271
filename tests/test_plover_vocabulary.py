"""The PLOVER extension: the new predicates, their codes and modes, and the Group actor type, through every output.

A statement with a PLOVER mode carries it in the export (``plover_mode``), in
the RDF (``dg:ploverMode``) and in the network; a Group actor is typed
``dg:Group`` and linked to its state with ``dg:belongsTo``; a store read back
gives the same statement export as the build.
"""
from __future__ import annotations

from datetime import date

import pytest

from diplograph.export.jsonl import export_lines
from diplograph.events import plover
from diplograph.graph.namespace import DG
from diplograph.graph.network import build_network, network_from_rdf
from diplograph.graph.rdf import build_dataset
from diplograph.graph.read import read_extractions
from diplograph.types import Actor, Argument, Document, Extraction, Mention, Statement

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

# predicate, PLOVER type, CAMEO code, PLOVER mode (CAMEO2PLOVER-2021)
NEW_PREDICATES = [
    ("cooperatesWith", "COOPERATE", "06", None),
    ("investigates", "ACCUSE", "09", "investigate"),
    ("concedes", "CONCEDE", "08", None),
    ("easesSanctions", "RETREAT", "085", "ease"),
    ("releases", "RETREAT", "0841", "release"),
    ("protests", "PROTEST", "14", None),
    ("mobilizes", "MOBILIZE", "15", None),
    ("cutsTiesWith", "SANCTION", "161", "withdraw"),
    ("expels", "SANCTION", "166", "expel"),
    ("suspends", "SANCTION", "164", "withdraw"),
    ("arrests", "COERCE", "173", "arrest"),
    ("blockades", "COERCE", "191", "restrict"),
]


@pytest.mark.parametrize("predicate, plover_type, cameo, mode", NEW_PREDICATES)
def test_new_predicates_have_their_codes_and_mode(predicate, plover_type, cameo, mode):
    assert plover.codes(predicate) == (plover_type, cameo)
    assert plover.mode(cameo) == mode
    assert predicate in DG


@pytest.mark.parametrize("predicate, kept", [
    ("sanctions", ("COERCE", "163")), ("deploys", ("MOBILIZE", "15")), ("attacks", ("ASSAULT", "19")),
    ("occupies", ("COERCE", "192")), ("withdrawsFrom", ("RETREAT", "087")),
])
def test_existing_predicates_keep_their_codes(predicate, kept):
    assert plover.codes(predicate) == kept


def test_every_plover_type_has_a_predicate():
    coded = {plover.codes(p)[0] for p in plover.predicates()}
    assert set(plover.plover_types()) <= coded


@pytest.mark.parametrize("cameo, mode", [
    ("174", "deport"), ("1661", "expel"), ("0872", "withdraw"), ("0874", "disarm"), ("141", "demo"),
    ("1412", "demo"), ("040", None), ("04", None), ("", None), ("12", None),
])
def test_mode_of_a_code_falls_back_to_its_three_digit_prefix(cameo, mode):
    assert plover.mode(cameo) == mode


TUR = Actor("country/tur", "Turkey", "Country", "Q43", {"ar": "تركيا", "fr": "Turquie"})
POLICE = Actor("group/turkish-police", "Turkish police", "Group", None, {}, represents="country/tur")
PROTESTERS = Actor("group/protesters", "protesters", "Group")
TEXT = "Turkish police arrested the mayor. Protesters rallied against the government. Russia released two Americans."
RUS = Actor("country/rus", "Russia", "Country", "Q159", {"ar": "روسيا"})


def _sentence(needle: str) -> tuple[str, tuple[int, int]]:
    start = TEXT.index(needle)
    end = TEXT.index(".", start) + 1
    return TEXT[start:end], (start, end)


def _statement(needle: str, subject: Actor, predicate: str, obj: str) -> Statement:
    sentence, span = _sentence(needle)
    plover_type, cameo = plover.codes(predicate)
    return Statement("d1", Argument(subject.label, needle, subject.type, subject), predicate,
                     Argument(obj, obj, "Issue"), sentence, span, plover=plover_type, cameo=cameo, trigger="x")


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    mentions = [Mention(0, 7, "Turkish", TUR, "nationality"), Mention(0, 14, "Turkish police", POLICE),
                Mention(35, 45, "Protesters", PROTESTERS), Mention(79, 85, "Russia", RUS)]
    statements = [_statement("Turkish police", POLICE, "arrests", "the mayor"),
                  _statement("Protesters", PROTESTERS, "protests", "the government"),
                  _statement("Russia", RUS, "releases", "two Americans")]
    return Extraction(Document("d1", TEXT, date(2025, 6, 2), "en"), mentions, statements)


def test_export_carries_the_mode_and_the_group_state(extraction):
    lines = list(export_lines(extraction))
    entities = {line["label"]: line for line in lines if line["kind"] == "entity"}
    assert entities["Turkish police"]["type"] == "Group"
    assert entities["Turkish police"]["country"] == {"id": "Q43", "label": "Turkey"}
    assert "country" not in entities["protesters"]  # the text ties them to no state
    modes = {line["predicate"]: line.get("plover_mode") for line in lines if line["kind"] == "statement"}
    assert modes == {"arrests": "arrest", "protests": None, "releases": "release"}


def test_group_state_comes_from_the_knowledge_base_when_the_text_names_only_the_group():
    text = "Riot police dispersed the crowd."
    group = Actor("group/riot-police", "riot police", "Group", represents="country/fra")
    x = Extraction(Document("d2", text, date(2025, 6, 2), "en"), [Mention(0, 11, "Riot police", group)])
    entity = next(line for line in export_lines(x) if line["kind"] == "entity")
    assert entity["country"] == {"id": "Q142", "label": "France"}


def test_rdf_types_the_group_and_writes_the_mode(extraction):
    triples = {(s, p, o) for s, p, o, _ in build_dataset([extraction]).quads((None, None, None, None))}
    (police, state), = [(s, o) for s, p, o in triples if p == DG.belongsTo]
    assert str(police).endswith("/group/turkish-police") and str(state).endswith("/country/tur")
    assert any(s == police and o == DG.Group for s, _, o in triples)
    assert sorted(str(o) for _, p, o in triples if p == DG.ploverMode) == ["arrest", "release"]


def test_export_from_the_rdf_is_the_export_of_the_build(extraction):
    built = [line for line in export_lines(extraction)]
    (back,) = list(read_extractions(build_dataset([extraction])))
    read = list(export_lines(back))
    by_kind = lambda lines, kind: sorted((line for line in lines if line["kind"] == kind),  # noqa: E731
                                         key=lambda line: repr(sorted(line.items())))
    assert by_kind(read, "statement") == by_kind(built, "statement")
    police = next(line for line in read if line["kind"] == "entity" and line["type"] == "Group" and "country" in line)
    assert police["country"] == {"id": "Q43", "label": "Turkey"}


def test_network_links_a_group_to_its_state_and_keeps_the_mode(extraction):
    for graph in (build_network([extraction]), network_from_rdf(build_dataset([extraction]))):
        assert graph.has_edge("group/turkish-police", "country/tur", "belongsTo")
        assert graph.nodes["group/turkish-police"]["type"] == "Group"
        modes = {d["predicate"]: d["plover_mode"] for *_, d in graph.edges(data=True)}
        assert modes["releases"] == "release" and modes["protests"] == ""
        quads = {d["predicate"]: d["quad"] for *_, d in graph.edges(data=True)}
        assert quads["arrests"] == "material_conflict" and quads["releases"] == "material_cooperation"


def test_group_and_new_predicates_conform_to_the_shapes(extraction):
    pyshacl = pytest.importorskip("pyshacl")
    from rdflib import Graph

    from diplograph.ontology import ONTOLOGY, SHAPES, path

    union = Graph()
    for s, p, o, _ in build_dataset([extraction]).quads((None, None, None, None)):
        union.add((s, p, o))
    conforms, _, text = pyshacl.validate(union, shacl_graph=str(path(SHAPES)),
                                         ont_graph=str(path(ONTOLOGY)), inference="rdfs")
    assert conforms, text


def test_coercion_query_lists_who_protested_arrested_or_expelled_whom(extraction):
    from diplograph.store.query import run_query

    moldova = Actor("country/mda", "Moldova", "Country", "Q217")
    text = "Moldova expelled a Russian diplomat. Moldova threatened to expel two more."
    first, second = text.index("Moldova expelled"), text.index("Moldova threatened")
    expels = [
        Statement("d3", Argument("Moldova", "Moldova", "Country", moldova), "expels", Argument("Russian diplomat", "a Russian diplomat", "Issue"),
                  text[first:second - 1], (first, second - 1), plover="SANCTION", cameo="166"),
        Statement("d3", Argument("Moldova", "Moldova", "Country", moldova), "expels", Argument("two more", "two more", "Issue"),
                  text[second:], (second, len(text)), modality="hypothetical", plover="SANCTION", cameo="166"),
    ]
    other = Extraction(Document("d3", text, date(2025, 6, 3), "en"), [Mention(0, 7, "Moldova", moldova)], expels)
    df = run_query(build_dataset([extraction, other]), "coercion")
    rows = sorted((r.predicate, r.subjectLabel, r.subjectType, r.subjectState or "", r.objectLabel, r.modality, r.mode or "")
                  for r in df.itertuples())
    assert rows == [
        ("arrests", "Turkish police", "Group", "Turkey", "the mayor", "asserted", "arrest"),
        ("expels", "Moldova", "State", "", "Russian diplomat", "asserted", "expel"),
        ("expels", "Moldova", "State", "", "two more", "hypothetical", "expel"),
        ("protests", "protesters", "Group", "", "the government", "asserted", ""),
    ]


def test_page_styles_groups_and_colours_the_new_types(extraction):
    from diplograph.viz.html import NODE_STYLES, QUAD_COLOURS, render_html

    page = render_html(build_network([extraction]))
    shape, colour, symbol = NODE_STYLES["Group"]
    assert '{"type":"Group","count":2' in page and colour in page and symbol in page  # the legend entry
    # arrests and protests are material conflict, releases material cooperation: both in the legend
    assert QUAD_COLOURS["material_conflict"] in page and QUAD_COLOURS["material_cooperation"] in page
