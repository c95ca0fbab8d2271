"""An act's noun whose actor stands before it and whose target is the actor right after it.

"China's criticism of Japan", "Beijing's warning to Manila", "Germany's aid to
Ukraine": the possessor or nationality adjective before the noun acts (as
:func:`~diplograph.events.frames.event.possessive` reads it), and the object is
the actor that opens the phrase after it, prepositions and articles between at
most. Without such an actor the noun states nothing: "China's criticism of the
plan", "aid to the region".
"""
from __future__ import annotations

from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.noun import noun_reading
from diplograph.events.frames.registry import construction

__all__ = ["targeted"]


@construction("targeted")
def targeted(ctx: Context) -> Reading | None:
    """The noun's actor before it acts on the actor right after it.

    >>> from diplograph.events.frames.registry import names
    >>> "targeted" in names()
    True
    """
    found = noun_reading(ctx, governs=False)
    if not found.subjects:
        return None
    s, item = ctx.view, ctx.item
    chunk = next((c for c in s.chunks if c.start >= item.end), None)
    if chunk is None or not chunk.agent or chunk.start >= ctx.clause[1] \
            or not all(w in s.lead_words for w in s.words(item.end, chunk.start)):
        return None
    return Reading(found.subjects, (chunk, (chunk.start, chunk.end), chunk.actor.type))
