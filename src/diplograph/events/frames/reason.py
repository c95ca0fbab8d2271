"""The gerund of a reason: "thanked Turkey for hosting the talks" (Turkey hosts them).

After a verb and its object, a gerund right after a ``reason_words`` word
(language.yaml) says what the object did: its subject is the actor that
object names, never the verb's subject. An object that names no actor
leaves it none: in "Sharaa thanked the leaders for convening the meeting"
Sharaa convened nothing. With nothing between the verb and the reason word
("was praised for hosting") the gerund keeps the clause's subject.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.lang.scanner import Item

__all__ = ["reason_object"]


def reason_object(s: SentenceView, item: Item, trigger: Trigger, clause: tuple[int, int]) -> list[Chunk] | None:
    """The actors a reason gerund is said of, or None when the trigger is no reason gerund.

    Args:
        s: the sentence.
        item: the trigger.
        trigger: its reading.
        clause: the trigger's clause.

    Returns:
        None when the trigger is no gerund right after a reason word that
        follows a verb and its object in the clause; else the actor mentions
        that stand right before the reason word (empty when that object names
        no actor).

    >>> from diplograph.examples import statements
    >>> def read(text):
    ...     return [(s.subject.label, s.predicate) for s in statements(text, published="2025-09-03")]
    >>> read("Kenya thanked Ethiopia for hosting the summit.")
    [('Kenya', 'welcomes'), ('Ethiopia', 'hosts')]
    >>> read("Kenya thanked the leaders for hosting the summit.")
    [('Kenya', 'welcomes')]
    """
    reasons = s.language.folded("reason_words")
    active = tuple(s.language.folded("active_suffixes"))
    if not reasons or not active or trigger.pos == "noun":
        return None
    if not s.text[item.start:item.end].split()[0].endswith(active):
        return None
    words = s.scan.spans_between(clause[0], item.start)
    if not words or s.text[slice(*words[-1])] not in reasons:
        return None
    reason = words[-1][0]
    verb = next((it for it in reversed(s.scan.of_kind("trigger")) if it.end <= reason and it.start >= clause[0]
                 and s.is_verb(it)), None)
    if verb is None or not s.words(verb.end, reason):
        return None
    named = [c for c in s.chunks if verb.end <= c.start and c.end <= reason and c.agent]
    if not named or s.words(named[-1].end, reason):
        return []  # "the leaders", or an actor inside a longer phrase: nobody the text names
    said = [named[-1]]
    for chunk in reversed(named[:-1]):
        # "thanked Egypt and Jordan for hosting": coordinated objects, each the gerund's subject
        if not all(w in s.coordinators for w in s.words(chunk.end, said[0].start)):
            break
        said.insert(0, chunk)
    return said
