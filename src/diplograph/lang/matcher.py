"""Find many folded patterns in folded text at once, at word boundaries.

An Aho-Corasick automaton (pyahocorasick) finds every pattern in one pass;
matches inside a longer word are dropped, and overlapping ones resolved
longest-leftmost, so that "وزير الخارجية" wins over "وزير".
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import ahocorasick

__all__ = ["Match", "Matcher"]


@dataclass(frozen=True)
class Match:
    """A pattern found at ``[start, end)`` of the folded text, with every payload it carries."""

    start: int
    end: int
    key: str
    payloads: tuple[Any, ...]


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char in "'"


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

    def add(self, key: str, payload: Any) -> None:
        """Add a folded pattern with a payload (a key may carry several).

        Args:
            key: the pattern, already folded.
            payload: any value returned with each match.
        """
        key = " ".join(key.split())
        if not key:
            return
        self._payloads.setdefault(key, []).append(payload)
        self._automaton = None

    def __len__(self) -> int:
        return len(self._payloads)

    def _build(self) -> ahocorasick.Automaton:
        automaton = ahocorasick.Automaton()
        for key, payloads in self._payloads.items():
            automaton.add_word(key, (key, tuple(payloads)))
        automaton.make_automaton()
        return automaton

    def find_all(self, text: str) -> list[Match]:
        """Every match that starts and ends at a word boundary, overlapping ones included.

        Args:
            text: folded text.

        Returns:
            Matches sorted by start, longest first.
        """
        if not self._payloads:
            return []
        if self._automaton is None:
            self._automaton = self._build()
        found = []
        for last, (key, payloads) in self._automaton.iter(text):
            start, end = last - len(key) + 1, last + 1
            if start > 0 and _is_word_char(text[start - 1]):
                continue
            if end < len(text) and _is_word_char(text[end]):
                continue
            found.append(Match(start, end, key, payloads))
        found.sort(key=lambda m: (m.start, m.start - m.end))
        return found

    def find(self, text: str) -> list[Match]:
        """Non-overlapping matches, longest-leftmost.

        Args:
            text: folded text.

        Returns:
            Matches sorted by start.
        """
        chosen: list[Match] = []
        taken = bytearray(len(text))
        for match in sorted(self.find_all(text), key=lambda m: (m.start - m.end, m.start)):
            if any(taken[match.start:match.end]):
                continue
            taken[match.start:match.end] = b"\x01" * (match.end - match.start)
            chosen.append(match)
        return sorted(chosen, key=lambda m: m.start)
