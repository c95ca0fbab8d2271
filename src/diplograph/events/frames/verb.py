"""Verbs in their clause: the default construction, and its direct-object variant.

A verb's subject is the actor group right after it (VSO) or right before it
in its clause (SVO), by ``subject_order`` in language.yaml; its object is the
phrase after it. A passive verb (:mod:`.passive`) and a verb in a relative
clause (:mod:`.relative`) take theirs by their own rules; a noun trigger is
read as an event noun (:mod:`.noun`).
"""
from __future__ import annotations

from typing import Callable

from diplograph.events.frames.arguments import (
    NO_OBJECT, compound, coordinated, object_after, participle_clause, subject_after, subject_before,
)
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.noun import noun_reading
from diplograph.events.frames.passive import agent_phrase, agentless_passive, passive
from diplograph.events.frames.registry import construction
from diplograph.events.frames.relative import (
    antecedent, light_noun, light_reading, object_relative, relative_reading,
)

__all__ = ["active_reading", "clause_reading", "verb_reading"]


def active_reading(ctx: Context) -> Reading:
    """An active verb: its subject where the language puts it, or the last clause's; its object after it."""
    s, item, trigger, clause = ctx.view, ctx.item, ctx.trigger, ctx.clause
    order = ["before"] if trigger.plural else s.language.get("subject_order", ["before", "after"])
    joined = coordinated(s, item)
    clauses = [f for f in ctx.frames if not compound(s, f)]
    participle = bool(clauses) and participle_clause(s, item, clause)
    subjects = []
    for side in order:
        if side == "after":
            found = subject_after(s, item.end, clause[1])
        else:
            # "welcomed Zelensky, expressing support": after a clause, the actor
            # before the comma is its object ("Macron, calling for calm," is no clause).
            found = subject_before(s, item.start, clause[0], comma=not (joined or participle))
        if found:
            subjects = found
            break
    if not subjects and (joined or participle) and clauses:
        # "تحدث بايدن مع ... وتحدث مع ...", "Egypt welcomed the deal, calling
        # for ...": a coordinated verb or a participle clause keeps the
        # subject of the last clause (not of a compound: "Iranian-backed").
        subjects = list(clauses[-1].subjects)
    obj = NO_OBJECT
    if ctx.relative is not None and subjects and subjects[0].start > item.start:
        # "منتدى استضافته أبوظبي": the object is the phrase the relative word resumes.
        span = antecedent(s, ctx.relative)
        if span and light_noun(s, span, trigger) and (light := light_reading(s, subjects, subjects[-1].end, clause[1],
                                                                          trigger)):
            # "الهجوم الذي شنته القوات على مستشفى": the antecedent is the light verb's noun.
            return light
        obj = (None, span, "Issue") if span else obj
    elif subjects:
        after = subjects[-1].end if subjects[0].start > item.start else item.end
        obj = object_after(s, after, clause[1], trigger)
    return Reading(subjects, obj)


def verb_reading(ctx: Context, *, active: Callable[[Context], Reading] = active_reading) -> Reading | None:
    """A verb: passive, agentless passive (no statement), in a subject relative clause, or ``active``."""
    if (turned := passive(ctx.view, ctx.item, ctx.clause)) is not None:
        # "The summit was hosted by Egypt": the agent is the subject, the
        # grammatical subject the object.
        return Reading(*turned)
    if agentless_passive(ctx.view, ctx.item, ctx.clause):
        # "Syria was welcomed back": the grammatical subject is the
        # patient, and the agent goes unsaid.
        return None
    if (resumed := object_relative(ctx)) is not None:
        # "the summit that Kazakhstan hosted", "The agreement, which Rwanda signed"
        return resumed
    if ctx.subject_relative and not ctx.trigger.object_pronoun:
        return relative_reading(ctx)
    return active(ctx)


def clause_reading(ctx: Context) -> Reading | None:
    """A trigger read in its clause: as a passive with its agent phrase after the patient, an event noun, or a verb."""
    noun = ctx.trigger.pos == "noun"
    if (turned := agent_phrase(ctx.view, ctx.item, ctx.clause, noun=noun)) is not None:
        # "استُقبل عراقجي في بيروت من قبل نظيره", "تم توقيع الاتفاقية من قبل ..."
        return Reading(*turned)
    return noun_reading(ctx) if noun else verb_reading(ctx)


@construction("default")
def default(ctx: Context) -> Reading | None:
    """Subject where the language puts it, object after: "Egypt hosted the talks", "استضافت مصر المحادثات"."""
    return clause_reading(ctx)


@construction("direct")
def direct(ctx: Context) -> Reading | None:
    """As default, but the object must be an actor that opens the phrase: "received Mr Abbas".

    Not "received weapons from Germany" nor "received Russia's proposal".
    """
    found = clause_reading(ctx)
    chunk = found.obj[0] if found is not None else None
    if chunk is None or ctx.view.possessor(chunk) \
            or not all(w in ctx.view.lead_words for w in ctx.view.words(ctx.item.end, chunk.start)):
        return None
    return found


@construction("content")
def content(ctx: Context) -> None:
    """A word that only opens reported content ("قال إن"): no statement of its own."""
    return None
