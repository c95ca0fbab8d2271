"""Labels in every supported language: the languages, the names of posts, the tag of a label.

The languages are those with a lexicon folder
(:func:`diplograph.lang.profile.supported_languages`), the language of
canonical labels first. Positions and posts are named from one data file,
``lexicons/common/positions.tsv`` (one column per language), wherever a post
is written: the statement export, the network (GraphML, the page) and the RDF.

>>> languages()
('en', 'ar', 'fr', 'ru')
>>> post_label("head_of_state", "France"), post_label("other", "France"), post_label("envoy")
('Head of state of France', 'Official of France', 'Envoy')
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from diplograph.errors import DataError
from diplograph.lang.detect import text_script
from diplograph.lang.profile import load_language, read_rows, supported_languages
from diplograph.lang.schema import nearest
from diplograph.types import POSITIONS

__all__ = ["CANONICAL", "group_label", "label_language", "languages", "post_label", "post_labels", "position_label", "read_positions"]

#: The language of canonical labels: the knowledge base's ``name_en``, the extractor's issue names.
CANONICAL = "en"

_FILE = "common/positions.tsv"
_POST = "post"
#: The rows that are templates, and the fields each fills in.
_TEMPLATES = {_POST: ("position", "country"), "group": ("group", "country")}
_LANG_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")


@cache
def languages() -> tuple[str, ...]:
    """The supported languages, the language of canonical labels first, then by code.

    >>> languages()[0] == CANONICAL
    True
    """
    return (CANONICAL, *sorted(code for code in supported_languages() if code != CANONICAL))


def read_positions(path: Traversable | Path) -> dict[str, dict[str, str]]:
    """Read and check a positions file: a label per position and language, and the post template.

    Args:
        path: a file laid out as ``lexicons/common/positions.tsv``.

    Returns:
        The labels by key (each position, and ``post``), then by language.

    Raises:
        DataError: a key is unknown or missing, a label is empty, or a template lacks a field;
            the message names the file, the line and the fix.
    """
    name = getattr(path, "name", str(path))
    table: dict[str, dict[str, str]] = {}
    for line, row in read_rows(path):
        where = f"{name} line {line}"
        key = row.get("key", "")
        if key not in _TEMPLATES and key not in POSITIONS:
            raise DataError(f"{where}: unknown key {key!r}; {nearest(key, (*POSITIONS, *_TEMPLATES))}")
        missing = [lang for lang in languages() if not (row.get(lang) or "").strip()]
        if missing:
            raise DataError(f"{where} ({key}): no label in {', '.join(missing)}; fill the column(s)")
        fields = [f"{{{field}}}" for field in _TEMPLATES.get(key, ())]
        if not all(field in row[lang] for field in fields for lang in languages()):
            raise DataError(f"{where}: a {key} template names {' and '.join(fields)} in every language")
        table[key] = {lang: row[lang].strip() for lang in languages()}
    absent = [key for key in (*POSITIONS, *_TEMPLATES) if key not in table]
    if absent:
        raise DataError(f"{name}: no row for {', '.join(absent)}; add one")
    return table


@cache
def _table() -> dict[str, dict[str, str]]:
    return read_positions(resources.files("diplograph.lexicons").joinpath(_FILE))


def position_label(position: str, lang: str = CANONICAL) -> str:
    """The name of a position in one language, lower case as in running text.

    Args:
        position: one of :data:`diplograph.types.POSITIONS`; anything else is ``other``.
        lang: a supported language.

    >>> position_label("foreign_minister"), position_label("foreign_minister", "fr")
    ('foreign minister', 'ministre des Affaires étrangères')
    """
    table = _table()
    return table.get(position, table["other"])[lang]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def post_label(position: str, country: str | None = None, lang: str = CANONICAL) -> str:
    """The name of a post: its position, and the state or organisation it is held in.

    Args:
        position: one of :data:`diplograph.types.POSITIONS` (anything else is ``other``).
        country: the name of the state or organisation, in ``lang``; None for the position alone.
        lang: a supported language.

    Returns:
        The label, its first letter capitalised.

    >>> post_label("defence_minister", "Israel"), post_label("minister", lang="fr")
    ('Defence minister of Israel', 'Ministre')
    """
    name = position_label(position, lang)
    if country:
        name = _table()[_POST][lang].format(position=name, country=country)
    return _capitalised(name)


def group_label(group: str, country: str, lang: str = CANONICAL) -> str:
    """The name of a group of people of a state or organisation (its police, its protesters).

    Args:
        group: the group's name, in ``lang``.
        country: the name of its state, in ``lang``.
        lang: a supported language.

    >>> group_label("police", "Georgia")
    'police of Georgia'
    """
    return _table()["group"][lang].format(group=group, country=country)


def post_labels(position: str, country: str | None, names: dict[str, str] | None = None) -> dict[str, str]:
    """The label of a post in every supported language.

    Args:
        position: one of :data:`diplograph.types.POSITIONS`.
        country: the canonical name of its state or organisation (None for none).
        names: the state's names by language; a language it lacks takes ``country``.

    >>> post_labels("envoy", "Qatar", {"fr": "Qatar", "ar": "قطر"})["ar"]
    'مبعوث (قطر)'
    """
    names = names or {}
    return {lang: post_label(position, names.get(lang) or country, lang) for lang in languages()}


@cache
def _scripts() -> dict[str, str]:
    """The script of each supported language (``language.yaml``: ``script``)."""
    return {code: str(load_language(code).get("script") or "") for code in languages()}


@cache
def _script_languages() -> dict[str, str]:
    """The script of each supported language that no other supported language shares."""
    by_script: dict[str, list[str]] = {}
    for code, script in _scripts().items():
        by_script.setdefault(script, []).append(code)
    return {script: codes[0] for script, codes in by_script.items() if script and len(codes) == 1}


@lru_cache(maxsize=4096)
def _char_script(char: str) -> str:
    return text_script(char) or ""


def _label_script(label: str) -> str | None:
    """The script most letters of a label are written in (:func:`~diplograph.lang.detect.text_script`), memoised by letter."""
    if label.isascii():  # most labels: the canonical names
        return next((_char_script(char) for char in label if char.isalpha()), None)
    counts = Counter(_char_script(char) for char in label if char.isalpha())
    return counts.most_common(1)[0][0] or None if counts else None


def label_language(label: str, mention: str = "", doc_lang: str | None = None) -> str:
    """The language tag of a label read from a document.

    The label is in the document's language when it is the document's own words
    (its mention), or when it is written in the document's script and that is not
    the canonical language's script; other labels are canonical names. Without a
    document language, a label in a script only one supported language uses is
    tagged with that language.

    Args:
        label: the label.
        mention: the words of the document it was read from.
        doc_lang: the document's language, if known.

    Returns:
        A language tag.

    >>> label_language("deployment", "انتشار", "ar"), label_language("انتشار قوات", "انتشار", "ar")
    ('en', 'ar')
    >>> label_language("déploiement", "déploiement", "fr"), label_language("انتشار قوات")
    ('fr', 'ar')
    >>> label_language("استقرار", "", "fa")
    'fa'
    """
    script = _label_script(label)
    if doc_lang and _LANG_TAG.match(doc_lang):
        doc_script = _scripts().get(doc_lang, script)
        if label == mention or (script is not None and script != _scripts()[CANONICAL] and script == doc_script):
            return doc_lang.lower()
    return _script_languages().get(script or "", CANONICAL)
