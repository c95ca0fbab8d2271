"""Precision guards: triggers whose naive reading states a fact that the sentence does not.

- An undoing word before a trigger reverses it: "Britain eased sanctions on
  Syria", «رفعت واشنطن العقوبات المفروضة على ...», "ont levé les sanctions"
  impose none (``undoing_words`` in language.yaml, the predicates it reverses
  in predicates.yaml ``undoable``).
- A participle after a determiner is an adjective: "the visiting US envoy"
  visits nobody (language.yaml ``determiners``, ``active_suffixes``).
- What an accusation or the like says is its content, not a fact: "Pakistan
  accused India of backing militants" asserts no support (predicates.yaml
  ``content_predicates``).
"""
from __future__ import annotations

from diplograph.events.frames.predicates import CONTENT_PREDICATES, UNDOABLE
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.lang.scanner import Item

__all__ = ["attributive", "in_content", "undone"]


def undone(s: SentenceView, item: Item, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """Does an undoing word before the trigger in its clause reverse it ("lifted sanctions on")?

    No other trigger stands between them: "lifted the ban and imposed sanctions on" imposes.
    """
    if trigger.predicate not in UNDOABLE:
        return False
    undoing = s.language.folded("undoing_words")
    if not undoing:
        return False
    words = [(a, b) for a, b in s.scan.words if clause[0] <= a and b <= item.start]
    for a, b in reversed(words):
        if s.text[a:b] in undoing:
            return True
        if any(it.start <= a < it.end for it in s.scan.of_kind("trigger")):
            return False
    return False


def in_content(s: SentenceView, item: Item, clause: tuple[int, int]) -> bool:
    """Does the trigger stand after an accusation in its clause ("accused India of backing ...")?

    An accusation read only with its object words ("حمّله المسؤولية") is one only where they follow.
    """
    def accusation(it: Item) -> bool:
        rest = s.text[it.end:clause[1]]
        return any(t.kind == "trigger" and t.data.predicate in CONTENT_PREDICATES
                   and (not t.data.object_words or any(w in rest for w in t.data.object_words))
                   for t in it.tags)

    return any(it.end <= item.start and clause[0] <= it.start and accusation(it) for it in s.scan.of_kind("trigger"))


def attributive(s: SentenceView, item: Item, trigger: Trigger) -> bool:
    """Is the verb trigger an active participle used as an adjective, right after a determiner ("the visiting envoy")?"""
    active = tuple(s.language.folded("active_suffixes"))
    if trigger.pos == "noun" or not active:
        return False
    word = s.text[item.start:item.end].split()[0]
    before = s.words(s.clause(item.start)[0], item.start)
    return word.endswith(active) and bool(before) and before[-1] in s.language.folded("determiners")
