"""Negation and modality of a trigger, from the cues around it.

A negation cue counts in the trigger's clause, before it and close to it
("لا يُتوقع ... أن يشارك", "is not expected to attend"); a longer cue that
contains a negation word but does not negate ("لا تزال", "not only") wins by
being the longer match; a trigger whose own form carries a negation ("n'assistera")
is negated too, and so is one a cancellation cue stands before or after in
its clause ("the summit was cancelled"). Modality: hypothetical over future over reported over
asserted; a reporting cue counts before the trigger, or after it when it
reports the trigger's clause (", according to diplomats").
"""
from __future__ import annotations

from typing import Collection

from diplograph.lang.scanner import Item, Scan

__all__ = ["negated", "modality"]

#: How many words before its trigger a negation cue may stand.
_NEGATION_REACH = 6


def _cues(scan: Scan, kind: str):
    for item in scan.of_kind("cue"):
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
    if any(t.kind == "trigger" and t.data.negative for t in trigger.tags):
        # "n'assistera", "l'absence de": the trigger's own form negates.
        return True
    for item, _ in _cues(scan, "negation"):
        if clause[0] <= item.start and item.end <= trigger.start:
            if len(scan.words_between(item.end, trigger.start)) <= _NEGATION_REACH:
                return True
    for item, _ in _cues(scan, "cancellation"):
        # "cancelled the summit", "the summit was cancelled": either side, in the clause.
        if clause[0] <= item.start < clause[1] and (item.end <= trigger.start or item.start >= trigger.end):
            return True
    return False


def possible(scan: Scan, trigger: Item, clause: tuple[int, int]) -> bool:
    """Does a possibility cue before the trigger in its clause stand right before an imperfect verb?

    "قد تستضيف تركيا جولة من المفاوضات": Turkey may host, and the talks are
    only possible; "قد استضافت" (perfect) asserts.
    """
    for cue, _ in _cues(scan, "possibility"):
        if not clause[0] <= cue.start < trigger.start:
            continue
        verb = next((it for it in scan.items if it.start > cue.start and it.kinds & {"trigger", "split"}), None)
        if verb is not None and not scan.text[cue.end:verb.start].strip() \
                and any(t.kind in ("trigger", "split") and t.data.imperfect for t in verb.tags):
            return True
    return False


def modality(scan: Scan, trigger: Item, clause: tuple[int, int], *, future: bool = False,
             own: Collection[int] = (), reports: Collection[int] = (), reach: int | None = None,
             asked: bool = False) -> str:
    """The modality of a trigger: hypothetical, future, reported or asserted.

    Args:
        scan: the scanned sentence.
        trigger: the trigger item.
        clause: its clause.
        future: the trigger's own form marks the future (a future prefix or suffix).
        own: starts of reporting cues whose speaker is the statement's
            subject ("أكدت إيران رفضها", "Algeria said it ..."): the
            statement is the subject's own words, not reported.
        reports: starts of reporting cues after the trigger's clause that
            report it (", according to diplomats", ", the ministry said").
        reach: where the sentence-wide future cues after the trigger stop
            counting: the next clause opened by a word ("met on Monday and
            will meet again in May": the meeting on Monday is not future).
        asked: the sentence is a question ("Will Washington recognise ...?"):
            it asks, it states nothing.

    Returns:
        One of :data:`diplograph.types.MODALITIES`.
    """
    def found(kind: str) -> bool:
        for item, scope in _cues(scan, kind):
            if item.start == trigger.start or (kind == "reported" and item.start in own):
                continue
            if kind == "reported" and item.start in reports:
                return True
            if kind == "future" and reach is not None and item.start >= reach:
                continue
            if scope == "sentence" and (kind != "reported" or item.start < trigger.start):
                return True
            if scope == "clause" and clause[0] <= item.start < trigger.start:
                return True
        return False

    if asked or found("hypothetical") or possible(scan, trigger, clause):
        return "hypothetical"
    if future or found("future"):
        return "future"
    if found("reported"):
        return "reported"
    return "asserted"
