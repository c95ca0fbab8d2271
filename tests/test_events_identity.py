"""One event, one node: grouping event mentions in a document, and one event across documents and stores."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import rdflib

from diplograph.graph.events import EventIndex, EventMention, document_events, group_mentions
from diplograph.graph.namespace import DG
from diplograph.graph.rdf import IRIs, build_dataset
from diplograph.graph.read import read_extractions
from diplograph.graph.network import build_network, network_from_rdf
from diplograph.export.jsonl import export_lines
from diplograph.ingest import read_inputs
from diplograph.store.disk import add_to_store, open_store
from diplograph.types import Actor, Argument, Document, Extraction, Statement

SEED = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "data" / "seed_coalition_ar.txt"
D1, D2, D3 = date(2026, 3, 2), date(2026, 3, 9), date(2026, 4, 20)

# (type, sentence start, words, date) of each mention -> event numbers
GROUPING = [
    # the nearest earlier event of the type, whatever the words
    ([("Meeting", 0, "a meeting", D1), ("Meeting", 50, "the meeting", None)], [0, 0]),
    # a later date separates two meetings
    ([("Meeting", 0, "a meeting", D1), ("Meeting", 50, "a meeting", D2), ("Meeting", 90, "the meeting", None)],
     [0, 1, 1]),
    # another type is another event; the meeting after it still refers back to the first
    ([("Meeting", 0, "a meeting", D1), ("Summit", 50, "the summit", D2), ("Meeting", 90, "the meeting", D1)],
     [0, 1, 0]),
    # the same words in one sentence are one event, even when a later one has another date
    ([("Talks", 0, "talks", None), ("Talks", 0, "talks", D3), ("Talks", 70, "talks", D1)], [0, 0, 1]),
    # one dated mention after another of a different date: two; an undated one joins the nearest
    ([("Conference", 0, "a conference", D1), ("Conference", 40, "a conference", D3),
      ("Conference", 80, "the conference", None)], [0, 1, 1]),
    # text order, not list order
    ([("Meeting", 90, "the meeting", None), ("Meeting", 0, "a meeting", D1)], [0, 0]),
    ([], []),
]


@pytest.mark.parametrize(("rows", "expected"), GROUPING, ids=range(len(GROUPING)))
def test_group_mentions(rows, expected):
    mentions = [EventMention(t, (start, start + 30), words, day) for t, start, words, day in rows]
    assert group_mentions(mentions) == expected


def actor(kind: str, name: str, type_: str) -> Argument:
    return Argument(name, name, type_, Actor(f"{kind}/{name.lower()}", name, type_))


FRA, DEU, ITA, ESP = (actor("country", n, "Country") for n in ("France", "Germany", "Italy", "Spain"))


def doc(doc_id: str, rows, published: date = date(2026, 3, 1)) -> Extraction:
    """rows: (subject, predicate, event type, words, date, negated, modality), one sentence each."""
    statements = []
    offset = 0
    for subject, predicate, type_, words, day, negated, modality in rows:
        sentence = f"{subject.label} {predicate} {words}."
        statements.append(Statement(doc_id, subject, predicate, Argument(words, words, type_), sentence,
                                    (offset, offset + len(sentence)), negated, modality, day))
        offset += len(sentence) + 1
    text = " ".join(s.sentence for s in statements)
    return Extraction(Document(doc_id, text, published, "en"), statements=statements)


def event_nodes(dataset) -> dict[str, set[str]]:
    """{event node: the predicates of the statements naming it}"""
    found: dict[str, set[str]] = {}
    dataset = union(dataset)
    for st in dataset.subjects(rdflib.RDF.type, DG.Statement):
        obj = dataset.value(st, DG.object)
        if "/event/" in str(obj):
            found.setdefault(str(obj), set()).add(str(dataset.value(st, DG.predicate)).rsplit("#", 1)[1])
    return found


def union(dataset) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def test_document_events_skip_the_announcement_day_of_a_future_meeting():
    x = doc("a", [(FRA, "hosts", "Meeting", "a meeting", D1, False, "future"),
                  (DEU, "coChairs", "Meeting", "a meeting", date(2026, 3, 1), False, "future"),
                  (ITA, "participatesIn", "Meeting", "the meeting", None, True, "reported")])
    [event] = document_events(x.statements, published=x.document.published)
    assert (event.date, event.statements) == (D1, [0, 1, 2])
    assert event.participants == {"country/france", "country/germany"}  # not the one who does not attend


@pytest.fixture(scope="module")
def seed(extractor) -> Extraction:
    [document] = read_inputs([SEED], published=date(2025, 9, 1))
    return extractor.extract(document)


def test_the_bundled_example_has_one_node_for_the_coalition_meeting(seed):
    graph = union(build_dataset([seed]))
    meetings = [e for e in graph.subjects(rdflib.RDF.type, DG.Meeting)]
    assert len(meetings) == 1
    [meeting] = meetings
    def english(node):
        return next(str(o) for o in graph.objects(node, rdflib.RDFS.label) if o.language == "en")

    said = {(english(graph.value(st, DG.subject)), str(graph.value(st, DG.predicate)).rsplit("#", 1)[1],
             graph.value(st, DG.negated).toPython())
            for st in graph.subjects(DG.object, meeting)}
    assert {("France", "hosts", False), ("Emmanuel Macron", "coChairs", False), ("Keir Starmer", "coChairs", False),
            ("Volodymyr Zelensky", "participatesIn", False), ("Donald Trump", "participatesIn", True)} <= said
    assert graph.value(meeting, DG.heldOn).toPython() == date(2025, 9, 4)
    # the conference of mid-August is another event
    assert len(list(graph.subjects(rdflib.RDF.type, DG.Conference))) == 1


def test_the_meeting_is_one_node_of_the_network_too(seed):
    network = build_network([seed])
    meetings = [n for n, d in network.nodes(data=True) if d["type"] == "Event" and n.startswith("event/meeting")]
    assert len(meetings) == 1
    edges = {(d["predicate"], d["negated"]) for _, _, d in network.in_edges(meetings[0], data=True)}
    assert {("hosts", False), ("coChairs", False), ("participatesIn", False), ("participatesIn", True)} <= edges
    back = network_from_rdf(build_dataset([seed]))
    assert set(back.edges(keys=True)) == set(network.edges(keys=True))
    assert {n: d["label"] for n, d in back.nodes(data=True)} == {n: d["label"] for n, d in network.nodes(data=True)}


def statement_lines(extractions) -> list[str]:
    """What the export says of each statement, in a stable order (a store orders statements by span;
    the RDF fills in default codes and does not keep a role's mention)."""
    keep = ("doc", "span", "subject", "predicate", "object", "negated", "modality", "date", "sentence")
    return sorted(json.dumps({k: line[k] for k in keep}, ensure_ascii=False, sort_keys=True)
                  for x in extractions for line in export_lines(x)
                  if line["kind"] == "statement" and line["predicate"] != "holdsPosition")


def test_the_statement_export_reads_back_the_same(seed):
    assert statement_lines(read_extractions(build_dataset([seed]))) == statement_lines([seed])


SUMMIT_A = [(FRA, "hosts", "Summit", "a summit", D2, False, "future"),
            (DEU, "participatesIn", "Summit", "the summit", D2, False, "future")]
SUMMIT_B = [(ITA, "participatesIn", "Summit", "the Rome summit", D2, False, "asserted"),
            (DEU, "participatesIn", "Summit", "the summit", None, False, "asserted")]


def test_two_documents_about_one_summit_make_one_node_in_a_build():
    dataset = build_dataset([doc("a", SUMMIT_A), doc("b", SUMMIT_B, date(2026, 3, 9))])
    assert list(event_nodes(dataset).values()) == [{"hosts", "participatesIn"}]


def test_two_documents_about_one_summit_merge_in_a_store(tmp_path):
    one, two = doc("a", SUMMIT_A), doc("b", SUMMIT_B, date(2026, 3, 9))
    add_to_store(tmp_path / "s", build_dataset([one]))
    add_to_store(tmp_path / "s", build_dataset([two]))
    store = open_store(tmp_path / "s")
    ask = ("PREFIX dg: <https://w3id.org/diplograph/ontology#> SELECT DISTINCT ?e ?doc WHERE "
           "{ ?st dg:object ?e ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?doc }")
    rows = {(r["e"].value, r["doc"].value) for r in store.query(ask, use_default_graph_as_union=True)}
    assert len({e for e, _ in rows}) == 1 and len({d for _, d in rows}) == 2
    # each statement keeps its own words and document
    assert statement_lines(read_extractions(tmp_path / "s")) == statement_lines([one, two])
    # and the store is the one a single build of both makes, but for the newest label of the event
    together = tmp_path / "t"
    add_to_store(together, build_dataset([one, two]))

    def quads(source):
        return sorted(str(q) for q in source if not q.predicate.value.endswith(("#label", "#displayLabel")))

    assert quads(store) == quads(open_store(together))


def test_two_meetings_on_different_dates_stay_two():
    a = doc("a", [(FRA, "hosts", "Meeting", "a meeting", D1, False, "asserted"),
                  (DEU, "participatesIn", "Meeting", "the meeting", D1, False, "asserted")])
    b = doc("b", [(FRA, "hosts", "Meeting", "a meeting", D3, False, "asserted"),
                  (DEU, "participatesIn", "Meeting", "the meeting", D3, False, "asserted")], date(2026, 4, 20))
    assert len(event_nodes(build_dataset([a, b]))) == 2
    one_doc = doc("c", [(FRA, "hosts", "Meeting", "a meeting", D1, False, "asserted"),
                        (ESP, "hosts", "Meeting", "a meeting", D3, False, "asserted")])
    assert len(event_nodes(build_dataset([one_doc]))) == 2


def test_same_day_meetings_with_nobody_in_common_stay_two():
    a = doc("a", [(FRA, "hosts", "Meeting", "a meeting", D1, False, "asserted")])
    b = doc("b", [(ESP, "hosts", "Meeting", "a meeting", D1, False, "asserted")])
    assert len(event_nodes(build_dataset([a, b]))) == 2


def test_event_ids_do_not_depend_on_the_build():
    a, b = EventIndex().assign(doc("a", SUMMIT_A)), EventIndex().assign(doc("a", SUMMIT_A))
    assert a == b and set(a.values()) == {"event/summit-2026-03-09-" + next(iter(a.values())).rsplit("-", 1)[1]}
