"""Who acts during an event takes part in it: "On the sidelines of the summit, Trump met Abbas".

For each event noun after a ``during_words`` phrase, the subjects of the
statement nearest to it take part in the event, unless a statement is
already about that event, or the event is the meeting that statement states,
or that statement is negated ("did not meet on the sidelines of the summit"
says nothing of who attended the summit).
A meeting or talks with a partner ("во время беседы с Рютте") is held with
that partner: the subjects meet or negotiate with it.
"""
from __future__ import annotations

from diplograph.events.frames.core import Frame
from diplograph.events.frames.opener import opening_pronoun
from diplograph.events.frames.predicates import BETWEEN, RECIPROCAL, SOJOURNS
from diplograph.events.frames.registry import construction
from diplograph.events.frames.reports import event_context
from diplograph.events.frames.sojourn import during_start
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.events.polarity import negated
from diplograph.lang.scanner import Item


@construction("during", scope="sentence")
def during(s: SentenceView, frames: list[Frame]) -> list[Frame]:
    """The subjects of the statement nearest an event noun after a ``during_words`` phrase take part in it."""
    out = []
    stated = [f for f in frames if f.trigger.frame not in ("between", "during")]
    for item in s.scan.of_kind("event"):
        if not during_phrase(s, item) \
                or any(f.object_span[0] <= item.start < f.object_span[1] for f in frames) \
                or any(f.trigger.predicate in SOJOURNS and f.item.start == item.start for f in frames):
            # (a visit whose visitor is read, here or by sojourn.py: the visit is the statement, not an event attended)
            continue
        nearest = min((f for f in stated if not _reported_after(s, item, f) and not _opened_after(s, item, f)),
                      key=lambda f: abs(f.item.start - item.start), default=None)
        if nearest is None and (opener := opening_pronoun(s, item, s.clause(item.start))) is not None:
            # «جاء ذلك خلال اتصال هاتفي مع روبيو»: who spoke in the sentence before held the call with the partner
            end = event_end(s, item)
            partner = _partner(s, item, end) if item.tag("event").data in _WITH_PARTNER else None
            if partner is not None and partner.actor.id != opener.actor.id:
                trigger = Trigger(BETWEEN[item.tag("event").data], "noun", frame="during")
                out.append(Frame(trigger, item, (opener,), partner, (partner.start, partner.end), partner.actor.type,
                                 *event_context(s, item)))
            continue
        if nearest is None or negated(s.scan, nearest.item, nearest.clause) \
                or (nearest.trigger.predicate in RECIPROCAL and item.tag("event").data in ("Meeting", "Talks")):
            # "ناقش خلال مكالمة هاتفية مع ماكرون": the meeting is the statement itself.
            continue
        end = event_end(s, item)
        # "В ходе саммита Путин встретился": the phrase stops before the subject that follows it
        cut = min((c.start + c.trim for c in nearest.subjects if item.end < c.start + c.trim < end), default=None)
        if cut is not None:
            end = max((b for a, b in s.scan.words if a >= item.start and b <= cut), default=item.end)
        if end == item.end and item.tag("event").data in ("Meeting", "Talks"):
            # «وأكد الوزير خلال اللقاء ...»: a bare "the meeting" refers back to one already stated.
            continue
        kind = item.tag("event").data
        if kind in _WITH_PARTNER and (partner := _partner(s, item, end)) is not None:
            # "во время беседы с Марком Рютте Трамп объявил": the meeting is with the partner
            trigger = Trigger(BETWEEN[kind], "noun", frame="during")
            out += [Frame(trigger, item, (c,), partner, (partner.start, partner.end), partner.actor.type,
                          *event_context(s, item)) for c in nearest.subjects if c.actor.id != partner.actor.id]
            continue
        trigger = Trigger("participatesIn", "noun", frame="during")
        out += [Frame(trigger, item, (c,), None, (item.start, end), kind,
                      *event_context(s, item)) for c in nearest.subjects]
    return out


def _opened_after(s: SentenceView, event: Item, frame: Frame) -> bool:
    """Does a ``clause_words`` word stand between the event noun and a later frame's trigger?

    «جرى خلال اللقاء استعراض العلاقات، في ضوء توقيع اتفاقيات بين البلدين أمس»:
    the signing is another clause's, not done during the meeting.
    """
    return frame.item.start > event.end and any(event.end <= w.start < frame.item.start for w in s.scan.of_kind("clause"))


def _reported_after(s: SentenceView, event: Item, frame: Frame) -> bool:
    """Is the frame in a clause a complementizer opens after the event noun?

    «قال ماكرون خلال اجتماعه بالسفراء إن فرنسا ترفض الخطة»: France is what
    was said during the meeting, not who sat in it.
    """
    opens = s.language.folded("complementizers")
    return frame.item.start > event.end and any(
        s.text[a:b] in opens for a, b in s.scan.words if event.end <= a and b <= frame.item.start)


#: Event types held with a partner named after a ``with_words`` word ("a meeting with X").
_WITH_PARTNER = ("Meeting", "Talks")


def _partner(s: SentenceView, event: Item, end: int):
    """The actor a ``with_words`` word names right after the event noun, in its phrase, or None ("беседы с Рютте")."""
    after = [(a, b) for a, b in s.scan.words if a >= event.end and b <= end][:1]
    if not after or s.text[slice(*after[0])] not in s.language.folded("with_words"):
        return None
    chunk = next((c for c in s.chunks if c.start >= after[0][1]), None)
    if chunk is None or not chunk.agent or chunk.start >= end or s.words(after[0][1], chunk.start):
        return None
    return chunk


def during_phrase(s: SentenceView, event: Item) -> bool:
    """Does a ``during_words`` phrase stand before the event noun, articles between ("lors du sommet")?"""
    return during_start(s, event) is not None


#: How many words the event phrase of a ``during_words`` phrase may run.
_EVENT_WORDS = 6


def event_end(s: SentenceView, event: Item) -> int:
    """Where the event phrase that opens at an event noun ends: before the next trigger or date, in its clause.

    "during the talks in Riyadh" keeps "talks in Riyadh"; «خلال اللقاء رفض مصر»
    ends at «اللقاء»: the masdar opens the next statement.
    """
    clause_end = s.clause(event.start)[1]
    stops = [it.start for it in s.scan.items if event.end <= it.start < clause_end
             and (it.has("trigger") or it.has("date"))]
    limit = min(stops, default=clause_end)
    words = [b for a, b in s.scan.words if a >= event.start and b <= limit][:_EVENT_WORDS]
    return max(words, default=event.end)
