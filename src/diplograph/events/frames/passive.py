"""Passives: "The summit was hosted by Egypt", "the plan proposed by the US", "Syria was welcomed back".

With an agent word after the verb (or, where the language has none, an agent
in ``agent_case``: "был принят Путиным"), the agent is the subject and the
grammatical subject (or the phrase a participle follows) the object; with an
auxiliary and no agent, the agent goes unsaid and there is no statement.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import (
    definite, drop_auxiliaries, main_subject, noun_in_use, span_type, subject_after, subject_before,
)
from diplograph.events.frames.predicates import OBJECT_FIRST
from diplograph.events.frames.view import SentenceView
from diplograph.lang.scanner import Item

__all__ = ["agent_by_case", "agent_phrase", "agentless_passive", "appositive_agent", "passive", "reduced_form",
           "reduced_passive", "reduced_patient"]

#: How many words the phrase an apposition names may have ("his North Korean counterpart").
_APPOSITION_WORDS = 5


def passive(s: SentenceView, item: Item, clause: tuple[int, int]):
    """Subjects and object of a passive verb, or None when the verb is active.

    A verb its agent word follows is passive with or without an
    auxiliary: "was proposed by", "the plan proposed by".
    """
    auxiliaries = s.language.folded("passive_auxiliaries")
    agents = s.language.folded("agent_words")
    if not auxiliaries or not (agents or s.language.get("agent_case")):
        return None
    if agents and agents.isdisjoint(s.vocabulary()):
        return None  # (no agent word in the sentence, as in most: no word after the verb is one)
    before = s.words(clause[0], item.start)
    if not agents:
        # "был принят Путиным": no agent word, the agent is in ``agent_case``
        subjects = agent_by_case(s, item, clause) if before and before[-1] in auxiliaries else []
        if not subjects and reduced_form(s, item):
            # "план, предложенный Турцией": a participle that is only passive, its agent
            # by case and no auxiliary, acts on the phrase before it
            subjects = agent_by_case(s, item, clause)
            return (subjects, reduced_patient(s, item, clause)) if subjects else None
        if not subjects:
            return None
    else:
        after = _after_venue(s, s.scan.spans_between(item.end, clause[1]))
        if not after or s.text[after[0][0]:after[0][1]] not in agents:
            return None
        # "by his Omani counterpart Badr Albusaidi": a possessive word before the agent's title chain.
        agent_start = after[1][1] if len(after) > 1 and s.text[slice(*after[1])] in \
            s.language.folded("possessive_words") else after[0][1]
        subjects = subject_after(s, agent_start, clause[1]) or appositive_agent(s, after[0][1], clause[1])
        if not before or before[-1] not in auxiliaries:
            return subjects, reduced_patient(s, item, clause)
    aux_start = max(a for a, b in s.scan.words if a < item.start and s.text[a:b] == before[-1])
    opening = s.scan.spans_between(clause[0], aux_start)[:1]
    if clause[0] > 0 and opening and s.text[slice(*opening[0])] in s.language.folded("subject_relatives"):
        # "Le plan qui prévoit le retrait d'Israël a été rejeté par le Hamas", "La Russie, qui a été critiquée
        # par la France,": whether the verb is the relative clause's or the main one's, its patient is the
        # phrase the relative word resumes, never what the relative clause names
        patient = reduced_patient(s, Item(clause[0], clause[0], ()), s.clause(clause[0] - 1))
        return (subjects, patient) if patient[1] is not None else None
    # "Le plan que soutient la France a été rejeté par la Russie": a relative clause on the patient
    # ends it; what the relative clause names is no patient
    relative = _relative_after_head(s, clause[0], aux_start)
    ceiling = relative if relative is not None else aux_start
    # "The plan proposed by the US was rejected by Russia": the agent of a participle is no patient
    patients = [c for c in s.chunks if clause[0] <= c.start and c.end <= ceiling and c.agent and not _agent(s, c)
                and not _complement(s, c, clause[0])] \
        or [c for c in subject_before(s, aux_start, clause[0]) if not _agent(s, c) and not _complement(s, c, clause[0])
            and c.end <= ceiling]
    if patients:
        last = patients[-1]
        return subjects, (last, (last.start, last.end), last.actor.type)
    if (adjunct := _adjunct_patient(s, clause, aux_start)) is not None:
        # "The package was stalled after being blocked by Hungary": the main clause's subject
        return subjects, adjunct
    words = s.scan.spans_between(clause[0], aux_start)
    if words and clause[0] > 0 and s.text[slice(*words[0])] in s.coordinators:
        before, opening = s.text[:words[0][0]].rstrip(), s.clause(clause[0] - 1)[0]
        if before and before[-1] in s.commas:
            # "..., and the deal was signed by Israel": a new clause
            words = words[1:]
        elif not any(opening <= it.start < clause[0] and (s.is_verb(it) or it.has("light")) for it in s.scan.items):
            # "The strikes on Syria and Lebanon were condemned": the coordinator cut the patient's phrase
            words = s.scan.spans_between(opening, aux_start)
        else:
            # "talks between Russia and Ukraine was welcomed", "hosted talks and the deal was signed": the patient's
            # phrase may open before the verb or after it; no object rather than half of one
            return subjects, (None, None, "")
    while words and s.text[words[0][0]:words[0][1]] in s.lead_words:
        words = words[1:]
    if not words and (head := _before_relative(s, clause[0])) is not None:
        # "La proposition, qui a été soutenue par l'Égypte, a été rejetée par Israël": the phrase before
        # the relative clause set off by commas
        return subjects, reduced_patient(s, Item(head[1], head[1], ()), head)
    if not words:
        return subjects, (None, None, "")
    if relative is not None:
        words = [w for w in words if w[1] <= relative] or words
    # "Le traité a été ratifié par": the auxiliary before the passive one is no part of the patient
    span = (words[0][0], drop_auxiliaries(s, words[0][0], words[-1][1]))
    return subjects, (None, span, span_type(s, span))


def _before_relative(s: SentenceView, start: int) -> tuple[int, int] | None:
    """The clause before a relative clause that ends at ``start`` after a comma ("La proposition, | qui ..., |"), or None."""
    if start <= 0 or s.text[start] not in s.commas:
        return None
    inner = s.clause(start - 1)
    opening = s.scan.spans_between(inner[0], inner[1])[:1]
    relatives = s.language.folded("subject_relatives") | s.language.folded("relative_words")
    if inner[0] <= 0 or not opening or s.text[slice(*opening[0])] not in relatives:
        return None
    return s.clause(inner[0] - 1)


def _relative_after_head(s: SentenceView, start: int, end: int) -> int | None:
    """Where a relative word or complementizer opens a clause on the noun phrase that opens ``start``..``end``, or None.

    "Le plan que soutient la France a été rejeté": the patient is "Le plan"; "que" opens
    a clause on it. Not one that opens the span itself (no head before it).
    """
    opening = s.language.folded("relative_words") | s.language.folded("complementizers")
    words = s.scan.spans_between(start, end)
    heads = [w for w in words if s.text[w[0]:w[1]] not in s.lead_words]
    at = next((a for a, b in words if s.text[a:b] in opening and any(h[1] <= a for h in heads)), None)
    return at


def _adjunct_patient(s: SentenceView, clause: tuple[int, int], aux_start: int):
    """The patient of a passive gerund adjunct ("after being blocked by Hungary"): the main clause's subject, or None.

    Only a ``gerund_words`` word, then a passive auxiliary with an
    ``active_suffixes`` ending ("being"), open the clause. The patient is the
    actor group that opens the sentence, else its opening phrase up to the
    first auxiliary or verb ("The sanctions package was stalled").
    """
    opening = s.words(clause[0], aux_start)
    word = s.scan.next_word(aux_start)
    auxiliary = [s.text[slice(*word)]] if word else []
    active = tuple(s.language.folded("active_suffixes"))
    if clause[0] == 0 or len(opening) != 1 or opening[0] not in s.language.folded("gerund_words") \
            or not active or not auxiliary or not auxiliary[0].endswith(active):
        return None
    found = main_subject(s, clause[0])
    if found and not [w for w in s.words(0, found[0].start) if w not in s.gap_words]:
        # (an actor that opens the sentence: not one inside its subject phrase, "sanctions on Iran")
        last = found[-1]
        return last, (last.start, last.end), last.actor.type
    stops = s.language.folded("passive_auxiliaries") | s.language.folded("perfect_auxiliaries")
    finite = tuple(s.language.folded("finite_suffixes"))
    words = s.scan.spans_between(0, clause[0])
    # (the phrase ends at its verb: an auxiliary, a verb trigger or a finite form, "The talks collapsed";
    # an apposition before it is part of it: "A new package of sanctions, the 20th, was stalled")
    end = next((a for k, (a, b) in enumerate(words) if s.text[a:b] in stops
                or (k and finite and s.text[a:b].endswith(finite))
                or any(it.start == a and s.is_verb(it) for it in s.scan.items)), None)
    words = [w for w in words if end is not None and w[1] <= end]
    while words and s.text[slice(*words[0])] in s.lead_words:
        words = words[1:]
    if not words:
        return None
    span = (words[0][0], drop_auxiliaries(s, words[0][0], words[-1][1]))
    return None, span, span_type(s, span)


def _complement(s: SentenceView, chunk: Chunk, floor: int) -> bool:
    """Is the mention a noun's complement, a preposition before it, determiners aside ("Les frappes contre le Liban")?

    Then the noun, not the mention, is the passive's patient.
    """
    articles = s.language.folded("determiners")
    floor = min(floor, s.clause(chunk.start)[0])
    words = [w for w in s.words(floor, chunk.start)]
    while words and words[-1] in articles:
        words.pop()
    if words and words[-1] in s.coordinators:
        # "talks between Russia and Ukraine was welcomed": a conjunct of a complement is one too
        # (the coordinator may cut the clause: the conjunct before it is looked at in its own)
        prev = next((c for c in reversed(s.chunks) if c.end <= chunk.start), None)
        return prev is not None and all(w in s.coordinators or w in articles for w in s.words(prev.end, chunk.start)) \
            and _complement(s, prev, floor)
    return bool(words) and (words[-1] in s.lead_words or words[-1] in s.language.folded("between_words")) \
        and words[-1] not in articles and words[-1] not in s.coordinators


def _agent(s: SentenceView, chunk: Chunk) -> bool:
    """Does an agent word ("by") open the mention, determiners aside ("proposed by the US")?"""
    words = [w for w in s.words(s.clause(chunk.start)[0], chunk.start) if w not in s.language.folded("determiners")]
    return bool(words) and words[-1] in s.language.folded("agent_words")


def reduced_form(s: SentenceView, item: Item) -> bool:
    """Is the verb form one the inflector marks as only passive (``passive_marks``: "предложенный", "подписано")?"""
    marks = set(s.language.get("passive_marks"))
    return bool(marks) and any(t.kind == "trigger" and t.marks & marks for t in item.tags)


def appositive_agent(s: SentenceView, start: int, clause_end: int) -> list[Chunk]:
    """The agent named in apposition: "by his North Korean counterpart, Choe Son Hui".

    The words after the agent word name no actor that may act and are few;
    the mention right after the comma is the agent.
    """
    comma = next((i for i in range(start, clause_end) if s.text[i] in s.commas), None)
    # A comma between stacked titles cuts no clause ("son homologue iranien, Abbas Araghchi").
    clause_end = comma if comma is not None else clause_end
    words = s.words(start, clause_end)
    if not words or len(words) > _APPOSITION_WORDS or clause_end >= len(s.text) or s.text[clause_end] not in s.commas \
            or any(start <= c.start < clause_end and c.agent for c in s.chunks):
        return []
    nxt = next((i for i, c in enumerate(s.chunks) if c.start > clause_end), None)
    if nxt is None or s.words(clause_end, s.chunks[nxt].start) or not s.chunks[nxt].agent:
        return []
    return [s.chunks[nxt]]


def _after_venue(s: SentenceView, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words after a place or date phrase that opens them: "received at the White House by", "reçu à l'Élysée par".

    The phrase is a ``locative_prefixes`` word and the mention after it
    (lead words or ``place_nouns`` between), or date words.
    """
    locatives = s.language.folded("locative_prefixes")
    skip = s.lead_words | s.language.folded("place_nouns")
    rest = words
    while rest:
        a, b = rest[0]
        if s.text[a:b] not in locatives:
            if s.is_date(a) or (s.text[a:b] in s.gap_words and s.text[a:b] not in s.language.folded("agent_words")):
                rest = rest[1:]
                continue
            break
        place = next((c for c in s.chunks if c.start > a), None)
        if place is None or not all(w in skip for w in s.words(b, place.start)) or len(s.words(b, place.start)) > 2:
            break
        rest = [w for w in rest if w[0] >= place.end]
    return rest if rest is not words else words


def agent_by_case(s: SentenceView, item: Item, clause: tuple[int, int]) -> list:
    """The agent group of a passive named by its case after the verb ("был принят в Кремле Путиным").

    The first mention after the verb that may be in ``agent_case`` and no
    preposition governs ("подписано с Вьетнамом" names a partner); a mention
    whose case is unknown ("США") only right after the verb.
    """
    wanted = set(s.language.get("agent_case"))
    governing = s.lead_words | s.language.folded("locative_prefixes") | s.language.folded("with_words")
    for i, chunk in enumerate(s.chunks):
        if chunk.start < item.end or not chunk.agent:
            continue
        if chunk.start >= clause[1]:
            return []
        words = s.words(item.end, chunk.start)
        cases = s.cases(chunk)
        if (cases & wanted and not (words and words[-1] in governing)) \
                or (not cases and all(w in s.gap_words for w in words)):
            return [c for c in s.group_from(i, forward=True) if c.agent]
    return []


def agentless_passive(s: SentenceView, item: Item, clause: tuple[int, int]) -> bool:
    """Is the verb a passive with no agent ("Syria was welcomed back")?

    An auxiliary of ``agentless_passive_auxiliaries`` stands before it
    (gap words and one other word between), and its word does not end in one of
    ``active_suffixes`` ("is hosting").
    """
    auxiliaries = s.language.folded("agentless_passive_auxiliaries")
    if not auxiliaries or auxiliaries.isdisjoint(s.vocabulary()):
        return False  # (no auxiliary in the sentence, as in most: none stands before the verb)
    word = s.text[item.start:item.end].split()[0]
    active = tuple(s.language.folded("active_suffixes"))
    if (active and word.endswith(active)) or word in s.lead_words:
        # "is hosting"; an infinitive written with its particle: "Egypt is to host"
        return False
    adverbs = s.language.memo("agentless_passive_adverbs", lambda: s.gap_words - auxiliaries)  # (made once a language)
    before = [w for w in s.words(clause[0], item.start) if w not in adverbs]
    # One adverb the lists lack may stand between ("il sera maintenant
    # endossé"), but not a particle: "Egypt is to host" is active.
    if before and before[-1] in auxiliaries:
        return True
    return len(before) > 1 and before[-2] in auxiliaries and before[-1] not in s.lead_words


def reduced_passive(s: SentenceView, item: Item, predicate: str, clause: tuple[int, int]) -> bool:
    """Is the verb a participle after the noun it says something of ("the settlers accused of attacking")?

    Its predicate names its object right after an active verb (predicates.yaml
    ``object_first``: "accused Niger of"), yet a ``reduced_passive_words`` word
    follows it: the object is the phrase before, and the agent goes unsaid. Not
    after a ``perfect_auxiliaries`` or ``object_clitics`` word ("les a accusés
    de": active, its object a clitic), nor an active form ("accusing of"), nor a
    row of more than one word ("blamed each other for").
    """
    words = s.language.folded("reduced_passive_words")
    if predicate not in OBJECT_FIRST or not words:
        return False
    after = s.scan.next_word(item.end)
    if after is None or after[0] >= clause[1]:
        return False
    word = s.text[after[0]:after[1]]
    # an elided word is written onto the next ("accusés d'ingérence")
    if word not in words and not any(w.endswith("'") and word.startswith(w) for w in words):
        return False
    form = s.text[item.start:item.end].split()
    active = tuple(s.language.folded("active_suffixes"))
    if len(form) > 1 or (active and form[0].endswith(active)):
        # a written-out row holds its own object ("blamed each other for")
        return False
    active_before = s.language.folded("perfect_auxiliaries") | s.language.folded("object_clitics")
    # (an auxiliary may also be a gap word: folded French "a" is "à")
    before = [w for w in s.words(clause[0], item.start) if w not in s.gap_words - active_before]
    return not before or before[-1] not in active_before


#: How many words a reduced participle's patient may have before it is cut at its last determiner.
_PATIENT_WORDS = 6


def reduced_patient(s: SentenceView, item: Item, clause: tuple[int, int], *, floor: int | None = None) -> tuple:
    """What a participle with an agent and no auxiliary acts on: the phrase before it.

    "welcomed the plan proposed by the US": the phrase since the last
    trigger of the clause ("the plan"), or since ``floor``; "Syria, backed by Russia,": the
    phrase before the comma that opens the participle's clause.
    """
    if floor is None:
        floor = max([clause[0]] + [it.end for it in s.scan.items
                                   if it.has("trigger") and clause[0] <= it.start and it.end <= item.start])
    words = s.scan.spans_between(floor, item.start)
    while words and s.text[words[0][0]:words[0][1]] in s.lead_words:
        words = words[1:]
    if not words:
        if clause[0] == 0 or s.text[clause[0]] not in s.commas:
            return None, None, ""
        # "The ceasefire, brokered by Qatar,": the phrase before the comma; an event noun there is
        # the patient, not a verb whose phrase starts after it ("L'offensive, condamnée par la France,").
        before = s.clause(clause[0] - 1)
        verbs = [it.end for it in s.scan.items if s.is_verb(it) and not noun_in_use(s, it)
                 and before[0] <= it.start and it.end <= clause[0]]
        return reduced_patient(s, Item(clause[0], clause[0], ()), before, floor=max([before[0]] + verbs))
    if len(words) > _PATIENT_WORDS:
        # "Saudi Arabia and Iran restored ties in a deal brokered by China": a long phrase holds a
        # clause of its own; the patient is the noun phrase its last determiner opens ("a deal").
        dets = s.language.folded("determiners")
        last = max((k for k, (a, b) in enumerate(words) if s.text[a:b] in dets), default=0)
        words = words[last:]
    span = (words[0][0], words[-1][1])
    whole = next((c for c in s.chunks if c.start <= span[0] and span[1] <= c.end and c.agent), None)
    if whole is not None:
        return whole, (whole.start, whole.end), whole.actor.type
    return None, span, span_type(s, span)


def agent_phrase(s: SentenceView, item: Item, clause: tuple[int, int], *, noun: bool):
    """A passive whose agent phrase follows its patient: "استُقبل عراقجي في بيروت من قبل نظيره", "تم توقيع الاتفاقية من قبل X".

    The ``agent_phrases`` phrase follows the trigger in its clause and an
    actor right after it is the agent. A verb's patient is an actor and
    nothing else (a place or date phrase aside): "رفضت إيران المقترح المقدم
    من قبل واشنطن" is active. A noun's patient is the phrase after it, and
    one of ``passive_light_verbs`` stands right before the noun ("تم توقيع").

    Returns:
        ``(subjects, object)``, or None.
    """
    phrases = s.language.folded("agent_phrases")
    if not phrases:
        return None
    firsts = s.language.memo("agent_phrase_first_words", lambda: {p.split(" ")[0] for p in phrases})  # for speed
    if firsts.isdisjoint(s.vocabulary()):
        return None  # (no phrase's first word in the sentence: most sentences)
    words = s.scan.spans_between(item.end, clause[1])
    found = next(((k, words[k + n - 1][1]) for k in range(len(words)) if s.text[slice(*words[k])] in firsts
                  for n in (1, 2, 3)
                  if k + n <= len(words) and " ".join(s.text[a:b] for a, b in words[k:k + n]) in phrases), None)
    if found is None:
        return None
    at, end = found
    agents = subject_after(s, end, clause[1])
    if not agents:
        return None
    between = _before_venue(s, words[:at])
    if noun:
        # "تم توقيع الاتفاقية من قبل X", "رُفض المقترح من قبل إيران" (its verb and masdar are
        # written alike), "أدان الأردن رفض المقترح من قبل إسرائيل": the agent did it, not the
        # subject of a verb before the masdar. A masdar with the article governs no patient:
        # "بالدعم المقدم من قبل X" has only an adjective after it.
        if not between or definite(s, item):
            return None
        span = (between[0][0], between[-1][1])
        return agents, (None, span, span_type(s, span))
    if not between:
        return None
    patients = subject_after(s, item.end, between[-1][1] + 1)
    if not patients and _opens_clause(s, item, clause) \
            and not any(between[0][0] <= c.start < between[-1][1] and c.agent for c in s.chunks):
        # "رُفض المقترح الأمريكي من قبل إيران": verb first with no actor before the agent
        # phrase, the verb has no subject of its own; the phrase after it is the patient.
        span = (between[0][0], between[-1][1])
        return agents, (None, span, span_type(s, span))
    if not patients or patients[-1].end < between[-1][1] or patients[0].start > between[0][0] + 1:
        return None
    last = patients[-1]
    return agents, (last, (last.start, last.end), last.actor.type)


def _opens_clause(s: SentenceView, item: Item, clause: tuple[int, int]) -> bool:
    """Does the verb open its clause, gap words and coordinators aside, so that no subject stands before it?"""
    return s.language.get("subject_order", [])[:1] == ["after"] and all(
        w in s.gap_words or w in s.coordinators for w in s.words(clause[0], item.start))


def _before_venue(s: SentenceView, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words before the place or date phrase that closes them ("عراقجي في بيروت" -> "عراقجي")."""
    locatives = s.language.folded("locative_prefixes")
    for k, (a, b) in enumerate(words):
        if s.text[a:b] in locatives or s.is_date(a):
            rest = words[k + 1:]
            places = [c for c in s.chunks if c.start >= b and (not rest or c.end <= rest[-1][1])]
            if all(s.is_date(x) or any(c.start <= x < c.end for c in places) or s.text[x:y] in s.lead_words
                   for x, y in rest):
                return words[:k]
    return words
