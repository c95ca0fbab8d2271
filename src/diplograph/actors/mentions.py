"""Turn scanned items into actor mentions and roles.

Title chains ("الرئيس الفرنسي إيمانويل ماكرون", "French President Emmanuel
Macron") give a person, the position and the state; a title with no name
stands for whoever held the office on the article's date. Capitals and seats
of government stand for their state, except after a locative preposition,
where a capital is a place. A nationality adjective alone names its state but
never acts as a subject.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from diplograph.lang.normalise import fold
from diplograph.lang.profile import Language
from diplograph.lang.scanner import Item, Scan
from diplograph.resolve.ids import mint_actor
from diplograph.types import Actor

__all__ = ["Chunk", "find_chunks"]

_GAP = re.compile(r"[\s\-–—]*")
#: Posts one person holds at a time: a title with no name stands for its holder.
_UNIQUE_POSTS = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"}


@dataclass(frozen=True)
class Chunk:
    """An actor mention in a scanned sentence, in folded coordinates."""

    start: int
    end: int
    actor: Actor
    via: str
    #: may it be the subject or object of a statement?
    agent: bool = True
    position: str | None = None
    country: Actor | None = None
    title: str = ""
    #: leading clitic characters that are not part of the mention ("و" in "وألمانيا")
    trim: int = 0
    #: where a title chain names its state ("الأمريكي" in "الرئيس الأمريكي")
    country_span: tuple[int, int] | None = None


def _adjacent(scan: Scan, left_end: int, right_start: int) -> bool:
    return left_end <= right_start and _GAP.fullmatch(scan.text[left_end:right_start]) is not None


class _Chains:
    """The mention finder for one sentence."""

    def __init__(self, scan: Scan, sentence: str, kb, language: Language, day: date):
        self.scan, self.sentence, self.kb, self.language, self.day = scan, sentence, kb, language, day
        self.items = scan.items
        self.used: set[int] = set()
        self.last_position: str | None = None

    def actor_at(self, i: int, *types: str) -> Actor | None:
        if not 0 <= i < len(self.items) or i in self.used:
            return None
        for kind in ("actor", "capital"):
            tag = self.items[i].tag(kind)
            if tag and tag.data in self.kb.actors:
                actor = self.kb.actors[tag.data]
                if not types or actor.type in types:
                    return actor
        return None

    def country_of(self, actor: Actor | None) -> Actor | None:
        if actor is None:
            return None
        if actor.type == "Country" or actor.type == "Organization":
            return actor
        return self.kb.actors.get(actor.represents) if actor.represents else None

    def honorific_gap(self, end: int, start: int) -> bool:
        """Only honorifics and commas between a title and a name: "أمير قطر، الشيخ تميم"."""
        if _adjacent(self.scan, end, start):
            return True
        words = self.scan.text[end:start].replace("،", " ، ").replace(",", " , ").split()
        honorifics = self.language.folded("honorifics")
        return bool(words) and all(w in honorifics for w in words)

    def unknown_name(self, start: int) -> tuple[int, int] | None:
        """Words after a title that name someone the knowledge base lacks."""
        words = [(a, b) for a, b in self.scan.words if a >= start]
        stop = self.language.folded("stopwords")
        taken = []
        item_starts = {it.start for it in self.items}
        stop_prefixes = tuple(sorted(self.language.folded("name_stop_prefixes"))) or ("\0",)
        for a, b in words[: self.language.get("name_words_max", 3)]:
            if not _adjacent(self.scan, taken[-1][1] if taken else start, a):
                break
            word = self.scan.text[a:b]
            if word in stop or a in item_starts or any(it.start <= a < it.end for it in self.items):
                break
            if taken and word.startswith(stop_prefixes):
                break
            if self.language.get("name_capture") == "capitalized":
                original = self.sentence[self.scan.folded.offsets[a]]
                if not original.isupper():
                    break
            taken.append((a, b))
        if not taken or (len(taken) < 2 and self.language.get("name_capture") != "capitalized"):
            return None
        return taken[0][0], taken[-1][1]

    def title_chain(self, i: int) -> Chunk | None:
        item = self.items[i]
        position = item.tag("title").data
        if position == "counterpart":
            # "نظيره الأمريكي": the same office as the person named before.
            if self.last_position is None:
                return None
            position = self.last_position
        start, end, country, person = item.start, item.end, None, None
        country_span = None
        j = i + 1
        before_side = self.language.get("adjective_side") == "before"
        # The state: a nationality adjective, a state's name or a seat of government.
        if before_side and i > 0 and _adjacent(self.scan, self.items[i - 1].end, item.start):
            prev = self.items[i - 1]
            if prev.has("adjective"):
                country, start = self.kb.actors.get(prev.tag("adjective").data), prev.start
                self.used.add(i - 1)
            elif (actor := self.actor_at(i - 1, "Country", "Organization", "GovernmentBody")):
                country, start = self.country_of(actor), prev.start
                self.used.add(i - 1)
            if country is not None:
                country_span = (prev.start, prev.end)
        if j < len(self.items) and _adjacent(self.scan, end, self.items[j].start):
            nxt = self.items[j]
            if nxt.has("adjective") and country is None:
                country, end = self.kb.actors.get(nxt.tag("adjective").data), nxt.end
                country_span = (nxt.start, nxt.end)
                self.used.add(j)
                j += 1
            elif (actor := self.actor_at(j, "Country", "Organization", "GovernmentBody")) and country is None:
                country, end = self.country_of(actor), nxt.end
                country_span = (nxt.start, nxt.end)
                self.used.add(j)
                j += 1
        # The person: a known name (perhaps after an honorific or a comma), or
        # words the knowledge base lacks.
        if j < len(self.items) and self.honorific_gap(end, self.items[j].start) and (p := self.actor_at(j, "Person")):
            person, end = p, self.items[j].end
            self.used.add(j)
        elif (unknown := self.unknown_name(end)) is not None:
            name = self.sentence[slice(*self.scan.folded.span(*unknown))]
            end = unknown[1]
            person = mint_actor(name, "Person")
        if person is None and country is not None and position in _UNIQUE_POSTS \
                and self.kb.holder(position, country.id, self.day) is not None:
            person = self.kb.holder(position, country.id, self.day)
            via = "title"
        else:
            via = "title" if person is not None else ""
        if person is None:
            return None
        if country is None:
            offices = [o for o in self.kb.offices_on(person.id, self.day) if o.position == position]
            if offices and offices[0].country:
                country = self.kb.actors.get(offices[0].country)
        self.used.add(i)
        self.last_position = position
        title = self.scan.text[item.start:item.end]
        trim = item.tag("title").prefix if start == item.start else 0
        return Chunk(start, end, person, via, True, position, country, title, trim, country_span)

    def run(self) -> list[Chunk]:
        chunks = []
        for i, item in enumerate(self.items):
            if i in self.used:
                continue
            if item.has("title"):
                chunk = self.title_chain(i)
                if chunk:
                    chunks.append(chunk)
                continue
            chunk = self.plain(i)
            if chunk:
                chunks.append(chunk)
        return sorted(chunks, key=lambda c: c.start)

    def plain(self, i: int) -> Chunk | None:
        item = self.items[i]
        if item.has("actor"):
            actor = self.kb.actors.get(item.tag("actor").data)
            if actor is None:
                return None
            return Chunk(item.start, item.end, actor, "gazetteer", agent=actor.type != "Place",
                         trim=item.tag("actor").prefix)
        if item.has("adjective"):
            state = self.kb.actors.get(item.tag("adjective").data)
            # A body noun and an adjective name the state's body: "الحكومة الإسرائيلية".
            body = i > 0 and self.items[i - 1].has("body") and _adjacent(self.scan, self.items[i - 1].end, item.start)
            if state is None:
                return None
            if body:
                body_item = self.items[i - 1]
                return Chunk(body_item.start, item.end, state, "body", trim=body_item.tag("body").prefix)
            return Chunk(item.start, item.end, state, "nationality", agent=False, trim=item.tag("adjective").prefix)
        if item.has("capital"):
            state = self.kb.actors.get(item.tag("capital").data)
            if state is None:
                return None
            if self.locative(item):
                place = _capital_place(self.scan, item, self.sentence)
                return Chunk(item.start, item.end, place, "place", agent=False, trim=item.tag("capital").prefix)
            return Chunk(item.start, item.end, state, "metonym", trim=item.tag("capital").prefix)
        return None

    def locative(self, item: Item) -> bool:
        before = self.scan.text[: item.start].split()
        locatives = self.language.folded("locative_prefixes")
        if before and before[-1] in locatives:
            return True
        # "العاصمة السعودية الرياض", "the Qatari capital Doha"
        place_nouns = self.language.folded("place_nouns")
        if place_nouns & set(before[-2:]):
            return True
        clitic = self.scan.text[item.start:item.start + item.tag("capital").prefix]
        return bool(clitic) and any(clitic.endswith(fold(c)) for c in self.language.words("locative_clitics"))


def _capital_place(scan: Scan, item: Item, sentence: str) -> Actor:
    """A capital named as a location, its clitic taken off ("بموسكو" -> موسكو)."""
    start = item.start + item.tag("capital").prefix
    return mint_actor(sentence[slice(*scan.folded.span(start, item.end))], "Place")


def find_chunks(scan: Scan, sentence: str, *, kb, language: Language, day: date) -> list[Chunk]:
    """The actor mentions of one scanned sentence.

    Args:
        scan: the sentence's scan.
        sentence: its original text.
        kb: the knowledge base.
        language: its language.
        day: the publication date, for titles without a name.

    Returns:
        Chunks sorted by position, none overlapping.
    """
    return _Chains(scan, sentence, kb, language, day).run()
