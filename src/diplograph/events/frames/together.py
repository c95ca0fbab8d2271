"""Co-agents: "вместе с X" before a verb makes X act with its subject ("вместе с Лукашенко участвовали ...").

A ``together_words`` phrase ("вместе с", "together with") between a clause's
opening and its verb, with an actor right after it, names one more subject of
that verb's statements: it takes part, condemns or signs as the subject does.
After the verb the phrase may belong to the object ("принял Зеленского вместе
с супругой"), so it is read only before.
"""
from __future__ import annotations

from dataclasses import replace

from diplograph.events.frames.core import Frame
from diplograph.events.frames.registry import construction
from diplograph.events.frames.view import SentenceView

__all__ = ["together"]


@construction("together", scope="sentence")
def together(s: SentenceView, frames: list[Frame]) -> list[Frame]:
    """One more frame per verb frame for the actor a ``together_words`` phrase names beside its subject."""
    # (only the phrases the sentence holds: most hold none, and the scan below is per frame and chunk)
    if not s.holds_phrase("together_words"):
        return []
    spaced = " ".join(s.text.split())
    phrases = [p.split() for p in s.language.folded("together_words") if p in spaced]
    if not phrases:
        return []
    out: list[Frame] = []
    for frame in frames:
        if frame.trigger.pos != "verb":
            continue
        taken = {c.actor.id for c in frame.subjects} | ({frame.object_chunk.actor.id} if frame.object_chunk else set())
        # (a subject before the clause reaches its commas: "Egypt, along with Qatar, condemned")
        opening = min([frame.clause[0]] + [c.start for c in frame.subjects])
        for k, chunk in enumerate(s.chunks):
            if not (opening <= chunk.start and chunk.end <= frame.item.start) or not chunk.agent \
                    or chunk.actor.id in taken:
                continue
            spans = s.scan.spans_between(opening, chunk.start)
            before = [s.text[a:b] for a, b in spans]

            def opens(n: int) -> bool:
                # inside the verb's clause anywhere; before it, only where it opens the subject's commas ("Egypt,
                # along with Qatar,") or follows the subject, never a verb's adjunct ("Egypt, which stood alongside")
                at = spans[-n][0]
                gap = s.text[spans[-n - 1][1]:at].strip() if n < len(spans) else ""
                return at >= frame.clause[0] or n == len(spans) or (gap != "" and gap[-1] in s.commas) or \
                    any(c.end <= at and s.text[c.end:at].strip() == "" for c in frame.subjects)
            if any(before[-len(p):] == p and opens(len(p)) for p in phrases if len(before) >= len(p)):
                _add(s, frame, k, out, taken, before=frame.item.start)
        for subject in frame.subjects:
            # a subject after its verb: "وأدانت تركيا، إلى جانب قطر، الهجوم" (the phrase right after its comma)
            if subject.start < frame.item.start:
                continue
            k = next((k for k, c in enumerate(s.chunks) if c.start >= subject.end), None)
            if k is None or not s.chunks[k].agent or s.chunks[k].actor.id in taken:
                continue
            gap = s.text[subject.end:s.chunks[k].start].strip()
            if gap[:1] and gap[0] in s.commas and s.words(subject.end, s.chunks[k].start) in phrases:
                _add(s, frame, k, out, taken, before=len(s.text))
    return out


def _add(s: SentenceView, frame: Frame, k: int, out: list[Frame], taken: set[str], *, before: int) -> None:
    """One more frame for the co-agent at chunk ``k`` and each later conjunct ending before ``before``
    ("together with Qatar and Jordan")."""
    for member in s.group_from(k, forward=True):
        if member.agent and member.end <= before and member.actor.id not in taken:
            out.append(replace(frame, subjects=(member,)))
            taken.add(member.actor.id)
