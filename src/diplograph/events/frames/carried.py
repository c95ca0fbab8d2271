"""An event noun a light verb carries: the partner is the actor after a ``with_words`` word.

"Russia and China will hold joint naval exercises", "Egypt held talks with
Qatar": the trigger is the light verb, its ``object_words`` the event noun.
An actor the phrase names after another word is no partner: "held talks near
Ukraine's border", "conducted drills on Iran's coast". Without a partner,
coordinated subjects hold the event with each other; one subject alone
holds it with no one.
"""
from __future__ import annotations

from collections.abc import Iterable

from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.view import SentenceView
from diplograph.events.frames.verb import clause_reading

__all__ = ["carried"]


@construction("carried")
def carried(ctx: Context) -> Reading | None:
    """As default, but an actor object only right after a ``with_words`` word.

    >>> from diplograph.examples import statements
    >>> statements("Russia held naval exercises near Ukraine's border.", lang="en")
    []
    """
    found = clause_reading(ctx)
    if found is None or found.obj[0] is None:
        return found
    s, (chunk, span, _) = ctx.view, found.obj
    withs = s.language.folded("with_words")
    noun = _noun_end(s, ctx.item.end, ctx.clause[1], ctx.trigger.object_words)
    partners = [c for c in s.chunks if c.start >= noun and c.end <= ctx.clause[1] and c.agent
                and _after_with(s, noun, c.start, withs)]
    if partners:
        # "held talks on Syria with Qatar": the partner, wherever the subject matter stands
        partner = chunk if chunk in partners else partners[0]
        return Reading(found.subjects, (partner, (partner.start, partner.end), partner.actor.type), found.mutual,
                       found.future, found.trigger, light=found.light)
    phrase = span if span is not None and span[0] >= ctx.item.end else (ctx.item.end, chunk.end)
    return Reading(found.subjects, (None, phrase, "Issue"), found.mutual, found.future, found.trigger,
                   light=found.light)


def _noun_end(s: SentenceView, start: int, end: int, nouns: Iterable[str]) -> int:
    """Where the first of the event ``nouns`` that opens a word of ``[start, end)`` ends, else ``start``.

    A noun may open the rest of a word after an elided article ("l'exercice"),
    not its middle: the "talks" of "stalks" is none. At one word, the longest
    noun wins ("war games" over "war").

    >>> from diplograph.lang.profile import load_language
    >>> from diplograph.lang.scanner import Scanner
    >>> def noun(text, lang, nouns):
    ...     s = SentenceView(Scanner().scan(text), [], load_language(lang))
    ...     return s.text[:_noun_end(s, s.text.index(" "), len(s.text), nouns)]
    >>> noun("mené l'exercice avec Minsk", "fr", ["exercices", "exercice"])
    "mene l'exercice"
    >>> noun("held war games with Minsk", "en", ["war", "war games"]), noun("held stalks with Minsk", "en", ["talks"])
    ('held war games', 'held')
    """
    elisions = tuple(s.language.folded("elision_prefixes"))
    for a, b in s.scan.spans_between(start, end):
        word = s.text[a:b]
        bare = next((a + len(e) for e in elisions if word.startswith(e)), a)
        for at in sorted({a, bare}):
            found = [len(w) for w in nouns if s.text.startswith(w, at, end)]
            if found:
                return at + max(found)
    return start


def _after_with(s, noun: int, start: int, withs: frozenset) -> bool:
    """Is the actor at ``start`` the event noun's partner: a with-word before it (a possessive between),
    and between the noun and that word only function words, time words and mentions ("talks in Amman on Monday with")?

    Not "drills near its border with Ukraine": the border is Ukraine's partner, not the drills'.
    """
    spans = s.scan.spans_between(noun, start)
    words = [s.text[a:b] for a, b in spans]
    if words[-1:] and words[-1] in s.language.folded("possessive_words"):
        spans, words = spans[:-1], words[:-1]
    if not words or words[-1] not in withs:
        return False
    return all(w in s.lead_words or w in s.gap_words or s.is_date(a) or any(c.start <= a < c.end for c in s.chunks)
               for (a, _), w in zip(spans[:-1], words[:-1]))
