"""Constructions by name: a trigger's ``frame`` (triggers.tsv) names the handler that reads it.

A trigger construction is a function of a :class:`~diplograph.events.frames.core.Context`
that returns a :class:`~diplograph.events.frames.core.Reading` (subjects and
object) or None (no statement). A sentence construction is a function of the
sentence view and the frames found so far that returns more frames; they run
in the order they are registered, after every trigger has been read.

>>> @construction("example")
... def example(ctx):
...     return None
>>> handler("example") is example, "example" in names()
(True, True)
>>> handler("exampel")
Traceback (most recent call last):
...
KeyError: "no construction 'exampel'; did you mean 'example'?"
>>> _TRIGGER.pop("example") is example
True
"""
from __future__ import annotations

import difflib
from typing import Callable

__all__ = ["construction", "handler", "names", "sentence_constructions"]

_TRIGGER: dict[str, Callable] = {}
_SENTENCE: dict[str, Callable] = {}


def construction(name: str, *, scope: str = "trigger") -> Callable[[Callable], Callable]:
    """Register a construction handler under ``name``.

    Args:
        name: the ``frame`` a trigger row names (scope ``trigger``), or the
            construction's own name (scope ``sentence``).
        scope: ``trigger`` (one trigger at a time) or ``sentence`` (once per
            sentence, over the frames the triggers gave).
    """
    table = {"trigger": _TRIGGER, "sentence": _SENTENCE}[scope]

    def register(fn: Callable) -> Callable:
        if name in _TRIGGER or name in _SENTENCE:
            raise ValueError(f"construction {name!r} is registered twice")
        table[name] = fn
        return fn

    return register


def handler(name: str) -> Callable:
    """The trigger construction registered under ``name``."""
    try:
        return _TRIGGER[name]
    except KeyError:
        close = difflib.get_close_matches(name, _TRIGGER, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else f"; use one of: {', '.join(sorted(_TRIGGER))}"
        raise KeyError(f"no construction {name!r}{hint}") from None


def names() -> list[str]:
    """The names a trigger row may give as its frame."""
    return sorted(_TRIGGER)


def sentence_constructions() -> list[Callable]:
    """The sentence constructions, in the order they run."""
    return list(_SENTENCE.values())
