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
    (b"\x00\x01\x02PK\x03\x04", "binary file"),
    (b"\xff\xfeE\x00\x00\xd8", "not valid UTF-16-LE"),
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


@pytest.mark.parametrize("title, text, expected", [
    ("Kremlin rejects the plan", "Moscow said on Monday.", "Kremlin rejects the plan\n\nMoscow said on Monday."),
    ("Kremlin rejects the plan", "Kremlin rejects the plan\nMoscow said.", "Kremlin rejects the plan\nMoscow said."),
    ("  ", "Moscow said on Monday.", "Moscow said on Monday."),
    (None, "Moscow said on Monday.", "Moscow said on Monday."),
], ids=["headline first", "already in the text", "blank", "none"])
def test_a_jsonl_title_is_the_first_line(tmp_path, title, text, expected):
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps({"id": "a", "title": title, "text": text, "published": "2025-09-01"}) + "\n", encoding="utf-8")
    assert next(read_inputs([path], published=None)).text == expected


@pytest.mark.parametrize("line, message", [
    ("{not json", "not JSON"),
    ('{"id": "a", "text": "x y z", "title": 3, "published": "2025-09-01"}', "'title' must be a string"),
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


PAGE = """<html><head><title>x</title><meta property="article:published_time" content="2025-03-04T09:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Kremlin rejects the plan</h1>
<p>The Kremlin rejected the European plan for a ceasefire on Monday, officials in Moscow said.</p>
<p>Diplomats expect further talks in Geneva next week, according to several sources.</p></article>
<footer>Copyright</footer><script>alert("x")</script></body></html>"""

# The headline stands outside the article, as on many sites.
PAGE_WITH_HEADER = """<html><head><title>Egypt hosts talks on Gaza | Example News</title>
<meta property="article:published_time" content="2025-03-04T09:00:00Z"></head>
<body><nav>Home | World | Sport</nav><header><h1>Egypt hosts talks on Gaza</h1></header><article>
<p>The talks brought together mediators from Qatar and the United States in Cairo on Monday, officials said.</p>
<p>Diplomats expect further talks in Geneva next week, according to several sources.</p></article></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<item><title>Egypt hosts talks</title><link>https://example.org/a</link><guid>a1</guid>
<description>&lt;p&gt;Egypt hosted talks between the two sides.&lt;/p&gt;</description>
<pubDate>Tue, 02 Sep 2025 10:00:00 GMT</pubDate></item>
<item><title>Qatar mediates</title><link>https://example.org/b</link><guid>b2</guid>
<description>Qatar mediated a truce.</description></item></channel></rss>"""


def test_html_page_keeps_the_article_and_its_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (doc,) = read_inputs([path], published=None)
    assert "Kremlin rejected" in doc.text and "alert" not in doc.text and "Home | World" not in doc.text
    assert doc.published == date(2025, 3, 4)


@pytest.mark.parametrize("page", [PAGE, PAGE_WITH_HEADER], ids=["headline in the article", "headline before it"])
def test_html_page_opens_with_its_headline_once(tmp_path, page):
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (doc,) = read_inputs([path], published=None)
    headline = "Kremlin rejects the plan" if page is PAGE else "Egypt hosts talks on Gaza"
    assert doc.text.startswith(headline) and doc.text.count(headline) == 1
    assert "Example News" not in doc.text


def test_feed_entries_become_documents(tmp_path):
    path = tmp_path / "news.rss"
    path.write_text(FEED, encoding="utf-8")
    docs = list(read_inputs([path], published=DAY))
    assert [(d.id, d.published) for d in docs] == [("a1", date(2025, 9, 2)), ("b2", DAY)]
    assert "<p>" not in docs[0].text and "Egypt hosted talks" in docs[0].text


def test_a_bad_line_in_a_corpus_is_reported_and_skipped(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"id": "ok", "text": "Egypt hosted talks.", "published": "2025-09-01"}\n{broken\n'
                    '{"id": "ok2", "text": "Qatar mediated.", "published": "2025-09-02"}\n', encoding="utf-8")
    errors = []
    docs = list(read_inputs([path], published=None, on_error=errors.append))
    assert [d.id for d in docs] == ["ok", "ok2"]
    assert len(errors) == 1 and "c.jsonl:2" in str(errors[0])


def test_glob_patterns(tmp_path):
    for name in ("a.txt", "b.txt", "c.md"):
        (tmp_path / name).write_text("Egypt hosted talks.", encoding="utf-8")
    docs = list(read_inputs([str(tmp_path / "*.txt")], published=DAY))
    assert [d.id for d in docs] == ["a", "b"]


@pytest.fixture
def http_feed():
    """A feed served on 127.0.0.1, and the paths that were asked for."""
    import http.server
    import threading

    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            asked.append(self.path)
            body = FEED.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/internal.rss", asked
    server.shutdown()
    server.server_close()


def test_a_feed_file_holding_a_url_is_not_fetched(tmp_path, http_feed):
    url, asked = http_feed
    path = tmp_path / "news.rss"
    path.write_text(url, encoding="utf-8")
    errors = []
    docs = list(read_inputs([tmp_path], published=DAY, on_error=errors.append))
    assert docs == [] and asked == []
    assert len(errors) == 1 and "no entries" in str(errors[0])


def test_a_feed_file_naming_a_local_file_does_not_read_it(tmp_path):
    secret = tmp_path / "secret" / "private.rss"
    secret.parent.mkdir()
    secret.write_text(FEED, encoding="utf-8")
    for i, pointer in enumerate((secret.as_uri(), str(secret))):
        path = tmp_path / f"news{i}.xml"
        path.write_text(pointer, encoding="utf-8")
        with pytest.raises(InputError, match="no entries"):
            list(read_inputs([path], published=DAY))


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_text_with_a_byte_order_mark_is_read(tmp_path, encoding):
    path = tmp_path / "a.txt"
    text = "Egypt hosted talks."
    path.write_bytes(("\ufeff" + text).encode(encoding))
    assert read_text_file(path, published=DAY).text == text


def test_directory_symlinks_are_not_followed(tmp_path):
    root = tmp_path / "news"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text("Egypt hosted talks.", encoding="utf-8")
    (root / "sub" / "loop").symlink_to(root, target_is_directory=True)  # a loop
    (root / "self").symlink_to(".", target_is_directory=True)  # a self-link
    for given in (root, str(root / "**" / "*.txt")):
        docs = list(read_inputs([given], published=DAY))
        assert [d.id for d in docs] == ["sub/a"], given


def test_same_name_in_two_folders_gives_two_documents(tmp_path):
    for folder in ("2024", "2025"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "talks.txt").write_text(f"Egypt hosted talks in {folder}.", encoding="utf-8")
    (tmp_path / "talks.txt").write_text("Qatar hosted talks.", encoding="utf-8")
    (tmp_path / "talks.html").write_text("<html><body><p>Qatar hosted talks.</p></body></html>", encoding="utf-8")
    for given in (tmp_path, str(tmp_path / "**" / "talks.txt")):
        ids = [d.id for d in read_inputs([given], published=DAY, on_error=lambda e: None)]
        assert len(ids) == len(set(ids)) and {"2024/talks", "2025/talks", "talks"} <= set(ids), given


def test_a_folder_of_articles_from_different_days(tmp_path):
    (tmp_path / "2025-09-01-talks.txt").write_text("Egypt hosted talks.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("published: 2025-09-03\nThe Kremlin rejected the plan.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Qatar mediated.", encoding="utf-8")
    errors: list[InputError] = []
    docs = {d.id: d for d in read_inputs([tmp_path], published=None, on_error=errors.append)}
    assert {k: d.published for k, d in docs.items()} == {"2025-09-01-talks": DAY, "b": date(2025, 9, 3)}
    # the date line is blanked, so that spans still count from the file's start
    text = (tmp_path / "b.txt").read_text(encoding="utf-8")
    assert len(docs["b"].text) == len(text) and docs["b"].text.strip() == "The Kremlin rejected the plan."
    assert len(errors) == 1 and "c.txt" in str(errors[0]) and "published: 2025-09-01" in str(errors[0])
    # --published is the date of the files that give none
    docs = {d.id: d.published for d in read_inputs([tmp_path], published=date(2025, 1, 1))}
    assert docs == {"2025-09-01-talks": DAY, "b": date(2025, 9, 3), "c": date(2025, 1, 1)}


def test_sources_never_hold_a_local_folder(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Egypt hosted talks.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "j", "text": "Egypt hosted talks.",
                                                  "published": "2025-09-01"}) + "\n", encoding="utf-8")
    (tmp_path / "news.rss").write_text(FEED, encoding="utf-8")
    docs = list(read_inputs([tmp_path / "in", tmp_path / "c.jsonl", tmp_path / "news.rss", tmp_path / "in" / "a.txt"],
                            published=DAY))
    assert [d.source for d in docs] == ["a.txt", "c.jsonl:1", "news.rss entry 1", "news.rss entry 2", "a.txt"]
