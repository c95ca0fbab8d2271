"""Read text and HTML files, folders and globs of them, JSON Lines corpora and feeds as documents.

Every failure is an :class:`~diplograph.errors.InputError` whose message names
the file (and line) and says how to fix it.
"""
from __future__ import annotations

import glob
import html as html_lib
import json
import re
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

from diplograph.errors import InputError
from diplograph.types import Document

__all__ = ["parse_date", "read_feed", "read_html_file", "read_inputs", "read_jsonl", "read_text_file"]


def parse_date(value: str, *, where: str = "--published") -> date:
    """Parse an ISO date (YYYY-MM-DD), or fail with a one-line message.

    >>> parse_date("2025-09-01")
    datetime.date(2025, 9, 1)
    >>> parse_date("2025-13-01")
    Traceback (most recent call last):
    ...
    diplograph.errors.InputError: --published: '2025-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2025-09-01
    """
    text = str(value).strip()
    try:
        # A timestamp ("2025-09-01T10:00:00Z") gives its day.
        return date.fromisoformat(text[:10] if len(text) > 10 and text[10] in "T " else text)
    except (TypeError, ValueError):
        raise InputError(f"{where}: {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-09-01") from None


def _read(path: Path) -> str:
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file, or pass the folder to 'diplograph build'")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror}); check its permissions") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: is a binary file, not text; give a UTF-8 text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: is not valid UTF-8 (byte {err.start}); convert it, e.g. iconv -t UTF-8") from None


def read_text_file(path: str | Path, *, published: date, lang: str | None = None) -> Document:
    """Read one plain-text article.

    Args:
        path: the file.
        published: its publication date.
        lang: its language code, or None to detect it.

    Returns:
        The document, its id the file name without extension.
    """
    path = Path(path)
    text = _read(path)
    if not text.strip():
        raise InputError(f"{path}: is empty; give an article with some text")
    return Document(id=path.stem, text=text, published=published, lang=lang, source=str(path))


def read_jsonl(path: str | Path, *, published: date | None = None,
               on_error: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """Read a JSON Lines corpus: one object a line with ``id``, ``text``, ``published``, ``url``, ``lang``.

    A ``title`` is the document's first line: a headline is a sentence of the
    article ("Kremlin rejects Western troops in Ukraine"), and offsets count it.

    Args:
        path: the corpus file.
        published: the date for lines without one.
        on_error: called with the error of a bad line, which is then skipped;
            without it, a bad line raises.

    Returns:
        The documents, in file order, read one line at a time.
    """
    path = Path(path)
    _check_readable(path)
    with open(path, "rb") as lines:
        for number, raw in enumerate(lines, 1):
            if not raw.strip():
                continue
            try:
                yield _jsonl_document(raw, f"{path}:{number}", f"{path.stem}-{number}", published)
            except InputError as err:
                if on_error is None:
                    raise
                on_error(err)


def _jsonl_document(raw: bytes, where: str, default_id: str, published: date | None) -> Document:
    try:
        row = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"{where}: is not valid UTF-8; convert the corpus to UTF-8") from None
    except json.JSONDecodeError as err:
        raise InputError(f"{where}: not JSON ({err.msg}); each line must be one JSON object") from None
    if not isinstance(row, dict):
        raise InputError(f"{where}: a line must be a JSON object with 'id' and 'text'")
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: 'text' is missing or empty; every line needs the article text")
    title = row.get("title")
    if title is not None and not isinstance(title, str):
        raise InputError(f"{where}: 'title' must be a string")
    if title and title.strip() and not text.lstrip().startswith(title.strip()):
        text = title.strip() + "\n\n" + text
    day = row.get("published")
    if day is None and published is None:
        raise InputError(f"{where}: 'published' is missing; add it or pass --published")
    lang = row.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise InputError(f"{where}: 'lang' must be a language code such as \"ar\"")
    return Document(
        id=str(row.get("id") or default_id),
        text=text,
        published=parse_date(day, where=f"{where} published") if day is not None else published,
        lang=lang or None,
        url=str(row["url"]) if row.get("url") else None,
        source=where,
    )


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file, or pass the folder to 'diplograph build'")


def read_html_file(path: str | Path, *, published: date | None, lang: str | None = None) -> Document:
    """Read one HTML page, keeping only its headline and main text (trafilatura drops menus, footers and scripts).

    Args:
        path: the page.
        published: its publication date, when the page's metadata gives none.
        lang: its language code, or None to detect it.

    Returns:
        The document.
    """
    import trafilatura

    path = Path(path)
    html = _read(path)
    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputError(f"{path}: no article text found in the page")
    metadata = trafilatura.extract_metadata(html)
    title = (metadata.title or "").strip() if metadata is not None else ""
    if title and not text.lstrip().startswith(title):
        text = title + "\n\n" + text  # the headline, when the page keeps it outside the article
    day = published
    if metadata is not None and metadata.date:
        day = parse_date(metadata.date, where=f"{path} date")
    if day is None:
        raise InputError(f"{path}: the page gives no publication date; pass --published YYYY-MM-DD")
    url = metadata.url if metadata is not None else None
    return Document(id=path.stem, text=text, published=day, lang=lang, url=url, source=str(path))


def read_feed(path: str | Path, *, published: date | None = None,
              on_error: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """Read an RSS or Atom feed file: one document per entry (title and summary or content).

    Args:
        path: the feed file.
        published: the date for entries without one.
        on_error: called with the error of a bad entry, which is then skipped.

    Returns:
        The documents, in feed order.
    """
    import io

    import feedparser

    path = Path(path)
    _read(path)  # the checks every text file gets
    # A stream, never a string: feedparser fetches a string that reads as a URL
    # and opens one that names a file, so the file's content would choose what is read.
    feed = feedparser.parse(io.BytesIO(path.read_bytes()), resolve_relative_uris=False)
    if not feed.entries:
        raise InputError(f"{path}: no entries found; is it an RSS or Atom feed?")
    for number, entry in enumerate(feed.entries, 1):
        where = f"{path} entry {number}"
        try:
            body = entry.get("content", [{}])[0].get("value") if entry.get("content") else entry.get("summary", "")
            text = "\n".join(t for t in (entry.get("title", ""), _html_text(body or "")) if t.strip())
            if not text.strip():
                raise InputError(f"{where}: has no title or text")
            stamp = entry.get("published_parsed") or entry.get("updated_parsed")
            day = date(*stamp[:3]) if stamp else published
            if day is None:
                raise InputError(f"{where}: has no date; pass --published YYYY-MM-DD")
            yield Document(id=str(entry.get("id") or entry.get("link") or f"{path.stem}-{number}"), text=text,
                           published=day, lang=None, url=entry.get("link"), source=where)
        except InputError as err:
            if on_error is None:
                raise
            on_error(err)


def _html_text(fragment: str) -> str:
    """The text of an HTML fragment, tags dropped and entities decoded."""
    if "<" not in fragment:
        return html_lib.unescape(fragment)
    import lxml.html

    try:
        return lxml.html.fromstring(fragment).text_content()
    except Exception:
        return html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment))


_READERS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl",
            ".xml": "feed", ".rss": "feed", ".atom": "feed"}


def read_inputs(paths: list[str | Path], *, published: date | None,
                on_error: Callable[[InputError], None] | None = None) -> Iterator[Document]:
    """Documents from text and HTML files, folders or globs of them, JSON Lines corpora and feeds.

    A path named here that does not exist is an error; a bad document inside
    a folder, corpus or feed goes to ``on_error`` and is skipped (or raises
    when there is no ``on_error``).

    Args:
        paths: files, folders or glob patterns.
        published: the publication date for documents that carry none.
        on_error: what to do with a bad document.

    Returns:
        The documents, streamed; folders read in sorted order.
    """
    for raw in paths:
        for file, named in _expand(Path(raw)):
            try:
                kind = _READERS.get(file.suffix.lower(), "text")
                if kind == "jsonl":
                    yield from read_jsonl(file, published=published, on_error=on_error)
                elif kind == "feed":
                    yield from read_feed(file, published=published, on_error=on_error)
                elif kind == "html":
                    yield read_html_file(file, published=published)
                else:
                    if published is None:
                        raise InputError(f"{file}: a text file needs its publication date; pass --published YYYY-MM-DD")
                    yield read_text_file(file, published=published)
            except InputError as err:
                if on_error is None or named:
                    raise
                on_error(err)


def _expand(path: Path) -> Iterator[tuple[Path, bool]]:
    """The files a path names, and whether the user named each one directly."""
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.suffix.lower() in _READERS and p.is_file())
        if not files:
            raise InputError(f"{path}: holds no .txt, .html, .jsonl or feed files")
        yield from ((f, False) for f in files)
    elif any(c in str(path) for c in "*?[") and not path.exists():
        files = sorted(Path(p) for p in glob.glob(str(path), recursive=True) if Path(p).is_file())
        if not files:
            raise InputError(f"{path}: no file matches the pattern")
        yield from ((f, False) for f in files)
    else:
        yield path, True
