"""Co-signatories: "Egypt signed a gas deal with Israel": Israel signs the deal too.

For a predicate of predicates.yaml ``cosigned`` (signing), an actor right
after a ``with_words`` word inside the object phrase (determiners and
possessive words aside) is the other party: one more frame with that actor as
subject and the object phrase up to the with-word as object. Not a possessor
("a deal with Israel's Chevron": Chevron, not Israel, is the party) nor an
actor of the subject's own side.
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.events.frames.core import Frame
from diplograph.events.frames.predicates import COSIGNED
from diplograph.events.frames.registry import construction
from diplograph.events.frames.view import SentenceView

__all__ = ["cosigned"]


@construction("cosigned", scope="sentence")
def cosigned(s: SentenceView, frames: list[Frame]) -> list[Frame]:
    """One more frame for each party after a with-word in a signing's object phrase.

    >>> from diplograph.examples import statements
    >>> text = "Egypt signed a gas deal with Israel."
    >>> sorted((st.subject.label, st.predicate, st.object.label) for st in statements(text, lang="en"))
    [('Egypt', 'signs', 'gas deal with Israel'), ('Israel', 'signs', 'gas deal')]
    """
    withs = s.language.folded("with_words")
    if not withs or not COSIGNED:
        return []
    skip = s.language.folded("possessive_words") | s.language.folded("determiners")
    out: list[Frame] = []
    for frame in frames:
        if frame.trigger.predicate not in COSIGNED or frame.object_chunk is not None or frame.object_span is None:
            continue
        start, end = frame.object_span
        taken = {c.actor.id for c in frame.subjects} | {c.country.id for c in frame.subjects if c.country is not None}
        for a, b in s.scan.spans_between(start, end):
            if s.text[a:b] not in withs or a == start:
                continue
            k = next((k for k, c in enumerate(s.chunks) if c.start >= b), None)
            if k is None:
                break
            first = s.chunks[k]
            if first.end > end or not first.agent or s.possessor(first) \
                    or not all(w in skip for w in s.words(b, first.start)):
                break
            head = s.scan.spans_between(start, a)
            if not head:
                break
            for member in s.group_from(k, forward=True):
                side = {member.actor.id} | ({member.country.id} if member.country is not None else set())
                if member.agent and not s.possessor(member) and not side & taken:
                    out.append(replace(frame, subjects=(member,), object_span=(head[0][0], head[-1][1])))
                    taken |= side
            break
    return out
