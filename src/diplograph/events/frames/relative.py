"""Relative clauses: "Egypt, which hosted the talks", "ترامب الذي يرأس القمة", "وهو خيار تؤيده كييف".

In a subject relative clause the actor before the relative word is the
subject (or, in a VSO clause, the actor after the verb); in an object
relative clause the object is the phrase the relative word resumes.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import object_after, subject_after
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

__all__ = ["antecedent", "before_relative", "relative_reading"]


def relative_reading(ctx: Context) -> Reading:
    """A verb in a subject relative clause: "ترامب الذي يرأس القمة", "Egypt, which hosted the talks".

    In a VSO clause the subject may follow: "التي عارضت فرنسا بنودها".
    """
    s, item, clause = ctx.view, ctx.item, ctx.clause
    subjects: list[Chunk] = []
    for side in s.language.get("subject_order", ["before", "after"]):
        subjects = subject_after(s, item.end, clause[1]) if side == "after" else before_relative(s, ctx.relative)
        if subjects:
            break
    after = subjects[-1].end if subjects and subjects[0].start > item.start else item.end
    return Reading(subjects, object_after(s, after, clause[1], ctx.trigger))


def before_relative(s: SentenceView, relative: Item) -> list[Chunk]:
    """The actor a subject relative word follows: "ترامب الذي يرأس القمة"."""
    for i in range(len(s.chunks) - 1, -1, -1):
        chunk = s.chunks[i]
        if chunk.end <= relative.start:
            if chunk.agent and len(s.words(chunk.end, relative.start)) <= 1:
                return [c for c in s.group_from(i, forward=False) if c.agent]
            return []
    return []


def antecedent(s: SentenceView, relative: Item) -> tuple[int, int] | None:
    """The phrase a relative word resumes: the words before it, back to the previous cut.

    After a comma ("X، وهو خيار ...") that is the clause before the comma.
    """
    before = [c for c in s.cuts if c < relative.start]
    if not before:
        return None
    cut = max(before)
    if not s.text[cut:relative.start].strip(" ،,"):
        end = cut
        earlier = [c for c in s.cuts if c < end]
        start = max(earlier) if earlier else 0
    else:
        start, end = cut, relative.start
    # The resumed phrase is the one after the clause's last verb or actor.
    marks = [it.end for it in s.scan.items if it.has("trigger") and start <= it.start and it.end <= end]
    marks += [c.end for c in s.chunks if start <= c.start and c.end <= end]
    if marks and max(marks) < end:
        start = max(marks)
    while start < end and not s.text[start].isalnum():
        start += 1
    return (start, end) if end > start else None
