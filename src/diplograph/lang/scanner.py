"""Scan a sentence once for every lexicon entry of a language.

The gazetteer (actors), the event lexicon (triggers, cues, event nouns, dates)
and the language's function words all feed one automaton; a scan returns the
sentence's folded text, its words and the tagged items found in it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from diplograph.cache import cached
from diplograph.lang.gaps import GAP, JOINED, join_gaps
from diplograph.lang.matcher import Matcher
from diplograph.lang.normalise import Folded, fold_with_offsets

__all__ = ["Tag", "Item", "Scan", "Scanner"]

_WORD = re.compile(r"[\w']+")
_span = re.Match.span
_new = object.__new__


@dataclass(frozen=True)
class Tag:
    """What a lexicon entry is: ``kind`` (actor, title, trigger, cue, ...) and its data."""

    kind: str
    data: Any = None
    #: how many leading characters of the form are a clitic, not the entry
    prefix: int = 0
    #: what the inflector says of the form (the cases it may be in); empty when nothing is known
    marks: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Item:
    """A lexicon entry found in a sentence, in folded coordinates."""

    start: int
    end: int
    tags: tuple[Tag, ...]
    #: the kinds of the tags, for :meth:`has` (the extractor asks it most); made from the tags when not given
    kinds: frozenset[str] = field(default=None, repr=False, compare=False)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.kinds is None:
            object.__setattr__(self, "kinds", frozenset(t.kind for t in self.tags))
        fields = self.__dict__
        fields["has"], fields["tag"] = _answers(self.tags, self.kinds)

    def tag(self, kind: str) -> Tag | None:
        """The first tag of that kind, if any."""
        if kind in self.kinds:
            for tag in self.tags:
                if tag.kind == kind:
                    return tag
        return None

    def has(self, kind: str) -> bool:
        """Whether one of the tags is of that kind."""
        return kind in self.kinds


def _answers(tags: tuple[Tag, ...], kinds: frozenset[str]) -> tuple[Callable[[str], bool], Callable[[str], Tag | None]]:
    """An item's :meth:`Item.has` and :meth:`Item.tag` as C lookups: the rules ask them ~40 times a sentence.

    >>> has, tag = _answers((Tag("title", 1), Tag("title", 2)), frozenset({"title"}))
    >>> has("title"), tag("title").data, tag("actor")
    (True, 1, None)
    """
    first: dict[str, Tag] = {}
    for one in tags:
        first.setdefault(one.kind, one)
    return kinds.__contains__, first.get


@dataclass(frozen=True)
class Scan:
    """A scanned sentence: its folded text, word spans and items."""

    folded: Folded
    words: tuple[tuple[int, int], ...]
    items: tuple[Item, ...]
    #: the folded text (``folded.text``): a field, since the rules read it most
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", self.folded.text)
        # the rules ask for one kind over and over ("is this word a date?"): index the items once
        by_kind: dict[str, list[Item]] = {}
        for item in self.items:
            for kind in item.kinds:
                by_kind.setdefault(kind, []).append(item)
        indexed = defaultdict(tuple, {kind: tuple(items) for kind, items in by_kind.items()})
        # asked ~35 times a sentence: answered by the C lookup of the index, a kind absent giving ()
        object.__setattr__(self, "of_kind", indexed.__getitem__)

    def of_kind(self, kind: str) -> tuple[Item, ...]:
        """The items with a tag of that kind, in order (each scan answers through its own index, made once).

        >>> scan = Scanner([("monday", Tag("date")), ("met", Tag("trigger"))]).scan("met on Monday")
        >>> [(it.start, it.end) for it in scan.of_kind("date")], scan.of_kind("cue")
        ([(7, 13)], ())
        """
        return tuple(item for item in self.items if kind in item.kinds)

    def spans_between(self, start: int, end: int | None = None) -> list[tuple[int, int]]:
        """The word spans wholly inside ``[start, end)`` (to the sentence's end by default).

        As ``[(a, b) for a, b in words if start <= a and b <= end]``, by bisection.

        >>> scan = Scanner().scan("Egypt hosted the talks")
        >>> scan.spans_between(1, 16), scan.spans_between(13)
        ([(6, 12), (13, 16)], [(13, 16), (17, 22)])
        """
        # The words are in order and apart: those inside are a run; only its last may cross ``end``.
        words = self.words
        i = bisect_left(words, (start,))
        if end is None:
            return list(words[i:])
        j = bisect_left(words, (end,))
        if j > i and words[j - 1][1] > end:
            j -= 1
        return list(words[i:j])

    def next_word(self, pos: int) -> tuple[int, int] | None:
        """The span of the first word that starts at ``pos`` or after, or None.

        >>> scan = Scanner().scan("Egypt hosted the talks")
        >>> scan.next_word(1), scan.next_word(6), scan.next_word(30)
        ((6, 12), (6, 12), None)
        """
        at = bisect_left(self.words, (pos,))
        return self.words[at] if at < len(self.words) else None

    def words_between(self, start: int, end: int) -> list[str]:
        """The folded words wholly inside ``[start, end)``.

        >>> Scanner().scan("Egypt hosted the talks").words_between(1, 16)
        ['hosted', 'the']
        """
        # (a slice of the sentence's words, cut once on first use: asked ~7 times a sentence)
        texts = self.__dict__.get("_texts")
        if texts is None:
            texts = self.__dict__["_texts"] = [self.text[a:b] for a, b in self.words]
        words = self.words
        i = bisect_left(words, (start,))
        j = bisect_left(words, (end,))
        if j > i and words[j - 1][1] > end:
            j -= 1
        return texts[i:j]


def _made(folded: Folded, words: tuple[tuple[int, int], ...], items: tuple[Item, ...],
          by_kind: dict[str, list[Item]]) -> Scan:
    """A :class:`Scan` whose index by kind the scanner made as it found the items (what ``__post_init__`` makes).

    >>> scan = Scanner([("monday", Tag("date")), ("met", Tag("trigger"))]).scan("met on Monday")
    >>> rebuilt = Scan(scan.folded, scan.words, scan.items)
    >>> [scan.of_kind(k) == rebuilt.of_kind(k) for k in ("date", "trigger", "cue")]
    [True, True, True]
    """
    scan = _new(Scan)
    fields = scan.__dict__
    fields["folded"], fields["words"], fields["items"], fields["text"] = folded, words, items, folded.text
    fields["of_kind"] = defaultdict(tuple, {kind: tuple(found) for kind, found in by_kind.items()}).__getitem__
    return scan


class Scanner:
    """One automaton for all the patterns of a language.

    Example:
        >>> s = Scanner([("the kremlin", Tag("actor", "body/kremlin"))])
        >>> [i.tags[0].data for i in s.scan("The Kremlin said").items]
        ['body/kremlin']

    ``elisions`` are the language's elided words (``elision_prefixes``): a
    pattern ending in one is found where it is written onto the next word
    (see :class:`~diplograph.lang.matcher.Matcher`).
    """

    def __init__(self, patterns: Iterable[tuple[str, Tag]] = (), *, elisions: Iterable[str] = ()) -> None:
        self._matcher = Matcher(elisions=tuple(elisions))
        for form, tag in patterns:
            self._matcher.add(form, tag)
        #: the tags and kinds of the matcher's payload groups met so far
        self._groups: dict[int, tuple[tuple[Tag, ...], frozenset[str], Callable, Callable]] = {}

    @classmethod
    def cached(cls, name: str, patterns: Callable[[], Iterable[tuple[str, Tag]]], *,
               elisions: Iterable[str] = ()) -> "Scanner":
        """A scanner built once and kept in the cache folder, rebuilt when the package data changes.

        Generating every surface form of a language takes seconds; loading the
        built automaton takes a few hundredths. A cache that cannot be read or
        written is passed over.

        Args:
            name: what the patterns are, e.g. the language code.
            patterns: a function giving the patterns, called on a cache miss.
            elisions: the language's elided words (see the class).

        Returns:
            The scanner.
        """
        scanner = cls()
        scanner._matcher = cached(f"scanner-{name}", lambda: cls(patterns(), elisions=elisions)._matcher, read=Matcher.load, write=Matcher.save)
        return scanner

    def __len__(self) -> int:
        return len(self._matcher)

    def scan(self, sentence: str) -> Scan:
        """Fold a sentence and find every pattern in it.

        Args:
            sentence: the original text of one sentence.

        Returns:
            The :class:`Scan`.
        """
        folded = fold_with_offsets(sentence)
        text = folded.text
        words = tuple(map(_span, _WORD.finditer(text)))
        items = []
        by_kind: dict[str, list[Item]] = {}
        groups = self._groups  # (a group met before: one C lookup, no call)
        for start, end, group in self._matcher.spans(text):
            if start > 1 and text[start - 1] == "-" and text[start - 2].isdigit():
                continue  # the affix of a number ("19-й" folded): no word of its own, never "and"
            # an Item filled in place, not through the frozen dataclass's __init__ (3x slower): a scan makes one per entry found
            item = _new(Item)
            fields = item.__dict__
            fields["start"], fields["end"] = start, end
            fields["tags"], kinds, fields["has"], fields["tag"] = groups.get(group) or self._group(group)
            fields["kinds"] = kinds
            items.append(item)
            for kind in kinds:  # (the scan's index by kind, made as the items are: Scan.__post_init__ would walk them again)
                try:
                    by_kind[kind].append(item)
                except KeyError:
                    by_kind[kind] = [item]
        if GAP in by_kind:  # a word that may split a trigger: join_gaps looks again
            return Scan(folded, words, tuple(join_gaps(text, items, self._matcher.spans, self._trigger_item)))
        return _made(folded, words, tuple(items), by_kind)

    def _trigger_item(self, start: int, end: int, group: int) -> Item | None:
        """An item of a payload group that tags a trigger, else None (for :func:`join_gaps`)."""
        tags, kinds, _, _ = self._group(group)
        return Item(start, end, tags, kinds) if kinds & JOINED else None

    def _group(self, group: int) -> tuple[tuple[Tag, ...], frozenset[str], Callable, Callable]:
        """The tags of a payload group, their kinds and its items' ``has`` and ``tag``, made once: many items share them."""
        found = self._groups.get(group)
        if found is None:
            tags = tuple(dict.fromkeys(self._matcher.payload_groups()[group]))
            kinds = frozenset(t.kind for t in tags)
            found = self._groups[group] = (tags, kinds, *_answers(tags, kinds))
        return found
