"""Negation and modality of a trigger, from the cues around it.

A negation cue counts in the trigger's clause, before it and close to it
("لا يُتوقع ... أن يشارك", "is not expected to attend"); a longer cue that
contains a negation word but does not negate ("لا تزال", "not only") wins by
being the longer match; a trigger whose own form carries a negation ("n'assistera")
is negated too, and so is the event a cancellation cue governs: its object
close after it or the event noun it is said of ("the summit was cancelled"),
not every event of its clause. Modality: hypothetical over future over reported over
asserted; a reporting cue counts before the trigger, or after it when it
reports the trigger's clause (", according to diplomats").
"""
from __future__ import annotations

from typing import Callable, Collection, Iterable, Iterator

from diplograph.lang.scanner import Item, Scan
from diplograph.lang.schema import check_column

__all__ = ["KINDS", "SCOPES", "cancelled", "cancels", "cue_patterns", "linked", "modality", "modifies", "negated", "opens_content", "own_words",
           "prospective", "unreal", "ahead", "OWN_BODY"]

#: The kinds of cue (cues.tsv ``kind``). ``possibility`` makes an imperfect verb right after it hypothetical;
#: ``not_negation`` and ``not_reported`` do nothing but win, by being longer, over the cue word they hold
#: ("not only", "needless to say"); ``refusal`` is a verb that negates the act after it ("refused to",
#: "failed to", «отказался»), unless a negation negates the refusal ("did not refuse to attend": attended).
#: ``not_hypothetical`` does nothing but win over the cue word it holds: "hopes of a deal", "fears over".
#: ``draft`` names a draft ("draft resolution", «مشروع قرار»): an appeal it makes is nobody's deed
#: (events/frames/drafted.py).
#: A ``yet`` adverb ("пока", "ещё", "так и") is no cue alone: it joins a cue led by a negation word
#: right after it («пока не состоится» reads as «не состоится»), so that no clause word it also is
#: ("пока": while) cuts there, and no near-copy rows are needed (:func:`cue_patterns`).
#: A ``temporal`` word ("when", "lorsque", «когда») opening a clause lets the future and hypothetical
#: cues of the clause before it count in it: "is expected to raise it when he meets Trump" meets later.
#: An ``assertion`` word ("while", «فيما») opens a clause the outlet states again itself: a sentence-wide
#: reporting cue before it reports nothing after it ("X said ..., while Y threatened ...": Y threatened).
#: A ``prospect`` word right after an imperfect verb makes it future: the resumptive of a visit that lies
#: ahead («في زيارة يلتقي خلالها نظيره»: during which he is to meet his counterpart); after a perfect it is past.
#: A ``speaker`` row is no cue in the text: it names a speaker with no state of its own ("the ministry",
#: "la porte-parole du ministère", «в МИД»), who speaks for a state's subject (:data:`OWN_BODY`).
KINDS = ("negation", "not_negation", "refusal", "cancellation", "future", "reported", "not_reported", "hypothetical",
         "possibility", "yet", "temporal", "not_hypothetical", "draft", "assertion", "prospect", "speaker")
#: Where a cue counts (cues.tsv ``scope``): before the trigger in its clause, anywhere in the sentence,
#: on the event noun it modifies ("possible sanctions"), or on the event noun it is the predicate of
#: ("the talks will be held", «визит запланирован на июль»; not "the loan will be disbursed"), or, for
#: ``content``, before the trigger in its clause or in the clause that opens right after the cue: what is
#: feared, hoped, demanded, aimed at or denied («опасается, что Иран нападёт», "denied that Riyadh agreed"),
#: a few words after the cue at most; ``event``: on the event noun after it in its clause, a few words
#: and no other event between ("ahead of his visit", «подготовка визита»): never on a verb.
SCOPES = ("clause", "sentence", "noun", "subject", "content", "event")
check_column("cues", "kind", lambda: KINDS)
check_column("cues", "scope", lambda: SCOPES)

#: The speaker id of a reporting cue that a ``speaker`` row speaks ("..., the ministry said"): the body of
#: whichever state the statement's subject is or acts for (:func:`own_words`).
OWN_BODY = "@own-body"

#: How many words before its trigger a negation cue may stand.
_NEGATION_REACH = 6


def cue_patterns(rows: Iterable[dict[str, str]],
                 forms: Callable[[str], Iterable[str]]) -> Iterator[tuple[str, tuple[str, str]]]:
    """The scanner patterns of cue rows: each folded form with its (kind, scope).

    A ``yet`` row makes no pattern of its own; put before every form led by a
    negation word, it makes that form again with the same reading.

    Args:
        rows: the rows of cues.tsv.
        forms: the folded forms of an entry.

    >>> rows = [{"cue": "not", "kind": "negation", "scope": "clause"},
    ...         {"cue": "not held", "kind": "cancellation", "scope": "clause"},
    ...         {"cue": "yet", "kind": "yet", "scope": "clause"}]
    >>> sorted(cue_patterns(rows, lambda entry: [entry]))  # doctest: +NORMALIZE_WHITESPACE
    [('not', ('negation', 'clause')), ('not held', ('cancellation', 'clause')),
     ('yet not', ('negation', 'clause')), ('yet not held', ('cancellation', 'clause'))]
    """
    rows = [row for row in rows if row["cue"].strip() and row["kind"] != "speaker"]
    adverbs = {form for row in rows if row["kind"] == "yet" for form in forms(row["cue"])}
    negations = {form for row in rows if row["kind"] == "negation" and len(row["cue"].split()) == 1
                 for form in forms(row["cue"])}
    for row in rows:
        if row["kind"] == "yet":
            continue
        for form in forms(row["cue"]):
            yield form, (row["kind"], row["scope"])
            if adverbs and form.split()[0] in negations:
                for adverb in adverbs:
                    yield f"{adverb} {form}", (row["kind"], row["scope"])


def cues(scan: Scan, kind: str):
    """The cue items of one kind, each with its scope."""
    for item in scan.of_kind("cue"):
        for tag in item.tags:
            if tag.kind == "cue" and tag.data[0] == kind:
                yield item, tag.data[1]


def negated(scan: Scan, trigger: Item, clause: tuple[int, int]) -> bool:
    """True when a negation cue governs the trigger.

    Args:
        scan: the scanned sentence.
        trigger: the trigger item.
        clause: the trigger's clause, in folded coordinates.

    Returns:
        Whether the statement is negated.
    """
    forms = [t.data for t in trigger.tags if t.kind == "trigger"]
    if any(t.negative and t.prefix for t in forms):
        # "n'assistera": a negation fused to the form negates it.
        return True
    refusal = next(reversed(_governing(scan, "refusal", trigger.start, clause)), None)
    if refusal is not None:
        # "refused to attend" does not attend; "did not refuse to attend" does.
        return not _governing(scan, "negation", refusal.start, clause) or cancelled(scan, trigger, clause)
    denied = any(not _verb_between(scan, cue, trigger) for cue in _governing(scan, "negation", trigger.start, clause))
    if any(t.negative for t in forms):
        # "was absent", «отказался от участия»: the form itself negates, and a negation before it
        # negates the absence ("was not absent", «не отказался от участия»)
        return not denied
    return denied or cancelled(scan, trigger, clause)


def _verb_between(scan: Scan, cue: Item, trigger: Item) -> bool:
    """Is the trigger an event noun that a verb trigger between the cue and it governs?

    "Qatar did not condemn Russia's invasion of Ukraine": the negation denies
    the condemning, not the invasion its object presupposes. A light verb
    ("did not hold talks") is no trigger: it leaves the noun denied.
    """
    if not all(t.data.pos == "noun" for t in trigger.tags if t.kind == "trigger"):
        return False
    return any(cue.end <= it.start and it.end <= trigger.start and not it.has("light") and any(
        t.kind == "trigger" and t.data.pos == "verb" for t in it.tags) for it in scan.items)


def _governing(scan: Scan, kind: str, pos: int, clause: tuple[int, int]) -> list[Item]:
    """The cues of a kind before ``pos`` in its clause (a ``content`` cue: or right before it), close enough to govern."""
    return [item for item, scope in cues(scan, kind)
            if (_content_governs(scan, item, pos, clause) if scope == "content"
                else item.end <= pos and clause[0] <= item.start
                and len(scan.words_between(item.end, pos)) <= _NEGATION_REACH)]


def _content_governs(scan: Scan, cue: Item, pos: int, clause: tuple[int, int]) -> bool:
    """Does a ``content`` cue govern what stands at ``pos``: before it in its clause, or opening its clause, a few words away?"""
    return cue.end <= pos and (clause[0] <= cue.start or opens_content(scan, cue, clause)) \
        and _span_words(scan, cue.end, pos) <= _NEGATION_REACH


def _span_words(scan: Scan, start: int, end: int) -> int:
    """How many words stand between two positions, a name or a title with its name counting as one.

    "denied reports that Foreign Minister Abbas Araghchi would travel": the
    content's subject is one phrase, however many words it is spelled with.
    """
    words = scan.spans_between(start, end)
    names = [(it.start, it.end) for it in scan.items if it.kinds & {"actor", "title"} and start <= it.start and it.end <= end]
    inside = sum(1 for a, b in words if any(x <= a and b <= y for x, y in names))
    return len(words) - inside + len(names)


def opens_content(scan: Scan, cue: Item, clause: tuple[int, int]) -> bool:
    """Is the clause the content that a cue right before it opens: no word between, or a noun and a correlative?

    «Израиль опасается, что Иран нападёт», «потребовала, чтобы Украина»: the
    comma or the complementizer cuts a clause, and what is feared or demanded
    is the clause after it; "Egypt, which called for the summit, hosted it",
    «опасается эскалации и нанёс удар»: the clause opens farther, no content.
    «опроверг сообщения о том, что Россия поставляет»: the reports' content is denied.

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> scan = Scanner([("fears", Tag("cue", ("hypothetical", "content")))]).scan("israel fears , that iran attacks")
    >>> cue = scan.of_kind("cue")[0]
    >>> opens_content(scan, cue, (13, 32)), opens_content(scan, cue, (25, 32))
    (True, False)
    """
    if cue.end > clause[0]:
        return False
    words = scan.spans_between(cue.end, clause[0])
    if not words:
        return True
    # a noun and the function words of a correlative after it: «опроверг сообщения о том, что ...»,
    # "a démenti les informations selon lesquelles ...": what the reports say is the content
    stops = [(it.start, it.end) for it in scan.of_kind("stop")]
    def stop(word: tuple[int, int]) -> bool:
        return any(a <= word[0] and word[1] <= b for a, b in stops)
    return stop(words[-1]) and sum(not stop(w) for w in words) <= 1


def cancelling(cue: Item) -> bool:
    """Is the cue a cancellation one ("n'aura pas lieu" is one, and future too)?"""
    return any(t.kind == "cue" and t.data[0] == "cancellation" for t in cue.tags)


def cancelled(scan: Scan, trigger: Item, clause: tuple[int, int]) -> bool:
    """Does a cancellation cue govern the trigger (:func:`cancels`)?"""
    return any(cancels(scan, item, trigger, clause) for item, _ in cues(scan, "cancellation"))


#: How many words may stand between a cancellation cue and the event it governs after it
#: ("cancelled his planned state visit"); farther, the event is another's.
_CANCEL_REACH = 5


def _events(scan: Scan, start: int, end: int) -> bool:
    """Does a trigger or an event noun stand inside ``[start, end)``?"""
    return any(start <= it.start and it.end <= end for it in scan.items if it.kinds & {"trigger", "event"})


def _nominal(trigger: Item) -> bool:
    """Is the trigger an event noun ("the visit", "la rencontre"), not a verb?"""
    return trigger.has("event") or any(t.kind == "trigger" and t.data.pos == "noun" for t in trigger.tags)


def cancels(scan: Scan, cue: Item, trigger: Item, clause: tuple[int, int]) -> bool:
    """Does a cancellation cue govern the trigger: the event it cancels, not any event of its clause?

    The event is the cue's object, close after it with no other event
    between ("cancelled his meeting with Putin", "إلغاء زيارته"), or the
    event noun it is said of, before it with no other event between ("the
    summit with Putin was postponed", "la rencontre n'aura pas lieu").
    "After a visit postponed in May, he met ...": the meeting is held.

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> from diplograph.events.lexicon import Trigger
    >>> meet, visit = Tag("trigger", Trigger("meetsWith", "verb")), Tag("trigger", Trigger("visits", "noun"))
    >>> scan = Scanner([("postponed", Tag("cue", ("cancellation", "clause"))), ("met", meet), ("visit", visit)]).scan(
    ...     "after the visit postponed in may he met them")
    >>> cue, visit_item, met_item = scan.of_kind("cue")[0], scan.items[0], scan.items[2]
    >>> cancels(scan, cue, visit_item, (0, 44)), cancels(scan, cue, met_item, (0, 44))
    (True, False)
    """
    if not clause[0] <= cue.start < clause[1]:
        return False
    if cue.start >= trigger.end:
        return _nominal(trigger) and not _events(scan, trigger.end, cue.start)
    if cue.end > trigger.start or len(scan.words_between(cue.end, trigger.start)) > _CANCEL_REACH \
            or _events(scan, cue.end, trigger.start):
        return False
    # a cue said of an event noun close before it ("a visit postponed in May") has no object after it (not one
    # far back in its clause: «عدم إحراز تقدم في الجهود ... كانا السبب وراء إلغاء القمة» cancels the summit)
    return not any(clause[0] <= it.start and it.end <= cue.start and _nominal(it)
                   and len(scan.words_between(it.end, cue.start)) <= _CANCEL_REACH
                   and not _events(scan, it.end, cue.start) for it in scan.items if it.kinds & {"trigger", "event"})


def _said_of(scan: Scan, cue: Item, trigger: Item, clause: tuple[int, int]) -> bool:
    """Is a clause cue after an event noun said of it: in its clause, no other event between?

    "Talks between Russia and Ukraine will be held in Istanbul", «Визит Моди
    в Москву запланирован на июль»: the noun is what will be held. After a
    verb the cue is another clause's ("met and will meet again").

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> from diplograph.events.lexicon import Trigger
    >>> scan = Scanner([("will be held", Tag("cue", ("future", "subject"))), ("talks", Tag("event", "Talks")),
    ...                 ("met", Tag("trigger", Trigger("meetsWith", "verb")))]).scan("talks in cairo will be held")
    >>> _said_of(scan, scan.of_kind("cue")[0], scan.of_kind("event")[0], (0, 27))
    True
    """
    return clause[0] <= cue.start < clause[1] and cue.start >= trigger.end and _nominal(trigger) \
        and not _events(scan, trigger.end, cue.start)


#: How many words (adjectives: "political") may stand between a ``noun`` cue and the event noun it modifies.
_MODIFIER_GAP = 2


def modifies(scan: Scan, cue: Item, trigger: Item) -> bool:
    """Does a ``noun``-scoped cue modify the trigger: an event noun beside it?

    "discussed possible sanctions", "future political talks", «قمة محتملة»:
    the cue stands before the trigger (an adjective stands before no verb:
    "possible sanctions on" may be either) or after an event noun, a few words
    (no function word, actor or other event) between. "met on Monday ahead of
    possible talks": the meeting is not what the cue modifies.

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> from diplograph.events.lexicon import Trigger
    >>> scan = Scanner([("possible", Tag("cue", ("hypothetical", "noun"))), ("of", Tag("stop")),
    ...                 ("met", Tag("trigger", Trigger("meetsWith", "verb"))), ("talks", Tag("event", "Talks"))]
    ...                ).scan("met ahead of possible new talks")
    >>> cue, met, talks = scan.of_kind("cue")[0], scan.of_kind("trigger")[0], scan.of_kind("event")[0]
    >>> modifies(scan, cue, talks), modifies(scan, cue, met)
    (True, False)
    """
    if cue.end <= trigger.start:
        start, end = cue.end, trigger.start
    elif _nominal(trigger):
        # after its noun only ("une rencontre éventuelle"): after a verb, the cue is its object's
        start, end = trigger.end, cue.start
    else:
        return False
    return start <= end and len(scan.words_between(start, end)) <= _MODIFIER_GAP \
        and not any(start <= it.start and it.end <= end for it in scan.items
                    if it.kinds & {"trigger", "event", "actor", "stop"})


#: How many words (a possessor, a time: "his", "next week's") may stand between an ``event`` cue and its noun.
_EVENT_GAP = 4


def ahead(scan: Scan, cue: Item, trigger: Item, clause: tuple[int, int]) -> bool:
    """Is an ``event``-scoped cue said of the trigger: an event noun after it in its clause, no other event between?

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> from diplograph.events.lexicon import Trigger
    >>> scanner = Scanner([("ahead of", Tag("cue", ("future", "event"))), ("visit", Tag("event", "Meeting")),
    ...                    ("summit", Tag("event", "Summit")), ("attacked", Tag("trigger", Trigger("attacks", "verb")))])
    >>> scan = scanner.scan("ahead of his visit")
    >>> ahead(scan, scan.of_kind("cue")[0], scan.of_kind("event")[0], (0, 18))
    True
    >>> scan = scanner.scan("ahead of the summit russia attacked")
    >>> ahead(scan, scan.of_kind("cue")[0], scan.of_kind("trigger")[0], (0, 35))
    False
    """
    return _nominal(trigger) and clause[0] <= cue.start and cue.end <= trigger.start \
        and len(scan.words_between(cue.end, trigger.start)) <= _EVENT_GAP and not _events(scan, cue.end, trigger.start)


def unreal(scan: Scan, trigger: Item) -> bool:
    """Is the event noun only possible: a hypothetical ``noun`` cue modifies it ("a possible summit", «قمة محتملة»)?

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> scan = Scanner([("possible", Tag("cue", ("hypothetical", "noun"))), ("summit", Tag("event", "Summit"))]).scan(
    ...     "a possible summit")
    >>> unreal(scan, scan.of_kind("event")[0])
    True
    """
    return any(scope == "noun" and modifies(scan, cue, trigger) for cue, scope in cues(scan, "hypothetical"))


def possible(scan: Scan, trigger: Item, clause: tuple[int, int]) -> bool:
    """Does a possibility cue before the trigger in its clause stand right before an imperfect verb?

    "قد تستضيف تركيا جولة من المفاوضات": Turkey may host, and the talks are
    only possible; "قد استضافت" (perfect) asserts.
    """
    for cue, _ in cues(scan, "possibility"):
        if not clause[0] <= cue.start < trigger.start:
            continue
        verb = next((it for it in scan.items if it.start > cue.start and it.kinds & {"trigger", "split"}), None)
        if verb is not None and not scan.text[cue.end:verb.start].strip() and _imperfect(verb):
            return True
    return False


def _imperfect(item: Item) -> bool:
    """Has the item an imperfect (present) verb reading?"""
    return any(t.kind in ("trigger", "split") and t.data.imperfect for t in item.tags)


def prospective(scan: Scan, trigger: Item) -> bool:
    """Does a prospect cue stand right after the trigger, an imperfect verb?

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> from collections import namedtuple
    >>> verb = lambda imperfect: Tag("trigger", namedtuple("Verb", "imperfect")(imperfect))
    >>> scanner = Scanner([("meets", verb(True)), ("met", verb(False)), ("therein", Tag("cue", ("prospect", "clause")))])
    >>> [prospective(scan, scan.of_kind("trigger")[0]) for scan in map(scanner.scan, ["meets therein", "met therein", "meets him therein"])]
    [True, False, False]
    """
    return any(not scan.text[trigger.end:cue.start].strip() and cue.start >= trigger.end
               for cue, _ in cues(scan, "prospect")) and _imperfect(trigger)


def _asserted_between(scan: Scan, start: int, end: int) -> bool:
    """Does an ``assertion`` word open a clause between a reporting cue and a trigger after it?

    "قالت الوزارة إنها ترفض ...، فيما هددت باريس ...": what Paris threatened
    is the outlet's own word again, not the ministry's report.

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> scan = Scanner([("while", Tag("cue", ("assertion", "clause")))]).scan("X said A, while Y threatened B")
    >>> _asserted_between(scan, 6, 20), _asserted_between(scan, 6, 9)
    (True, False)
    """
    return any(start <= item.start and item.end <= end for item, _ in cues(scan, "assertion"))


def own_words(speakers: Collection[tuple[int, Collection[str]]], side: Collection[str],
              side_of: Callable[[str], Collection[str]] = lambda actor_id: (actor_id,), *,
              subject_type: str = "", after: int = 0, contested: bool = False) -> frozenset[int]:
    """Starts of the reporting cues that the subject's own side speaks: the statement is asserted there (C3).

    The side of an actor is the actor and what it acts for: the state a
    ministry stands for, the state or body an official serves. The subject's
    own words are those of its side: "the Iranian Foreign Ministry said
    Araghchi met ...", "Lavrov said Russia ...", "the RSF commander announced
    the RSF's acceptance"; another state's official is a third party ("Lavrov
    said Rubio met ...": reported).

    A speaker with no state of its own (:data:`OWN_BODY`: "..., the ministry
    said", «сообщили в МИД») is the subject's own body when the subject is a
    state or acts for one (a body, an official); a party or a group has no
    ministry: "Hamas rejected the plan, the ministry said" stays reported.
    Only after the statement: "the ministry said Israel struck ..." may be
    any state's ministry (Gaza's), not the subject's. Nor when another state
    is the statement's object (``contested``): in "Russia struck Kyiv, the
    ministry said" it is as likely Ukraine's.

    Args:
        speakers: each reporting cue's start with the ids of the actors who speak it.
        side: the subject's side (its id, the state or body it serves).
        side_of: the side of a speaker's id.
        subject_type: the subject's actor type ("Country", "Person", ...).
        after: where the statement's trigger ends: a speaker with no state speaks for it from there on only.
        contested: another state (or one's body or official) is the statement's object.

    >>> sides = {"person/lavrov": ("person/lavrov", "country/rus"), "person/rubio": ("person/rubio", "country/usa")}
    >>> speakers = [(0, {"person/lavrov"})]
    >>> own_words(speakers, sides["person/lavrov"], sides.get), own_words(speakers, {"country/rus"}, sides.get)
    (frozenset({0}), frozenset({0}))
    >>> own_words(speakers, sides["person/rubio"], sides.get)
    frozenset()
    >>> bare = [(5, {OWN_BODY})]
    >>> own_words(bare, {"country/egy"}, subject_type="Country"), own_words(bare, {"org/hamas"}, subject_type="Organization")
    (frozenset({5}), frozenset())
    >>> own_words(bare, {"country/egy"}, subject_type="Country", after=9)
    frozenset()
    >>> own_words(bare, {"country/rus"}, subject_type="Country", contested=True)
    frozenset()
    """
    side = set(side)
    stately = (subject_type == "Country" or len(side) > 1) and not contested
    return frozenset(start for start, ids in speakers
                     if (stately and start >= after and OWN_BODY in ids) or any(not side.isdisjoint(side_of(i) or (i,)) for i in ids))


def linked(scan: Scan, clause: tuple[int, int]) -> int:
    """Where the clause's modal cues start counting: the clause before it when a temporal word opens it.

    "Lula is expected to raise it when he meets Trump": the meeting is as
    much to come as the raising; "Lula met Trump when he visited" is not.

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> scan = Scanner([("when", Tag("cue", ("temporal", "clause"))), ("and", Tag("clause"))]).scan(
    ...     "they met and he will raise it when he meets him")
    >>> linked(scan, (30, 47)), linked(scan, (9, 30))
    (9, 9)
    """
    if not any(item.start == clause[0] for item, _ in cues(scan, "temporal")):
        return clause[0]
    return max((it.start for it in scan.items if it.kinds & {"clause", "relative"} and it.start < clause[0]),
               default=0)


def modality(scan: Scan, trigger: Item, clause: tuple[int, int], *, future: bool = False,
             own: Collection[int] = (), reports: Collection[int] = (), reach: int | None = None,
             asked: bool = False) -> str:
    """The modality of a trigger: hypothetical, future, reported or asserted.

    Args:
        scan: the scanned sentence.
        trigger: the trigger item.
        clause: its clause.
        future: the trigger's own form marks the future (a future prefix or suffix).
        own: starts of reporting cues whose speaker is the statement's
            subject ("أكدت إيران رفضها", "Algeria said it ..."): the
            statement is the subject's own words, not reported.
        reports: starts of reporting cues after the trigger's clause that
            report it (", according to diplomats", ", the ministry said").
        reach: where the sentence-wide future cues after the trigger stop
            counting: the next clause opened by a word ("met on Monday and
            will meet again in May": the meeting on Monday is not future).
        asked: the sentence is a question ("Will Washington recognise ...?"):
            it asks, it states nothing.

    Returns:
        One of :data:`diplograph.types.MODALITIES`.
    """
    start = linked(scan, clause)

    def found(kind: str) -> bool:
        for item, scope in cues(scan, kind):
            if kind == "future" and cancelling(item) and cancels(scan, item, trigger, clause):
                # "la rencontre n'aura pas lieu", "the summit will not take place": the cancelled event was to come
                return True
            if scope == "noun":
                # said of an event noun ("possible sanctions", "the planned summit"), not of its clause;
                # "cancelled the planned summit" states the cancellation, now
                if modifies(scan, item, trigger) and not (kind == "future" and cancelled(scan, trigger, clause)):
                    return True
                continue
            if scope == "subject":
                # "talks between Russia and Ukraine will be held in Istanbul": said of the event noun
                # before it (its clause runs past the coordinator of its sides, where the reach stops)
                if _said_of(scan, item, trigger, clause):
                    return True
                continue
            if scope == "event":
                if ahead(scan, item, trigger, clause):
                    return True
                continue
            if scope == "content":
                # "fears that Iran will attack", «опасается, что Иран нападёт»: the content, not the clause after it
                # (close to it: "an agreement aimed at ending a war that killed thousands" killed them)
                if _content_governs(scan, item, trigger.start, clause):
                    return True
                continue
            if item.start == trigger.start or (kind == "reported" and item.start in own):
                continue
            if kind == "reported" and item.start in reports:
                return True
            if kind == "future" and reach is not None and item.start >= reach:
                continue
            if kind == "future" and item.start >= trigger.end and _events(scan, trigger.end, item.start):
                # "the visit on Saturday prepared Sisi's visit in the near future": a time after
                # another event is that event's
                continue
            if scope == "sentence" and kind == "reported" and _asserted_between(scan, item.end, trigger.start):
                continue
            if scope == "sentence" and (kind != "reported" or item.start < trigger.start):
                return True
            if scope == "clause" and (start if kind != "reported" else clause[0]) <= item.start < trigger.start:
                return True
        return False

    if asked or found("hypothetical") or possible(scan, trigger, clause):
        return "hypothetical"
    if future or found("future") or prospective(scan, trigger):
        return "future"
    if found("reported"):
        return "reported"
    return "asserted"
