"""A verb of naming with its judgement at the clause's end: "назвал решение Евросоюза продлить санкции «враждебным»".

A verb that qualifies what it names (frame ``qualified``: "назвал", "a
qualifié") states a blame or a praise only through the evaluative word after
its object (the trigger's ``object_words``); that word may stand past an
infinitive the object governs, where the ``default`` reading's phrase stops.
The object is then the whole phrase up to the clause's end. With no such word
in the clause the verb states nothing ("назвал дату саммита").
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.events.frames.arguments import content_span
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading

__all__ = ["qualified"]


@construction("qualified")
def qualified(ctx: Context) -> Reading | None:
    """As default, but the object runs to the clause's end where only there the evaluative word stands.

    >>> from datetime import date
    >>> from diplograph.pipeline import Extractor
    >>> from diplograph.types import Document
    >>> doc = Document("a", "Лавров назвал решение Евросоюза продлить санкции «враждебным».", date(2025, 6, 2), lang="ru")
    >>> [(st.subject.label, st.predicate) for st in Extractor().extract(doc).statements if st.predicate == "criticizes"]
    [('Sergey Lavrov', 'criticizes')]
    """
    found = clause_reading(ctx)
    if found is None or not found.subjects:
        return found
    s, words = ctx.view, ctx.trigger.object_words
    phrase = found.obj[1]
    if phrase is not None and any(w in s.text[phrase[0]:phrase[1]] for w in words):
        return found
    span = content_span(s, ctx.item.end, ctx.clause[1])
    if span is None or not any(w in s.text[span[0]:span[1]] for w in words):
        return found  # no judgement: the object words leave it out
    return replace(found, obj=(None, span, "Issue"))
