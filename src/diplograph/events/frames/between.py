"""An event held between sides: "talks between Iran and Oman", "قمة محتملة بين بوتين وترامب".

Each side of an event noun of a type in predicates.yaml ``between`` does the
event's predicate with each other side, unless the event is only wished for
("Trump wants a meeting between ...") or only possible ("future talks
between", :func:`diplograph.events.polarity.unreal`).
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.core import CONTENT_FRAMES, Frame
from diplograph.events.frames.predicates import BETWEEN, WISHES
from diplograph.events.frames.registry import construction
from diplograph.events.frames.reports import event_context
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.events.polarity import unreal
from diplograph.lang.scanner import Item

#: How many words (adjectives: "nuclear", "محتملة") may stand between an event noun and "between".
_BETWEEN_GAP = 2


@construction("between", scope="sentence")
def between(s: SentenceView, frames: list[Frame]) -> list[Frame]:
    """Each side of every event noun held between sides, with each other side."""
    out: list[Frame] = []
    for item in s.scan.of_kind("event"):
        predicate = BETWEEN.get(item.tag("event").data)
        sides = between_sides(s, item) if predicate and not unreal(s.scan, item) else []
        if not sides or any((f.trigger.predicate in WISHES or f.trigger.frame in CONTENT_FRAMES)
                            and _within(s, f.object_span, item) for f in frames + out):
            continue
        trigger = Trigger(predicate, "noun", frame="between")
        context = event_context(s, item, until=sides[-1].start)
        out += [Frame(trigger, item, (a,), b, (b.start, b.end), b.actor.type, *context)
                for a in sides for b in sides if a.actor.id != b.actor.id]
    return out


def _within(s: SentenceView, span: tuple[int, int], item: Item) -> bool:
    """Is the event noun in a wish's object phrase, or its complement right after it?

    "a démenti tout projet de rencontre entre X et Y": only lead words stand
    between the object ("tout projet") and the noun, in one clause.
    """
    if span[0] <= item.start < span[1]:
        return True
    return span[1] <= item.start and s.clause(span[0]) == s.clause(item.start) \
        and all(w in s.lead_words for w in s.words(span[1], item.start))


def between_sides(s: SentenceView, event: Item) -> list[Chunk]:
    """The actors an event noun is held between: "talks between Iran and Oman", "قمة محتملة بين بوتين وترامب".

    A ``between_words`` word follows the noun in its clause, with at most
    a few words (adjectives) and no actor or verb between; the
    coordinated actors right after it are the sides.
    """
    words = s.language.folded("between_words")
    clause_end = s.clause(event.start)[1]
    after = [(a, b) for a, b in s.scan.words if a >= event.end and b <= clause_end]
    at = next((k for k, (a, b) in enumerate(after[:_BETWEEN_GAP + 1]) if s.text[a:b] in words), None)
    if at is None or any(event.end <= c.start < after[at][0] for c in s.chunks) \
            or any(s.is_verb(v) and event.end <= v.start < after[at][0] for v in s.scan.items):
        return []
    end = after[at][1]
    delegates = s.language.folded("delegate_words")
    for i, chunk in enumerate(s.chunks):
        if chunk.start < end:
            continue
        if chunk.start >= clause_end or not all(w in delegates for w in s.words(end, chunk.start)):
            # ("between the leaders of Armenia and Azerbaijan": the states act through their delegates)
            return []
        sides = [c for c in s.group_from(i, forward=True) if c.agent] if chunk.agent else _delegated(s, i)
        return sides if len({c.actor.id for c in sides}) > 1 else []
    return []


def _delegated(s: SentenceView, index: int) -> list[Chunk]:
    """The states of coordinated nationality adjectives before a delegate noun: "between Thai and Cambodian leaders".

    Only where the adjective stands before its noun (``adjective_side``); the
    noun is one of ``delegate_words`` that is no function word.
    """
    if s.language.get("adjective_side") != "before":
        return []
    group = s.group_from(index, forward=True)
    if any(c.actor.type != "Country" or (c.via != "nationality" and not c.agent) for c in group):
        return []
    nxt = next(((a, b) for a, b in s.scan.words if a >= group[-1].end), None)
    word = s.text[slice(*nxt)] if nxt else ""
    if word not in s.language.folded("delegate_words") or word in s.lead_words:
        return []
    return group
