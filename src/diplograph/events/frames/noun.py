"""Event nouns (masdars): "رفض موسكو ...", "Russia's invasion of Ukraine", "على رفضه".

A noun has no subject slot of its own: its subject is the actor it governs
(a genitive or nationality adjective after it), else the actor right before
it (a possessor, or the subject of the verb it is the object of: "أعلنت
واشنطن فرض عقوبات"), else, when a pronoun or purpose clitic is attached to it,
the first actor of its clause.
"""
from __future__ import annotations

from diplograph.events.frames.arguments import NO_OBJECT, adjacent_before, clause_subject, genitive, object_after
from diplograph.events.frames.core import Context, Reading
from diplograph.lang.normalise import fold

__all__ = ["noun_reading"]


def noun_reading(ctx: Context, *, linked: bool = False, resumed: bool = True) -> Reading:
    """The subjects and object of an event noun.

    Args:
        ctx: the trigger.
        linked: the governed actor may follow a ``genitive_words`` word ("l'absence remarquée des États-Unis").
        resumed: with a pronoun or purpose clitic attached, the clause's actor is the subject.
    """
    s, item, trigger, clause = ctx.view, ctx.item, ctx.trigger, ctx.clause
    lead = fold(trigger.prefix)
    governed = genitive(s, item, linked=linked) if not trigger.suffix else []
    verb_subject = adjacent_before(s, item) if not lead and not trigger.suffix else []
    if governed:
        # "رفض موسكو ...", "الهجوم الإسرائيلي على ...": the actor the masdar governs.
        return Reading(governed, object_after(s, max(c.end for c in governed), clause[1], trigger))
    if verb_subject:
        # "أعلنت واشنطن فرض عقوبات": the masdar is the object of the actor's verb.
        return Reading(verb_subject, object_after(s, item.end, clause[1], trigger))
    if resumed and (trigger.suffix or any(c in lead for c in fold(s.language.get("purpose_clitics", "")))):
        # "على رفضه", "لاستضافة": the clause's actor, before a relative word if the noun is in its clause.
        start = s.clause(max(0, item.start - 1))[0] if ctx.relative else clause[0]
        return Reading(clause_subject(s, item.start, start), object_after(s, item.end, clause[1], trigger))
    return Reading([], NO_OBJECT)
