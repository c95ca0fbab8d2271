"""A verb coordinated with an infinitive content continues that content.

"Germany threatened to close the border and expel the diplomats": the
threat's content is "close the border" and, past the coordinator, "expel the
diplomats" too; it expels nobody. Trigger data holds finite forms, so the
second verb would read as asserted; here it takes the governing statement's
reading instead: as the first infinitive is content, so is the second.

The content is an infinitive when a ``content_markers`` word stands right
before it ("to") or its first word has a ``content_suffixes`` ending; the
coordinated verb follows its end across nothing but ``coordinator_words``
and ``content_markers`` ("and", "and to"). A clause with an actor of its own
("and Poland expelled") is no continuation.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

if TYPE_CHECKING:
    from diplograph.events.frames.core import Frame

__all__ = ["continues_content", "finite"]


def continues_content(s: SentenceView, item: Item, frames: list[Frame], *, content) -> bool:
    """Does the trigger continue, across a coordinator, an infinitive that is another frame's content?

    ``content`` tells whether a frame's object is content (core's rule).
    """
    if not any(f.object_span is not None and f.object_span[1] <= item.start for f in frames):
        return False  # (no frame's object ends before it, as for a sentence's first trigger: nothing to continue)
    if finite(s, (item.start, item.end)):
        return False
    markers = s.language.folded("content_markers")
    joins = set(s.language.folded("coordinator_words")) | set(markers)
    for frame in frames:
        span = frame.object_span
        if span is None or span[1] > item.start or not content(frame) \
                or not (_infinitive(s, frame) or _listed_infinitive(s, frame, frames)):
            continue
        between = s.words(span[1], item.start)
        if between and all(w in joins for w in between) and any(w not in markers for w in between):
            return True
    return False


def _listed_infinitive(s: SentenceView, frame: Frame, frames: list[Frame]) -> bool:
    """Is the frame's content a later conjunct of the same trigger's infinitive ("to return to talks, implement the deal, and ...")?"""
    return any(f.item is frame.item and f is not frame and f.object_span is not None
               and f.object_span[1] <= frame.object_span[0] and _infinitive(s, f) for f in frames)


def _infinitive(s: SentenceView, frame: Frame) -> bool:
    """Does the frame's content phrase open with an infinitive ("to close", "закрыть")?"""
    a, b = frame.object_span
    lead = s.words(frame.item.start, a)  # the marker may be the trigger's own last word ("threatened to")
    if lead and lead[-1] in s.language.folded("content_markers"):
        return True
    first = s.words(a, b)[:1]
    suffixes = s.language.folded("content_suffixes")
    return bool(first) and any(first[0].endswith(x) and len(first[0]) > len(x) + 2 for x in suffixes)


def finite(s: SentenceView, span: tuple[int, int]) -> bool:
    """Does the span's first word end in a ``finite_suffixes`` ending (a past form: "pledged")?

    Such a verb after a content's coordinator is the subject's next act, never
    more content: "agreed to resume talks and pledged aid to Kyiv" pledges aid.
    """
    suffixes = tuple(s.language.folded("finite_suffixes"))
    first = s.words(*span)[:1]
    return bool(suffixes) and bool(first) and first[0].endswith(suffixes) \
        and not any(len(first[0]) <= len(x) + 2 for x in suffixes if first[0].endswith(x))
