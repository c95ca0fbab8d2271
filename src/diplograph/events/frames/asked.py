"""A verb-first question: "Признает ли Франция Палестину": the actor after the particle is the verb's subject.

A sentence that opens with a verb and a ``question_particles`` word asks
whether its subject acts; the subject stands right after the particle and
the object after it. The pipeline marks what a question says hypothetical.
"""
from __future__ import annotations

from diplograph.events.frames.arguments import object_after, readings, subject_after
from diplograph.events.frames.core import Frame, Reading, _frames
from diplograph.events.frames.registry import construction
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Scan

__all__ = ["asked", "particle_question"]


def particle_question(scan: Scan, particles: frozenset[str]) -> bool:
    """Does a question particle follow the sentence's first word ("Признает ли Франция ...": a headline asks)?

    The one test of a particle question: the pipeline marks such a sentence
    hypothetical, and :func:`asked` reads its subject after the particle.

    >>> from diplograph.lang.scanner import Scanner
    >>> particle_question(Scanner().scan("Признает ли Франция Палестину"), frozenset({"ли"}))
    True
    >>> particle_question(Scanner().scan("Франция признала Палестину"), frozenset({"ли"}))
    False
    """
    words = scan.words[:2]
    return bool(particles) and len(words) == 2 and scan.text[slice(*words[1])] in particles


@construction("asked", scope="sentence")
def asked(s: SentenceView, frames: list[Frame]) -> list[Frame]:
    """The frame of a verb that opens a question before its particle, with the subject after the particle."""
    if not particle_question(s.scan, s.language.folded("question_particles")):
        return []
    words = s.scan.words[:2]
    item = next((it for it in s.scan.items if it.start == words[0][0] and it.has("trigger")), None)
    if item is None or item.end > words[0][1] or any(f.item.start == item.start for f in frames):
        return []
    clause = s.clause(item.start)
    subjects = subject_after(s, words[1][1], clause[1])
    if not subjects:
        return []
    for trigger in readings(s, item, clause):
        if trigger.pos != "verb":
            continue
        made = _frames(s, item, trigger, clause, Reading(subjects, object_after(s, subjects[-1].end, clause[1], trigger)),
                       frames)
        if made:
            return made
    return []
