"""A verb of naming with its judgement at the clause's end: "назвал решение Евросоюза продлить санкции «враждебным»".

A verb that qualifies what it names (frame ``qualified``: "назвал", "a
qualifié") states a blame or a praise only through the evaluative word after
its object (the trigger's ``object_words``); that word may stand past an
infinitive the object governs, where the ``default`` reading's phrase stops.
Where the act the infinitive names has its own target ("продлить санкции
против России") the object is still what is named ("решение Евросоюза") and
the act stays a statement of its own agent; with no target the object runs
to the clause's end, the act inside it no fact (a sanction on "враждебным"
is none). With no such word in the clause the verb states nothing
("назвал дату саммита").
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
    """As default, with the evaluative word anywhere after the verb in its clause, past the object too.

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
    rest = s.text[ctx.item.end:ctx.clause[1]]
    judged = min((rest.find(w) for w in words if w in rest), default=-1)
    if judged < 0:
        return found  # no judgement: the object words leave it out
    judged += ctx.item.end
    named = phrase[1] if phrase is not None else ctx.item.end
    if any(named <= c.start < judged for c in s.chunks):
        # The act after what is named has its own target ("продлить санкции против России"): it stays
        # a fact of its own, and the object stays what is named.
        return replace(found, trigger=replace(ctx.trigger, object_words=()))
    # No target: the judgement is all there is to say ("продлить санкции «враждебным»" sanctions no one).
    span = content_span(s, ctx.item.end, ctx.clause[1])
    return replace(found, obj=(None, span, "Issue")) if span is not None else None
