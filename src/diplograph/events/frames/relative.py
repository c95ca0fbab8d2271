"""Relative clauses: "Egypt, which hosted the talks", "ترامب الذي يرأس القمة", "وهو خيار تؤيده كييف".

In a subject relative clause the actor before the relative word is the
subject (or, in a VSO clause, the actor after the verb); in an object
relative clause the object is the phrase the relative word resumes.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import NO_OBJECT, object_after, span_type, subject_after, venue_end
from diplograph.events.frames.core import Context, Reading
from diplograph.events.frames.predicates import ACTOR_OBJECTS
from diplograph.events.frames.view import SentenceView
from diplograph.lang.normalise import fold
from diplograph.lang.scanner import Item

__all__ = ["antecedent", "bare_antecedent", "before_relative", "in_relative", "light_noun", "light_reading",
           "object_relative", "relative_reading"]


def relative_reading(ctx: Context) -> Reading:
    """A verb in a subject relative clause: "ترامب الذي يرأس القمة", "Egypt, which hosted the talks".

    In a VSO clause the subject may follow: "التي عارضت فرنسا بنودها".
    """
    s, item, clause = ctx.view, ctx.item, ctx.clause
    subjects: list[Chunk] = []
    for side in s.language.get("subject_order", ["before", "after"]):
        subjects = subject_after(s, item.end, clause[1]) if side == "after" else before_relative(s, ctx.relative)
        if subjects:
            break
    after = subjects[-1].end if subjects and subjects[0].start > item.start else item.end
    return Reading(subjects, object_after(s, after, clause[1], ctx.trigger))


def before_relative(s: SentenceView, relative: Item) -> list[Chunk]:
    """The actor a subject relative word follows: "ترامب الذي يرأس القمة"."""
    for i in range(len(s.chunks) - 1, -1, -1):
        chunk = s.chunks[i]
        if chunk.end <= relative.start:
            if chunk.agent and len(s.words(chunk.end, relative.start)) <= 1:
                return [c for c in s.group_from(i, forward=False) if c.agent]
            return []
    return []


def antecedent(s: SentenceView, relative: Item) -> tuple[int, int] | None:
    """The phrase a relative word resumes: the words before it, back to the previous cut.

    After a comma ("X، وهو خيار ...") that is the clause before the comma.
    """
    before = [c for c in s.cuts if c < relative.start]
    if not before:
        return None
    cut = max(before)
    if not s.text[cut:relative.start].strip(" " + s.commas):
        end = cut
        earlier = [c for c in s.cuts if c < end]
        start = max(earlier) if earlier else 0
    else:
        start, end = cut, relative.start
    # The resumed phrase is the one after the clause's last verb or actor, or an event noun and the actor
    # it governs right before the relative word («اتفاق غزة الذي اقترحته واشنطن», "the Gaza deal").
    marks = [it.end for it in s.scan.items if s.is_verb(it) and start <= it.start and it.end <= end]
    marks += [c.end for c in s.chunks if start <= c.start and c.end <= end and not _governed_last(s, c, end)]
    if marks and max(marks) < end:
        start = max(marks)
    # Its head is the last event noun in it: "بنتائج الاجتماع الوزاري الذي" resumes "الاجتماع الوزاري".
    heads = [it.start for it in s.scan.items if start <= it.start < end
             and (it.has("event") or (it.has("trigger") and not s.is_verb(it)))]
    if heads:
        start = max(heads)
    while start < end and not s.text[start].isalnum():
        start += 1
    return (start, end) if end > start else None


def _governed_last(s: SentenceView, chunk: Chunk, end: int) -> bool:
    """Is the actor the genitive of an event noun right before it, and the last word before ``end``?

    «اتفاق غزة الذي», «خطة ترامب التي»: the noun and its actor are the phrase resumed.
    """
    if s.words(chunk.end, end) or s.text[chunk.start:chunk.end] != s.text[chunk.start:chunk.end].lstrip():
        return False
    before = s.scan.spans_between(0, chunk.start)[-1:]
    if not before or not s.text[before[0][1]:chunk.start].isspace():
        return False
    a, b = before[0]
    word = s.text[a:b]
    if word in s.lead_words or word in s.gap_words or word in s.coordinators:
        return False
    # a noun: no verb, title, actor or cue («رئيس مصر الذي» resumes the president, «إلى الدوحة التي» the city)
    return not any(it.start < b and a < it.end and (s.is_verb(it) or not it.kinds.isdisjoint(_NOT_HEADS))
                   for it in s.scan.items)


#: Kinds of item that head no event phrase before a governed actor.
_NOT_HEADS = frozenset({"title", "actor", "cue", "body", "relative", "place", "capital", "plural_title", "group"})


def bare_antecedent(s: SentenceView, item: Item, trigger) -> tuple[int, int] | None:
    """The indefinite noun a verb with an object pronoun resumes with no relative word, or None.

    An indefinite noun takes its relative clause bare: «اتصال هاتفي أجراه
    السيسي مع ماكرون» (a call that Sisi made with Macron). Only a light
    verb's own noun (one of its ``object_words``), without the article
    (``article_prefixes``), in the few words right before the verb, no
    comma, actor or verb between.
    """
    if not trigger.object_pronoun or not trigger.object_words:
        return None
    before = s.spans_before(item.start, _BARE_WORDS)
    articles = tuple(s.language.folded("article_prefixes"))
    for k, (a, b) in enumerate(before):
        word = s.text[a:b]
        if not any(word.startswith(w) for w in trigger.object_words):
            continue
        if (articles and word.startswith(articles)) or any(ch in s.commas for ch in s.text[a:item.start]) \
                or any(a <= c.start < item.start for c in s.chunks) \
                or any(a < it.start < item.start and s.is_verb(it) for it in s.scan.items):
            return None
        return a, before[-1][1]
    return None


#: How many words a bare antecedent may run before its verb ("اتصال هاتفي").
_BARE_WORDS = 3


#: How many words an antecedent noun phrase may have ("the Sudan peace process").
_ANTECEDENT_WORDS = 5


def object_relative(ctx: Context) -> Reading | None:
    """A verb in an object relative clause: the antecedent noun phrase is its object.

    "the summit that Kazakhstan hosted", "The agreement, which Rwanda and
    the DRC signed", "l'accord que l'Iran a signé", and with the subject
    after the verb, "les garanties que réclame Kiev", "le sommet, auquel
    participera Lula". The relative word (``object_relatives``) follows a
    noun phrase that opens with one of ``determiners`` and holds no verb,
    actor or title; the verb's subject stands between the relative word
    and the verb, or right after the verb; and the verb takes no object of
    its own ("the ministry said that Iran attacked Israel" is no relative).
    """
    s, item, clause = ctx.view, ctx.item, ctx.clause
    relatives = s.language.folded("object_relatives")
    fused = fold(ctx.trigger.prefix) if ctx.trigger.prefix else ""
    subjects: list[Chunk] = []
    rel = None
    if fused and fused in relatives:
        # "la conférence qu'accueille l'Arabie saoudite": the relative word elided onto the verb
        rel = (item.start, item.start + len(fused))
    marks = s.memo("object_relatives", lambda: [a for a, b in s.scan.words if s.text[a:b] in relatives]
                   if not relatives.isdisjoint(s.vocabulary()) else [])
    if rel is None and not any(a < item.start for a in marks):
        return None
    before = s.scan.spans_between(0, item.start)[::-1] if rel is None else []
    for a, b in before[:12]:
        word = s.text[a:b]
        inside = next((c for c in s.chunks if c.start <= a < c.end), None)
        if inside is not None and inside.agent:
            if inside not in subjects:
                subjects.insert(0, inside)
        elif word in relatives and not any(it.start <= a < it.end and it.has("actor") for it in s.scan.items):
            rel = (a, b)
            break
        elif not (word in s.gap_words or (subjects and word in s.coordinators) or (not subjects and _modal_cue(s, a))):
            return None
    if rel is None:
        return None
    if not subjects:
        subjects = subject_after(s, item.end, clause[1])
    span = _noun_before(s, rel[0])
    if subjects and span is None and _named_antecedent(s, rel[0]):
        # "the talks with Iran that Oman hosted ended": the antecedent is no actor, and what follows is no object
        return Reading([], NO_OBJECT)
    if not subjects or span is None:
        return None
    after = max([item.end] + [c.end for c in subjects if c.start >= item.end])
    if light_noun(s, span, ctx.trigger):
        light = light_reading(s, subjects, after, clause[1], ctx.trigger)
        if light is not None or ctx.trigger.predicate in ACTOR_OBJECTS:
            # "the sanctions that the US imposed" sanctions no one named.
            return light
    chunk, own, _ = object_after(s, after, clause[1], ctx.trigger)
    if chunk is not None or (own is not None and len(s.words(after, own[0])) <= 1
                             and any(it.has("event") and it.start == own[0] for it in s.scan.items)):
        # "the report that Egypt hosted the summit": the verb has its own object.
        return None
    return Reading(subjects, (None, span, span_type(s, span)))


def _modal_cue(s: SentenceView, pos: int) -> bool:
    """Is the word at ``pos`` part of a cue that changes the verb, not its source ("auquel le Qatar a promis de participer")?"""
    return any(it.start <= pos < it.end and any(t.kind == "cue" and t.data[0] != "reported" for t in it.tags)
               for it in s.scan.of_kind("cue"))


def _named_antecedent(s: SentenceView, end: int) -> bool:
    """Does a noun phrase ending in a preposition's actor stand right before ``end`` ("the talks with Iran that")?

    Not an actor after a verb: "told Israel that Hamas ..." opens a complement clause.
    """
    chunk = next((c for c in reversed(s.chunks) if c.end <= end), None)
    if chunk is None or s.words(chunk.end, end):
        return False
    before = s.words(s.clause(chunk.start)[0], chunk.start)[-1:]
    return bool(before) and before[0] in s.lead_words and before[0] not in s.language.folded("determiners")


def _noun_before(s: SentenceView, end: int) -> tuple[int, int] | None:
    """The noun phrase before ``end`` ("the summit", "la conférence, à"): from its determiner, with no verb, cue or title in it.

    An actor may modify an event noun head ("the Gaza talks"), not be it ("the talks with Iran").

    A comma and a preposition may close it ("La conférence, à laquelle").
    """
    words = [(a, b) for a, b in s.scan.words if b <= end]
    if words and s.text[words[-1][0]:words[-1][1]] in s.lead_words and \
            s.text[words[-1][0]:words[-1][1]] not in s.language.folded("determiners"):
        words = words[:-1]
    if not words:
        return None
    last = words[-1][1]
    determiners = s.language.folded("determiners")
    elided = tuple(d for d in determiners if d.endswith("'"))
    head = words[-1][0]
    event = any(it.start <= head < it.end and (it.has("event") or it.has("trigger")) for it in s.scan.items)
    for a, b in words[::-1][:_ANTECEDENT_WORDS]:
        # a name may modify the head ("the Sudan peace process", "the Gaza talks"), not end the phrase
        modifier = b < last and event
        if any(ch in s.commas for ch in s.text[a:last]) or any(
                it.start < b and a < it.end and (s.is_verb(it) or it.has("cue") or it.has("title")
                                                 or ((it.has("actor") or it.has("body")) and not (modifier and it.end < last)))
                for it in s.scan.items):
            return None
        word = s.text[a:b]
        if word in determiners or (elided and word.startswith(elided)):
            return a, last
    return None


def light_noun(s: SentenceView, span: tuple[int, int], trigger) -> bool:
    """Is the antecedent the noun a light verb needs ("the attack that ... launched", "الهجوم الذي شنته")?"""
    return bool(trigger.object_words) and any(w in s.text[span[0]:span[1]] for w in trigger.object_words)


def light_reading(s: SentenceView, subjects: list[Chunk], after: int, clause_end: int, trigger) -> Reading | None:
    """A light verb whose noun is the antecedent: its object is the phrase a preposition opens after it.

    "the attack that Russia launched on Lviv", "الهجوم الذي شنته القوات على
    مستشفى"; not a venue or a date ("the agreement that X signed in May"):
    then the antecedent is the object (None here).
    """
    words = [(a, b) for a, b in s.scan.words if a >= after and b <= clause_end]
    if len(words) < 2 or s.text[words[0][0]:words[0][1]] not in s.lead_words \
            or venue_end(s, words[0][0]) or s.is_date(words[1][0]):
        return None
    obj = object_after(s, after, clause_end, trigger)
    return Reading(subjects, obj, light=True) if obj[1] is not None else None


#: How many words (a preposition, a determiner) may stand between a relative clause's verb and the actor after it.
_RELATIVE_TAIL = 2


def in_relative(s: SentenceView, subjects: list[Chunk], item: Item) -> bool:
    """Is the actor before a verb the last word of an object relative clause, not the verb's subject?

    "The attack that Russia launched on Kyiv killed two people": the clause
    "that Russia launched on Kyiv" ends with the actor, and the verb after it
    is said of the antecedent ("the attack"). The relative word
    (``object_relatives``) follows a noun phrase (not "said that"); a verb or
    light verb of the clause stands a preposition and a determiner or so
    before the actor; the actor stands right before the verb.
    """
    relatives = s.language.folded("object_relatives")
    if relatives.isdisjoint(s.vocabulary()):
        return False  # (no relative word in the sentence, as in most: no clause to end)
    first, last = subjects[0], subjects[-1]
    if last.end > item.start or [w for w in s.words(last.end, item.start) if w not in s.gap_words]:
        return False
    verb = next((v for v in reversed(s.scan.items) if v.end <= first.start and (s.is_verb(v) or v.has("light"))), None)
    if verb is None or len(s.words(verb.end, first.start)) > _RELATIVE_TAIL \
            or any(w not in s.lead_words for w in s.words(verb.end, first.start)):
        return False
    rel = next(((a, b) for a, b in reversed(s.scan.spans_between(0, verb.start)) if s.text[a:b] in relatives), None)
    if rel is None or s.clause(rel[0])[0] != s.clause(item.start)[0] or _noun_before(s, rel[0]) is None:
        return False
    # the relative clause is short and has no other verb: "the plan that Egypt drafted and Qatar backed" coordinates
    return len(s.words(rel[1], verb.start)) <= _ANTECEDENT_WORDS and not any(
        w in s.coordinators for w in s.words(verb.end, item.start))
