"""Find many folded patterns in folded text at once, at word boundaries.

An Aho-Corasick automaton (pyahocorasick) finds every pattern in one pass;
matches inside a longer word are dropped, and overlapping ones resolved
leftmost-longest: the earliest wins ("has yet to" before "to recognise"), and
of those starting together the longest ("وزير الخارجية" over "وزير").

Patterns that carry the same payloads share one payload group, so that a
built matcher pickles small and loads fast (see :meth:`Matcher.save`).
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ahocorasick

from diplograph.atomic import atomic_path

__all__ = ["Match", "Matcher"]


@dataclass(frozen=True)
class Match:
    """A pattern found at ``[start, end)`` of the folded text, with every payload it carries."""

    start: int
    end: int
    key: str
    payloads: tuple[Any, ...]


class Matcher:
    """A set of folded patterns, each carrying payloads, found at word boundaries.

    Example:
        >>> m = Matcher()
        >>> m.add("foreign minister", "title")
        >>> m.add("minister", "title")
        >>> [(x.key, x.payloads) for x in m.find("the foreign minister said")]
        [('foreign minister', ('title',))]
    """

    def __init__(self) -> None:
        self._payloads: dict[str, list[Any]] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self._groups: list[tuple[Any, ...]] = []

    def add(self, key: str, payload: Any) -> None:
        """Add a folded pattern with a payload (a key may carry several).

        Args:
            key: the pattern, already folded.
            payload: any value returned with each match.
        """
        key = " ".join(key.split())
        if not key:
            return
        payloads = self._payloads.setdefault(key, [])
        if payload not in payloads:
            payloads.append(payload)
        self._automaton = None

    def __len__(self) -> int:
        if self._automaton is not None and not self._payloads:
            return len(self._automaton)
        return len(self._payloads)

    def _build(self) -> None:
        automaton = ahocorasick.Automaton()
        index: dict[tuple[Any, ...], int] = {}
        for key, payloads in self._payloads.items():
            group = index.setdefault(tuple(payloads), len(index))
            automaton.add_word(key, (len(key), group))
        automaton.make_automaton()
        self._automaton, self._groups = automaton, list(index)

    def save(self, path: str | Path) -> None:
        """Write the built matcher to ``path`` (atomically), to be read back by :meth:`load`."""
        if self._automaton is None:
            self._build()
        with atomic_path(path) as tmp, open(tmp, "wb") as out:
            pickle.dump((self._automaton, self._groups), out, protocol=pickle.HIGHEST_PROTOCOL)

    @classmethod
    def load(cls, path: str | Path) -> "Matcher":
        """A matcher saved by :meth:`save`.

        >>> import tempfile, pathlib
        >>> m = Matcher(); m.add("kremlin", "body")
        >>> where = pathlib.Path(tempfile.mkdtemp()) / "m.pickle"
        >>> m.save(where)
        >>> [x.payloads for x in Matcher.load(where).find("the kremlin said")]
        [('body',)]
        """
        matcher = cls()
        with open(path, "rb") as data:
            matcher._automaton, matcher._groups = pickle.load(data)
        return matcher

    def _hits(self, text: str) -> list[tuple[int, int, int]]:
        """``(start, -length, group)`` of every match at word boundaries, sorted: by start, the longest first."""
        if self._automaton is None:
            if not self._payloads:
                return []
            self._build()
        hits = []
        size = len(text)
        for last, (length, group) in self._automaton.iter(text):
            start = last - length + 1
            # inside a longer word (a letter, digit or apostrophe beside it): the automaton reports many
            if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "'"):
                continue
            if last + 1 < size and (text[last + 1].isalnum() or text[last + 1] == "'"):
                continue
            hits.append((start, -length, group))
        hits.sort()  # no two hits share a start and a length: one key is found once at a place
        return hits

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, leftmost-longest.

        Args:
            text: folded text.

        Returns:
            Matches sorted by start.

        >>> m = Matcher()
        >>> for pattern in ("has yet to", "to recognise", "recognise"):
        ...     m.add(pattern, pattern)
        >>> [x.key for x in m.find("france has yet to recognise it")]
        ['has yet to', 'recognise']
        """
        return [Match(start, end, text[start:end], self._groups[group]) for start, end, group in self.spans(text)]

    def spans(self, text: str) -> list[tuple[int, int, int]]:
        """What :meth:`find` finds, as ``(start, end, group)``: the payloads are ``payload_groups()[group]``.

        >>> m = Matcher(); m.add("kremlin", "body")
        >>> [(a, b, m.payload_groups()[g]) for a, b, g in m.spans("the kremlin said")]
        [(4, 11, ('body',))]
        """
        chosen = []
        end = 0
        for start, minus, group in self._hits(text):  # by start, the longest first
            if start >= end:
                end = start - minus
                chosen.append((start, end, group))
        return chosen

    def payload_groups(self) -> list[tuple[Any, ...]]:
        """The payload tuples of the built matcher, indexed by the groups of :meth:`spans`."""
        if self._automaton is None and self._payloads:
            self._build()
        return self._groups
