"""Verbs in their clause: the default construction, and its direct-object variant.

A verb's subject is the actor group right after it (VSO) or right before it
in its clause (SVO), by ``subject_order`` in language.yaml; its object is the
phrase after it. A passive verb (:mod:`.passive`) and a verb in a relative
clause (:mod:`.relative`) take theirs by their own rules; a noun trigger is
read as an event noun (:mod:`.noun`).
"""
from __future__ import annotations

from typing import Callable

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import (
    NO_OBJECT, Object, agrees, compound, content_span, coordinated, delegates, main_subject, noun_in_use, object_after,
    object_group,
    participle_clause, shared_subject, subject_after_object, subject_before, venue_end,
)
from diplograph.events.frames.continued import finite
from diplograph.events.frames.core import Context, Frame, Reading
from diplograph.events.frames.guards import ADDRESSEE_REACH, not_addressee
from diplograph.events.frames.light import light_subject
from diplograph.events.frames.noun import noun_reading
from diplograph.events.frames.perfect_adjunct import adjunct_subject, perfect_adjunct_subject
from diplograph.events.frames.place_relative import place_relative
from diplograph.events.frames.purpose import purpose_subject
from diplograph.events.frames.passive import agent_phrase, agentless_passive, passive, reduced_passive, reduced_patient
from diplograph.events.frames.predicates import ACTOR_OBJECTS, EVENT_OBJECTS, OBJECT_BEFORE_CONTENT, URGING, WISHES
from diplograph.events.frames.registry import construction
from diplograph.events.frames.target import target_first, targeted
from diplograph.events.frames.included import included_object, included_subjects
from diplograph.events.frames.relative import (
    antecedent, bare_antecedent, in_relative, light_noun, light_reading, object_relative, relative_reading,
)
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.lang.scanner import Item

__all__ = ["active_reading", "clause_reading", "verb_reading"]


def active_reading(ctx: Context) -> Reading:
    """An active verb: its subject where the language puts it, or the last clause's; its object after it."""
    s, item, trigger, clause = ctx.view, ctx.item, ctx.trigger, ctx.clause
    order = ["before"] if trigger.plural or fronted_subject(s, item, clause, trigger) \
        else s.language.get("subject_order", ["before", "after"])
    # "прибыл в Анкару, где встретится с": a relative on a venue, its subject unsaid, is read as a conjunct
    joined = coordinated(s, item) or place_relative(s, item)
    # the statements of clauses: not compounds ("Iranian-backed"), nor event nouns inside a phrase
    # ("condemned the Israeli strikes on Damascus, urging ...": the League urges)
    # nor an agent phrase on an event noun ("The summit, chaired by X, condemned ... and called for ...":
    # X chairs; the summit, not X, calls)
    clauses = [f for f in ctx.frames if not compound(s, f) and f.trigger.pos != "noun" and not noun_in_use(s, f.item)
               and f.trigger.frame != "participant"]
    participle = participle_clause(s, item, clause)
    subjects = []
    object_end = None  # where an object before the subject ends
    # "Le Qatar a reçu le ministre iranien en appelant à la retenue", "Somalia sought to isolate Ethiopia by
    # joining hands with Egypt": a gerund or "après avoir" after the main clause has its subject, never the
    # actor the main verb governs before it; with no actor there, it has none
    if (adjunct := adjunct_subject(s, item, trigger, clause)) is not None:
        if not adjunct:
            return Reading([], NO_OBJECT)
        subjects, participle = adjunct, True
    # A participle has no subject of its own: "غادر لافروف بيونغ يانغ متوجها إلى بكين".
    for side in order if not (participle or subjects) else ():
        if side == "after":
            # "شارك ممثلون عن تركيا وإيران": a state acts through the delegates named before it.
            found = delegates(s, item.end, clause[1])
            if not found:
                # "شارك في الاجتماع وزير الخارجية": the object first, then the subject.
                found, end = subject_after_object(s, item, clause[1], actor_object=trigger.predicate in ACTOR_OBJECTS,
                                                  event_object=trigger.predicate in EVENT_OBJECTS)
                object_end = end if found else None
            if found and found[0].start > item.start and not agrees(s, trigger, found[0]):
                # "وطالبت مجلس الأمن بالتحرك": no agreement, so the mention is the object and the subject elided
                found, object_end = [], None
        elif order[0] == "after" and (shared := shared_subject(s, item, clause)) is not None:
            # "وصل شكري إلى تركيا وأجرى محادثات": verb first, a coordinated verb shares the subject
            # of the verb before it; the actor right before it is that verb's object.
            found = shared
        else:
            # "welcomed Zelensky, expressing support": after a clause, the actor
            # before the comma is its object ("Macron, calling for calm," is no clause).
            found = subject_before(s, item.start, clause[0], comma=not (joined or participle))
        if found and found[0].start < item.start and in_relative(s, found, item):
            # "The attack that Russia launched on Kyiv killed ...": the actor ends a relative clause
            break
        if found:
            subjects = found
            break
    if (shared := purpose_subject(s, item, clause, subjects)) is not None:
        # "Lavrov visited Turkey to meet Fidan": not Turkey, the object of the verb before
        subjects = shared
    fronted = not subjects and bool(s.language.get("object_cases"))
    if fronted:
        # "В саммите приняли участие президенты ...", "Удары осудил президент": by its case, after the verb
        subjects = subject_by_case(s, item.end, clause[1])
    if not subjects and not participle and not (joined and clauses) and (included := included_subjects(s, item, clause)):
        # «ورحبت دول عربية عدة بالاتفاق، من بينها مصر والأردن»: the actors the generic subject includes
        return Reading(included[0], included_object(s, item, included[1], trigger))
    if len(subjects) > 1 and subjects[0].start < item.start and _listed(s, subjects[0].start):
        # "Entouré du ministre X, Emmanuel Macron a présidé", "Flanked by A and B, C said": the
        # agent phrase lists all but the last; the actor next to the verb is its subject.
        subjects = subjects[-1:]
    if not subjects:
        # "Canada slapped a new set of sanctions on ...": a light verb's subject.
        subjects = light_subject(s, item)
    if not subjects and (shared := perfect_adjunct_subject(s, item, trigger, clause)):
        # "Après avoir rencontré le roi, le président ...", "..., peu après avoir rappelé son ambassadeur":
        # read as a participle clause is, its object after it
        subjects, participle = shared, True
    if not subjects and (joined or participle) and clauses:
        # "تحدث بايدن مع ... وتحدث مع ...", "Egypt welcomed the deal, calling
        # for ...": a coordinated verb or a participle clause keeps the
        # subject of the last clause (not of a compound: "Iranian-backed").
        subjects = last_subjects(clauses)
    elif not subjects and (joined or participle):
        # "Le Mali a rappelé son ambassadeur, accusant Alger", "Maduro renewed his claim,
        # and accused Guyana": the main clause's subject, its verb unread.
        subjects = main_subject(s, item.start if participle else clause[0])
    if participle and subjects and clauses and (resumed := _detached_object(s, item, clauses[-1])) is not None:
        # «فرضت واشنطن عقوبات على مؤمني، متهمة إياه بالضلوع ...»: the detached pronoun is the last clause's object
        return Reading(subjects, resumed)
    inverted = bool(subjects) and subjects[0].start > item.start  # the subject follows the verb
    if inverted and content_next(s, trigger, subjects):
        # "رفضت إسرائيل المشاركة، واتهمت الرياض وباريس بمكافأة حماس": accusing names whom; the actors
        # before the content are that, and the subject is the last clause's (else unknown: none)
        if not (joined and clauses):
            return Reading([], NO_OBJECT)
        # (the object's coordinated actors are each an object too: _frames reads the group)
        first = subjects[0]
        return Reading(last_subjects(clauses), (first, (first.start, first.end), first.actor.type))
    obj = NO_OBJECT
    bare = bare_antecedent(s, item, trigger) if ctx.relative is None and inverted else None
    if (ctx.relative is not None or bare) and inverted:
        # "منتدى استضافته أبوظبي": the object is the phrase the relative word resumes.
        # («اتصال هاتفي أجراه السيسي مع ماكرون»: an indefinite noun's relative clause has no relative word)
        span = bare or antecedent(s, ctx.relative)
        if span and light_noun(s, span, trigger) and (light := light_reading(s, subjects, subjects[-1].end, clause[1],
                                                                          trigger)):
            # "الهجوم الذي شنته القوات على مستشفى": the antecedent is the light verb's noun.
            return light
        obj = (None, span, "Issue") if span else obj
    elif object_end is not None and subjects:
        obj = object_after(s, item.end, object_end, trigger)
    elif fronted and inverted and _asks(s, item):
        # "Неясно, посетит ли Эрдоган Москву": a question verb, its subject, then its object
        obj = object_after(s, subjects[-1].end, clause[1], trigger)
    elif fronted and inverted:
        # the object stands before the verb: the phrase that opens the clause
        obj = reduced_patient(s, item, (clause[0], item.start), floor=clause[0])
    elif subjects:
        after = subjects[-1].end if subjects[0].start > item.start and not participle else item.end
        addressee = object_after(s, after, clause[1], trigger)
        obj = addressed_content(s, addressee, clause[1], trigger)
        if obj[0] is None and addressee[0] is not None:
            subjects = not_addressee(subjects, addressee[0])
        if obj[1] is None:
            obj = shared_object(s, item, trigger)
        elif obj[0] is None:
            return Reading(subjects, obj, more=conjuncts(s, item, obj, trigger))
        if obj[1] is None and joined and clauses and _object_not_subject(subjects, item, trigger):
            # "زار سلام الرياض والتقى ولي العهد": a coordinated verb with one person after it
            # and nothing else keeps the last clause's subject; the person is its object.
            person = subjects[0]
            return Reading(last_subjects(clauses), (person, (person.start, person.end), person.actor.type))
    return Reading(subjects, obj)


def _detached_object(s: SentenceView, item: Item, last: Frame):
    """The last clause's actor object when a ``detached_pronouns`` word («إياه») follows the participle, else None."""
    after = s.scan.next_word(item.end)
    if after is None or s.text[after[0]:after[1]] not in s.language.folded("detached_pronouns") \
            or last.object_chunk is None:
        return None
    chunk = last.object_chunk
    return chunk, (chunk.start, chunk.end), chunk.actor.type


def _object_not_subject(subjects: list[Chunk], item: Item, trigger: Trigger) -> bool:
    """Is the one person after a coordinated verb that takes an actor object its object, not its subject?"""
    # Not with an object pronoun: in "واستقبله السيسي" the person after the verb is its subject.
    return len(subjects) == 1 and subjects[0].start > item.start and subjects[0].actor.type == "Person" \
        and trigger.predicate in ACTOR_OBJECTS and not trigger.object_pronoun


def content_next(s: SentenceView, trigger: Trigger, subjects: list[Chunk]) -> bool:
    """Does the content (a ``content_clitics`` word) follow the actors after a verb that names whom first (``object_before_content``)?"""
    if trigger.predicate not in OBJECT_BEFORE_CONTENT:
        return False
    after = s.scan.spans_between(subjects[-1].end)[:1]
    clitics = tuple(s.language.folded("content_clitics"))
    return bool(after and clitics) and s.text[slice(*after[0])].startswith(clitics)


def _asks(s: SentenceView, item: Item) -> bool:
    """Does a ``question_particles`` word follow the verb ("посетит ли Эрдоган Москву": whether he will)?"""
    after = s.scan.next_word(item.end)
    return after is not None and s.text[after[0]:after[1]] in s.language.folded("question_particles")


def fronted_subject(s: SentenceView, item: Item, clause: tuple[int, int], trigger: Trigger) -> bool:
    """In a subject-after language, does an actor open the verb's clause right before it (SVO)?

    At the clause's start or after a ``subject_openers`` word ("قال إن تركيا
    دعمت أذربيجان", "إسرائيل هاجمت سوريا"): the actor after the verb is then
    its object, not its subject. Not a verb with an object pronoun: "الرئيس
    استقبله السيسي" fronts the object.
    """
    openers = s.language.folded("subject_openers")
    if not openers or trigger.object_pronoun or s.language.get("subject_order", ["before"])[0] != "after":
        return False
    before = subject_before(s, item.start, clause[0], comma=False)
    if not before or [w for w in s.words(before[-1].end, item.start) if w not in s.gap_words]:
        return False
    opening = [w for w in s.words(clause[0], before[0].start) if w not in s.gap_words]
    return not opening or opening[-1] in openers or " ".join(opening[-2:]) in openers


def _listed(s, start: int) -> bool:
    """Does an agent phrase ("entouré de", "flanked by") stand right before ``start`` in its sentence?

    Right before: no actor between ("Grâce à la médiation du Qatar, l'Égypte et la Jordanie ont signé":
    the phrase governs Qatar, set apart, not the list after it).
    """
    return any(t.end <= start and not [w for w in s.words(t.end, start) if w in s.coordinators]
               and any(g.kind == "trigger" and g.data.frame == "participant" for g in t.tags)
               and not any(t.end <= c.start < start for c in s.chunks)
               for t in s.scan.items)


def shared_object(s: SentenceView, item: Item, trigger: Trigger) -> Object:
    """"A and B met and held talks with C": a verb with no object shares the actor object of the verb coordinated after it.

    Only an actor: "Iran and Oman met and agreed to resume talks" keeps its
    reciprocal reading.
    """
    end = s.clause(item.start)[1]
    following = next((v for v in s.scan.items if s.is_verb(v) and v.start >= end), None)
    if following is None or not coordinated(s, following) \
            or [w for w in s.words(end, following.start) if w not in s.coordinators and w not in s.gap_words]:
        return NO_OBJECT
    obj = object_after(s, following.end, s.clause(following.start)[1], trigger)
    return obj if obj[0] is not None else NO_OBJECT


def conjuncts(s: SentenceView, item: Item, obj: Object, trigger: Trigger) -> tuple[Object, ...]:
    """"threatened to close the border and to expel its diplomats": each coordinated content is an object.

    A conjunct follows the object's clause, opened by a coordinator and the
    same content marker that opened the object ("to", "de").
    """
    # from the trigger's start: its own form may end in the marker ("threatened to")
    lead = [w for w in s.words(item.start, obj[1][0])]
    markers = s.language.folded("content_markers")
    if not lead or lead[-1] not in markers:
        return ()
    out: list = []
    end, last = obj[1][1], obj[1]
    relatives = s.language.folded("object_relatives")
    while True:
        if any(w in relatives for w in s.words(*last)):
            # "repeal the laws that limit freedoms of assembly and expression": what a
            # coordinator adds after a relative clause belongs to it
            return tuple(out)
        words = s.scan.spans_between(end)[:2]
        wished = trigger.predicate in WISHES
        if wished and words and s.text[slice(*words[0])] not in s.coordinators and _listed_after(s, end, words[0][0]) \
                and not _participle(s, words[0]):
            # ", investigate the irregularities, and repeal": a comma lists the next bare verb;
            # ", arguing they have worsened the crisis" is the subject's adjunct, no content
            words = [(end, end)] + words[:1]
        if len(words) < 2 or (s.text[words[0][0]:words[0][1]] not in s.coordinators and words[0][0] != end) \
                or s.clause(words[0][0])[0] < end:
            return tuple(out)
        if s.text[words[1][0]:words[1][1]] == lead[-1]:
            start = words[1][1]
        elif wished and (verb := _after_adverb(s, words[1])) is not None:
            # ", transparently investigate the irregularities": a manner adverb before the bare verb
            start = verb[0]
        elif wished and _bare_verb(s, words[1]):
            # "urged Iran to free the hostages and halt enrichment": the marker is not repeated
            start = words[1][0]
        else:
            return tuple(out)
        more = object_after(s, start, s.clause(start)[1], trigger)
        if more[1] is None or more[0] is not None:
            return tuple(out)
        if any(s.is_verb(v) and more[1][1] <= v.start < s.clause(start)[1]
               and not s.text[more[1][1]:v.start].strip() for v in s.scan.items):
            # "transparently investigate ...": a phrase a verb cuts is no conjunct
            return tuple(out)
        out.append((None, more[1], "Issue"))
        end, last = more[1][1], more[1]


def _after_adverb(s: SentenceView, word: tuple[int, int]) -> tuple[int, int] | None:
    """The bare verb right after a manner adverb (an ``adverb_suffixes`` ending: "transparently investigate"), or None."""
    text = s.text[slice(*word)]
    if not any(text.endswith(x) and len(text) > len(x) + 2 for x in s.language.folded("adverb_suffixes")) \
            or any(c.start <= word[0] < c.end for c in s.chunks) or any(it.start <= word[0] < it.end for it in s.scan.items):
        return None
    after = s.scan.spans_between(word[1])[:1]
    return after[0] if after and _bare_verb(s, after[0]) else None


def _listed_after(s: SentenceView, end: int, start: int) -> bool:
    """Does a comma alone stand between the end of a conjunct and the next word?"""
    return bool(s.text[end:start].strip()) and all(ch in s.commas or ch.isspace() for ch in s.text[end:start])


def _participle(s: SentenceView, word: tuple[int, int]) -> bool:
    """Is the word an active participle (``active_suffixes``, ``participle_words``): "arguing", "saying"?"""
    text = s.text[slice(*word)]
    active = tuple(s.language.folded("active_suffixes"))
    return text in s.language.folded("participle_words") or (bool(active) and text.endswith(active))


def _bare_verb(s: SentenceView, word: tuple[int, int]) -> bool:
    """Can the word open a conjunct with no content marker: no function word, actor, cue or trigger ("and halt enrichment")?"""
    text = s.text[slice(*word)]
    if finite(s, word):
        # "agreed to resume talks and pledged aid": a finite verb is the subject's next act, no content
        return False
    # a verb trigger may open one ("and repeal the laws"); a cue, an actor or an event noun not
    return text not in s.lead_words and text not in s.gap_words and text not in s.coordinators \
        and not any(c.start <= word[0] < c.end for c in s.chunks) \
        and not any(it.start <= word[0] < it.end and not s.is_verb(it) for it in s.scan.items)


def last_subjects(frames: list) -> list:
    """The subjects of the last trigger read, over all its frames ("Iran and Oman met": both)."""
    out: list = []
    for f in frames:
        if f.item is frames[-1].item:
            out += [c for c in f.subjects if c not in out]
    return out


def addressed_content(s: SentenceView, obj: Object, clause_end: int, trigger: Trigger) -> Object:
    """"urged Iran to halt enrichment": the object is what is urged, not the addressee.

    For the predicates of predicates.yaml ``urging``, an actor object that a
    ``content_markers`` word follows (language.yaml: "to", "à", "إلى"), or a word
    with a ``content_clitics`` clitic ("بسحب"), is the addressee; the content
    after the marker is the object. A word with a ``content_suffixes`` ending
    (an infinitive: "призвал Вашингтон отказаться") opens the content itself,
    and so does any word after an actor that an ``addressee_words`` word marks
    ("потребовал от Израиля прекращения огня").
    """
    chunk = obj[0]
    if chunk is None and trigger.predicate in URGING and obj[1] is not None:
        return _unnamed_addressee(s, obj, clause_end)
    if chunk is None or trigger.predicate not in URGING:
        return obj
    group = object_group(s, chunk)
    after = s.scan.next_word(group[-1].end)
    if after is None:
        return obj
    if s.possessor(group[-1]) and (head := _possessed_marker(s, group[-1].end, clause_end)) is not None:
        # "urged Sudan's warring parties to return to talks": the possessed noun is the addressee.
        after = head
    word = s.text[after[0]:after[1]]
    marked = [s.text[a:b] for a, b in s.spans_before(chunk.start)]
    clitic = next((c for c in s.language.folded("content_clitics") if word.startswith(c) and len(word) > len(c) + 2), None)
    by_clitic = False
    if word in s.language.folded("content_markers"):
        start = after[1]
    elif (any(word.endswith(x) and len(word) > len(x) + 2 for x in s.language.folded("content_suffixes"))
          or (marked and marked[0] in s.language.folded("addressee_words"))):
        start = after[0]
    elif clitic is not None and not any(c.start <= after[0] < c.end for c in s.chunks):
        # "بسحب قواتها": the content begins inside the word, after its clitic
        start, by_clitic = after[0] + len(clitic), True
    else:
        return obj
    span = content_span(s, start, max(clause_end, s.clause(after[0])[1]))
    if by_clitic and (span is None or len(s.words(*span)) < 2):
        # "طالبها بشدة" (strongly): one word after a clitic is a manner, not a content
        return obj
    return (None, span, "Issue") if span else NO_OBJECT


def _unnamed_addressee(s: SentenceView, obj: Object, clause_end: int) -> Object:
    """"urged the warring parties to return to talks": a few words no actor names, then a content marker.

    The object is what is urged, after the marker; a longer phrase stays as it is.
    """
    span = obj[1]
    after = s.scan.next_word(span[1])
    words = [w for w in s.words(*span) if w not in s.lead_words]
    if (inner := _marker_inside(s, span)) is not None:
        # "призвал все стороны к сдержанности": the phrase ran on past the addressee's marker
        content = content_span(s, inner[1], max(clause_end, s.clause(inner[0])[1]))
        return (None, content, "Issue") if content else obj
    if (verb := _infinitive_after_addressee(s, span, after)) is not None:
        # "призвал международное сообщество оказать давление": an infinitive opens the content itself
        content = content_span(s, verb[0], max(clause_end, s.clause(verb[0])[1]))
        return (None, content, "Issue") if content else obj
    if after is None or s.text[after[0]:after[1]] not in s.language.folded("content_markers") \
            or s.text[span[1]:after[0]].strip() or not words or len(words) > ADDRESSEE_REACH:
        # (the marker right after the phrase: not across a comma, ", a condamné")
        return obj
    nxt = s.scan.next_word(after[1])
    if nxt is None or s.text[nxt[0]:nxt[1]] in s.lead_words or any(c.start <= nxt[0] < c.end for c in s.chunks):
        # "to" before a noun phrase is no infinitive ("called the plan a threat to Egypt")
        return obj
    content = content_span(s, after[1], max(clause_end, s.clause(after[0])[1]))
    return (None, content, "Issue") if content else obj


def _infinitive_after_addressee(s: SentenceView, span: tuple[int, int],
                                after: tuple[int, int] | None) -> tuple[int, int] | None:
    """The infinitive after a few words no actor names, inside the phrase or right after it, or None.

    "призвал все стороны проявить сдержанность", "призвал международное
    сообщество оказать давление": the words before it are the addressee (one
    to ``ADDRESSEE_REACH``), the infinitive opens what is urged. A phrase that
    opens with the infinitive is the content itself and stays as it is.
    """
    words = s.scan.spans_between(span[0], span[1])[:ADDRESSEE_REACH + 1]
    for i, word in enumerate(words):
        if s.text[slice(*word)] in s.lead_words:
            return None
        if _infinitive(s, word):
            return word if i else None
    if after is not None and len(words) <= ADDRESSEE_REACH and not s.text[span[1]:after[0]].strip() \
            and _infinitive(s, after):
        return after
    return None


def _infinitive(s: SentenceView, word: tuple[int, int]) -> bool:
    """Is the word an infinitive by its ending (``content_suffixes``), in no mention and no body noun ("власти": authorities)?"""
    text = s.text[word[0]:word[1]]
    return any(text.endswith(x) and len(text) > len(x) + 2 for x in s.language.folded("content_suffixes")) \
        and not any(c.start <= word[0] < c.end for c in s.chunks) \
        and not any(it.start <= word[0] < it.end for it in s.scan.of_kind("body"))


def _marker_inside(s: SentenceView, span: tuple[int, int]) -> tuple[int, int] | None:
    """The content marker after a short addressee that opens the phrase ("все стороны к сдержанности"), or None.

    Not where a marker or lead word stands right before the phrase: then the
    content opened there ("призвал к переходу к переговорам"). The addressee's
    words are no lead words, triggers or infinitives ("призвал
    вернуться к переговорам": the content itself), and a word that is neither
    follows the marker.
    """
    before = s.scan.spans_between(s.clause(span[0])[0], span[0])[-1:]
    if before and s.text[slice(*before[0])] in s.lead_words | s.language.folded("content_markers"):
        return None
    markers, suffixes = s.language.folded("content_markers"), s.language.folded("content_suffixes")
    words = s.scan.spans_between(span[0], span[1])
    for i, (a, b) in enumerate(words[:ADDRESSEE_REACH + 1]):
        word = s.text[a:b]
        if word in markers:
            nxt = words[i + 1] if i + 1 < len(words) else None
            opens = nxt is not None and s.text[slice(*nxt)] not in s.lead_words \
                and not any(c.start <= nxt[0] < c.end for c in s.chunks)
            return (a, b) if i and opens else None
        # (a mention may stand there: "стороны" read as the pair the last sentence named)
        if word in s.lead_words or any(word.endswith(x) and len(word) > len(x) + 2 for x in suffixes) \
                or any(it.start <= a < it.end for it in s.scan.of_kind("trigger")):
            return None
    return None


#: How many words the noun a possessor's addressee names may have ("Sudan's warring parties").
_POSSESSED_WORDS = 3


def _possessed_marker(s: SentenceView, start: int, clause_end: int) -> tuple[int, int] | None:
    """The content marker after the noun a possessor owns ("Sudan's warring parties to"), or None.

    The noun's words are none of the lead words, actors or triggers.
    """
    markers = s.language.folded("content_markers")
    words = [(a, b) for a, b in s.scan.words if start <= a and b <= clause_end][:_POSSESSED_WORDS + 1]
    for i, (a, b) in enumerate(words):
        if s.text[a:b] in markers:
            # "to" opens the content before a verb, not before a noun phrase ("Syria's return to the Arab League")
            nxt = words[i + 1] if i + 1 < len(words) else None
            opens = nxt is not None and s.text[slice(*nxt)] not in s.lead_words \
                and not any(c.start <= nxt[0] < c.end for c in s.chunks)
            return (a, b) if i and opens else None
        if s.text[a:b] in s.lead_words or any(c.start <= a < c.end for c in s.chunks) \
                or any(it.start <= a < it.end and it.has("trigger") for it in s.scan.items):
            return None
    return None


def subject_by_case(s, end: int, clause_end: int) -> list:
    """The actor group after a verb that by its case can only be the subject ("осудил президент", not "осудил Китай").

    The first mention after ``end`` in the clause; its cases are known, meet
    ``subject_cases`` and miss ``object_cases``.
    """
    subject, objects = set(s.language.get("subject_cases")), set(s.language.get("object_cases"))
    for i, chunk in enumerate(s.chunks):
        if chunk.start < end or not chunk.agent:
            continue
        cases = s.cases(chunk)
        if chunk.start < clause_end and not s.oblique(chunk) and cases & subject and not cases & objects:
            return [c for c in s.group_from(i, forward=True) if c.agent]
        return []
    return []


def verb_reading(ctx: Context, *, active: Callable[[Context], Reading] = active_reading) -> Reading | None:
    """A verb: passive, agentless passive (no statement), in a subject relative clause, or ``active``."""
    if (first := target_first(ctx)) is not None:
        # "the sanctions imposed on Iran by the United States"
        return first
    if (turned := passive(ctx.view, ctx.item, ctx.clause)) is not None:
        # "The summit was hosted by Egypt": the agent is the subject, the
        # grammatical subject the object; "sanctions imposed by X on Y" fall on Y.
        return targeted(ctx, *turned)
    passive_marks = ctx.view.language.memo("passive_mark_set", lambda: set(ctx.view.language.get("passive_marks")))
    if agentless_passive(ctx.view, ctx.item, ctx.clause) \
            or any(t.kind == "trigger" and t.marks & passive_marks for t in ctx.item.tags):
        # "Syria was welcomed back": the grammatical subject is the
        # patient, and the agent goes unsaid.
        return None
    if reduced_passive(ctx.view, ctx.item, ctx.trigger.predicate, ctx.clause):
        # "the settlers accused of attacking", "trois diplomates, accusés d'ingérence": the phrase
        # before the participle is the one accused, and the accuser goes unsaid.
        return None
    if (resumed := object_relative(ctx)) is not None:
        # "the summit that Kazakhstan hosted", "The agreement, which Rwanda signed"
        return resumed
    if (own := case_relative(ctx)) is not None:
        # "Форум, который Россия проведёт": case tells the roles
        return own
    if ctx.subject_relative and not ctx.trigger.object_pronoun:
        return relative_reading(ctx)
    return active(ctx)


def case_relative(ctx: Context) -> Reading | None:
    """A relative clause with its own subject before the verb, where case tells the roles: "Форум, который Россия проведёт".

    The actor between the relative word and the verb, in a case that may be a
    subject, is the subject; the phrase the relative word resumes, the object.
    Only for a language that declares ``object_cases`` (the relative word's
    form may be its object's too: "который").
    """
    s, item = ctx.view, ctx.item
    if ctx.relative is None or not s.language.get("object_cases"):
        return None
    between = [i for i, c in enumerate(s.chunks) if ctx.relative.end <= c.start and c.end <= item.start]
    if not between or not s.chunks[between[0]].agent or s.no_subject(s.chunks[between[0]]):
        return None
    span = antecedent(s, ctx.relative)
    group = [c for c in s.group_from(between[0], forward=True) if c.agent and c.end <= item.start]
    if span and any(it.has("trigger") and span[0] <= it.start < span[1] for it in s.scan.items):
        # "Удар, который ВСУ нанесли по Белгороду": the phrase names the event; its object follows the verb
        return Reading(group, object_after(s, item.end, ctx.clause[1], ctx.trigger))
    return Reading(group, (None, span, "Issue")) if span else None


def clause_reading(ctx: Context) -> Reading | None:
    """A trigger read in its clause: as a passive with its agent phrase after the patient, an event noun, or a verb."""
    noun = ctx.trigger.pos == "noun"
    if (turned := agent_phrase(ctx.view, ctx.item, ctx.clause, noun=noun)) is not None:
        # "استُقبل عراقجي في بيروت من قبل نظيره", "تم توقيع الاتفاقية من قبل ..."
        return Reading(*turned)
    return noun_reading(ctx) if noun else verb_reading(ctx)


@construction("default")
def default(ctx: Context) -> Reading | None:
    """Subject where the language puts it, object after: "Egypt hosted the talks", "استضافت مصر المحادثات"."""
    return clause_reading(ctx)


@construction("direct")
def direct(ctx: Context) -> Reading | None:
    """As default, but the object must be an actor that opens the phrase: "received Mr Abbas".

    Not "received weapons from Germany" nor "received Russia's proposal".
    A venue may stand before it: "принял в Кремле премьер-министра Малайзии".
    """
    found = clause_reading(ctx)
    chunk = found.obj[0] if found is not None else None
    if chunk is None or ctx.view.possessor(chunk) or not _opens(ctx.view, ctx.item.end, chunk.start):
        return None
    return found


def _opens(s: SentenceView, start: int, end: int) -> bool:
    """Are the words between two positions only lead words, venues and the title of the actor at ``end``?

    A venue is a locative preposition and a mention that may not act (a place,
    a seat named as the place: "a reçu à Rabat le président"), or what
    ``venue_end`` reads as one ("в Кремле"); a date may stand there too
    ("received on Sunday evening the Iranian minister"). A title with its
    nationality adjective may open the actor's name: «لقائه نظيره الأمريكي دونالد ترامب».
    """
    locatives = s.language.folded("locative_prefixes")
    titled = [(it.start, it.end) for it in s.scan.of_kind("title") if start <= it.start and it.end <= end]
    pos = start
    for a, b in [(a, b) for a, b in s.scan.words if start <= a and b <= end]:
        word = s.text[a:b]
        if a < pos or word in s.lead_words or word in locatives or s.is_date(a) \
                or any(c.start <= a < c.end and s.venue(c) for c in s.chunks):
            continue
        if titled and (any(x <= a < y for x, y in titled) or any(
                c.start <= a < c.end and c.via == "nationality" and c.start >= titled[0][1] for c in s.chunks)):
            continue
        venue = venue_end(s, a)
        if not venue or venue > end:
            return False
        pos = venue
    return True


@construction("content")
def content(ctx: Context) -> None:
    """A word that only opens reported content ("قال إن"): no statement of its own."""
    return None
