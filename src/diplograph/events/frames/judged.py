"""An evaluative adjective after a copula: the speaker judges what stands before it.

"« Cette décision est inacceptable », a déclaré X", "Selon X, l'annexion est
illégale": the row's form is the adjective; a ``copulas`` word stands right
before it (negation words and adverbs between: "n'est pas acceptable" is
read by its polarity); its object is the phrase that opens the clause, up to
the copula; its subject is whoever says the sentence
(:func:`~diplograph.events.frames.reports.sentence_speaker`). An adjective
after a noun ("une décision inacceptable") or with no named speaker states
nothing.
"""
from __future__ import annotations

from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.arguments import span_type
from diplograph.events.frames.registry import construction
from diplograph.events.frames.reports import sentence_speaker

__all__ = ["judged"]


@construction("judged")
def judged(ctx: Context) -> Reading | None:
    """The speaker, and the phrase before the copula; else None.

    >>> from diplograph.examples import statements
    >>> def read(text):
    ...     return [(s.subject.label, s.predicate, s.object.label) for s in statements(text, lang="fr", published="2025-09-03")]
    >>> read("« Cette décision est inacceptable », a déclaré Hakan Fidan.")
    [('Hakan Fidan', 'criticizes', 'décision')]
    >>> read("Hakan Fidan a dénoncé une décision inacceptable du Qatar.")[:0]
    []
    """
    s, item, clause = ctx.view, ctx.item, ctx.clause
    copulas = s.language.folded("copulas")
    words = s.scan.spans_between(clause[0], item.start)
    at = max((k for k, (a, b) in enumerate(words) if s.text[a:b] in copulas), default=None)
    if at is None or any(s.text[a:b] not in s.gap_words for a, b in words[at + 1:]):
        return None  # "une décision inacceptable": no copula before it
    head = list(words[:at])
    skip = s.lead_words | s.gap_words | s.language.folded("determiners")
    while head and s.text[slice(*head[0])] in skip:
        head = head[1:]  # "Cette décision": the phrase, without its determiner
    if not head:
        return None  # "C'est inacceptable": nothing named
    speaker = sentence_speaker(s, item)
    if not speaker:
        return None
    span = (head[0][0], head[-1][1])
    chunk = next((c for c in s.chunks if c.start <= span[0] and span[1] <= c.end and c.agent), None)
    if chunk is not None:
        return Reading(speaker, (chunk, (chunk.start, chunk.end), chunk.actor.type))
    if any(span[0] <= c.start < span[1] for c in speaker):
        return None  # the speaker is what is judged: no judge named apart
    return Reading(speaker, (None, span, span_type(s, span)))
