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
    NO_OBJECT, compound, coordinated, delegates, object_after, participle_clause, subject_before,
)
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.light import light_subject
from diplograph.events.frames.noun import noun_reading
from diplograph.events.frames.passive import agentless_passive, passive, reduced_patient
from diplograph.events.frames.registry import construction
from diplograph.events.frames.relative import antecedent, relative_reading

__all__ = ["active_reading", "clause_reading", "verb_reading"]


def active_reading(ctx: Context) -> Reading:
    """An active verb: its subject where the language puts it, or the last clause's; its object after it."""
    s, item, trigger, clause = ctx.view, ctx.item, ctx.trigger, ctx.clause
    order = ["before"] if trigger.plural else s.language.get("subject_order", ["before", "after"])
    joined = coordinated(s, item)
    # the statements of clauses: not compounds ("Iranian-backed"), nor event nouns inside a phrase
    # ("condemned the Israeli strikes on Damascus, urging ...": the League urges)
    clauses = [f for f in ctx.frames if not compound(s, f) and f.trigger.pos != "noun"]
    participle = bool(clauses) and participle_clause(s, item, clause)
    subjects = []
    for side in order:
        if side == "after":
            # "شارك ممثلون عن تركيا وإيران": a state acts through the delegates named before it.
            found = delegates(s, item.end, clause[1])
        else:
            # "welcomed Zelensky, expressing support": after a clause, the actor
            # before the comma is its object ("Macron, calling for calm," is no clause).
            found = subject_before(s, item.start, clause[0], comma=not (joined or participle))
        if found:
            subjects = found
            break
    fronted = not subjects and bool(s.language.get("object_cases"))
    if fronted:
        # "В саммите приняли участие президенты ...", "Удары осудил президент": by its case, after the verb
        subjects = subject_by_case(s, item.end, clause[1])
    if len(subjects) > 1 and subjects[0].start < item.start and _listed(s, subjects[0].start):
        # "Entouré du ministre X, Emmanuel Macron a présidé", "Flanked by A and B, C said": the
        # agent phrase lists all but the last; the actor next to the verb is its subject.
        subjects = subjects[-1:]
    if not subjects:
        # "Canada slapped a new set of sanctions on ...": a light verb's subject.
        subjects = light_subject(s, item)
    if not subjects and (joined or participle) and clauses:
        # "تحدث بايدن مع ... وتحدث مع ...", "Egypt welcomed the deal, calling
        # for ...": a coordinated verb or a participle clause keeps the
        # subject of the last clause (not of a compound: "Iranian-backed").
        subjects = list(clauses[-1].subjects)
    obj = NO_OBJECT
    if ctx.relative is not None and subjects and subjects[0].start > item.start:
        # "منتدى استضافته أبوظبي": the object is the phrase the relative word resumes.
        span = antecedent(s, ctx.relative)
        obj = (None, span, "Issue") if span else obj
    elif subjects and fronted and subjects[0].start > item.start:
        # the object stands before the verb: the phrase that opens the clause
        obj = reduced_patient(s, item, (clause[0], item.start), floor=clause[0])
    elif subjects:
        after = subjects[-1].end if subjects[0].start > item.start else item.end
        obj = object_after(s, after, clause[1], trigger)
    return Reading(subjects, obj)


def _listed(s, start: int) -> bool:
    """Does an agent phrase ("entouré de", "flanked by") stand right before ``start`` in its sentence?"""
    return any(t.end <= start and not [w for w in s.words(t.end, start) if w in s.coordinators]
               and any(g.kind == "trigger" and g.data.frame == "participant" for g in t.tags)
               for t in s.scan.items)


def subject_by_case(s, end: int, clause_end: int) -> list:
    """The actor group after a verb that by its case can only be the subject ("осудил президент", not "осудил Китай").

    The first mention after ``end`` in the clause; its cases are known, meet
    ``subject_cases`` and miss ``object_cases``.
    """
    subject, objects = set(s.language.get("subject_cases")), set(s.language.get("object_cases"))
    for i, chunk in enumerate(s.chunks):
        if chunk.start < end or not chunk.agent:
            continue
        cases = s.cases(chunk)
        if chunk.start < clause_end and not s.oblique(chunk) and cases & subject and not cases & objects:
            return [c for c in s.group_from(i, forward=True) if c.agent]
        return []
    return []


def verb_reading(ctx: Context, *, active: Callable[[Context], Reading] = active_reading) -> Reading | None:
    """A verb: passive, agentless passive (no statement), in a subject relative clause, or ``active``."""
    if (turned := passive(ctx.view, ctx.item, ctx.clause)) is not None:
        # "The summit was hosted by Egypt": the agent is the subject, the
        # grammatical subject the object.
        return Reading(*turned)
    passive_marks = set(ctx.view.language.get("passive_marks"))
    if agentless_passive(ctx.view, ctx.item, ctx.clause) \
            or any(t.kind == "trigger" and t.marks & passive_marks for t in ctx.item.tags):
        # "Syria was welcomed back": the grammatical subject is the
        # patient, and the agent goes unsaid.
        return None
    if (own := object_relative(ctx)) is not None:
        return own
    if ctx.subject_relative and not ctx.trigger.object_pronoun:
        return relative_reading(ctx)
    return active(ctx)


def object_relative(ctx: Context) -> Reading | None:
    """A relative clause with its own subject before the verb, where case tells the roles: "Форум, который Россия проведёт".

    The actor between the relative word and the verb, in a case that may be a
    subject, is the subject; the phrase the relative word resumes, the object.
    Only for a language that declares ``object_cases`` (the relative word's
    form may be its object's too: "который").
    """
    s, item = ctx.view, ctx.item
    if ctx.relative is None or not s.language.get("object_cases"):
        return None
    between = [i for i, c in enumerate(s.chunks) if ctx.relative.end <= c.start and c.end <= item.start]
    if not between or not s.chunks[between[0]].agent or s.no_subject(s.chunks[between[0]]):
        return None
    span = antecedent(s, ctx.relative)
    group = [c for c in s.group_from(between[0], forward=True) if c.agent and c.end <= item.start]
    if span and any(it.has("trigger") and span[0] <= it.start < span[1] for it in s.scan.items):
        # "Удар, который ВСУ нанесли по Белгороду": the phrase names the event; its object follows the verb
        return Reading(group, object_after(s, item.end, ctx.clause[1], ctx.trigger))
    return Reading(group, (None, span, "Issue")) if span else None


def clause_reading(ctx: Context) -> Reading | None:
    """A trigger read in its clause: as an event noun, or as a verb."""
    return noun_reading(ctx) if ctx.trigger.pos == "noun" else verb_reading(ctx)


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
