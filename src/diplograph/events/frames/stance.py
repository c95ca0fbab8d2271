"""Stance: readiness, hope, commitment, openness ("is ready to", "أبدى استعداده ل", "s'est dit prêt à").

The stance is asserted by its subject; what it is about is content, not a
fact: the object is the phrase after the trigger, typed ``Issue``, so the
triggers inside it state nothing of their own (see
:func:`~diplograph.events.frames.core.find_frames`). A negated stance whose
content opens with a verb trigger leaves the statement to that verb, which
the same negation governs: "Serbia is not ready to recognise Kosovo" does
not recognise Kosovo; else a denied stance is a refusal (predicates.yaml
``refusals``): "n'est pas disposé à rouvrir les négociations" does not
agree to reopen them.
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.events.frames.arguments import Object, content_span
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.predicates import REFUSALS
from diplograph.events.frames.registry import construction
from diplograph.events.frames.noun import noun_reading
from diplograph.events.frames.verb import active_reading
from diplograph.events.frames.view import SentenceView
from diplograph.events.polarity import negated


@construction("stance")
def stance(ctx: Context) -> Reading | None:
    """The subject by the language's word order; the content after the trigger as an ``Issue`` object."""
    # An adjective of stance after "is" is no passive: "Oslo was ready to".
    found = noun_reading(ctx) if ctx.trigger.pos == "noun" else active_reading(ctx)
    found = replace(found, subjects=_owner(ctx.view, ctx.item) or found.subjects)
    if not found.subjects:
        return None
    s, item = ctx.view, ctx.item
    start = max([item.end] + [c.end for c in found.subjects if c.start >= item.end])
    span = content_span(s, start, ctx.clause[1])
    if span is None and (opening := _infinitive_ahead(s, start)) is not None:
        # «подтвердило готовность ОАЭ и в дальнейшем прилагать усилия»: "и" is "also" there, no new clause
        span = content_span(s, opening, s.clause(opening)[1])
    if span is None:
        return None
    trigger = ctx.trigger
    if negated(s.scan, item, ctx.clause):
        if any(s.is_verb(v) and v.start >= item.end and not s.words(item.end, v.start)
               for v in s.scan.items if v is not item):
            return None
        # "n'est pas disposé à rouvrir les négociations": a refusal, not a denied support.
        trigger = replace(trigger, predicate=REFUSALS.get(trigger.predicate, trigger.predicate))
    return Reading(found.subjects, (None, span, "Issue"), future=found.future, trigger=trigger,
                   more=listed_infinitives(s, span))


def _owner(s: SentenceView, item) -> list:
    """The actors right after the trigger in an ``owner_cases`` case, whose stance it is, or [].

    "подтвердило готовность ОАЭ прилагать усилия", "Лавров подтвердил
    готовность России к диалогу": the readiness is the UAE's, Russia's.
    """
    owner = s.language.folded("owner_cases")
    k = next((k for k, c in enumerate(s.chunks) if c.start >= item.end), None)
    if not owner or k is None or s.words(item.end, s.chunks[k].start) or not s.chunks[k].agent:
        return []
    cases = s.cases(s.chunks[k])
    if cases and not cases & owner:
        # (a mention that does not decline, "ОАЭ", may be a genitive)
        return []
    return [c for c in s.group_from(k, forward=True) if c.agent]


#: How many words (a focus "и", an adverb of time) may stand between a stance and the infinitive of its content.
_AHEAD = 4


def _infinitive_ahead(s: SentenceView, start: int) -> int | None:
    """Where the infinitive opening the content stands a few words on, past a clause word, or None.

    «подтвердил готовность России и впредь поддерживать диалог»: the first
    bare infinitive among the next few words, with no actor, comma or item
    before it, opens the content.
    """
    for a, b in s.scan.spans_between(start)[:_AHEAD]:
        if any(ch in s.commas for ch in s.text[start:a]) or any(c.start < b and c.end > start for c in s.chunks if c.start >= start):
            return None
        text = "".join(s.words(a, b))
        if any(text.endswith(x) and len(text) > len(x) + 2 for x in s.language.folded("content_suffixes")) \
                and not any(it.start <= a < it.end and it.kinds & {"cue", "body"} for it in s.scan.items):
            return a  # (a verb trigger may open the content: "и в будущем поставлять газ")
        if any(it.start <= a < it.end and it.kinds & {"trigger", "split", "cue"} for it in s.scan.items):
            return None
    return None


def listed_infinitives(s: SentenceView, span: tuple[int, int]) -> tuple[Object, ...]:
    """The infinitives listed after an infinitive content, each a content of its own.

    "обязались прекратить огонь, открыть границы и восстановить отношения":
    where the content opens with an infinitive (a ``content_suffixes``
    ending) and no marker, each later infinitive that follows a comma or a
    coordinator, across nothing but coordinators and gap words ("а также"),
    opens another content, up to its clause's end. Nothing else is crossed:
    an actor ("Армения обязалась отвести войска, Азербайджан освободить
    пленных"), a noun or a trigger (a listed verb trigger continues the
    content by itself: :mod:`~diplograph.events.frames.continued`) ends the list.

    >>> from diplograph.examples import statements
    >>> text = "Армения обязалась прекратить огонь и открыть границы."
    >>> [(st.predicate, st.object.label) for st in statements(text, lang="ru")]
    [('agreesTo', 'прекратить огонь'), ('agreesTo', 'открыть границы')]
    """
    # (an adverb may come first: "обязуются навсегда прекратить")
    if not any(_bare_infinitive(s, w) for w in s.scan.spans_between(span[0], span[1])[:2]):
        return ()
    joins = s.coordinators | s.gap_words | {w for c in s.coordinators for w in c.split()[:-1]}
    out: list[Object] = []
    end = span[1]
    while True:
        words = s.scan.spans_between(end)
        at = next((k for k, (a, b) in enumerate(words) if not set(s.words(a, b)) <= joins), None)
        if at is None:
            return tuple(out)
        start = words[at][0]
        junction = s.text[end:start]
        if not (any(ch in s.commas for ch in junction) or any(w in s.coordinators for w in s.words(end, start))) \
                or not _bare_infinitive(s, words[at]):
            return tuple(out)
        more = content_span(s, start, s.clause(start)[1])
        if more is None or more[1] <= end:
            return tuple(out)
        out.append((None, more, "Issue"))
        end = more[1]


def _bare_infinitive(s: SentenceView, word: tuple[int, int] | None) -> bool:
    """Is the word an infinitive by its ending, in no mention, trigger, cue or body?"""
    if word is None:
        return False
    text = "".join(s.words(*word))
    return any(text.endswith(x) and len(text) > len(x) + 2 for x in s.language.folded("content_suffixes")) \
        and not any(c.start <= word[0] < c.end for c in s.chunks) \
        and not any(it.start <= word[0] < it.end and it.kinds & {"trigger", "split", "cue", "body"} for it in s.scan.items)
