"""A verb of arrival whose object must be a place or an actor: "est arrivé à Beyrouth".

The same verb says other things before a phrase that names no place
("est arrivé à la conclusion", "n'arrive pas à convaincre"): the reading
holds only where a mention opens the object phrase.
"""
from __future__ import annotations

from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading

__all__ = ["destination"]


@construction("destination")
def destination(ctx: Context) -> Reading | None:
    """As default, when the object is a mention or a mention opens the object phrase."""
    found = clause_reading(ctx)
    if found is None or found.obj[1] is None:
        return None
    chunk, span, _ = found.obj
    if chunk is None and not any(c.start == span[0] for c in ctx.view.chunks):
        return None
    return found
