"""Attach subjects and objects to triggers: who did what to whom in one sentence.

Each trigger row of ``triggers.tsv`` names its construction in the ``frame``
column; :func:`find_frames` reads the trigger with the handler registered
under that name (:func:`~diplograph.events.frames.registry.construction`),
then runs the sentence constructions (between, during) over what the
triggers gave. Adding a construction is one handler module here plus rows of
data. The handlers read the language's data only (word order, coordinators,
clause cuts, relative words) and never name a language.

>>> from diplograph.events.frames.registry import names
>>> names()
['addressed', 'adjunct', 'agent_noun', 'arrival', 'auspices', 'carried', 'content', 'converse', 'default', 'delegation', 'deontic', 'destination', 'direct', 'discussed', 'elided_genitive', 'envoy', 'envoys', 'event', 'genitive', 'governed', 'inverted', 'invited', 'judged', 'mutual', 'necessity', 'owner', 'participant', 'participle', 'possessive', 'presence', 'qualified', 'received', 'refusal', 'speaker', 'stance', 'targeted', 'visitor', 'voted', 'with']
"""
from __future__ import annotations

# The handler modules register their constructions when imported; the
# sentence constructions run in this order (during reads between's frames).
from diplograph.events.frames import (  # noqa: F401
    addressed, adjunct, auspices, agent_noun, targeted, invited, converse, delegation, deontic, destination, discussed, elided, envoy, envoys, event, fronted, inverted, mutual,
    judged, owner, participant, partner, voted, qualified, received, refusal, speaker, stance, verb, visitor, carried,
    impersonal, together, cosigned, asked, between, sojourn, during, sides, governed,
)
from diplograph.events.frames.core import Frame, find_frames
from diplograph.events.frames.registry import names
from diplograph.events.plover import predicates
from diplograph.lang.schema import check_column

# A trigger row names a predicate and a construction, vocabularies of this layer:
# the language loader (lang/, below) checks them through the columns added here.
check_column("triggers", "predicate", predicates)
check_column("triggers", "frame", names, blank=True)

__all__ = ["Frame", "find_frames"]
