"""Receiving a guest: the direct object stands after the time and place of the visit.

"a reçu jeudi, au Grand Sérail, l'envoyée américaine", "a reçu à l'Élysée le
président syrien", "received at his palace on Sunday the Iranian minister".
As the ``direct`` frame, the guest is an actor the phrase opens with, not
"a reçu des armes de l'Allemagne"; but before it may stand time words, a
place after a preposition (``locative_prefixes``: a direct object never
follows a preposition, so "l'Élysée" in "à l'Élysée" is the venue, not the
guest) and a parenthesis set off by commas.
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.passive import agent_phrase
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import verb_reading
from diplograph.events.frames.view import SentenceView

#: How many words a parenthesis before the guest may have (", au Grand Sérail,").
_PARENTHESIS_WORDS = 8
#: How many words a place no mention names may have ("à Marseille", "au Grand Sérail").
_PLACE_WORDS = 3


@construction("received")
def received(ctx: Context) -> Reading | None:
    """Subject as a verb's; the object the first actor after the time and place that may open the phrase.

    >>> from diplograph.examples import statements
    >>> [(st.subject.label, st.predicate, st.object.label)
    ...  for st in statements("Nawaf Salam a reçu jeudi, au palais, Emmanuel Macron.", lang="fr")]
    [('Nawaf Salam', 'meetsWith', 'Emmanuel Macron')]
    """
    s, item = ctx.view, ctx.item
    if (turned := agent_phrase(s, item, ctx.clause, noun=False)) is not None:
        # "a été reçu à l'Élysée par X"
        return Reading(*turned)
    found = verb_reading(ctx)
    if found is None or not found.subjects:
        return None
    if found.obj[1] is not None and found.obj[1][0] < item.start:
        # "a été reçu à l'Élysée par X", "Zelensky, que Macron a reçu lundi,": a passive or an
        # object relative, whose object the verb's reading found before it
        return found
    guest = _guest(s, item.end)
    if guest is None or s.possessor(guest):
        return None
    return replace(found, obj=(guest, (guest.start, guest.end), guest.actor.type), more=())


def _guest(s: SentenceView, start: int) -> Chunk | None:
    """The first actor after ``start`` that only time words, venues and parentheses precede, or None."""
    at = start
    for chunk in s.chunks:
        if chunk.start < start:
            continue
        words = _bare_words(s, at, chunk.start)
        if words is None:
            return None
        if words and s.venue(chunk, acting=True):
            # "à l'Élysée", "in Riyadh": the venue; the guest may follow it.
            at = chunk.end
            continue
        return chunk if chunk.agent and _adjuncts(s, words) else None
    return None


def _adjuncts(s: SentenceView, words: list[str]) -> bool:
    """Are the words function words, with at most one place phrase a preposition opens ("à Marseille le")?"""
    prepositions = s.language.folded("locative_prefixes")
    at = next((k for k, w in enumerate(words) if w not in s.lead_words or w in prepositions), len(words))
    if at < len(words) and words[at] in prepositions:
        # the place: a few words of a name after the preposition, then function words again
        rest = words[at + 1:]
        name = next((k for k, w in enumerate(rest) if w in s.lead_words), len(rest))
        return 0 < name <= _PLACE_WORDS and all(w in s.lead_words for w in rest[name:])
    return at == len(words)


def _bare_words(s: SentenceView, start: int, end: int) -> list[str] | None:
    """The words between two positions once dates and comma-set parentheses are left out; None when a verb or cut stands there."""
    if any(start <= it.start < end and (s.is_verb(it) or it.has("clause") or it.has("relative")) for it in s.scan.items):
        return None
    text = s.text[start:end]
    commas = [k for k, ch in enumerate(text) if ch in s.commas]
    if len(commas) % 2:
        # one comma only: the phrase is cut there ("a reçu X, puis ...")
        return None
    spans = [(start, end)]
    if commas:
        inner = s.words(start + commas[0], start + commas[-1])
        if len(inner) > _PARENTHESIS_WORDS:
            return None
        spans = [(start, start + commas[0]), (start + commas[-1], end)]
    words = []
    for a, b in spans:
        for (u, v) in s.scan.words:
            if a <= u and v <= b and not s.is_date(u):
                words.append(s.text[u:v])
    return words
