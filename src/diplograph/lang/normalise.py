"""Fold text for matching, keeping a map back to the original characters.

One function serves both callers: lexicon entries at load time and document
text at run time, so that an entry written once matches every spelling
(Arabic hamza, alef, ta marbuta and diacritics; Latin accents and case).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Folded", "fold", "fold_with_offsets"]


def _load_table() -> dict[str, str]:
    table: dict[str, str] = {}
    text = resources.files("diplograph.lexicons").joinpath("common/fold.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        char, replacement = (line.split("\t") + [""])[:2]
        table[char] = replacement
    return table


_TABLE = _load_table()


@lru_cache(maxsize=None)
def _fold_char(char: str) -> str:
    if char in _TABLE:
        return _TABLE[char]
    if char.isascii():
        return char.lower()
    # Decomposition splits hamza carriers (أ -> ا + hamza above) and accents
    # (é -> e + acute); dropping the marks folds both, and Arabic diacritics.
    out = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    out = out.casefold()
    return "".join(_TABLE.get(c, c) for c in out)


class _Table(dict):
    """A ``str.translate`` table that folds each character on first sight."""

    def __missing__(self, code: int) -> str:
        out = self[code] = _fold_char(chr(code))
        if len(out) == 1:
            _ONE.add(chr(code))
        return out


_TRANSLATE = _Table()
#: the characters seen so far that fold to exactly one character
_ONE: set[str] = set()


@dataclass(frozen=True)
class Folded:
    """Folded text and, for each of its characters, the index it came from.

    ``offsets`` has one more entry than ``text``: the original length, so that
    an end offset maps too.
    """

    text: str
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` range of the folded text back to the original.

        >>> f = fold_with_offsets("قالَ الوزيرُ")
        >>> f.text
        'قال الوزير'
        >>> f.span(4, 10)
        (5, 12)
        """
        # Characters folded away after the last one (diacritics, tatweel) belong
        # to the word, so the end runs up to the origin of the next character.
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], max(self.offsets[end], self.offsets[end - 1] + 1)


def fold_with_offsets(text: str) -> Folded:
    """Fold ``text`` and keep where every folded character came from.

    Args:
        text: any string.

    Returns:
        A :class:`Folded` whose ``offsets[i]`` is the index in ``text`` of
        folded character ``i``.

    >>> fold_with_offsets("Élysée").text
    'elysee'
    """
    folded = text.translate(_TRANSLATE)
    if _ONE.issuperset(text):  # most text: each character folds to one, in place
        return Folded(folded, tuple(range(len(text) + 1)))
    chars: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(text):
        out = _fold_char(char)
        chars.append(out)
        offsets.extend([i] * len(out))
    offsets.append(len(text))
    return Folded("".join(chars), tuple(offsets))


def fold(text: str) -> str:
    """Fold ``text`` for matching: the same folding as :func:`fold_with_offsets`.

    Args:
        text: any string.

    Returns:
        The folded string.

    >>> fold("أوكرانيا") == fold("اوكرانيا")
    True
    >>> fold("Zelenskyy’s")
    "zelenskyy's"
    """
    return text.translate(_TRANSLATE)
