"""An attitude noun whose owner stands in the genitive between it and its complement.

"l'engagement de la France en faveur de la paix", "l'opposition de la Hongrie
à l'adhésion de l'Ukraine", "la gratitude du Maroc envers le Qatar": the
actor group after the noun's genitive words (``genitive_words``, with a
determiner after them: "de la", "de son pays") holds the attitude; the
complement that follows it names what the attitude is towards. The row's
``object_words`` are the complement's openers ("en faveur de", "à",
"envers"): one of them must come right after the owner, which tells the
noun's sense ("l'engagement de la Russie en Syrie", a deployment, has none).
The owner is the only subject: the subject of the verb the noun is the object
of is not ("Le Maroc a salué l'engagement de la France en faveur de la paix":
France supports peace, Morocco does not).
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import object_after
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

__all__ = ["owner"]

#: How many words the genitive words and determiners before the owner may have ("de la", "de son").
_GENITIVE_WORDS = 2


@construction("owner")
def owner(ctx: Context) -> Reading | None:
    """The genitive owner of an attitude noun, and the phrase after one of the row's complement openers; else None.

    >>> from diplograph.examples import statements
    >>> def read(text):
    ...     return [(s.subject.label, s.predicate, s.object.label) for s in statements(text, lang="fr", published="2025-09-03") if s.predicate == "supports"]
    >>> read("Le Maroc a salué l'engagement de la France en faveur de la paix.")
    [('France', 'supports', 'paix')]
    >>> read("L'engagement de la Russie en Syrie a commencé en 2015.")
    []
    """
    s, item, trigger = ctx.view, ctx.item, ctx.trigger
    if trigger.pos != "noun" or not trigger.object_words:
        return None
    group = _owner(s, item)
    if not group:
        return None
    opener = _opener(s, group[-1].end, trigger.object_words)
    if opener is None or (s.text[s.scan.spans_between(group[-1].end)[0][0]:opener] in s.gap_words
                          and not _complement(s, opener)):
        return None
    obj = object_after(s, opener, ctx.clause[1], trigger)
    if obj[1] is None or (obj[0] is not None and any(c.actor.id == obj[0].actor.id for c in group)):
        return None
    return Reading(group, obj)


def _owner(s: SentenceView, item: Item) -> list[Chunk]:
    """The actor group after the noun's genitive word and at most one determiner ("de la France", "de son pays")."""
    genitives = s.language.folded("genitive_words")
    determiners = s.language.folded("determiners")
    for i, chunk in enumerate(s.chunks):
        if chunk.start < item.end:
            continue
        words = s.words(item.end, chunk.start)
        written = s.text[chunk.start:chunk.start + chunk.trim] if chunk.trim else ""
        if written:
            # an elided genitive written onto the name ("d'Israël")
            words = words + [written]
        if not words or len(words) > _GENITIVE_WORDS or words[0] not in genitives \
                or any(w not in determiners for w in words[1:]) or not chunk.agent:
            return []
        return [c for c in s.group_from(i, forward=True) if c.agent]
    return []


def _opener(s: SentenceView, start: int, openers: tuple[str, ...]) -> int | None:
    """Where the complement starts after an opener right at ``start`` ("en faveur de | la paix"), or None."""
    words = s.scan.spans_between(start)
    for size in (4, 3, 2, 1):
        if len(words) > size and " ".join(s.text[a:b] for a, b in words[:size]) in openers:
            return words[size - 1][1]
    return None


def _complement(s: SentenceView, start: int) -> bool:
    """Does a noun phrase open after an opener that may spell an auxiliary: a determiner, an elided article or an actor?

    Folded, "à" is "a": "L'opposition du Venezuela a appelé à" has no complement.
    """
    word = s.scan.next_word(start)
    if word is None:
        return False
    text = s.text[word[0]:word[1]]
    if text in s.language.folded("determiners") or text.startswith(tuple(s.language.folded("elision_prefixes"))):
        return True
    return any(c.start == word[0] for c in s.chunks)
