"""The pipeline, in data-flow order: ingest -> language -> actors -> events -> resolve -> graph.

:class:`Extractor` turns one :class:`~diplograph.types.Document` into an
:class:`~diplograph.types.Extraction`; :func:`build` runs a corpus through it
and writes every output.
"""
from __future__ import annotations

import re

from dataclasses import replace
from functools import cache
from datetime import date
from typing import Iterable, Mapping

from diplograph.actors.gazetteer import actor_patterns
from diplograph.actors.homonyms import read_as_capital, retag, retag_marked, written
from diplograph.actors.mentions import Chunk, find_chunks, people_noun, state_ministry
from diplograph.events.frames import Frame, find_frames
from diplograph.events.frames.asked import particle_question
from diplograph.events.lexicon import event_patterns
from diplograph.events.polarity import modality, negated, own_words
from diplograph.events.time import resolve_date
from diplograph.events.plover import codes
from diplograph.lang.detect import detect_language
from diplograph.lang.normalise import fold
from diplograph.lang.profile import Language, load_language
from diplograph.lang.scanner import Scan, Scanner
from diplograph.lang.sentences import Sentence, split_sentences
from diplograph.resolve.coref import (
    AMBIGUOUS, REACH, ClauseWords, fronted_end, resolve_anaphors, resolve_descriptions, resolve_surnames, unquoted,
)
from diplograph.types import Actor, Argument, Document, Extraction, Mention, Role, Statement

__all__ = ["Extractor"]


class Extractor:
    """Extract actors, roles and statements from documents, one language's lexicons at a time.

    Args:
        kb: the knowledge base; the packaged one by default.

    Example:
        >>> from datetime import date
        >>> from diplograph.types import Document
        >>> doc = Document("d1", "The Kremlin rejected the deployment of Western troops in Ukraine.", date(2025, 9, 1))
        >>> [(s.subject.label, s.predicate) for s in Extractor().extract(doc).statements]
        [('Kremlin', 'rejects')]
    """

    def __init__(self, *, kb=None) -> None:
        # The built automata are cached only for the packaged knowledge base.
        self._cacheable = kb is None
        if kb is None:
            from diplograph.actors.kb import load_kb
            kb = load_kb()
        self.kb = kb
        self._scanners: dict[str, Scanner] = {}

    def scanner(self, language: Language) -> Scanner:
        """The language's automaton, built on first use."""
        if language.code not in self._scanners:
            def patterns():
                return [*actor_patterns(self.kb, language), *event_patterns(language)]

            elisions = language.folded("elision_prefixes")
            self._scanners[language.code] = (Scanner.cached(language.code, patterns, elisions=elisions) if self._cacheable
                                             else Scanner(patterns(), elisions=elisions))
        return self._scanners[language.code]

    def country_of(self, person, day: date):
        """The state a person served on a day, from the knowledge base."""
        return self.kb.state_served(person.id, day) if person is not None else None

    def acts_for(self, actor_id: str, day: date, *, minted: Mapping[str, Actor] | None = None) -> frozenset[str]:
        """An actor's id and all it acts for: the state a body stands for, the states or bodies an official serves that day.

        Whether two actors speak for one side (:func:`~diplograph.events.polarity.own_words`) is
        whether these sets meet. Unlike :func:`~diplograph.actors.mentions.mention_side`, the one
        side a mention counts as, it keeps every office an official holds.
        """
        # a body the text names but the knowledge base does not hold ("the Emirati foreign ministry")
        # is made by the mention reader (``minted``) and stands for its state all the same
        actor = self.kb.actors.get(actor_id) or (minted or {}).get(actor_id)
        side = {actor_id}
        if actor is not None and actor.type == "GovernmentBody" and actor.represents:
            side.add(actor.represents)
        if actor is not None and actor.type == "Person":
            side |= {o.country for o in self.kb.offices_on(actor_id, day) if o.country}
        return frozenset(side)

    def body_state(self, scanner: Scanner, scan: Scan, sentence: Sentence, chunk: Chunk) -> Mention | None:
        """The state a body's mention names in its words, as a mention of that state, or None.

        "وزارة الخارجية القطرية", "Poland's Foreign Ministry", "МИД Ирана" name Qatar, Poland and Iran
        besides the body; "the Kremlin" and "the Pentagon" stand for their state without naming it.
        The words are read again alone: the body's name covers them in the sentence's scan.
        """
        actor = chunk.actor
        state = self.kb.actors.get(actor.represents) if actor.type == "GovernmentBody" and actor.represents else None
        if state is None or chunk.via not in ("body", "gazetteer"):
            return None
        start, end = _span(scan, sentence, chunk.start + chunk.trim, chunk.end)
        text = sentence.text[start - sentence.start:end - sentence.start]
        words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        spans = [*words, *([(words[1][0], words[-1][1])] if len(words) > 2 else [])]
        for a, b in spans:
            piece = scanner.scan(text[a:b])
            for item in piece.items:
                tag = next((t for t in item.tags if t.kind in _STATE_KINDS and t.data == state.id), None)
                if tag is None:
                    continue
                s, e = piece.folded.span(item.start + tag.prefix, item.end)
                rest = f"{text[:a + s]} {text[a + e:]}"
                # the state owns a body its words name ("وزارة الخارجية", "forces"): not so a proper name
                # that holds a nationality word ("the Palestinian Authority")
                if chunk.via == "body" or any(it.has("body") for it in scanner.scan(rest).items):
                    return Mention(start + a + s, start + a + e, text[a + s:a + e], state, "nationality")
                return None
        return None

    def extract(self, document: Document) -> Extraction:
        """Everything one document says: mentions, roles and statements.

        Args:
            document: the document; its ``lang`` is detected when missing.

        Returns:
            The :class:`~diplograph.types.Extraction`.
        """
        language = load_language(document.lang or detect_language(document.text))
        if document.lang is None:  # the outputs say which language was read (RDF dcterms:language)
            document = replace(document, lang=language.code)
        scanner = self.scanner(language)
        result = Extraction(document)
        last_person = None
        previous: list[list[Chunk]] = []
        narrated: list[list[Chunk]] = []  # (the same, less what quotations name: a pronoun's antecedents)
        fronted: list[int] = []  # where an adjunct opening each of ``previous`` ends (resolve/coref.py)
        openers = language.folded("gerund_words") | language.folded("during_words")
        active = tuple(language.folded("active_suffixes"))
        surnames: dict[str, Actor] = {}
        held: list[Role] = []
        minted: dict[str, Actor] = {}
        side_of = cache(lambda i: self.acts_for(i, document.published, minted=minted))  # made once a document
        stop = language.folded("stopwords")
        coordinators = tuple(language.folded("coordinator_prefixes"))
        articles = language.folded("description_articles")
        commas = "".join(language.get("comma_marks"))
        links = language.folded("title_links")
        clauses = ClauseWords(language.folded("clause_coordinators"),
                              language.folded("complementizers") | language.folded("relative_words")
                              | language.folded("clause_words"),
                              language.folded("determiners"), language.folded("coordinator_words"),
                              language.folded("feminine_pronouns"), language.folded("masculine_pronouns"),
                              lambda person: self.kb.is_woman(person.id) if person.id in self.kb.actors else None)
        ministry_of = lambda state, label: state_ministry(self.kb, language, self.kb.actors[state], label) \
            if state in self.kb.actors else None
        questions = language.get("question_marks")
        particles = language.folded("question_particles")
        sentences = split_sentences(document.text, language)
        # a name two actors spell alike is read by the whole document («عمان»: Oman, or Amman where Jordan is
        # named): a first pass over the sentences' scans decides, keeping none of them
        pairs = written(document.text, language=language, kb=self.kb)
        # (a document of a few hundred sentences keeps the first pass's scans and is not scanned twice; a longer one
        # is, so that its memory stays flat)
        def marked(sentence):
            return retag_marked(scanner.scan(sentence.text), sentence.text, pairs)
        kept = [marked(s) for s in sentences] if pairs and len(sentences) <= KEPT_SCANS else None
        chosen = read_as_capital(kept if kept is not None else (marked(s) for s in sentences), pairs,
                                 kb=self.kb, country_of=lambda p: self.country_of(p, document.published)) if pairs else ()
        scans = (retag(scan, chosen) for scan in kept) if kept is not None \
            else (retag(marked(s), chosen) for s in sentences)
        for sentence, scan in zip(sentences, scans):
            asked = (bool(questions) and sentence.text.rstrip()[-1:] in questions) or particle_question(scan, particles)
            chunks = find_chunks(scan, sentence.text, kb=self.kb, language=language, day=document.published)
            chunks = resolve_descriptions(scan, chunks, previous, articles=articles,
                                          country_of=lambda p: self.country_of(p, document.published),
                                          head_of=lambda seat: self.kb.seat_head(seat.id, document.published),
                                          links=links, names_of=lambda actor: self.kb.names(actor.id),
                                          ministry_of=ministry_of)
            chunks = resolve_anaphors(scan, chunks, last_person, lambda p: self.country_of(p, document.published),
                                      previous, commas=commas, clauses=clauses, narrated=narrated, fronted=fronted)
            chunks = resolve_surnames(scan, chunks, surnames, prefixes=coordinators)
            previous.append(chunks)
            narrated.append(unquoted(scan, chunks))
            fronted.append(fronted_end(scan, chunks, commas=commas, openers=openers, active=active))
            del previous[:-REACH], narrated[:-REACH], fronted[:-REACH]  # a long document keeps a window, not every sentence
            for chunk in chunks:
                if chunk.actor.id not in self.kb.actors:
                    minted[chunk.actor.id] = chunk.actor
                if chunk.via == AMBIGUOUS:
                    continue  # a pronoun that names no one
                # "للفلسطينيين" (to the Palestinians): the people, not their state
                result.mentions.append(_mention(scan, sentence, chunk,
                                                via="people" if people_noun(scan, chunk, language) else chunk.via))
                if chunk.country_span and chunk.country is not None:
                    a, b = _span(scan, sentence, *chunk.country_span)
                    result.mentions.append(Mention(a, b, document.text[a:b], chunk.country, "title"))
                elif (named := self.body_state(scanner, scan, sentence, chunk)) is not None:
                    result.mentions.append(named)  # "وزارة الخارجية القطرية": the body's state is named too
                role = _role(sentence, chunk, document.id)
                if role:
                    result.roles.append(role)
                    if chunk.via == "holder":
                        held.append(role)
                if chunk.actor.type == "Person":
                    last_person = chunk.actor
                    # A later surname ("Minister Rasmussen") names the person met first.
                    name = chunk.actor.labels.get(language.code) or chunk.actor.label
                    if " " in name:
                        surname = fold(name.split()[-1])
                        if len(surname) > 2 and surname not in stop:
                            surnames.setdefault(surname, chunk.actor)
            for frame in find_frames(scan, chunks, language=language):
                result.statements.extend(_statements(scan, sentence, frame, document, asked=asked,
                                                     side_of=side_of))
        if held:
            # "the Somali president" known only from the date gives the person, but the office is
            # the text's own only where it names them too
            named = {m.actor.id for m in result.mentions if m.via not in _UNNAMED}
            dropped = {id(r) for r in held if r.person.id not in named}
            result.roles = [r for r in result.roles if id(r) not in dropped]
        return result


#: A word of a mention's text.
_WORD = re.compile(r"\S+")
#: The scanner's tags that name a state: its name, nationality adjective or capital.
_STATE_KINDS = frozenset({"actor", "adjective", "capital"})

#: The most sentences of a document whose scans the first pass over its homonyms keeps for the extraction
#: (a longer document is scanned again, so that its memory stays flat).
KEPT_SCANS = 400

#: Mentions that do not name a person: a post's holder of record, a description, a pronoun.
_UNNAMED = frozenset({"holder", "coref", "pronoun"})


def _span(scan: Scan, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
    a, b = scan.folded.span(start, end)
    return sentence.start + a, sentence.start + b


def _mention(scan: Scan, sentence: Sentence, chunk: Chunk, *, via: str) -> Mention:
    start, end = _span(scan, sentence, chunk.start + chunk.trim, chunk.end)
    text = sentence.text[start - sentence.start:end - sentence.start]
    return Mention(start, end, text, chunk.actor, via)


def _role(sentence: Sentence, chunk: Chunk, doc: str) -> Role | None:
    if not chunk.position or chunk.actor.type != "Person":
        return None
    return Role(chunk.actor, chunk.position, chunk.country, chunk.title, doc, sentence.text,
                (sentence.start, sentence.end))


def _argument(scan: Scan, sentence: Sentence, chunk: Chunk | None, span: tuple[int, int], type_: str) -> Argument:
    a, b = scan.folded.span(*span)
    mention = sentence.text[a:b].strip()
    if chunk is not None:
        return Argument(chunk.actor.label, mention, chunk.actor.type, chunk.actor, sentence.start + a, sentence.start + b)
    return Argument(mention, mention, type_, None, sentence.start + a, sentence.start + b)


def _side(chunk: Chunk, side_of) -> frozenset[str]:
    """The subject's side (:func:`~diplograph.events.polarity.own_words`): the actor, and the state its title names."""
    side = side_of(chunk.actor.id)
    return side | {chunk.country.id} if chunk.position and chunk.country is not None else side


def _contested(frame: Frame, subject: Chunk, side_of) -> bool:
    """Is the object another state, or a body or official of one, than the subject's (own_words ``contested``)?"""
    obj = frame.object_chunk
    if obj is None:
        return False
    side = _side(obj, side_of)
    return (obj.actor.type == "Country" or len(side) > 1) and side.isdisjoint(_side(subject, side_of))


def _statements(scan: Scan, sentence: Sentence, frame: Frame, document: Document, *,
                asked: bool = False, side_of=lambda actor_id: frozenset({actor_id})) -> Iterable[Statement]:
    trigger = frame.trigger
    predicate = trigger.group if trigger.group and len(frame.subjects) > 1 else trigger.predicate
    plover, cameo = codes(predicate)
    span = frame.object_span
    if frame.object_chunk is not None:
        span = (span[0] + frame.object_chunk.trim, span[1])
    obj = _argument(scan, sentence, frame.object_chunk, span, frame.object_type)
    is_negated = negated(scan, frame.item, frame.clause)
    a, b = scan.folded.span(frame.item.start, frame.item.end)
    for subject in frame.subjects:
        mood = modality(scan, frame.item, frame.clause, future=frame.future,
                        own=own_words(frame.speakers, _side(subject, side_of), side_of,
                                      subject_type=subject.actor.type, after=frame.item.end,
                                      contested=_contested(frame, subject, side_of)),
                        reports=frame.reporters, reach=frame.reach,
                        asked=asked)
        when: date | None = resolve_date(scan, document.published, future=mood == "future", since=frame.item.start)
        yield Statement(
            doc=document.id,
            subject=_argument(scan, sentence, subject, (subject.start + subject.trim, subject.end), subject.actor.type),
            predicate=predicate,
            object=obj,
            sentence=sentence.text,
            span=(sentence.start, sentence.end),
            negated=is_negated,
            modality=mood,
            date=when,
            plover=plover,
            cameo=cameo,
            trigger=sentence.text[a:b],
        )
