"""The target of sanctions named in a reduced passive: "sanctions imposed by Washington on Caracas".

A ``target_objects`` predicate (predicates.yaml: sanctions, easesSanctions)
read as a participle after its object word ("the sanctions imposed ...")
acts on what the sanctions fall on, not on the sanctions: the actor a lead
word ("on", "against") opens, after the agent ("imposed by Washington on
Caracas") or before it ("imposed on Iran by the United States"). With no
such actor the sanctions fall on nobody named: no statement.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import NO_OBJECT, Object, subject_after
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.predicates import TARGET_OBJECTS

__all__ = ["target_first", "targeted"]


def _sanctions_before(ctx: Context) -> bool:
    """Is the trigger a ``target_objects`` participle right after one of its object words ("sanctions imposed")?"""
    s, item, trigger = ctx.view, ctx.item, ctx.trigger
    if trigger.predicate not in TARGET_OBJECTS or not trigger.object_words:
        return False
    auxiliaries = s.language.folded("passive_auxiliaries")
    before = s.words(ctx.clause[0], item.start)
    while before and before[-1] in auxiliaries:  # "sanctions were imposed on"
        before.pop()
    return bool(before) and any(w in before[-1] for w in trigger.object_words)


def _target_at(ctx: Context, start: int) -> list[Chunk]:
    """The actor group a lead word right after ``start`` opens ("on Caracas"), in the clause."""
    s = ctx.view
    words = s.scan.spans_between(start, ctx.clause[1])[:1]
    if not words or s.text[slice(*words[0])] not in s.lead_words:
        return []
    return subject_after(s, words[0][1], ctx.clause[1])


def targeted(ctx: Context, subjects: list[Chunk], obj: Object) -> Reading:
    """A passive's reading; where its patient is the sanctions, their target after the agent is the object, or none."""
    if not subjects or not _sanctions_before(ctx):
        return Reading(subjects, obj)
    target = _target_at(ctx, subjects[-1].end)
    # the object words ("sanctions") stand before the verb, not in its object
    return Reading(subjects, _object(target[0]), light=True) if target else Reading(subjects, NO_OBJECT)


def target_first(ctx: Context) -> Reading | None:
    """"sanctions imposed on Iran by the United States": the target, then the agent word and the agent.

    None where the words after the verb are not so.
    """
    s = ctx.view
    if not _sanctions_before(ctx):
        return None
    target = _target_at(ctx, ctx.item.end)
    if not target:
        return None
    after = s.scan.spans_between(target[-1].end, ctx.clause[1])[:1]
    if not after or s.text[slice(*after[0])] not in s.language.folded("agent_words"):
        return None
    agents = subject_after(s, after[0][1], ctx.clause[1])
    return Reading(agents, _object(target[0]), light=True) if agents else None


def _object(chunk: Chunk) -> Object:
    return chunk, (chunk.start, chunk.end), chunk.actor.type
