"""Sentence openers that stand for an actor: «جاء ذلك خلال ...», «وجاءت تصريحات لافروف خلال ...».

Read by the event nouns of the sentence (during.py, partner.py); no construction of its own.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

__all__ = ["opening_pronoun"]


def opening_pronoun(s: SentenceView, item: Item, clause: tuple[int, int]) -> Chunk | None:
    """The pronoun that opens the noun's clause, only ``during_words`` and function words between, or None.

    «جاء ذلك خلال اتصال هاتفي مع روبيو»: the opener (a ``pronouns`` entry) stands for
    who acted in the sentence before; the call during which it came is theirs. Or the
    owner of the remarks a ``remark_openers`` phrase opens with: «وجاءت تصريحات وانغ يي خلال ...».
    """
    opener = next((c for c in s.chunks if c.via == "pronoun" and clause[0] <= c.start < item.start), None)
    if opener is None or s.words(clause[0], opener.start):
        opener = _remarks_owner(s, clause, item)
    if opener is None:
        return None
    allowed = s.lead_words | s.language.folded("during_words") | s.language.folded("determiners")
    return opener if all(w in allowed for w in s.words(opener.end, item.start)) else None


def _remarks_owner(s: SentenceView, clause: tuple[int, int], item: Item) -> Chunk | None:
    """The actor right after a ``remark_openers`` phrase that opens the clause («جاءت تصريحات وانغ يي»), or None."""
    openers = s.language.folded("remark_openers")
    if not openers:
        return None
    chunk = next((c for c in s.chunks if clause[0] <= c.start < item.start), None)
    if chunk is None or not chunk.agent or " ".join(s.words(clause[0], chunk.start)) not in openers:
        return None
    return chunk
