"""Read plain-text files, folders of them and JSON Lines corpora as documents.

Every failure is an :class:`~diplograph.errors.InputError` whose message names
the file (and line) and says how to fix it.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Iterator

from diplograph.errors import InputError
from diplograph.types import Document

__all__ = ["parse_date", "read_text_file", "read_jsonl", "read_inputs"]

_SUFFIXES = (".txt", ".jsonl")


def parse_date(value: str, *, where: str = "--published") -> date:
    """Parse an ISO date (YYYY-MM-DD), or fail with a one-line message.

    >>> parse_date("2025-09-01")
    datetime.date(2025, 9, 1)
    >>> parse_date("2025-13-01")
    Traceback (most recent call last):
    ...
    diplograph.errors.InputError: --published: '2025-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2025-09-01
    """
    try:
        return date.fromisoformat(str(value).strip()[:10]) if len(str(value).strip()) >= 10 else date.fromisoformat(str(value))
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


def read_jsonl(path: str | Path, *, published: date | None = None) -> Iterator[Document]:
    """Read a JSON Lines corpus: one object a line with ``id``, ``text``, ``published``, ``url``, ``lang``.

    Args:
        path: the corpus file.
        published: the date for lines without one.

    Returns:
        The documents, in file order.
    """
    path = Path(path)
    for number, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{where}: not JSON ({err.msg}); each line must be one JSON object") from None
        if not isinstance(row, dict):
            raise InputError(f"{where}: a line must be a JSON object with 'id' and 'text'")
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InputError(f"{where}: 'text' is missing or empty; every line needs the article text")
        day = row.get("published")
        if day is None and published is None:
            raise InputError(f"{where}: 'published' is missing; add it or pass --published")
        yield Document(
            id=str(row.get("id") or f"{path.stem}-{number}"),
            text=text,
            published=parse_date(day, where=f"{where} published") if day is not None else published,
            lang=row.get("lang") or None,
            url=row.get("url") or None,
            source=where,
        )


def read_inputs(paths: list[str | Path], *, published: date | None) -> Iterator[Document]:
    """Documents from text files, folders of them and JSON Lines corpora.

    Args:
        paths: files or folders.
        published: the publication date for text files (required for them).

    Returns:
        The documents, folders read in sorted order.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix in _SUFFIXES and p.is_file())
            if not files:
                raise InputError(f"{path}: holds no .txt or .jsonl files")
        else:
            files = [path]
        for file in files:
            if file.suffix == ".jsonl":
                yield from read_jsonl(file, published=published)
            else:
                if published is None:
                    raise InputError(f"{file}: a text file needs its publication date; pass --published YYYY-MM-DD")
                yield read_text_file(file, published=published)
