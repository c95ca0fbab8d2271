"""A draft's content: what a draft resolution calls for is no deed of its sponsors.

"The text, sponsored by France and Algeria, calls on Hezbollah to disarm",
«قدمت فرنسا مشروع قرار يدعو إيران إلى ...», «Le projet, porté par la France,
appelle ...»: the draft calls, not France; until it is adopted it is nobody's
act ("The Council adopted a resolution demanding ..." is the Council's).
The draft nouns are cues.tsv rows of kind ``draft``.
"""
from __future__ import annotations

from diplograph.events.frames.predicates import URGING
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.events.polarity import cues
from diplograph.lang.scanner import Item

__all__ = ["drafted"]

#: How many words (an adverb: "also", "now") may stand between a draft noun, or the parenthesis after it, and the verb.
_GAP = 1


def drafted(s: SentenceView, item: Item, trigger: Trigger) -> bool:
    """Is a draft noun the subject of an appeal: right before it, or before a parenthesis set off by marks before it?

    Only appeals (predicates.yaml ``urging``): "the draft was backed by France" is France's act.
    """
    if trigger.predicate not in URGING:
        return False
    before = [cue for cue, _ in cues(s.scan, "draft") if cue.end <= item.start]
    if not before:
        return False
    start = before[-1].end
    gap = s.text[start:item.start]
    marks = [i for i, ch in enumerate(gap) if ch in s.language.get("clause_marks", ",;")]
    if marks:
        # "The text, sponsored by France, also calls on": the parenthesis opens right after the noun and closes
        if len(marks) < 2 or s.words(start, start + marks[0]):
            return False
        start += marks[-1] + 1
    return len(s.words(start, item.start)) <= _GAP \
        and not any(start <= it.start < item.start for it in s.scan.items if it.kinds & {"actor", "trigger"})
