"""A vote whose object is left unsaid: the text named before it in the sentence.

"La résolution a été adoptée, mais la Russie a voté contre", "Le Conseil a
adopté le texte, la Chine ayant voté contre": nothing follows the verb in its
clause; what was voted on is the last noun before the voter that is one of
the row's ``object_words`` (a resolution, a text, a draft). With no such noun, or with a phrase after the verb
("a voté contre le plan", read by the row after), nothing.
"""
from __future__ import annotations

from diplograph.events.frames.arguments import span_type
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading

__all__ = ["voted"]


@construction("voted")
def voted(ctx: Context) -> Reading | None:
    """The voters, and the text named before them when nothing follows the verb; else None.

    >>> from diplograph.examples import statements
    >>> text = "La résolution a été adoptée, mais la Russie a voté contre."
    >>> [(s.subject.label, s.predicate, s.object.label) for s in statements(text, lang="fr", published="2025-09-03")]
    [('Russia', 'rejects', 'résolution')]
    """
    s, item, clause = ctx.view, ctx.item, ctx.clause
    if [w for w in s.words(item.end, clause[1]) if w not in s.gap_words] or not ctx.trigger.object_words:
        return None
    found = clause_reading(ctx)
    if found is None or not found.subjects or found.obj[1] is not None:
        return None
    first = min(c.start for c in found.subjects)
    words = s.scan.spans_between(0, first)
    at = max((k for k, (a, b) in enumerate(words) if s.text[a:b] in ctx.trigger.object_words), default=None)
    if at is None:
        return None
    span = words[at]
    return Reading(found.subjects, (None, span, span_type(s, span)))
