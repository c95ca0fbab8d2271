"""Sides of a meeting named in turn: «حضر اللقاء من الجانب المصري A وB، ومن الجانب التركي C».

A ``side_words`` phrase ("من الجانب": on the side of) right before a
state's adjective opens the list of the people who sat on that side; each
person on one side meets each person on every other side. One side alone
states nothing («خروقات من الجانب الإسرائيلي»: violations by the Israeli side),
nor do people on the same side meet each other.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.core import Frame
from diplograph.events.frames.registry import construction
from diplograph.events.frames.reports import event_context
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.lang.scanner import Item

__all__ = ["side_lists", "sides"]


@construction("sides", scope="sentence")
def sides(s: SentenceView, frames: list[Frame]) -> list[Frame]:
    """Each person listed on one side of a meeting meets each person listed on another.

    >>> from diplograph.examples import statements
    >>> text = "وحضر اللقاء من الجانب المصري وزير الخارجية سامح شكري، ومن الجانب التركي وزير الخارجية هاكان فيدان."
    >>> found = statements(text, lang="ar", published="2024-04-20")
    >>> sorted((st.subject.label, st.predicate, st.object.label) for st in found if st.predicate == "meetsWith")
    [('Hakan Fidan', 'meetsWith', 'Sameh Shoukry'), ('Sameh Shoukry', 'meetsWith', 'Hakan Fidan')]
    """
    lists = side_lists(s)
    if len(lists) < 2:
        return []
    trigger = Trigger("meetsWith", "noun", frame="sides")
    out: list[Frame] = []
    for (start, end), people in lists:
        item = Item(start, end, ())
        context = event_context(s, item, until=lists[-1][1][-1].start)
        out += [Frame(trigger, item, (a,), b, (b.start, b.end), b.actor.type, *context)
                for _, others in lists if others is not people for b in others for a in people
                if a.actor.id != b.actor.id]
    return out


def side_lists(s: SentenceView) -> list[tuple[tuple[int, int], list[Chunk]]]:
    """Each side phrase of the sentence (where it stands) with the people listed after its state's adjective."""
    # (the phrases' words, split once a language)
    phrases = s.language.memo("side_phrases", lambda: [p.split() for p in s.language.folded("side_words")])
    if not any(all(w in s.text for w in p) for p in phrases):
        return []  # (a substring test first: most sentences hold no side phrase)
    words = s.scan.words
    # the words that may open a phrase (see _opens), to pass over the others at once
    firsts = {p[0] for p in phrases} | {prefix + p[0] for p in phrases for prefix in s.coord_prefixes}
    out = []
    for k in range(len(words)):
        if s.text[slice(*words[k])] not in firsts:
            continue
        for phrase in phrases:
            found = [s.text[a:b] for a, b in words[k:k + len(phrase)]]
            if len(found) < len(phrase) or found[1:] != phrase[1:] or not _opens(s, found[0], phrase[0]):
                continue
            end = words[k + len(phrase) - 1][1]
            people = _listed(s, end)
            if people:
                out.append(((words[k][0], end), people))
    return out


def _opens(s: SentenceView, word: str, first: str) -> bool:
    """Is ``word`` the phrase's first word, bare or after a coordinator clitic ("ومن")?"""
    return word == first or any(word == prefix + first for prefix in s.coord_prefixes)


def _listed(s: SentenceView, end: int) -> list[Chunk]:
    """The people coordinated after the state's adjective that follows ``end``, nothing else between."""
    after = [c for c in s.chunks if c.start >= end]
    if len(after) < 2 or after[0].via != "nationality" or s.words(end, after[0].start):
        return []
    i = s.chunks.index(after[1])
    first = s.chunks[i]
    if first.actor.type != "Person" or not first.agent \
            or [w for w in s.words(after[0].end, first.start) if w not in s.honorifics]:
        return []
    return [c for c in s.group_from(i, forward=True) if c.agent and c.actor.type == "Person"]
