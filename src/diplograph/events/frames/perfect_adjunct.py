"""An infinitive adjunct of a completed act shares the main clause's subject.

"Après avoir rencontré le roi, le président s'est rendu à Berlin", "L'Inde a
expulsé six diplomates, peu après avoir rappelé son ambassadeur": the verb
after a ``perfect_adjuncts`` phrase ("après avoir") has no subject of its own.
Opening the sentence before a comma, its subject is the actor that opens the
main clause after the comma; after the main clause, the main clause's
subject. Only completed acts: "avant de" (before doing) is left out, its act
may lie ahead.

A gerund ("en signant", "tout en appelant à", "by joining": a ``gerund_words``
phrase before a form ending in one of ``active_suffixes``) is the same construction: "La
Chine et la Russie ont renforcé leurs liens en signant un traité" (both sign),
"Le Qatar a reçu le ministre iranien en appelant à la retenue" (Qatar calls,
never the actor right before the gerund, which the main verb governs). Where a
subordinate clause opens between the main clause's subject and the adjunct
("a affirmé que les États-Unis avaient ... en imposant"), its subject is that
clause's, the actor group right after the subordinating word, if it names one.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import main_subject, subject_after
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.lang.normalise import fold
from diplograph.lang.scanner import Item

__all__ = ["adjunct_opening", "adjunct_subject", "perfect_adjunct_subject"]


def adjunct_opening(s: SentenceView, item: Item, trigger: Trigger) -> int | None:
    """Where the ``perfect_adjuncts`` phrase (or, before a gerund, ``gerund_words``) right before the verb starts, or None.

    A clitic fused to the verb counts as written before it ("après s'être").
    """
    phrases = s.language.folded("perfect_adjuncts")
    active = tuple(s.language.folded("active_suffixes"))
    if active and s.text[item.start:item.end].split()[0].endswith(active):
        # "en signant", "tout en ne réclamant pas": a gerund
        phrases = phrases | s.language.folded("gerund_words")
    if not phrases:
        return None
    words = s.scan.spans_between(max(0, item.start - 40), item.start)
    written = [s.text[a:b] for a, b in words] + ([fold(trigger.prefix)] if trigger.prefix else [])
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):  # (the longest first: "tout en" before "en")
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

    >>> from diplograph.examples import statements
    >>> text = "Le Mali a fermé sa frontière, peu après avoir rappelé son ambassadeur au Niger."
    >>> [(st.subject.label, st.predicate, st.object.label) for st in statements(text, lang="fr")]
    [('Mali', 'cutsTiesWith', 'Niger')]
    """
    opening = adjunct_opening(s, item, trigger)
    if opening is None:
        return []
    if clause[0] == 0 and not s.words(0, opening):
        if clause[1] < len(s.text) and s.text[clause[1]] in s.commas:
            after = clause[1] + 1
            return subject_after(s, after, s.clause(after)[1])
        return []
    return main_subject(s, opening, openers=True)


def adjunct_subject(s: SentenceView, item: Item, trigger: Trigger, clause: tuple[int, int]) -> list[Chunk] | None:
    """The subject of a gerund or perfect adjunct after the main clause: None if the verb is no such adjunct.

    An empty list is an adjunct whose subject the sentence does not tell: no
    other actor is then its subject.

    >>> from diplograph.examples import statements
    >>> text = "Le Qatar a reçu le ministre iranien en appelant à la retenue."
    >>> [(st.subject.label, st.predicate) for st in statements(text, lang="fr") if st.predicate == "callsFor"]
    [('Qatar', 'callsFor')]
    >>> text = "Egypt won praise from Qatar by hosting the talks."
    >>> [(st.subject.label, st.predicate) for st in statements(text, lang="en") if st.predicate == "hosts"]
    [('Egypt', 'hosts')]
    """
    opening = adjunct_opening(s, item, trigger)
    if opening is None or (clause[0] == 0 and not s.words(0, opening)):
        return None  # (none, or one that opens the sentence: perfect_adjunct_subject, fronted.participle)
    if (speaker := _incise_speaker(s, opening)) is not None:
        # "..., a annoncé mercredi Emmanuel Macron en recevant à Paris X": the speaker of the incise
        return speaker
    main = main_subject(s, opening, openers=True)
    if not main or not _opens_clause(s, main[0]):
        return []  # "Le sommet de Doha s'est achevé en appelant à": a genitive is no subject
    # (the whole coordinated group, which a clause word may cut: "La Chine et la Russie ont ...")
    main = [c for c in s.group_from(s.chunks.index(main[0]), forward=True) if c.agent and c.end <= opening]
    subordinators = s.language.folded("complementizers") | s.language.folded("relative_words")
    words = [(a, b) for a, b in s.scan.words if main[-1].end <= a and b <= opening]
    last = max((k for k, (a, b) in enumerate(words) if s.text[a:b] in subordinators), default=None)
    if last is None:
        return main
    # "a affirmé que les États-Unis avaient ... en imposant": the subordinate clause's own subject; one with
    # none that names an actor ("said that the talks would resume, while urging") leaves the main clause's
    own = [c for c in subject_after(s, words[last][1], opening) if c.end <= opening]
    return own or main


def _opens_clause(s: SentenceView, chunk: Chunk) -> bool:
    """Do only determiners stand between the mention and the sentence's start or the comma before it?"""
    before = s.text[:chunk.start]
    cut = max((before.rfind(c) for c in s.commas), default=-1) + 1
    determiners = s.language.folded("determiners")
    return all(w in determiners for w in s.words(cut, chunk.start))


def _incise_speaker(s: SentenceView, opening: int) -> list[Chunk] | None:
    """The actor group right before the adjunct when it follows a reporting verb, time words between ("a déclaré lundi X en"), else None."""
    before = [i for i, c in enumerate(s.chunks) if c.end <= opening]
    if not before or s.words(s.chunks[before[-1]].end, opening):
        return None
    group = [c for c in s.group_from(before[-1], forward=False) if c.agent]
    if not group:
        return None
    start = group[0].start
    for cue in s.scan.of_kind("cue"):
        if cue.end <= start and all(w in s.gap_words or s.is_date(a) for (a, b), w in
                                    ((span, s.text[span[0]:span[1]]) for span in s.scan.spans_between(cue.end, start))):
            return sorted(group, key=lambda c: c.start)
    return None
