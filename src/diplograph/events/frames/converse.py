"""Converses: the act is stated from its target's side. "The strikes drew a rebuke from the Taliban".

The actors after the phrase ("drew condemnation from X", "a suscité la
condamnation de X") do the act; what they act on is the actor that is the
clause's subject, else the phrase before the trigger.
"""
from __future__ import annotations

from diplograph.events.frames.arguments import NO_OBJECT, delegates, span_type, subject_before
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction


@construction("converse")
def converse(ctx: Context) -> Reading:
    """The actors after the trigger act on the clause's subject: an actor, else the phrase before the trigger."""
    s, item, clause = ctx.view, ctx.item, ctx.clause
    subjects = delegates(s, item.end, clause[1])
    if not subjects:
        return Reading([], NO_OBJECT)
    target = subject_before(s, item.start, clause[0])
    if target and not [w for w in s.words(clause[0], target[0].start) if w not in s.lead_words] \
            and not s.words(target[-1].end, item.start):
        # "Hungary drew criticism from ...": the clause's subject; not "the strike on Doha drew ..."
        return Reading(subjects, (target[0], (target[0].start, target[0].end), target[0].actor.type))
    words = [(a, b) for a, b in s.scan.words if clause[0] <= a and b <= item.start]
    while words and s.text[words[0][0]:words[0][1]] in s.lead_words:
        words = words[1:]
    if not words:
        return Reading([], NO_OBJECT)
    span = (words[0][0], words[-1][1])
    return Reading(subjects, (None, span, span_type(s, span)))
