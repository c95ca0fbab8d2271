"""Deontic frames: the speaker calls for what someone must do ("X must", "il faut que", "على X أن", "يجب على").

The subject is who says the sentence (:func:`~diplograph.events.frames.reports.sentence_speaker`),
never the addressee; the object is the content, typed ``Issue``, so the
addressee doing it is no statement. Without a named speaker, nothing.

deontic: a modal said of an actor ("Russia must", "إن على إسرائيل"): the
actor right before it in its clause, or right after it where language.yaml
``deontic_addressee`` says ``after``, is the addressee (or, after it, a quantified
phrase: ``deontic_quantifiers``, "على جميع الأطراف"), and the speaker must
not be the addressee's side ("Macron doit rencontrer Biden, selon l'Élysée" is a schedule).
A negation before the modal gives nothing: "ne doit pas" forbids where
"does not have to" frees. One after it is content: "Israel must not annex".
necessity: an impersonal frame whose content needs no actor ("it is
essential that the ceasefire holds", "what is needed is", "المطلوب هو").
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import content_span
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.reports import sentence_speaker
from diplograph.events.frames.view import SentenceView
from diplograph.events.polarity import negated
from diplograph.lang.scanner import Item

#: How many words may stand between an addressee and its modal ("Israel now needs to").
_ADDRESSEE_GAP = 1


@construction("deontic")
def deontic(ctx: Context) -> Reading | None:
    """The speaker calls for what the addressee before or after the modal must do."""
    return _call(ctx, addressed=True)


@construction("necessity")
def necessity(ctx: Context) -> Reading | None:
    """The speaker calls for what an impersonal frame says is needed."""
    return _call(ctx, addressed=False)


def _call(ctx: Context, *, addressed: bool) -> Reading | None:
    s, item, clause = ctx.view, ctx.item, ctx.clause
    if negated(s.scan, item, clause):
        # "ne doit pas" forbids, "does not have to" frees: no one reading, no statement.
        return None
    side = s.language.get("deontic_addressee", "before")
    before = addressee_before(s, item, clause[0]) if addressed and side == "before" else []
    after = _addressee_after(s, item.end, clause[1]) if addressed and side == "after" else []
    # "على جميع الأطراف", «Все стороны обязаны»: an addressee that names all of a kind
    opening = _quantified_before(s, item, clause[0]) if addressed and side == "before" and not before else None
    quantified = opening is not None or (addressed and side == "after" and not after
                                         and _quantified_after(s, item.end, clause[1]))
    if addressed and not (before or after or quantified):
        return None
    speaker = sentence_speaker(s, item)
    if not speaker:
        return None
    sides = {i for c in speaker for i in _ids(c)}
    addressees = before + after
    if addressed and (any(sides & _ids(c) for c in addressees) or (
            any(c.actor.represents for c in speaker) and any(c.actor.type == "Person" for c in addressees))):
        # "Macron doit rencontrer Biden, selon l'Élysée": one's own side's duty is
        # a schedule, not a demand; a body speaks for its own people.
        return None
    tail = content_span(s, after[-1].end if after else item.end, clause[1])
    if tail is None:
        return None
    # "Russia must withdraw its troops": the content names who must act, when it stands first.
    span = (before[0].start, tail[1]) if before else (opening, tail[1]) if opening is not None else tail
    return Reading(speaker, (None, span, "Issue"))


def addressee_before(s: SentenceView, item: Item, clause_start: int) -> list[Chunk]:
    """The actor group right before the modal in its clause ("India and Pakistan must"), gap words between."""
    for i in range(len(s.chunks) - 1, -1, -1):
        c = s.chunks[i]
        if c.end > item.start:
            continue
        gap = [w for w in s.words(c.end, item.start) if w not in s.gap_words]
        if c.start < clause_start or len(gap) > _ADDRESSEE_GAP or not c.agent:
            return []
        # "India and Pakistan must": the group runs over a coordinator's clause cut,
        # not over a mark ("Selon l'Espagne, Israël doit").
        marks = s.language.get("clause_marks", ",;")
        opening = max((k for k in range(item.start) if s.text[k] in marks), default=0)
        return [x for x in s.group_from(i, forward=False) if x.agent and x.start >= opening]
    return []


def _addressee_after(s: SentenceView, start: int, end: int) -> list[Chunk]:
    skip = s.lead_words | s.gap_words
    for i, c in enumerate(s.chunks):
        if c.start >= start:
            if c.start < end and c.agent and all(w in skip for w in s.words(start, c.start)):
                return [x for x in s.group_from(i, forward=True) if x.agent]
            return []
    return []


def _quantified_after(s: SentenceView, start: int, end: int) -> bool:
    """Does a quantifier open what follows the modal ("إن على جميع الأطراف")?

    An addressee that names no actor but all of some ("all parties", language.yaml
    ``deontic_quantifiers``) still makes a call; a noun there does not ("على رأس", at
    the head of). The content then runs from the quantifier, addressee included.
    """
    words = s.words(start, end)[:1]
    return bool(words) and words[0] in s.language.folded("deontic_quantifiers")


def _quantified_before(s: SentenceView, item: Item, clause_start: int) -> int | None:
    """Where a quantified addressee opens the modal's clause, right before it ("Все стороны обязаны"), or None.

    Where the addressee stands before the modal, a ``deontic_quantifiers`` word
    opens the clause and at most ``_ADDRESSEE_GAP`` words follow it before the
    modal: "all parties must", «Международное сообщество обязано».
    """
    words = s.scan.spans_between(clause_start, item.start)
    if not words or len(words) > _ADDRESSEE_GAP + 1 or s.text[slice(*words[0])] not in s.language.folded("deontic_quantifiers"):
        return None
    return words[0][0]


def _ids(c: Chunk) -> set[str]:
    """The actor and the state it acts for (a title's state, a body's)."""
    return {c.actor.id} | ({c.country.id} if c.country is not None else set()) \
        | ({c.actor.represents} if c.actor.represents else set())
