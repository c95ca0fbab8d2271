"""Read text and HTML files, folders and globs of them, JSON Lines corpora and feeds as documents.

Every failure is an :class:`~diplograph.errors.InputError` whose message names
the file (and line) and says how to fix it.
"""
from __future__ import annotations

import glob
import html as html_lib
import json
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

from diplograph.errors import InputError
from diplograph.types import Document

__all__ = ["YEARS", "checked_date", "parse_date", "read_feed", "read_html_file", "read_inputs", "read_jsonl", "read_text_file"]


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
        day = date.fromisoformat(text[:10] if len(text) > 10 and text[10] in "T " else text)
    except (TypeError, ValueError):
        raise InputError(f"{where}: {value!r} is not a date; write it as YYYY-MM-DD, e.g. 2025-09-01") from None
    return checked_date(day, where=where)


#: Publication years a document may give: dates an article names ("next Monday", "in ten years") are
#: worked out from its publication date, and must stay within what a date can hold.
YEARS = (1000, 8999)


def checked_date(day: date, *, where: str) -> date:
    """``day``, when it is a plausible publication date.

    >>> checked_date(date(1, 1, 1), where="a.jsonl:3 published")
    Traceback (most recent call last):
    ...
    diplograph.errors.InputError: a.jsonl:3 published: 0001-01-01 is not a plausible publication date (years 1000 to 8999)
    """
    if not YEARS[0] <= day.year <= YEARS[1]:
        raise InputError(f"{where}: {day.isoformat()} is not a plausible publication date "
                         f"(years {YEARS[0]} to {YEARS[1]})")
    return day


# Text in UTF-16 or UTF-32 says so with a byte order mark (longest first: UTF-32-LE starts like UTF-16-LE).
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def _read(path: Path) -> str:
    if not path.exists():
        raise InputError(f"{path}: no such file; check the path")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a file, or pass the folder to 'diplograph build'")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror}); check its permissions") from None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding)
            except UnicodeDecodeError:
                raise InputError(f"{path}: starts as {encoding.upper()} text but is not valid {encoding.upper()}; "
                                 "convert it to UTF-8, e.g. iconv -t UTF-8") from None
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: is a binary file (it holds NUL bytes), not text; give a UTF-8 text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: is not valid UTF-8 (byte {err.start}); convert it, e.g. iconv -t UTF-8") from None


def read_text_file(path: str | Path, *, published: date, lang: str | None = None, source: str | None = None) -> Document:
    """Read one plain-text article.

    Args:
        path: the file.
        published: its publication date.
        lang: its language code, or None to detect it.
        source: what the graph records as its source (the file name by
            default: never a local folder, which would travel with the RDF).

    Returns:
        The document, its id the file name without extension.
    """
    path = Path(path)
    text = _read(path)
    if not text.strip():
        raise InputError(f"{path}: is empty; give an article with some text")
    return Document(id=path.stem, text=text, published=published, lang=lang, source=source or path.name)


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
                yield _jsonl_document(raw, f"{path}:{number}", f"{path.stem}-{number}", published,
                                      source=f"{path.name}:{number}")
            except InputError as err:
                if on_error is None:
                    raise
                on_error(err)


def _jsonl_document(raw: bytes, where: str, default_id: str, published: date | None, *, source: str) -> Document:
    try:
        row = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"{where}: is not valid UTF-8; convert the corpus to UTF-8") from None
    except json.JSONDecodeError as err:
        raise InputError(f"{where}: not JSON ({err.msg}); each line must be one JSON object") from None
    except RecursionError:
        raise InputError(f"{where}: JSON nested too deeply; each line must be one flat JSON object") from None
    if not isinstance(row, dict):
        raise InputError(f"{where}: a line must be a JSON object with 'id' and 'text'")
    # "\ud800" is valid JSON but no character: it could not be written out again.
    row = {key: _whole(value) for key, value in row.items()}
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
        source=source,
    )


def _whole(value: object) -> object:
    r"""A string with each lone surrogate replaced by U+FFFD (one for one: offsets stay); anything else as is.

    >>> _whole("Egypt\ud800 hosted") == "Egypt\ufffd hosted"
    True
    """
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in value)
    return value


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
    return Document(id=path.stem, text=text, published=day, lang=lang, url=url, source=path.name)


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
            try:
                day = checked_date(date(*stamp[:3]), where=f"{where} date") if stamp else published
            except (TypeError, ValueError):
                raise InputError(f"{where}: its date {entry.get('published') or entry.get('updated')!r} "
                                 "cannot be read; give the entry a date, or pass --published") from None
            if day is None:
                raise InputError(f"{where}: has no date; pass --published YYYY-MM-DD")
            yield Document(id=str(entry.get("id") or entry.get("link") or f"{path.stem}-{number}"), text=text,
                           published=day, lang=None, url=entry.get("link"), source=f"{path.name} entry {number}")
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

    A text file's publication date is, in this order: a first line
    ``published: YYYY-MM-DD`` (blanked, so that offsets still count from the
    file's start), a file name starting with the date
    (``2025-09-01-talks.txt``), or ``published``.

    A file in a folder or a glob is known by its path from there, without its
    extension (``2025/talks``): two files of the same name in different
    folders are two documents. Directory symlinks are not followed.

    Args:
        paths: files, folders or glob patterns.
        published: the publication date for documents that carry none.
        on_error: what to do with a bad document.

    Returns:
        The documents, streamed; folders read in sorted order.
    """
    for raw in paths:
        seen: set[str] = set()
        for file, named, name in _expand(Path(raw)):
            try:
                kind = _READERS.get(file.suffix.lower(), "text")
                if kind == "jsonl":
                    yield from read_jsonl(file, published=published, on_error=on_error)
                elif kind == "feed":
                    yield from read_feed(file, published=published, on_error=on_error)
                else:
                    doc_id = _document_id(name, file, seen)
                    if kind == "html":
                        document = read_html_file(file, published=published)
                    else:
                        document = _read_dated_text(file, published)
                    yield replace(document, id=doc_id, source=_printable(name))
            except InputError as err:
                if on_error is None or named:
                    raise
                on_error(err)


_DATED_NAME = re.compile(r"(\d{4}-\d{2}-\d{2})(?!\d)")
_DATE_LINE = re.compile(r"\A\ufeff?[ \t]*published[ \t]*:[ \t]*(\S+)[ \t]*(?:\r?\n|\Z)", re.IGNORECASE)


def _read_dated_text(file: Path, published: date | None) -> Document:
    """A text file with the date of its first line, of its name, or ``published``."""
    document = read_text_file(file, published=published or date(2000, 1, 1))
    header = _DATE_LINE.match(document.text)
    if header:
        day = parse_date(header.group(1), where=f"{file}: its 'published:' line")
        blank = re.sub(r"[^\r\n]", " ", header.group(0))  # same length: spans still slice the file
        text = blank + document.text[header.end():]
        if not text.strip():
            raise InputError(f"{file}: has a date line and no text; give an article with some text")
        return replace(document, text=text, published=day)
    dated = _DATED_NAME.match(file.name)
    if dated:
        return replace(document, published=parse_date(dated.group(1), where=f"{file}: its name"))
    if published is None:
        raise InputError(f"{file}: has no publication date; start its name with it (2025-09-01-talks.txt), "
                         "make its first line 'published: 2025-09-01', or pass --published YYYY-MM-DD")
    return document


def _printable(name: str) -> str:
    r"""A file name as text, whatever bytes it is made of (undecodable bytes become U+FFFD).

    >>> _printable("caf\udce9.txt") == "caf\ufffd.txt"
    True
    """
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _document_id(name: str, file: Path, seen: set[str]) -> str:
    """The id of a file read from a folder or a glob: its path from there without extension, unique in the run."""
    stem = _printable(name[: -len(file.suffix)] if file.suffix else name)
    doc_id = stem if stem not in seen else _printable(name)  # "a.txt" beside "a.html"
    if doc_id in seen:
        raise InputError(f"{file}: another file here is also read as document {doc_id!r}; rename one of them")
    seen.add(doc_id)
    return doc_id


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root``, without following directory symlinks (a link loop would never end)."""
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs.sort()
        for name in files:
            yield Path(folder) / name


def _expand(path: Path) -> Iterator[tuple[Path, bool, str]]:
    """The files a path names, whether the user named each one directly, and its name from the folder or pattern."""
    if path.is_dir():
        files = sorted(p for p in _walk(path) if p.suffix.lower() in _READERS and p.is_file())
        if not files:
            raise InputError(f"{path}: holds no .txt, .html, .jsonl or feed files")
        yield from ((f, False, f.relative_to(path).as_posix()) for f in files)
    elif glob.has_magic(str(path)) and not path.exists():
        files = _glob(str(path))
        if not files:
            raise InputError(f"{path}: no file matches the pattern")
        yield from ((f, False, name) for f, name in files)
    else:
        yield path, True, path.name


def _glob(pattern: str) -> list[tuple[Path, str]]:
    """Files matching a glob pattern (``**`` for any folders), with their names from the pattern's fixed part.

    Like :func:`glob.glob` with ``recursive=True``, but directory symlinks are
    not followed, and hidden files are skipped.
    """
    parts = Path(pattern).parts
    fixed = next((i for i, part in enumerate(parts) if glob.has_magic(part)), len(parts))
    base = Path(*parts[:fixed]) if fixed else Path(".")
    rest = parts[fixed:]
    regex = re.compile("".join(_part_regex(part, last=i == len(rest) - 1) for i, part in enumerate(rest)) + r"\Z")
    found = []
    for file in _walk(base):
        name = file.relative_to(base).as_posix()
        if any(piece.startswith(".") for piece in name.split("/")):
            continue
        if regex.match(name) and file.is_file():
            found.append((file, name))
    return sorted(found)


def _part_regex(part: str, *, last: bool) -> str:
    """The regular expression of one component of a glob pattern.

    >>> re.fullmatch(_part_regex("**", last=False) + _part_regex("*.txt", last=True), "a/b/c.txt") is not None
    True
    """
    if part == "**":
        return r"(?:[^/]+/)*" if not last else r".*"
    out, i = [], 0
    while i < len(part):
        c = part[i]
        close = part.find("]", i + 2) if c == "[" else -1
        if c == "*":
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif close > 0:
            inside = part[i + 1:close]
            out.append("[" + ("^" + inside[1:] if inside.startswith("!") else inside).replace("\\", "\\\\") + "]")
            i = close
        else:
            out.append(re.escape(c))
        i += 1
    return "".join(out) + ("" if last else "/")
