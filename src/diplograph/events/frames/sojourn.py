"""The visitor of an unowned visit in a "during" phrase is the main clause's actor.

"During his visit to Kyiv, Macron announced ...", «خلال زيارته إلى موسكو،
التقى السيسي ...», "Lors de sa visite à Kyiv, le ministre a rencontré ...",
«Во время визита в Пекин Путин встретился ...»: the visit noun has no
subject of its own (a pronoun owns it, or nothing does); the actor of the
statement nearest to it made the visit, to the destination after the noun.

Only a noun trigger of a predicate in predicates.yaml ``sojourns`` after a
``during_words`` phrase is read, and only where no construction read it
already, a destination actor or place follows it, no actor stands between
the during words and the noun ("during Macron's visit, Zelensky said": the
visitor is Macron), and no ``agent_words`` word follows the destination
("during a visit to Kyiv by Rubio"). A negated nearest statement says
nothing of a visit.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.core import Frame
from diplograph.events.frames.predicates import SOJOURNS
from diplograph.events.frames.registry import construction
from diplograph.events.frames.reports import event_context
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.events.polarity import modality, negated
from diplograph.lang.scanner import Item

__all__ = ["during_start", "sojourn"]

#: The frame name of the statements this construction makes (during.py leaves their nouns alone).
FRAME = "sojourn"


@construction(FRAME, scope="sentence")
def sojourn(s: SentenceView, frames: list[Frame]) -> list[Frame]:
    """The actor of the statement nearest an unowned visit noun after a during phrase visits its destination.

    >>> from diplograph.events.frames.registry import sentence_constructions
    >>> sojourn in sentence_constructions()
    True
    """
    out: list[Frame] = []
    read = {f.item.start for f in frames}
    for item in s.scan.of_kind("trigger"):
        visit = _visit(item)
        if visit is None or item.start in read or (start := during_start(s, item)) is None \
                or any(start <= c.start < item.start for c in s.chunks):
            continue
        chunk = _destination(s, item)
        if chunk is None or _agent_after(s, chunk.end):
            continue
        subjects, main = _visitors(s, item, chunk, frames)
        if not subjects:
            continue
        clause_, future, reporters, speakers, reach = event_context(s, item)
        # the visit is as future as what was done during it ("during his visit next week, he will sign ...")
        future = future or (main is not None and modality(s.scan, main.item, main.clause, future=main.future) == "future")
        trigger = Trigger(visit.predicate, "noun", frame=FRAME)
        out += [Frame(trigger, item, (c,), chunk, (chunk.start, chunk.end), chunk.actor.type, clause_, future, reporters, speakers, reach)
                for c in subjects if c.actor.id != chunk.actor.id]
    return out


def _visit(item: Item) -> Trigger | None:
    """The item's noun reading of a sojourn predicate, or None."""
    return next((t.data for t in item.tags if t.kind == "trigger" and t.data.pos == "noun"
                 and t.data.predicate in SOJOURNS), None)


def _destination(s: SentenceView, item: Item) -> Chunk | None:
    """The actor or place right after the visit noun, prepositions between at most ("visit to Kyiv", «визита в Пекин»)."""
    chunk = next((c for c in s.chunks if c.start >= item.end), None)
    ways = s.lead_words | s.language.folded("preposition_words") | s.language.folded("locative_prefixes")
    if chunk is None or chunk.start >= s.clause(item.start)[1] \
            or not all(w in ways for w in s.words(item.end, chunk.start)):
        return None
    return chunk


def _agent_after(s: SentenceView, end: int) -> bool:
    """Does an ``agent_words`` word follow the destination ("a visit to Kyiv by Rubio")?"""
    after = s.scan.spans_between(end)[:1]
    return bool(after) and s.text[slice(*after[0])] in s.language.folded("agent_words")


def _visitors(s: SentenceView, item: Item, destination: Chunk, frames: list[Frame]) -> tuple[list[Chunk], Frame | None]:
    """Who made the visit: the subjects of the main verb, and its frame (None where read off the words).

    The main verb is the first verb after the destination ("During his visit to Kyiv, Macron
    met ...", «Во время визита в Пекин Путин встретился»), else the last one before the during
    phrase ("Macron met Zelensky during his visit to Kyiv"). Where it gave no statement, in a
    language whose subject stands before its verb, the actor group that opens the main clause
    after the phrase's comma ("During his visit to Kyiv, Macron announced new aid").
    """
    # (a light verb or a verb of saying is a main verb too: "Macron announced", "Macron said")
    verbs = [v for v in s.scan.items if (v.has("trigger") and s.is_verb(v)) or v.has("light")
             or any(t.kind == "cue" and t.data[0] == "reported" for t in v.tags)]
    said = _speaker(s, item, verbs)
    if said:
        return said, None
    verb = next((v for v in verbs if v.start >= destination.end), None)
    if verb is None:
        verb = next((v for v in reversed(verbs) if v.end <= during_start(s, item)), None)
    if verb is None:
        return [], None
    if negated(s.scan, verb, s.clause(verb.start)):
        return [], None
    main = next((f for f in frames if f.item.start == verb.start and f.subjects), None)
    if main is not None:
        return list(main.subjects), main
    if verb.start < destination.end or s.language.get("subject_order", ["before"])[0] != "before":
        return [], None
    end = s.clause(item.start)[1]
    group = next((i for i, c in enumerate(s.chunks) if c.start >= end), None)
    if group is None or s.chunks[group].start > verb.start \
            or not all(w in s.lead_words for w in s.words(end, s.chunks[group].start)):
        return [], None
    subjects = [c for c in s.group_from(group, forward=True) if c.agent and c.end <= verb.start]
    return ([] if any(s.possessor(c) for c in subjects) else subjects), None


def _speaker(s: SentenceView, item: Item, verbs: list[Item]) -> list[Chunk]:
    """Who said something during the visit: the speaker of a verb of saying right before the during phrase.

    "Japan will send aid, Foreign Minister Iwaya said during a visit to
    Kyiv", «..., заявил министр Ивая во время визита в Киев», «Рубио заявил
    во время визита в Эр-Рияд, что ...»: the speaker made the visit, not the
    subject of what was said. The verb is the last one before the phrase, in
    its clause, not negated; its speaker is the actor group between it and
    the phrase, else the group right before it.
    """
    start = during_start(s, item)
    verb = next((v for v in reversed(verbs) if v.end <= start), None)
    if verb is None or not any(t.kind == "cue" and t.data[0] == "reported" for t in verb.tags) \
            or s.clause(verb.start) != s.clause(start) or negated(s.scan, verb, s.clause(verb.start)):
        return []
    after = [c for c in s.chunks if verb.end <= c.start and c.end <= start and c.agent]
    if after:
        return [] if [w for w in s.words(after[-1].end, start) if w not in s.lead_words] else after
    k = next((k for k in range(len(s.chunks) - 1, -1, -1) if s.chunks[k].end <= verb.start), None)
    if k is None or [w for w in s.words(s.chunks[k].end, verb.start) if w not in s.gap_words]:
        return []
    return [c for c in s.group_from(k, forward=False) if c.agent and not s.possessor(c)]


def during_start(s: SentenceView, event: Item) -> int | None:
    """Where the ``during_words`` phrase before the event noun starts (articles between: "lors du sommet"), or None."""
    if not s.holds_phrase("during_words"):
        return None  # (no such phrase in the sentence, most hold none: its words are not walked)
    spans = [(a, b) for a, b in s.scan.words if b <= event.start][-8:]
    before = [s.text[a:b] for a, b in spans]
    # (a modality cue may qualify the noun: "during his upcoming visit", «خلال زيارته المرتقبة»)
    cued = {a for a, _ in spans if any(c.start <= a < c.end for c in s.scan.of_kind("cue"))}
    for phrase in s.language.folded("during_words"):
        words = phrase.split()
        for skip in range(3):
            end = len(before) - skip
            if end >= len(words) and before[end - len(words):end] == words \
                    and all(w in s.lead_words or a in cued for w, (a, _) in zip(before[end:], spans[end:])):
                return spans[end - len(words)][0]
    return None
