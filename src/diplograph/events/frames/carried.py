"""An event noun a light verb carries: the partner is the actor after a ``with_words`` word.

"Russia and China will hold joint naval exercises", "Egypt held talks with
Qatar": the trigger is the light verb, its ``object_words`` the event noun.
An actor the phrase names after another word is no partner: "held talks near
Ukraine's border", "conducted drills on Iran's coast". Without a partner,
coordinated subjects hold the event with each other; one subject alone
holds it with no one.
"""
from __future__ import annotations

from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading

__all__ = ["carried"]


@construction("carried")
def carried(ctx: Context) -> Reading | None:
    """As default, but an actor object only right after a ``with_words`` word.

    >>> from datetime import date
    >>> from diplograph.pipeline import Extractor
    >>> from diplograph.types import Document
    >>> doc = Document("a", "Russia held naval exercises near Ukraine's border.", date(2025, 6, 2), lang="en")
    >>> Extractor().extract(doc).statements
    []
    """
    found = clause_reading(ctx)
    if found is None or found.obj[0] is None:
        return found
    s, (chunk, span, _) = ctx.view, found.obj
    withs = s.language.folded("with_words")
    partners = [c for c in s.chunks if c.start >= ctx.item.end and c.end <= ctx.clause[1] and c.agent
                and s.words(ctx.item.end, c.start)[-1:] and s.words(ctx.item.end, c.start)[-1] in withs]
    if partners:
        # "held talks on Syria with Qatar": the partner, wherever the subject matter stands
        partner = chunk if chunk in partners else partners[0]
        return Reading(found.subjects, (partner, (partner.start, partner.end), partner.actor.type), found.mutual,
                       found.future, found.trigger, light=found.light)
    phrase = span if span is not None and span[0] >= ctx.item.end else (ctx.item.end, chunk.end)
    return Reading(found.subjects, (None, phrase, "Issue"), found.mutual, found.future, found.trigger,
                   light=found.light)
