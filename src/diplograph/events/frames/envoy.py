"""A verb whose row ends with an envoy's noun, the envoy's state after it: "a convoqué l'ambassadeur malien".

Where a language puts adjectives after their noun, a trigger row may swallow
the envoy's title ("convoqué l'ambassadeur", "استدعى السفير"); the
nationality adjective right after it agrees with that title, so it names
the state whose envoy is summoned: the object. Elsewhere the row reads as
``default`` ("convoqué l'ambassadeur de France", "... d'Algérie").
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading

__all__ = ["envoy"]


@construction("envoy")
def envoy(ctx: Context) -> Reading | None:
    """As default; a nationality adjective right after the trigger names the object's state.

    >>> from datetime import date
    >>> from diplograph.pipeline import Extractor
    >>> from diplograph.types import Document
    >>> doc = Document("a", "Le Maroc a convoqué le chargé d'affaires malien.", date(2025, 6, 2), lang="fr")
    >>> [(st.subject.label, st.predicate, st.object.label) for st in Extractor().extract(doc).statements]
    [('Morocco', 'criticizes', 'Mali')]
    """
    found = clause_reading(ctx)
    if found is None or found.obj[0] is not None or ctx.view.language.get("adjective_side") == "before":
        return found
    state = agreeing_state(ctx)
    return replace(found, obj=(state, (state.start, state.end), state.actor.type)) if state is not None else found


def agreeing_state(ctx: Context) -> Chunk | None:
    """The nationality chunk that stands right after the trigger, with no word between, or None."""
    s = ctx.view
    nxt = s.scan.next_word(ctx.item.end)
    if nxt is None or nxt[0] >= ctx.clause[1] or s.text[ctx.item.end:nxt[0]].strip():
        return None
    return next((c for c in s.chunks if c.start == nxt[0] and c.via == "nationality"), None)
