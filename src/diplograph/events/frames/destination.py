"""A verb of arrival whose object must be a place or an actor: "est arrivé à Beyrouth".

The same verb says other things before a phrase that names no place
("est arrivé à la conclusion", "n'arrive pas à convaincre"): the reading
holds only where a mention opens the object phrase. Where the verb's tail
leaves no such doubt ("прибыл в"), only a seat named as a venue is ruled out:
an envoy who came to a ministry ("приехал в МИД России") visits no state.
"""
from __future__ import annotations

from diplograph.events.frames.core import Context, Reading, past_tail
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading

__all__ = ["arrival", "destination"]


@construction("arrival")
def arrival(ctx: Context) -> Reading | None:
    """As default, unless a seat named as a venue opens the object: "приехал в МИД России" is no visit."""
    found = clause_reading(ctx)
    if found is None or found.obj[1] is None:
        return None
    if _opening(ctx, found, venue=True):
        return None
    return found


@construction("destination")
def destination(ctx: Context) -> Reading | None:
    """As arrival, when the object is a mention or a mention opens the object phrase."""
    found = arrival(ctx)
    if found is None or not _opening(ctx, found, venue=False):
        return None
    return found


def _opening(ctx: Context, found: Reading, *, venue: bool) -> bool:
    """Does a mention (a seat named as a venue, with ``venue``) open the object, past a split tail?"""
    # a verb apart from its tail ("прибыл вчера в Пекин"): the object that follows the tail
    read = past_tail(ctx.view, ctx.item, ctx.trigger, ctx.clause, found) if ctx.trigger.tail else found
    if read is None or read.obj[1] is None:
        return False
    chunk, span, _ = read.obj
    opening = [c for c in ctx.view.chunks if c.start == span[0]] + ([chunk] if chunk is not None else [])
    return any(c.via == "venue" for c in opening) if venue else bool(opening)
