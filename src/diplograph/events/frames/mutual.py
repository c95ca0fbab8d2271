"""Speaking together: "Araghchi and Witkoff spoke briefly", "Macron et Starmer se sont entretenus".

Said of coordinated subjects only, each with the others, whatever follows the
verb; a single subject states nothing.
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading


@construction("mutual")
def mutual(ctx: Context) -> Reading | None:
    """Coordinated subjects, each with the others."""
    found = clause_reading(ctx)
    if found is None or len({c.actor.id for c in found.subjects}) < 2:
        return None
    return replace(found, mutual=True)
