"""Nouns read with the actors around them: genitive nouns and presence at the sentence's event.

genitive: "الهجوم الإسرائيلي على الدوحة", "Russia's attack on Ukraine": a
statement only with an actor as its object, near the noun.
event: "Lula made a brief appearance", "l'absence du Canada, la conférence
...": the object is the sentence's event noun.
possessive: "Japan's loan to Ukraine", "paid a visit to": the subject stands before the noun.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import far_object, sentence_event
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.noun import noun_reading
from diplograph.events.frames.predicates import PLACE_OBJECTS
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import active_reading, verb_reading


@construction("genitive")
def genitive(ctx: Context) -> Reading | None:
    """A noun whose subject is the actor it governs or the one right before it, and whose object is an actor near it.

    Not "Russia's attack on the pipeline angered Hungary".
    """
    # "strike on Doha": a noun written with its preposition governs no actor after it.
    governs = ctx.view.text[ctx.item.start:ctx.item.end].split()[-1] not in ctx.view.lead_words
    found = noun_reading(ctx, resumed=False, governs=governs) if ctx.trigger.pos == "noun" else verb_reading(ctx)
    chunk = found.obj[0] if found is not None else None
    if chunk is None and found is not None and (state := _nationality_object(ctx, found.obj[1])) is not None:
        # "Pakistani air strikes on Afghan border posts": the state the adjective names is the target.
        chunk, found = state, Reading(found.subjects, (state, (state.start, state.end), state.actor.type))
    if chunk is None and found is not None and found.subjects and (owned := _owned_target(ctx, found.obj[1])):
        # "عقوبات أمريكية على شركات إماراتية", "strikes on Iranian bases": the target is a thing of a
        # state its adjective names; the object is that phrase, not the state.
        return Reading(found.subjects, (None, owned, "Issue"))
    if chunk is None and found is not None and (place := _place_object(ctx, found.obj[1])) is not None:
        # "الضربات الإسرائيلية على خان يونس", "Israeli strikes on Gaza": a place may be the target
        # (predicates.yaml place_objects); the object is the phrase up to it ("لمدينة خان يونس").
        return Reading(found.subjects, (None, (found.obj[1][0], place.end), "Issue")) if found.subjects else None
    if chunk is None or far_object(ctx.view, found.subjects, ctx.item, chunk):
        return None
    return found


def _nationality_object(ctx: Context, span: tuple[int, int] | None) -> Chunk | None:
    """A nationality adjective that opens the object phrase ("on Afghan border posts"), or None."""
    if span is None:
        return None
    return next((c for c in ctx.view.chunks if c.start == span[0] and c.via == "nationality"
                 and c.actor.type == "Country"), None)


def _owned_target(ctx: Context, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """The object phrase up to a state's adjective after its first word or two ("ثلاث شركات إماراتية"), or None."""
    if span is None:
        return None
    words = [(a, b) for a, b in ctx.view.scan.words if span[0] <= a and b <= span[1]]
    # "عقوبات أمريكية جديدة على ...": an adjective of the noun may open the phrase, before its preposition
    lead = [k for k, (a, b) in enumerate(words[:_OWNED_REACH]) if ctx.view.text[a:b] in ctx.view.lead_words]
    words = words[lead[-1] + 1:] if lead else words
    head = words[:_OWNED_REACH + 1]
    if len(head) < 2 or any(ctx.view.text[a:b] in ctx.view.lead_words for a, b in head):
        return None
    state = next((c for c in ctx.view.chunks if any(c.start == a for a, _ in head[1:]) and c.via == "nationality"
                  and c.actor.type == "Country"), None)
    return (head[0][0], state.end) if state is not None else None


#: How many words ("ثلاث شركات") may stand before the state's adjective of an owned target.
_OWNED_REACH = 2


#: How many words into the object phrase a place target may start ("لمدينة خان يونس", not "the plant in Kyiv").
_PLACE_REACH = 1


def _place_object(ctx: Context, span: tuple[int, int] | None) -> Chunk | None:
    """A place near the start of the object phrase of a predicate that may act on places, or None."""
    if span is None or ctx.trigger.predicate not in PLACE_OBJECTS:
        return None
    words = [(a, b) for a, b in ctx.view.scan.words if span[0] <= a and b <= span[1]][:_PLACE_REACH + 1]
    return next((c for c in ctx.view.chunks if c.actor.type == "Place" and words
                 and words[0][0] <= c.start < words[-1][1] and c.end <= span[1]), None)


@construction("event")
def event(ctx: Context) -> Reading | None:
    """Presence or absence at the sentence's event noun, nearest after the trigger, else before it."""
    if ctx.trigger.pos == "noun":
        found = noun_reading(ctx, linked=True)
        return Reading(found.subjects, sentence_event(ctx.view, ctx.item))
    return verb_reading(ctx, active=_at_event)


def _at_event(ctx: Context) -> Reading:
    found = active_reading(ctx)
    return Reading(found.subjects, sentence_event(ctx.view, ctx.item)) if found.subjects else found


@construction("possessive")
def possessive(ctx: Context) -> Reading:
    """A noun whose subject stands before it, never the actor after it: "Japan's loan to Ukraine", "paid a visit to Kazakhstan".

    The subject is a possessor, a nationality adjective or the subject of a
    light verb; the phrase after the noun is its object.
    """
    return noun_reading(ctx, governs=False)
