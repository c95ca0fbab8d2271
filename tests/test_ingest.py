"""Readers: every bad input is one clear InputError."""
from __future__ import annotations

import json
from datetime import date

import pytest

from diplograph.errors import InputError
from diplograph.ingest import parse_date, read_inputs, read_text_file

DAY = date(2025, 9, 1)


def test_text_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("رفض الكرملين الخطة.", encoding="utf-8")
    doc = read_text_file(path, published=DAY)
    assert (doc.id, doc.published, doc.text) == ("a", DAY, "رفض الكرملين الخطة.")


@pytest.mark.parametrize("content, message", [
    (b"", "is empty"),
    (b"   \n\n", "is empty"),
    (b"\xff\xfe\x00a\x00b", "binary"),
    (b"caf\xe9 au lait", "not valid UTF-8"),
])
def test_bad_text_files(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_text_file(path, published=DAY)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text_file(tmp_path / "nope.txt", published=DAY)


@pytest.mark.parametrize("value", ["2025-02-30", "yesterday", "", "2025/09/01", "31-12-2025"])
def test_malformed_dates(value):
    with pytest.raises(InputError, match="YYYY-MM-DD"):
        parse_date(value)


def test_jsonl_corpus(tmp_path):
    path = tmp_path / "c.jsonl"
    rows = [{"id": "x1", "text": "The Kremlin rejected the plan.", "published": "2025-09-01", "lang": "en", "url": "https://e.x/1"},
            {"id": "x2", "text": "رفض الكرملين الخطة.", "published": "2024-01-02"}]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    docs = list(read_inputs([path], published=None))
    assert [(d.id, d.lang, d.published) for d in docs] == [("x1", "en", DAY), ("x2", None, date(2024, 1, 2))]


@pytest.mark.parametrize("line, message", [
    ("{not json", "not JSON"),
    ("[1, 2]", "JSON object"),
    ('{"id": "a"}', "'text' is missing"),
    ('{"id": "a", "text": "x y z"}', "'published' is missing"),
    ('{"id": "a", "text": "x y z", "published": "2025-99-01"}', "YYYY-MM-DD"),
])
def test_bad_jsonl_lines(tmp_path, line, message):
    path = tmp_path / "c.jsonl"
    path.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=message):
        list(read_inputs([path], published=None))


def test_folder_of_text_files_needs_a_date(tmp_path):
    (tmp_path / "a.txt").write_text("text here", encoding="utf-8")
    with pytest.raises(InputError, match="--published"):
        list(read_inputs([tmp_path], published=None))
    assert [d.id for d in read_inputs([tmp_path], published=DAY)] == ["a"]
