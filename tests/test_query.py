"""The named queries return the expected rows, and bound values never change a query."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from rdflib import URIRef

from diplograph.errors import InputError, QueryError
from diplograph.graph.rdf import IRIs, build_dataset, write_trig
from diplograph.query import format_result, list_queries, load_query, run_query

# rdflib 7 warns about its own deprecated internals when it parses TriG into a Dataset.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

from tests import fixtures as fx

NAMES = ["coercion", "hosts", "pairs", "positions", "profile", "rejections", "roles", "timeline"]


@pytest.fixture(scope="module")
def dataset():
    return build_dataset(fx.extractions(), kb=fx.FakeKB())


@pytest.fixture(scope="module")
def trig(dataset, tmp_path_factory) -> Path:
    return write_trig(dataset, tmp_path_factory.mktemp("build") / "graph.trig")


@pytest.fixture(params=["trig", "dataset"])
def source(request, dataset, trig):
    """Every query runs on the TriG file and on the rdflib Dataset alike."""
    return trig if request.param == "trig" else dataset


def rows(df: pd.DataFrame, *columns: str) -> list[tuple]:
    return [tuple(None if pd.isna(v) else v for v in row) for row in df[list(columns)].itertuples(index=False)]


def test_list_queries():
    assert list_queries() == NAMES


def test_unknown_query_lists_the_names():
    with pytest.raises(QueryError) as error:
        load_query("rejection")
    message = str(error.value)
    assert "rejection" in message and all(name in message for name in NAMES)
    assert "\n" not in message


@pytest.mark.parametrize("name", NAMES)
def test_queries_run_without_bindings(source, name):
    df = run_query(source, load_query(name))
    assert isinstance(df, pd.DataFrame)
    assert run_query(source, name).equals(df)  # a name is accepted in place of the text


def test_rejections(source):
    df = run_query(source, load_query("rejections"))
    assert rows(df, "subjectLabel", "objectLabel", "negated", "date") == [
        ("Kremlin", fx.DEPLOYMENT, False, "2025-09-01"),
        ("Ukraine", "complete Ukrainian withdrawal from Donbas", False, "2025-09-01"),
        ("United Kingdom", "proposal", True, "2025-09-02"),
        ("Kremlin", fx.DEPLOYMENT, False, "2025-09-02"),
    ]
    kremlin = df[df.subjectLabel == "Kremlin"]
    assert "الكرملين" in kremlin.sentence.iloc[0] and "انتشار" in kremlin.sentence.iloc[0]
    assert set(kremlin.doc) == {str(IRIs.document("seed_coalition_ar")), str(IRIs.document("en_demo_01"))}


def test_hosts(source):
    df = run_query(source, load_query("hosts"))
    assert rows(df, "hostLabel", "role", "eventLabel", "modality", "date") == [
        ("France", "hosts", fx.MEETING, "future", "2025-09-04"),
        ("Emmanuel Macron", "coChairs", fx.MEETING, "future", "2025-09-04"),
        ("Keir Starmer", "coChairs", fx.MEETING, "future", "2025-09-04"),
    ]


def test_roles(source):
    df = run_query(source, load_query("roles"))
    from_articles = df[df.doc.notna()]
    assert sorted(rows(from_articles, "personLabel", "position", "countryLabel", "title")) == [
        ("Donald Trump", "head_of_state", "United States", "President of the United States"),
        ("Emmanuel Macron", "head_of_state", "France", "President of France"),
        ("Giorgia Meloni", "head_of_government", "Italy", "Prime Minister of Italy"),
        ("Johann Wadephul", "foreign_minister", "Germany", "Foreign Minister of Germany"),
        ("Keir Starmer", "head_of_government", "United Kingdom", "Prime Minister of the United Kingdom"),
        ("Volodymyr Zelensky", "head_of_state", "Ukraine", "President of Ukraine"),
    ]
    from_kb = df[df.doc.isna()]
    assert sorted(rows(from_kb, "personLabel", "start", "end")) == [
        ("Donald Trump", "2017-01-20", "2021-01-20"),
        ("Donald Trump", "2025-01-20", None),
        ("Emmanuel Macron", "2017-05-14", None),
        ("Keir Starmer", "2024-07-05", None),
    ]


@pytest.mark.parametrize("term", ["deployment", "WESTERN FORCES", "انتشار"])
def test_positions_on_an_issue(source, term):
    df = run_query(source, load_query("positions"), bindings={"term": term})
    assert set(df.actorLabel) == {"Kremlin"}
    assert set(df.predicate) == {"rejects"} and set(df.objectLabel) == {fx.DEPLOYMENT}
    assert set(df.term) == {term}
    assert len(df) == (1 if term == "انتشار" else 2)  # the Arabic words are only in the Arabic article


def test_positions_on_a_shared_issue(source):
    df = run_query(source, load_query("positions"), bindings={"term": "Donbas"})
    assert sorted(rows(df, "actorLabel", "predicate")) == [("Russia", "demands"), ("Ukraine", "rejects")]


@pytest.mark.parametrize("actor", ["Kremlin", "الكرملين", "body/kremlin", f"<{IRIs.actor('body/kremlin')}>",
                                   URIRef(IRIs.actor("body/kremlin"))])
def test_profile_of_a_body(source, actor):
    df = run_query(source, load_query("profile"), bindings={"actor": actor})
    assert rows(df, "actorLabel", "kind", "predicate", "otherLabel") == [
        ("Kremlin", "subject", "rejects", fx.DEPLOYMENT),
        ("Kremlin", "subject", "rejects", fx.DEPLOYMENT),
    ]


def test_profile_of_a_person_has_offices_and_statements(source):
    df = run_query(source, load_query("profile"), bindings={"actor": "Emmanuel Macron"})
    assert sorted(rows(df, "kind", "predicate", "otherLabel", "title", "date"), key=repr) == [
        ("office", "head_of_state", "France", "President of France", None),
        ("office", "head_of_state", "France", None, "2017-05-14"),
        ("subject", "coChairs", fx.MEETING, None, "2025-09-04"),
    ]


def test_profile_as_object(source):
    df = run_query(source, load_query("profile"), bindings={"actor": "Russia"})
    as_object = df[df.kind == "object"]
    assert sorted(rows(as_object, "otherLabel", "predicate")) == [("France", "criticizes"), ("Germany", "criticizes")]
    assert set(df[df.kind == "subject"].predicate) == {"demands", "controls", "attacks"}


def test_pairs_count_only_statements_that_hold(source):
    df = run_query(source, load_query("pairs"))
    assert sorted(rows(df, "subjectLabel", "objectLabel", "cooperation", "conflict")) == [
        ("France", "Russia", 0, 1),
        ("Germany", "Russia", 0, 1),
        ("Germany", "Ukraine", 1, 0),
    ]
    germany_ukraine = df[(df.subjectLabel == "Germany") & (df.objectLabel == "Ukraine")].iloc[0]
    assert germany_ukraine.materialCooperation == 1 and germany_ukraine.verbalCooperation == 0
    # Russia attacks Ukraine only hypothetically: no conflict counted.
    assert df[(df.subjectLabel == "Russia") & (df.objectLabel == "Ukraine")].empty


def test_timeline_is_ordered_and_complete(source):
    df = run_query(source, load_query("timeline"))
    assert len(df) == len({IRIs.statement_key(s) for x in fx.extractions() for s in x.statements})
    assert list(df.date) == sorted(df.date)
    assert set(df.dated) == {"event", "published"}
    first = df.iloc[0]
    assert first.date == "2025-09-01" and first.predicate == "announces" and first.quad == "neutral"


HOSTILE_TERMS = [
    'deployment" ) } UNION { ?s ?p ?o } #',
    "deployment' } #",
    "} } SELECT * WHERE { ?s ?p ?o",
    "{}|^`\\<>",
    "?term",
    "\"\"\"",
    "line\nbreak",
]


@pytest.mark.parametrize("term", HOSTILE_TERMS, ids=range(len(HOSTILE_TERMS)))
def test_bindings_with_quotes_and_braces_do_not_change_the_query(source, term):
    df = run_query(source, load_query("positions"), bindings={"term": term})
    assert df.empty
    assert list(df.columns) == list(run_query(source, load_query("positions"), bindings={"term": "x"}).columns)


@pytest.mark.parametrize("actor", ["Kremlin\" || true || \"", "<https://w3id.org/diplograph/resource/body/kremlin> } #", "*"])
def test_hostile_actor_bindings_match_nothing(source, actor):
    assert run_query(source, load_query("profile"), bindings={"actor": actor}).empty


def test_binding_a_variable_the_query_does_not_select(source):
    with pytest.raises(QueryError, match="SELECT"):
        run_query(source, "SELECT ?s WHERE { ?s ?p ?o FILTER(?o = ?x) }", bindings={"x": "Kremlin"})


@pytest.mark.parametrize("name", ["x y", "?", "a-b", ""])
def test_bad_variable_names(source, name):
    with pytest.raises(QueryError):
        run_query(source, "SELECT ?s WHERE { ?s ?p ?o }", bindings={name: "v"})


@pytest.mark.parametrize("query", ["SELECT ?x WHERE {", "SELEC ?x", "SELECT ?x WHERE { ?x undeclared:p ?y }", ""])
def test_malformed_query_is_a_one_line_query_error(source, query):
    with pytest.raises(QueryError) as error:
        run_query(source, query)
    assert "\n" not in str(error.value) and len(str(error.value)) < 400


def test_missing_build_is_a_query_error(tmp_path):
    with pytest.raises(QueryError, match="no such graph file"):
        run_query(tmp_path / "graph.trig", load_query("hosts"))


def test_unreadable_build_is_a_query_error(tmp_path):
    path = tmp_path / "graph.trig"
    path.write_text("this is { not TriG", encoding="utf-8")
    with pytest.raises(QueryError, match="cannot be read"):
        run_query(path, load_query("hosts"))


def test_ask_and_construct(source):
    assert run_query(source, "ASK { ?s a <https://w3id.org/diplograph/ontology#Statement> }").ask.tolist() == [True]
    df = run_query(source, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3")
    assert list(df.columns) == ["subject", "predicate", "object"] and len(df) == 3


@pytest.mark.parametrize("fmt", ["table", "csv", "json"])
def test_format_result(source, fmt):
    df = run_query(source, load_query("rejections"))
    text = format_result(df, fmt)
    assert "Kremlin" in text and fx.DEPLOYMENT in text
    if fmt == "json":
        records = json.loads(text)
        assert len(records) == 4 and records[2]["negated"] is True
    if fmt == "csv":
        assert text.splitlines()[0].startswith("subjectLabel,objectLabel,sentence,negated")


def test_format_result_of_no_rows(source):
    df = run_query(source, load_query("positions"), bindings={"term": "nothing like this"})
    assert format_result(df, "table").endswith("(no rows)")
    assert json.loads(format_result(df, "json")) == []


def test_unknown_format():
    with pytest.raises(InputError):
        format_result(pd.DataFrame(), "xml")


def test_labels_fall_back_to_other_languages():
    from dataclasses import replace

    extraction = fx.seed_extraction()
    kremlin = next(s for s in extraction.statements if s.predicate == "rejects" and s.subject.actor == fx.KREMLIN)
    words = kremlin.object.mention
    extraction.statements = [replace(kremlin, object=replace(kremlin.object, label=words))]
    df = run_query(build_dataset([extraction]), load_query("rejections"))
    assert rows(df, "subjectLabel", "objectLabel") == [("Kremlin", words)]
