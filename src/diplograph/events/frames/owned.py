"""A verb that completes a noun of will is done by the noun's owner, not by the clause's subject.

"Лавров раскритиковал решение суда продлить санкции": the court's decision
to extend sanctions is no deed of Lavrov's; the infinitive's agent is the
owner of the decision. The owner is the actor between the noun and the
verb ("решение Евросоюза продлить санкции", read by the verb's own rules),
or the subject of an owning verb right before the noun ("принял решение
ввести санкции": language.yaml ``will_owner_words``). With neither, the
verb has no agent in the sentence and states nothing.

The nouns are language.yaml ``will_nouns`` (every form written out); a
language that lists none is not affected.
"""
from __future__ import annotations

from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.lang.scanner import Item

__all__ = ["unowned_complement"]

#: How many words (a genitive noun phrase: "суда", "Верховного суда страны") may stand between the noun and the verb.
_OWNER_REACH = 3


def unowned_complement(s: SentenceView, item: Item, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """Does the verb trigger complete a ``will_nouns`` noun that no actor in the sentence owns?

    True when a will noun stands before the verb in its clause, at most
    ``_OWNER_REACH`` words apart, none of them in an actor mention, and the
    word before the noun is no ``will_owner_words`` word.
    """
    nouns = s.language.folded("will_nouns")
    if not nouns or trigger.pos == "noun":
        return False
    words = s.scan.spans_between(clause[0], item.start)
    for n in range(len(words) - 1, max(len(words) - 2 - _OWNER_REACH, -1), -1):
        a, b = words[n]
        if s.text[a:b] not in nouns:
            continue
        between = words[n + 1:]
        if any(c.start < y and x < c.end for x, y in between for c in s.chunks):
            return False  # "решение Евросоюза продлить": the verb's own rules read the owner
        ends = [b] + [y for _, y in between]
        starts = [x for x, _ in between] + [item.start]
        if any(s.text[p:q].strip() for p, q in zip(ends, starts)):
            return False  # punctuation between: the verb completes no noun
        if between:
            return True  # "решение суда продлить": owned by no actor
        # at the clause's start the verb's own rules look for the owner after it
        return n > 0 and s.text[slice(*words[n - 1])] not in s.language.folded("will_owner_words")
    return False
