"""An event noun whose agent follows it in an agent phrase: "l'expulsion de douze diplomates par la France".

The noun names the act, the phrase after it what the act is done to, and
the actor after an ``agent_words`` word ("par") does it. Without such an
agent close after it the reading gives nothing: "a demandé l'expulsion de
l'ambassadeur" states no expulsion.
"""
from __future__ import annotations

from diplograph.events.frames.arguments import content_span, subject_after
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction

__all__ = ["agent_noun"]

#: How many words may stand between the noun and its agent word ("de douze de ses agents consulaires").
_AGENT_REACH = 8


@construction("agent_noun")
def agent_noun(ctx: Context) -> Reading | None:
    """The actors after the agent word act; what stands between the noun and that word is the object."""
    s, item, clause = ctx.view, ctx.item, ctx.clause
    agents = s.language.folded("agent_words")
    auxiliaries = s.language.folded("passive_auxiliaries")
    words = [(a, b) for a, b in s.scan.words if a >= item.end and b <= clause[1]][:_AGENT_REACH + 1]
    for a, b in words:
        if s.text[a:b] in agents:
            subjects = subject_after(s, b, clause[1])
            span = content_span(s, item.end, a)
            return Reading(subjects, (None, span, "Issue")) if subjects and span else None
        if s.text[a:b] in auxiliaries or any(it.start <= a < it.end and s.is_verb(it) for it in s.scan.items
                                             if it is not item):
            return None  # a verb ends the noun's phrase: the agent is its ("l'expulsion a été décidée par")
    return None
