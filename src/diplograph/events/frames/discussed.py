"""Discussing with a partner: "Lavrov discussed the Ukraine crisis with Wang Yi", "Lavrov and Wang Yi discussed trade".

A verb of frame ``discussed`` holds talks with the actor after a
``with_words`` word, whatever topic stands between ("discussed bilateral ties
with his Chinese counterpart"); coordinated subjects with no partner discuss
with each other. The topic is never the partner ("discussed the Ukraine
crisis" talks with no Ukraine), one subject with no partner states nothing,
and a discussion in a purpose clause ("travelled to Beijing to discuss trade
with Xi") is the trip's aim, no fact.
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.events.frames.arguments import NO_OBJECT
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading

__all__ = ["discussed"]


@construction("discussed")
def discussed(ctx: Context) -> Reading | None:
    """The partner after a with-word, else coordinated subjects each with the others, else nothing.

    >>> from diplograph.examples import statements
    >>> [(st.subject.label, st.predicate, st.object.label)
    ...  for st in statements("Lavrov discussed the Ukraine crisis with Wang Yi.", lang="en")]
    [('Sergey Lavrov', 'negotiatesWith', 'Wang Yi')]
    """
    s = ctx.view
    before = s.spans_before(ctx.item.start)
    if before and s.text[slice(*before[0])] in s.language.folded("purpose_words"):
        return None
    found = clause_reading(ctx)
    if found is None or not found.subjects:
        return None
    partner = _partner(ctx)
    if partner is not None and not _same_side(partner, found.subjects):
        return replace(found, obj=(partner, (partner.start, partner.end), partner.actor.type))
    if len({c.actor.id for c in found.subjects}) >= 2:
        return replace(found, obj=NO_OBJECT, mutual=True)
    return None


def _partner(ctx: Context):
    """The first actor right after a with-word in the clause past the verb (possessives and titles before it allowed)."""
    s = ctx.view
    withs = s.language.folded("with_words")
    skip = s.language.folded("possessive_words") | s.language.folded("determiners")
    for a, b in s.scan.spans_between(ctx.item.end, ctx.clause[1]):
        if s.text[a:b] not in withs:
            continue
        chunk = next((c for c in s.chunks if c.start >= b and c.agent), None)
        if chunk is not None and chunk.end <= ctx.clause[1] and all(w in skip for w in s.words(b, chunk.start)):
            return chunk
        return None
    return None


def _same_side(partner, subjects) -> bool:
    """Is the partner one of the subjects, or of the same state or body ("the EU ministers ... with Kallas")?"""
    def ids(c):
        return {c.actor.id} | ({c.country.id} if c.country is not None else set())
    return any(ids(partner) & ids(c) for c in subjects)
