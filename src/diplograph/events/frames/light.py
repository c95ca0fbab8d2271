"""Light verbs: the event noun states the act, the light verb gives its subject.

"Modi held a lengthy meeting with Ishiba", "Canada slapped a new set of
sanctions on ...", "a tenu une réunion avec", "عقد الصفدي اجتماعا مطولا مع",
"قام وانغ يي بزيارة رسمية إلى الجزائر". The light verbs are language data
(``light_verbs``); the event noun is a noun trigger, read by its own
construction, which asks :func:`light_subject` when no actor governs it.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import shared_subject, subject_after, subject_before
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

__all__ = ["light_relative", "light_subject"]

#: How many words ("a new round of", "جولة جديدة من") may stand between the light verb (or its subject) and the noun.
_LIGHT_GAP = 4


def light_subject(s: SentenceView, item: Item) -> list[Chunk]:
    """The subject of the light verb before an event noun, in its clause, or none.

    Between the verb (in a verb-first clause, its subject) and the noun stand
    at most a few words, and no actor, trigger or event noun: "held a new
    round of talks", not "held Hamas responsible for the talks".
    """
    clause, noun = s.clause(item.start), item.start
    verbs = [v for v in s.scan.items if v.has("light") and clause[0] <= v.start and v.end <= item.start]
    if not verbs and (verb := _before_parenthesis(s, clause[0])) is not None and _filler(s, clause[0], item.start):
        # "провели, при посредничестве ОАЭ, обмен пленными": a parenthesis between verb and noun
        clause, verbs, noun = s.clause(verb.start), [verb], verb.end
    if not verbs:
        return []
    verb = verbs[-1]
    if (shared := shared_subject(s, verb, clause)) is not None:
        # "وصل شكري إلى تركيا وأجرى محادثات مع نظيره": not the first verb's object.
        return shared if shared and _filler(s, verb.end, item.start) else []
    for side in s.language.get("subject_order"):
        if side == "after":
            found = [c for c in subject_after(s, verb.end, clause[1]) if c.end <= noun]
            start = found[-1].end if found else None
        else:
            found = subject_before(s, verb.start, clause[0])
            start = verb.end
        if found and start is not None and _filler(s, start, noun):
            return found
    if _conjunct(s, clause[0], verb.start) and _filler(s, verb.end, noun):
        # "Qatar condemned Iran and held a lengthy meeting with Hamas": a coordinated verb shares the
        # subject of the sentence's first verb (not of a gerund between: "praised Trump for lifting ... and pledged")
        first = next((v for v in s.scan.items if v.end <= clause[0] and (s.is_verb(v) or v.has("light"))), None)
        return subject_before(s, first.start, s.clause(first.start)[0]) if first is not None else []
    return []


def _conjunct(s: SentenceView, start: int, verb: int) -> bool:
    """Does a coordinator alone stand between the clause cut at ``start`` and the light verb ("..., and held")?"""
    before = s.words(start, verb)
    return start > 0 and bool(before) and all(w in s.coordinators for w in before)


def _filler(s: SentenceView, start: int, end: int) -> bool:
    """Are the words between a light verb and its noun only determiners and modifiers (``light_filler_words``)?"""
    words = s.words(start, end)
    allowed = s.language.folded("light_filler_words")
    gaps = s.language.folded("trigger_gap_words")
    timeless = [w for w in words if w not in gaps]  # "adopted on Friday a new package of"
    if len(timeless) > _LIGHT_GAP or any(w in s.lead_words and w not in allowed for w in words):
        # "made clear that talks ...": a complement clause, not the light verb's noun
        return False
    return not any(start <= c.start < end and not s.venue(c) for c in s.chunks) and \
        not any(start <= it.start < end and (it.has("trigger") or it.has("event") or it.has("light"))
                for it in s.scan.items)


#: How many words a parenthesis between a light verb and its noun may have.
_PARENTHESIS_WORDS = 8


def _before_parenthesis(s: SentenceView, start: int) -> Item | None:
    """The light verb that ends the clause before a parenthesis closed by the comma at ``start``, or None."""
    if start == 0 or s.text[start] not in s.commas:
        return None
    opening = max(c for c in s.cuts if c < start)
    if opening == 0 or s.text[opening] not in s.commas or len(s.words(opening, start)) > _PARENTHESIS_WORDS:
        return None
    return next((v for v in s.scan.of_kind("light") if v.end <= opening
                 and not s.text[v.end:opening].strip()), None)


def light_agent(s: SentenceView, item: Item) -> list[Chunk]:
    """The agent of a light verb's participle right after an event noun: "l'offensive lancée par la Russie contre Kharkiv".

    The participle (a ``light_verbs`` form) follows the noun, an ``agent_words``
    word follows it, and the actors right after that are the noun's subjects.
    """
    agents = s.language.folded("agent_words")
    after = s.scan.spans_between(item.end)[:2]
    if not agents or len(after) < 2 or s.text[slice(*after[1])] not in agents:
        return []
    # the participle may open a longer trigger ("menée par" of a delegation) that the scan found instead
    if s.text[slice(*after[0])] not in s.language.folded("light_verbs") \
            and not any((v.start, v.end) == after[0] for v in s.scan.of_kind("light")):
        return []
    clause = s.clause(item.start)
    return [c for c in subject_after(s, after[1][1], clause[1]) if c.agent]


#: How many words an actor group may have after the event noun, in a relative clause ("that Saudi Arabia and the US").
_RELATIVE_WORDS = 8


def light_relative(s: SentenceView, item: Item) -> tuple[list[Chunk], Item] | None:
    """The subjects and light verb of a relative clause the event noun heads, or None.

    "the attack that Russia launched on Lviv", "the talks which Egypt held
    with Israel", and with no relative word after a determiner, "the
    sanctions Washington imposed on Tehran": an ``object_relatives`` word
    (or nothing), an actor group, then a ``light_verbs`` form, all in the
    noun's clause; the clause's object is what the light verb's preposition opens.

    >>> from diplograph.examples import view
    >>> s = view("The attack that Russia launched on Kyiv", lang="en")
    >>> subjects, verb = light_relative(s, s.scan.items[1])
    >>> [c.actor.label for c in subjects], s.text[verb.start:verb.end]
    (['Russia'], 'launched')
    >>> s = view("The attack on Russia launched a debate", lang="en")
    >>> light_relative(s, s.scan.items[1]) is None
    True
    """
    after = s.scan.spans_between(item.end)[:1]
    if not after:
        return None
    start = after[0][0]
    if s.text[slice(*after[0])] in s.language.folded("object_relatives"):
        start = after[0][1]
    else:
        # no relative word: the noun must open its phrase with a determiner ("the sanctions Washington imposed")
        before = s.words(s.clause(item.start)[0], item.start)[-1:]
        if not before or before[0] not in s.language.folded("determiners"):
            return None
    first = next((i for i, c in enumerate(s.chunks) if c.start >= start), None)
    if first is None or not s.chunks[first].agent or s.words(start, s.chunks[first].start):
        return None
    group = [c for c in s.group_from(first, forward=True) if c.agent]
    end = group[-1].end
    verb = next((v for v in s.scan.of_kind("light") if v.start >= end), None)
    if verb is None or len(s.words(start, verb.start)) > _RELATIVE_WORDS \
            or [w for w in s.words(end, verb.start) if w not in s.gap_words]:
        return None
    return group, verb


#: How many words (adjectives) may stand between an event noun and the relative word of its light verb.
_RESUMED_GAP = 2


def light_resumed(s: SentenceView, item: Item) -> tuple[list[Chunk], int] | None:
    """The subjects of a light verb that resumes the event noun with a preposition, and where they end; or None.

    «الزيارة التي قام بها أردوغان إلى القاهرة», «الوساطة التي تقوم بها قطر بين
    ...»: a ``subject_relatives`` word a few words after the noun (its
    adjectives between), a ``light_verbs`` form, a ``resumptive_words`` word
    (the preposition with the pronoun of the noun), then the actor group;
    what follows is the noun's object.

    >>> from diplograph.examples import statements
    >>> text = "تحدث الوزير عن الزيارة التي قام بها الرئيس التركي رجب طيب أردوغان إلى مصر."
    >>> [(st.subject.label, st.predicate, st.object.label) for st in statements(text, lang="ar") if st.predicate == "visits"]
    [('Recep Tayyip Erdoğan', 'visits', 'Egypt')]
    """
    resumptive = s.language.folded("resumptive_words")
    if not resumptive:
        return None
    words = s.scan.spans_between(item.end)[:_RESUMED_GAP + 3]
    relatives = s.language.folded("subject_relatives")
    at = next((k for k, (a, b) in enumerate(words[:_RESUMED_GAP + 1]) if s.text[a:b] in relatives), None)
    if at is None or at + 2 >= len(words) or any(
            it.start < words[at][0] and it.end > item.end and it.kinds != {"stop"} for it in s.scan.items):
        return None
    verb, pronoun = words[at + 1], words[at + 2]
    if s.text[slice(*pronoun)] not in resumptive or not any(v.start == verb[0] for v in s.scan.of_kind("light")):
        return None
    first = next((i for i, c in enumerate(s.chunks) if c.start >= pronoun[1]), None)
    if first is None or not s.chunks[first].agent or s.words(pronoun[1], s.chunks[first].start):
        return None
    group = [c for c in s.group_from(first, forward=True) if c.agent]
    return group, group[-1].end
