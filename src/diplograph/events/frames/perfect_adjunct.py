"""An infinitive adjunct of a completed act shares the main clause's subject.

"Après avoir rencontré le roi, le président s'est rendu à Berlin", "L'Inde a
expulsé six diplomates, peu après avoir rappelé son ambassadeur": the verb
after a ``perfect_adjuncts`` phrase ("après avoir") has no subject of its own.
Opening the sentence before a comma, its subject is the actor that opens the
main clause after the comma; after the main clause, the main clause's
subject. Only completed acts: "avant de" (before doing) is left out, its act
may lie ahead.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import main_subject, subject_after
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.lang.normalise import fold
from diplograph.lang.scanner import Item

__all__ = ["adjunct_opening", "gerund_adjunct_subject", "perfect_adjunct_subject"]


def adjunct_opening(s: SentenceView, item: Item, trigger: Trigger, *, key: str = "perfect_adjuncts") -> int | None:
    """Where the ``perfect_adjuncts`` (or ``key``) phrase right before the verb starts, or None.

    A clitic fused to the verb counts as written before it ("après s'être").
    """
    phrases = s.language.folded(key)
    if not phrases:
        return None
    words = s.scan.spans_between(max(0, item.start - 40), item.start)
    written = [s.text[a:b] for a, b in words] + ([fold(trigger.prefix)] if trigger.prefix else [])
    for phrase in phrases:
        size = len(phrase.split())
        if len(written) >= size and " ".join(written[-size:]) == phrase:
            # (a fused clitic is no word of its own before the verb: the phrase starts a word earlier)
            at = len(written) - size
            return words[at][0] if at < len(words) else item.start
    return None


def perfect_adjunct_subject(s: SentenceView, item: Item, trigger: Trigger, clause: tuple[int, int]) -> list[Chunk]:
    """The subject an infinitive adjunct of a completed act shares, or none.

    Before a comma at the sentence's start, the actor group right after the
    comma; later in the sentence, the main clause's subject before the phrase.

    >>> from datetime import date
    >>> from diplograph.pipeline import Extractor
    >>> from diplograph.types import Document
    >>> doc = Document("a", "Le Mali a fermé sa frontière, peu après avoir rappelé son ambassadeur au Niger.",
    ...                date(2025, 6, 2), lang="fr")
    >>> [(st.subject.label, st.predicate, st.object.label) for st in Extractor().extract(doc).statements]
    [('Mali', 'cutsTiesWith', 'Niger')]
    """
    opening = adjunct_opening(s, item, trigger)
    if opening is None:
        return []
    return _shared(s, opening, clause)


def gerund_adjunct_subject(s: SentenceView, item: Item, trigger: Trigger, clause: tuple[int, int]) -> list[Chunk] | None:
    """The subject a gerund after a ``gerund_adjuncts`` word shares, or None where the verb is none such.

    "Somalia sought to isolate Ethiopia by joining hands with Egypt": the
    gerund (a verb with an ``active_suffixes`` ending) has no subject of its
    own; it is the main clause's (Somalia), never the object of the verb
    before it. Opening the sentence ("While condemning the strike, Germany
    urged ..."), the actor right after the comma. An empty list where that
    subject names no actor: the gerund then has none.

    >>> from datetime import date
    >>> from diplograph.pipeline import Extractor
    >>> from diplograph.types import Document
    >>> doc = Document("a", "Egypt won praise from Qatar by hosting the talks.", date(2025, 6, 2), lang="en")
    >>> [(st.subject.label, st.predicate) for st in Extractor().extract(doc).statements if st.predicate == "hosts"]
    [('Egypt', 'hosts')]
    """
    active = tuple(s.language.folded("active_suffixes"))
    word = s.text[item.start:item.end].split()[0]
    if trigger.pos != "verb" or not active or not word.endswith(active):
        return None
    opening = adjunct_opening(s, item, trigger, key="gerund_adjuncts")
    if opening is None:
        return None
    return _shared(s, opening, clause)


def _shared(s: SentenceView, opening: int, clause: tuple[int, int]) -> list[Chunk]:
    """The main clause's subject for an adjunct opening at ``opening``: after its comma when it opens the sentence."""
    if clause[0] == 0 and not s.words(0, opening):
        if clause[1] < len(s.text) and s.text[clause[1]] in s.commas:
            after = clause[1] + 1
            return subject_after(s, after, s.clause(after)[1])
        return []
    return main_subject(s, opening, openers=True)
