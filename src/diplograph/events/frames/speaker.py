"""Speakers: a trigger whose subject is the last actor named before it, wherever it stands."""
from __future__ import annotations

from diplograph.events.frames.arguments import nearest_before, object_after
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction


@construction("speaker")
def speaker(ctx: Context) -> Reading:
    """The last actor group before the trigger speaks; the object is the phrase after it."""
    s, item = ctx.view, ctx.item
    return Reading(nearest_before(s, item.start), object_after(s, item.end, ctx.clause[1], ctx.trigger))
