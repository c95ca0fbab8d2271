"""Agent phrases: "the summit, co-hosted by Egypt,", "l'Union africaine, présidée par l'Angola".

A participant trigger ("hosted by", "بمشاركة") takes the actors right after
it as subjects, and acts on the body it is set after or the event noun before it.
"""
from __future__ import annotations

from diplograph.events.frames.arguments import Object, delegates, drop_auxiliaries
from diplograph.events.frames.core import Context, Reading, noun_future
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

__all__ = ["participant_object"]

#: Actors an agent phrase may act on: "l'Union africaine, présidée par l'Angola".
_CHAIRED = frozenset({"Organization", "Coalition"})
#: Quotation marks a name may close with: "la « coalition des volontaires », coprésidée par".
_QUOTES = "\"'«»“”„‘’"


@construction("participant")
def participant(ctx: Context) -> Reading:
    """The actors after an agent phrase act on what it is set after: "the summit, hosted by Egypt"."""
    s, item, trigger = ctx.view, ctx.item, ctx.trigger
    # one takes part in an event, never in a body: "talks with the M23, with the participation of X"
    obj = participant_object(s, item, bodies=trigger.predicate != "participatesIn")
    future = noun_future(s, item, trigger)
    span = obj[1]
    if span is not None:
        # Taking part in an event is as future as the statement the event is the object of
        # ("سيترأسان اجتماعًا ... بمشاركة زيلينسكي").
        future = future or any(f.future for f in ctx.frames
                               if f.object_span and f.object_span[0] <= span[0] < f.object_span[1])
    return Reading(delegates(s, item.end, ctx.clause[1]), obj, future=future)


@construction("presence")
def presence(ctx: Context) -> Reading | None:
    """A noun of presence or taking part: an agent phrase before a list ("بحضور X وY"), else an event noun.

    With actors right after it and an event to act on, the listed actors
    take part in that event ("افتتح المنتدى بحضور X"); otherwise it is read
    as any event noun ("أكد حضوره القمة": his own attendance).
    """
    if not ctx.trigger.suffix:
        found = participant(ctx)
        if found.subjects and found.obj[1] is not None:
            return found
    return clause_reading(ctx)


def _head_event(s: SentenceView, events: list[Item]) -> Item:
    """The last event noun, or the one whose genitive it is: "la cérémonie de signature de cet accord" is the ceremony."""
    linking = s.language.folded("genitive_words")
    articles = s.language.folded("determiners")
    e = events[-1]
    for before in reversed(events[:-1]):
        words = s.words(before.end, e.start)
        if not words or words[0] not in linking or not all(w in linking or w in articles for w in words):
            break
        e = before
    return e


def participant_object(s: SentenceView, item: Item, *, bodies: bool = True) -> Object:
    """What an agent phrase ("hosted by X", "coprésidée par X") acts on.

    The body it is set after ("l'Union africaine, présidée par l'Angola"),
    where ``bodies`` allows, else the event noun before it ("the summit, co-hosted by Egypt"),
    else, when the phrase opens the sentence, the event noun after it
    ("Coprésidée par la Norvège, cette conférence ...").
    """
    before = [c for c in s.chunks if c.end <= item.start]
    if bodies and before and before[-1].agent and before[-1].actor.type in _CHAIRED \
            and not s.text[before[-1].end:item.start].strip(_QUOTES + " " + s.commas):
        chunk = before[-1]
        return chunk, (chunk.start, chunk.end), chunk.actor.type
    events = [e for e in s.scan.items if e.has("event") and e.end <= item.start]
    if events:
        e = _head_event(s, events)
        end = min(s.clause(e.start)[1], item.start)
        # "The ceremony was held in the presence of X": the event phrase ends before its verb.
        end = min([end] + [v.start for v in s.scan.items if e.end <= v.start < end and (v.has("light") or s.is_verb(v))])
        end = drop_auxiliaries(s, e.end, end)
        return None, (e.start, end), e.tag("event").data
    if not s.words(0, item.start):
        after = [e for e in s.scan.items if e.has("event") and e.start >= s.clause(item.start)[1]]
        if after:
            return None, (after[0].start, after[0].end), after[0].tag("event").data
    if not any(it.end <= item.start and it.kinds & {"trigger", "light"} for it in s.scan.items):
        # "В Кремле в присутствии X прошли переговоры": only a venue or a date before it, the event follows
        after = [e for e in s.scan.of_kind("event") if e.start >= item.end]
        if after:
            return None, (after[0].start, after[0].end), after[0].tag("event").data
    return None, None, ""
