"""Inclusive lists: a generic plural subject, then the actors it includes after a comma.

«ورحبت دول عربية عدة بالاتفاق، من بينها مصر والأردن», «ويحضر ثلاثة من قادة
المجموعة القمة، بما في ذلك الرئيس البرازيلي ...»: the verb's subject names no
actor ("several Arab states"); the actors an ``inclusion_words`` phrase lists
after the clause are among them, and each is the verb's subject.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import Object, object_after, span_type
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

__all__ = ["included_object", "included_subjects"]

#: How many words an ``inclusion_words`` phrase may have ("بما في ذلك").
_PHRASE_WORDS = 3


def included_subjects(s: SentenceView, item: Item, clause: tuple[int, int]) -> tuple[list[Chunk], int] | None:
    """The actors an inclusion phrase lists after the verb's clause, and where that clause ends; None if none.

    The verb's clause after it holds no actor but one a preposition or a
    ``together_words`` phrase governs ("إلى جانب رامافوزا"), and no unnamed
    official (a title: «التقى الوزير عددا من السفراء، بينهم ...» lists whom he
    met); a comma closes it, and right after the comma an ``inclusion_words``
    phrase opens the list.

    >>> from diplograph.examples import statements
    >>> text = "وأدانت دول كثيرة الهجوم، بما فيها فرنسا وألمانيا."
    >>> sorted((st.subject.label, st.predicate) for st in statements(text, lang="ar"))
    [('France', 'condemns'), ('Germany', 'condemns')]
    """
    phrases = s.language.folded("inclusion_words")
    end = clause[1]
    if not phrases or end >= len(s.text) or s.text[end] not in s.commas:
        return None
    words = s.scan.spans_between(end)[:_PHRASE_WORDS + 1]
    size = next((n for n in range(_PHRASE_WORDS, 0, -1)
                 if len(words) > n and " ".join(s.text[a:b] for a, b in words[:n]) in phrases), None)
    if size is None:
        return None
    first = next((i for i, c in enumerate(s.chunks) if c.start >= words[size - 1][1]), None)
    if first is None or s.words(words[size - 1][1], s.chunks[first].start) or not s.chunks[first].agent:
        return None
    governed = s.language.folded("object_lead_words") | {w for p in s.language.folded("together_words") for w in p.split()}
    for c in s.chunks:
        if item.end <= c.start < end and not (s.words(item.end, c.start)[-1:] and s.words(item.end, c.start)[-1] in governed):
            return None  # the clause names an actor of its own: it is the subject or the object
    if any(item.end <= it.start < end and (it.has("title") or it.has("description")) and not it.has("plural_title")
           for it in s.scan.items):
        # «التقى الوزير عددا من السفراء، بينهم سفير فرنسا»: an unnamed official is the subject; the list is the object's
        return None
    return [c for c in s.group_from(first, forward=True) if c.agent], end


def included_object(s: SentenceView, item: Item, end: int, trigger) -> Object:
    """The object of a verb whose subjects an inclusion phrase lists: the first event noun of its clause, else the phrase after it.

    The generic subject stands in the clause too ("دول كثيرة الهجوم"): the event
    noun ("الهجوم", "القمة") is what is acted on; without one, the phrase after the verb.
    """
    event = next((it for it in s.scan.items if item.end <= it.start and it.end <= end and not s.is_verb(it)
                  and (it.has("event") or it.has("trigger"))), None)
    if event is None:
        return object_after(s, item.end, end, trigger)
    return None, (event.start, event.end), span_type(s, (event.start, event.end))
