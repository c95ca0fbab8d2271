"""An act done under an actor's auspices: "through the mediation of Qatar", "under Egyptian and Qatari mediation".

An adjunct of its clause (the noun after a language.yaml ``adjunct_prepositions``
word, articles between) names who does the act: the actor group after the
noun ("through the mediation of Qatar"), a possessor before it ("under Qatar's
mediation"), or, where adjectives stand before their noun, the nationality
adjectives before it ("after Egyptian and Qatari mediation"). It acts on the
event noun before it ("the talks were held under the auspices of the AU"),
else on the clause before the adjunct as an ``Issue`` ("the deal was reached"),
as an Arabic adjunct («بوساطة قطرية», :mod:`~diplograph.events.frames.adjunct`)
does. Elsewhere the noun states nothing: "rejected Turkish mediation", "asked
for US mediation", "Qatari mediation efforts stalled" are no act of mediating.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import NO_OBJECT, Object
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.participant import participant_object
from diplograph.events.frames.registry import construction
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

__all__ = ["auspices"]

#: How many words (articles: "through the") may stand between the preposition and the noun or its actors.
_LEAD = 2


@construction("auspices")
def auspices(ctx: Context) -> Reading | None:
    """The actors an adjunct noun names act on the clause's event.

    >>> from diplograph.events.frames.registry import names
    >>> "auspices" in names()
    True
    """
    s, item = ctx.view, ctx.item
    before = _before(s, item)
    opening = _opened(s, before[0].start if before else item.start)
    if opening is None:
        return None
    subjects = before or _after(s, item)
    if not subjects:
        return None
    return Reading(subjects, _object(s, item, opening, after=max(item.end, subjects[-1].end)))


def _opened(s: SentenceView, start: int) -> int | None:
    """Where an ``adjunct_prepositions`` word stands before ``start``, articles between, or None."""
    spans = s.scan.spans_between(0, start)[-(_LEAD + 1):]
    words = [s.text[a:b] for a, b in spans]
    prepositions = s.language.folded("adjunct_prepositions")
    for k, word in enumerate(words):
        if word in prepositions and all(w in s.lead_words for w in words[k + 1:]):
            return spans[k][0]
    return None


def _before(s: SentenceView, item: Item) -> list[Chunk]:
    """The possessor, or the nationality adjectives (adjective_side before), right before the noun."""
    at = [i for i, c in enumerate(s.chunks) if c.end <= item.start]
    if not at or s.words(s.chunks[at[-1]].end, item.start):
        return []
    last = s.chunks[at[-1]]
    if s.possessor(last) and last.agent:
        return [last]
    if last.via == "nationality" and s.language.get("adjective_side") == "before":
        return [c for c in s.group_from(at[-1], forward=False) if c.via == "nationality"]
    return []


def _after(s: SentenceView, item: Item) -> list[Chunk]:
    """The actor group right after the noun, articles between ("mediation of the United Arab Emirates")."""
    i = next((i for i, c in enumerate(s.chunks) if c.start >= item.end), None)
    if i is None or not s.chunks[i].agent or not all(w in s.lead_words for w in s.words(item.end, s.chunks[i].start)):
        return []
    return [c for c in s.group_from(i, forward=True) if c.agent]


def _object(s: SentenceView, item: Item, opening: int, *, after: int) -> Object:
    """The event noun before the adjunct, else its clause before it, else (opening the sentence) the clause after its actors."""
    found = participant_object(s, item, bodies=False)
    if found[1] is not None:
        return found
    start = s.clause(opening)[0]
    skip = s.gap_words | s.language.folded("passive_auxiliaries")
    words = [(a, b) for a, b in s.scan.words if start <= a and b <= opening and s.text[a:b] not in skip]
    if not words:
        words = [(a, b) for a, b in s.scan.words if after <= a and b <= s.clause(after)[1]]
    words = [w for w in words if s.text[slice(*w)] not in s.lead_words or w != words[0]]
    if not words:
        return NO_OBJECT
    return None, (words[0][0], words[-1][1]), "Issue"
