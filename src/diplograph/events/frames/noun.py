"""Event nouns (masdars): "رفض موسكو ...", "Russia's invasion of Ukraine", "على رفضه".

A noun has no subject slot of its own: its subject is the actor it governs
(a genitive or nationality adjective after it), else the actor right before
it (a possessor, or the subject of the verb it is the object of: "أعلنت
واشنطن فرض عقوبات"), else the subject of a light verb before it ("held a
round of talks"), else, when a pronoun or purpose clitic is attached to it,
the first actor of its clause.
"""
from __future__ import annotations

from diplograph.events.frames.case_agent import case_agent
from diplograph.events.frames.arguments import (
    NO_OBJECT, adjacent_before, clause_subject, definite, genitive, object_after, span_type,
)
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.predicates import ACTOR_OBJECTS, PLACE_OBJECTS, SOJOURNS
from diplograph.events.frames.light import light_agent, light_relative, light_resumed, light_subject
from diplograph.actors.mentions import Chunk
from diplograph.events.frames.relative import light_reading
from diplograph.events.frames.view import SentenceView
from diplograph.lang.normalise import fold
from diplograph.lang.scanner import Item

__all__ = ["decision_owner", "linked_agent", "noun_reading", "opening_place", "past_adjectives", "possessor_before"]

#: How many words ("$3 billion", "new") may stand between a possessor and its noun.
_POSSESSOR_GAP = 3


def noun_reading(ctx: Context, *, linked: bool = False, resumed: bool = True, governs: bool = True) -> Reading:
    """The subjects and object of an event noun.

    Args:
        ctx: the trigger.
        linked: the governed actor may follow a ``genitive_words`` word ("l'absence remarquée des États-Unis").
        resumed: with a pronoun or purpose clitic attached, the clause's actor is the subject.
        governs: the actor right after the noun may be its subject (not after "visit to").
    """
    s, item, trigger, clause = ctx.view, ctx.item, ctx.trigger, ctx.clause
    lead = fold(trigger.prefix)
    if (relative := light_relative(s, item)) is not None:
        # "the attack that Russia launched on Lviv": the noun heads a relative clause of its light verb; no
        # object in a preposition ("launched in Kharkiv" is a venue) is no statement.
        subjects, verb = relative
        return light_reading(s, subjects, verb.end, s.clause(verb.start)[1], trigger) or Reading([], NO_OBJECT)
    if (made := light_resumed(s, item)) is not None:
        # «الزيارة التي قام بها أردوغان إلى القاهرة»: the light verb's subject made the visit; its object follows
        subjects, end = made
        return Reading(subjects, _noun_object(s, end, s.clause(end)[1], trigger))
    governed = genitive(s, item, linked=linked) if governs and not trigger.suffix else []
    verb_subject = adjacent_before(s, item) if not lead and not trigger.suffix else []
    if governed and (agent := case_agent(s, governed)) is not None:
        # "признание Палестины Францией": the genitive is the patient, the instrumental the agent
        return Reading([agent], (governed[0], (governed[0].start, governed[0].end), governed[0].actor.type))
    if governed:
        # "رفض موسكو ...", "الهجوم الإسرائيلي على ...": the actor the masdar governs.
        start = past_adjectives(s, max(c.end for c in governed))
        if (place := opening_place(s, start, trigger)) is not None:
            # «визит Моди в Москву Путин заявил»: the place the phrase opens with, not an actor further on
            return Reading(governed, (place, (place.start, place.end), place.actor.type))
        if _agent_phrase_at(s, start):
            # «رُفض المقترح الأمريكي من قبل إيران»: who rejects follows; what is proposed is the noun phrase itself
            return Reading(governed, (None, (item.start, start), span_type(s, (item.start, start))))
        return Reading(governed, _noun_object(s, start, clause[1], trigger))
    if not trigger.suffix and trigger.predicate in SOJOURNS and definite(s, item) and (agents := linked_agent(s, item)):
        # «للزيارة المرتقبة للرئيس الفرنسي إلى الجزائر»: the actor a genitive clitic links to the noun made it
        return Reading(agents, _noun_object(s, agents[-1].end, clause[1], trigger))
    if verb_subject:
        # "أعلنت واشنطن فرض عقوبات": the masdar is the object of the actor's verb.
        return Reading(verb_subject, _noun_object(s, item.end, clause[1], trigger))
    if not lead and not trigger.suffix and (owner := possessor_before(s, item)):
        # "Japan's $3 billion loan to Ukraine": a possessor a few modifiers before.
        return Reading(owner, _noun_object(s, item.end, clause[1], trigger))
    if agents := light_agent(s, item):
        # "l'offensive lancée par la Russie contre Kharkiv": the agent of the light participle after it.
        return Reading(agents, _noun_object(s, agents[-1].end, clause[1], trigger))
    if light := light_subject(s, item):
        # "قام وانغ يي بزيارة إلى ...": a light verb's subject. An act on an actor
        # needs one: "a lancé une offensive diplomatique" attacks no one.
        obj = _noun_object(s, past_adjectives(s, item.end), clause[1], trigger)
        # A place-taking act whose object words fix its sense may act on a phrase: "a annoncé le rappel de son
        # ambassadeur à Madrid" (the ambassador is no actor; the row's object_words say the ties are cut).
        return Reading(light, obj) if obj[0] is not None or trigger.predicate not in ACTOR_OBJECTS \
            or (obj[1] is not None and trigger.object_words and trigger.predicate in PLACE_OBJECTS) \
            else Reading([], NO_OBJECT)
    if lead and (owner := decision_owner(s, item, clause)) is not None:
        # "أكدت الوزارة قرارها بطرد ...", "قرار الحكومة بتعليق ...": who owns the decision acts.
        return Reading(owner, _noun_object(s, item.end, clause[1], trigger))
    if resumed and (trigger.suffix or any(c in lead for c in fold(s.language.get("purpose_clitics", "")))):
        # "على رفضه", "لاستضافة": the clause's actor, before a relative word if the noun is in its clause.
        start = s.clause(max(0, item.start - 1))[0] if ctx.relative else clause[0]
        return Reading(clause_subject(s, item.start, start, free=True),
                       _noun_object(s, past_adjectives(s, item.end), clause[1], trigger))
    return Reading([], NO_OBJECT)


def _agent_phrase_at(s: SentenceView, start: int) -> bool:
    """Does an ``agent_phrases`` phrase («من قبل», "by") open the words after ``start``?"""
    phrases = s.language.folded("agent_phrases")
    words = s.scan.spans_between(start)[:3]
    return bool(phrases) and any(" ".join(s.text[a:b] for a, b in words[:n]) in phrases for n in (1, 2, 3))


def _noun_object(s: SentenceView, start: int, end: int, trigger):
    """An event noun's object after ``start``, unless a verb (a trigger with no noun reading) stands before it.

    «В ходе визита Моди встретится с Путиным»: Putin is whom Modi will meet, not where the visit goes.
    """
    obj = object_after(s, start, end, trigger)
    chunk = obj[0]
    if chunk is None:
        return obj
    if any(start <= it.start < chunk.start and all(t.data.pos != "noun" for t in it.tags if t.kind == "trigger")
           for it in s.scan.of_kind("trigger")):
        return NO_OBJECT
    return obj


#: How many words (adjectives, a modality cue: «المرتقبة») may stand between a definite noun and its linked actor.
_LINKED_GAP = 2


def linked_agent(s: SentenceView, item: Item) -> list[Chunk]:
    """The actors a ``genitive_clitics`` clitic links to the noun after its adjectives, or none.

    «الزيارة المرتقبة للرئيس الفرنسي»: the first word of the actor's mention
    opens with the clitic, at most a few words (no actor, trigger or function
    word) between.
    """
    clitics = tuple(s.language.folded("genitive_clitics"))
    chunk = next((i for i, c in enumerate(s.chunks) if c.start >= item.end), None)
    if not clitics or chunk is None or not s.chunks[chunk].agent:
        return []
    first = s.chunks[chunk]
    if len(s.words(item.end, first.start)) > _LINKED_GAP or not s.text[first.start:first.end].startswith(clitics) \
            or any(item.end <= it.start < first.start and it.kinds & {"trigger", "actor", "stop"} for it in s.scan.items):
        return []
    return [c for c in s.group_from(chunk, forward=True) if c.agent]


def opening_place(s: SentenceView, start: int, trigger) -> Chunk | None:
    """The place or state that opens the phrase at ``start`` after a locative preposition, for a place-taking predicate.

    Only for predicates.yaml ``place_objects`` ("visit to", «визит в»), and only
    a ``locative_prefixes`` word before it: "visit of Modi to Moscow", not an
    actor the phrase runs on to.
    """
    if trigger.predicate not in PLACE_OBJECTS:
        return None
    chunk = next((c for c in s.chunks if c.start >= start), None)
    words = s.words(start, chunk.start) if chunk is not None else []
    if chunk is None or chunk.start >= s.clause(start)[1] or len(words) != 1 \
            or words[0] not in s.language.folded("locative_prefixes") or chunk.actor.type not in _PLACES:
        return None
    return chunk


#: The actor types a place-taking act goes to.
_PLACES = ("Place", "Country")


def past_adjectives(s: SentenceView, start: int) -> int:
    """Where a masdar's object may start: after the ``masdar_adjectives`` right after ``start``.

    In «رفض مصر القاطع لأي محاولات» the adjective qualifies the rejection; the
    object is «لأي محاولات».
    """
    adjectives = s.language.folded("masdar_adjectives")
    sizes = s.language.memo("masdar_adjective_sizes", lambda: sorted({w.count(" ") + 1 for w in adjectives}, reverse=True))
    words, i = s.scan.spans_between(start), 0
    while i < len(words):
        # the longest entry first: a phrase of several words ("sans délai") or one word
        n = next((n for n in sizes if i + n <= len(words)
                  and s.text[words[i][0]:words[i + n - 1][1]] in adjectives), None)
        if n is None:
            break
        start, i = words[i + n - 1][1], i + n
    return start


def decision_owner(s: SentenceView, item: Item, clause: tuple[int, int]) -> list[Chunk] | None:
    """Who owns the decision (``decision_nouns``) right before a masdar with a clitic, or None if no such noun stands there.

    "قرار الحكومة الجزائرية بطرد": the actor the decision noun governs;
    "أكدت الوزارة قرارها بطرد": after a possessive suffix, the clause's actor.
    """
    nouns = s.language.folded("decision_nouns")
    if not nouns:
        return None
    chunk = next((c for c in reversed(s.chunks) if clause[0] <= c.start and c.end <= item.start), None)
    if chunk is not None and chunk.agent and not s.words(chunk.end, item.start):
        group = [c for c in s.group_from(s.chunks.index(chunk), forward=False) if c.agent]
        before = s.words(clause[0], group[0].start)
        if before and before[-1] in nouns:
            return group
    before = s.words(clause[0], item.start)
    if not before or before[-1] not in nouns:
        return None
    owned = before[-1].endswith(tuple(s.language.folded("possessive_suffixes")) or ("",))
    return clause_subject(s, item.start - len(before[-1]) - 1, clause[0], free=True) if owned else None


def possessor_before(s: SentenceView, item: Item) -> list[Chunk]:
    """A possessor ("Japan's") a few modifiers before the noun in its clause, with no actor, trigger or event between."""
    clause = s.clause(item.start)
    before = [c for c in s.chunks if clause[0] <= c.start and c.end <= item.start]
    if not before or not before[-1].agent or not s.possessor(before[-1]):
        return []
    owner = before[-1]
    if len(s.words(owner.end, item.start)) > _POSSESSOR_GAP or any(
            owner.end <= it.start < item.start and (it.has("trigger") or it.has("event")) for it in s.scan.items):
        return []
    return [owner]
