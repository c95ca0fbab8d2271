"""Speakers: a trigger whose subject is the last actor named before it, wherever it stands."""
from __future__ import annotations

from diplograph.events.frames.arguments import (adjunct_before, compound, main_subject, nearest_before, object_after,
                                                participle_clause)
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import last_subjects


@construction("speaker")
def speaker(ctx: Context) -> Reading:
    """The last actor group before the trigger speaks; the object is the phrase after it.

    In a participial clause the main clause's subject speaks: "جدد الملك
    دعمه للبنان، مؤكدا ضرورة انسحاب إسرائيل" (not Lebanon).
    """
    s, item = ctx.view, ctx.item
    obj = object_after(s, item.end, ctx.clause[1], ctx.trigger)
    if participle_clause(s, item, ctx.clause):
        clauses = [f for f in ctx.frames if not compound(s, f)]
        return Reading(last_subjects(clauses) if clauses else main_subject(s, item.start), obj)
    # (the partner of a call the speaker held stands between them: "خلال اتصال هاتفي مع نظيره")
    return Reading(nearest_before(s, adjunct_before(s, item.start, ctx.clause[0])), obj)
