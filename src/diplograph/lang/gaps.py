"""Multi-word triggers read across a time word or adverb set inside them.

"s'est rendu lundi à Alger", "a appelé dimanche à la retenue", "s'est
également rendu à": the trigger "s'est rendu à" is split by words that say
when or how (``language.yaml`` ``trigger_gap_words``, tagged ``gap``). The
scan cuts each run of gap words out of the sentence and matches again around
the cut; a trigger found across it becomes one item from its first word to its
last, and the gap words stay items of their own inside it (a date still dates
the statement).
"""
from __future__ import annotations

from typing import Callable

__all__ = ["GAP", "JOINED", "join_gaps"]

#: the tag kind of a word that may stand inside a multi-word trigger
GAP = "gap"
#: the tag kinds a join may make: a trigger, a verb split from its tail, or a cue
#: ("failed on Friday to adopt": the refusal cue "failed to" holds a date)
JOINED = frozenset({"trigger", "split", "cue"})
#: the tag kinds of names, which a join never covers
_NAMES = frozenset({"actor", "title"})
#: how many characters around the cut are matched again (a trigger is a few words)
_REACH = 60


def join_gaps(text: str, items: list, spans: Callable[[str], list], make: Callable[[int, int, int], object]) -> list:
    """The items of a scan with the triggers that gap words split joined across them.

    Args:
        text: the folded sentence.
        items: its items, by start (each with ``start``, ``end``, ``kinds``).
        spans: the matcher: ``(start, end, group)`` of a text's matches.
        make: an item from ``(start, end, group)``, or None when the group tags no trigger.

    Returns:
        The items, by start: a joined trigger replaces the items it covers but the gap words.

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> s = Scanner([("s'est rendu a", Tag("trigger", "visits")), ("lundi", Tag("gap")), ("lundi", Tag("date"))])
    >>> [(i.start, i.end, sorted(i.kinds)) for i in s.scan("il s'est rendu lundi a Rome").items]
    [(3, 22, ['trigger']), (15, 20, ['date', 'gap'])]
    >>> [(i.start, i.end) for i in s.scan("il s'est rendu lundi, a Rome").items]
    [(15, 20)]
    """
    for a, b in _runs(text, items):
        if b >= len(text) or text[b] != " ":
            continue  # a comma or the end of the sentence after the gap: no trigger runs on across it
        lo = max(0, text.rfind(" ", 0, max(0, a - _REACH)) + 1)
        hi = text.find(" ", b + 1 + _REACH)
        hi = len(text) if hi < 0 else hi
        window = text[lo:a] + text[b + 1:hi]
        cut = a - lo
        for start, end, group in spans(window):
            if start < cut < end:
                joined = make(lo + start, lo + end + (b + 1 - a), group)
                if joined is not None:
                    items = _replace(items, joined, a, b)
                break
    return items


def _replace(items: list, joined, a: int, b: int) -> list:
    """The items with ``joined`` in place of those it covers, the gap words ``[a, b)`` kept.

    A name it would cut or cover keeps the items as they were: a trigger is never read across one.
    """
    covered = [i for i in items if i.start < joined.end and joined.start < i.end and not a <= i.start < b]
    if any(i.start < joined.start or i.end > joined.end or i.kinds & _NAMES for i in covered):
        return items
    kept = [i for i in items if i not in covered]
    return sorted([*kept, joined], key=lambda i: (i.start, -i.end))


def _runs(text: str, items: list) -> list[tuple[int, int]]:
    """Each run of gap items that only spaces part, as ``(start, end)``."""
    runs: list[list[int]] = []
    for item in items:
        if GAP not in item.kinds:
            continue
        if runs and not text[runs[-1][1]:item.start].strip():
            runs[-1][1] = item.end
        else:
            runs.append([item.start, item.end])
    return [(a, b) for a, b in runs if a > 0]
