"""Frames: a trigger with its subjects and object; :func:`find_frames` reads a sentence's triggers.

Each trigger is read by the construction its ``frame`` names (triggers.tsv,
see :mod:`~diplograph.events.frames.registry`); what every construction
shares happens here: the checks of ``object_words``, the tense, leaving out
what is the content of another statement, the reporting cues, and turning a
reading into one frame per object (or per pair, for a reciprocal act).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import (
    NO_OBJECT, Object, after_parenthesis, hollow, is_subject_relative, object_after, object_group, possessed, readings,
)
from diplograph.events.frames.continued import continues_content
from diplograph.events.frames.drafted import drafted
from diplograph.events.frames.guards import attributive, discussed, in_content, undone, urged
from diplograph.events.frames.owned import unowned_complement
from diplograph.events.frames.predicates import EVALUATIVE, EXCHANGED, FACTIVE, RECIPROCAL, WISHES
from diplograph.events.frames.reason import reason_object
from diplograph.events.frames.registry import handler, sentence_constructions
from diplograph.events.frames.reports import speakers, trailing_reports
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.fastinit import fast_init
from diplograph.lang.profile import Language
from diplograph.lang.scanner import Item, Scan

__all__ = ["CONTENT_FRAMES", "Context", "Frame", "Reading", "find_frames", "noun_future"]

#: Constructions whose object is content, not a fact: a stance's or a demand's
#: ("ready to host talks between A and B" states no talks).
CONTENT_FRAMES = frozenset({"stance", "deontic", "necessity"})
#: Constructions of a noun whose owner made the act it names: inside another's content it is still
#: stated ("رفضت إثيوبيا دعوة مصر إلى ...": Egypt did call; events/frames/governed.py).
STATED_FRAMES = frozenset({"governed"})


@fast_init
@dataclass(frozen=True)
class Frame:
    """A trigger with its subjects and object, in folded coordinates of the sentence."""

    trigger: Trigger
    item: Item
    subjects: tuple[Chunk, ...]
    object_chunk: Chunk | None
    object_span: tuple[int, int] | None
    object_type: str
    clause: tuple[int, int]
    #: the statement is set in the future: by the trigger's form, or for a
    #: masdar, which has no tense, by the verb before it
    future: bool = False
    #: starts of reporting cues after the trigger's clause that report it
    #: (", according to diplomats", ", the ministry said")
    reporters: tuple[int, ...] = ()
    #: each reporting cue of the sentence with the ids of the actors who speak it
    speakers: tuple[tuple[int, frozenset[str]], ...] = ()
    #: where the next clause opened by a word begins: sentence-wide future
    #: cues after it are another clause's ("... and will meet again in May")
    reach: int | None = None


@fast_init
@dataclass(frozen=True)
class Reading:
    """What a construction reads off a trigger: its subjects and its object."""

    subjects: list[Chunk]
    obj: Object = NO_OBJECT
    #: said of coordinated subjects only, each with the others ("X and Y spoke")
    mutual: bool = False
    #: the tense, when the construction decides it; else the trigger's (see :func:`noun_future`)
    future: bool | None = None
    #: the trigger as the construction reads it, when it differs from the row's
    #: ("is not ready to" refuses: :data:`~diplograph.events.frames.predicates.REFUSALS`)
    trigger: Trigger | None = None
    #: objects of coordinated conjuncts, each its own statement ("threatened
    #: to close the border and to expel its diplomats")
    more: tuple[Object, ...] = ()
    #: the trigger's object words stand in the antecedent of its relative clause, not
    #: in its object ("the attack that Russia launched on Lviv")
    light: bool = False


class _once:
    """``functools.cached_property`` without the lock it takes at each first read before Python 3.12 (a Context lives for one trigger)."""

    def __init__(self, fn):
        self.fn, self.name, self.__doc__ = fn, fn.__name__, fn.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


@dataclass
class Context:
    """One trigger of a sentence, as a construction handler sees it."""

    view: SentenceView
    item: Item
    trigger: Trigger
    clause: tuple[int, int]
    #: the frames of the sentence's earlier triggers (read only)
    frames: list[Frame]

    @_once
    def relative(self) -> Item | None:
        """The relative word that opens the trigger's clause before it, if any."""
        return next((r for r in self.view.scan.of_kind("relative")
                     if self.clause[0] <= r.start < self.item.start), None)

    @_once
    def subject_relative(self) -> bool:
        """Is that relative one whose clause takes the actor before it as subject ("which hosted")?"""
        return self.relative is not None and is_subject_relative(self.view, self.relative)


def noun_future(s: SentenceView, item: Item, trigger: Trigger) -> bool:
    """Is the statement future: by the trigger's form, or for a noun, which has no tense, by the verb before it?"""
    if trigger.pos != "noun":
        return trigger.future
    verbs = [v.tag("trigger").data for v in s.scan.of_kind("trigger") if v.end <= item.start]
    return bool(verbs) and verbs[-1].pos != "noun" and verbs[-1].future


def find_frames(scan: Scan, chunks: list[Chunk], *, language: Language) -> list[Frame]:
    """Every trigger of a sentence with the subjects and object the constructions attach to it.

    Args:
        scan: the scanned sentence.
        chunks: its actor mentions.
        language: its language.

    Returns:
        Frames, one per trigger that found both a subject and an object, then
        those of the sentence constructions (between, during).
    """
    if not chunks:
        return []  # every frame's subjects are mentions of the sentence: none, no frame
    s = SentenceView(scan, chunks, language)
    frames: list[Frame] = []
    for item in scan.items:
        if "trigger" not in item.kinds and "split" not in item.kinds:
            continue
        clause = s.clause(item.start)
        if in_content(s, item, clause) or urged(s, item, clause) \
                or continues_content(s, item, frames, content=_content):
            continue
        frames += _first_reading(s, item, clause, frames)
    for construction in sentence_constructions():
        frames += construction(s, frames)
    return [f for f in frames if not _restated(s, f, frames)]


def _restated(s: SentenceView, frame: Frame, frames: list[Frame]) -> bool:
    """Is the frame a light verb's own reading whose object is an event noun that states the act itself?

    "объявила о выделении Молдавии помощи": the noun gives providesAidTo by
    the light verb's subject; announcing it states nothing more.
    """
    if not frame.item.has("light") or frame.object_chunk is not None or frame.object_span is None:
        return False
    ids = {c.actor.id for c in frame.subjects}
    first = next((a for a, b in s.scan.words if a >= frame.object_span[0]), None)
    return any(g.trigger.pos == "noun" and g.item.start == first and ids & {c.actor.id for c in g.subjects}
               for g in frames if g is not frame)


def _first_reading(s: SentenceView, item: Item, clause: tuple[int, int], frames: list[Frame]) -> list[Frame]:
    """The frames of the first reading of a form (in file order) that its sentence satisfies.

    A form written by several rows has several senses ("أرسل" sends troops or
    aid, "رفع" lifts sanctions or raises an alert): a reading is satisfied when
    nothing undoes it, its construction finds its arguments and its object
    holds its ``object_words``; the next is tried otherwise.
    """
    for trigger in readings(s, item, clause):
        if undone(s, item, trigger, clause) or attributive(s, item, trigger) \
                or discussed(s, item, clause) or unowned_complement(s, item, trigger, clause) \
                or drafted(s, item, trigger):
            continue
        found = handler(trigger.frame)(Context(s, item, trigger, clause, frames))
        if found is not None and trigger.tail:
            found = past_tail(s, item, trigger, clause, found)
        if found is not None and (said := reason_object(s, item, trigger, clause)) is not None:
            # "thanked Turkey for hosting": the gerund is said of the object before "for", of no one else
            found = replace(found, subjects=[c for c in found.subjects if c in said]) if found.subjects else found
        if found is None:
            continue
        read = found.trigger or trigger
        if read.object_words and not found.light \
                and not _has_object_words(s, item, read, clause, found.obj[0], found.obj[1]):
            continue
        made: list[Frame] = []
        for obj in (found.obj, *found.more):
            # (one object, the usual case: the reading as it is; dataclasses.replace costs as much as a rule)
            one = replace(found, obj=obj, more=()) if found.more else found
            made += _frames(s, item, read, clause, one, frames + made)
        return made
    return []


def past_tail(s: SentenceView, item: Item, trigger: Trigger, clause: tuple[int, int], found: Reading) -> Reading | None:
    """A verb split from its fixed tail by its subject ("أطلقت السلطات سراح X"): the tail must follow the subject.

    The object is then what follows the tail, with the tail when it is a noun
    phrase ("حالة التأهب إلى الدرجة القصوى"), not a particle ("اعترض على").
    """
    if found.subjects and found.subjects[-1].end <= item.start:
        return apart(s, item, trigger, found)
    if not found.subjects or found.subjects[0].start < item.end:
        return None
    pos = _past_adjuncts(s, found.subjects[-1].end, trigger)
    if pos is None:
        return None
    clause = (clause[0], max(clause[1], s.clause(pos)[1]))
    after = [(a, b) for a, b in s.scan.words if a >= pos and b <= clause[1]]
    if len(after) <= len(trigger.tail) or tuple(s.text[a:b] for a, b in after[:len(trigger.tail)]) != trigger.tail:
        return None
    tail_end = after[len(trigger.tail) - 1][1]
    chunk, span, type_ = found.obj
    if span is None or span[0] < tail_end:
        chunk, span, type_ = object_after(s, tail_end, clause[1], trigger)
    if chunk is None and span is not None and trigger.tail[-1] not in s.language.folded("stopwords"):
        span = (after[0][0], span[1])
    return replace(found, obj=(chunk, span, type_), more=())


def _past_adjuncts(s: SentenceView, pos: int, trigger: Trigger) -> int | None:
    """Where a verb's tail may start after its subject: past time words, dates and a comma parenthesis.

    "واستخدمت الولايات المتحدة، الأربعاء، حق النقض": the tail follows the
    parenthesis. None when the parenthesis does not close as one
    (``after_parenthesis``: a verb or a reporting cue inside or after it).
    """
    while True:
        word = s.scan.next_word(pos)
        if word is None:
            return pos
        gap = s.text[pos:word[0]].strip()
        if gap and all(ch in s.commas for ch in gap):
            at = pos + s.text[pos:].index(gap[0])
            # a comma that cuts no clause sets off a date ("، الأربعاء،"): the words after it are read on
            pos = after_parenthesis(s, at, trigger) if at in s.cuts else word[0]
            if pos is None:
                return None
        elif not gap and (s.text[word[0]:word[1]] in s.gap_words or s.is_date(word[0])):
            pos = word[1]
        else:
            return pos


def apart(s: SentenceView, item: Item, trigger: Trigger, found: Reading) -> Reading | None:
    """A verb whose subject stands before it, apart from its tail ("прибыл вчера в Москву"): the tail follows later.

    Between the verb and its tail stand only time words (``subject_gap_words``,
    dates), venue phrases ("прибыл из Пекина в Дели") or a parenthesis set off
    by commas ("прибыл, после переговоров в Омане, в Москву"); the object
    follows the tail.
    """
    pos, tail = item.end, trigger.tail
    while True:
        words = [(a, b) for a, b in s.scan.words if a >= pos][:len(tail)]
        if len(words) == len(tail) and tuple(s.text[a:b] for a, b in words) == tail \
                and not s.text[pos:words[0][0]].strip():
            end = words[-1][1]
            return replace(found, obj=object_after(s, end, s.clause(end)[1], trigger), more=())
        gap = s.text[pos:words[0][0]].strip() if words else ""
        if gap and all(ch in s.commas for ch in gap):
            pos = after_parenthesis(s, pos + s.text[pos:].index(gap[0]), trigger)
            if pos is None:
                return None
            continue
        if not words:
            return None
        a, b = words[0]
        venue = next((c for c in s.chunks if c.start > a and s.venue(c) and not s.words(b, c.start)), None)
        if s.text[a:b] in s.gap_words or s.is_date(a):
            pos = b
        elif venue is not None and s.text[a:b] in s.language.folded("locative_prefixes"):
            pos = venue.end
        else:
            return None


def _has_object_words(s: SentenceView, item: Item, trigger: Trigger, clause: tuple[int, int], chunk: Chunk | None,
                      span: tuple[int, int] | None) -> bool:
    """Does the object phrase hold one of the trigger's ``object_words`` (an ambiguous verb's sense)?

    A mutual verb is checked on the phrase after its subjects, which it then
    drops: "تبادل X وY وجهات النظر" (exchanged views).
    """
    if span is None:
        return False
    words = s.text[item.end:span[1]] if span[0] >= item.end else s.text[span[0]:span[1]]
    if chunk is not None and span[0] >= item.end:
        # An actor object comes before what is given it: "supplied Ukraine with missiles".
        words = s.text[item.end:max(clause[1], span[1])]
    called = s.text[span[1]:clause[1]].split()[:1]
    if called and called[0] in s.language.folded("complement_words"):
        # "a jugé les frappes comme une atteinte à": what the object is called tells the sense
        words += " " + s.text[span[1]:clause[1]]
    return any(w in words for w in trigger.object_words)


def _covering(s: SentenceView, clause: tuple[int, int], ends: list[int]) -> tuple[int, int]:
    """The clause stretched to the clause of the last argument that a coordinator cut off ("Встреча Путина и Трампа не состоится").

    So the cues after the arguments ("не состоится") count for the frame.
    """
    last = max(ends, default=0)
    if last <= clause[1]:
        return clause
    return clause[0], s.clause(last - 1)[1]


def _content(frame: Frame) -> bool:
    """Is the frame's object phrase content that states nothing of its own?

    An issue phrase is; so is an event phrase after a wish: "offered to host
    a meeting between Iran and the US" hosts no meeting (predicates.yaml wishes).
    """
    return frame.object_span is not None and frame.object_chunk is None and (
        frame.object_type == "Issue" or frame.trigger.predicate in WISHES)


def _judges(item: Item, frames: list[Frame]) -> frozenset[str]:
    """The ids of the subjects of an evaluative frame (predicates.yaml evaluative) whose object phrase holds the item."""
    return frozenset(c.actor.id for f in frames if f.trigger.predicate in EVALUATIVE and f.object_span is not None
                     and f.object_span[0] <= item.start < f.object_span[1] for c in f.subjects)


def _before_trigger(s: SentenceView, span: tuple[int, int]) -> tuple[int, int]:
    """The span up to the last word before another trigger in it ("الأسرى والجثث بوساطة مصرية": the mediation is no part of it)."""
    cut = min([span[1]] + [t.start for t in s.scan.of_kind("trigger") if span[0] < t.start < span[1]])
    ends = [b for a, b in s.scan.spans_between(span[0], cut)]
    return (span[0], max(ends)) if ends else span


def _frames(s: SentenceView, item: Item, trigger: Trigger, clause: tuple[int, int], found: Reading,
            frames: list[Frame]) -> list[Frame]:
    """The frames of one reading: checked, dated, and one per object (or per pair)."""
    subjects = found.subjects
    chunk, span, type_ = found.obj
    if trigger.object_words and not found.light and not _has_object_words(s, item, trigger, clause, chunk, span):
        return []
    if found.mutual:
        # what is exchanged: the phrase after the verb, else the event noun itself ("обмен пленными")
        goods = found.obj[1] if found.obj[0] is None and found.obj[1] is not None else (item.start, item.end)
        goods = _before_trigger(s, goods)
        chunk, span, type_ = None, None, ""
    elif not subjects or (span is None and not (len(subjects) > 1 and trigger.predicate in RECIPROCAL)) \
            or (chunk is None and span is not None and hollow(s, span)):
        # "Iran and Oman met.": coordinated subjects meet each other with nothing after the verb.
        return []
    subjects = [c for c in subjects if chunk is None or c.actor.id != chunk.actor.id]
    future = found.future if found.future is not None else noun_future(s, item, trigger)
    # "تطالب موسكو بانسحاب أوكراني": what is demanded, proposed or rejected
    # is the content of that statement, not a fact of its own; what is
    # welcomed or condemned, when an event noun names it, is (predicates.yaml
    # factive): "condemned the Israeli strike", not "condemned the plan to strike".
    noun = any(t.kind == "trigger" and t.data.pos == "noun" for t in item.tags)  # a masdar may read as a verb too
    if trigger.frame not in STATED_FRAMES and any(_content(f) and (f.trigger.predicate not in FACTIVE or not noun)
           and f.object_span[0] < item.end and item.start < f.object_span[1] for f in frames):
        # (overlap, not the start alone: the form "to suspend" starts before the content "suspend ...")
        return []
    if noun and not (trigger.predicate in RECIPROCAL and possessed(s, item, trigger)) and (judges := _judges(item, frames)):
        # "أدانت السعودية الهجوم على قطر": who condemns the attack did not make it
        # (one's own meeting, judged, one did take part in: "وصف أردوغان لقاءه بماكرون بأنه مثمر")
        subjects = [c for c in subjects if c.actor.id not in judges]
        if not subjects:
            return []
    reach = next((w.start for w in s.scan.of_kind("clause") if w.start >= item.end), None)
    clause = _covering(s, clause, [c.end for c in subjects] + ([span[1]] if span is not None else []))
    context = (clause, future, trailing_reports(s, item, clause), speakers(s), reach)
    if found.mutual and trigger.predicate in EXCHANGED and len(subjects) > 1:
        # "Россия и Украина обменялись пленными": each side releases prisoners, not the other side
        return [Frame(trigger, item, (a,), None, goods, "Issue", *context) for a in subjects]
    if len(subjects) > 1 and chunk is None and (trigger.predicate in RECIPROCAL or found.mutual):
        # "Iran and Oman met": each meets the other.
        return [Frame(trigger, item, (a,), b, (b.start, b.end), b.actor.type, *context)
                for a in subjects for b in subjects if a.actor.id != b.actor.id]
    if subjects and not (chunk is None and trigger.predicate in RECIPROCAL):
        # one meets or negotiates with someone, never with a phrase
        # "welcomed both Assad and Zelensky": each coordinated actor is an object.
        objects = object_group(s, chunk) if chunk is not None else [chunk]
        return [Frame(trigger, item, tuple(c for c in subjects if o is None or c.actor.id != o.actor.id),
                      o, (o.start, o.end) if o is not None else span, o.actor.type if o is not None else type_,
                      *context)
                for o in objects]
    return []
