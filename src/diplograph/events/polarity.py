"""Negation and modality of a trigger, from the cues around it.

A negation cue counts in the trigger's clause, before it and close to it
("لا يُتوقع ... أن يشارك", "is not expected to attend"); a longer cue that
contains a negation word but does not negate ("لا تزال", "not only") wins by
being the longer match. Modality: hypothetical over future over reported over
asserted.
"""
from __future__ import annotations

from diplograph.lang.scanner import Item, Scan

__all__ = ["negated", "modality"]

#: How many words before its trigger a negation cue may stand.
_NEGATION_REACH = 6


def _cues(scan: Scan, kind: str):
    for item in scan.items:
        for tag in item.tags:
            if tag.kind == "cue" and tag.data[0] == kind:
                yield item, tag.data[1]


def negated(scan: Scan, trigger: Item, clause: tuple[int, int]) -> bool:
    """True when a negation cue governs the trigger.

    Args:
        scan: the scanned sentence.
        trigger: the trigger item.
        clause: the trigger's clause, in folded coordinates.

    Returns:
        Whether the statement is negated.
    """
    for item, _ in _cues(scan, "negation"):
        if clause[0] <= item.start and item.end <= trigger.start:
            if len(scan.words_between(item.end, trigger.start)) <= _NEGATION_REACH:
                return True
    return False


def modality(scan: Scan, trigger: Item, clause: tuple[int, int], *, future: bool = False,
             subject: tuple[int, int] | None = None) -> str:
    """The modality of a trigger: hypothetical, future, reported or asserted.

    Args:
        scan: the scanned sentence.
        trigger: the trigger item.
        clause: its clause.
        future: the trigger's own form marks the future (a future prefix).
        subject: the subject's span; a speech verb right beside it makes the
            statement the subject's own ("أكدت إيران رفضها"), not reported.

    Returns:
        One of :data:`diplograph.types.MODALITIES`.
    """
    def own_words(item: Item) -> bool:
        if subject is None:
            return False
        gap = (item.end, subject[0]) if item.end <= subject[0] else (subject[1], item.start)
        return gap[0] <= gap[1] and len(scan.words_between(*gap)) <= 1

    def found(kind: str) -> bool:
        for item, scope in _cues(scan, kind):
            if item.start == trigger.start or (kind == "reported" and own_words(item)):
                continue
            if scope == "sentence" and (kind != "reported" or item.start < trigger.start):
                return True
            if scope == "clause" and clause[0] <= item.start < trigger.start:
                return True
        return False

    if found("hypothetical"):
        return "hypothetical"
    if future or found("future"):
        return "future"
    if found("reported"):
        return "reported"
    return "asserted"
