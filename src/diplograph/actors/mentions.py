"""Turn scanned items into actor mentions and roles.

Title chains ("الرئيس الفرنسي إيمانويل ماكرون", "French President Emmanuel
Macron", "le ministre russe des Affaires étrangères Sergueï Lavrov") give a
person, the position and the state; a title with no name stands for whoever
held the office on the article's date, unless it is set off after a name
("Gyula Nemesvari, the Hungarian foreign minister,"): then it is that
person's. A "former" title names the person but gives no role. Capitals and
seats of government stand for their state, except after a locative
preposition, where a capital is a place. A nationality adjective alone names
its state but never acts as a subject; with a body noun ("the Israeli
government", "الحكومة الإسرائيلية") it names the state's body.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from diplograph.lang.forms import nominative
from diplograph.lang.normalise import fold
from diplograph.lang.profile import Language
from diplograph.lang.scanner import Item, Scan, Tag
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
    #: the body noun's label (bodies.tsv) for a state named through one ("Foreign Ministry", "Authorities")
    body: str = ""
    #: joined to the mention before it by a coordinator ("Iran and the US", "مصر وقطر")
    coordinated: bool = False


def _adjacent(scan: Scan, left_end: int, right_start: int) -> bool:
    return left_end <= right_start and _GAP.fullmatch(scan.text[left_end:right_start]) is not None


def _split_titles(language: Language) -> list[tuple[str, str, str]]:
    """``(head, tail, position)`` for each title of two or more words, split after its first word.

    An adjective may stand inside such a title: "ministre" + "russe" + "des
    affaires étrangères".
    """
    out = []
    for row in language.tables.get("titles", []):
        head, _, tail = fold(row["title"]).partition(" ")
        if tail:
            out.append((head, " " + tail, row["position"]))
    return out


def _merge_split_titles(scan: Scan, language: Language) -> tuple[Item, ...]:
    """The items, with each title broken by an adjective ("ministre russe des affaires étrangères") made one.

    The merged item carries the title and an ``inner_adjective`` tag (data:
    the state's id and the adjective's span).
    """
    adjectives = [it for it in scan.items if it.has("adjective")]
    splits = language.memo("split_titles", lambda: _split_titles(language)) if adjectives else []
    if not splits:
        return scan.items
    items = list(scan.items)
    for adjective in adjectives:
        before = [(a, b) for a, b in scan.words if b <= adjective.start]
        if not before or not _adjacent(scan, before[-1][1], adjective.start):
            continue
        a, b = before[-1]
        word = scan.text[a:b]
        for head, tail, position in splits:
            end = adjective.end + len(tail)
            if not (word == head or word.endswith("'" + head)) or not scan.text.startswith(tail, adjective.end):
                continue
            if end < len(scan.text) and (scan.text[end].isalnum() or scan.text[end] == "'"):
                continue
            state = adjective.tag("adjective").data
            tags = (Tag("title", position, len(word) - len(head)),
                    Tag("inner_adjective", (state, adjective.start, adjective.end)))
            items = [it for it in items if it.end <= a or it.start >= end] + [Item(a, end, tags)]
            break
    return tuple(sorted(items, key=lambda it: it.start))


class _Chains:
    """The mention finder for one sentence."""

    def __init__(self, scan: Scan, sentence: str, kb, language: Language, day: date):
        self.scan, self.sentence, self.kb, self.language, self.day = scan, sentence, kb, language, day
        self.items = _merge_split_titles(scan, language)
        self.used: set[int] = set()
        self.last_position: str | None = None
        self.capitalized = language.get("name_capture") == "capitalized"

    def upper(self, pos: int) -> bool:
        """Is the original character at folded position ``pos`` a capital?"""
        return self.sentence[self.scan.folded.offsets[pos]].isupper()

    def actor_tag(self, item: Item) -> Tag | None:
        """The item's actor tag, unless it is an acronym written in lower case ("who", "us")."""
        tag = item.tag("actor")
        cased = item.tag("cased")
        if tag is None or cased is None:
            return tag
        start = item.start + tag.prefix
        a, b = self.scan.folded.span(start, min(start + cased.data, item.end))
        return None if any(c.islower() for c in self.sentence[a:b]) else tag

    def actor_at(self, i: int, *types: str) -> Actor | None:
        if not 0 <= i < len(self.items) or i in self.used:
            return None
        item = self.items[i]
        for tag in (self.actor_tag(item), item.tag("capital")):
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

    def in_item(self, pos: int) -> bool:
        return any(it.start <= pos < it.end for it in self.items)

    def name_words(self, words: list[tuple[int, int]], *, first: bool) -> tuple[list[tuple[int, int]], int | None]:
        """The words of a name, read from ``words`` in order (forward or backward).

        Capitalised words (in languages that write names so) up to
        ``name_words_max``, none a stopword or a lexicon entry; lower-case
        particles ("bin", "al", "de", "von") may stand between them but
        never at the end. Read forward, a name may end in a known person's
        name ("Ayman bin Safadi" ends in "Safadi"): that person's item index
        is returned too.
        """
        stop = self.language.folded("stopwords")
        particles = self.language.folded("name_particles")
        stop_prefixes = tuple(sorted(self.language.folded("name_stop_prefixes"))) or ("\0",)
        limit = self.language.get("name_words_max", 3)
        taken: list[tuple[int, int]] = []
        count, known = 0, None
        for a, b in words:
            word = self.scan.text[a:b]
            if self.in_item(a):
                k = next((k for k, it in enumerate(self.items) if it.start == a), None)
                if first and taken and k is not None and self.actor_at(k, "Person"):
                    taken.append((a, self.items[k].end))
                    known = k
                break
            if word in particles and (taken or word not in stop):
                taken.append((a, b))
                continue
            if word in stop or count == limit:
                break
            if (taken if first else False) and word.startswith(stop_prefixes):
                break
            if self.capitalized and not self.upper(a):
                break
            taken.append((a, b))
            count += 1
        while known is None and taken and self.scan.text[slice(*taken[-1])] in particles:
            taken.pop()
        return taken, known

    def unknown_name(self, start: int) -> tuple[int, int, int | None] | None:
        """Words after a title that name someone the knowledge base lacks, or that end in a known name.

        Returns:
            The name's span and the index of the known person's item, if any.
        """
        words, last = [], start
        for a, b in self.scan.words:
            if a < start:
                continue
            if not _adjacent(self.scan, last, a):
                break
            words.append((a, b))
            last = b
        taken, known = self.name_words(words, first=True)
        counted = [w for w in taken if self.scan.text[slice(*w)] not in self.language.folded("name_particles")]
        if not counted or (len(counted) < 2 and not self.capitalized):
            return None
        return taken[0][0], taken[-1][1], known

    def unknown_name_before(self, end: int) -> tuple[int, int] | None:
        """Two or more capitalised words that end at ``end``: a name set before an appositive title.

        One word alone ("Separately, the minister") or a place after a
        locative preposition ("In New Delhi, the minister") is not a name.
        """
        if not self.capitalized:
            return None
        words, first = [], end
        for a, b in reversed(self.scan.words):
            if b > end:
                continue
            if not _adjacent(self.scan, b, first):
                break
            words.append((a, b))
            first = a
        taken = self.name_words(words, first=False)[0][::-1]
        particles = self.language.folded("name_particles")
        if taken and self.scan.text[slice(*taken[0])] in particles:
            return None
        if len([w for w in taken if self.scan.text[slice(*w)] not in particles]) < 2:
            return None
        before = self.scan.words_between(0, taken[0][0])
        if before and (before[-1] in self.language.folded("locative_prefixes") or
                       self.upper(next(a for a, b in reversed(self.scan.words) if b <= taken[0][0]))):
            return None
        return taken[0][0], taken[-1][1]

    def appositive(self, start: int) -> tuple[Actor, int, int | None] | None:
        """The person a title follows, set off by a comma: "Gyula Nemesvari, the Hungarian foreign minister".

        Returns:
            The person, where the name starts and the index of its item (None
            for a name the knowledge base lacks); None when no name stands there.
        """
        if not self.language.get("appositive_titles"):
            return None
        head = self.scan.text[:start].rstrip()
        articles = self.language.folded("title_articles")
        words = head.split()
        if words and words[-1] in articles:
            head = head[: len(head) - len(words[-1])].rstrip()
        if not head.endswith((",", "،")):
            return None
        comma = len(head) - 1
        end = len(head[:comma].rstrip())
        for k, item in enumerate(self.items):
            if item.end == end and (person := self.actor_at(k, "Person")):
                return person, item.start + (self.actor_tag(item) or item.tag("capital")).prefix, k
        if (name := self.unknown_name_before(end)) is not None:
            return mint_actor(self.sentence[slice(*self.scan.folded.span(*name))], "Person"), name[0], None
        return None

    def former(self, start: int, end: int) -> int | None:
        """Where a "former" word before ``start`` begins ("former US President"), or None.

        A word after ``end`` counts too ("الرئيس الأمريكي السابق"): then its end is returned.
        A word listed with a hyphen counts only when a hyphen joins it ("then-President").
        """
        words = self.language.folded("former_words")
        if not words:
            return None
        elisions = tuple(self.language.folded("elision_prefixes"))
        for a, b in reversed(self.scan.words):
            if b <= start:
                word = self.scan.text[a:b]
                bare = next((word[len(e):] for e in elisions if word.startswith(e)), word)
                hyphen = "-" in self.scan.text[b:start]
                if _adjacent(self.scan, b, start) and (words & {word, bare} or (hyphen and words & {word + "-", bare + "-"})):
                    return a
                break
        for a, b in self.scan.words:
            if a >= end:
                if _adjacent(self.scan, end, a) and self.scan.text[a:b] in words:
                    return b
                break
        return None

    def state_before(self, i: int, item: Item) -> tuple[Actor | None, int | None]:
        """The state named right before a title ("French", "Iran's", "Kremlin"), and its item index."""
        if i == 0 or not _adjacent(self.scan, self.items[i - 1].end, item.start):
            return None, None
        prev = self.items[i - 1]
        if prev.has("adjective"):
            return self.kb.actors.get(prev.tag("adjective").data), i - 1
        actor = self.actor_at(i - 1, "Country", "Organization", "GovernmentBody")
        return (self.country_of(actor), i - 1) if actor is not None else (None, None)

    def title_chain(self, i: int) -> Chunk | None:
        item = self.items[i]
        named = None
        if item.has("title"):
            position = item.tag("title").data
        else:
            # "Crown Prince Mohammed bin Salman": a person's alias that begins with a title.
            position, named = self.alias_title(item), self.actor_at(i, "Person")
        if position == "counterpart":
            # "نظيره الأمريكي": the same office as the person named before.
            if self.last_position is None:
                return None
            position = self.last_position
        start, end, country, person = item.start, item.end, None, None
        country_span = None
        taken = {i}
        j = i + 1
        # The state: a nationality adjective, a state's name or a seat of government.
        if (inner := item.tag("inner_adjective")) is not None:
            country, country_span = self.kb.actors.get(inner.data[0]), inner.data[1:]
        if country is None and self.language.get("adjective_side") == "before":
            country, k = self.state_before(i, item)
            if country is not None:
                start, country_span = self.items[k].start, (self.items[k].start, self.items[k].end)
                taken.add(k)
        if named is None and country is None and j < len(self.items) and _adjacent(self.scan, end, self.items[j].start):
            nxt = self.items[j]
            if nxt.has("adjective"):
                country = self.kb.actors.get(nxt.tag("adjective").data)
            elif actor := self.actor_at(j, "Country", "Organization", "GovernmentBody"):
                country = self.country_of(actor)
            if country is not None:
                end, country_span = nxt.end, (nxt.start, nxt.end)
                taken.add(j)
                j += 1
        # "former US President", "l'ancien président": the person, but no office now.
        former = self.former(start, end)
        if former is not None and former > end:
            end = former
            while j < len(self.items) and self.items[j].start < end:
                j += 1
        elif former is not None:
            start = former
        # The person: a known name (perhaps after an honorific or a comma), or
        # words the knowledge base lacks; else a name the title follows.
        via = "title"
        if named is not None:
            person = named
        elif j < len(self.items) and self.honorific_gap(end, self.items[j].start) and (p := self.actor_at(j, "Person")):
            person, end = p, self.items[j].end
            taken.add(j)
        elif (unknown := self.unknown_name(end)) is not None:
            name = self.sentence[slice(*self.scan.folded.span(*unknown[:2]))]
            name = nominative(self.language, name, item.tag("title").marks if item.has("title") else frozenset())
            end, known = unknown[1:]
            person = mint_actor(name, "Person") if known is None else self.actor_at(known)
            if known is not None:
                taken.add(known)
        elif (before := self.appositive(start)) is not None:
            person, start, k = before
            if k is not None:
                taken.add(k)
        elif former is None and country is not None and position in _UNIQUE_POSTS:
            person = self.kb.holder(position, country.id, self.day)
        if person is None:
            # A state after a title that names no one ("رئيس مجلس الأمن القومي")
            # is part of the title's phrase, not a mention of its own.
            self.used |= {k for k in taken if k > i}
            return None
        if country is None:
            offices = [o for o in self.kb.offices_on(person.id, self.day) if o.position == position]
            if offices and offices[0].country:
                country = self.kb.actors.get(offices[0].country)
        self.used |= taken
        self.last_position = position
        lead = (item.tag("title") or item.tag("actor")).prefix
        title = self.surface(item.start + lead, item.end) if named is None else self.alias_title_text(item)
        trim = lead if start == item.start else 0
        return Chunk(start, end, person, via, True, None if former is not None else position, country, title, trim,
                     country_span)

    def alias_title(self, item: Item) -> str | None:
        """The position of the title a person's alias begins with ("Crown Prince Mohammed bin Salman"), if any."""
        tag = self.actor_tag(item)
        actor = self.kb.actors.get(tag.data) if tag is not None else None
        if actor is None or actor.type != "Person":
            return None
        titles = self.language.memo("title_forms", lambda: sorted(
            ((fold(row["title"]) + " ", row["position"]) for row in self.language.tables.get("titles", [])),
            key=lambda pair: -len(pair[0])))
        text = self.scan.text[item.start + tag.prefix:item.end]
        return next((position for form, position in titles if text.startswith(form)), None)

    def alias_title_text(self, item: Item) -> str:
        """The title a person's alias begins with, as the sentence writes it."""
        start = item.start + item.tag("actor").prefix
        text = self.scan.text[start:item.end]
        form = next((form.strip() for form, _ in self.language.memo("title_forms", list) if text.startswith(form)), "")
        return self.surface(start, start + len(form)) if form else ""

    def surface(self, start: int, end: int) -> str:
        """The sentence's own words for a span of the folded text."""
        return self.sentence[slice(*self.scan.folded.span(start, end))]

    def run(self) -> list[Chunk]:
        # Title chains first: the state before a title ("US envoy X") and the
        # name before an appositive title belong to the chain, not to a
        # mention of their own.
        chunks = []
        for i, item in enumerate(self.items):
            if i not in self.used and (item.has("title") or self.alias_title(item)):
                chunk = self.title_chain(i)
                if chunk:
                    chunks.append(chunk)
        for i, item in enumerate(self.items):
            if i not in self.used and not item.has("title"):
                chunk = self.plain(i)
                if chunk:
                    chunks.append(chunk)
        return self.mark_coordinated(self.shared_bodies(sorted(chunks, key=lambda c: c.start)))

    def mark_coordinated(self, chunks: list[Chunk]) -> list[Chunk]:
        """Flag each mention joined to the one before by a coordinator word or clitic ("X and the Y", "X وY")."""
        words = self.language.folded("coordinator_words")
        joining = words - self.language.folded("object_lead_words") - {",", "،"}
        prefixes = tuple(self.language.folded("coordinator_prefixes"))
        out = chunks[:1]
        for left, right in zip(chunks, chunks[1:]):
            gap = self.scan.text[left.end:right.start].replace(",", " , ").replace("،", " ، ").split()
            clitic = self.scan.text[right.start:right.start + right.trim]
            joined = (bool(gap) and all(w in words for w in gap) and any(w in joining for w in gap)) or \
                (not gap and bool(prefixes) and clitic.startswith(prefixes))
            out.append(replace(right, coordinated=True) if joined else right)
        return out

    def shared_bodies(self, chunks: list[Chunk]) -> list[Chunk]:
        """Nationality adjectives coordinated with a body's adjective name that body too.

        "مسؤولون أمريكيون وروس", "American and Russian officials": the Russian
        officials act as the American ones do. The adjective stands on the
        body's ``adjective_side`` of the coordinated one.
        """
        after = self.language.get("adjective_side") != "before"
        words = self.language.folded("coordinator_words") - {",", "،"}
        prefixes = tuple(self.language.folded("coordinator_prefixes"))
        out = list(chunks)
        pairs = zip(out, out[1:]) if after else zip(out[1:], out)
        for k, (body, adjective) in enumerate(pairs):
            if body.via != "body" or adjective.via != "nationality":
                continue
            left, right = (body, adjective) if after else (adjective, body)
            gap = self.scan.text[left.end:right.start].split()
            clitic = self.scan.text[right.start:right.start + right.trim] if after else ""
            if (gap and all(w in words for w in gap)) or (not gap and clitic.startswith(prefixes) and prefixes):
                out[k + 1 if after else k] = Chunk(adjective.start, adjective.end, adjective.actor, "body",
                                                   trim=adjective.trim, body=body.body)
        return out

    def body_beside(self, i: int) -> Item | None:
        """The body noun on the language's side of an adjective: "الحكومة الإسرائيلية", "the Israeli government"."""
        if self.language.get("adjective_side") == "before":
            k = i + 1
            ok = k < len(self.items) and _adjacent(self.scan, self.items[i].end, self.items[k].start)
        else:
            k = i - 1
            ok = k >= 0 and _adjacent(self.scan, self.items[k].end, self.items[i].start)
        if ok and k not in self.used and self.items[k].has("body"):
            self.used.add(k)
            return self.items[k]
        return None

    def plain(self, i: int) -> Chunk | None:
        item = self.items[i]
        if (tag := self.actor_tag(item)) is not None:
            actor = self.kb.actors.get(tag.data)
            if actor is None:
                return None
            return Chunk(item.start, item.end, actor, "gazetteer", agent=actor.type != "Place", trim=tag.prefix)
        if item.has("adjective"):
            state = self.kb.actors.get(item.tag("adjective").data)
            if state is None:
                return None
            if (body := self.body_beside(i)) is not None:
                first = min(body, item, key=lambda it: it.start)
                trim = first.tag("body" if first is body else "adjective").prefix
                return Chunk(first.start, max(body.end, item.end), state, "body", trim=trim, body=body.tag("body").data)
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
