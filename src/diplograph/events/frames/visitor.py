"""A host who welcomes a visitor: "Kim welcomed Lavrov in Pyongyang", "Lavrov was welcomed by Kim".

A verb of welcome has two senses: welcoming a decision or a plan (welcomes,
read by the next row of triggers.tsv) and welcoming a person, that is
receiving a visitor (hosts). The second holds only when a person opens the
object phrase, a venue aside, and is no possessor: "welcomed Biden's
remarks" welcomes the remarks, "welcomed Syria back" hosts nobody.
"""
from __future__ import annotations

from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import direct

__all__ = ["visitor"]

#: The actor type a visitor is.
_VISITOR = "Person"


@construction("visitor")
def visitor(ctx: Context) -> Reading | None:
    """As ``direct`` ("received Mr Abbas"), and the object is a person."""
    found = direct(ctx)
    if found is None or found.obj[0].actor.type != _VISITOR:
        return None
    return found
