"""A verb that urges only with an addressee and what it is urged to: "a appelé la Russie à cesser ses frappes".

The verb alone says something else ("a appelé Zelensky": a phone call; "a
encouragé les efforts": support), so the reading holds only where an
addressee, an actor, an ``object_pronouns`` word ("pressing them to") or a
short phrase ("les parties", "ses partisans"), is followed by a ``content_markers`` word (language.yaml; after a phrase that
is no actor, not one of the ``genitive_words``); the object is the content
after the marker, which is not a fact (predicates.yaml urging).
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.events.frames.arguments import content_span
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading

__all__ = ["addressed"]

#: How many words an addressee that is no actor may have ("les pays de la région").
_ADDRESSEE_WORDS = 6


@construction("addressed")
def addressed(ctx: Context) -> Reading | None:
    """As default, when an addressee and a content marker stand between the verb and its object."""
    s, item = ctx.view, ctx.item
    found = clause_reading(ctx)
    if found is None or not found.subjects or found.obj[1] is None or found.obj[0] is not None:
        return None  # no object, or an actor with nothing it is urged to do
    markers = s.language.folded("content_markers")
    span = found.obj[1]
    between = s.words(item.end, span[0])
    while between and between[-1] in s.gap_words and between[-1] not in s.lead_words and between[-1] not in markers:
        between.pop()  # a reflexive clitic the content dropped: "a appelé Israël à se retirer" (not an article)
    if between and between[-1] in markers and any(item.end <= c.start < span[0] for c in s.chunks):
        return _content(s, found, span[0], span[1])  # an actor addressee, read by addressed_content
    if between[-2:-1] and between[-2] in s.language.folded("object_pronouns") and between[-1] in markers:
        # "pressing them to accept the proposal": a pronoun addressee, the object dropped before it
        return _content(s, found, span[0], span[1])
    if between and between[-1] in markers and _phrase_addressee(s, between[:-1]) \
            and not any(item.end <= c.start < span[0] for c in s.chunks):
        # "a appelé les pays arabes à soutenir la Palestine": the content opens on a verb of its own
        return _content(s, found, span[0], span[1])
    if len(between) == 1 and between[0] in markers and _clitic_addressee(s, item.start):
        # "qui l'a invité à se rendre à Abidjan": the addressee is a clitic before the verb
        return _content(s, found, span[0], span[1])
    # After a noun that is no actor a genitive word is its complement, no content marker:
    # "a encouragé les efforts de médiation" urges nothing.
    genitives = s.language.folded("genitive_words")
    words = [(a, b) for a, b in s.scan.words if span[0] <= a and b <= span[1]][:_ADDRESSEE_WORDS + 1]
    for i, (a, b) in enumerate(words):
        if s.text[a:b] in markers and s.text[a:b] not in genitives:
            return _content(s, found, b, span[1]) if i else None
        if any(c.start <= a < c.end for c in s.chunks) or any(it.start <= a < it.end
                                                             for it in s.scan.of_kind("trigger")):
            return None
    return None


def _phrase_addressee(s, words: list[str]) -> bool:
    """Are ``words`` a short phrase that opens on a determiner, with no marker, genitive or lead word after it ("les pays arabes")?"""
    if not words or len(words) > _ADDRESSEE_WORDS or words[0] not in s.language.folded("determiners"):
        return False
    return not any(w in s.lead_words for w in words[1:])


#: How many words (a clitic, then an auxiliary: "les a") may stand before the verb for a clitic addressee.
_CLITIC_REACH = 2


def _clitic_addressee(s, verb: int) -> bool:
    """Does an ``object_clitics`` word stand just before the verb, only auxiliaries (gap words) between ("l'a invité", "les a exhortés")?"""
    clitics = s.language.folded("object_clitics")
    before = s.words(s.clause(verb)[0], verb)[-_CLITIC_REACH:]
    for k, word in enumerate(before):
        if word in clitics and all(w in s.gap_words for w in before[k + 1:]):
            return True
    return False


def _content(s, found: Reading, start: int, end: int) -> Reading | None:
    """The reading with the content from ``start`` as its object; None when a mention opens it ("à Moscou")."""
    span = content_span(s, start, end)
    if span is None or any(c.start <= span[0] < c.end for c in s.chunks):
        return None
    return replace(found, obj=(None, span, "Issue"))
