"""A language is data: the files under ``lexicons/<code>/`` and nothing else.

``load_language(code)`` reads ``language.yaml`` (affixes, punctuation, word
order) and the TSV lexicons beside it (titles, triggers, cues, events, dates).
The extraction logic reads these records and never names a language.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Callable

import yaml

from diplograph.errors import DataError, LanguageError
from diplograph.lang.normalise import fold
from diplograph.lang.schema import KEYS, check_settings, check_table, nearest

__all__ = ["Language", "WordClass", "load_language", "supported_languages"]

_ROOT = resources.files("diplograph.lexicons")
_UNSET = object()


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML 1.1 reads on/off/yes/no as booleans; in a word list they are words. (libyaml's loader where built: 10x faster.)"""


_Loader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True)
class WordClass:
    """How the words of one class take affixes: see ``language.yaml``."""

    prefixes: tuple[str, ...] = ()
    article: str = ""
    suffixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Language:
    """Everything the extractor knows about one language."""

    code: str
    name: str
    settings: dict[str, Any]
    classes: dict[str, WordClass]
    junctions: tuple[tuple[str, str, str], ...]
    #: a final letter -> its spellings before a suffix, the first one a verb takes
    before_suffix: dict[str, tuple[str, ...]]
    verb: dict[str, tuple[str, ...]]
    tables: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    #: values derived from the data, made on first use (see :meth:`memo`)
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def get(self, key: str, default: Any = _UNSET) -> Any:
        """A setting of ``language.yaml``; where the language leaves it out, ``default`` or the schema's.

        Every key is declared in :mod:`diplograph.lang.schema`; asking for
        another is a bug, and fails.

        >>> load_language("ar").get("subject_order"), load_language("en").get("purpose_clitics")
        (['after', 'before'], '')
        >>> load_language("en").get("subjet_order")
        Traceback (most recent call last):
        ...
        KeyError: "no language.yaml key 'subjet_order'; did you mean 'subject_order'?"
        """
        if default is _UNSET:
            try:  # the kept answer first, as folded() does: a few keys are asked ~20 times a sentence
                return self._memo["get"][key]
            except KeyError:
                pass  # not asked yet (only a declared key is ever kept)
        if key not in KEYS:
            raise KeyError(f"no language.yaml key {key!r}; {nearest(key, KEYS)}")
        if default is not _UNSET:
            return self.settings.get(key, default)
        answers = self.memo("get", dict)  # every sentence asks for the same few keys: the answers are kept
        answers[key] = self.settings.get(key, KEYS[key].default)  # not kept yet: the lookup above missed
        return answers[key]

    def words(self, key: str) -> list[str]:
        """A list setting, e.g. the stopwords."""
        return list(self.get(key) or [])

    def __post_init__(self) -> None:
        # The rules ask folded() about sixty times a sentence: each instance answers through
        # the C lookup of its own table (the method below is what that table does on a miss).
        object.__setattr__(self, "folded", _FoldedLists(self).__getitem__)

    def folded(self, key: str) -> frozenset[str]:
        """A list setting's words folded as the text is, as a set; made once, since every sentence asks.

        >>> "monday" in load_language("en").folded("subject_gap_words")
        True
        >>> load_language("en").folded("subjet_gap_words")
        Traceback (most recent call last):
        ...
        KeyError: "no language.yaml key 'subjet_gap_words'; did you mean 'subject_gap_words'?"
        """
        return frozenset(fold(w) for w in self.words(key))

    def memo(self, key: str, make: Callable[[], Any]) -> Any:
        """A value derived from this language's data, made once by ``make`` and kept.

        >>> load_language("en").memo("answer", lambda: 42)
        42
        """
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]


class _FoldedLists(dict):
    """A language's folded word lists by key, each made on first use (:meth:`Language.folded`)."""

    def __init__(self, language: Language) -> None:
        super().__init__()
        self.language = language

    def __missing__(self, key: str) -> frozenset[str]:
        words = self[key] = Language.folded(self.language, key)
        return words


def supported_languages() -> list[str]:
    """The codes of the languages that have a lexicon folder.

    >>> "ar" in supported_languages() and "en" in supported_languages()
    True
    """
    return sorted(p.name for p in _ROOT.iterdir() if p.is_dir() and p.joinpath("language.yaml").is_file())


def read_tsv(path) -> list[dict[str, str]]:
    """Rows of a TSV lexicon file, skipping ``#`` comments and blank lines."""
    return [row for _, row in read_rows(path)]


def read_rows(path) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV lexicon file with the line each stands on, skipping ``#`` comments and blank lines."""
    text = path.read_text(encoding="utf-8")
    numbered = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]
    rows = []
    reader = csv.DictReader(io.StringIO("\n".join(line for _, line in numbered)), delimiter="\t",
                            quoting=csv.QUOTE_NONE, restval="")
    for (number, _), row in zip(numbered[1:], reader):
        if None in row:
            raise DataError(f"{path}: line {number} has more columns than the header; fix the tabs in that line")
        rows.append((number, {k: v.strip() for k, v in row.items()}))
    return rows


@cache
def load_language(code: str) -> Language:
    """Load the lexicons of one language.

    Args:
        code: an ISO 639-1 code such as ``ar`` or ``en``.

    Returns:
        The :class:`Language`.

    Raises:
        LanguageError: no lexicons exist for ``code``; the message lists the supported ones.

    >>> load_language("xx")
    Traceback (most recent call last):
    ...
    diplograph.errors.LanguageError: language 'xx' is not supported; use one of: ar, en, fr, ru
    """
    supported = supported_languages()
    if code not in supported:
        raise LanguageError(f"language {code!r} is not supported; use one of: {', '.join(supported)}")
    folder = _ROOT.joinpath(code)
    try:
        settings = yaml.load(folder.joinpath("language.yaml").read_text(encoding="utf-8"), Loader=_Loader) or {}
    except yaml.YAMLError as err:
        raise DataError(f"lexicons/{code}/language.yaml is not valid YAML: {err}") from None
    settings = check_settings(settings, where=f"lexicons/{code}/language.yaml")
    forms = settings.get("forms") or {}
    classes = {
        name: WordClass(
            prefixes=tuple(spec.get("prefixes") or ()),
            article=spec.get("article") or "",
            suffixes=tuple(spec.get("suffixes") or ()),
        )
        for name, spec in (forms.get("classes") or {}).items()
    }
    # "triggers.derived.tsv" adds rows to the "triggers" table: generated rows
    # live beside the hand-written ones, in a file of their own, read last; other
    # hand-written parts ("triggers.nominal.tsv") are read after the main file.
    tables: dict[str, list[dict[str, str]]] = {}
    numbered: dict[str, list[tuple[str, int, dict[str, str]]]] = {}
    for p in sorted(folder.iterdir(), key=lambda p: (p.name.count("."), ".derived." in p.name, p.name)):  # the hand-written file first
        if p.name.endswith(".tsv"):
            rows = read_rows(p)
            tables.setdefault(p.name.split(".")[0], []).extend(row for _, row in rows)
            numbered.setdefault(p.name.split(".")[0], []).extend((f"lexicons/{code}/{p.name}", n, row) for n, row in rows)
    for name, rows in numbered.items():
        check_table(name, rows)
    return Language(
        code=code,
        name=settings.get("name", code),
        settings=settings,
        classes=classes,
        junctions=tuple(tuple(pair) for pair in forms.get("junctions") or ()),
        before_suffix={end: tuple(to) if isinstance(to, list) else (to,)
                       for end, to in (forms.get("before_suffix") or {}).items()},
        verb={k: tuple(v or ()) for k, v in (forms.get("verb") or {}).items()},
        tables=tables,
    )
