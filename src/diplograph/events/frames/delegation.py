"""Delegations: "Spain's delegation to the NATO meeting included A and B", "ضمّ الوفد السوري إلى محادثات عمّان A وB".

The people a delegation includes (or is led by) take part in the event the
delegation went to, else in the delegation itself. The trigger ("included",
"comprenait", "ضمّ", "was led by") states this only with a delegation noun
(``delegation_words``) as its subject, before it or, verb first, right after
it; and only people are members.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import Object
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

__all__ = ["delegation"]

#: How many words after the delegation noun its event may stand ("delegation to the NATO foreign ministers' meeting").
_EVENT_REACH = 8


@construction("delegation")
def delegation(ctx: Context) -> Reading | None:
    """The people listed after the trigger take part in what the delegation went to.

    None with no delegation noun: the form's next reading is tried ("the summit included X").
    """
    s, item = ctx.view, ctx.item
    noun = _delegation_noun(s, item)
    if noun is None:
        return None
    members = _members(s, max(item.end, noun[1]))
    return Reading(members, _event(s, noun, members[0].start if members else len(s.text)))


def _delegation_noun(s: SentenceView, item: Item) -> tuple[int, int] | None:
    """The delegation noun the trigger is said of: the last one before it (no other statement between), or the first word after it."""
    nouns = s.language.folded("delegation_words")
    words = [(a, b) for a, b in s.scan.words if s.text[a:b] in nouns]
    before = [(a, b) for a, b in words if b <= item.start]
    if before and not any(before[-1][1] <= v.start < item.start and s.is_verb(v)
                          and not any(t.kind == "trigger" and t.data.frame in ("delegation", "participant")
                                      for t in v.tags) for v in s.scan.items):
        return before[-1]
    after = [(a, b) for a, b in s.scan.words if a >= item.end]
    if after and after[0] in words:
        return after[0]
    return None


def _members(s: SentenceView, start: int) -> list[Chunk]:
    """The coordinated people first named after ``start``, before any other verb."""
    stop = min([v.start for v in s.scan.items if v.start >= start and s.is_verb(v)] + [len(s.text)])
    for i, chunk in enumerate(s.chunks):
        if chunk.start < start or chunk.actor.type != "Person" or not chunk.agent:
            continue
        if chunk.start >= stop:
            return []
        return [c for c in s.group_from(i, forward=True) if c.agent and c.actor.type == "Person"]
    return []


def _event(s: SentenceView, noun: tuple[int, int], end: int) -> Object:
    """The event noun a few words after the delegation noun ("to the ... meeting"), else the delegation itself."""
    words = [(a, b) for a, b in s.scan.words if a >= noun[1] and b <= end][:_EVENT_REACH]
    limit = words[-1][1] if words else noun[1]
    event = next((e for e in s.scan.items if e.has("event") and noun[1] <= e.start < limit), None)
    if event is not None:
        return None, (event.start, event.end), event.tag("event").data
    return None, noun, "Issue"
