"""Precision guards: triggers whose naive reading states a fact that the sentence does not.

- An undoing word before a trigger reverses it: "Britain eased sanctions on
  Syria", «رفعت واشنطن العقوبات المفروضة على ...», "ont levé les sanctions"
  impose none (``undoing_words`` in language.yaml, the predicates it reverses
  in predicates.yaml ``undoable``).
- A participle after a determiner is an adjective: "the visiting US envoy"
  visits nobody (language.yaml ``determiners``, ``active_suffixes``); a
  gerund after a topic word is a topic: "talks on lifting sanctions" lift
  none (``topic_words``).
- An event noun (or gerund) right after a discussion verb is its topic:
  "met to discuss possible sanctions on Russia" sanctions nobody
  (``discussion_words``).
- What an accusation or the like says is its content, not a fact: "Pakistan
  accused India of backing militants" asserts no support (predicates.yaml
  ``content_predicates``).
- What an appeal asks of its addressee is not done: "urged Iran to release the
  prisoners" releases nobody, whoever urges (predicates.yaml ``urging``,
  language.yaml ``content_markers``); so is what a wish verb no trigger reads
  asks of its addressee: "expected allies to agree" (``wish_words``).
- Nobody urges itself: a subject that is also the appeal's addressee is no
  subject of it.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.arguments import coordinated, qualified_noun
from diplograph.events.frames.predicates import CONTENT_PREDICATES, PROPOSALS, UNDOABLE, URGING
from diplograph.events.frames.view import SentenceView
from diplograph.events.lexicon import Trigger
from diplograph.events.polarity import negated
from diplograph.lang.scanner import Item

__all__ = ["attributive", "discussed", "in_content", "not_addressee", "undone", "urged"]

# How many words may stand between a discussion verb and its topic ("discussed the possible new sanctions");
# farther, the event is a deeper noun's ("discussed preparations for the upcoming state visit")
TOPIC_REACH = 3
#: words of an addressee that no actor names: "urged the warring sides to"
ADDRESSEE_REACH = 3


def undone(s: SentenceView, item: Item, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """Does an undoing word before the trigger in its clause reverse it ("lifted sanctions on")?

    No other trigger stands between them: "lifted the ban and imposed sanctions on" imposes.
    """
    if trigger.predicate not in UNDOABLE:
        return False
    undoing = s.language.folded("undoing_words")
    if not undoing:
        return False
    words = s.scan.spans_between(clause[0], item.start)
    for a, b in reversed(words):
        if s.text[a:b] in undoing:
            return True
        if any(it.start <= a < it.end for it in s.scan.of_kind("trigger")):
            return False
    return False


def in_content(s: SentenceView, item: Item, clause: tuple[int, int]) -> bool:
    """Does the trigger stand after an accusation in its clause ("accused India of backing ...")?

    An accusation read only with its object words ("حمّله المسؤولية") is one only where they follow.
    """
    if proposed(s, item, clause):
        return True
    # most sentences hold no accusation: checked once a sentence, not once a trigger
    if CONTENT_PREDICATES.isdisjoint(s.predicates()):
        return False

    # "رفضت الجزائر الاتهامات واستدعت سفيرها", "rejected the accusations and recalled its envoy": a
    # coordinated verb after an accusation named as a noun, no content clause between, is an act of its own
    # (not one a denial reaches: «نفت إيران الاتهامات ودعت» is left unread, never a denied call)
    verb = item.has("trigger") and s.is_verb(item) and coordinated(s, item) and not negated(s.scan, item, clause)
    openers = s.language.folded("complementizers")

    def accusation(it: Item) -> bool:
        rest = s.text[it.end:clause[1]]
        senses = [t.data for t in it.tags if t.kind == "trigger" and t.data.predicate in CONTENT_PREDICATES]
        if verb and senses and all(t.pos == "noun" for t in senses) \
                and not any(w in openers for w in s.words(it.end, item.start)):
            return False
        return any(not t.object_words or any(w in rest for w in t.object_words) for t in senses)

    return any(it.end <= item.start and clause[0] <= it.start and accusation(it) for it in s.scan.of_kind("trigger"))


def proposed(s: SentenceView, item: Item, clause: tuple[int, int]) -> bool:
    """Is the trigger an event noun after a proposal in its clause ("اقتراح فرنسا استضافة قمة": France hosts nothing)?

    Only a form with a noun reading: a finite verb after the proposal is an act of its own
    ("قدمت قطر مبادرة واستضافت المحادثات").

    >>> from diplograph.pipeline import Extractor
    >>> from diplograph.ingest import parse_date
    >>> from diplograph.types import Document
    >>> x = Extractor().extract(Document(id="d", text="رفضت إسرائيل اقتراح فرنسا استضافة قمة للسلام.",
    ...                                   lang="ar", published=parse_date("2025-06-02")))
    >>> sorted(s.predicate for s in x.statements if s.predicate != "holdsPosition")
    ['proposes', 'rejects']
    """
    if PROPOSALS.isdisjoint(s.predicates()):
        return False
    senses = [t.data for t in item.tags if t.kind == "trigger"]
    if not any(t.pos == "noun" for t in senses) or any(t.predicate in PROPOSALS for t in senses):
        return False
    # a proposal only: a form with another sense is not read as one («إحراز تقدم», progress, is «قدم» too)
    return any(it.end <= item.start and clause[0] <= it.start and
               all(t.data.predicate in PROPOSALS for t in it.tags if t.kind == "trigger")
               for it in s.scan.of_kind("trigger"))


def urged(s: SentenceView, item: Item, clause: tuple[int, int]) -> bool:
    """Does the trigger open what an urging verb asks of its addressee ("urged Iran to release ...")?

    Between the urging verb and the trigger, in its clause, stand an actor
    (the addressee), function words and a content marker, last; or the
    trigger opens a conjunct of such content ("and to").
    """
    markers = s.language.folded("content_markers")
    wishes = s.language.folded("wish_words")
    # nothing asks without an urging trigger or a wish word in the sentence (most have neither): checked once a sentence
    if not markers or (URGING.isdisjoint(s.predicates()) and wishes.isdisjoint(s.vocabulary())):
        return False
    function = s.memo("function_words", lambda: s.lead_words | s.gap_words)
    # the marker may be the trigger form's own first word ("to sign")
    own = s.text[item.start:item.end].split()[0] in markers

    def urging(it: Item) -> bool:
        # (not a noun homograph: "Selon la presse, le Qatar a accueilli": no one is pressed)
        return any(t.kind == "trigger" and t.data.predicate in URGING and not attributive(s, it, t.data)
                   for t in it.tags)

    def asks(end: int) -> bool:
        """Do an addressee and a content marker stand between ``end`` and the trigger?"""
        inside = [c for c in s.chunks if end <= c.start and c.end <= item.start]
        words = [(a, b) for a, b in s.scan.spans_between(end, item.start)
                 if not any(c.start <= a < c.end for c in inside)]
        rest = [s.text[a:b] for a, b in words]
        # the addressee: an actor, or a few words no list names ("called on both parties to agree")
        named = [w for (a, _), w in zip(words, rest) if w not in function and w not in markers]
        return (bool(inside) or bool(named)) and len(named) <= ADDRESSEE_REACH \
            and (own or bool(rest) and rest[-1] in markers) and not any(s.is_date(a) for a, _ in words)

    floor = _addressees_floor(s, item, clause, markers)
    if any(floor <= it.start and it.end <= item.start and urging(it) and asks(it.end)
           for it in s.scan.of_kind("trigger")):
        return True
    # "expected allies to agree", "wants Iran to accept": a wish verb no trigger row reads asks too
    if wishes and any(s.text[a:b] in wishes and asks(b) for a, b in s.scan.spans_between(floor, item.start)):
        return True
    # "urged Iran to halt enrichment and to release ...": a conjunct of urged content is urged too,
    # and so is one with its own addressee after a gapped verb ("urged Iran to attend, and Oman to join")
    spans = s.scan.spans_between(clause[0], item.start)
    gapped = [(a, b) for a, b in spans if any(c.start <= a < c.end and c.agent for c in s.chunks)]
    lead = [s.text[a:b] for a, b in spans if (a, b) not in gapped]
    if not (own or lead and lead[-1] in markers) or not all(w in s.coordinators or w in markers for w in lead) \
            or gapped and not (lead and lead[0] in s.coordinators):
        return False
    before = [it for it in s.scan.of_kind("trigger") if it.end <= clause[0]]
    if not before:
        return False
    last = before[-1]
    if urged(s, last, s.clause(last.start)):
        return True
    if gapped:
        return False
    # The first conjunct may hold no trigger ("urged its partners to speed up deliveries and to sign ..."),
    # but no actor stands after its marker: that one would act on its own ("..., tandis que le Royaume-Uni a ...").
    gap = s.scan.spans_between(last.end, clause[0])
    marker = next((a for a, b in gap if s.text[a:b] in markers), None)
    return urging(last) and marker is not None and not any(marker <= c.start < clause[0] for c in s.chunks)


def _addressees_floor(s: SentenceView, item: Item, clause: tuple[int, int], markers) -> int:
    """Where the urging verb may stand: before the clause when it only goes on a list of addressees.

    "pressing Hamas and Israel to accept": the coordinator cuts a clause that
    holds nothing but the last addressee and the content marker.
    """
    if clause[0] == 0:
        return clause[0]
    words = [s.text[a:b] for a, b in s.scan.spans_between(clause[0], item.start)
             if not any(c.start <= a < c.end for c in s.chunks)]
    own = s.text[item.start:item.end].split()[0] in markers
    listed = any(clause[0] <= c.start and c.end <= item.start for c in s.chunks)
    if listed and words and words[0] in s.coordinators and (own or words[-1] in markers) \
            and all(w in s.coordinators or w in markers for w in words):
        return s.clause(clause[0] - 1)[0]
    return clause[0]


def attributive(s: SentenceView, item: Item, trigger: Trigger) -> bool:
    """Is the verb trigger used as an adjective or a noun?

    Any verb form right after a ``noun_determiners`` word ("the draft
    failed"), or right after a ``determiners`` word (no possessive) when a genitive noun trigger has the
    same form ("les attaques"); an active participle right after a determiner ("the visiting
    envoy"), or a gerund right after a ``topic_words`` preposition: "talks on
    lifting sanctions", "the issue of hosting the summit" name a topic, not a deed.
    """
    if trigger.pos == "noun":
        return False
    opening = s.clause(item.start)[0]
    before = [s.text[a:b] for a, b in s.spans_before(item.start) if a >= opening]  # (the word before, in the clause)
    if before and before[-1] in s.language.folded("noun_determiners"):
        return True
    if before and before[-1] in s.language.folded("determiners") and (two := s.spans_before(item.start, 2)) \
            and len(two) == 2 and two[0][0] >= opening and s.text[slice(*two[0])] in s.language.folded("complementizers"):
        # "a estimé que la visite était importante": after "that" an article opens the clause's subject, a noun
        # (an object clitic stands after that subject: "qu'il la critique")
        return True
    if before and before[-1] in s.language.folded("determiners") \
            and before[-1] not in s.language.folded("possessive_words") and any(
            t.kind == "trigger" and t.data.pos == "noun" and t.data.frame == "genitive" for t in item.tags):
        # "a condamné les attaques contre l'Iran": folding makes the participle "attaqués" the noun's
        # homograph; after an article it is the noun, which reads its own actors (frame genitive).
        # ("sa visite", "la visite prévue": the verb's reading stands, the noun has no genitive row)
        return True
    if qualified_noun(s, item):
        # "a dénoncé une grave menace pour la région": one qualifier between the determiner and the homograph
        return True
    if _after_preposition_article(s, item, opening):
        # "Selon la presse, le Qatar a ...", "À la demande de la France, ...": no finite verb after a preposition
        # and its article (an object clitic there stands before an infinitive: "de la soutenir")
        return True
    active = tuple(s.language.folded("active_suffixes"))
    if not active:
        return False
    if not s.text[item.start:item.end].split()[0].endswith(active):
        return False
    return bool(before) and (before[-1] in s.language.folded("determiners") or before[-1] in s.language.folded("topic_words"))


def _after_preposition_article(s: SentenceView, item: Item, opening: int) -> bool:
    """Does a preposition and an article stand right before the form, which no ``infinitive_suffixes`` ends?

    "par la presse", "à la demande de": the form is a noun. The article may be elided onto it ("à l'appel de").
    """
    endings = tuple(s.language.folded("infinitive_suffixes"))
    if not endings or not s.language.folded("article_prepositions"):
        return False
    form = s.text[item.start:item.end].split()[0]
    if form.endswith(endings):
        return False
    articles = s.language.folded("description_articles")
    prepositions = s.language.folded("article_prepositions")
    words = [s.text[a:b] for a, b in s.spans_before(item.start, 2) if a >= opening]
    elided = next((e for e in s.language.folded("elision_prefixes") if form.startswith(e) and e in articles), None)
    if elided is not None:
        return bool(words) and words[-1] in prepositions
    return len(words) == 2 and words[1] in articles and words[0] in prepositions


def discussed(s: SentenceView, item: Item, clause: tuple[int, int]) -> bool:
    """Is the trigger the topic of a ``discussion_words`` verb just before it in its clause?

    "met to discuss possible sanctions on Russia" imposes none. At most
    ``TOPIC_REACH`` words stand between, none of them a coordinator, in
    another trigger or in an actor mention other than the verb's own subject
    right after it (verb-first clauses) or its partner after a ``with_words``
    word ("discussed with his counterpart sanctions"):
    "discussed the crisis and imposed sanctions" imposes. Where subjects
    follow their verb first, a trigger right after the verb is its subject.
    """
    talk = s.language.folded("discussion_words")
    # most sentences hold no discussion verb: look for one once a sentence, not once a trigger
    if talk.isdisjoint(s.vocabulary()):
        return False
    partner = s.language.folded("with_words")
    # a ``during_words`` phrase is a time adjunct, not the topic: «بحث X خلال استقباله Y الأوضاع»
    during = {phrase.split()[-1] for phrase in s.language.folded("during_words")}
    words = s.scan.spans_between(clause[0], item.start)
    reach = 0
    for n in range(len(words) - 1, -1, -1):
        a, b = words[n]
        word = s.text[a:b]
        if word in during:
            return False
        if word in talk:
            # verb first: the event noun right after the verb is its subject ("the meeting discussed the crisis")
            return n < len(words) - 1 or s.language.get("subject_order")[0] != "after"
        chunk = next((c for c in s.chunks if c.start <= a < c.end), None)
        if chunk is not None:
            before = [s.text[x:y] for x, y in words if y <= chunk.start]
            if not before or before[-1] not in partner and before[-1] not in talk:
                return False
            continue
        reach += 1
        if reach > TOPIC_REACH or word in s.coordinators \
                or any(it.start <= a < it.end for it in s.scan.of_kind("trigger")):
            return False
    return False


def not_addressee(subjects: list[Chunk], addressee: Chunk) -> list[Chunk]:
    """The subjects of an appeal that are not its addressee: nobody urges itself.

    "He urged Iran to ...", with "he" resolved to the Iranian leader, reads
    Iran as both sides; the addressee is read from the words, the pronoun
    only guessed, so the subject goes.
    """
    return [c for c in subjects if c.actor.id != addressee.actor.id]
