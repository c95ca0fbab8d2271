"""The named queries return the expected rows, and bound values never change a query."""
from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pyoxigraph as ox
import pytest
from rdflib import URIRef

from diplograph.errors import InputError, QueryError
from diplograph.graph.namespace import DG
from diplograph.graph.rdf import IRIs, build_dataset, timeline_key, write_trig
from diplograph.store.query import CLAUSES, format_result, list_queries, load_query, run_query
from diplograph.types import Actor, Argument, Extraction, Statement

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


def test_timeline_is_newest_first_and_complete(source):
    df = run_query(source, "timeline")
    assert len(df) == len({IRIs.statement_key(s) for x in fx.extractions() for s in x.statements})
    assert list(df.date) == sorted(df.date, reverse=True)
    assert set(df.dated) == {"event", "published"}
    first_day = df[df.date == df.date.iloc[-1]]  # the oldest day, in reading order
    assert first_day.date.iloc[0] == "2025-09-01"
    assert first_day.predicate.iloc[0] == "announces" and first_day.quad.iloc[0] == "neutral"
    assert df.subjectLabel.notna().all() and df.objectLabel.notna().all()


def test_timeline_pages_add_up_to_the_whole(source):
    whole = run_query(source, "timeline", bindings={"limit": 0})
    assert len(whole) > 4
    pages = [run_query(source, "timeline", bindings={"limit": "2", "offset": str(start)})
             for start in range(0, len(whole) + 2, 2)]
    assert all(len(page) <= 2 for page in pages) and pages[-1].empty
    joined = pd.concat(pages, ignore_index=True)
    assert joined.equals(whole)


@pytest.mark.parametrize("bindings", [{}, {"limit": "3"}, {"limit": "3", "offset": "2"}, {"offset": "1000"},
                                      {"from": "2025-09-02", "to": "2025-09-30", "limit": "4"}])
def test_a_page_in_two_steps_is_the_page_of_the_one_pass_query(source, bindings, monkeypatch):
    from diplograph.store import query as q

    two_steps = run_query(source, "timeline", bindings=bindings)
    monkeypatch.setattr(q, "PAGE_ROWS", 0)  # every page by the one-pass query
    one_pass = run_query(source, "timeline", bindings=bindings)
    assert list(two_steps.columns) == list(one_pass.columns)
    assert two_steps.equals(one_pass) or (two_steps.empty and one_pass.empty)


def test_a_paged_query_must_cut_its_page_in_a_sub_query():
    from diplograph.errors import DataError
    from diplograph.store.query import _page_step

    assert _page_step("SELECT ?s WHERE { { SELECT ?s WHERE { ?s ?p ?o }\n LIMIT 2\n } }").strip().endswith("LIMIT 2")
    with pytest.raises(DataError, match="sub-query"):
        _page_step("SELECT ?s WHERE { ?s ?p ?o }\nLIMIT 2\n")


@pytest.mark.parametrize("name", ["timeline", "timeline.legacy"])
def test_all_rows_sort_once_a_page_twice(name):
    from diplograph.store.query import _companion, _set_clauses

    text = load_query(name) if "." not in name else _companion(*name.split("."))
    assert text.count("ORDER BY") == 2
    assert _set_clauses(text, {"LIMIT": 0}).count("ORDER BY") == 1  # the sub-query's sort is of no use
    assert _set_clauses(text, {"LIMIT": 0, "OFFSET": 10}).count("ORDER BY") == 2  # it says which rows are skipped
    assert _set_clauses(text, {"LIMIT": 50}).count("ORDER BY") == 2


def test_a_sort_outside_any_sub_query_stays():
    from diplograph.store.query import _set_clauses

    text = "SELECT ?s WHERE { ?s ?p ?o }\nORDER BY ?s\nLIMIT 2\n"
    assert _set_clauses(text, {"LIMIT": 0}) == "SELECT ?s WHERE { ?s ?p ?o }\nORDER BY ?s\n\n"


def test_the_page_step_of_a_paged_query_is_not_a_named_query():
    assert "timeline.page" not in list_queries()
    with pytest.raises(QueryError, match="unknown query"):
        load_query("timeline.page")


def test_timeline_date_range_is_inclusive(source):
    whole = run_query(source, "timeline", bindings={"limit": 0})
    days = sorted(set(whole.date))
    assert len(days) >= 3
    df = run_query(source, "timeline", bindings={"from": days[1], "to": days[-2]})
    assert set(df.date) == set(days[1:-1])
    assert len(df) == int(whole.date.isin(days[1:-1]).sum())
    assert run_query(source, "timeline", bindings={"from": days[-1]}).date.eq(days[-1]).all()
    assert run_query(source, "timeline", bindings={"from": "2100-01-01"}).empty


@pytest.mark.parametrize("bindings, message", [
    ({"from": "1 March"}, "not a date"),
    ({"to": "2025-13-01"}, "not a date"),
    ({"limit": "-1"}, "not a number of rows"),
    ({"offset": "10; DROP ALL"}, "not a number of rows"),
])
def test_timeline_rejects_bad_parameters(source, bindings, message):
    with pytest.raises(QueryError, match=message):
        run_query(source, "timeline", bindings=bindings)


# (day, article's date, start offset), in the timeline's order: newest day first, then the latest
# article, then reading order.
TIMELINE_ORDER = [
    (date(2026, 1, 1), date(2025, 12, 30), 0),
    (date(2025, 12, 31), date(2026, 1, 2), 0),
    (date(2025, 12, 31), date(2025, 12, 31), 0),
    (date(2025, 12, 31), date(2025, 12, 31), 9),
    (date(2025, 12, 31), date(2025, 12, 31), 10),
    (date(2025, 12, 31), date(2025, 12, 31), 123_456_789),
    (date(2025, 12, 31), date(2025, 11, 1), 5),
    (date(2025, 3, 9), date(2025, 3, 10), 50),
    (date(2025, 3, 9), date(2025, 3, 10), 9_999_999_999),
    (date(999, 1, 2), date(999, 1, 2), 0),
]


def test_timeline_keys_sort_as_day_article_and_offset():
    keys = [timeline_key(*row) for row in TIMELINE_ORDER]
    assert sorted(keys, key=Decimal, reverse=True) == keys
    assert len(set(keys)) == len(keys)
    assert timeline_key(date(2025, 9, 3), date(2025, 9, 1), 0) == "20250903.202509019999999999"
    assert timeline_key(date(2025, 9, 3), date(2025, 9, 1), 9) == "20250903.20250901999999999"  # canonical: no trailing 0


def test_timeline_keys_keep_every_digit_in_the_store():
    store = ox.Store()
    for n, row in enumerate(TIMELINE_ORDER):
        store.update(f"INSERT DATA {{ <urn:s:{n}> <{DG.timelineKey}> {timeline_key(*row)} }}")
    back = [r["k"] for r in store.query(f"SELECT ?k WHERE {{ ?s <{DG.timelineKey}> ?k }} ORDER BY DESC(?k)")]
    assert [k.value for k in back] == [timeline_key(*row) for row in TIMELINE_ORDER]
    assert all(k.datatype.value.endswith("#decimal") for k in back)


def test_every_statement_has_one_timeline_key(dataset):
    store = dataset.store._inner
    keys = {r["st"].value: r["k"].value for r in store.query(
        f"SELECT ?st ?k WHERE {{ ?st <{DG.timelineKey}> ?k }}", use_default_graph_as_union=True)}
    statements = {IRIs.statement_key(s): (x.document.published, s) for x in fx.extractions() for s in x.statements}
    assert len(keys) == len(statements)
    for key, (published, s) in statements.items():
        assert keys[str(IRIs.statement(s))] == timeline_key(s.date or published, published, s.span[0])


#: A statement's own properties that its dg:StatementKind restates.
KIND_PROPERTIES = {"kindPredicate": "predicate", "kindModality": "modality", "kindNegated": "negated",
                   "kindQuadClass": "quadClass", "kindPloverType": "ploverType"}


def test_each_statement_kind_restates_its_statements_properties(dataset):
    store = dataset.store._inner
    rows = list(store.query("SELECT ?st ?own ?stated WHERE { ?st <%s> ?kind . "
                            "VALUES (?kp ?sp) { %s } ?kind ?kp ?stated . OPTIONAL { ?st ?sp ?own } }"
                            % (DG.statementKind, " ".join(f"(<{DG[k]}> <{DG[v]}>)" for k, v in KIND_PROPERTIES.items())),
                            use_default_graph_as_union=True))
    statements = {r["st"] for r in rows}
    assert len(statements) == len({IRIs.statement_key(s) for x in fx.extractions() for s in x.statements})
    assert len(rows) >= 4 * len(statements) and all(r["own"] == r["stated"] for r in rows)
    kinds = {r["k"] for r in store.query(f"SELECT DISTINCT ?k WHERE {{ ?st <{DG.statementKind}> ?k }}",
                                         use_default_graph_as_union=True)}
    assert 1 < len(kinds) < len(statements)  # statements share their kinds


def test_a_kind_without_plover_type_gives_no_plover_in_the_timeline():
    from diplograph.types import Document

    text = "Oman represents the League."
    st = Statement("d1", Argument("Oman", "Oman", "Country", Actor("country/omn", "Oman", "Country")), "represents",
                   Argument("the League", "the League", "Organization"), text, (0, len(text)), modality="reported")
    row = run_query(build_dataset([Extraction(Document("d1", text, date(2025, 9, 1), "en"), statements=[st])]),
                    "timeline", bindings={"limit": 0}).iloc[0]
    assert (row["predicate"], row["modality"], row["negated"], row["plover"]) == ("represents", "reported", False, None)


def _without(dataset, prop, where: str = "") -> ox.Store:
    """A copy of the dataset's store with the triples of ``prop`` removed (of the graphs matching ``where``)."""
    store = ox.Store()
    store.extend(dataset.store._inner)
    store.update(f"DELETE {{ GRAPH ?g {{ ?x <{prop}> ?v }} }} "
                 f"WHERE {{ GRAPH ?g {{ ?x <{prop}> ?v }} {where} }}")
    return store


@pytest.mark.parametrize("bindings", [{"limit": 0}, {}, {"limit": "3", "offset": "2"}, {"limit": "5000"},
                                      {"from": "2025-09-02", "to": "2025-09-04"}, {"to": "2025-09-01", "limit": 0}])
@pytest.mark.parametrize("where", ["", "FILTER(CONTAINS(STR(?g), 'en_'))"], ids=["old graph", "half of it old"])
@pytest.mark.parametrize("prop", ["timelineKey", "statementKind"])
def test_a_graph_without_timeline_keys_or_kinds_gives_the_same_timeline(dataset, bindings, where, prop, caplog):
    from diplograph.store import query as q

    old = _without(dataset, DG[prop], where)
    need = (f"dg:{prop}", "dg:Statement")
    assert q._lacks(old, load_query("timeline"), q.query_info("timeline").needs) == need
    assert q._lacks(dataset.store._inner, load_query("timeline"), q.query_info("timeline").needs) is None
    q._WARNED.clear()
    with caplog.at_level("WARNING", logger="diplograph.store.query"):
        before = run_query(old, "timeline", bindings=bindings)
        run_query(old, "timeline", bindings=bindings)
    paged = 0 < int(bindings.get("limit", 1000)) <= q.PAGE_ROWS
    if prop == "statementKind" and paged:  # a page's two steps read no kind: no slower way, no warning
        assert not caplog.records
    else:
        assert len(caplog.records) == 1 and "build it again" in caplog.text
    after = run_query(dataset, "timeline", bindings=bindings)
    assert len(after) > 0
    assert after.equals(before)


#: A node's labels (text, language tag) and the one it is shown by.
DISPLAY_LABELS = [
    ([("France", "en"), ("فرنسا", "ar"), ("Francia", "es")], "France"),
    ([("Moscou", "fr"), ("Москва", "ru"), ("موسكو", "ar")], "Moscou"),  # no English label: the least string
    ([("UK", "en"), ("United Kingdom", "en-GB")], "United Kingdom"),  # several English ones: the greatest
    ([("Elysee", "EN"), ("Champs", None)], "Elysee"),  # a tag's case does not matter
    ([("zeta", "english"), ("alpha", "fr")], "alpha"),  # 'english' is no English tag
    ([("Brussels talks", None)], "Brussels talks"),
]

#: How the queries of older versions (and timeline.page.rq) choose a node's label among its rdfs:labels.
CHOSEN_LABELS = """SELECT ?x (IF(MAX(?en) != "", MAX(?en), MIN(STR(?any))) AS ?label)
WHERE { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?any .
        BIND(IF(LANGMATCHES(LANG(?any), "en"), STR(?any), "") AS ?en) }
GROUP BY ?x"""


@pytest.mark.parametrize("labels, shown", DISPLAY_LABELS)
def test_a_display_label_is_the_label_the_queries_chose(labels, shown):
    from diplograph.graph.rdf import display_label

    assert display_label(labels) == shown
    store = ox.Store()
    node = ox.NamedNode("urn:x:node")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    for text, lang in labels:
        store.add(ox.Quad(node, label, ox.Literal(text, language=lang) if lang else ox.Literal(text)))
    assert [row["label"].value for row in store.query(CHOSEN_LABELS)] == [shown]


def test_every_labelled_node_has_the_display_label_the_queries_chose(dataset):
    store = dataset.store._inner
    chosen = {row["x"].value: row["label"].value for row in store.query(CHOSEN_LABELS, use_default_graph_as_union=True)}
    shown = [(row["x"].value, row["l"].value) for row in store.query(
        f"SELECT ?x ?l WHERE {{ ?x <{DG.displayLabel}> ?l }}", use_default_graph_as_union=True)]
    assert len(chosen) > 10 and sorted(shown) == sorted(chosen.items())


@pytest.mark.parametrize("where", ["", 'FILTER(STR(?x) < "https://w3id.org/diplograph/resource/m")'], ids=["old graph", "part of it old"])
def test_a_graph_without_display_labels_gives_the_same_rows(dataset, extractor, where, caplog):
    from diplograph.store import query as q
    from diplograph.types import Document

    seed = build_dataset([extractor.extract(Document("seed_coalition_ar", fx.SEED_TEXT, date(2025, 9, 1), "ar"))])
    for graph in (dataset, seed):  # the seed example has meetings, the fixture statements between actors
        old = _without(graph, DG.displayLabel, where)
        assert len(old) < len(graph.store._inner)
        q._WARNED.clear()
        with caplog.at_level("WARNING", logger="diplograph.store.query"):
            caplog.clear()
            for bindings in ({"limit": 2}, {"limit": 3, "offset": 2}):  # pages read no display label
                assert run_query(old, "timeline", bindings=bindings).equals(run_query(graph, "timeline", bindings=bindings))
            assert not caplog.records
            for name, bindings in (("timeline", {"limit": 0}), ("pairs", None)):
                before = run_query(old, name, bindings=bindings)
                assert len(before) > 0 and before.equals(run_query(graph, name, bindings=bindings))
        assert len(caplog.records) == 2 and "no dg:displayLabel" in caplog.text and "build it again" in caplog.text


def test_the_legacy_pairs_has_the_columns_of_pairs():
    from diplograph.store import query as q

    assert q.query_info("pairs").needs == (("dg:displayLabel", "subject of rdfs:label"),)
    assert q._projection(q._legacy_query("pairs")) == q.query_info("pairs").columns


def test_the_legacy_timeline_has_the_parameters_and_clauses_of_the_timeline():
    from diplograph.store import query as q

    assert q.query_info("timeline").needs == (("dg:timelineKey", "dg:Statement"), ("dg:statementKind", "dg:Statement"),
                                              ("dg:displayLabel", "subject of rdfs:label"))
    legacy = q._legacy_query("timeline")
    assert legacy is not None and q._projection(legacy) == q.query_info("timeline").columns
    for keyword in CLAUSES.values():
        assert len(q._clause(keyword).findall(legacy)) == 1


@pytest.mark.parametrize("header, message", [
    ("# Needs: timelineKey of dg:Statement\n", "write 'Needs: prefix:property of every prefix:Class'"),
    ("# Needs: dg:displayLabel of every subject rdfs:label\n", "(or 'of every subject of prefix:property')"),
    ("# Needs: dg:timelineKey of every dg:Statement\n", "needs queries/x.legacy.rq"),
])
def test_a_bad_needs_line_is_a_data_error(monkeypatch, header, message):
    from diplograph.errors import DataError
    from diplograph.store import query as q

    monkeypatch.setattr(q, "load_query", lambda name: "# Something.\n" + header + "SELECT ?x WHERE { }\n")
    q.query_info.cache_clear()
    try:
        with pytest.raises(DataError, match=re.escape(message)):
            q.query_info("x")
    finally:
        q.query_info.cache_clear()


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
    text = format_result(df, fmt, width=400)  # wide enough for whole cells
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


# --------------------------------------------------------------------------- what a first user meets

from diplograph.cli import main  # noqa: E402
from diplograph.store.query import check_bindings, describe_queries, query_info, resolve_actor  # noqa: E402


@pytest.mark.parametrize("name", NAMES)
def test_each_query_describes_itself_in_its_header(name):
    import pyoxigraph as ox

    info = query_info(name)
    assert info.description and "\n" not in info.description and info.description.endswith(".")
    # the header's columns are the ones the query returns
    projection = [v.value for v in ox.Store().query(load_query(name), use_default_graph_as_union=True).variables]
    assert list(info.columns) == projection
    for p in info.parameters:
        # a LIMIT/OFFSET parameter sets a clause, every other one a selected variable
        assert (p.kind in CLAUSES or p.name in projection) and p.help


def test_query_list_gives_description_parameters_and_columns(capsys):
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    for name in NAMES:
        info = query_info(name)
        assert f"{name}  {info.description}" in out
    assert "--bind actor=...  (required)" in out and "--bind term=...  (required)" in out
    assert "columns: subjectLabel, objectLabel, cooperation, conflict, meetings" in out
    assert out.strip() == describe_queries().strip()


def test_a_header_with_an_unknown_kind_is_a_data_error(monkeypatch):
    from diplograph.store import query as q
    from diplograph.errors import DataError

    text = "# Something.\n# Bind: who (actr): someone\nSELECT ?who WHERE { }\n"
    monkeypatch.setattr(q, "load_query", lambda name: text)
    q.query_info.cache_clear()
    try:
        with pytest.raises(DataError, match=r"line 2: unknown parameter kind 'actr'; did you mean 'actor'"):
            q.query_info("x")
    finally:
        q.query_info.cache_clear()


@pytest.fixture
def build_dir(trig) -> Path:
    return trig.parent


def test_a_missing_required_bind_is_an_error_naming_it(build_dir, capsys):
    assert main(["query", "profile", "--out", str(build_dir)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "needs actor: --bind actor=VALUE" in err
    assert main(["query", "positions", "--out", str(build_dir), "--bind", "actor=x"]) == 2
    assert "has no parameter 'actor'; its parameters: term" in capsys.readouterr().err
    assert main(["query", "positions", "--out", str(build_dir), "--bind", "term"]) == 2
    assert "write NAME=VALUE" in capsys.readouterr().err


@pytest.mark.parametrize("name", ["Macron", "macron", "ماكرون", "إيمانويل ماكرون", "Макрон", "EMMANUEL MACRON"])
def test_profile_finds_an_actor_by_any_name(source, name):
    df = run_query(source, "profile", bindings={"actor": name})
    assert set(df.actorLabel) == {"Emmanuel Macron"}
    assert "coChairs" in set(df.predicate)


def test_profile_of_a_surname_shared_by_two_actors_asks_which(tmp_path):
    import pyoxigraph as ox

    dg, res = "https://w3id.org/diplograph/ontology#", "https://w3id.org/diplograph/resource/"
    store = ox.Store()
    rdfs_label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    kind = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    for slug, label in (("person/ada-lindqvist", "Ada Lindqvist"), ("person/bo-lindqvist", "Bo Lindqvist"),
                        ("person/cy-other", "Cy Other")):
        iri = ox.NamedNode(res + slug)
        store.add(ox.Quad(iri, kind, ox.NamedNode(dg + "Person"), ox.NamedNode(res + "doc/x")))
        store.add(ox.Quad(iri, rdfs_label, ox.Literal(label, language="en"), ox.NamedNode(res + "doc/x")))
    with pytest.raises(QueryError) as error:
        resolve_actor(store, "Lindqvist")
    message = str(error.value)
    assert "\n" not in message
    assert "'Lindqvist' names 2 actors: Ada Lindqvist (person/ada-lindqvist), Bo Lindqvist (person/bo-lindqvist)" in message
    assert resolve_actor(store, "bo lindqvist") == f"<{res}person/bo-lindqvist>"
    assert resolve_actor(store, "Other") == f"<{res}person/cy-other>"  # one whole word of one name
    assert resolve_actor(store, "Oth") == "Oth"  # no actor: left as it is (no rows)
    assert resolve_actor(store, "person/cy-other") == "person/cy-other"


def test_table_prints_labels_and_fits_the_width(source):
    df = run_query(source, "rejections")
    text = format_result(df, "table", width=80)
    lines = text.splitlines()
    assert all(len(line) <= 80 for line in lines), max(map(len, lines))
    assert lines[0].split()[:2] == ["subjectLabel", "objectLabel"]
    # no IRI where a label says it, and readable ends for the rest
    assert "https://" not in text and "%D8" not in text
    assert "subject" not in lines[0].split() and "object" not in lines[0].split()
    assert "\u2026" in text  # long sentences are cut
    # csv and json keep the IRIs
    assert "https://w3id.org/diplograph/resource/body/kremlin" in format_result(df, "csv")
    assert "https://w3id.org/diplograph/resource/body/kremlin" in format_result(df, "json")
    wide = format_result(df, "table", width=400)
    assert "doc/seed_coalition_ar" in wide and "more column" not in wide


def test_table_of_encoded_iris_is_decoded():
    df = pd.DataFrame({"object": ["https://w3id.org/diplograph/resource/issue/%D8%A7%D9%86%D8%AA%D8%B4%D8%A7%D8%B1"],
                       "predicate": ["https://w3id.org/diplograph/ontology#rejects"]})
    assert format_result(df, "table", width=80).splitlines()[1].split() == ["issue/انتشار", "rejects"]


def test_pairs_is_not_empty_on_the_bundled_example(extractor):
    """The example has no statement from one actor to another: its actors meet at events."""
    from datetime import date

    from diplograph.types import Document

    extraction = extractor.extract(Document("seed_coalition_ar", fx.SEED_TEXT, date(2025, 9, 1), "ar"))
    df = run_query(build_dataset([extraction]), "pairs")
    assert not df.empty
    met = {(r.subjectLabel, r.objectLabel) for r in df.itertuples() if r.meetings >= 1}
    # France, Germany and the United Kingdom took part in the mid-August conference.
    assert {("Germany", "France"), ("France", "United Kingdom"), ("Germany", "United Kingdom")} <= met


def test_pairs_counts_held_meetings_once_a_pair(source):
    df = run_query(source, "pairs")
    # The fixture's meeting is future (France hosts, Macron and Starmer co-chair): no meeting held.
    assert set(df.meetings) == {0}


SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_a_query_past_its_time_limit_is_stopped(trig):
    import time

    start = time.monotonic()
    with pytest.raises(QueryError, match="stopped after 1 s"):
        run_query(trig, SLOW, timeout=1)
    assert time.monotonic() - start < 10
    # within its limit, the child's answer is the same as in-process
    assert run_query(trig, "rejections", timeout=30).equals(run_query(trig, "rejections"))
    with pytest.raises(QueryError, match="malformed"):
        run_query(trig, "SELECT ?x WHERE {", timeout=30)


@pytest.mark.slow  # each waits for a child query to start and be interrupted
@pytest.mark.parametrize("limit", ["0", "60"])
def test_ctrl_c_stops_a_query_and_its_child(build_dir, tmp_path, limit):
    import os
    import signal
    import subprocess
    import sys
    import time

    import diplograph

    slow = tmp_path / "slow.rq"
    slow.write_text(SLOW, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(diplograph.__file__).parents[1])}
    proc = subprocess.Popen([sys.executable, "-m", "diplograph.cli", "query", "--sparql", str(slow),
                             "--out", str(build_dir), "--timeout", limit],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        children: list[str] = []
        deadline = time.monotonic() + 30
        while not children and time.monotonic() < deadline:
            time.sleep(0.2)
            children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        assert children, "the query did not start its child"
        time.sleep(0.5)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
    finally:
        proc.kill()
    assert proc.returncode == 130 and err == "diplograph: query stopped\n" and out == ""
    assert not any(Path(f"/proc/{pid}").exists() for pid in children)
