"""Co-agents: "вместе с X" before a verb makes X act with its subject ("вместе с Лукашенко участвовали ...").

A ``together_words`` phrase ("вместе с", "together with") between a clause's
opening and its verb, with an actor right after it, names one more subject of
that verb's statements: it takes part, condemns or signs as the subject does.
After the verb the phrase may belong to the object ("принял Зеленского вместе
с супругой"), so it is read only before.
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.events.frames.core import Frame
from diplograph.events.frames.registry import construction
from diplograph.events.frames.view import SentenceView

__all__ = ["together"]


@construction("together", scope="sentence")
def together(s: SentenceView, frames: list[Frame]) -> list[Frame]:
    """One more frame per verb frame for the actor a ``together_words`` phrase names before the verb in its clause."""
    phrases = [p.split() for p in s.language.folded("together_words")]
    if not phrases:
        return []
    out: list[Frame] = []
    for frame in frames:
        if frame.trigger.pos != "verb":
            continue
        taken = {c.actor.id for c in frame.subjects} | ({frame.object_chunk.actor.id} if frame.object_chunk else set())
        for chunk in s.chunks:
            if not (frame.clause[0] <= chunk.start and chunk.end <= frame.item.start) or not chunk.agent \
                    or chunk.actor.id in taken:
                continue
            before = s.words(frame.clause[0], chunk.start)
            if any(before[-len(p):] == p for p in phrases if len(before) >= len(p)):
                out.append(replace(frame, subjects=(chunk,)))
                taken.add(chunk.actor.id)
    return out
