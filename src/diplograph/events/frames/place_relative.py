"""A relative clause on a place keeps the main clause's subject when it has none of its own.

"Лавров прибыл в Анкару, где встретится с Фиданом" (arrived in Ankara,
where [he] will meet Fidan): a pro-drop language leaves the subject of the
relative clause unsaid, and it is the traveller, never the place. The
relative words are language data (``place_relatives``); the antecedent must
be a venue (a place a locative word opens) or the object of a visit verb
("посетил Киев, где объявил") right before the comma, so that "the country
where ..." or a relative on a person is not read so.
"""
from __future__ import annotations

from diplograph.events.frames.predicates import SOJOURNS
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

__all__ = ["place_relative"]


def place_relative(s: SentenceView, item: Item) -> bool:
    """Does the verb open a relative clause on a venue named right before it, its subject unsaid?

    >>> from diplograph.examples import view
    >>> s = view("Лавров прибыл в Анкару, где встретится с Фиданом.", lang="ru")
    >>> place_relative(s, next(it for it in s.scan.items if s.text[it.start:it.end] == "встретится"))
    True
    >>> s = view("Эрдоган прибудет в Россию в конце месяца, где встретится с Путиным.", lang="ru")
    >>> place_relative(s, next(it for it in s.scan.items if s.text[it.start:it.end] == "встретится"))
    True
    >>> s = view("Лавров назвал Турцию, где встретится с Фиданом.", lang="ru")
    >>> place_relative(s, next(it for it in s.scan.items if s.text[it.start:it.end] == "встретится"))
    False
    """
    relatives = s.language.folded("place_relatives")
    if relatives.isdisjoint(s.vocabulary()):
        return False  # (asked for every verb trigger: most sentences hold no such word)
    before = s.scan.spans_between(0, item.start)
    while before and s.text[slice(*before[-1])] in s.gap_words:
        before.pop()  # "где в пятницу встретится"
    if not before or s.text[slice(*before[-1])] not in relatives:
        return False
    comma = s.text[:before[-1][0]].rstrip()
    if not comma or comma[-1] not in s.commas:
        return False
    end = len(comma) - 1
    # (a time may follow the place: "прибудет в Россию в конце месяца, где проведёт переговоры")
    return any(c.end <= end and (s.venue(c, acting=True) or _visited(s, c)) and all(
        s.is_date(a) or s.text[a:b] in s.gap_words for a, b in s.scan.spans_between(c.end, end)) for c in s.chunks)


def _visited(s: SentenceView, chunk) -> bool:
    """Is the mention the object of a visit verb right before it ("посетил Киев, где объявил ...")?"""
    return any(it.end <= chunk.start and all(w in s.lead_words for w in s.words(it.end, chunk.start))
               and any(t.kind == "trigger" and t.data.pos == "verb" and t.data.predicate in SOJOURNS for t in it.tags)
               for it in s.scan.of_kind("trigger"))
