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
("назвал дату саммита"). An actor with a purpose clause right after it is
called up, not named ("called Erdogan to discuss the dangerous escalation");
a reported clause ("اعتبر أن ...", "considered that ...") is an opinion, no naming;
a naming in an infinitive is wished, refused or urged, not made ("rejected calls to label Hezbollah a
terrorist group").
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.events.frames.arguments import content_span, purpose_start
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.registry import construction
from diplograph.events.frames.verb import clause_reading

__all__ = ["qualified"]


@construction("qualified")
def qualified(ctx: Context) -> Reading | None:
    """As default, with the evaluative word anywhere after the verb in its clause, past the object too.

    >>> from diplograph.examples import statements
    >>> found = statements("Лавров назвал решение Евросоюза продлить санкции «враждебным».", lang="ru")
    >>> [(st.subject.label, st.predicate) for st in found if st.predicate == "criticizes"]
    [('Sergey Lavrov', 'criticizes')]
    """
    found = clause_reading(ctx)
    if found is None or not found.subjects:
        return found
    s, words = ctx.view, ctx.trigger.object_words
    # Past a subject after the verb (verb-subject order) stands what is named.
    start = max([ctx.item.end] + [c.end for c in found.subjects if c.start >= ctx.item.end])
    if _called_up(s, ctx.item.end, ctx.clause[1]) or _that_clause(s, start, ctx.clause[1]) or _infinitive(s, ctx.item.start):
        return None
    phrase = found.obj[1]
    if phrase is not None and any(w in s.text[phrase[0]:phrase[1]] for w in words):
        named = _named(s, phrase, words)
        if named == phrase:
            return found
        # the judgement, cut off, was the object words' test: it is passed
        return replace(found, obj=(found.obj[0], named, found.obj[2]), trigger=replace(ctx.trigger, object_words=()))
    rest = s.text[start:ctx.clause[1]]
    judged = min((rest.find(w) for w in words if w in rest), default=-1)
    if judged < 0:
        return found  # no judgement: the object words leave it out
    judged += start
    named = phrase[1] if phrase is not None else start
    if phrase is not None and s.words(named, judged)[:1] and s.words(named, judged)[0] in s.language.folded("complement_words"):
        # "وصف القرار بأنه غير قانوني": the complement word closes what is named; the judgement follows it.
        return replace(found, trigger=replace(ctx.trigger, object_words=()))
    if any(named <= c.start < judged for c in s.chunks):
        # The act after what is named has its own target ("продлить санкции против России"): it stays
        # a fact of its own, and the object stays what is named.
        return replace(found, trigger=replace(ctx.trigger, object_words=()))
    # No target: the judgement is all there is to say ("продлить санкции «враждебным»" sanctions no one).
    span = content_span(s, start, ctx.clause[1])
    return replace(found, obj=(None, span, "Issue")) if span is not None else None


def _called_up(s, start: int, end: int) -> bool:
    """Whether the verb's object is an actor a purpose clause follows: "called Erdogan to discuss ..." is a call.

    >>> from diplograph.examples import statements
    >>> found = statements("Putin called Erdogan to discuss the dangerous escalation in Syria.", lang="en")
    >>> [st.predicate for st in found if st.predicate == "criticizes"]
    []
    """
    chunk = next((c for c in s.chunks if c.start >= start), None)
    if chunk is None or chunk.start >= end or any(w not in s.lead_words for w in s.words(start, chunk.start)):
        return False
    after = s.scan.spans_between(chunk.end, end)
    return bool(after) and purpose_start(s, after) == after[0][0]


def _that_clause(s, start: int, end: int) -> bool:
    """Whether a ``complementizers`` word opens what follows the verb: "considered that dialogue avoids aggression" names nothing."""
    first = s.words(start, end)[:1]
    return bool(first) and first[0] in s.language.folded("complementizers")


def _infinitive(s, start: int) -> bool:
    """Whether a ``purpose_words`` word stands right before the verb ("rejected calls to label X a terrorist group")."""
    before = s.spans_before(start)
    return bool(before) and s.text[before[0][0]:before[0][1]] in s.language.folded("purpose_words")


def _named(s, phrase: tuple[int, int], words) -> tuple[int, int]:
    """What is named: the phrase up to its last judgement word after a first word ("the measures \"illegal\"").

    The article and quote marks before the judgement go with it ("called the
    decision a mistake": "decision"); a judgement that opens the phrase keeps
    it whole ("the illegal seizure").

    >>> from diplograph.examples import statements
    >>> found = statements('Spain called the measures "illegal" and a provocation.', lang="en")
    >>> [st.object.label for st in found if st.predicate == "criticizes"]
    ['measures']
    """
    a, b = phrase
    spans = s.scan.spans_between(a, b)
    cut = next((i for i in range(len(spans) - 1, 0, -1)
                if any(s.text[spans[i][0]:spans[i][1]].startswith(w) for w in words)), 0)
    determiners = s.language.folded("determiners")
    while cut > 1 and s.text[slice(*spans[cut - 1])] in determiners:
        cut -= 1
    if cut < 1:
        return phrase
    end = spans[cut - 1][1]
    return (a, end)
