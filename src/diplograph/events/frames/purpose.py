"""Infinitives of purpose: "Lavrov visited Turkey to meet Fidan" (Lavrov meets Fidan, not Turkey).

An infinitive (a trigger form that opens with a ``content_markers`` word)
right after the object of an earlier verb of its clause shares that verb's
subject: the object only names where it goes or whom it sees. Verbs whose
object does the infinitive's act are left alone: urging, asking and wishing
(predicates.yaml ``urging`` and ``wishes``, language.yaml ``wish_words``):
"urged Iran to attend", "wants Iran to accept".
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import subject_before
from diplograph.events.frames.predicates import URGING, WISHES
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

__all__ = ["purpose_subject"]


def purpose_subject(s: SentenceView, item: Item, clause: tuple[int, int], subjects: list[Chunk]) -> list[Chunk] | None:
    """The subject an infinitive of purpose shares with the verb whose object stands before it, or None.

    >>> from diplograph.examples import statements
    >>> sorted((st.subject.label, st.predicate, st.object.label)
    ...  for st in statements("Lavrov visited Turkey to meet Hakan Fidan.", lang="en"))
    [('Sergey Lavrov', 'meetsWith', 'Hakan Fidan'), ('Sergey Lavrov', 'visits', 'Turkey')]
    """
    markers = s.language.folded("content_markers")
    if not subjects or not markers or subjects[0].end > item.start or not _infinitive(s, item, markers):
        return None
    first = subjects[0]
    if not _next_to_object(s, subjects[-1].end, item.start, markers):
        # "criticised Germany's decision to deliver": the infinitive is the noun's, its subject Germany's
        return None
    verbs = [v for v in s.scan.of_kind("trigger") if s.is_verb(v) and clause[0] <= v.start and v.end <= first.start]
    if not verbs:
        return None
    verb = verbs[-1]
    between = s.words(verb.end, first.start)
    if any(w not in s.lead_words and w not in s.gap_words for w in between):
        return None
    if any(t.kind == "trigger" and (t.data.predicate in URGING or t.data.predicate in WISHES) for t in verb.tags) \
            or any(w in s.language.folded("wish_words") for w in s.words(clause[0], verb.end)):
        return None
    # (no subject found there: still not the object)
    return subject_before(s, verb.start, clause[0])


def _infinitive(s: SentenceView, item: Item, markers: frozenset[str]) -> bool:
    """Does a content marker open the trigger ("to meet") or stand right before its verb ("to attend")?"""
    if s.text[item.start:item.end].split()[0] in markers:
        return True
    before = s.words(s.clause(item.start)[0], item.start)
    return bool(before) and before[-1] in markers and s.is_verb(item)


def _next_to_object(s: SentenceView, end: int, start: int, markers: frozenset[str]) -> bool:
    """Do only time words, lead words and the marker stand between the object and the infinitive ("Brazil next month to attend")?"""
    for a, b in s.scan.spans_between(end, start):
        word = s.text[a:b]
        if not (s.is_date(a) or word in markers or word in s.lead_words or word in s.gap_words):
            return False
    return True
