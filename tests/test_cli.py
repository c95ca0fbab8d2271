"""The command line, run as a user runs it: a real process, its exit status and output."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[1] / "src" / "diplograph" / "data" / "seed_coalition_ar.txt"


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "diplograph.cli", *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_extract_prints_the_export():
    result = run("extract", str(SEED), "--published", "2025-09-01", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    kinds = {r["kind"] for r in rows}
    assert kinds == {"entity", "statement"}
    rejects = [r for r in rows if r["kind"] == "statement" and r["predicate"] == "rejects" and r["subject"]["label"] == "Kremlin"]
    assert rejects and "انتشار" in rejects[0]["object"]["mention"]
    for r in rows:
        if r["kind"] == "statement":
            assert SEED.read_text(encoding="utf-8")[r["span"][0]:r["span"][1]] == r["sentence"]


@pytest.mark.parametrize("make, args, message", [
    (None, ["extract", "{dir}/missing.txt", "--published", "2025-09-01"], "no such file"),
    (b"", ["extract", "{file}", "--published", "2025-09-01"], "is empty"),
    (b"caf\xe9", ["extract", "{file}", "--published", "2025-09-01"], "not valid UTF-8"),
    (b"Some text", ["extract", "{file}", "--published", "2025-31-01"], "YYYY-MM-DD"),
    (b"Some text", ["extract", "{file}", "--published", "2025-09-01", "--lang", "xx"], "not supported"),
    # Greek: no supported language uses its script
    ("Το Κρεμλίνο απέρριψε το σχέδιο".encode(), ["extract", "{file}", "--published", "2025-09-01"], "supported"),
    # Russian read as English: never an empty success
    ("Кремль отверг план".encode(), ["extract", "{file}", "--published", "2025-09-01", "--lang", "en"], "does not use"),
    (b"The Kremlin rejected the plan", ["extract", "{file}", "--published", "2025-09-01", "--lang", "ar"], "ru (Cyrillic)"),
    (None, ["build", "{dir}/missing.txt", "--published", "2025-09-01", "--out", "{dir}/out"], "no such file"),
    (b"Some text", ["build", "{file}", "--out", "{dir}/out"], "--published"),
    (None, ["query", "rejections", "--out", "{dir}/nothing"], "no build"),
    (b"SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
     ["query", "--sparql", "{file}", "--out", "{dir}"], "--allow-service"),
    (b"The Kremlin rejected the plan.", ["build", "{file}", "--published", "2025-09-01", "--out", "{dir}/out",
                                         "--label-lang", "de"], "--label-lang 'de'"),
    (b"The Kremlin rejected the plan.", ["build", "{file}", "--published", "2025-09-01", "--out", "{dir}/out",
                                         "--outputs", "foo"], "unknown output 'foo'; choose from jsonl (statements), trig (rdf)"),
    (b"The Kremlin rejected the plan.", ["build", "{file}", "--published", "2025-09-01", "--out", "{dir}/same",
                                         "--store", "{dir}/same"], "same folder"),
])
def test_bad_input_is_one_line_and_nonzero(tmp_path, capsys, make, args, message):
    """Each case through ``main`` in this process (an uncaught exception fails the test as a traceback would)."""
    from diplograph.cli import main

    file = tmp_path / "doc.txt"
    if make is not None:
        file.write_bytes(make)
    try:
        status = main([a.format(dir=tmp_path, file=file) for a in args])
    except SystemExit as exit:  # argparse's own errors
        status = exit.code
    stderr = capsys.readouterr().err
    assert status != 0
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("diplograph: error:"), stderr
    assert message in lines[0]


@pytest.mark.parametrize("make, args", [
    (None, ["extract", "{dir}/missing.txt", "--published", "2025-09-01"]),
    (b"caf\xe9", ["extract", "{file}", "--published", "2025-09-01"]),
])
def test_bad_input_exits_nonzero_without_a_traceback(tmp_path, make, args):
    """As a user runs it, a real process: the status reaches the shell and no traceback is printed."""
    file = tmp_path / "doc.txt"
    if make is not None:
        file.write_bytes(make)
    result = run(*[a.format(dir=tmp_path, file=file) for a in args])
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("diplograph: error:"), result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
@pytest.mark.parametrize("separator", ["\n\n", " "], ids=["3 MB in paragraphs", "one line of 1.7M characters"])
def test_a_very_large_document_is_read_whole(tmp_path, separator):
    """The founding article over and over: every copy gives its statements, every span slices back.

    (bench/bench_large.py runs a 50 MB document the same way, and reports time and memory.)
    """
    seed = SEED.read_text(encoding="utf-8").strip()
    paragraphs = separator == "\n\n"
    copies = 3 * 2**20 // len(seed.encode("utf-8")) if paragraphs else 1_700_000 // len(seed)
    text = separator.join([seed if paragraphs else seed.replace("\n", " ")] * copies)
    big = tmp_path / "big.txt"
    big.write_text(text, encoding="utf-8")
    result = run("build", str(big), "--published", "2025-09-01", "--out", str(tmp_path / "out"), "--outputs", "statements")
    assert result.returncode == 0, result.stderr
    # Not yet five million characters: read without a note.
    assert "note:" not in result.stderr
    rows = [json.loads(line) for line in (tmp_path / "out" / "statements.jsonl").read_text(encoding="utf-8").splitlines()]
    rejections = [r for r in rows if r.get("predicate") == "rejects" and r["subject"]["label"] == "Kremlin"]
    assert len(rejections) == copies
    assert all(text[r["span"][0]:r["span"][1]] == r["sentence"] for r in rows if r["kind"] == "statement")


@pytest.mark.parametrize("command", [[], ["build"], ["extract"], ["query"]])
def test_help(command):
    result = run(*command, "--help")
    assert result.returncode == 0 and "usage:" in result.stdout


def test_a_failed_service_call_says_why(tmp_path):
    import pyoxigraph as ox

    store = ox.Store(str(tmp_path / "store"))
    del store
    query = tmp_path / "q.rq"
    query.write_text("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", encoding="utf-8")
    result = run("query", "--sparql", str(query), "--store", str(tmp_path / "store"), "--allow-service")
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and "None" not in lines[0]
    assert "port 9" in lines[0]


def test_an_empty_corpus_says_so(tmp_path):
    (tmp_path / "empty.jsonl").write_bytes(b"")
    result = run("build", str(tmp_path / "empty.jsonl"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "warnings above" not in result.stderr and "hold no document" in result.stderr


def test_a_skipped_document_is_one_warning_line(tmp_path):
    """The build logs the skip; the command line prints it as its own line, without a traceback."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "ok", "text": "Egypt hosted talks.", "published": "2025-09-01"}\n{broken\n',
                      encoding="utf-8")
    result = run("build", str(corpus), "--out", str(tmp_path / "out"), "--outputs", "statements")
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("diplograph: warning: skipped: ") and "c.jsonl:2" in lines[0]


def test_a_long_document_note_is_printed_and_logging_left_as_it_was(tmp_path, monkeypatch, capsys):
    import logging

    from diplograph import build as build_module
    from diplograph.cli import main

    monkeypatch.setattr(build_module, "LONG_DOCUMENT", 10)
    article = tmp_path / "long.txt"
    article.write_text("Egypt hosted talks on Gaza with Qatar.", encoding="utf-8")
    top = logging.getLogger("diplograph")
    before = (top.level, list(top.handlers), logging.getLogger("diplograph.build").level)
    assert main(["extract", str(article), "--published", "2025-09-01"]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "diplograph: note: long is 0 million characters long; it is read whole, which takes a few seconds a megabyte"]
    assert (top.level, list(top.handlers), logging.getLogger("diplograph.build").level) == before
