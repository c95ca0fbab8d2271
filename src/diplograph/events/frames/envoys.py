"""The envoys summoned, named by their states before or after the envoy's noun: "summoned the ambassadors of Germany, France and Italy".

A row of frame ``envoys`` (English "summon/", whose ``object_words`` are the
envoy's nouns) reads as ``default``; where that reading's object is a phrase
(no actor opens it), the states in the envoy's noun phrase are the objects,
each its own statement: the nationality adjectives before the noun ("the
German, French and Italian ambassadors", "the Russian ambassador") or the
coordinated states after the noun and a language.yaml ``envoy_links`` word
("the ambassadors of Germany, France and Italy"). A state named elsewhere in
the phrase ("over the strikes on Kyiv") is not the envoy's. With no state the
phrase stays the object ("summoned the ambassador").
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading
from diplograph.events.frames.view import SentenceView

__all__ = ["envoys"]


@construction("envoys")
def envoys(ctx: Context) -> Reading | None:
    """As default; the states of the envoys in the object phrase are the objects, each one.

    >>> from diplograph.examples import statements
    >>> [(st.subject.label, st.predicate, st.object.label)
    ...  for st in statements("Poland summoned the ambassadors of Germany, France and Italy.", lang="en")]
    [('Poland', 'criticizes', 'Germany'), ('Poland', 'criticizes', 'France'), ('Poland', 'criticizes', 'Italy')]
    """
    found = clause_reading(ctx)
    if found is None or not found.subjects or found.obj[0] is not None or found.obj[1] is None:
        return found
    states = envoy_states(ctx.view, found.obj[1][0], ctx.clause[1], ctx.trigger.object_words)
    states = [c for c in states if all(c.actor.id != s.actor.id for s in found.subjects)]
    if not states:
        return found
    # the envoy's noun, the object words' test, is found: the state alone is the object.
    # The states coordinated after it are objects as any object's group is; adjectives
    # make no group of actors, so each is a statement of its own.
    trigger = replace(found.trigger or ctx.trigger, object_words=())
    more = tuple(_object(c) for c in states[1:]) if states[0].via == "nationality" else ()
    return replace(found, obj=_object(states[0]), trigger=trigger, more=more + found.more)


def _object(chunk: Chunk):
    return chunk, (chunk.start, chunk.end), chunk.actor.type


def envoy_states(s: SentenceView, start: int, end: int, nouns) -> list[Chunk]:
    """The states whose envoys the phrase from ``start`` names: adjectives right before an envoy noun, or the group after its link word."""
    first = next((i for i, c in enumerate(s.chunks) if c.start >= start), None)
    if first is not None and s.chunks[first].via == "nationality" \
            and all(w in s.language.folded("determiners") for w in s.words(start, s.chunks[first].start)):
        # coordinated adjectives up to the noun ("the German, French and Italian ambassadors"), past the clause's commas
        group = s.group_from(first, forward=True)
        if all(c.via == "nationality" for c in group):
            noun = s.scan.next_word(group[-1].end)
            return group if noun is not None and s.text[slice(*noun)] in nouns else []
    words = s.scan.spans_between(start, end)
    at = next((i for i, w in enumerate(words) if s.text[slice(*w)] in nouns), None)
    if at is None or at + 1 >= len(words) or s.text[slice(*words[at + 1])] not in s.language.folded("envoy_links"):
        return []
    after = next((i for i, c in enumerate(s.chunks) if c.start >= words[at + 1][1]), None)
    if after is None or s.text[words[at + 1][1]:s.chunks[after].start].strip() not in ("", *s.language.folded("determiners")):
        return []
    return [c for c in s.group_from(after, forward=True) if c.actor.type == "Country"]
