"""Speaking together: "Araghchi and Witkoff spoke briefly", "Macron et Starmer se sont entretenus".

Said of coordinated subjects only, each with the others, whatever follows the
verb; a single subject states nothing. An event noun takes the subjects of
the light verb before it, or the sides a ``between_words`` word names after it
("обмен пленными между Россией и Украиной").
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.events.frames.arguments import NO_OBJECT
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.light import light_subject
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading


@construction("mutual")
def mutual(ctx: Context) -> Reading | None:
    """Coordinated subjects, each with the others; for a noun, else the sides it is held between."""
    found = clause_reading(ctx)
    if found is not None and len({c.actor.id for c in found.subjects}) >= 2:
        return replace(found, mutual=True)
    if ctx.trigger.pos != "noun":
        return None
    sides = light_subject(ctx.view, ctx.item)
    if len({c.actor.id for c in sides}) >= 2:
        # "Россия и Украина провели, при посредничестве ОАЭ, обмен пленными": the light verb's subjects
        return Reading(sides, NO_OBJECT, mutual=True)
    # (imported here: importing between registers its sentence construction, whose order __init__ sets)
    from diplograph.events.frames.between import between_sides

    if sides := between_sides(ctx.view, ctx.item):
        # "تبادل أسرى بين روسيا وأوكرانيا": what is exchanged stands before the between word
        s, words = ctx.view, ctx.view.language.folded("between_words")
        goods = [(a, b) for a, b in s.scan.spans_between(ctx.item.end, sides[0].start) if s.text[a:b] not in words]
        return Reading(sides, (None, (goods[0][0], goods[-1][1]), "Issue") if goods else NO_OBJECT, mutual=True)
    return None
