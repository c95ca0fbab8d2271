"""An event noun's agent in the instrumental after its patient in the genitive.

"признание Палестины Францией" (the recognition of Palestine by France): the
actor right after a verbal noun is its patient when an actor in an
``agent_case`` (Russian instrumental) follows it, nothing between; that one
is the agent. "признание Францией Палестины", with the agent first, is read
as any governed actor is.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.view import SentenceView

__all__ = ["case_agent"]


def case_agent(s: SentenceView, governed: list[Chunk]) -> Chunk | None:
    """The actor in an agent case right after the noun's governed actors, when they are not in it; else None.

    >>> from diplograph.examples import view
    >>> s = view("признание Палестины Францией", lang="ru")
    >>> case_agent(s, s.chunks[:1]).actor.label
    'France'
    >>> s = view("признание Францией Палестины", lang="ru")
    >>> case_agent(s, s.chunks[:1]) is None
    True
    """
    wanted = s.language.folded("agent_case")  # (made once a language)
    if not wanted or not governed or any(s.cases(c) & wanted for c in governed):
        return None
    end = max(c.end for c in governed)
    after = next((c for c in s.chunks if c.start >= end), None)
    if after is None or s.text[end:after.start].strip() or not after.agent:
        return None
    cases = s.cases(after)
    return after if cases and cases <= wanted else None
