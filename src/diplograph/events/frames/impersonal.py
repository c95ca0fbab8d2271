"""Indefinite-personal reports: the body where it is said is the source ("В Кремле осудили удар").

A verb in an indefinite-personal form (``impersonal_suffixes``: the plural
with no subject of its own) beside a venue word and a government body ("в
Кремле", "в МИД России", "в Белом доме") says what that body does: "В
Кремле заявили", "осудили в Кремле", "в Минобороны сообщили". The body is
the subject; the object follows the verb, past the venue. A capital so named
("поддержали в Минске") stands for its state, for what a government says
(predicates.yaml ``capital_voices``). A verb that found
a subject of its own, or a body named as the place of someone else's act
("Путин принял в Кремле ..."), gives nothing here.
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.actors.kb import load_kb
from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import object_after, readings, subject_after
from diplograph.events.frames.core import Frame, Reading, _frames
from diplograph.events.frames.guards import in_content, undone
from diplograph.events.frames.predicates import AGENT_EVENTS, CAPITAL_VOICES
from diplograph.events.frames.registry import construction
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

__all__ = ["impersonal", "impersonal_source", "relative_light"]

#: Actor types that speak for themselves when named as where something is said.
_SOURCES = frozenset({"GovernmentBody"})
#: How a capital standing for its state's government is marked as a source.
_SEAT = "seat"


@construction("impersonal", scope="sentence")
def impersonal(s: SentenceView, frames: list[Frame]) -> list[Frame]:
    """Frames of the indefinite-personal verbs of a sentence with no subject of their own, a body beside them as subject."""
    suffixes = tuple(s.language.folded("impersonal_suffixes"))
    if not suffixes:
        return []
    read = {f.item.start for f in frames}
    out: list[Frame] = []
    for item in s.scan.of_kind("trigger"):
        if item.start in read:
            continue
        if not s.text[item.start:item.end].split()[0].endswith(suffixes):
            continue  # the cheap test first: most triggers have no indefinite-personal ending
        clause = s.clause(item.start)
        verbs = [t for t in readings(s, item, clause) if t.pos == "verb" and not t.object_pronoun]
        if not verbs or in_content(s, item, clause):
            continue
        source = impersonal_source(s, item, clause)
        if source is None:
            continue
        seat = source.via == _SEAT
        for trigger in verbs:
            if undone(s, item, trigger, clause) or (seat and trigger.predicate not in CAPITAL_VOICES):
                continue
            after = max(item.end, source.end) if source.start >= item.end else item.end
            obj = object_after(s, after, clause[1], trigger)
            if obj[1] is None and (span := fronted_object(s, item, clause, source)) is not None:
                obj = (None, span, "Issue")
            if obj[1] is None and source.end <= item.start \
                    and (span := fronted_between(s, source.end, item.start)) is not None:
                obj = (None, span, "Issue")
            made = _frames(s, item, trigger, clause, Reading([source], obj), frames + out)
            if made:
                out += made
                break
    return out


def impersonal_source(s: SentenceView, item: Item, clause: tuple[int, int]) -> Chunk | None:
    """The body a venue word names right after the verb or at its clause's opening right before it, or None.

    "осудили в Кремле", "В Кремле заявили", "В МИД России, в свою очередь, отметили":
    between the body and the verb stand only gap words.
    """
    venues = s.language.folded("venue_words")
    for chunk in s.chunks:
        if not clause[0] <= chunk.start < clause[1]:
            continue
        if chunk.actor.type not in _SOURCES and chunk.via != "body":
            chunk = _capital_state(s, chunk)
            if chunk is None:
                continue
        before = s.words(clause[0], chunk.start)
        if not before or before[-1] not in venues:
            continue
        if chunk.start >= item.end and s.words(item.end, chunk.start) == before[-1:]:
            return replace(chunk, agent=True)  # "осудили в Кремле"
        if chunk.end <= item.start and len(before) == 1 \
                and (all(w in s.gap_words for w in s.words(chunk.end, item.start))
                     or fronted_between(s, chunk.end, item.start) is not None):
            return replace(chunk, agent=True)  # "В Кремле заявили", "В Киеве эти обвинения отвергли"
    return None


def _capital_state(s: SentenceView, chunk: Chunk) -> Chunk | None:
    """A capital named as a place ("в Минске"), as its state (the knowledge base's), or None.

    Read only for the predicates of predicates.yaml ``capital_voices``: the
    government speaks there, people do not ("в Москве протестовали").
    """
    if chunk.agent:
        return None
    tag = next((it.tag("capital") for it in s.scan.of_kind("capital") if it.start == chunk.start), None)
    state = load_kb().actors.get(tag.data) if tag is not None else None
    return replace(chunk, actor=state, via=_SEAT) if state is not None else None


def fronted_object(s: SentenceView, item: Item, clause: tuple[int, int], source: Chunk) -> tuple[int, int] | None:
    """The noun phrase that opens the sentence, set off by a clause on it, before a verb that opens its clause.

    "Удар, который ВСУ нанесли по Белгороду, осудили в Кремле": the phrase
    before the first cut is the object, when it names no actor.
    """
    if clause[0] == 0:
        return None
    lead = s.words(clause[0], item.start)
    own = s.words(clause[0], source.end) if source.end <= item.start else []
    if lead[:len(own)] != own or any(w not in s.gap_words for w in lead[len(own):]):
        return None
    first = min(c for c in s.cuts if c > 0)
    if first >= clause[0] or any(c.start < first for c in s.chunks) or not s.words(0, first):
        return None
    return 0, first


#: How many words the object between the named body and its indefinite-personal verb may have.
_FRONTED_WORDS = 4


def fronted_between(s: SentenceView, start: int, end: int) -> tuple[int, int] | None:
    """The short object phrase between the body and its verb ("В Киеве эти обвинения отвергли"), or None.

    Gap words aside, one to ``_FRONTED_WORDS`` words in one clause, opened by
    a ``demonstratives`` word, with no actor, trigger, cue or date among them:
    an object set before the verb ("В Москве многие эту идею поддержали"
    names its own subject).
    """
    # (a negation before the verb is the verb's: "В Кремле эти обвинения не отвергли")
    negations = [it for it in s.scan.of_kind("cue") if start <= it.start < end
                 and all(t.data[0] == "negation" for t in it.tags if t.kind == "cue")]
    words = [(a, b) for a, b in s.scan.spans_between(start, end) if s.words(a, b)[0] not in s.gap_words
             and not any(n.start <= a < n.end for n in negations)]
    if not words or len(words) > _FRONTED_WORDS or s.clause(words[0][0]) != s.clause(end) \
            or s.words(*words[0])[0] not in s.language.folded("demonstratives") \
            or any(start <= c.start < end for c in s.chunks) \
            or any(start <= it.start < end and it.kinds & {"trigger", "cue", "date", "split"} and it not in negations
                   for it in s.scan.items):
        return None
    return words[0][0], words[-1][1]


#: How many words may stand between an event noun and the relative word that resumes it ("Санкции, которые").
_RESUMED_GAP = 2


@construction("relative_light", scope="sentence")
def relative_light(s: SentenceView, frames: list[Frame]) -> list[Frame]:
    """An event noun resumed by a relative clause whose light verb has the subject: "Санкции, которые США ввели против X".

    The noun gives the act (its trigger), the light verb in the relative
    clause its subject: the actor between the relative word and the verb, or
    one right after the verb that by its case can only be a subject
    ("Посредничество, которое осуществляют Катар и ОАЭ"). The object follows.
    """
    if not s.scan.of_kind("relative") or not s.scan.of_kind("light"):
        return []  # (no relative word or no light verb in the sentence, as in most: nothing resumed)
    read = {f.item.start for f in frames}
    out: list[Frame] = []
    for item in s.scan.of_kind("trigger"):
        if item.start in read:
            continue
        nouns = [t.data for t in item.tags if t.kind == "trigger" and t.data.pos == "noun"]
        relative = next((r for r in s.scan.of_kind("relative") if r.start >= item.end), None)
        if not nouns or relative is None or len(s.words(item.end, relative.start)) > _RESUMED_GAP \
                or any(c.start >= item.end and c.end <= relative.start for c in s.chunks):
            continue
        clause = _marked_clause(s, relative.start)
        verb = next((v for v in s.scan.items if v.has("light") and relative.end <= v.start and v.end <= clause[1]), None)
        if verb is None:
            continue
        subjects = _resumed_subjects(s, relative, verb, clause)
        if not subjects:
            continue
        after = max([verb.end] + [c.end for c in subjects])
        for trigger in nouns:
            obj = object_after(s, after, clause[1], trigger)
            if obj[1] is None and trigger.predicate in AGENT_EVENTS:
                # "Посредничество, которое осуществляют Катар и ОАЭ, позволило": no party named, the act is the object
                obj = (None, (item.start, item.end), "Event")
            made = _frames(s, item, trigger, clause, Reading(subjects, obj), frames + out)
            if made:
                out += made
                break
    return out


def _marked_clause(s: SentenceView, start: int) -> tuple[int, int]:
    """The clause from ``start`` to the next clause mark: a coordinator cuts nothing there ("которые Россия и Китай провели")."""
    marks = s.language.get("clause_marks", ",;")
    end = min((c for c in s.cuts if c > start and (c == len(s.text) or s.text[c] in marks)), default=len(s.text))
    return s.clause(start)[0], end


def _resumed_subjects(s: SentenceView, relative: Item, verb: Item, clause: tuple[int, int]) -> list[Chunk]:
    """The light verb's subject: the actors between the relative word and it, else those right after it in a subject-only case."""
    between = [i for i, c in enumerate(s.chunks) if relative.end <= c.start and c.end <= verb.start]
    if between:
        first = s.chunks[between[0]]
        if not first.agent or s.no_subject(first) or any(w not in s.gap_words for w in s.words(relative.end, first.start)):
            return []
        return [c for c in s.group_from(between[0], forward=True) if c.agent and c.end <= verb.start]
    if s.words(relative.end, verb.start):
        return []
    # The light verb's noun is its object, so the relative word is: an actor right after the verb is the subject.
    found = subject_after(s, verb.end, clause[1])
    return found if found and not s.no_subject(found[0]) else []
