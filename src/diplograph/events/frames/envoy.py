"""A verb of an envoy, whose state is named after the envoy's noun: "a convoqué l'ambassadeur malien".

Where a language puts adjectives after their noun, a trigger row may swallow
the envoy's title ("convoqué l'ambassadeur", "استدعى السفير"); the
nationality adjective right after it agrees with that title, so it names
the state whose envoy is summoned: the object.

A row whose ``object_words`` are the envoy's nouns ("rappelé" + "ambassadeur")
reads one's own envoy in the phrase; a capital after the noun and a locative
word is where the envoy served ("a rappelé son ambassadeur à Niamey"), so its
state is the object, unless it is the subject's own capital, the one the envoy
is called back to ("la France a rappelé son ambassadeur à Paris").
Elsewhere the row reads as ``default`` ("convoqué l'ambassadeur de France").
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import NO_OBJECT
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading

__all__ = ["envoy"]


@construction("envoy")
def envoy(ctx: Context) -> Reading | None:
    """As default; a nationality adjective right after the trigger, or the capital the envoy served in, names the object's state.

    >>> from diplograph.examples import statements
    >>> [(st.subject.label, st.predicate, st.object.label)
    ...  for st in statements("Le Maroc a convoqué le chargé d'affaires malien.", lang="fr")]
    [('Morocco', 'criticizes', 'Mali')]
    >>> [(st.subject.label, st.predicate, st.object.label)
    ...  for st in statements("Le Niger a rappelé son ambassadeur à Paris pour consultations.", lang="fr")]
    [('Niger', 'cutsTiesWith', 'France')]
    >>> statements("Le Mali a convoqué l'ambassadeur pour consultations.", lang="fr")
    []
    """
    found = clause_reading(ctx)
    if found is None or found.obj[0] is not None or found.obj[1] is None \
            or ctx.view.language.get("adjective_side") == "before":
        return found
    state = agreeing_state(ctx) or served_capital(ctx, found)
    if state is None and purposed(ctx, found.obj[1][0]):
        # "a convoqué l'ambassadeur pour consultations": why the envoy is called, no one it is called about
        return replace(found, obj=NO_OBJECT)
    return replace(found, obj=(state, (state.start, state.end), state.actor.type)) if state is not None else found


def purposed(ctx: Context, start: int) -> bool:
    """Does a ``purpose_words`` word, right after the trigger, open the phrase that starts at ``start``?"""
    s = ctx.view
    lead = s.text[ctx.item.end:start].strip()
    return bool(lead) and lead in s.language.folded("purpose_words")


def agreeing_state(ctx: Context) -> Chunk | None:
    """The nationality chunk that stands right after the trigger, with no word between, or None."""
    s = ctx.view
    nxt = s.scan.next_word(ctx.item.end)
    if nxt is None or nxt[0] >= ctx.clause[1] or s.text[ctx.item.end:nxt[0]].strip():
        return None
    return next((c for c in s.chunks if c.start == nxt[0] and c.via == "nationality"), None)


def served_capital(ctx: Context, found: Reading) -> Chunk | None:
    """The state of the capital after "<envoy noun> <locative>" in the object phrase, as a chunk, or None.

    Not the subjects' own capital: the envoy is called back there.
    """
    s, words = ctx.view, ctx.trigger.object_words
    a, b = found.obj[1]
    phrase = s.scan.spans_between(a, b)
    locatives = s.language.folded("locative_prefixes")
    for k in range(1, len(phrase) - 1):
        if s.text[slice(*phrase[k])] in locatives and s.text[a:phrase[k][0]].rstrip().endswith(words):
            place = next((c for c in s.chunks if c.start == phrase[k + 1][0] and c.state is not None), None)
            if place is None and s.text[a:phrase[k + 1][1]].endswith(tuple(w for w in words if " " in w)):
                continue  # "son ambassadeur en poste à Ottawa": a longer envoy word of the row names the post, then its place
            if place is None or any(place.state.id in (c.actor.id, c.country and c.country.id) for c in found.subjects):
                return None
            return replace(place, actor=place.state, via="metonym")
    return None
