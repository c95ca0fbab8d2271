"""Stance: readiness, hope, commitment, openness ("is ready to", "أبدى استعداده ل", "s'est dit prêt à").

The stance is asserted by its subject; what it is about is content, not a
fact: the object is the phrase after the trigger, typed ``Issue``, so the
triggers inside it state nothing of their own (see
:func:`~diplograph.events.frames.core.find_frames`). A negated stance whose
content opens with a verb trigger leaves the statement to that verb, which
the same negation governs: "Serbia is not ready to recognise Kosovo" does
not recognise Kosovo; else a denied stance is a refusal (predicates.yaml
``refusals``): "n'est pas disposé à rouvrir les négociations" does not
agree to reopen them.
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.events.frames.arguments import content_span
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.predicates import REFUSALS
from diplograph.events.frames.registry import construction
from diplograph.events.frames.noun import noun_reading
from diplograph.events.frames.verb import active_reading
from diplograph.events.polarity import negated


@construction("stance")
def stance(ctx: Context) -> Reading | None:
    """The subject by the language's word order; the content after the trigger as an ``Issue`` object."""
    # An adjective of stance after "is" is no passive: "Oslo was ready to".
    found = noun_reading(ctx) if ctx.trigger.pos == "noun" else active_reading(ctx)
    if not found.subjects:
        return None
    s, item = ctx.view, ctx.item
    start = max([item.end] + [c.end for c in found.subjects if c.start >= item.end])
    span = content_span(s, start, ctx.clause[1])
    if span is None:
        return None
    trigger = ctx.trigger
    if negated(s.scan, item, ctx.clause):
        if any(s.is_verb(v) and v.start >= item.end and not s.words(item.end, v.start)
               for v in s.scan.items if v is not item):
            return None
        # "n'est pas disposé à rouvrir les négociations": a refusal, not a denied support.
        trigger = replace(trigger, predicate=REFUSALS.get(trigger.predicate, trigger.predicate))
    return Reading(found.subjects, (None, span, "Issue"), future=found.future, trigger=trigger)
