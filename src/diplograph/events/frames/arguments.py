"""Finding arguments: the subjects and objects that constructions share.

Each function reads a :class:`~diplograph.events.frames.view.SentenceView`:
a verb's subject is the actor group right after it (VSO) or right before it
in its clause (SVO); a masdar's subject is the actor it governs ("رفض
موسكو"); an object is an actor, an event phrase or an issue phrase.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.predicates import (
    ACTOR_OBJECTS, BETWEEN, EVENT_OBJECTS, OBJECT_BEFORE_CONTENT, PLACE_OBJECTS, RECIPIENT_OBJECTS, RECIPROCAL, TARGET_OBJECTS, UNPOSSESSED_OBJECTS, WISHES,
)
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.lang.normalise import fold
from diplograph.lang.scanner import Item

if TYPE_CHECKING:
    from diplograph.events.frames.core import Frame

#: How many words a subject may stand before its verb (SVO).
_BEFORE_GAP = 3
#: How many words a parenthesis between a subject and its verb may have (", in turn,").
_PARENTHESIS_WORDS = 4
#: The most words of an apposition set off by commas (", a member of the European Union,").
_APPOSITION_WORDS = 12
#: How long an object phrase may run, in words.
_OBJECT_WORDS = 10
#: How many words into the object phrase such an actor may start ("اتصالا هاتفيا مع X").
_ACTOR_OBJECT_REACH = 6
#: How many words into the object phrase an event noun wins over an actor (EVENT_OBJECTS).
_EVENT_OBJECT_REACH = 4
#: How many words a prepositional object between a verb and its subject may have ("في الاجتماع الوزاري الطارئ").
_FRONTED_WORDS = 3
#: How many words naming delegates may open a list ("les ministres des Affaires étrangères de").
_DELEGATE_WORDS = 7
#: An object: the actor mention, the span (folded coordinates) and the type.
Object = tuple  # (Chunk | None, tuple[int, int] | None, str)
#: No object.
NO_OBJECT: Object = (None, None, "")


def readings(s: SentenceView, item: Item, clause: tuple[int, int]) -> list[Trigger]:
    """The readings of a form, in the order its rows are written; a masdar's first where a verb can't be.

    A verb in a subject-after language needs its subject after it; without
    one, only the masdar readings are kept ("رفضها": she rejected it / her
    rejection). Right after a speech verb, with no ``complementizers`` word
    between, it is the speech verb's object, a masdar: «أكد السيسي رفض مصر»
    reports Egypt's rejection. Right after a preposition (``noun_prepositions``:
    «على دعم الأردن», «على رأس الأولويات») no verb reading is kept at all.
    """
    # a verb read apart from its tail ("split") comes after the verb's own readings
    found = [t.data for t in item.tags if t.kind == "trigger"] + [t.data for t in item.tags if t.kind == "split"]
    before = s.text[:item.start].rsplit(None, 1)[-1:]  # the word before, without splitting the whole prefix
    if before and before[-1] in s.language.folded("noun_prepositions"):
        # No verb follows a preposition, even with no masdar reading: «على رأس الأولويات».
        return [t for t in found if t.pos != "verb"]
    if len(found) > 1 and s.language.get("subject_order", ["before"])[0] == "after":
        nouns = [t for t in found if t.pos == "noun"]
        if nouns and len(nouns) < len(found) and (
                not (after := subject_after(s, item.end, clause[1])) or reported_object(s, item, clause)
                or qualified(s, after[-1].end)):
            return nouns
    return found


def qualified(s: SentenceView, end: int) -> bool:
    """Does a ``masdar_adjectives`` word follow the actor ending at ``end``: «دعم الأردن الكامل» is a masdar, no verb?"""
    after = s.scan.spans_between(end)[:1]
    return bool(after) and s.text[slice(*after[0])] in s.language.folded("masdar_adjectives")


def reported_object(s: SentenceView, item: Item, clause: tuple[int, int]) -> bool:
    """Does a speech verb govern the item as its object: a reporting cue before it in its clause, no complementizer between?"""
    opening = s.language.folded("complementizers")
    if not opening:
        return False
    cue = next((c for c in reversed(s.scan.of_kind("cue")) if clause[0] <= c.start and c.end <= item.start
                and any(t.kind == "cue" and t.data[0] == "reported" for t in c.tags)), None)
    return cue is not None and not any(w in opening for w in s.words(cue.end, item.start))


def subject_after(s: SentenceView, end: int, clause_end: int) -> list[Chunk]:
    """The actor group right after ``end`` in its clause, a few gap words, titles or dates between (VSO)."""
    for i, chunk in enumerate(s.chunks):
        if chunk.start < end:
            continue
        if chunk.start >= clause_end or not chunk.agent or s.oblique(chunk):
            return []
        gap = [(a, s.text[a:b]) for a, b in s.scan.spans_between(end, chunk.start) if not s.in_title(a)]
        gap = gap[:len(gap) - _quantifier_size(s, [w for _, w in gap])]
        if len(gap) <= 3 and all(w in s.gap_words or w in s.honorifics or s.is_date(a) for a, w in gap):
            return [c for c in s.group_from(i, forward=True) if c.agent]
        return []
    return []


def _quantifier_size(s: SentenceView, words: list[str]) -> int:
    """How many of the words end in a ``subject_quantifiers`` phrase («كل من», each of), which opens a coordinated subject; else 0.

    «أدانت كل من مصر والأردن الهجوم»: Egypt and Jordan both condemn.
    """
    for phrase in s.language.folded("subject_quantifiers"):
        size = len(phrase.split())
        if len(words) >= size and " ".join(words[-size:]) == phrase:
            return size
    return 0


def agrees(s: SentenceView, trigger: Trigger, chunk: Chunk) -> bool:
    """May the mention after a singular verb be its subject by gender (``feminine_endings``, ``masculine_heads``)?

    "وطالبت مجلس الأمن بالتحرك": a feminine verb, a masculine head: the council is
    the object. A head of no sure gender (a state's name, a man's name in ة) agrees.
    """
    if not trigger.gender:
        return True
    words = s.words(chunk.start + chunk.trim, chunk.end)
    if not words:
        return True
    head = words[0]
    if head in s.language.folded("masculine_heads"):
        return trigger.gender == "m"
    # Only with the article: folded, the feminine ending may be spelt as a pronoun («بلاده», his country)
    endings = tuple(s.language.folded("feminine_endings"))
    articles = tuple(s.language.folded("article_prefixes"))
    if head in s.language.folded("feminine_heads") or (
            endings and articles and head.endswith(endings) and head.startswith(articles)
            and (chunk.actor.type != "Person" or s.in_title(chunk.start + chunk.trim))):
        return trigger.gender == "f"
    return True


def subject_after_object(s: SentenceView, item: Item, clause_end: int, *,
                         actor_object: bool = False, event_object: bool = False) -> tuple[list[Chunk], int]:
    """The actor group after a prepositional object that stands between a verb and its subject (VSO), and where that object ends.

    "شارك في الاجتماع وزير الخارجية", "وصل إلى الرياض أمس الوزير": the phrase
    opens with one of ``fronted_object_words`` and each of its few words
    carries the article (``article_prefixes``: a definite noun heads no
    construct, so the actor after it is no genitive of it) or is a venue;
    dates and gap words may follow it. "شارك في اجتماع وزير الخارجية" (the
    minister's meeting) names no subject. With ``actor_object`` (an act on an
    actor) a venue is no object: in "والتقى في القاهرة الرئيس" the person is met.
    With ``event_object`` (attending, chairing, hosting) a definite event noun
    may open the phrase with no preposition: «وحضر القمة الرئيس الفرنسي» (an
    event attends nothing, so the actor after it is the subject).
    """
    none: tuple[list[Chunk], int] = ([], item.end)
    preps = s.language.folded("fronted_object_words")
    articles = tuple(s.language.folded("article_prefixes"))
    venues = s.language.folded("venue_words")
    words = s.scan.spans_between(item.end, clause_end)
    direct = event_object and len(words) >= 2 and s.text[slice(*words[0])].startswith(articles or ("\0",)) \
        and any(it.start == words[0][0] for it in s.scan.of_kind("event"))
    if not direct and (not preps or not articles or len(words) < 3 or s.text[slice(*words[0])] not in preps
                       or (actor_object and s.text[slice(*words[0])] in venues)):
        return none
    count, end = int(direct), None  # words of the phrase; where it ended (at a venue, a date or a gap word)
    placed = False  # a venue word before a place after the phrase: "في الاجتماع في جدة"
    for k, (a, b) in enumerate(words[1:], 1):
        if any(it.start == a and s.is_verb(it) for it in s.scan.of_kind("trigger")):
            return none
        chunk = next((c for c in s.chunks if c.start <= a < c.end), None)
        if chunk is not None:
            if chunk.start < a:
                continue
            if (count == 0 and s.venue(chunk, acting=True)) or (count and end is None and chunk.via == "nationality"):
                count += 1  # "إلى الرياض": the place is the object; "في القمة العربية": an adjective of it
                continue
            if placed and s.venue(chunk, acting=True):
                placed = False
                continue
            if count == 0 or placed or not chunk.agent or s.oblique(chunk):
                return none  # "نقل إلى الرئيس رسالة": the actor after the preposition is its object
            return [c for c in s.group_from(s.chunks.index(chunk), forward=True) if c.agent], end or a
        word = s.text[a:b]
        if end is None and word.startswith(articles) and count < _FRONTED_WORDS:
            count += 1
        elif count and not placed and word in venues and k + 1 < len(words):
            end, placed = end or a, True
        elif count and (word in s.gap_words or s.is_date(a)):
            end = end or a
        elif count and word in s.language.folded("delegate_words"):
            return delegates(s, a, clause_end), end or a  # "شارك في المؤتمر ممثلون عن تركيا"
        else:
            return none
    return none


def delegates(s: SentenceView, end: int, clause_end: int) -> list[Chunk]:
    """The actors an agent phrase lists: right after it, or after words naming their delegates.

    "attended by Egypt and Jordan"; "brought together the foreign ministers
    of Iran and Kuwait", "بمشاركة وزيري خارجية الأردن وقطر": the states take
    part, through their ministers (``delegate_words``).
    """
    found = subject_after(s, end, clause_end)
    if found:
        return found
    named = s.language.folded("delegate_words")
    possessives = s.language.folded("possessive_words")
    skip = named | s.gap_words | s.honorifics | possessives
    for i, chunk in enumerate(s.chunks):
        if chunk.start < end:
            continue
        words = s.words(end, chunk.start)
        # (a case no subject takes is the phrase's own: "при участии министров Египта", "при участии Египта")
        if chunk.start >= clause_end or not chunk.agent or s.oblique(chunk) or len(words) > _DELEGATE_WORDS \
                or not all(w in skip for w in words) or any(end <= it.start < chunk.start
                                                             for it in s.scan.of_kind("trigger")):
            return []
        if not words:
            # subject_after passed it over: only for its case, when the language marks one
            return [c for c in s.group_from(i, forward=True) if c.agent] if s.no_subject(chunk) else []
        if words and all(w in possessives for w in words) and chunk.actor.type == "Person" and chunk.position:
            # "attended by his Iraqi counterpart, Fuad Hussein": the titled person himself.
            return [c for c in s.group_from(i, forward=True) if c.agent]
        if not any(w in named and w not in s.lead_words for w in words):
            return []  # "تحدث عن روسيا" talks about Russia: no delegate named
        return [c for c in s.group_from(i, forward=True) if c.agent]
    return []


def subject_before(s: SentenceView, start: int, clause_start: int, *, comma: bool = True) -> list[Chunk]:
    """The actor group before a verb, in its clause or set off by a comma.

    Parentheses between the subject and the verb are passed over:
    "Turkey, in turn, praised", "Hungary, which depends on Russian oil,
    blocked", "La Jordanie a, pour sa part, insisté".
    """
    # (asked again for the same verb by its other readings and by fronted_subject: found once, a copy given)
    return list(s.memo(("subject_before", start, clause_start, comma),
                       lambda: _subject_before(s, start, clause_start, comma=comma)))


def _subject_before(s: SentenceView, start: int, clause_start: int, *, comma: bool) -> list[Chunk]:
    if (tail := list_tail(s, start)) is not None:
        # "The US, Britain and other countries welcomed": the named members are the subject
        return _tail_members(s, tail)
    opening = parentheses_start(s, clause_start) if comma else clause_start
    skipped = (opening, clause_start)
    joined = [c for c in s.chunks if c.end <= start and s.text[c.end:start] == "-"]
    if joined:
        # "Chinese-brokered", "Saudi-led": a state joined to the verb by a hyphen is its agent.
        return joined
    venues: list[tuple[int, int]] = []
    for i in range(len(s.chunks) - 1, -1, -1):
        chunk = s.chunks[i]
        if chunk.end > start or (skipped[0] <= chunk.start and chunk.end <= skipped[1] < start):
            continue
        if any(o.start < chunk.start and chunk.end <= o.end for o in s.chunks[:i]):
            continue  # a mention inside a title chain ("envoy to the Middle East, NAME"): the chain is the subject
        if clause_start <= chunk.start and (where := _venue_before(s, chunk)) is not None:
            # "Лавров в среду в Москве встретился": where the act happens stands between subject and verb
            venues.append(where)
            continue
        if any(a <= chunk.start and chunk.end <= b for a, b in venues):
            continue  # inside a phrase already passed over
        group = s.group_from(i, forward=False) if clause_start <= chunk.start else []
        if group and (len(group) == 1 or s.closes(group[-2], group[-1])) \
                and (phrase := _agent_phrase_start(s, group[0])) is not None:
            # "Путин в присутствии Лаврова подписал": the agents of a presence phrase are passed over
            # ("Flanked by Egypt and Jordan, France condemned": a comma, not a coordinator, before France)
            venues.append((phrase, chunk.end))
            continue
        if chunk.end <= opening and not _spans_cut(s, chunk, opening):
            # "عراقجي، أشاد ..." / "Macron, however, said": a subject set off by a comma.
            # (a negation or tense word before the verb is the verb's: "روسيا، العضو في المجلس، لم ترفض")
            inside = [s.text[a:b] for a, b in s.scan.spans_between(clause_start, start)
                      if s.text[a:b] not in s.gap_words and not _verb_cue(s, a)]
            between = s.text[chunk.end:opening].strip(" " + s.commas)
            if opening < clause_start:
                between = " ".join(w for w in s.words(chunk.end, opening) if w not in s.gap_words)
            if not comma or inside or between or _agent_of_phrase(s, s.group_from(i, forward=False)[0]):
                return []
            if governed(s, chunk):
                # "Maria Zakharova, spokeswoman for the Foreign Ministry, said": the titled person is the subject.
                return title_holder(s, i)
        if not chunk.agent or s.no_subject(chunk) or oblique_apart(s, s.group_from(i, forward=False)[0]):
            return []
        if any(_unnamed_between(s, it, chunk.end, start, skipped) for it in s.scan.of_kind("body")):
            # "The move comes as envoys have been seeking to": a body noun of no
            # named state between them is the verb's own subject.
            return []
        articles = s.language.folded("description_articles")
        if any(_unnamed_between(s, it, chunk.end, start, skipped) and (lead := s.words(chunk.end, it.start))
               and lead[-1] in articles
               for it in s.scan.of_kind("description")):
            # "Rubio said the bloc would support": a description that names no one met before is
            # still the verb's own subject; the actor before it is not.
            return []
        # Words of the parentheses passed over do not count.
        spans = [(chunk.end, skipped[0]), (skipped[1], start)] if chunk.end <= skipped[0] < skipped[1] \
            else [(chunk.end, start)]
        gap = [s.text[a:b] for lo, hi in spans for a, b in s.scan.spans_between(lo, hi)  # (the spans are apart, in order)
               if not any(x <= a and b <= y for x, y in venues) and s.text[a:b] not in s.gap_words]
        if len(gap) <= _BEFORE_GAP:
            return [c for c in _after_objects(s, s.group_from(i, forward=False)) if c.agent]
        return []
    return []


def list_tail(s: SentenceView, end: int) -> int | None:
    """Where an open list's tail right before ``end`` starts ("and other countries", "and several other Arab states"), or None.

    The tail is a ``list_tail_openers`` phrase, at most two words, then a
    ``list_tail_heads`` noun (gap words may follow it); it closes a list of
    actors right before it, which it leaves the list's named members.
    """
    heads = s.language.folded("list_tail_heads")
    if not heads:
        return None
    words = s.spans_before(end, 9)
    while words and s.text[slice(*words[-1])] in s.gap_words:
        words = words[:-1]
    if len(words) > 1 and s.text[slice(*words[-1])] not in heads and s.text[slice(*words[-2])] in heads \
            and not any(it.start <= words[-1][0] < it.end for it in s.scan.items):
        # "and other countries hastened to welcome": a plain verb before the trigger
        words = words[:-1]
    if not words or s.text[slice(*words[-1])] not in heads:
        return None
    for opener in s.language.folded("list_tail_openers"):
        size = len(opener.split())
        for between in range(3):
            # (the words between may name an actor: "and other US allies" leaves the US out)
            at = len(words) - 1 - between - size
            if at >= 0 and " ".join(s.text[slice(*w)] for w in words[at:at + size]) == opener \
                    and any(c.end <= words[at][0] and not s.text[c.end:words[at][0]].strip(" " + s.commas)
                            for c in s.chunks):
                return words[at][0]
    return None


def _tail_members(s: SentenceView, tail: int) -> list[Chunk]:
    """The named members of the list an open tail at ``tail`` closes, where the list opens its clause; else none.

    "Russia hosted Iran, and other countries condemned": Iran is what was
    hosted, not a member of the subject.
    """
    k = max(i for i, c in enumerate(s.chunks) if c.end <= tail)
    members = [s.chunks[k]]
    while k > 0 and s.chunks[k - 1].end <= s.chunks[k].start and s.joined(s.chunks[k - 1], s.chunks[k]):
        k -= 1
        members.insert(0, s.chunks[k])
    first = members[0]
    if [w for w in s.words(s.clause(first.start)[0], first.start) if w not in s.gap_words] \
            or not all(c.agent for c in members):
        return []
    return members


def _unnamed_between(s: SentenceView, it: Item, start: int, end: int, skipped: tuple[int, int]) -> bool:
    """Does the noun stand between ``start`` and ``end``, outside the parenthesis passed over, in no mention?"""
    return start <= it.start and it.end <= end and not skipped[0] <= it.start < skipped[1] \
        and not any(c.start <= it.start < c.end for c in s.chunks)


def _after_objects(s: SentenceView, group: list[Chunk]) -> list[Chunk]:
    """A subject group without the members up to a verb's object, where subjects stand before their verb.

    "Trump hosted Erdogan, and Witkoff visited Doha": Erdogan is what was
    hosted, so only Witkoff visited.
    """
    if "after" in s.language.get("subject_order") or len(group) < 2:
        return group
    verbs = s.memo("verb_ends", lambda: [it.end for it in s.scan.items if s.is_verb(it) or it.has("light")])
    skipped = s.lead_words | s.gap_words
    cut = 0
    for k, chunk in enumerate(group[:-1]):
        # (a comma and a coordinator, as between two clauses; "Flanked by Egypt and Jordan, France" is one phrase)
        junction = s.text[chunk.end:group[k + 1].start]
        if any(mark in junction for mark in s.commas) and any(w in s.coordinators for w in junction.split()) \
                and any(end <= chunk.start and all(w in skipped for w in s.words(end, chunk.start)) for end in verbs):
            cut = k + 1
    return group[cut:]


def oblique_apart(s: SentenceView, chunk: Chunk) -> bool:
    """Does a preposition written apart (``oblique_words``) govern the mention, and no delegate noun head it?

    "157 أسيرا من الجانبين ليصل": the two sides are no subject of the verb
    after; "ممثلون عن تركيا شاركوا" names Turkey through its delegates.
    """
    words = s.language.folded("oblique_words")
    before = s.spans_before(chunk.start, 2) if words else []
    if not before or s.text[slice(*before[-1])] not in words:
        return False
    return not (len(before) == 2 and s.text[slice(*before[0])] in s.language.folded("delegate_words"))


#: Frames of the phrases whose actors are no subject of the verb after them: presence ("в присутствии
#: Лаврова", "flanked by") and adjunct acts ("при посредничестве ОАЭ": Россия и Украина ... провели обмен).
_PHRASE_FRAMES = ("participant", "adjunct")


def _agent_phrase_start(s: SentenceView, chunk: Chunk) -> int | None:
    """Where the agent phrase (frame participant or adjunct) that governs the mention starts, determiners between, or None."""
    dets = s.language.folded("determiners")
    # (the sentence's agent-phrase triggers, found once: most sentences hold none)
    phrases = s.memo("phrase_triggers", lambda: [it for it in s.scan.of_kind("trigger") if any(
        t.data.frame in _PHRASE_FRAMES for t in it.tags if t.kind == "trigger")])
    return next((it.start for it in phrases if it.end <= chunk.start
                 and all(w in dets for w in s.words(it.end, chunk.start))), None)


def _agent_of_phrase(s: SentenceView, chunk: Chunk) -> bool:
    """Does an agent phrase (frame participant) govern the mention, determiners between?

    "Cet accord, conclu sous l'égide des États-Unis, vise à", "la coalition,
    coprésidée par X et Y, réunit des pays prêts à": the agents of the phrase
    (the first of a coordinated group) are no subject of the clause after its comma.
    """
    return _agent_phrase_start(s, chunk) is not None


def _venue_before(s: SentenceView, chunk: Chunk) -> tuple[int, int] | None:
    """The span of a venue or other prepositional phrase before a verb ("в Москве", "вместе с Россией"), or None.

    A locative word opens it, and the mention is a place, or an actor whose
    case may be no subject's (a language without cases keeps "officials from
    Russia met"); or, where case is marked, any preposition opens it.
    """
    if (opening := s.cased_preposition(chunk)) is not None:
        return opening, chunk.end
    if not s.venue(chunk, acting=True):
        return None
    if chunk.agent and not (s.language.get("subject_cases") and s.no_subject(chunk)):
        return None
    prefix = s.spans_before(chunk.start)[-1]
    return prefix[0], chunk.end


def governed(s: SentenceView, chunk: Chunk) -> bool:
    """Does a preposition govern the mention (language.yaml ``preposition_words``), determiners between?

    "urged Iraq to sign a deal with Turkey, expel foreign fighters": Turkey
    is the deal's partner, no subject of what follows its comma.
    """
    preps = s.language.folded("preposition_words")
    if not preps:
        return False
    dets = s.language.folded("determiners")
    before = s.words(0, chunk.start + chunk.trim)
    while before and before[-1] in dets:
        before.pop()
    return bool(before) and before[-1] in preps


def title_holder(s: SentenceView, index: int) -> list[Chunk]:
    """The person whose title the preposition before chunk ``index`` completes ("NAME, spokeswoman for the ministry"), or none."""
    if index == 0:
        return []
    holder, chunk = s.chunks[index - 1], s.chunks[index]
    links = s.language.folded("title_complements") | s.language.folded("title_links") | s.language.folded("determiners")
    between = s.words(holder.end, chunk.start + chunk.trim)
    if holder.agent and holder.actor.type == "Person" and holder.end <= chunk.start and s.in_title(holder.end - 1) \
            and between and all(w in links for w in between):
        return [holder]
    return []


def compound(s: SentenceView, frame: Frame) -> bool:
    """Is the frame a compound word, its subject joined to the verb by a hyphen ("Chinese-brokered")?"""
    return any(s.text[c.end:frame.item.start] == "-" for c in frame.subjects)


def parentheses_start(s: SentenceView, clause_start: int) -> int:
    """Where the parentheses that end at a clause's opening comma begin, or ``clause_start``.

    A parenthesis is set off by commas and is either short, with no actor
    and no trigger in it (", in turn,", ", pour sa part,"), or a relative
    clause on the subject (", which depends on Russian oil,").
    """
    if clause_start == 0 or s.text[clause_start] not in s.commas:
        return clause_start
    cut = clause_start
    while cut > 0:
        prev = max(c for c in s.cuts if c < cut)
        if not parenthesis(s, prev, cut):
            # ", who has ties with both Moscow and Kyiv,": a clause word cuts the relative.
            prev = relative_opening(s, cut)
            if prev is None:
                break
        cut = prev
    return cut


def relative_opening(s: SentenceView, cut: int) -> int | None:
    """The start of a subject relative after a comma that holds the span up to ``cut`` with no other comma, or None."""
    comma = max((c for c in s.cuts if c < cut and s.text[c] in s.commas), default=None)
    if comma is None:
        return None
    relative = next((r for r in s.scan.of_kind("relative") if comma < r.start < cut
                     and not s.words(comma, r.start)), None)
    return relative.start if relative is not None and is_subject_relative(s, relative) \
        and relative.start in s.cuts else None


def parenthesis(s: SentenceView, start: int, end: int) -> bool:
    """Is ``[start, end)`` a parenthesis: opened by a comma or a subject relative word, and short or relative?"""
    if any(r.start == start and is_subject_relative(s, r) for r in s.scan.of_kind("relative")):
        return True
    if start == 0 or s.text[start] not in s.commas:
        return False
    # ", présidée par l'Angola,", ", mediated by Qatar,": an agent phrase.
    first = next((it for it in s.scan.items if start < it.start < end), None)
    if first is not None and not s.words(start, first.start) and first.has("trigger") \
            and (all(t.data.frame == "participant" for t in first.tags if t.kind == "trigger")
                 or agent_follows(s, first, end)):
        return True
    words = s.words(start, end)
    if apposition(s, start, end, words) or accompanied(s, start, end, words):
        return True
    if len(words) > _PARENTHESIS_WORDS:
        return False
    if words and words[0] in s.language.folded("gerund_words"):
        # ", en visite à Pékin,", ", en coordination avec le Canada,": an adjunct, whatever it names
        return True
    active = tuple(s.language.folded("active_suffixes"))
    first = s.scan.next_word(start + 1)
    if active and words and words[0].endswith(active) and end < len(s.text) and s.text[end] in s.commas \
            and first is not None and not any(c.start <= first[0] < c.end for c in s.chunks) \
            and not any(it.start <= first[0] < it.end and (it.has("title") or it.has("body")) for it in s.scan.items):
        # ", speaking at the summit,": a participial adjunct between its commas, whatever it names
        return True
    return not any(start <= c.start < end and c.agent for c in s.chunks) and \
        not any(start <= it.start < end for it in s.scan.of_kind("trigger"))


#: How many words may open a partner phrase before its ``with_words`` word ("together with", "along with").
_WITH_LEAD = 1


def accompanied(s: SentenceView, start: int, end: int, words: list[str]) -> bool:
    """Is ``[start, end)``, between commas, a partner phrase of the subject ("Egypt, with Qatar, condemned")?

    The verb's subject stands before the commas; the partner inside them is
    passed over (its share in the act is not said as plainly).

    >>> from diplograph.examples import statements
    >>> [(st.subject.label, st.predicate) for st in statements("Egypt, with Qatar, condemned the attack.", lang="en")]
    [('Egypt', 'condemns')]
    """
    if end >= len(s.text) or s.text[end] not in s.commas:
        return False
    inside = [c for c in s.chunks if start < c.start and c.end <= end]
    if not inside or any(start < it.start < end and s.is_verb(it) for it in s.scan.of_kind("trigger")):
        return False
    lead = s.words(start, inside[0].start)
    while lead and lead[-1] in s.language.folded("determiners"):
        lead.pop()  # ("avec le Qatar")
    return bool(lead) and lead[-1] in s.language.folded("with_words") and len(lead) <= _WITH_LEAD + 1


def apposition(s: SentenceView, start: int, end: int, words: list[str]) -> bool:
    """Is ``[start, end)``, between commas, a noun phrase on the subject whose actors all follow a title link?

    "Hungary, a member of the European Union, condemned", "Le Niger et le
    Burkina Faso, alliés de Bamako au sein de l'AES, ont exprimé": the
    subject is before the commas, never the actor inside them. A phrase that
    opens with an actor or a coordinator, or holds a verb, is none.
    """
    if not words or len(words) > _APPOSITION_WORDS or end >= len(s.text) or s.text[end] not in s.commas:
        return False
    inside = [c for c in s.chunks if start < c.start and c.end <= end]
    first = s.scan.next_word(start + 1)
    if first is None or words[0] in s.coordinators or any(c.start <= first[0] < c.end for c in s.chunks):
        return False
    determiners = s.language.folded("noun_determiners")

    def verb(it: Item) -> bool:  # (a verb form after an article is a noun: ", with the support of Qatar,")
        return s.is_verb(it) and not (s.words(start, it.start)[-1:] and s.words(start, it.start)[-1] in determiners)
    if any(start < it.start < end and verb(it) for it in s.scan.of_kind("trigger")):
        return False
    if _definite_noun(s, first) or _construct_head(s, first, inside):
        # «إن روسيا، العضو الدائم في مجلس الأمن، رفضت», «الصومال وإثيوبيا، الجارتين في منطقة القرن
        # الأفريقي ...، اتفقتا»: a definite common noun opens a phrase on the subject, whatever it names
        return True
    if not inside:
        return False
    links = s.language.folded("title_links")
    # ", along with Qatar,": a co-agent the together frame (together.py) adds, never the subject
    together = [p.split() for p in s.language.folded("together_words")]

    def linked(chunk: Chunk) -> bool:
        before = s.words(start, chunk.start)
        return bool(before) and (before[-1] in links or " ".join(before[-2:]) in links
                                 or any(before[-len(p):] == p for p in together))
    return all(linked(c) for c in inside)


#: Cue kinds that stand before a verb and belong to it (not a reporting cue, which has a speaker).
_VERB_CUES = frozenset({"negation", "future", "possibility"})


def _verb_cue(s: SentenceView, pos: int) -> bool:
    """Is the word at ``pos`` a negation or tense cue ("لم", "لن")?"""
    return any(it.start <= pos < it.end and any(t.kind == "cue" and t.data[0] in _VERB_CUES for t in it.tags)
               for it in s.scan.of_kind("cue"))


def _pair(s: SentenceView, chunk: Chunk) -> bool:
    """Is the chunk one of the sides a counted anaphor stands for ("the two sides": two chunks on one span)?

    Not where a side is named earlier in the sentence: "The US, UK and other countries hastened to
    congratulate the two leaders" names two others, never the subjects themselves.
    """
    sides = [c for c in s.chunks if (c.start, c.end) == (chunk.start, chunk.end)]
    named = {c.actor.id for c in s.chunks if c.end <= chunk.start}
    return len(sides) > 1 and not any(c.actor.id in named for c in sides)


def _definite_noun(s: SentenceView, word: tuple[int, int]) -> bool:
    """Is the word a common noun with a joined article (``article_prefixes``: «العضو», «الجارتين»), no item of the lexicon?"""
    articles = tuple(s.language.folded("article_prefixes"))
    a, b = word
    return bool(articles) and s.text[a:b].startswith(articles) and b - a > max(map(len, articles)) + 1 \
        and not any(it.start < b and a < it.end and it.kinds != {"stop"} for it in s.scan.items)


def _construct_head(s: SentenceView, word: tuple[int, int], inside: list[Chunk]) -> bool:
    """Is the word a common noun that governs the actor right after it («حليفة الولايات المتحدة», a construct)?

    Only in a language with a joined article (``article_prefixes``), where a construct's head takes none.
    """
    a, b = word
    return bool(s.language.folded("article_prefixes")) and bool(inside) and s.text[b:inside[0].start].isspace() \
        and len(s.text[a:b]) > 2 and not any(it.start < b and a < it.end for it in s.scan.items)


def _spans_cut(s: SentenceView, chunk: Chunk, cut: int) -> bool:
    return chunk.start < cut < chunk.end


def clause_subject(s: SentenceView, start: int, clause_start: int, *, free: bool = False) -> list[Chunk]:
    """The first actor of the clause before ``start``: the subject a pronoun resumes.

    With ``free``, an actor before the clause that a preposition governs
    resumes nothing («زيارة شكري إلى تركيا، ولقاؤه بأردوغان»: his is Shoukry's).
    """
    agents = [i for i, c in enumerate(s.chunks) if clause_start <= c.start and c.end <= start and c.agent]
    if not agents:
        return nearest_before(s, start, free=free)
    return [c for c in s.group_from(agents[0], forward=True) if c.agent and c.end <= start]


def nearest_before(s: SentenceView, start: int, *, free: bool = False) -> list[Chunk]:
    """The last actor group before ``start``, wherever it stands; with ``free``, one no ``noun_prepositions`` word governs."""
    agents = [i for i, c in enumerate(s.chunks) if c.end <= start and c.agent]
    if free:
        governed = s.language.folded("noun_prepositions")
        agents = [i for i in agents if not (words := s.words(0, s.chunks[i].start)) or words[-1] not in governed]
    return [c for c in s.group_from(agents[-1], forward=False) if c.agent] if agents else []


def coordinated(s: SentenceView, item: Item) -> bool:
    """Does the verb open a coordinated clause ("وتحدث", "and said")?"""
    form = s.text[item.start:item.end]
    if s.coord_prefixes and form.startswith(s.coord_prefixes):
        return True
    before = s.text[:item.start].split()
    while before and before[-1] in s.gap_words and before[-1] not in s.coordinators:
        # "et a appelé", "and has since called": an auxiliary or adverb stands between
        before.pop()
    return bool(before) and before[-1] in s.coordinators and before[-1] not in set(s.commas)


def shared_subject(s: SentenceView, item: Item, clause: tuple[int, int]) -> list[Chunk] | None:
    """The subject a coordinated verb shares with the verb before it in its clause, verb first (VSO); None if that is not the case.

    "وصل شكري إلى أنقرة وأجرى محادثات مع نظيره": the subject of the first verb
    (after it, else before it), never its object right before the second verb.
    """
    if s.language.get("subject_order", [])[:1] != ["after"] or not coordinated(s, item):
        return None
    earlier = [v for v in s.scan.of_kind("trigger") if s.is_verb(v) and clause[0] <= v.start and v.end <= item.start]
    if not earlier:
        return None
    first = earlier[-1]
    return subject_after(s, first.end, item.start) or subject_before(s, first.start, clause[0])


def participle_clause(s: SentenceView, item: Item, clause: tuple[int, int]) -> bool:
    """Does a participle open the trigger's clause: "..., calling for", "، مبديا استعداده", "متوجها إلى"?

    An active participle (``active_suffixes``) that opens a clause after a
    comma, or a word of ``participle_words`` (the Arabic ḥāl: "داعيا",
    "مؤكدا") that opens the clause or the trigger itself.
    """
    participles = s.language.folded("participle_words")
    word = s.text[item.start:item.end].split()[0]
    opening = [w for w in s.words(clause[0], item.start) if w not in s.gap_words]
    if word in participles:
        return True
    if opening and opening[0] in participles and all(w in s.lead_words for w in opening[1:]):
        # "معربا عن أمله": the participle governs the trigger; not "محذرا من أن استمرارها
        # يعرقل", nor a masdar with its own subject ("مؤكدا دعم الأردن للبنان"). A verb
        # governs no subject after it: "пообещав выделить Мадагаскару помощь".
        verb = all(t.data.pos == "verb" for t in item.tags if t.kind == "trigger")
        return verb or not genitive(s, item)
    active = tuple(s.language.folded("active_suffixes"))
    # Right after the comma: "..., calling for", not "..., are seeking".
    return bool(active) and word.endswith(active) and clause[0] > 0 and s.text[clause[0]] in s.commas \
        and not s.words(clause[0], item.start)


def main_subject(s: SentenceView, before: int, *, openers: bool = False) -> list[Chunk]:
    """The actor group the sentence opens with, in its first clause: the subject a participle shares.

    "Le Mali a rappelé son ambassadeur, accusant Alger": Mali; "التقى عبد
    العاطي نظيره ...، داعيا إلى": Abdelatty.
    """
    # (with ``openers``, past "De son côté," and the like: see _opened_clause_end; not for a coordinated verb,
    # which may stand in a reported clause whose subject names no actor: "... que le préfet ... et soutient")
    first = min(_opened_clause_end(s, before) if openers else s.clause(0)[1], before)  # the main clause stands before the adjunct
    # A pronoun only where it opens the sentence, a word of its own ("Она отказалась ..., назвав"):
    # one inside it (a clitic, "استقبله") is as often an object.
    agents = [i for i, c in enumerate(s.chunks) if c.end <= first and c.agent and not s.oblique(c)
              and (c.via != "pronoun" or (not s.words(0, c.start) and not c.trim))]
    if not agents:
        return []
    return [c for c in s.group_from(agents[0], forward=True) if c.agent and c.end <= first]


def _opened_clause_end(s: SentenceView, before: int) -> int:
    """Where the sentence's first clause ends, past the openers set off by commas that name no actor and state nothing.

    "De son côté, l'Inde a expulsé six diplomates, peu après avoir rappelé son ambassadeur": "De son côté" is
    no main clause; the one after it is.
    """
    end = s.clause(0)[1]
    while end < before and end + 1 < len(s.text) and s.text[end] in s.commas \
            and not any(c.start < end and c.agent for c in s.chunks) \
            and not any(it.start < end and (it.has("trigger") or it.has("light")) for it in s.scan.items):
        nxt = s.clause(end + 1)[1]
        if nxt <= end:
            break
        end = nxt
    return end


def is_subject_relative(s: SentenceView, relative: Item) -> bool:
    """Is it a relative whose clause may take the actor before it as subject ("التي", "والتي", "which")?"""
    words = s.language.folded("subject_relatives")
    form = s.text[relative.start:relative.end]
    bare = form[len(p):] if (p := next((p for p in s.coord_prefixes if form.startswith(p)), "")) else form
    return form in words or bare in words


def agent_follows(s: SentenceView, item: Item, end: int) -> bool:
    """Does an agent word follow the verb ("backed by Russia")?"""
    after = s.words(item.end, end)
    return bool(after) and after[0] in s.language.folded("agent_words")


def genitive(s: SentenceView, item: Item, *, linked: bool = False) -> list[Chunk]:
    """The actor right after a masdar: its genitive ("رفض موسكو") or nationality adjective ("الهجوم الإسرائيلي").

    ``linked``: the actor may also follow a ``genitive_words`` word, after
    one adjective at most ("l'absence remarquée des États-Unis").
    """
    for i, chunk in enumerate(s.chunks):
        if chunk.start >= item.end:
            words = s.words(item.end, chunk.start)
            if words and linked and len(words) >= 2 and words[-1] in s.language.folded("determiners") \
                    and words[-2] in s.language.folded("genitive_words"):
                words = words[:-1]  # "la proposition de la France": the article after the genitive word
            if words and not (linked and len(words) <= 2 and words[-1] in s.language.folded("genitive_words")):
                return []
            if chunk.via == "nationality":
                return [chunk]
            if s.oblique(chunk):
                # «دعوة لإيران إلى وقف التخصيب»: a preposition clitic makes the actor the addressee, no genitive
                return []
            if definite(s, item):
                # "شارك في الاجتماع وزير ...": a noun with the article heads no construct;
                # the actor after it is no genitive of it (only its adjective is).
                return []
            return [c for c in s.group_from(i, forward=True) if c.agent]
    return []


def definite(s: SentenceView, item: Item) -> bool:
    """Does a noun trigger carry the definite article written onto it (``article_prefixes``)?

    After its clitics: "الاجتماع", "والاجتماع", and "للاجتماع", where the
    article fuses with the clitic (``forms.junctions``).
    """
    articles = tuple(s.language.folded("article_prefixes"))
    trigger = item.tag("trigger")
    if not articles or trigger is None:
        return False
    prefix = fold(trigger.data.prefix)
    text = s.text[item.start:item.end]
    rest = text[len(prefix):] if text.startswith(prefix) else text
    if rest.startswith(articles):
        return True
    fused = [fold(joined) for clitic, _, joined in s.language.junctions if prefix.endswith(fold(clitic))]
    return any((fold(prefix[-1:]) + rest).startswith(joined) for joined in fused)


def adjacent_before(s: SentenceView, item: Item) -> list[Chunk]:
    """An actor right before a bare masdar, as verb, subject, object follow each other.

    Where adjectives come first, a nationality adjective right before the
    noun is its subject too ("the Israeli strike on Doha"). At the very start of a sentence only a possessor ("Russia's invasion")
    is the noun's subject: there is no verb before it.
    """
    before = s.language.get("adjective_side") == "before"
    for chunk in reversed(s.chunks):
        if chunk.end <= item.start:
            if _date_aside(s, chunk.end, item.start):
                # "أعلن زيلينسكي، الاثنين، الموافقة على": a date set off by commas stands between
                return [chunk] if chunk.agent and chunk.start > 0 else []
            if s.words(chunk.end, item.start) or any(ch in s.commas for ch in s.text[chunk.end:item.start]):
                # "при посредничестве ОАЭ, обмен пленными": a comma ends the actor's phrase
                return []
            if before and chunk.via == "nationality":
                # "the Russian invasion of Ukraine": the adjective names the noun's subject.
                return [chunk]
            return [chunk] if chunk.agent and (chunk.start > 0 or s.possessor(chunk)) else []
    return []


def _date_aside(s: SentenceView, start: int, end: int) -> bool:
    """Is the text between two positions a date set off by commas (", on Monday,", "، الاثنين،")?"""
    text = s.text[start:end].strip()
    words = s.scan.spans_between(start, end)
    return len(text) > 2 and text[0] in s.commas and text[-1] in s.commas and bool(words) \
        and all(s.is_date(a) for a, _ in words) and sum(ch in s.commas for ch in text) == 2


def possessed(s: SentenceView, item: Item, trigger: Trigger) -> bool:
    """Does a possessive word or suffix mark the noun ("his talks", "ses entretiens", "محادثاته")?"""
    if trigger.suffix and fold(trigger.suffix) in s.language.folded("possessive_suffixes"):
        return True
    before = s.text[:item.start].split()
    return bool(before) and before[-1] in s.language.folded("possessive_words")


def object_after(s: SentenceView, start: int, clause_end: int, trigger: Trigger) -> Object:
    """The object that follows: an actor, an event phrase or an issue phrase.

    Time words are never the object ("a reçu jeudi"); when nothing else
    stands before the clause's comma, the object follows the parenthesis
    that comma opens ("met, on the sidelines of the summit, with Rubio").
    """
    span_words = s.scan.spans_between(start, clause_end)
    if trigger.predicate not in RECIPROCAL and (adjunct := during_adjunct(s, span_words)) is not None:
        # "stressed during a call with Macron the need to": the call is no object (``during`` reads it)
        span_words = [w for w in span_words if w[0] >= adjunct]
    if trigger.predicate in WISHES:
        words, end = _after_dates(s, span_words), clause_end
        if not words and trigger.predicate not in _DENIALS and (after := _comma_complement(s, clause_end)) is not None:
            # «предупредила, что Москва примет ответные меры»: the comma before the complementizer ends no object
            # (a denial's clause keeps its statements, which the denial negates: «опроверг, что Россия поставляет»)
            words, end = after
        if (reported := reported_content(s, words, end, trigger)) is not None:
            # ("warned on Saturday that ...": the time phrase before the complementizer is no part of it)
            return reported
    placed = trigger.predicate in PLACE_OBJECTS
    venues = s.language.memo("venues", lambda: s.language.folded("venue_words") | s.language.folded("place_venue_words"))
    while span_words:
        a, b = span_words[0]
        if not placed and s.text[a:b] in venues and (end := venue_end(s, a)):
            # "held talks in Oman with ...", "في قصر الإليزيه": where, not whom.
            rest = [w for w in span_words if w[0] >= end]
            if not rest and trigger.predicate not in ACTOR_OBJECTS:
                # "agreed to meet in Geneva": the place is all the phrase there is, and no actor.
                return None, (span_words[1][0], end), "Issue"
            span_words = rest
        elif trigger.predicate in ACTOR_OBJECTS and purpose_start(s, span_words) == a:
            # "will meet in Berlin to discuss Ukraine": a purpose, no one met.
            span_words = []
        elif s.text[a:b] in s.lead_words or (s.is_date(a) and not any(c.start <= a < c.end for c in s.chunks)) \
                or (len(span_words) > 1 and s.is_date(span_words[1][0])
                    and s.text[a:b] in s.language.folded("locative_prefixes")):
            # "signed on Monday an agreement", "وقعت الإثنين اتفاقية", "осудила в понедельник удар"
            span_words = span_words[1:]
        else:
            break
    if trigger.predicate in RECIPROCAL:
        # "met on the sidelines of the SCO meeting in Tianjin with Lavrov": the one met, not the event's body
        partner = partner_after_event(s, span_words)
        span_words = topic_cut(s, partner if partner is not None else encounter_cut(s, span_words, trigger))
    if all(s.text[a:b] in s.gap_words for a, b in span_words) \
            and (resumed := after_parenthesis(s, clause_end, trigger)) is not None:
        return object_after(s, resumed, s.clause(resumed)[1], trigger)
    # Stop before a reporting cue and the comma before it: ", officials said" is the source.
    # (A cue that opens the phrase leaves none: "قصفت إسرائيل، الأحد، بحسب مصادر".)
    cue = next((it.start for it in s.scan.of_kind("cue") if span_words and it.start >= span_words[0][0]
                and any(t.kind == "cue" and t.data[0] == "reported" for t in it.tags)), None)
    if cue is not None:
        comma = max((k for k in range(start, cue) if s.text[k] in s.commas), default=cue)
        span_words = [(a, b) for a, b in span_words if b <= comma]
    # Stop at the next verb trigger: it opens another statement. A noun
    # trigger ("recognition of the plan") is part of the phrase.
    # (a light verb ends it too: "held talks ... and held a meeting with"; the cut is at the first such item)
    # (the items are in order: a stable sort of the two runs merges them, faster than heapq.merge)
    for item in s.memo("triggers_and_lights", lambda: sorted(s.scan.of_kind("trigger") + s.scan.of_kind("light"),
                                                             key=lambda it: it.start)):
        if item.start >= start and span_words and item.start > span_words[0][0] and (s.is_verb(item) or item.has("light")) \
                and not determined(s, item, span_words[0][0]) and not qualified_noun(s, item) \
                and not _attributive(s, item) \
                and not any(s.text[:item.end].endswith(" " + w) for w in trigger.object_words):
            # (not a form that ends one of the trigger's object words: "pledged 2 billion in military support for")
            span_words = _before_gerund(s, [(a, b) for a, b in span_words if b <= item.start])
            # "la proposition française de trêve a été | rejetée": the auxiliaries go with the verb
            end = drop_auxiliaries(s, span_words[0][0], span_words[-1][1]) if span_words else 0
            if any(s.text[a:b] in s.language.folded("passive_auxiliaries") for a, b in span_words if a >= end):
                span_words = [(a, b) for a, b in span_words if b <= end]
            while len(span_words) > 1 and s.text[slice(*span_words[-1])] in s.lead_words | s.language.folded("during_words"):
                # "detained 20 people during protests": the preposition goes with the next statement.
                span_words = span_words[:-1]
            break
    span_words = _capped(s, complement_cut(s, span_words))
    if span_words and s.scan.of_kind("date") \
            and (dated := next((i for i, (a, _) in enumerate(span_words) if i and _time_word(s, a)), None)):
        # (no date word in the sentence, as in most: no word of the phrase is a time word)
        # A time phrase ends the object: "imposed on Venezuelan oil last year remain ...";
        # not a date word that modifies an event noun: "the next round of talks".
        rest = [a for a, _ in span_words[dated:] if not s.is_date(a)]
        if not (rest and any(it.start == rest[0] for it in s.scan.of_kind("event"))):
            span_words = span_words[:dated]
            while span_words and s.text[slice(*span_words[-1])] in s.lead_words:
                # "killed 12 people in Gaza on Tuesday": the preposition goes with the time.
                span_words = span_words[:-1]
    if nominal_use(s, start) or trigger.pos == "noun":
        # (a noun row's object too: "Egypt's push for a ceasefire failed")
        span_words = verb_cut(s, span_words)
    if not span_words or time_phrase(s, span_words) or s.text[slice(*span_words[0])] in s.language.folded("amount_words"):
        # (an amount phrase is what was given, never to whom: "a loan worth 5 billion dollars")
        return None, None, ""
    first = span_words[0][0]
    if trigger.predicate in EVENT_OBJECTS:
        # "opened the Nairobi climate summit": the event, not the state its city names.
        near = span_words[min(_EVENT_OBJECT_REACH, len(span_words)) - 1][1]
        event = next((it for it in s.scan.of_kind("event") if first <= it.start < near), None)
        if event is not None:
            return None, (first, span_words[-1][1]), event.tag("event").data
    if placed and (place := _place_then_adjunct(s, span_words)) is not None:
        # "прибыл в Токио с официальным визитом": the place, not the manner of the visit
        return None, place, "Issue"
    for chunk in s.chunks:
        if chunk.via == "pronoun" and not _pair(s, chunk):
            # A pronoun is read as a subject only ("Algeria said it ..."); a counted anaphor is a
            # noun phrase, an object too («دعت قطر الطرفين إلى ضبط النفس»)
            continue
        if chunk.start <= first < chunk.end or (first <= chunk.start < span_words[0][1]):
            if chunk.agent and not in_compound(s, chunk) and not (
                    trigger.predicate not in ACTOR_OBJECTS and modifier(s, chunk, span_words[-1][1])):
                if (s.possessor(chunk) or described(s, chunk)) and (person := possessed_person(s, chunk)) is not False:
                    # "met Tokyo's special envoy, Kenji Sato": the envoy, never Tokyo.
                    return (person, (person.start, person.end), person.actor.type) if person else NO_OBJECT
                if trigger.predicate in UNPOSSESSED_OBJECTS and s.possessor(chunk) \
                        and any(a >= chunk.end for a, _ in span_words):
                    # "apologised for Japan's wartime aggression": the aggression, not Japan
                    # (when the phrase keeps the possessed noun).
                    break
                return chunk, (chunk.start, chunk.end), chunk.actor.type
    if trigger.predicate in ACTOR_OBJECTS:
        near = min(span_words[min(_ACTOR_OBJECT_REACH, len(span_words)) - 1][1], purpose_start(s, span_words))
        kept = {a for a, _ in span_words}  # (topic_cut leaves a gap: "talks [on Syria] with Qatar")
        for chunk in s.chunks:
            if first <= chunk.start < near and chunk.start in kept and _ends_by(s, chunk, span_words[-1][1]) and chunk.agent \
                    and chunk.via != "pronoun" and (placed or not in_venue(s, chunk, first)) \
                    and not in_compound(s, chunk):
                return chunk, (chunk.start, chunk.end), chunk.actor.type
        # "متوجها إلى بكين للمشاركة في ...": the purpose is a statement of its own, not the object.
        purpose = purpose_start(s, span_words)
        span_words = [w for w in span_words if w[0] < purpose] or span_words[:1]
    for item in s.scan.of_kind("event"):
        if first <= item.start < span_words[min(2, len(span_words) - 1)][1]:
            # The phrase keeps the words before its event noun: "إلى الرياض في زيارة", "resume talks".
            return None, (first, span_words[-1][1]), item.tag("event").data
    span_words = blamed_words(s, target_words(s, span_words, trigger), trigger)
    return None, (span_words[0][0], span_words[-1][1]), "Issue"


def _attributive(s: SentenceView, item: Item) -> bool:
    """Is the item an evaluative adjective (frame judged) after a noun, no copula before it ("une décision inacceptable")?"""
    frames = {t.data.frame for t in item.tags if t.kind == "trigger"}
    if frames != {"judged"}:
        return False
    before = s.spans_before(item.start)
    return not before or s.text[slice(*before[0])] not in s.language.folded("copulas")


def _before_gerund(s: SentenceView, span_words: list) -> list:
    """The words before a ``gerund_words`` phrase that ends them ("six diplomates tout en | appelant": not "tout en")."""
    gerund = s.language.folded("gerund_words")
    for size in (3, 2, 1):
        if len(span_words) > size and " ".join(s.text[a:b] for a, b in span_words[-size:]) in gerund:
            return span_words[:-size]
    return span_words


def blamed_words(s: SentenceView, span_words: list, trigger: Trigger) -> list:
    """Of a predicate that names whom before the content (``object_before_content``), the words before a ``reason_words`` word.

    "blamed the army for the attack": the army is blamed; the attack is what for.
    """
    if trigger.predicate not in OBJECT_BEFORE_CONTENT:
        return span_words
    reasons = s.language.folded("reason_words")
    cut = next((i for i, w in enumerate(span_words) if i and s.text[slice(*w)] in reasons), None)
    return span_words[:cut] if cut is not None else span_words


def _place_then_adjunct(s: SentenceView, span_words: list) -> tuple[int, int] | None:
    """The span of a place mention that opens the phrase and a lead word follows, or None.

    "Токио с официальным визитом": the prepositional phrase after the place is
    an adjunct. Not where an event noun is near the start: the phrase's reading
    as an event is left as it is ("إلى الرياض في زيارة").
    """
    first = span_words[0][0]
    place = next((c for c in s.chunks if c.start == first and not c.agent and c.actor.type == "Place"), None)
    if place is None or any(first <= it.start < span_words[min(2, len(span_words) - 1)][1]
                            for it in s.scan.of_kind("event")):
        return None
    after = s.scan.next_word(place.end)
    if after is None or after[1] > span_words[-1][1] or s.text[after[0]:after[1]] not in s.lead_words:
        return None
    return place.start, place.end


_HOLLOW_KEYS = ("pronouns", "relative_words", "subject_relatives", "object_relatives", "determiners")


def hollow(s: SentenceView, span: tuple[int, int]) -> bool:
    """Is an object phrase nothing but pronouns, relative words and determiners?

    "ce que la Russie refuse", "X, which has been accused by Y": a pronoun
    left unresolved names nothing, so it is no object.

    >>> from diplograph.examples import statements
    >>> [(st.subject.label, st.predicate)
    ...  for st in statements("Damas réclame l'extradition, ce que la Russie refuse.", lang="fr")]
    [('Syria', 'demands')]
    """
    words = s.language.memo("hollow_words", lambda: frozenset().union(*(s.language.folded(k) for k in _HOLLOW_KEYS)))
    return all(s.text[a:b] in words for a, b in s.scan.spans_between(*span))


def topic_cut(s: SentenceView, span_words: list) -> list:
    """A reciprocal act's object phrase without its subject matter: "held talks on Syria with Qatar".

    The words from a ``topic_prepositions`` word up to the next ``with_words``
    word name what is talked about, never a partner; with no such word after
    it the phrase ends there ("held talks on Syria" meets no one).

    (tests/events/test_topic_partner.py reads it on sentences.)
    """
    topics, withs = s.language.folded("topic_prepositions"), s.language.folded("with_words")
    words = [s.text[a:b] for a, b in span_words]
    at = next((i for i, w in enumerate(words) if w in topics), None)
    if at is None:
        return span_words
    partner = next((i for i in range(at + 1, len(words)) if words[i] in withs), len(words))
    return span_words[:at] + span_words[partner:]


def nominal_use(s: SentenceView, end: int) -> bool:
    """Is the trigger that ends at ``end`` a noun here: after a determiner or a possessor ("Moscow's support for")?"""
    before = s.spans_before(end - 1)  # (the word that ends before ``end``)
    if len(before) < 1:
        return False
    word = before[-1]
    if s.text[slice(*word)] in s.language.folded("determiners"):
        return True
    return any(c.end == word[1] and s.possessor(c) for c in s.chunks)


#: How many characters back the word before a trigger is looked for.
_WORD_REACH = 24


def noun_in_use(s: SentenceView, item: Item) -> bool:
    """Is a verb-row trigger a noun here: right after a determiner, a possessive word or a possessor ("over its supply of drones")?

    A participle clause keeps the subject of the last verb read, not of such a noun.
    """
    before = s.text[max(0, item.start - _WORD_REACH):item.start].split()[-1:]  # (the word before, cheaply)
    if not before:
        return False
    if before[0] in s.language.folded("determiners") or before[0] in s.language.folded("possessive_words"):
        return True
    return any(item.start - _WORD_REACH <= c.end <= item.start and not s.words(c.end, item.start) and s.possessor(c)
               for c in s.chunks)


def verb_cut(s: SentenceView, span_words: list) -> list:
    """A noun event's object phrase up to a verb the lexicon does not know: "support for the rebels angered the West".

    A word that is neither a lead word, a gap word, a coordinator, a
    determiner, a ``predeterminers`` word ("all the"), a ``verb_particles`` word
    ("to set up a") nor part of a mention, followed by a ``determiners`` word,
    and not itself after such a word ("urged them to resume the talks"),
    is a finite verb: the phrase ends before it (and before the lead words
    that end what is left). Only in a language that declares ``predeterminers``.
    """
    dets, pre = s.language.folded("determiners"), s.language.folded("predeterminers")
    if not pre:
        return span_words  # a language that declares none reads no verb this way
    skip = s.lead_words | s.gap_words | s.coordinators | dets | pre | s.language.folded("verb_particles") \
        | s.language.folded("preposition_words")
    finite = tuple(s.language.folded("finite_suffixes"))
    for k, (a, b) in enumerate(span_words):
        # "Macron's visit ended on Tuesday", "Egypt's push for a ceasefire failed": a finite form
        # (``finite_suffixes``) right after the noun or after a word of the phrase that is no
        # function word is the clause's verb (not "aid to displaced families", "the embattled")
        before = span_words[k - 1] if k else (s.spans_before(a) or [(a, a)])[-1]
        if finite and s.text[a:b].endswith(finite) and s.text[slice(*before)] not in skip \
                and not any(ch.start <= a < ch.end for ch in s.chunks) \
                and not any(it.start <= a < it.end for it in s.scan.items):
            cut = span_words[:k]
            while cut and s.text[slice(*cut[-1])] in s.lead_words:
                cut = cut[:-1]
            return cut
    for k, ((a, b), (c, d)) in enumerate(zip(span_words, span_words[1:])):
        if k and s.text[c:d] in dets and s.text[a:b] not in skip and not s.text[b:c].strip() \
                and s.text[slice(*span_words[k - 1])] not in skip \
                and not any(ch.start <= a < ch.end for ch in s.chunks):
            cut = span_words[:k]
            while len(cut) > 1 and s.text[slice(*cut[-1])] in s.lead_words:
                cut = cut[:-1]
            return cut
    return span_words


def during_adjunct(s: SentenceView, span_words: list) -> int | None:
    """Where a ``during_words`` phrase that opens the span and names its partner ends, or None.

    «أكد السيسي خلال اتصال هاتفي مع نظيره الفرنسي ضرورة ...», "stressed during
    a call with Macron the need to": the event and its partner (after a
    ``with_words`` word, or right after a noun with a possessive suffix:
    «خلال لقائه نظيره الفرنسي») stand between the verb and its object. With
    no partner named the phrase has no sure end: None.
    """
    if not span_words or s.text[slice(*span_words[0])] not in _during_openers(s):
        return None
    words = [s.text[a:b] for a, b in span_words[:6]]
    n = next((len(p.split()) for p in s.language.folded("during_words") if words[:len(p.split())] == p.split()), 0)
    dets = s.language.folded("determiners") | s.language.folded("possessive_words")
    while 0 < n < len(words) and words[n] in dets:
        n += 1  # "during his meeting with"
    if not n or n >= len(span_words):
        return None
    event = next((it for it in s.scan.of_kind("event") if it.start == span_words[n][0]), None)
    if event is None:
        return None
    after = [w for w in span_words if w[0] >= event.end]
    if after and s.text[slice(*after[0])] in s.language.folded("with_words"):
        after = after[1:]
    elif not possessed_event(s, event) or (n and words[n - 1] in dets):
        return None
    i = next((i for i, c in enumerate(s.chunks) if after and c.start == after[0][0] and c.agent), None)
    if i is None:
        return None
    return s.group_from(i, forward=True)[-1].end


def _during_openers(s: SentenceView) -> frozenset[str]:
    """The first words of the ``during_words`` phrases."""
    return s.language.memo("during_openers", lambda: frozenset(p.split()[0] for p in s.language.folded("during_words")))


def possessed_event(s: SentenceView, event: Item) -> bool:
    """Does the event noun end in a possessive suffix («لقائه»)?"""
    word = s.text[event.start:event.end]
    return any(word.endswith(x) for x in s.language.folded("possessive_suffixes"))


def adjunct_before(s: SentenceView, start: int, clause_start: int) -> int:
    """Where a partnered ``during_words`` phrase that ends right before ``start`` opens, else ``start``.

    «وأكد الرئيس المصري خلال اتصال هاتفي مع نظيره الفرنسي ضرورة»: the speaker
    stands before the phrase, not the partner in it.
    """
    spans = s.scan.spans_between(clause_start, start)
    openers = _during_openers(s)
    for k in range(len(spans)):
        if s.text[slice(*spans[k])] not in openers:
            continue
        end = during_adjunct(s, spans[k:])
        if end is not None and not [w for w in s.words(end, start) if w not in s.lead_words]:
            return spans[k][0]
    return start


def partner_after_event(s: SentenceView, span_words: list) -> list | None:
    """The words after a ``with_words`` word, when a ``during_words`` phrase opens the object phrase, else None.

    "встретился на полях совещания глав МИД ШОС с Лавровым", "met on the
    sidelines of the summit with Rubio": the event phrase is where, the
    partner after "with" whom; with no "with", no one.
    """
    words = [s.text[a:b] for a, b in span_words]
    if not any(words[:len(p.split())] == p.split() for p in s.language.folded("during_words")):
        return None
    withs = s.language.folded("with_words")
    k = next((i for i, w in enumerate(words) if i and w in withs), None)
    # no partner named: a body inside the event phrase ("на саммите НАТО") is not met
    return span_words[k + 1:] if k is not None else []


def encounter_cut(s: SentenceView, span_words: list, trigger: Trigger) -> list:
    """A reciprocal verb's object phrase up to an encounter noun that has its own partner.

    "discussed resuming the negotiations with Iran", «بحث استئناف المفاوضات
    مع إيران»: Iran is the negotiations' partner, not the one met. An event
    noun of a ``between`` type (predicates.yaml) with a ``with_words`` word a
    few words after it, and no lead word before it («في اتصال هاتفي مع» is
    where the meeting happens), ends the phrase; not a noun the trigger takes
    as its object word («أجرى محادثات مع»: the verb holds them).
    """
    if len(span_words) < 2:
        return span_words
    withs = s.language.folded("with_words")
    owners = s.language.folded("possessive_suffixes")
    starts = {a: k for k, (a, _) in enumerate(span_words)}
    # («جولة جديدة من المحادثات مع»: a filler word is no venue)
    language = s.language
    leads = language.memo("encounter_leads", lambda: (language.folded("object_lead_words") | language.folded("during_words")
                                                      | language.folded("venue_words")) - language.folded("light_filler_words"))
    for item in s.scan.of_kind("event"):
        k = starts.get(item.start)
        if k is None or item.tag("event").data not in BETWEEN or any(
                t.kind == "trigger" and t.data.suffix and fold(t.data.suffix) in owners for t in item.tags) \
                or any(w in s.text[item.start:item.end] for w in trigger.object_words):
            # («نتائج لقائه مع بوتين»: his own meeting, whose partner is his too)
            continue
        before = s.scan.spans_between(span_words[0][0] if k else 0, item.start)
        if before and s.text[slice(*before[-1])] in leads:
            continue
        after = [w for w in span_words[k:] if w[0] >= item.end][:_ENCOUNTER_GAP + 1]
        if any(s.text[a:b] in withs for a, b in after):
            return span_words[:k]
    return span_words


#: How many words (adjectives: "النووية") may stand between an encounter noun and its "with".
_ENCOUNTER_GAP = 2


#: How many words after a trigger's object word its preposition may stand («عقوبات جديدة على»).
_TARGET_GAP = 3


def _ends_by(s: SentenceView, chunk: Chunk, end: int) -> bool:
    """Does the mention end by ``end``, or only its gloss run past it ("de la Communauté ... (Cedeao)": the bracket cuts the clause)?"""
    if chunk.end <= end:
        return True
    marks, rest = s.language.get("gloss_marks"), s.text[end:chunk.end].strip()
    return chunk.start < end and len(marks) == 2 and (rest.startswith(marks[0]) or not rest.strip(marks))


def _capped(s: SentenceView, words: list) -> list:
    """The first ``_OBJECT_WORDS`` words, and the rest of a mention the cap would split ("de la Communauté économique des États de l'Afrique de l'Ouest")."""
    kept = words[:_OBJECT_WORDS]
    if len(words) > len(kept):
        last = kept[-1][0]
        split = next((c for c in s.chunks if c.start <= last and kept[-1][1] < c.end), None)
        if split is not None:
            kept += [w for w in words[len(kept):] if w[1] <= split.end]
    return kept


def qualified_noun(s: SentenceView, item: Item) -> bool:
    """Does a ``noun_determiners`` word, then one word of no mention, item or lead word, stand before a genitive noun's homograph?

    "une grave menace", "de nouvelles attaques" are the noun; "la Russie menace"
    (an actor between) and "les a menacés" (a lead word between) are the verb.
    """
    if not any(t.kind == "trigger" and t.data.pos == "noun" and t.data.frame == "genitive" for t in item.tags):
        return False
    before = s.scan.spans_between(s.clause(item.start)[0], item.start)[-2:]
    if len(before) < 2 or s.text[slice(*before[0])] not in s.language.folded("noun_determiners"):
        return False
    a, b = before[1]
    return s.text[a:b] not in s.lead_words and s.text[a:b] not in s.language.folded("determiners") \
        and not any(c.start <= a < c.end for c in s.chunks) and not any(it.start <= a < it.end for it in s.scan.items)


def determined(s: SentenceView, item: Item, floor: int) -> bool:
    """Does a determiner open the phrase the verb form ends, so that it is a noun there ("extend its economic sanctions on")?

    The determiner stands right before the form or one word before it, with
    no actor, cue or trigger between (language.yaml ``determiners``).
    """
    before = s.scan.spans_between(floor, item.start)[-2:]
    dets = s.language.folded("determiners")
    if not before or s.text[before[-1][1]:item.start].strip():
        return False
    if s.text[slice(*before[-1])] in dets:
        return True
    word = before[-1]
    return len(before) == 2 and s.text[slice(*before[0])] in dets and s.text[slice(*word)] not in s.lead_words \
        and not any(it.start <= word[0] < it.end for it in s.scan.items) \
        and not any(c.start <= word[0] < c.end for c in s.chunks)


def target_words(s: SentenceView, span_words: list, trigger: Trigger) -> list:
    """The target after the preposition of a trigger's object word: «فرضت عقوبات جديدة على شركات صينية».

    Where no actor was found, the object of a ``target_objects`` predicate
    is what the sanctions fall on, not the sanctions.
    """
    if not trigger.object_words or trigger.predicate not in TARGET_OBJECTS | RECIPIENT_OBJECTS:
        return span_words
    target = _target_span(s, span_words, trigger)
    if trigger.predicate in TARGET_OBJECTS or (target and any(c.start == target[0][0] and c.agent for c in s.chunks)):
        return target
    return span_words


def _target_span(s: SentenceView, span_words: list, trigger: Trigger) -> list:
    """The words after the lead word that follows the last object word of the phrase (all of them if none)."""
    found = None
    for i, (a, b) in enumerate(span_words):
        if any(w in s.text[a:b] for w in trigger.object_words):
            lead = next((j for j in range(i + 1, min(i + 1 + _TARGET_GAP, len(span_words)))
                         if s.text[slice(*span_words[j])] in s.lead_words), None)
            if lead is None:
                return span_words if found is None else span_words[found + 1:]
            # ("40 tonnes of food aid to Sudan": the last object word's lead opens the target)
            found = lead
    return span_words if found is None else span_words[found + 1:] or span_words


def _after_dates(s: SentenceView, span_words: list) -> list:
    """The phrase without the time phrase that opens it ("on Saturday evening that ..."), a preposition before it too."""
    k = 0
    while k < len(span_words) and (s.is_date(span_words[k][0]) or (
            k + 1 < len(span_words) and s.text[slice(*span_words[k])] in s.lead_words
            and s.is_date(span_words[k + 1][0]))):
        k += 1
    return span_words[k:] if k < len(span_words) else span_words


def reported_content(s: SentenceView, span_words: list, clause_end: int, trigger: Trigger) -> Object | None:
    """The clause a complementizer opens after a wish or a denial: its content, whole ("denied that Putin had agreed").

    The clause is content, not a fact: the statements in it are left out
    (core's content rule), and no actor in it is the object.

    Returns None when no ``complementizers`` word opens the phrase or the
    predicate takes no content (predicates.yaml ``wishes``).
    """
    if trigger.predicate not in WISHES or not span_words \
            or s.text[slice(*span_words[0])] not in s.language.folded("complementizers"):
        return None
    span = content_span(s, span_words[0][1], clause_end)
    return (None, span, "Issue") if span else NO_OBJECT


#: Predicates whose reported clause keeps its statements: a denial negates them (the cue's ``refusal content``).
_DENIALS = frozenset({"rejects"})


def _comma_complement(s: SentenceView, clause_end: int) -> tuple[list, int] | None:
    """The words of the clause a complementizer opens right after the comma that ends a clause, and its end, or None.

    «пригрозила, что Москва ответит»: where the language sets a comma before
    the complementizer, the reported clause follows it.
    """
    if clause_end >= len(s.text) or s.text[clause_end] not in s.commas:
        return None
    first = s.scan.next_word(clause_end + 1)
    if first is None or s.text[slice(*first)] not in s.language.folded("complementizers") \
            or s.text[clause_end + 1:first[0]].strip():
        return None
    end = s.clause(first[1])[1]
    return s.scan.spans_between(first[0], end), end


def complement_cut(s: SentenceView, span_words: list) -> list:
    """The object phrase without the predicative complement a ``complement_words`` word opens.

    "dismissed the accusations as baseless", "a condamné la décision comme une
    pression": what the thing is called is no part of it.
    """
    marks = s.language.folded("complement_words")
    if marks.isdisjoint(s.vocabulary()):
        return span_words  # (no such word in the sentence: its words are not walked)
    cut = next((i for i, w in enumerate(span_words) if s.text[slice(*w)] in marks), None)
    return span_words[:cut] if cut is not None else span_words


def modifier(s: SentenceView, chunk: Chunk, end: int) -> bool:
    """Does the mention modify the noun after it, where adjectives come first ("EU aid", "Chinese mediation")?

    A possessor is read by :func:`possessed_person` ("praised Trump's role" welcomes Trump).

    A nationality adjective always does; a name does when a noun follows it
    right away (a word other than a preposition, a coordinator, a date, a
    cue, a verb or another actor) and ends the phrase or is followed by a
    preposition or a mark.
    """
    if s.language.get("adjective_side") != "before" or chunk.end >= end or s.possessor(chunk):
        return False
    after = s.scan.next_word(chunk.end)
    if after is None or after[1] > end or s.text[chunk.end:after[0]].strip():
        return False
    word = s.text[slice(*after)]
    if word in s.lead_words or word in s.gap_words or word in s.coordinators or s.is_date(after[0]):
        return False
    if chunk.via == "nationality":
        return True
    if any(it.start == after[0] and (it.has("cue") or s.is_verb(it)) for it in s.scan.items) \
            or any(c.start == after[0] for c in s.chunks):
        return False
    # The noun ends its phrase or a preposition follows it: "EU aid for Ukraine",
    # not "the Houthis worries Riyadh" (a verb the lexicon does not know). A compound
    # noun may run on over plain words: "EU sanctions packages", "EU migration rules".
    for _ in range(_COMPOUND_NOUNS):
        nxt = s.scan.next_word(after[1])
        # ("Assad angered the West": a determiner after the word makes it a verb.)
        if nxt is None or nxt[0] >= end or bool(s.text[after[1]:nxt[0]].strip()) \
                or (s.text[slice(*nxt)] in s.lead_words and s.text[slice(*nxt)] not in s.language.folded("determiners")):
            return True
        if not _plain_word(s, nxt):
            return False
        after = nxt
    return False


#: How many nouns a compound may hold after the name that modifies it ("EU sanctions relief package").
_COMPOUND_NOUNS = 3


def _plain_word(s: SentenceView, word: tuple[int, int]) -> bool:
    """Is the word no function word, date, cue, trigger or mention: a noun of a compound?"""
    text = s.text[slice(*word)]
    return text not in s.lead_words and text not in s.gap_words and text not in s.coordinators \
        and text not in s.language.folded("determiners") and not s.is_date(word[0]) \
        and not any(it.start <= word[0] < it.end for it in s.scan.items) \
        and not any(c.start <= word[0] < c.end for c in s.chunks)


def purpose_start(s: SentenceView, span_words: list) -> int:
    """Where a purpose clause opens in the phrase ("meet in Berlin to discuss Ukraine"), or past its end.

    A ``purpose_words`` word followed by a word that is neither a lead word
    nor an actor: "aid to Ukraine", "aid to the army" open none.
    """
    marks = s.language.folded("purpose_words")
    if not marks.isdisjoint(s.vocabulary()):  # (no such word in the sentence: its words are not walked)
        for (a, b), (c, d) in zip(span_words, span_words[1:]):
            if s.text[a:b] in marks and s.text[c:d] not in s.lead_words and not any(ch.start == c for ch in s.chunks):
                return a
    # "متوجها إلى بكين للمشاركة في اجتماع": a masdar with a purpose clitic (``purpose_clitics``) opens one too.
    clitics = s.language.memo("folded_purpose_clitics", lambda: fold(s.language.get("purpose_clitics", "") or ""))
    if clitics and span_words:
        starts = {a for a, _ in span_words[1:]}
        for it in s.scan.of_kind("trigger"):
            if it.start in starts and any(t.kind == "trigger" and t.data.pos == "noun" and t.data.prefix
                                          and fold(t.data.prefix)[-1] in clitics for t in it.tags):
                return it.start
    return span_words[-1][1] + 1 if span_words else 0


def venue_end(s: SentenceView, start: int) -> int:
    """Where the venue that a ``venue_words`` word at ``start`` opens ends, or 0 when it opens none.

    The venue is the mention right after the word, lead words or one of
    ``place_nouns`` between: "in Amman", "at the Élysée Palace", "في عمّان".
    """
    word = next((s.text[a:b] for a, b in s.scan.words if a == start), "")
    placing = word in s.language.folded("place_venue_words")
    if (word not in s.language.folded("venue_words") and not placing) or any(
            it.start <= start < it.end for it in s.scan.of_kind("trigger")):
        # "took part in", "fired missiles at": the preposition belongs to the trigger.
        return 0
    between = s.lead_words | s.language.folded("place_nouns")
    for chunk in s.chunks:
        if chunk.start > start:
            words = s.words(start, chunk.start)[1:]
            if placing and chunk.agent:
                return 0  # "a demandé au Qatar": the one asked, no venue
            return chunk.end if all(w in between for w in words) and len(words) <= 2 else 0
    return 0


def possessed_person(s: SentenceView, chunk: Chunk) -> Chunk | None | bool:
    """The person a possessor's title or name names: "Tokyo's special envoy, Kenji Sato", "Russia's Sergei Lavrov".

    Returns the person's mention, None when a title follows the possessor
    but no name is found, and False when no title or name follows ("Russia's decision").
    """
    after = s.scan.next_word(chunk.end)
    if after is None:
        return False
    titled = any(it.start == after[0] and (it.has("title") or described(s, chunk)) for it in s.scan.items)
    named = next((c for c in s.chunks if c.start == after[0] and c.agent and c.actor.type == "Person"), None)
    if named is not None:
        return named
    if not titled:
        return False
    title_end = max(it.end for it in s.scan.items if it.start == after[0] and (it.has("title") or it.has("description")))
    return next((c for c in s.chunks if c.start >= title_end and c.agent and c.actor.type == "Person"
                 and len(s.words(title_end, c.start)) <= 1), None)


def described(s: SentenceView, chunk: Chunk) -> bool:
    """Does a description of a person follow the mention ("the Kremlin leader", language.yaml descriptions)?

    The mention then names whom the person leads or serves, not the object:
    "held talks with the Kremlin leader, Vladimir Putin" talks with Putin.
    """
    after = s.scan.next_word(chunk.end)
    return after is not None and not s.text[chunk.end:after[0]].strip() and any(
        it.start == after[0] and "Person" in it.tag("description").data for it in s.scan.of_kind("description"))


def in_compound(s: SentenceView, chunk: Chunk) -> bool:
    """Is the mention part of a hyphenated modifier ("the Israel-Hamas fighting", "the US-Iran talks")? Then it is no object."""
    start = chunk.start + chunk.trim
    return s.text[chunk.end:chunk.end + 1] == "-" or (start > 0 and s.text[start - 1] == "-")


def in_venue(s: SentenceView, chunk: Chunk, floor: int) -> bool:
    """Is the mention the venue of a ``venue_words`` word after ``floor`` ("محادثات في عمّان")?"""
    venues = s.language.folded("venue_words")
    return any(venue_end(s, a) == chunk.end for a, b in s.scan.words
               if floor <= a < chunk.start and s.text[a:b] in venues)


def _time_word(s: SentenceView, pos: int) -> bool:
    """Does a time phrase start at ``pos``? A part of a month ("fin", "mid") only before another date word ("mettre fin")."""
    if not s.scan.of_kind("date"):
        return False  # no date word in the sentence: neither a time word nor a day number before a month
    item = next((it for it in s.scan.of_kind("date") if it.start <= pos < it.end), None)
    if item is None:
        # "прибыл в Уагадугу 4 июня", "arrivé à Dakar 4 juin": a day number before its month.
        at, after = s.scan.next_word(pos), s.scan.next_word(pos + 1)
        word = s.text[at[0]:at[1]] if at is not None and at[0] == pos else ""
        after = after[0] if after is not None else None
        return word.isdigit() and len(word) <= 2 and after is not None and any(
            it.start == after and it.tag("date").data[0] == "month" for it in s.scan.of_kind("date"))
    if item.tag("date").data[0] != "part":
        return True
    after = s.scan.next_word(item.end)
    return after is not None and s.is_date(after[0])


def time_phrase(s: SentenceView, words: list[tuple[int, int]]) -> bool:
    """Is an object phrase only a time phrase ("الأسبوع المقبل", "next week")? Time words are never objects."""
    return bool(s.scan.of_kind("date")) and any(s.is_date(a) for a, _ in words) and \
        all(s.is_date(a) or s.text[a:b] in s.gap_words or s.text[a:b] in s.lead_words for a, b in words)


#: Cue kinds of a modal that, right after an actor, make it a clause's subject.
_MODAL_CUES = frozenset({"future", "hypothetical"})


def object_group(s: SentenceView, chunk: Chunk) -> list[Chunk]:
    """The actors coordinated with an object actor: "met Assad and Zelensky".

    Possessors are no objects: "welcomed Egypt and Qatar's mediation"
    welcomes the mediation. An actor a verb follows is the next clause's
    subject: "Trump met Putin and Zelensky said ...", and one a reporting cue
    follows is its speaker: "recognised Kosovo, President Vucic said".
    """
    if chunk not in s.chunks:
        return [chunk]  # a state read off another mention (the capital an envoy served in): none is coordinated to it
    group = s.group_from(s.chunks.index(chunk), forward=True)
    if any(s.possessor(c) for c in group[1:]):
        return [chunk]
    out = [chunk]
    markers = s.language.folded("content_markers")
    for c in group[1:]:
        after = next((a for a, b in s.scan.words if a >= c.end and s.text[a:b] not in s.gap_words), None)
        opens = after is not None and after < s.clause(c.start)[1]
        # (an infinitive after its content marker opens no clause: "urged Hamas and Israel to accept")
        if (c.start, c.end) == (chunk.start, chunk.end) and _pair(s, chunk):
            out.append(c)  # the other side of a counted anaphor («الطرفين»)
            continue
        if not c.agent or c.via == "pronoun" or any(s.is_verb(v) and v.start == after and opens
                                                     and s.text[v.start:v.end].split()[0] not in markers
                                                     for v in s.scan.of_kind("trigger")):
            break
        if any(v.start == after and any(t.kind == "cue" and t.data[0] == "reported" for t in v.tags)
               for v in s.scan.of_kind("cue")):
            # "... recognise Kosovo, President Vucic told reporters": the speaker, not an object.
            break
        nxt = s.scan.next_word(c.end)
        if nxt is not None and s.text[nxt[0]:nxt[1]] in s.gap_words and any(
                (v.start, v.end) == nxt and any(t.kind == "cue" and t.data[0] in _MODAL_CUES for t in v.tags)
                for v in s.scan.of_kind("cue")):
            # "deliver arms to Ukraine, and Berlin should lead": a modal (one word a subject may
            # stand before) opens the actor's own clause; a time cue does not ("Turkey later this month").
            break
        out.append(c)
    return out


def sentence_event(s: SentenceView, item: Item) -> tuple[None, tuple[int, int] | None, str]:
    """The event noun of the sentence nearest after the item, else before it."""
    events = list(s.scan.of_kind("event"))
    after = [e for e in events if e.start >= item.end]
    before = [e for e in events if e.end <= item.start]
    chosen = after[0] if after else before[-1] if before else None
    if chosen is None:
        return None, None, ""
    return None, (chosen.start, chosen.end), chosen.tag("event").data


def drop_auxiliaries(s: SentenceView, floor: int, end: int) -> int:
    """The end of a phrase without the auxiliaries and adverbs that close it ("the summit was")."""
    skip = s.gap_words | s.language.folded("passive_auxiliaries")
    for a, b in reversed(s.scan.spans_between(floor, end)):
        if s.text[a:b] not in skip:
            return b
    return floor


def far_object(s: SentenceView, subjects: list[Chunk], item: Item, chunk: Chunk) -> bool:
    """Do two or more words other than lead words stand between the noun (or its genitive) and its object?"""
    start = max([item.end] + [c.end for c in subjects if c.start >= item.end])
    return len([w for w in s.words(start, chunk.start) if w not in s.lead_words]) > 1


def span_type(s: SentenceView, span: tuple[int, int]) -> str:
    """The type of the first event noun in an object phrase ("talks"), else "Issue": an event named is a fact, not content."""
    event = next((it for it in s.scan.of_kind("event") if span[0] <= it.start < span[1]), None)
    return event.tag("event").data if event is not None else "Issue"


def content_span(s: SentenceView, start: int, end: int) -> tuple[int, int] | None:
    """The content phrase after ``start`` in its clause: what a stance or a demand is about.

    Lead words, gap words and dates that open it are dropped: time words
    are never content ("ready, on Sunday, to talk"). It runs to the clause's
    end, over coordinated actors ("that India and Pakistan would meet"),
    ``_OBJECT_WORDS`` words at most, and is None when nothing is left.
    """
    skip = s.lead_words | s.gap_words
    for left, right in zip(s.chunks, s.chunks[1:]):
        # "hope that India and Pakistan would meet": a coordinator joining actors cuts no content.
        if start <= left.start and left.end <= end <= right.start and s.joined(left, right):
            end = s.clause(right.start)[1]
    # (a start inside a word, after a clitic, keeps the rest of that word: "ب|سحب")
    words = [(max(a, start), b) for a, b in s.scan.words if b > start and b <= end]
    while words and (s.text[words[0][0]:words[0][1]] in skip or s.is_date(words[0][0])):
        words = words[1:]
    words = words[:_OBJECT_WORDS]
    return (words[0][0], words[-1][1]) if words else None


#: How many words a parenthesis between a verb and its object may have.
_INTERVENING_WORDS = 12


def after_parenthesis(s: SentenceView, at: int, trigger: Trigger) -> int | None:
    """Where the clause resumes after a parenthesis opened by the comma at ``at``, or None.

    "met, on the sidelines of the NATO meeting, with Rubio", "وصل، صباح
    الأحد، إلى دمشق", "a frappé, dans la nuit, des installations": the
    parenthesis is closed by a comma, holds no verb, and what follows it
    opens with no reporting cue (", officials said" is no object) nor
    another verb (the trigger's own noun may: "imposed, this year, sanctions on").
    """
    if at >= len(s.text) or s.text[at] not in s.commas:
        return None
    # The closing comma: a clause word inside the parenthesis cuts nothing ("recalled, after days of tension, its").
    close = next((c for c in s.cuts if c > at and c < len(s.text) and s.text[c] in s.commas), len(s.text))
    if close >= len(s.text):
        return None
    if len(s.words(at, close)) > _INTERVENING_WORDS or \
            any(s.is_verb(v) and at < v.start < close for v in s.scan.of_kind("trigger")):
        return None
    resumed = s.scan.next_word(close + 1)
    named = [(c.start, c.end) for c in s.chunks]
    if resumed is None or any(v.start == resumed[0] and not any(a <= v.start < b for a, b in named)
                              and (v.has("cue") or (s.is_verb(v) and v.tag("trigger").data.predicate != trigger.predicate))
                              for v in s.scan.items):
        # A word of a mention is no verb: "l'envoyée américaine".
        return None
    return resumed[0]
