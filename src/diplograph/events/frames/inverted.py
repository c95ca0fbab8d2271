"""Presence said before its subjects: "Among those attending the summit were Macron and Starmer".

The trigger ("among those attending", "also present at") opens a phrase
that a copula closes (language.yaml ``inversion_copulas``: "were",
"included"); the actors right after the copula are its subjects. The
object is the event noun between the trigger and the copula, else the
sentence's event noun: "Also attending was Canada" with no event names
nothing one takes part in.
"""
from __future__ import annotations

from diplograph.events.frames.arguments import sentence_event, subject_after
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import active_reading
from diplograph.events.polarity import cues

__all__ = ["inverted"]

#: How many words may stand between the trigger and its copula ("the summit in Baku").
_COPULA_REACH = 6


@construction("inverted")
def inverted(ctx: Context) -> Reading | None:
    """The actors after the copula that closes the trigger's phrase take part in its event.

    >>> from diplograph.examples import statements
    >>> def read(text):
    ...     return [(s.subject.label, s.predicate, s.object.label) for s in statements(text)]
    >>> read("Among those attending the summit were Canada and Japan.")
    [('Canada', 'participatesIn', 'summit'), ('Japan', 'participatesIn', 'summit')]
    >>> read("Among those attending the summit, Canada spoke first.")
    []
    >>> read("Canada was among the leaders attending the summit.")
    [('Canada', 'participatesIn', 'summit')]
    """
    s, item, clause = ctx.view, ctx.item, ctx.clause
    copulas = s.language.folded("inversion_copulas")
    words = s.scan.spans_between(item.end, clause[1])[:_COPULA_REACH + 1]
    copula = next(((a, b) for a, b in words if s.text[a:b] in copulas), None)
    if copula is None:
        # "Macron was among the leaders attending the summit": an active verb, its subject before it
        # (never a passive, whatever auxiliary stands before)
        # ("among those attending, Canada spoke first": the comma ends the phrase, and nobody is before it)
        return active_reading(ctx)
    subjects = subject_after(s, copula[1], len(s.text))
    if not subjects:
        return None
    event = next((e for e in s.scan.of_kind("event") if item.end <= e.start and e.end <= copula[0]), None)
    obj = (None, (event.start, event.end), event.tag("event").data) if event is not None \
        else sentence_event(s, item)
    # "Among those attending will be Canada": a future cue before the copula dates the presence
    future = any(item.end <= cue.start < copula[1] for cue, _ in cues(s.scan, "future"))
    return Reading(subjects, obj, future=future or None) if obj[1] is not None else None
