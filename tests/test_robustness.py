"""Any input, however malformed, gives valid output or one clear DiplographError."""
from __future__ import annotations

import json
import os
import random
from datetime import date

import pytest
import rdflib
from hypothesis import HealthCheck, given, settings, strategies as st

from diplograph.errors import DiplographError
from diplograph.export.jsonl import export_jsonl
from diplograph.graph.rdf import IRIs, build_dataset, write_trig
from diplograph.ingest import read_inputs
from diplograph.types import Document

# Arabic and Latin letters, digits, punctuation, bidi and zero-width marks, markup.
ALPHABET = st.sampled_from(list(
    "رفض الكرملين موسكو تطالب بانسحاب واشنطن ترامب ماكرون وزير الخارجية لم لا سيترأسان ، ؛ ؟ «» "
    "The Kremlin rejected Egypt hosted talks not will said Macron President French , . ; : ! ? "
    "0123456789 \n\t \u200b\u200f\u202e\u061c\ufeff <script>alert(1)</script> \" ' & { } | ^ ` \\ "
    "\u064b\u0651\u0640 éà ё 가"))
TEXT = st.lists(ALPHABET, max_size=60).map("".join)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FAST
@given(text=TEXT, lang=st.sampled_from(["ar", "en", "fr"]))
def test_extraction_never_raises_and_offsets_slice_back(extractor, text, lang):
    extraction = extractor.extract(Document("d", text, date(2025, 9, 1), lang=lang))
    for mention in extraction.mentions:
        assert text[mention.start:mention.end] == mention.text
    for st_ in extraction.statements:
        assert text[st_.span[0]:st_.span[1]] == st_.sentence
    for line in export_jsonl(extraction).splitlines():
        json.loads(line)


@FAST
@given(text=TEXT, doc_id=st.text(max_size=20))
def test_any_document_gives_valid_rdf(extractor, tmp_path_factory, text, doc_id):
    extraction = extractor.extract(Document(doc_id or "d", "رفض الكرملين " + text + " الخطة.", date(2025, 9, 1), lang="ar"))
    path = tmp_path_factory.mktemp("rdf") / "g.trig"
    write_trig(build_dataset([extraction]), path)
    parsed = rdflib.Dataset()
    parsed.parse(path, format="trig")
    document = rdflib.URIRef(IRIs.document(doc_id or "d"))
    graphs = {g for _, _, _, g in parsed.quads((document, rdflib.RDF.type, None, None))}
    assert graphs == {rdflib.URIRef(IRIs.graph(doc_id or "d"))}  # the document, in its own graph, read back


@given(identifier=st.text())
def test_minted_iris_are_valid(identifier):
    iri = IRIs.actor(identifier) if identifier else IRIs.document("x")
    assert not any(c in str(iri) for c in ' <>"{}|^`\\\n')
    rdflib.Graph().parse(data=f"<{iri}> <http://example.org/p> \"1\" .", format="nt")


def _malformed(rng: random.Random, tmp, n: int):
    """Files and corpus lines of every kind of wrongness."""
    good = {"id": "x", "text": "رفض الكرملين الخطة.", "published": "2025-09-01"}
    variants = [
        lambda: rng.randbytes(rng.randint(0, 200)),
        lambda: b"\xff\xfe" + rng.randbytes(50),
        lambda: "".join(rng.choice("رفض \u200b\u202e<>{}") for _ in range(rng.randint(0, 80))).encode("utf-8"),
        lambda: (json.dumps({**good, "published": rng.choice(["2025-02-30", "", "never", 5, None])}) + "\n").encode(),
        lambda: (json.dumps({**good, "text": rng.choice(["", None, 7, ["a"], {"b": 1}])}) + "\n").encode(),
        lambda: (json.dumps({**good, "lang": rng.choice(["xx", 3, "", "ru"])}) + "\n").encode(),
        lambda: json.dumps(rng.choice([[], "s", 1, None])).encode() + b"\n",
        lambda: b'{"id": "x", "text": "unterminated\n',
        lambda: (json.dumps(good, ensure_ascii=False) + "\n").encode("utf-16"),
        lambda: b"<html><body><script>alert(1)</script></body></html>",
        lambda: b"<?xml version='1.0'?><rss><channel></channel></rss>",
        # what broke whole builds (issue 18, item 5):
        lambda: (json.dumps(good)[:-1] + ', "title": "Egypt \\ud800 talks"}\n').replace('"text": "', '"text": "\\udfff').encode(),
        lambda: (json.dumps({**good, "text": "The Kremlin will reject the plan next Monday.",
                             "published": rng.choice(["0001-01-01", "9999-12-31"])}) + "\n").encode(),
        lambda: b"[" * 100_000 + b"]" * 100_000 + b"\n",
        lambda: ("<?xml version='1.0'?><rss><channel><item><title>The Kremlin will reject the plan next Monday"
                 "</title><pubDate>" + rng.choice(["Mon, 01 Jan 0001 00:00:00 GMT", "Fri, 31 Dec 9999 00:00:00 GMT"])
                 + "</pubDate></item></channel></rss>").encode(),
        lambda: "The Kremlin rejected the plan.".encode("utf-8"),  # under a name that is not UTF-8
    ]
    suffixes = [".txt", ".txt", ".txt", ".jsonl", ".jsonl", ".jsonl", ".jsonl", ".jsonl", ".jsonl", ".html", ".rss",
                ".jsonl", ".jsonl", ".jsonl", ".rss", ".txt"]
    for i in range(n):
        k = rng.randrange(len(variants))
        name = f"m{i}{suffixes[k]}" if k != len(variants) - 1 else os.fsdecode(b"m%d-caf\xe9%s" % (i, suffixes[k].encode()))
        path = tmp / name
        path.write_bytes(variants[k]())
        yield path


@pytest.mark.slow
def test_ten_thousand_malformed_inputs(tmp_path, extractor):
    """Every malformed input ends in a DiplographError or a valid export, never another exception."""
    rng = random.Random(20251129)
    outcomes = {"error": 0, "ok": 0}
    for path in _malformed(rng, tmp_path, 10_000):
        try:
            for document in read_inputs([path], published=date(2025, 9, 1)):
                export_jsonl(extractor.extract(document))
            outcomes["ok"] += 1
        except DiplographError as err:
            assert "\n" not in str(err)
            outcomes["error"] += 1
    assert outcomes["error"] > 5_000 and outcomes["ok"] > 0


@pytest.mark.parametrize("doc_id", ["../../etc/passwd", "a/b", "<x>", "con", "x" * 300])
def test_document_ids_never_name_files(tmp_path, doc_id):
    """Outputs have fixed names; a document id only ever appears inside them."""
    from diplograph.build import build

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": doc_id, "text": "رفض الكرملين الخطة.", "published": "2025-09-01"}) + "\n",
                      encoding="utf-8")
    out = tmp_path / "out"
    build(read_inputs([corpus], published=None), out=out)
    assert sorted(p.name for p in out.iterdir()) == ["graph.graphml", "graph.html", "graph.trig", "statements.jsonl"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "out"]


#: Lines of a corpus that must each be skipped and counted, never abort the build.
POISON = [
    '{"id": "s1", "text": "Egypt hosted talks \\ud800 in Cairo.", "published": "2025-09-01", "title": "\\udc00"}',
    '{"id": "d1", "text": "The Kremlin will reject the plan next Monday.", "published": "0001-01-01"}',
    '{"id": "d2", "text": "The Kremlin will reject the plan next Monday.", "published": "9999-12-31"}',
    "[" * 100_000 + "]" * 100_000,
    '{"id": "x", "text": ',
]


def test_poison_documents_are_skipped_and_counted_in_one_build(tmp_path):
    """A folder with every kind of poison: each good document is written, each bad one counted."""
    from diplograph.build import Summary, build

    folder = tmp_path / "in"
    folder.mkdir()
    good = [{"id": f"g{n}", "text": "The Kremlin rejected the plan.", "published": "2025-09-01"} for n in range(3)]
    (folder / "c.jsonl").write_text("\n".join([json.dumps(good[0]), *POISON, json.dumps(good[1])]) + "\n",
                                    encoding="utf-8")
    (folder / os.fsdecode(b"caf\xe9.txt")).write_text("The Kremlin rejected the plan.", encoding="utf-8")
    (folder / "feed.rss").write_text("<?xml version='1.0'?><rss><channel><item><title>The Kremlin will reject the "
                                     "plan next Monday</title><pubDate>Mon, 01 Jan 0001 00:00:00 GMT</pubDate></item>"
                                     "</channel></rss>", encoding="utf-8")
    summary = Summary()
    build(read_inputs([folder], published=date(2025, 9, 1), on_error=summary.skip), out=tmp_path / "out",
          summary=summary, outputs=["statements.jsonl", "graph.trig"])
    rows = [json.loads(line) for line in (tmp_path / "out" / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    docs = {r["doc"] for r in rows if r["kind"] == "statement"}
    assert {"g0", "g1", "s1", "caf\ufffd"} <= docs
    # d1, d2: out-of-range dates; the deep array; the cut line; the feed entry dated year 1
    assert summary.documents == 4 and len(summary.failed) == 5, summary.failed


def test_an_impossible_date_from_the_api_fails_one_document_only(extractor):
    from diplograph.parallel import extract_stream

    docs = [Document("far", "The Kremlin will reject the plan next Monday.", date(9999, 12, 31), lang="en"),
            Document("ok", "The Kremlin rejected the plan.", date(2025, 9, 1), lang="en")]
    failed: list[str] = []
    done = list(extract_stream(docs, extractor=extractor, on_error=failed.append))
    assert [x.document.id for x in done] == ["ok"] and len(failed) == 1 and failed[0].startswith("far: ")


@pytest.mark.slow
def test_a_hundred_thousand_malformed_documents_in_one_corpus(tmp_path):
    """Fuzz: one corpus of 100,000 lines, mostly malformed; every good one is written, every bad one counted."""
    from diplograph.build import Summary, build

    rng = random.Random(18)
    corpus = tmp_path / "c.jsonl"
    good_ids = []
    with open(corpus, "w", encoding="utf-8") as out:
        for n in range(100_000):
            if n % 10 == 0:
                good_ids.append(f"ok{n}")
                out.write(json.dumps({"id": f"ok{n}", "text": "The Kremlin rejected the plan.",
                                      "published": "2025-09-01", "lang": "en"}) + "\n")
            else:
                line = rng.choice(POISON[:3] + POISON[4:] + ["{}", "[1]", '{"text": 5}', '{"id": 1, "text": ""}'])
                out.write(line + "\n")
        out.write("[" * 100_000 + "]" * 100_000 + "\n")
    summary = Summary()
    build(read_inputs([corpus], published=None, on_error=summary.skip), out=tmp_path / "out", summary=summary,
          outputs=["statements.jsonl"])
    written = {json.loads(line).get("doc") for line in (tmp_path / "out" / "statements.jsonl").open(encoding="utf-8")}
    poisoned_s1 = sum(1 for line in corpus.open(encoding="utf-8") if line.startswith('{"id": "s1"'))
    assert set(good_ids) <= written
    assert summary.documents == len(good_ids) + poisoned_s1
    assert summary.documents + len(summary.failed) == 100_001
