"""Adjunct event nouns: "بوساطة قطرية", "بعد وساطة عمانية", "through Turkish mediation".

An event noun set as an adjunct of its clause (a noun row with a preposition
clitic, or a form row that writes its preposition: "بعد وساطة") states an act of the actors it governs: its genitive or
nationality adjective, with those coordinated to it ("بوساطة مصرية وقطرية").
It acts on what the clause is about: the event noun or body before it
(:func:`~diplograph.events.frames.participant.participant_object`), else the
clause before the trigger as an ``Issue`` ("جرى تبادل الأسرى بوساطة تركيا").
Only the actors it governs are read, and only in an adjunct: "رفضت إسرائيل
الوساطة التركية" and "طلبت إثيوبيا وساطة أمريكية" (a mediation refused or
asked for) are read as the noun of presence they are elsewhere.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import NO_OBJECT, Object, span_type
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.participant import participant_object, presence
from diplograph.events.frames.registry import construction
from diplograph.events.frames.view import SentenceView
from diplograph.lang.normalise import fold
from diplograph.lang.scanner import Item

__all__ = ["adjunct", "clause_object", "governed_group"]


@construction("adjunct")
def adjunct(ctx: Context) -> Reading | None:
    """The actors the adjunct noun governs act on the clause's event.

    >>> from diplograph.events.frames.registry import names
    >>> "adjunct" in names()
    True
    """
    s, item, trigger = ctx.view, ctx.item, ctx.trigger
    # A noun row is an adjunct only with a bare preposition clitic ("بوساطة"): with
    # the article it is a verb's complement ("رحبت مصر بالوساطة"), and elsewhere
    # ("وساطتها بين", "وساطة X") it is read as a noun of presence.
    if trigger.pos == "noun" and not _bare_adjunct(s, item, trigger):
        return presence(ctx)
    subjects = governed_group(s, item)
    if not subjects:
        return presence(ctx) if trigger.pos == "noun" else None
    return Reading(subjects, clause_object(s, item, after=subjects[-1].end))


def _bare_adjunct(s: SentenceView, item: Item, trigger) -> bool:
    """Is the noun written with a preposition clitic, no article and no pronoun ("بوساطة", not "بالوساطة", "بوساطتها")?"""
    prefix = fold(trigger.prefix)
    if not prefix or prefix not in s.language.folded("preposition_clitics") or trigger.suffix:
        return False
    rest = fold(s.text[item.start:item.end])[len(prefix):]
    return not rest.startswith(tuple(s.language.folded("article_prefixes")))


def governed_group(s: SentenceView, item: Item) -> list[Chunk]:
    """The actors right after the noun: a genitive or nationality adjective and those coordinated with it."""
    for i, chunk in enumerate(s.chunks):
        if chunk.start < item.end:
            continue
        if s.words(item.end, chunk.start) or not (chunk.agent or chunk.via == "nationality"):
            return []
        group = [c for c in s.group_from(i, forward=True) if c.agent or c.via == "nationality"]
        # adjectives side by side are coordinated too: «بوساطة سعودية أمريكية» (Saudi-American mediation)
        for nxt in s.chunks[s.chunks.index(group[-1]) + 1:]:
            if group[-1].via != "nationality" or nxt.via != "nationality" or s.words(group[-1].end, nxt.start) \
                    or s.text[group[-1].end:nxt.start].strip():
                break
            group.append(nxt)
        return group
    return []


def clause_object(s: SentenceView, item: Item, *, after: int) -> Object:
    if (light := _light_noun(s, item, after=after)) is not None:
        return light
    found = participant_object(s, item)
    if found[1] is not None:
        return found
    clause = s.clause(item.start)
    skip = s.gap_words | s.language.folded("passive_light_verbs") | s.language.folded("passive_auxiliaries")
    words = [(a, b) for a, b in s.scan.words if clause[0] <= a and b <= item.start]
    if len(words) == 1 and clause[0] > 0 and s.text[clause[0]] in s.commas:
        # A lone word set off by a comma is a reduced relative whose noun stands
        # outside the clause ("обмена, состоявшегося при посредничестве ОАЭ,"): not the act.
        return NO_OBJECT
    if not words:
        # An adjunct that opens its clause is about the rest of it, after the actors it
        # governs ("при посредничестве Катара стороны договорились о перемирии").
        words = [(a, b) for a, b in s.scan.words if after <= a and b <= clause[1]]
    while words and s.text[words[0][0]:words[0][1]] in skip:
        words = words[1:]
    if not words:
        return NO_OBJECT
    return None, (words[0][0], words[-1][1]), "Issue"


def _light_noun(s: SentenceView, item: Item, *, after: int) -> Object | None:
    """Between a light verb and its noun, the adjunct is about the noun phrase after it, or None.

    "провели, при посредничестве ОАЭ, обмен пленными", "провели при
    посредничестве ОАЭ обмен": the verb right before (a comma between at most),
    the phrase after the actors the adjunct governs, to the end of its clause.
    """
    before = [(a, b) for a, b in s.scan.words if b <= item.start][-1:]
    if not before or s.text[before[0][1]:item.start].strip(" " + s.commas) \
            or not any(v.end == before[0][1] for v in s.scan.of_kind("light")):
        return None
    rest = [(a, b) for a, b in s.scan.words if a >= after]
    if not rest or s.text[after:rest[0][0]].strip(" " + s.commas):
        return None
    end = s.clause(rest[0][0])[1]
    words = [(a, b) for a, b in rest if b <= end]
    if not words:
        return None
    span = (words[0][0], words[-1][1])
    # an event the phrase names is a fact, not content ("обмен пленными")
    return None, span, span_type(s, span)
