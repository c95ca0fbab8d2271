"""An event noun whose genitive is elided and fused to the name after it: "la visite d'Emmanuel Macron en Algérie".

The noun's form is also a verb's ("visite"): the noun reading holds only
where the mention right after it opens with an elided ``genitive_words``
word ("d'"); otherwise the next row of the form is read ("Macron visite
l'Algérie": the verb).
"""
from __future__ import annotations

from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.noun import noun_reading
from diplograph.events.frames.registry import construction

__all__ = ["elided_genitive"]


@construction("elided_genitive")
def elided_genitive(ctx: Context) -> Reading | None:
    """As an event noun, when an elided genitive word opens the mention right after it."""
    s, item = ctx.view, ctx.item
    after = next((c for c in s.chunks if c.start >= item.end), None)
    if after is None or s.words(item.end, after.start):
        return None
    elided = [g for g in s.language.folded("genitive_words") if g.endswith("'")]
    if not any(s.text.startswith(g, after.start) for g in elided):
        return None
    found = noun_reading(ctx)
    return found if found.subjects else None
