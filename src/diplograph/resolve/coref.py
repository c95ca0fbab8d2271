"""Within-document coreference: "الأخير" / "the latter", "بلاده" / "his country", pronouns and pairs.

An anaphor stands for the last person named before it in the document, or
for the state that person serves. A pronoun of the language's ``pronouns``
("he", "it", "il") stands for an actor of a type it may name: the only
such actor of its sentence before it (none when two are), else, for a
pronoun that opens its sentence, of the nearest earlier sentence that names one.
A pair ("the two countries", "الجانبان") stands for the last two states named
together in its sentence or the few before it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, NamedTuple, Sequence

from diplograph.actors.mentions import Chunk, mention_side
from diplograph.lang.normalise import fold
from diplograph.lang.scanner import Item, Scan
from diplograph.actors.ids import mint_actor
from diplograph.types import Actor

__all__ = ["AMBIGUOUS", "REACH", "ClauseWords", "fronted_end", "resolve_anaphors", "resolve_descriptions", "resolve_surnames"]

#: The kinds of item an anaphor is read from (see :func:`resolve_anaphors`).
_ANAPHOR_KINDS = frozenset({"latter", "country_anaphor", "pronoun", "pair_anaphor"})
#: How many earlier sentences a pronoun may reach back to.
_PRONOUN_REACH = 2


#: Opening and closing quotation marks.
_OPENING, _CLOSING = "“«„", "”»"
#: The quotation mark that both opens and closes ('"').
_STRAIGHT = '"'
#: Any quotation mark.
_MARKS = re.compile("[" + re.escape(_OPENING + _CLOSING + _STRAIGHT) + "]")


def _speaker(scan: Scan, item: Item, chunks: list[Chunk]) -> Actor | None:
    """Who says a quotation a first-person pronoun stands in: the actor beside the reporting cue after it.

    "“We will not attend,” Peskov said." / "« Nous n'irons pas », a déclaré Macron."
    The quotation may have opened in an earlier sentence: "... We will not attend," Peskov said.
    """
    text = scan.text
    before = text[:item.start]
    # a straight quote both opens and closes: inside after an odd number of them; a
    # sentence whose first mark closes a quotation continues one opened in an earlier sentence
    continued = not any(c in before for c in _OPENING + _CLOSING + _STRAIGHT) \
        and (any(c in text for c in _CLOSING) or text.count(_STRAIGHT) % 2 == 1)
    if sum(before.count(c) for c in _OPENING) <= sum(before.count(c) for c in _CLOSING) \
            and not before.count(_STRAIGHT) % 2 and not continued:
        return None  # not inside a quotation
    opening = max(before.rfind(c) for c in _OPENING + _STRAIGHT)
    closing = min((i for i in (text.find(c, item.end) for c in _CLOSING + _STRAIGHT) if i >= 0), default=len(text))
    cues = [it for it in scan.items if any(t.kind == "cue" and t.data[0] == "reported" for t in it.tags)]
    # The cue after the quotation ("..., Peskov said"), else the one that opens it ("Lavrov said: “...”").
    cue = next((it for it in cues if it.start > closing), None) or next((it for it in reversed(cues) if it.end <= opening), None)
    if cue is None:
        return None
    # Beside: a space or a colon apart ("Peskov said", "said Lavrov", "Russia said:").
    beside = [c for c in chunks if c.agent and c.via not in ("pronoun", "nationality")
              and (0 <= cue.start - c.end <= 2 or 0 <= c.start - cue.end <= 2)]
    return beside[0].actor if beside else None


def unquoted(scan: Scan, chunks: list[Chunk]) -> list[Chunk]:
    """The chunks outside the sentence's quotations: what the narration names, for a later sentence's pronoun.

    "« ... il ne reste que quelques heures aux autorités algériennes ... », a-t-il insisté. Il évoque ...":
    the next sentence's "Il" is not the authorities a quotation named. A sentence whose first mark
    closes a quotation continues one opened before: its start is inside.

    >>> from diplograph.lang.scanner import Scanner
    >>> from diplograph.types import Actor
    >>> scan = Scanner([]).scan("« x y », a dit z")
    >>> a, b = Actor("a", "A", "Country"), Actor("b", "B", "Person")
    >>> [c.actor.id for c in unquoted(scan, [Chunk(2, 3, a, "gazetteer"), Chunk(15, 16, b, "gazetteer")])]
    ['b']
    >>> scan = Scanner([]).scan('x y.", a dit z')
    >>> [c.actor.id for c in unquoted(scan, [Chunk(0, 1, a, "gazetteer"), Chunk(13, 14, b, "gazetteer")])]
    ['b']
    """
    text = scan.text
    marks = [(m.start(), m.group()) for m in _MARKS.finditer(text)] if chunks else []
    if not marks:
        return chunks
    inside, spans, start = False, [], 0
    first = marks[0][1]
    if first in _CLOSING or (first == _STRAIGHT and text.count(_STRAIGHT) % 2):
        inside = True  # a quotation opened in an earlier sentence
    for i, ch in marks:
        if ch in _OPENING or (ch == _STRAIGHT and not inside):
            if not inside:
                inside, start = True, i
        elif inside:
            spans.append((start, i + 1))
            inside = False
    if inside:
        spans.append((start, len(text)))
    return [c for c in chunks if not any(a <= c.start < b for a, b in spans)]


def _candidates(scan: Scan, item: Item, chunks: Sequence[Chunk], commas: str,
                agree: Callable[[Actor], bool] = lambda actor: True) -> dict[str, Actor]:
    """The actors of a pronoun's types before it in its sentence, less those set off by commas after the first.

    "Trump told European leaders, following his talks with Putin, that he was
    prepared": Putin stands in an aside; only Trump is a candidate.
    """
    types = set(item.tag("pronoun").data)
    fits = [c for c in chunks if c.end <= item.start and c.agent and c.via != "nationality" and c.actor.type in types
            and agree(c.actor)]
    text = scan.text

    def aside(chunk: Chunk) -> bool:
        return any(ch in commas for ch in text[fits[0].end:chunk.start]) and \
            any(ch in commas for ch in text[chunk.end:item.start])

    return {c.actor.id: c.actor for c in fits if c is fits[0] or not aside(c)}


def _set_off(text: str, first: Chunk, chunk: Chunk, item: Item, commas: str) -> bool:
    """Does a comma stand between the first actor and ``chunk``, and another between ``chunk`` and the anaphor (an aside)?"""
    return chunk is not first and any(ch in commas for ch in text[first.end:chunk.start]) and \
        any(ch in commas for ch in text[chunk.end:item.start])


def _antecedent(scan: Scan, item: Item, chunks: list[Chunk], previous: Sequence[Sequence[Chunk]],
                here: dict[str, Actor], commas: str = "", clauses: ClauseWords | None = None,
                fronted: Sequence[int] = ()) -> Actor | None:
    """The actor a pronoun stands for: the one of a type it may name before it in its sentence, else before.

    ``here`` are its candidates in its sentence (:func:`_candidates`). Two make it ambiguous: it
    stands for none, unless it opens a clause coordinated with the first (:func:`_coordinated_subject`).
    ``fronted`` gives, for each earlier sentence, where an adjunct that opens it ends
    (:func:`fronted_end`): the actors inside it are not its subject.

    A first-person pronoun (type ``Speaker``) stands for whoever says the quotation it is in.
    """
    types = set(item.tag("pronoun").data)
    if "Speaker" in types:
        return _speaker(scan, item, chunks)

    agree = _agreement(scan, item, clauses)

    def fits(chunk: Chunk) -> bool:
        return chunk.agent and chunk.via != "nationality" and chunk.actor.type in types and agree(chunk.actor)

    if here:
        # "X a appelé Israël à retirer ses troupes des positions qu'il occupe": two actors it may
        # stand for are before it; guessing the subject is wrong as often as not
        if len(here) == 1:
            return next(iter(here.values()))
        return _coordinated_subject(scan, item, [c for c in chunks if fits(c)], clauses, commas) if clauses else None
    if item.start > 0:
        # Only a pronoun that opens its sentence reaches back to an earlier
        # one ("He also said ..."); inside a sentence it as often stands for
        # someone unnamed ("officials doubt he wants ...").
        return None
    ends = list(fronted[-_PRONOUN_REACH:]) if len(fronted) == len(previous) else []
    for k, sentence in enumerate(reversed(previous[-_PRONOUN_REACH:])):
        end = ends[-1 - k] if ends else 0
        earlier = [c for c in sentence if fits(c)]
        if earlier and end:
            # "Addressing Sharaa directly, Trump said ... He urged": not the adjunct's object; where
            # the main clause names none that fits, the pronoun stands for none
            return next((c.actor for c in earlier if c.start >= end), None)
        if earlier:
            return earlier[0].actor
    return None


def fronted_end(scan: Scan, chunks: Sequence[Chunk], *, commas: str, openers: frozenset[str],
                active: tuple[str, ...]) -> int:
    """Where an adjunct that opens the sentence ends (its comma), else 0.

    The adjunct opens with a participle (an ``active`` ending: "Addressing
    the summit,", "Speaking to Erdogan,") or an ``openers`` word ("After
    talks with Putin,", "During the call,"), not with an actor's name
    ("Beijing, ...").

    >>> from diplograph.lang.scanner import Scanner
    >>> fronted_end(Scanner().scan("addressing the summit, trump said"), [], commas=",", openers=frozenset(),
    ...             active=("ing",))
    21
    """
    words = scan.spans_between(0)[:1]
    if not words or any(c.start <= words[0][0] < c.end for c in chunks):
        return 0
    first = scan.text[slice(*words[0])]
    if first not in openers and not (active and first.endswith(active) and len(first) > 4):
        return 0
    return next((k for k in range(words[0][1], len(scan.text)) if scan.text[k] in commas), 0)


class ClauseWords(NamedTuple):
    """What a pronoun is read with: the words of a coordinated clause and of gender (folded, ``language.yaml``)."""

    #: ``clause_coordinators``: "then", "and then", "puis"
    coordinators: frozenset[str]
    #: words that open a subordinate clause before the pronoun (``complementizers``, ``relative_words``,
    #: ``clause_words``): "that he", "when he", "who"
    subordinators: frozenset[str]
    #: ``determiners``: the only words that may stand before the sentence's subject ("The ...")
    openers: frozenset[str]
    #: ``coordinator_words``: words that join coordinated actors ("X and Y")
    joiners: frozenset[str]
    #: ``feminine_pronouns`` ("she", "elle") and ``masculine_pronouns`` ("he", "il")
    feminine: frozenset[str] = frozenset()
    masculine: frozenset[str] = frozenset()
    #: whether a person is a woman: True, False, or None where the knowledge base does not know them
    woman: Callable[[Actor], bool | None] = lambda actor: None


def _agreement(scan: Scan, item: Item, clauses: ClauseWords | None) -> Callable[[Actor], bool]:
    """Whether an actor may be what a pronoun stands for by gender: "she" never a person known as a man.

    A person the knowledge base does not know, and any actor not a person, agrees.
    """
    if clauses is None:
        return lambda actor: True
    word = scan.text[item.start + item.tag("pronoun").prefix:item.end]
    wanted = True if word in clauses.feminine else False if word in clauses.masculine else None
    if wanted is None:
        return lambda actor: True
    return lambda actor: actor.type != "Person" or clauses.woman(actor) in (None, wanted)


def _phrase_in(words: Sequence[str], phrases: frozenset[str]) -> bool:
    """Whether one of the phrases is a run of the words.

    >>> _phrase_in(["met", "y", "even", "as"], frozenset({"even as"})), _phrase_in(["evening"], frozenset({"even"}))
    (True, False)
    """
    line = f" {' '.join(words)} "
    return any(f" {p} " in line for p in phrases)


def _after_fronted_date(scan: Scan, start: int, commas: str) -> int:
    """Where a sentence's subject part begins: after a fronted date and its comma ("Saturday, Macron received ..."), else 0.

    At most one word (a preposition, an article) may stand before the date.

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> scan = Scanner([("saturday", Tag("date"))]).scan("On Saturday, Macron met Attaf")
    >>> _after_fronted_date(scan, 13, ","), _after_fronted_date(scan, 0, ",")
    (12, 0)
    """
    dates = [d for d in scan.of_kind("date") if d.end <= start]
    if not dates or len(scan.words_between(0, dates[0].start)) > 1:
        return 0
    after = scan.text[dates[-1].end:start]
    rest = after.lstrip()
    return start - len(rest) + 1 if rest[:1] and rest[0] in commas else 0


def _coordinated_subject(scan: Scan, item: Item, fits: Sequence[Chunk], clauses: ClauseWords,
                         commas: str) -> Actor | None:
    """The subject of the first clause, for a pronoun right after a coordinator of a second one.

    "Sisi received his Jordanian counterpart, then he condemned the strikes": "he"
    is Sisi. The sentence opens with that subject (only determiners before it),
    which is alone ("Sisi and Abdullah met, then he ..." is no one's), and no
    subordinate clause opens between it and the pronoun ("Macron told Zelensky
    that he ...", "When Macron met Zelensky, he ...").
    """
    first, second = fits[0], fits[1]
    opening = _after_fronted_date(scan, first.start, commas)
    if any(w not in clauses.openers for w in scan.words_between(opening, first.start)) or \
            any(ch in commas for ch in scan.text[opening:first.start]) or \
            all(w in clauses.joiners for w in scan.words_between(first.end, second.start)):
        return None
    gap = scan.words_between(first.end, item.start)
    if not any(gap[-n:] and " ".join(gap[-n:]) in clauses.coordinators for n in (1, 2)):
        return None
    return None if _phrase_in(gap[:-1], clauses.subordinators - clauses.coordinators) else first.actor


#: The ``via`` of an ambiguous pronoun: a chunk that acts in nothing and names no one (not exported as a mention).
AMBIGUOUS = "ambiguous"


#: How many earlier sentences a pair anaphor may reach back to for states named
#: together; pairs named through persons ("Araghchi and Witkoff") count within
#: ``_PRONOUN_REACH`` only.
_PAIR_REACH = 4
#: How many earlier sentences coreference may look at: the extractor keeps that many.
REACH = max(_PRONOUN_REACH, _PAIR_REACH)


def _sides(sentence: Sequence[Chunk], country_of: Callable[[Actor], Actor | None]) -> dict[str, Actor]:
    """The sides a sentence's actors stand for (:func:`~diplograph.actors.mentions.mention_side`), by id.

    A state and a person who serves it are one side ("Araghchi ..., Tehran
    said"). Places and bare nationality adjectives are no side.
    """
    sides: dict[str, Actor] = {}
    for chunk in sentence:
        if chunk.agent and chunk.via not in ("nationality", "place") and chunk.actor.type != "Place":
            side = mention_side(chunk, country_of)
            sides.setdefault(side.id, side)
    return sides


def _runs(sentence: Sequence[Chunk]) -> list[list[Chunk]]:
    """The whole lists of actors a coordinator joins: "Iran and the US", "Egypt, Jordan and Qatar" (never a part of one)."""
    runs: list[list[Chunk]] = []
    for chunk in sentence:
        if runs and (chunk.coordinated or chunk.listed):
            runs[-1].append(chunk)
        else:
            runs.append([chunk])
    return [run for run in runs if any(chunk.coordinated for chunk in run)]


def _named_states(sentence: Sequence[Chunk]) -> list[list[Chunk]]:
    """The lists of states or organisations named as such ("Iran and the US"), and the groups an earlier counted anaphor gave."""
    groups = [run for run in _runs(sentence) if all(
        c.actor.type in ("Country", "Organization") and c.via not in ("nationality", "place", "pronoun") for c in run)]
    spans: dict[tuple[int, int], list[Chunk]] = {}
    for chunk in sentence:
        if chunk.via == "pronoun":
            spans.setdefault((chunk.start, chunk.end), []).append(chunk)
    groups += [group for group in spans.values() if len(group) > 1]
    return sorted(groups, key=lambda group: group[0].start)


def _last_group(sentences: Sequence[Sequence[Chunk]], count: int,
                country_of: Callable[[Actor], Actor | None]) -> tuple[Actor, ...]:
    """The sides a counted anaphor means: "the two leaders", "الجانبان", "les trois pays".

    States named together as such win, nearest sentence first: a whole list
    of exactly ``count`` gives them, a list of another size gives nothing
    ("Egypt, Jordan and Qatar ... the two countries"). Else, in the nearest
    sentences (the anaphor's own words before it first), a whole list of
    exactly ``count`` sides, people standing for their states; or all the
    sides of a sentence that names exactly ``count``. A sentence that names
    more is ambiguous and gives nothing ("X, Y and Z met. The two leaders
    ..."); one that names fewer is passed over for the sentence before it.
    """
    for sentence in sentences[:_PAIR_REACH + 1]:
        for group in reversed(_named_states(sentence)):
            found = {c.actor.id: c.actor for c in group}
            return tuple(found.values()) if len(found) == count else ()
    for sentence in sentences[:_PRONOUN_REACH + 1]:
        for run in reversed(_runs(sentence)):
            # "Araghchi and Witkoff ..., in the presence of Oman's minister": people named together are the sides
            if len(found := _sides(run, country_of)) == count:
                return tuple(found.values())
        sides = _sides(sentence, country_of)
        if len(sides) == count:
            return tuple(sides.values())
        if len(sides) > count:
            return ()
    return ()


#: Posts that a bare "minister" title may stand for.
_MINISTERS = {"minister", "foreign_minister", "defence_minister"}


def _qualifier(scan: Scan, item: Item, chunks: list[Chunk]) -> tuple[str | None, tuple[int, int]]:
    """The state a description names beside its noun, and the span of noun and qualifier.

    A nationality adjective ("the Swiss diplomat", "الدبلوماسي السويسري") or
    a seat of government ("the Kremlin leader", "سيد الكرملين") right before
    or after the noun. Returns the state's id (None when unqualified).
    """
    def adjacent(a: int, b: int) -> bool:
        return a <= b and not scan.text[a:b].strip()

    for other in scan.items:
        if other is item or not other.has("adjective"):
            continue
        if adjacent(other.end, item.start) or adjacent(item.end, other.start):
            return other.tag("adjective").data, (min(other.start, item.start), max(other.end, item.end))
    for chunk in chunks:
        state = chunk.actor.represents if chunk.actor.type == "GovernmentBody" else None
        if state and (adjacent(chunk.end, item.start) or adjacent(item.end, chunk.start + chunk.trim)):
            return state, (min(chunk.start, item.start), max(chunk.end, item.end))
    return None, (item.start, item.end)


#: The description type (``descriptions`` in language.yaml) of a noun that stands only for an actor whose name holds it.
_NAMED = "Named"
#: The description type of a body noun (bodies.tsv) that stands only for a state named before through that
#: same noun ("Niger's junta ... the junta"), and only when one such state is in reach.
_BODY = "Body"


def _shares_stem(a: str, b: str) -> bool:
    """Are two folded words one noun, whatever its article or ending?

    A shared-prefix test of our own: it compares a head noun with an actor's names in every language
    at once, which neither pymorphy3 (Russian only, one language per call) nor ``fold`` (characters only) does.

    >>> _shares_stem("council", "council"), _shares_stem("المجلس", "مجلس"), _shares_stem("комиссии", "комиссия")
    (True, True, True)
    >>> _shares_stem("council", "commission")
    False
    """
    if a in b or b in a:
        return min(len(a), len(b)) >= 4
    common = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    return common >= max(4, min(len(a), len(b)) - 2)


def _labels(actor: Actor) -> tuple[str, ...]:
    """An actor's labels, the names :func:`resolve_descriptions` reads when given no knowledge base."""
    return (actor.label, *actor.labels.values())


def _names_it(actor: Actor, head: str, names_of: Callable[[Actor], Sequence[str]] = _labels) -> bool:
    """Does one of the actor's names, in any language, hold the head noun ("the Council": "UN Security Council")?

    >>> _names_it(Actor("x", "Hashemite Kingdom of Jordan", "Country"), "kingdom")
    True
    >>> _names_it(Actor("y", "Sudan", "Country"), "kingdom")
    False
    """
    return any(_shares_stem(head, word) for name in {*_labels(actor), *names_of(actor)} for word in fold(name).split())


def _state_side(chunk: Chunk, country_of: Callable[[Actor], Actor | None]) -> Actor | None:
    """The state a mention stands for: a state named as such, or the state a person serves (None for others).

    Its :func:`~diplograph.actors.mentions.mention_side` where that is a state: never a body, a group or a person.
    """
    if not chunk.agent or chunk.via in ("nationality", "place") or chunk.actor.type not in ("Person", "Country"):
        return None
    side = mention_side(chunk, country_of)
    return None if side.type == "Person" else side  # (a person of no known state)


def _nearest_state(chunks: Sequence[Chunk], previous: Sequence[Sequence[Chunk]], head: str,
                   country_of: Callable[[Actor], Actor | None],
                   names_of: Callable[[Actor], Sequence[str]]) -> Actor | None:
    """The state "the kingdom" stands for: in the nearest sentence naming states, the last whose names hold the noun.

    Only the nearest state counts: "Sudan's army ... Saudi Foreign Minister
    Faisal bin Farhan said the kingdom" is Saudi Arabia (a kingdom by name,
    served by the minister), never Sudan; after "... met Egyptian President
    al-Sisi" "the kingdom" is no one, not a kingdom named earlier.
    """
    for sentence in (chunks, *reversed(previous[-_PAIR_REACH:])):
        states = [state for c in sentence if (state := _state_side(c, country_of)) is not None]
        if states:
            # (the nearest sentence that names states decides; in it, the last one whose names hold the noun:
            # "Saudi Arabia received a delegation from Lebanon. The kingdom ..." is Saudi Arabia)
            held = [state for state in states if _names_it(state, head, names_of)]
            return held[-1] if held else None
    return None


#: Items after a head noun that close its phrase: a verb, a cue, a stopword, a date ("the Council adopted", "the
#: Council on Monday"); any other word may be a modifier that makes it another body ("المجلس العسكري").
_PHRASE_END = frozenset({"trigger", "split", "cue", "stop", "clause", "light", "relative", "date", "gap"})


def _closed(scan: Scan, item: Item, links: frozenset[str]) -> bool:
    """Does the noun's phrase end with it: punctuation or a closing item next, never a link word ("council of")?"""
    after = scan.text[item.end:].split()[:1]
    if not after or not after[0][:1].isalnum():
        return True
    if after[0] in links or after[0].split("'")[0] + "'" in links:
        return False
    start = item.end + scan.text[item.end:].index(after[0])
    return any(it.start == start and not it.kinds.isdisjoint(_PHRASE_END) for it in scan.items)


def _unlinked(scan: Scan, item: Item, links: frozenset[str]) -> bool:
    """Is the noun followed by no link word ("the kingdom of", "le royaume de")?"""
    after = scan.text[item.end:].split()[:1]
    return not after or not (after[0] in links or after[0].split("'")[0] + "'" in links)


def _described(item: Item, chunks: list[Chunk], previous: Sequence[Sequence[Chunk]], state: str | None,
               country_of: Callable[[Actor], Actor | None], head: str | None = None,
               names_of: Callable[[Actor], Sequence[str]] = _labels) -> Actor | None:
    """The actor a description stands for: the first that fits in its sentence before it, else in the nearest sentence.

    Persons fit by state ("the Swiss diplomat") and, for a title, by post
    ("the minister" is a minister met before); other actors by type ("the bloc"),
    and for a ``Named`` noun (``head``) by a name that holds it ("the Council").
    An official of a body stands for it ("EU foreign policy chief Kaja Kallas
    said the bloc").
    """
    types = set(item.tag("description").data) if item.has("description") else {"Person"}
    position = item.tag("title").data if item.has("title") else None
    if _BODY in types:
        return _body_named(item, chunks, previous)
    if head is not None and "Country" in types:
        return _nearest_state(chunks, previous, head, country_of, names_of)

    def stands(chunk: Chunk) -> Actor:
        # "EU foreign policy chief Kaja Kallas said the bloc ...": an official stands for the body they serve
        served = chunk.country
        if chunk.actor.type == "Person" and "Person" not in types and served is not None and served.type != "Country":
            return served
        return chunk.actor

    def fits(chunk: Chunk) -> bool:
        actor = stands(chunk)
        if not chunk.agent or chunk.via in ("nationality", "place") or actor.type not in types:
            return False
        if head is not None and not _names_it(actor, head, names_of):
            return False
        if actor.type == "Person":
            if state is not None:
                served = chunk.country or country_of(actor)
                if served is None or served.id != state:
                    return False
            if position is not None and chunk.position != position and \
                    not (position in _MINISTERS and chunk.position in _MINISTERS):
                return False
        elif state is not None and actor.id != state:
            return False
        return True

    here = [c for c in chunks if c.end <= item.start and fits(c)]
    if here:
        return stands(here[0])
    for sentence in reversed(previous[-_PAIR_REACH:]):
        earlier = [c for c in sentence if fits(c)]
        if earlier:
            return stands(earlier[0])
    return None


def _body_named(item: Item, chunks: list[Chunk], previous: Sequence[Sequence[Chunk]]) -> Actor | None:
    """The one state named before through the description's own body noun ("Niger's junta ... the junta"), or None.

    None when the noun is no body noun, when no such state is in reach, or when
    two are: "the junta" after two juntas names neither.
    """
    body = item.tag("body").data if item.has("body") else None
    if body is None:
        return None
    reach = [c for sentence in previous[-_PAIR_REACH:] for c in sentence] + [c for c in chunks if c.end <= item.start]
    found = {c.actor.id: c.actor for c in reach if c.via == "body" and c.body == body}
    return next(iter(found.values())) if len(found) == 1 else None


def _state_ids(sentence: Sequence[Chunk], country_of: Callable[[Actor], Actor | None]) -> tuple[set[str], set[str]]:
    """The states a sentence names at all, and those its mentions act for.

    A state acts through itself, a person who serves it or a body that
    represents it; one named by an adjective, a possessive of no actor, a place
    or after a locative ("held in Egypt") is named but does not act.
    """
    named, acting = set(), set()
    for chunk in sentence:
        actor = chunk.actor
        if actor.type == "Person":
            actor = chunk.country or country_of(actor) or actor
        state = actor.id if actor.type == "Country" else actor.represents if actor.type == "GovernmentBody" else None
        state = state or (chunk.state.id if chunk.state is not None else None)
        if state is None:
            continue
        named.add(state)
        if chunk.agent and chunk.via not in ("nationality", "place") and not chunk.located:
            acting.add(state)
    return named, acting


def _own_ministry(item: Item, chunks: Sequence[Chunk], previous: Sequence[Sequence[Chunk]],
                  country_of: Callable[[Actor], Actor | None],
                  ministry_of: Callable[[str, str], Actor | None], sentence: Sequence[Chunk] = ()) -> Actor | None:
    """The ministry a bare ministry noun names ("the Treasury said", «وقالت وزارة الخارجية»): the one state's in reach.

    The nearest sentence whose mentions act for a state decides (its part before
    the noun, for the noun's own sentence). Two states named there name no one:
    after "Washington imposed sanctions on Tehran" the ministry may be either
    side's; so does one that is named but does not act, or another state named
    anywhere in the noun's own sentence (``sentence``: all its chunks).
    """
    own = _state_ids(sentence, country_of)[0]
    for chunks_of in (chunks, *reversed(previous[-_PRONOUN_REACH:])):
        named, acting = _state_ids(chunks_of, country_of)
        if named:
            if len(named) > 1 or named != acting or not own <= named:
                return None
            return ministry_of(next(iter(named)), item.tag("body").data)
    return None


#: Items after which a noun opens its phrase: a verb, a cue, a function word, a date.
_OPENERS = frozenset({"trigger", "split", "cue", "stop", "clause", "light", "relative", "date", "gap"})


def _opens_phrase(scan: Scan, item: Item, articles: frozenset[str]) -> bool:
    """Does the noun head its own phrase: after nothing, punctuation, an article or a verb or function word?

    Never after a plain word it may qualify: «السياسة الخارجية» is foreign policy, not the foreign ministry.
    """
    before = scan.text[:item.start].rstrip()
    if not before or not before[-1].isalnum():
        return True
    word = before.split()[-1]
    if word in articles:
        return True
    start = len(before) - len(word)
    return any(it.start <= start < it.end and not it.kinds.isdisjoint(_OPENERS) for it in scan.items)


def _definite(scan: Scan, item: Item, start: int, articles: frozenset[str]) -> bool:
    """Is the description definite: an article before it, or (where the language writes none apart) always."""
    if not articles:
        return True
    tag = item.tag("description") or item.tag("title")
    if tag is not None and tag.prefix and start == item.start:
        return scan.text[item.start:item.start + tag.prefix] in articles  # an elided article: "l'"
    words, inside = scan.text[:start].split(), scan.text[start:].split()
    # "the Kremlin leader": the article may open the qualifier's own mention.
    return (bool(words) and words[-1] in articles) or (bool(inside) and inside[0] in articles)


def _seat_beside(scan: Scan, item: Item, chunks: list[Chunk], links: frozenset[str]) -> Chunk | None:
    """The seat of government right before or after a head word, or joined to it by a link word.

    "the Kremlin leader", "سيد الكرملين", "хозяин Кремля", "the occupant of
    the White House", "le locataire de l'Élysée".
    """
    if any(other is not item and other.start < item.end and item.start < other.end
           for other in scan.of_kind("title")) or any(c.start < item.end and item.start < c.end for c in chunks):
        return None  # part of a title or a name: "White House chief of staff"
    after = scan.text[item.end:].split()
    for chunk in chunks:
        if chunk.actor.type != "GovernmentBody" or not chunk.agent:
            continue
        if chunk.end <= item.start and not scan.text[chunk.end:item.start].strip():
            # "the Kremlin leader", but not "the White House chief of staff"
            return None if after and after[0] in links else chunk
        between = scan.text[item.end:chunk.start + chunk.trim].strip()
        if item.end <= chunk.start and (not between or between in links):
            return chunk
    return None


def _apposed_person(scan: Scan, end: int, chunks: list[Chunk]) -> Chunk | None:
    """A person named right after ``end``, maybe after a comma: "the Kremlin leader, Vladimir Putin"."""
    for chunk in chunks:
        gap = scan.text[end:chunk.start]
        if chunk.start >= end and chunk.actor.type == "Person" and len(gap) <= 3 and \
                not any(ch.isalnum() for ch in gap):
            return chunk
    return None


def _seat_head(scan: Scan, item: Item, chunks: list[Chunk], links: frozenset[str],
               head_of: Callable[[Actor], Actor | None]) -> list[Chunk] | None:
    """The chunks with a seat's head word ("the Kremlin leader") made the person who heads the seat.

    The person named right after it, else whoever held the seat's ``head``
    post on the date (:meth:`~diplograph.actors.kb.KnowledgeBase.seat_head`).
    None when no seat stands beside the word or no one is known to head it.
    """
    seat = _seat_beside(scan, item, chunks, links)
    if seat is None:
        return None
    start, end = min(seat.start, item.start), max(seat.end, item.end)
    trim = item.tag("seat_head").prefix if start == item.start else seat.trim
    if (named := _apposed_person(scan, end, chunks)) is not None:
        rest = [c for c in chunks if c is not seat and c is not named]
        return sorted(rest + [replace(named, start=start, trim=trim)], key=lambda c: c.start)
    head = head_of(seat.actor)
    if head is None:
        return None
    rest = [c for c in chunks if c.end <= start or c.start >= end]
    return sorted(rest + [Chunk(start, end, head, "coref", trim=trim)], key=lambda c: c.start)


def _owned_title(scan: Scan, item: Item, links: frozenset[str]) -> bool:
    """Does a title stand right before this one, as its owner's head ("مستشار الرئيس", "the envoy of the president")?

    Only a link word or a link clitic between them ("المبعوث الخاص للرئيس"); a coordinating
    clitic makes two titles ("ولي العهد والرئيس التركي").
    """
    tag = item.tag("title") or item.tag("description")
    prefix = scan.text[item.start:item.start + tag.prefix] if tag is not None else ""
    if prefix and prefix not in links:
        return False
    prev = next((it for it in reversed(scan.items) if it.end <= item.start), None)
    if prev is None or not prev.has("title"):
        return False
    gap = " ".join(scan.text[prev.end:item.start].split())
    return not gap or gap in links


def resolve_descriptions(scan: Scan, chunks: list[Chunk], previous: Sequence[Sequence[Chunk]] = (), *,
                         country_of: Callable[[Actor], Actor | None] = lambda person: None,
                         articles: frozenset[str] = frozenset(),
                         head_of: Callable[[Actor], Actor | None] = lambda seat: None,
                         links: frozenset[str] = frozenset(),
                         names_of: Callable[[Actor], Sequence[str]] = _labels,
                         ministry_of: Callable[[str, str], Actor | None] = lambda state, label: None) -> list[Chunk]:
    """Add a chunk for each definite description of an actor met before.

    "The Swiss diplomat later offered ...", "The bloc also pledged ...", "The
    Kremlin leader told ...", "وأكد الوزير المصري ...": the description stands
    for the first actor that fits in its sentence before it, else in the
    nearest earlier sentence (see :func:`_described`). A seat of government
    inside the description ("the Kremlin leader") is part of it, not an actor.

    Args:
        scan: the scanned sentence.
        chunks: its actor mentions.
        previous: the chunks of the earlier sentences of the document, in order.
        country_of: the state a person serves.
        articles: the language's folded definite articles (``description_articles``).
        head_of: whoever heads a seat of government on the article's date.
        links: the language's folded title links ("of the", "de l'").
        names_of: every name of an actor, in every language (the knowledge base's aliases).
        ministry_of: a state's ministry of the kind a body label names (by state id), None for other labels.

    Returns:
        The chunks with the descriptions added (``via="coref"``), sorted by position.
    """
    out = list(chunks)
    for item in scan.items:
        if item.has("seat_head") and (headed := _seat_head(scan, item, out, links, head_of)) is not None:
            out = headed
            continue
        if "body" in item.kinds and not any(c.start < item.end and item.start < c.end for c in out) \
                and _definite(scan, item, item.start, articles) and _opens_phrase(scan, item, articles):
            # "the Treasury said", «وقالت وزارة الخارجية»: a ministry named without its state
            ordered = sorted((c for c in out if c.end <= item.start), key=lambda c: c.start)
            if (ministry := _own_ministry(item, ordered, previous, country_of, ministry_of, out)) is not None:
                out.append(Chunk(item.start, item.end, ministry, "coref", trim=item.tag("body").prefix))
                continue
        if "description" not in item.kinds and "title" not in item.kinds:
            continue
        if item.has("title") and item.tag("title").data == "counterpart":
            continue
        # Only a seat inside the description ("the Kremlin leader") or the state an unnamed
        # official stands for ("the Chinese minister", via "office") gives way to it.
        if any(c.start <= item.start < c.end and c.via != "office" and
               (c.via != "gazetteer" or c.actor.type != "GovernmentBody") for c in out):
            continue
        if _owned_title(scan, item, links):
            # "مستشار الرئيس الفرنسي", "the envoy of the president": a title owns the one after it,
            # who is no one here (the unnamed adviser is not the president)
            continue
        state, (start, end) = _qualifier(scan, item, out)
        if not _definite(scan, item, start, articles):
            continue
        head = None
        if item.has("description") and _NAMED in item.tag("description").data:
            # "the Council adopted": the body met before whose name holds the noun, never another's
            # (a state noun needs no closing: a state's own names are in the gazetteer, "المملكة المتحدة")
            country = "Country" in item.tag("description").data
            if state is not None or not (_unlinked(scan, item, links) if country else _closed(scan, item, links)):
                continue
            head = scan.text[item.start + item.tag("description").prefix:item.end]
        ordered = sorted((c for c in out if c.end <= start), key=lambda c: c.start)
        actor = _described(item, ordered, previous, state, country_of, head, names_of)
        if actor is None:
            continue
        out = [c for c in out if c.end <= start or c.start >= end]
        out.append(Chunk(start, end, actor, "coref"))
    return sorted(out, key=lambda c: c.start)


def resolve_anaphors(scan: Scan, chunks: list[Chunk], last_person: Actor | None,
                     country_of: Callable[[Actor], Actor | None] = lambda person: None,
                     previous: Sequence[Sequence[Chunk]] = (), *, commas: str = "",
                     clauses: ClauseWords | None = None,
                     narrated: Sequence[Sequence[Chunk]] | None = None, fronted: Sequence[int] = ()) -> list[Chunk]:
    """Add a chunk for each anaphor: the last person named, that person's country, or a pronoun's antecedent.

    Args:
        scan: the scanned sentence.
        chunks: its actor mentions.
        last_person: the last person named before this sentence, if any.
        country_of: the state a person serves (for "بلاده", "his country").
        previous: the chunks of the earlier sentences of the document, in order.
        commas: the language's comma marks (``comma_marks``), which set off an aside.
        clauses: the words that tell a pronoun of a coordinated clause, which stands for the
            first clause's subject where two actors would make it ambiguous.
        narrated: the earlier sentences' chunks outside their quotations (:func:`unquoted`), which a
            pronoun that opens its sentence reaches back to; ``previous`` when not given.
        fronted: for each sentence of ``previous``, where an adjunct that opens it ends (0: none;
            :func:`fronted_end`).

    Returns:
        The chunks with the anaphors added, sorted by position. A pronoun's
        chunk has ``via="pronoun"``.
    """
    out = list(chunks)
    for item in scan.items:
        if item.kinds.isdisjoint(_ANAPHOR_KINDS):
            continue
        kind = "latter" if item.has("latter") else "country" if item.has("country_anaphor") else \
            "pronoun" if item.has("pronoun") else "pair"
        if any(c.start <= item.start < c.end for c in out):
            continue
        if kind == "latter" and item.tag("latter").data == "opener" and not _opens_before_verb(scan, item):
            continue  # «тот же план», «в тот день»: a determiner
        if kind == "pair":
            if any(c.start > item.end and not scan.text[item.end:c.start].strip() for c in chunks):
                continue  # "лидеров Китая и Индии": the actors it governs are named right after it
            # Both actors at the anaphor's span: the extractor reads them as coordinated.
            before = [c for c in sorted(out, key=lambda c: c.start) if c.end <= item.start]
            tag = item.tag("pair_anaphor")
            group = _last_group([before, *reversed(previous[-_PAIR_REACH:])], tag.data or 2, country_of)
            out += [Chunk(item.start, item.end, actor, "pronoun", trim=tag.prefix) for actor in group]
            continue
        if kind == "pronoun":
            ordered = sorted(out, key=lambda c: c.start)
            here = _candidates(scan, item, ordered, commas, _agreement(scan, item, clauses))
            back = previous if narrated is None else narrated
            if (actor := _antecedent(scan, item, ordered, back, here, commas, clauses, fronted)) is not None:
                out.append(Chunk(item.start, item.end, actor, "pronoun", trim=item.tag("pronoun").prefix))
            elif len(here) > 1:
                # an ambiguous pronoun still holds its place: no verb takes an actor beyond it as its subject
                rival = next(iter(here.values()))
                out.append(Chunk(item.start, item.end, rival, AMBIGUOUS, agent=False, trim=item.tag("pronoun").prefix))
            continue
        before = sorted((c for c in out if c.end <= item.start and c.actor.type == "Person"), key=lambda c: c.start)
        if kind == "country" and commas:
            # "قال الوزير X، خلال لقائه نظيره Y، إن بلاده ...": the person set off by commas is not whose country it is
            before = [c for c in before if not _set_off(scan.text, before[0], c, item, commas)]
        person = before[-1] if before else None
        if kind == "latter":
            actor = person.actor if person else last_person
        elif person is not None and person.country is not None:
            actor = person.country
        else:
            actor = country_of(person.actor if person else last_person) if (person or last_person) else None
        if actor is not None:
            out.append(Chunk(item.start, item.end, actor, "coref"))
    return sorted(out, key=lambda c: c.start)


def _opens_before_verb(scan: Scan, item: Item) -> bool:
    """Does the item open its sentence, a trigger or cue right after it ("Тот прибыл", "Та заявила")?"""
    if scan.text[:item.start].strip():
        return False
    after = scan.next_word(item.end)
    return after is not None and any(it.start == after[0] and it.kinds & {"trigger", "cue", "split"} for it in scan.items)


@lru_cache(maxsize=4096)
def _compact(name: str) -> str:
    """A name's letters only, folded: "Badr Al Busaidi" and "Badr Albusaidi" give the same key.

    >>> _compact("Badr Al-Busaidi") == _compact("Badr Albusaidi")
    True
    """
    return "".join(c for c in fold(name) if c.isalnum())


def _minted(actor: Actor) -> bool:
    """Was the actor minted from the text (a person the knowledge base lacks)?"""
    return actor.type == "Person" and actor.qid is None and _mint_id(actor.label) == actor.id


@lru_cache(maxsize=4096)
def _mint_id(label: str) -> str:
    return mint_actor(label, "Person").id


def _same_person(chunk: Chunk, surnames: dict[str, Actor]) -> Chunk:
    """The chunk, its minted person replaced by one minted earlier in the document that it names again.

    A title before a surname ("Minister Rasmussen") or a name spelt apart
    ("Badr Albusaidi" after "Badr Al Busaidi") names the person already met.
    A bare title with no state on such a repeat adds no office: the first
    mention gave it.
    """
    if not _minted(chunk.actor):
        return chunk
    label = chunk.actor.label
    earlier = surnames.get(fold(label)) if " " not in label.strip() else None
    if earlier is None:
        key = _compact(label)
        earlier = next((a for a in surnames.values() if _compact(a.label) == key), None)
    if earlier is None or earlier.id == chunk.actor.id:
        return chunk
    position = chunk.position if chunk.country is not None else None
    return replace(chunk, actor=earlier, position=position)


def resolve_surnames(scan: Scan, chunks: list[Chunk], surnames: dict[str, Actor], *,
                     prefixes: tuple[str, ...] = ()) -> list[Chunk]:
    """Add a chunk for each later mention, by surname, of a person the knowledge base lacks.

    A person minted again under a surname or another spelling of the name
    becomes the one met first (see :func:`_same_person`).

    "وزير الخارجية الأردني سامر الحلبي ... وقال الحلبي": the title chain minted
    the person; the surname alone then names the same person.

    Args:
        scan: the scanned sentence.
        chunks: its actor mentions.
        surnames: folded surnames of the people minted earlier in the document.
        prefixes: folded clitics a surname may carry ("و").

    Returns:
        The chunks with the surname mentions added, sorted by position.
    """
    if not surnames:
        return chunks
    out = [_same_person(chunk, surnames) for chunk in chunks]
    if not any(name in scan.text for name in surnames):
        return sorted(out, key=lambda c: c.start)  # no surname anywhere in the sentence: no word is one
    for start, end in scan.words:
        word = scan.text[start:end]
        trim = 0
        if word not in surnames:
            # (most words open with no clitic: one startswith for all before trying each)
            trim = next((len(p) for p in prefixes if word.startswith(p) and word[len(p):] in surnames), 0) \
                if word.startswith(prefixes) else 0
            if not trim:
                continue
        if any(c.start < end and start < c.end for c in out):
            continue
        out.append(Chunk(start, end, surnames[word[trim:]], "surname", trim=trim))
    return sorted(out, key=lambda c: c.start)
