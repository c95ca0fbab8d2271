"""Find many folded patterns in folded text at once, at word boundaries.

An Aho-Corasick automaton (pyahocorasick) finds every pattern in one pass;
matches inside a longer word are dropped, and overlapping ones resolved
leftmost-longest: the earliest wins ("has yet to" before "to recognise"), and
of those starting together the longest ("وزير الخارجية" over "وزير").

A pattern whose last word is an elided one (the matcher's ``elisions``, e.g.
French "d'") ends inside the text's word that the elision is written onto:
"en faveur d'" is found in "en faveur d'une trêve", and the match stops
before the elided word, which stays with what follows ("d'une trêve").

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

    Args:
        elisions: folded elided words ("d'", "l'"): a pattern of two words or
            more ending in one matches where that word is written onto the next.

    >>> m = Matcher(elisions=("d'",))
    >>> m.add("en faveur d'", "supports")
    >>> [(x.start, x.end, x.key) for x in m.find("plaide en faveur d'une treve")]
    [(7, 16, 'en faveur')]
    """

    def __init__(self, *, elisions: tuple[str, ...] = ()) -> None:
        self._elisions = frozenset(elisions)
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
            # the part kept of a key that ends in an elided word: the words before it
            head, _, last = key.rpartition(" ")
            automaton.add_word(key, (len(key), group, len(head) if head and last in self._elisions else len(key)))
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
        matcher = cls()  # the elisions are built into the automaton's values
        with open(path, "rb") as data:
            matcher._automaton, matcher._groups = pickle.load(data)
        return matcher

    def _hits(self, text: str) -> list[tuple[int, int, int, int]]:
        """``(start, -kept, kept - length, group)`` of every match at word boundaries, sorted: by start, the longest first.

        The length of a key ending in an elided word is that of the words before it (``kept``); of two
        matches as long, the one that also needed the elided word comes first.
        """
        if self._automaton is None:
            if not self._payloads:
                return []
            self._build()
        hits = []
        size = len(text)
        for last, (length, group, kept) in self._automaton.iter(text):
            start = last - length + 1
            # inside a longer word (a letter, digit or apostrophe beside it): the automaton reports many
            if start > 0:
                before = text[start - 1]
                if before.isalnum() or before == "'":
                    continue
            # an elided last word is written onto the next one: no boundary after it
            if kept == length and last + 1 < size:
                after = text[last + 1]
                if after.isalnum() or after == "'":
                    continue
            hits.append((start, -kept, kept - length, group))
        hits.sort()  # no two hits share a start and a key: one key is found once at a place
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
        for start, minus, _, group in self._hits(text):  # by start, the longest first
            if start >= end:
                end = start - minus
                chosen.append((start, end, group))
        return chosen

    def payload_groups(self) -> list[tuple[Any, ...]]:
        """The payload tuples of the built matcher, indexed by the groups of :meth:`spans`."""
        if self._automaton is None and self._payloads:
            self._build()
        return self._groups
