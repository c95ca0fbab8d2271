"""Any input, however malformed, gives valid output or one clear DiplographError."""
from __future__ import annotations

import json
import random
from datetime import date

import pytest
import rdflib
from hypothesis import HealthCheck, given, settings, strategies as st

from diplograph.errors import DiplographError
from diplograph.export import export_jsonl
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
    assert len(parsed) >= 0


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
    ]
    suffixes = [".txt", ".txt", ".txt", ".jsonl", ".jsonl", ".jsonl", ".jsonl", ".jsonl", ".jsonl", ".html", ".rss"]
    for i in range(n):
        k = rng.randrange(len(variants))
        path = tmp / f"m{i}{suffixes[k]}"
        path.write_bytes(variants[k]())
        yield path


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
