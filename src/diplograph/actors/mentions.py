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
from typing import Callable

from diplograph.lang.forms import nominative
from diplograph.lang.normalise import fold
from diplograph.lang.profile import Language, WordClass
from diplograph.lang.scanner import Item, Scan, Tag
from diplograph.actors.ids import mint_actor, slug
from diplograph.fastinit import fast_init
from diplograph.labels import group_label
from diplograph.types import Actor

__all__ = ["Chunk", "find_chunks", "mention_side", "ministries", "people_noun", "state_ministry"]

_GAP = re.compile(r"[\s\-–—]*")
#: a name with no ending attached (letters, digits, spaces and hyphens only)
_PLAIN_NAME = re.compile(r"[\w\s\-]+")
#: Posts one person holds at a time: a title with no name stands for its holder.
_UNIQUE_POSTS = {"head_of_state", "head_of_government", "foreign_minister", "defence_minister"}
#: Posts of a state's government: held in an international body, they are "other".
_STATE_POSTS = _UNIQUE_POSTS | {"minister"}
#: Body labels (bodies.tsv) of a state's delegation: the titled people who lead it serve its state.
_DELEGATION_BODIES = {"Delegation"}
#: Posts whose unnamed holder stands for the state ("the Chinese minister"): not an adviser's, a spokesman's or a
#: deputy's, nor an ambassador's (who comes to a ministry or is summoned as a messenger, not as the state acting).
_STATE_AGENT_POSTS = _STATE_POSTS | {"envoy"}
#: Posts the knowledge base may give an untitled person's counterpart ("Lavrov ... his Turkish counterpart").
_COUNTERPART_POSTS = {"foreign_minister", "defence_minister"}
#: Predicates of the verbs by which people lead or make up a delegation ("led", "возглавили", "ترأس").
_LEADING = {"chairs", "participatesIn"}
#: Actors whose one-word alias may also be a person's surname ("Wagner"); a state's name is left alone.
_SURNAME_TYPES = ("Organization", "Group", "Coalition")
#: Items that may not stand between a capital and a gathering's noun: another mention, a title ("the Doha
#: envoy talks" is no venue phrase).
_VENUE_GAP_STOPS = frozenset({"actor", "adjective", "capital", "title", "body", "group"})
#: The kinds of item :meth:`_Chains.occupied` reads an occupation from: "the writer", "the diplomat".
_OCCUPATION_KINDS = frozenset({"profession", "description"})
#: The kinds of item :meth:`_Chains.plain` reads a mention from.
_PLAIN_KINDS = frozenset({"actor", "adjective", "capital"})


@fast_init  # (a sentence makes several)
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
    #: joined to the mention before it by a comma alone: a member of a list ("Egypt, Jordan and Qatar")
    listed: bool = False
    #: a capital named as a place ("in Paris"): the state whose capital it is
    state: Actor | None = None
    #: a state's name right after a locative preposition ("held in Egypt"): where, maybe not who
    located: bool = False


def mention_side(chunk: Chunk, country_of: Callable[[Actor], Actor | None]) -> Actor:
    """The one side a mention counts as: a person the state their title names or they serve; any other actor itself.

    A person whose state is unknown is a side of their own, so that they still count.
    ``country_of`` gives the state a person serves on the article's date.

    >>> usa, iran = Actor("country/usa", "United States", "Country"), Actor("country/irn", "Iran", "Country")
    >>> rubio, araghchi = Actor("person/rubio", "Marco Rubio", "Person"), Actor("person/araghchi", "Abbas Araghchi", "Person")
    >>> serves = {"person/araghchi": iran}.get
    >>> [mention_side(Chunk(0, 5, a, "name", country=c), lambda p: serves(p.id)).label
    ...  for a, c in ((rubio, usa), (araghchi, None), (rubio, None), (iran, None))]
    ['United States', 'Iran', 'Marco Rubio', 'Iran']
    """
    actor = chunk.actor
    return (chunk.country or country_of(actor) or actor) if actor.type == "Person" else actor


def people_noun(scan: Scan, chunk: Chunk, language: Language) -> bool:
    """Is a nationality word the people it names, a noun, rather than an adjective of its state?

    An adjective takes no preposition: a nationality word that begins with one of the
    language's ``people_prefixes`` (a preposition fused with the article) is a noun.
    "تهجير للفلسطينيين" (the displacement of Palestinians) names the people, not the state;
    "مواطنين فرنسيين" (French nationals) names France.

    >>> from diplograph.lang.profile import load_language
    >>> from diplograph.types import Actor
    >>> ar, pse = load_language("ar"), Actor("country/pse", "Palestine", "Country")
    >>> text = "تهجير للفلسطينيين"
    >>> scan = type("S", (), {"text": text})()
    >>> people_noun(scan, Chunk(6, len(text), pse, "nationality"), ar)
    True
    >>> scan.text = "مواطنين فلسطينيين"
    >>> people_noun(scan, Chunk(8, len(scan.text), pse, "nationality"), ar)
    False
    """
    prefixes = tuple(language.folded("people_prefixes"))
    return chunk.via == "nationality" and bool(prefixes) and scan.text[chunk.start:chunk.end].startswith(prefixes)


#: The mark that joins a name to a modifier word: "Biden-era", "anti-Iran".
_HYPHEN = "-"
#: The mentions that are a bare name or adjective, not a title chain, group or body ("pro-Russian separatists").
_BARE = frozenset({"gazetteer", "nationality", "metonym", "name"})


#: the inflector's mark of the subject's case (a name in it holds no title in another case)
_NOMINATIVE = "nomn"


def _name_suffixes(language: Language) -> tuple[str, ...]:
    """The folded possessive endings of names (``classes.name.suffixes``): "'s"."""
    name = language.classes.get("name")
    return tuple(fold(x) for x in name.suffixes) if name else ()


def _adjacent(scan: Scan, left_end: int, right_start: int) -> bool:
    return left_end <= right_start and _GAP.fullmatch(scan.text[left_end:right_start]) is not None


def _spaced(text: str, commas: tuple[str, ...]) -> str:
    """``text`` with a space either side of each comma, so that ``split`` makes each comma a word.

    >>> _spaced("a,b", (",",)).split()
    ['a', ',', 'b']
    """
    for comma in commas:
        text = text.replace(comma, f" {comma} ")
    return text


def _joining_phrase(gap: list[str], joining: frozenset[str] | set[str], commas: tuple[str, ...] | str) -> bool:
    """Is the gap between two mentions one coordinator phrase of several words, a comma before it allowed?

    "le Mali ainsi que le Niger", "X, ainsi que Y" (``coordinator_words`` holds the phrase whole,
    not each of its words).

    >>> _joining_phrase([",", "ainsi", "que", "le"], {"ainsi que le", "et"}, ",")
    True
    >>> _joining_phrase(["que", "le"], {"ainsi que le", "et"}, ",")
    False
    """
    words = gap[1:] if gap and gap[0] in commas else gap
    return len(words) > 1 and " ".join(words) in joining


def _verb_shaped(word: str, language: Language) -> bool:
    """Is ``word`` a verb by its affixes alone: a future and a person prefix, then a stem and an object pronoun?

    Such a word ("سيقابله": he will meet him) never starts or continues a name
    after a title, though either affix alone may open or end one ("سيرغي").

    >>> from diplograph.lang.profile import load_language
    >>> ar = load_language("ar")
    >>> _verb_shaped("سيقابله", ar), _verb_shaped("وستجمعها", ar), _verb_shaped("سيرغي", ar)
    (True, True, False)
    """
    def affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
        verb = language.verb
        future, person, objects, clitics = ([fold(a) for a in verb.get(k, ())] for k in
                                            ("future_prefixes", "imperfect_prefixes", "object_suffixes", "proclitics"))
        return tuple(c + f + p for c in ("", *clitics) for f in future for p in person), tuple(objects)

    prefixes, objects = language.memo("verb_shape_affixes", affixes)
    for prefix in prefixes:
        if word.startswith(prefix) and any(word.endswith(o) and len(word) - len(prefix) - len(o) >= 2 for o in objects):
            return True
    return False


def ministries(language: Language) -> frozenset[str]:
    """The body labels that name a state's ministry (bodies.tsv, kind ``ministry``).

    Each is an actor of its own that represents its state ("the Algerian
    interior ministry" is not Algeria itself), the seat the knowledge base names
    where it has one.

    >>> from diplograph.lang.profile import load_language
    >>> sorted(ministries(load_language("en")))[:3], "Government" in ministries(load_language("en"))
    (['Defence Ministry', 'Economy Ministry', 'Energy Ministry'], False)
    """
    return language.memo("ministries", lambda: frozenset(
        row["label"] for row in language.tables.get("bodies", []) if row.get("kind") == "ministry"))


def state_ministry(kb, language: Language, state: Actor, label: str) -> Actor | None:
    """A state's ministry of the kind a body label names, or None where the label names no ministry.

    The knowledge base's seat where it names that body ("the Iranian foreign
    ministry"), else one minted that represents the state ("the Algerian
    interior ministry").

    >>> from diplograph.actors.kb import load_kb
    >>> from diplograph.lang.profile import load_language
    >>> kb, en = load_kb(), load_language("en")
    >>> state_ministry(kb, en, kb.actors["country/usa"], "Treasury").label
    'US Treasury'
    >>> state_ministry(kb, en, kb.actors["country/dza"], "Interior Ministry").represents
    'country/dza'
    >>> state_ministry(kb, en, kb.actors["country/dza"], "Government") is None
    True
    """
    if label not in ministries(language) or state.type != "Country":
        return None
    if (seat := kb.body_of(state.id, label)) is not None:
        return seat
    return Actor(f"body/{state.id.split('/')[-1]}-{slug(label)}", group_label(label, state.label), "GovernmentBody",
                 represents=state.id)


def _split_titles(language: Language) -> list[tuple[str, str, str]]:
    """``(head, tail, position)`` for each title of two or more words, split after its first word.

    An adjective may stand inside such a title: "ministre" + "russe" + "des
    affaires étrangères".
    """
    out = []
    for row in language.tables.get("titles", []):
        forms = [(row["title"], row["position"])]
        forms += [(prefix + row["title"], "other") for prefix in language.words("deputy_prefixes")]
        for title, position in forms:
            head, _, tail = fold(title).partition(" ")
            if tail:
                out.append((head, " " + tail, position))
    # The longest head first: "vice-ministre" before "ministre".
    return sorted(out, key=lambda split: -len(split[0]))


def _by_head(splits: list[tuple[str, str, str]]) -> dict[str, list[tuple[str, str]]]:
    """The split titles indexed by head, in their order (the longest head first)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for head, tail, position in splits:
        out.setdefault(head, []).append((tail, position))
    return out


def _merge_split_titles(scan: Scan, language: Language) -> tuple[Item, ...]:
    """The items, with each title broken by an adjective ("ministre russe des affaires étrangères") made one.

    The merged item carries the title and an ``inner_adjective`` tag (data:
    the state's id and the adjective's span).
    """
    adjectives = scan.of_kind("adjective")
    splits = language.memo("split_titles_by_head", lambda: _by_head(_split_titles(language))) if adjectives else {}
    if not splits:
        return scan.items
    items = list(scan.items)
    lengths = language.memo("split_title_head_lengths", lambda: sorted({len(h) for h in splits}, reverse=True))
    for adjective in adjectives:
        before = scan.spans_between(0, adjective.start)
        if not before or not _adjacent(scan, before[-1][1], adjective.start):
            continue
        b = before[-1][1]
        candidates = ((head, tail, position) for n in lengths if n <= b
                      for head in (scan.text[b - n:b],) for tail, position in splits.get(head, ()))
        for head, tail, position in candidates:
            end = adjective.end + len(tail)
            # The head may hold a hyphen the words split at ("vice-ministre") or follow an elision ("l'").
            a = b - len(head)
            if a < 0 or scan.text[a:b] != head or (a > 0 and scan.text[a - 1].isalnum()) or \
                    not scan.text.startswith(tail, adjective.end):
                continue
            # The word the head ends, with its clitic: "l'ambassadeur".
            a = next((x for x, y in scan.words if x <= a < y), a)
            word = scan.text[a:b]
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
        #: the marks written for a comma, one string each
        self.commas = tuple(language.get("comma_marks"))
        #: spans of names minted from the text, so that no second title takes them
        self.claimed: list[tuple[int, int]] = []
        #: title index -> the index of the title, body or person that owns it ("the president's envoy")
        self.owners: dict[int, int] = {}
        #: indices of items inside a title's complement ("ambassador to Ukraine"): mentions, never agents
        self.complements: set[int] = set()
        #: the chunks found so far, in the order found (title chains first)
        self.found: list[Chunk] = []

    def upper(self, pos: int) -> bool:
        """Is the original character at folded position ``pos`` a capital?"""
        return self.sentence[self.scan.folded.offsets[pos]].isupper()

    def actor_tag(self, item: Item) -> Tag | None:
        """The item's actor tag, unless it is an acronym written in lower case ("who", "us")."""
        tag = item.tag("actor")
        cased = item.tag("cased") if tag is not None else None
        if cased is None:
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
        """Only honorifics, appointment words and commas between a title and a name: "أمير قطر، الشيخ تميم"."""
        if _adjacent(self.scan, end, start):
            return True
        words = _spaced(self.scan.text[end:start], self.commas).split()
        honorifics = self.language.folded("honorifics") | self.language.folded("appointment_words")
        return bool(words) and all(w in honorifics for w in words)

    def case_agrees(self, title: Item, end: int, name: Item) -> bool:
        """Can the known name right after a title be its holder: not in another case ("указом президента Сергей Рябков назначен").

        Where an appointment word stands between, the cases differ ("Министром назначен Ержан Ашикбаев").
        Only a name that can be nothing but the subject is known to disagree: the cases of a
        foreign name's other forms are the dictionary's guess ("Каи Каллас").
        """
        cases = title.tag("title").marks if title.has("title") else frozenset()
        if not cases or _NOMINATIVE in cases:
            return True
        words = _spaced(self.scan.text[end:name.start], self.commas).split()
        if any(w in self.language.folded("appointment_words") for w in words):
            return True
        tag = self.actor_tag(name)
        return tag is None or tag.marks != {_NOMINATIVE}

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
        first_stop = tuple(sorted(self.language.folded("name_first_stop_prefixes"))) or ("\0",)
        limit = self.language.get("name_words_max", 3)
        article_after = self.language.get("name_article_after", limit)
        taken: list[tuple[int, int]] = []
        count, known = 0, None
        for a, b in words:
            word = self.scan.text[a:b]
            if first and taken and word in particles and all(
                    it.kinds == {"stop"} for it in self.items if it.start <= a < it.end):
                taken.append((a, b))  # "Nicolas de Rivière": a particle that is also a stopword, inside a name
                continue
            if self.in_item(a):
                k = next((k for k, it in enumerate(self.items) if it.start == a), None)
                if first and taken and k is not None and self.actor_at(k, "Person"):
                    taken.append((a, self.items[k].end))
                    known = k
                elif k is not None and (taken if first else not taken) and self.surname_alias(k):
                    # "Thérèse Kayikwamba Wagner": an organisation's alias as a person's surname.
                    taken.append((a, self.items[k].end))
                    if not first:
                        continue
                break
            if word in particles and (taken or word not in stop):
                taken.append((a, b))
                continue
            if word in stop or count == limit or _verb_shaped(word, self.language):
                break
            if (taken if first else False) and word.startswith(stop_prefixes):
                break
            # A patronymic ("مساعد بن محمد العيبان") runs longer than a first name and surname.
            if first and word.startswith(first_stop) and (not taken or (count >= article_after and count == len(taken))):
                break
            if self.capitalized and not self.upper(a):
                if first and taken and taken[-1][1] == a - 1 and self.scan.text[a - 1] == _HYPHEN:
                    taken[-1] = (taken[-1][0], b)  # "Han Duck-soo": a name's hyphenated lower-case part
                    continue
                break
            taken.append((a, b))
            count += 1
        while known is None and taken and self.scan.text[slice(*taken[-1])] in particles:
            taken.pop()
        return taken, known

    def surname_alias(self, k: int) -> bool:
        """May item ``k`` end a person's name: one capitalised word that is an organisation's alias ("Wagner")?"""
        item = self.items[k]
        tag = self.actor_tag(item)
        if not self.capitalized or tag is None or tag.prefix or " " in self.scan.text[item.start:item.end]:
            return False
        return self.upper(item.start) and self.actor_at(k, *_SURNAME_TYPES) is not None

    def name_into_alias(self, i: int) -> tuple[int, int] | None:
        """Capitalised words that run straight into an organisation's alias: a person's name.

        "Thérèse Kayikwamba Wagner a signé" names a person; "le groupe Wagner"
        and "the Wagner group" do not. One capitalised word that opens the
        sentence ("Yesterday Wagner") is not enough.
        """
        item = self.items[i]
        if not self.surname_alias(i):
            return None
        taken = self.name_words_before(item.start)
        particles = self.language.folded("name_particles")
        counted = [w for w in taken if self.scan.text[slice(*w)] not in particles]
        if not counted or self.scan.text[slice(*taken[0])] in particles:
            return None
        if len(counted) < 2 and taken[0][0] == self.scan.words[0][0]:
            return None
        return taken[0][0], item.end

    def unknown_name(self, start: int) -> tuple[int, int, int | None] | None:
        """Words after a title that name someone the knowledge base lacks, or that end in a known name.

        Returns:
            The name's span and the index of the known person's item, if any.
        """
        words, last = [], start
        appointing = self.language.folded("appointment_words")
        honorifics = self.language.folded("honorifics") | appointing
        appointed = False  # "министром назначен Ержан Ашикбаев": a full name only, not "назначен Указом"
        for a, b in self.scan.spans_between(start):
            if not _adjacent(self.scan, last, a):
                break
            last = b
            if not words and self.scan.text[a:b] in honorifics:
                appointed = appointed or self.scan.text[a:b] in appointing
                if self.scan.text[a:b + 1] in self.language.folded("abbreviations"):
                    last = b + 1  # "Mr. NAME": the abbreviation's full stop
                continue  # a rank or honorific before the name: "العماد", "General"
            words.append((a, b))
        taken, known = self.name_words(words, first=True)
        counted = [w for w in taken if self.scan.text[slice(*w)] not in self.language.folded("name_particles")]
        if not counted or (len(counted) < 2 and (appointed or not self.capitalized)) \
                or self.is_claimed(taken[0][0], taken[-1][1]):
            return None
        return taken[0][0], taken[-1][1], known

    def name_words_before(self, end: int) -> list[tuple[int, int]]:
        """The name words that run up to ``end``, adjacent to each other, in text order."""
        words, first = [], end
        for a, b in reversed(self.scan.spans_between(0, end)):
            if not _adjacent(self.scan, b, first):
                break
            words.append((a, b))
            first = a
        return self.name_words(words, first=False)[0][::-1]

    def is_claimed(self, start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in self.claimed)

    def unknown_name_before(self, end: int) -> tuple[int, int] | None:
        """Two or more capitalised words that end at ``end``: a name set before an appositive title.

        One word alone ("Separately, the minister") or a place after a
        locative preposition ("In New Delhi, the minister") is not a name.
        """
        taken = self.name_words_before(end)
        particles = self.language.folded("name_particles")
        if taken and self.scan.text[slice(*taken[0])] in particles:
            return None
        if len([w for w in taken if self.scan.text[slice(*w)] not in particles]) < 2:
            return None
        if self.is_claimed(taken[0][0], taken[-1][1]):
            return None  # the name of the title before: "T1, NAME, T2, NAME2"
        if not self.capitalized:
            # Without capitals a name is known only by where it stands: right after the verb
            # that opens the clause ("قال ناصر الشهري، مستشار ..."), in full (no clitic on it).
            opener = next((it for it in self.items if it.end <= taken[0][0] and _adjacent(self.scan, it.end, taken[0][0])),
                          None)
            verb = opener is not None and (opener.has("cue") or any(
                t.kind == "trigger" and t.data.pos == "verb" for t in opener.tags))
            stops = tuple(self.language.folded("name_stop_prefixes")) or ("\0",)
            if not verb or self.scan.text[slice(*taken[0])].startswith(stops) or len(taken) > 3:
                return None
            return taken[0][0], taken[-1][1]
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
        if head.endswith(self.commas):
            end = len(head[:len(head) - 1].rstrip())
        elif (end := self.appointed_before(len(head))) is None:
            return None
        for k, item in enumerate(self.items):
            if item.end == end and (person := self.actor_at(k, "Person")):
                return person, item.start + (self.actor_tag(item) or item.tag("capital")).prefix, k
        if (name := self.unknown_name_before(end)) is not None:
            return mint_actor(self.sentence[slice(*self.scan.folded.span(*name))], "Person"), name[0], None
        return None

    def appointed_before(self, end: int) -> int | None:
        """Where the name ends that appointment words before ``end`` follow ("Иванов назначен | министром"), or None.

        A passive's auxiliary may stand among them ("был назначен"), but alone appoints no one
        ("Иванов был | министром": a past office).
        """
        appointing = self.language.folded("appointment_words")
        auxiliary = self.language.folded("passive_auxiliaries")
        start, found = end, False
        for a, b in reversed(self.scan.spans_between(0, end)):
            word = self.scan.text[a:b]
            if word not in appointing | auxiliary or not _adjacent(self.scan, b, start):
                break
            found, start = found or word in appointing, a
        return len(self.scan.text[:start].rstrip()) if found and start < end else None

    def former(self, start: int, end: int) -> int | None:
        """Where a "former" word before ``start`` begins ("former US President"), or None.

        A word after ``end`` counts too ("الرئيس الأمريكي السابق"): then its end is returned.
        A word listed with a hyphen counts only when a hyphen joins it ("then-President").
        """
        words = self.language.folded("former_words")
        if not words:
            return None
        elisions = tuple(self.language.folded("elision_prefixes"))
        for a, b in self.scan.spans_between(0, start)[-1:]:  # the word before
            word = self.scan.text[a:b]
            bare = next((word[len(e):] for e in elisions if word.startswith(e)), word)
            hyphen = "-" in self.scan.text[b:start]
            if _adjacent(self.scan, b, start) and (words & {word, bare} or (hyphen and words & {word + "-", bare + "-"})):
                return a
        after = self.scan.next_word(end)
        if after is not None and _adjacent(self.scan, end, after[0]) and self.scan.text[slice(*after)] in words:
            return after[1]
        return None

    def acting(self, start: int, end: int) -> tuple[int, int] | None:
        """The span of an ``acting_words`` phrase right before ``start`` or right after ``end``, or None.

        "Acting President", "le ministre par intérim", "وزير الخارجية بالإنابة".
        """
        words = self.language.folded("acting_words")
        if not words:
            return None
        before = self.scan.spans_between(0, start)
        if before and _adjacent(self.scan, before[-1][1], start) and self.scan.text[slice(*before[-1])] in words:
            return before[-1][0], start
        after = self.scan.spans_between(end)[:3]
        if not after or not _adjacent(self.scan, end, after[0][0]):
            return None
        for n in range(len(after), 0, -1):
            if " ".join(self.scan.text[a:b] for a, b in after[:n]) in words:
                return end, after[n - 1][1]
        return None

    def state_before(self, i: int, item: Item) -> tuple[Actor | None, int | None]:
        """The state named right before a title ("French", "Iran's", "Kremlin"), and its item index."""
        if i == 0 or not _adjacent(self.scan, self.items[i - 1].end, item.start):
            return None, None
        prev = self.items[i - 1]
        if prev.has("adjective"):
            return self.kb.actors.get(prev.tag("adjective").data), i - 1
        if prev.has("body") and not prev.has("actor") and i >= 2 and self.items[i - 2].has("adjective") and \
                _adjacent(self.scan, self.items[i - 2].end, prev.start):
            # "Chinese Defence Ministry spokesman": the body's state, the body part of the title's phrase.
            self.used.add(i - 1)
            return self.kb.actors.get(self.items[i - 2].tag("adjective").data), i - 2
        actor = self.actor_at(i - 1, "Country", "Organization", "GovernmentBody")
        return (self.country_of(actor), i - 1) if actor is not None else (None, None)

    def place_before(self, i: int, position: str | None) -> tuple[Actor | None, int | None]:
        """A self-governing territory right before a state's post, and its item index.

        "Greenland Prime Minister", "Kurdistan Region President": the post is
        the territory's own government, so the place is returned as its state.
        A place after a locative preposition ("In Greenland Prime Minister X
        said") is a venue, and a place that lies in no known state (a sea, a
        strait) holds nothing.
        """
        item = self.items[i]
        if i == 0 or position not in _STATE_POSTS or not _adjacent(self.scan, self.items[i - 1].end, item.start):
            return None, None
        place = self.actor_at(i - 1, "Place")
        if place is None or self.after_locative(self.items[i - 1].start) or self.kb.state_of_place(place.id) is None:
            return None, None
        return place, i - 1

    def title_chain(self, i: int) -> Chunk | None:
        item = self.items[i]
        if item.has("possessed") and self.surface(item.start, item.end)[-1:] == item.tag("possessed").data[-1:]:
            # as written: folding spells the pronoun "مستشاره" and the feminine "مستشارة" alike
            return self.possessed_title(i)
        named = None
        if item.has("title"):
            position = item.tag("title").data
        else:
            # "Crown Prince Mohammed bin Salman": a person's alias that begins with a title.
            position, named = self.alias_title(item), self.actor_at(i, "Person")
        if position == "counterpart":
            # "نظيره الأمريكي": the same office as the person named before.
            position = self.last_position or self.known_post_before(i)
            if position is None:
                return None
        start, end, country, person = item.start, item.end, None, None
        #: the state was read off a self-governing territory before the title ("Greenland Prime Minister")
        territory = False
        country_span = None
        taken = {i}
        linked_k = None
        j = i + 1
        if i in self.owners:
            # "مبعوث الرئيس الأمريكي", "the U.S. president's adviser": the owner gives the state, never the person.
            country, country_span, owned, span = self.owner_state(self.owners[i])
            taken |= owned
            start, end = min(start, span[0]), max(end, span[1])
            while j < len(self.items) and self.items[j].start < end:
                j += 1
        # The state: a nationality adjective, a state's name or a seat of government.
        if country is None and (inner := item.tag("inner_adjective")) is not None:
            country, country_span = self.kb.actors.get(inner.data[0]), inner.data[1:]
        if country is None and i not in self.owners and self.language.get("adjective_side") == "before":
            country, k = self.state_before(i, item)
            if country is None:
                country, k = self.place_before(i, position)
                territory = country is not None  # place_before gives only places
            if country is not None:
                start, country_span = self.items[k].start, (self.items[k].start, self.items[k].end)
                taken.add(k)
        indefinite = False
        if named is None and country is None and j < len(self.items) and _adjacent(self.scan, end, self.items[j].start):
            country, k = self.state_after(j)
            indefinite = country is not None and self.indefinite(item, self.items[k])
            if country is None and self.items[j].has("body") and j + 1 < len(self.items) and \
                    _adjacent(self.scan, self.items[j].end, self.items[j + 1].start) and \
                    (self.items[j + 1].has("adjective") or self.actor_at(j + 1, "Country")):
                # "رئيس أركان الجيش الباكستاني": the body of the title's phrase, then its state.
                country, k = self.state_after(j + 1)
                taken.add(j)
                j += 1
                if position in _UNIQUE_POSTS:
                    # "رئيس مجلس الأمن القومي الأوكراني" heads the council, not the state.
                    position = "other"
            if country is not None:
                end, country_span = self.items[k].end, (self.items[k].start, self.items[k].end)
                taken.add(k)
                j += 1
            elif position not in _STATE_POSTS and (placed := self.place_state(j)) is not None:
                # "رئيس بلدية إسطنبول": the place's state holds the post; the place stays a place.
                country, end = placed, self.items[j].end
                self.complements.add(j)
                j += 1
        if named is None and country is None and i not in self.owners and (linked := self.linked_state(end)) is not None:
            # "le secrétaire général des Nations unies", "the president of the European Council"
            country, k = linked
            end, country_span = self.items[k].end, (self.items[k].start, self.items[k].end)
            taken.add(k)
            j, linked_k = k + 1, k
        elif named is None and country is None and i not in self.owners and position not in _STATE_POSTS and \
                (placed := self.linked_place(end)):
            # A local office's state is the place's ("the mayor of Istanbul"); a state's office is never read off a place.
            country, k = placed
            end = self.items[k].end
            self.complements.add(k)
            j = k + 1
        if country is None and i not in self.owners and i > 0 and self.items[i - 1].has("adjective") \
                and self.language.get("title_adjectives_before"):
            # "российский президент": a nationality adjective before the title, where states follow it.
            country, k = self.state_before(i, item)
            if country is not None:
                start, country_span = self.items[k].start, (self.items[k].start, self.items[k].end)
                taken.add(k)
        # "former US President", "l'ancien président": the person, but no office now.
        former = self.former(start, end)
        if former is not None and former > end:
            end = former
            while j < len(self.items) and self.items[j].start < end:
                j += 1
        elif former is not None:
            start = former
        # "Acting Foreign Minister", "وزير الخارجية بالإنابة": the office, but not its holder of record.
        if (acting := self.acting(start, end)) is not None:
            if acting[0] < start and country is None and self.language.get("adjective_side") == "before":
                # "the Iranian acting foreign minister"
                k = next((k for k, it in enumerate(self.items) if it.end <= acting[0] and
                          _adjacent(self.scan, it.end, acting[0]) and k not in self.used), None)
                if k is not None and self.items[k].has("adjective"):
                    country = self.kb.actors.get(self.items[k].tag("adjective").data)
                    country_span = (self.items[k].start, self.items[k].end)
                    acting = (self.items[k].start, acting[1])
                    taken.add(k)
            start, end = min(start, acting[0]), max(end, acting[1])
            while j < len(self.items) and self.items[j].start < end:
                j += 1
        if named is None and country is None and i not in self.owners and (back := self.state_anaphor(i, end)):
            # "глава МИД страны NAME", "главой МИД этой страны NAME": the state named before the title
            country, end = back
            while j < len(self.items) and self.items[j].start < end:
                j += 1
        # "special envoy to the Middle East", "سفير اليابان لدى الأردن": a complement before the name.
        complemented = []
        if named is None and (after := self.complement(end)) is not None:
            end = after
            while j < len(self.items) and self.items[j].start < end:
                complemented.append(j)
                j += 1
        # The person: a known name (perhaps after an honorific or a comma), or
        # words the knowledge base lacks; else a name the title follows.
        via = "title"
        if named is not None:
            person = named
        elif j < len(self.items) and self.honorific_gap(end, self.items[j].start) and (p := self.actor_at(j, "Person")) \
                and self.case_agrees(item, end, self.items[j]):
            person, end = p, self.items[j].end
            taken.add(j)
        elif (unknown := self.unknown_name(end)) is not None:
            end, known = unknown[1:]
            if known is None:
                # named in the nominative whatever the case the title puts it in ("Батбаяром" -> "Батбаяр")
                marks = item.tag("title").marks if item.has("title") else frozenset()
                person, end = self.holder_named(position, country, unknown[0], end, marks=marks)
                self.claimed.append((unknown[0], end))
            else:
                person = self.actor_at(known)
            if known is not None:
                taken.add(known)
        elif (name := self.name_after_comma(end, open_end=country is not None)) is not None:
            # "Ukraine's army chief, Oleksandr Syrskyi, said": the name set off after the title.
            (a, b), k = name
            person = self.actor_at(k) if k is not None else mint_actor(self.surface(a, b), "Person")
            end = b
            if k is not None:
                taken.add(k)
            else:
                self.claimed.append((a, b))
        elif (before := self.appositive(start)) is not None and \
                (before[2] is not None or self.capitalized or country is not None):
            # Without capitals, an unknown name before a title is trusted only with the title's state.
            person, start, k = before
            if k is not None:
                taken.add(k)
            else:
                self.claimed.append((start, start + len(person.label)))
            # "NAME, Sweden's ambassador to Ukraine, visited": the complement's state acts in nothing.
            if closed := self.closed_complement(end):
                end = self.items[closed[0]].end
                complemented += closed
            if country is None:
                # "NAME, директор департамента МИД России, заявил": the post is in that state's body.
                country = self.body_state_in_apposition(end)
        elif former is None and acting is None and country is not None and position in _UNIQUE_POSTS \
                and i not in self.owners and not indefinite:
            person, position = self.post_holder(item, position, country)
            # known from the date, not from the text: the office is the text's only if it names the person
            via = "holder"
        if person is None and former is None and acting is None and not territory and i not in self.owners and \
                position in _STATE_AGENT_POSTS and country is not None and country.type == "Country":
            # "the Chinese minister", "الوزير الصيني": an unnamed official acts for the state
            # (resolve.coref may still name them from an earlier sentence).
            self.used |= taken
            self.complements |= set(complemented) - self.used
            if not complemented and position == "envoy" and (k := self.complement_item(end)) is not None:
                # "the Iranian envoy to France": France is where the post is, it acts in nothing.
                self.complements.add(k)
                end = self.items[k].end
            return Chunk(start, end, country, "office", trim=item.tag("title").prefix if start == item.start else 0)
        if person is None:
            # A state after a title that names no one ("رئيس مجلس الأمن القومي")
            # is part of the title's phrase, not a mention of its own; one joined
            # by a link word stays one ("the spokesman of the Kremlin said").
            self.used |= {k for k in taken if k > i and k != linked_k}
            if position in ("ambassador", "envoy") and (k := self.complement_item(end)) is not None:
                # "استقبل لافروف السفير الأردني لدى روسيا": where the post is acts in nothing
                self.complements.add(k)
            return None
        if country is None and named is None and (state := self.state_after_name(end)) is not None:
            # "Ambassador NAME of Ghana"
            country, k = state
            country_span = (self.items[k].start, self.items[k].end)
            taken.add(k)
        if (titled := self.titled_position(item, person)) is not None:
            # "President Pezeshkian": Iran's President heads the government
            position = titled
        offices = [o for o in self.kb.offices_on(person.id, self.day) if o.position == position]
        if (country is None or territory) and offices and offices[0].country in self.kb.actors:
            # A known holder's own state wins over a place that merely stands before the title.
            country = self.kb.actors[offices[0].country]
        if country is not None and country.type not in ("Country", "Place") and position in _STATE_POSTS:
            # The President of the European Commission heads a body, not a state.
            position = "other"
        self.used |= taken
        # The state a complement names ("لدى لبنان", "to Ukraine") is mentioned, but acts in nothing.
        self.complements |= set(complemented) - self.used
        self.last_position = position
        lead = (item.tag("title") or item.tag("actor")).prefix
        title = self.surface(item.start + lead, item.end) if named is None else self.alias_title_text(item)
        trim = lead if start == item.start else 0
        return Chunk(start, end, person, via, True, None if former is not None else position, country, title, trim,
                     country_span)

    def state_anaphor(self, i: int, end: int) -> tuple[Actor, int] | None:
        """The state a title's anaphoric complement ("страны", "этой страны": of the country) stands for, and its end.

        The last state named before the title by its name or capital: "Австралия ввела санкции, сообщила глава
        МИД страны NAME" (Australia), "прибыл в Уагадугу ... с главой МИД этой страны NAME" (Burkina Faso). A
        nationality adjective ("российских компаний") only describes: it is skipped. None without such a state.
        """
        phrases = self.language.folded("title_state_anaphors")
        if not phrases:
            return None
        after = self.scan.text[end:end + 40].split()
        words = next((n for n in (2, 1) if " ".join(after[:n]) in phrases and len(after) > n), None)
        if words is None or not self.scan.text[end:end + 1].isspace():
            return None
        for k in range(i - 1, -1, -1):
            if (state := self.actor_at(k, "Country")) is not None:
                stop = self.scan.spans_between(end)[words - 1][1]
                return state, stop
        return None

    def possessed_title(self, i: int) -> Chunk | None:
        """A title whose owner is a pronoun and the name after it: "مستشاره مايك والتز", "his envoy, NAME".

        The post is the person's own office on the date where the knowledge
        base has one; else the state of the only actor named before in the
        sentence (whom the pronoun refers to); else the person has no role.
        """
        item = self.items[i]
        position, end, j, k = item.tag("title").data, item.end, i + 1, None
        if j < len(self.items) and self.honorific_gap(end, self.items[j].start) and (p := self.actor_at(j, "Person")):
            person, end, k = p, self.items[j].end, j
        elif (unknown := self.unknown_name(end)) is not None:
            a, end, k = unknown
            person = self.actor_at(k) if k is not None else mint_actor(self.surface(a, end), "Person")
        elif (name := self.name_after_comma(end)) is not None:
            (a, end), k = name
            person = self.actor_at(k) if k is not None else mint_actor(self.surface(a, end), "Person")
        else:
            return None
        if k is None:
            self.claimed.append((item.end, end))
        else:
            self.used.add(k)
        self.used.add(i)
        offices = [o for o in self.kb.offices_on(person.id, self.day) if o.position == position]
        country = self.kb.actors.get(offices[0].country) if offices else self.possessor_state(i)
        lead = item.tag("title").prefix
        return Chunk(item.start, end, person, "title", True, position if country is not None else None, country,
                     self.surface(item.start + lead, item.end), lead)

    def possessor_state(self, i: int) -> Actor | None:
        """The state of the only actor (a person, a state or its body) named before item ``i`` in the sentence."""
        item = self.items[i]
        # a state's group counts as its state here: the owner of "its spokesman" after "Georgian police" is Georgia
        sides = {(chunk.country or mention_side(chunk, self.country_of_person)).id for chunk in self.found
                 if chunk.end <= item.start and chunk.agent}
        for k in range(i):
            actor = self.actor_at(k)
            if actor is None:
                continue
            state = self.country_of_person(actor) if actor.type == "Person" else self.country_of(actor) \
                if actor.type == "GovernmentBody" else actor if actor.type == "Country" else None
            sides.add(state.id if state is not None else actor.id)
        return self.kb.actors.get(next(iter(sides))) if len(sides) == 1 else None

    def indefinite(self, title: Item, state: Item) -> bool:
        """Is a title with no article joined to its state by a link clitic: "a president for the republic"?

        «انتخاب رئيس للجمهورية اللبنانية» speaks of electing a president, not of
        the one in office; «رئيس الجمهورية اللبنانية» (a construct) is definite.
        """
        articles = tuple(self.language.folded("article_prefixes"))
        links = self.language.folded("title_links")
        if not articles or not links:
            return False
        lead = (title.tag("title") or Tag("title")).prefix
        if self.scan.text[title.start + lead:title.end].startswith(articles):
            return False
        # the link clitic met with the state's article ("ل" + "ال": "لل"), as lexicons/<lang>/language.yaml joins them
        joined = tuple(fold(seam) for clitic, article, seam in self.language.junctions
                       if clitic in links and article in articles)
        return bool(joined) and self.scan.text[state.start:state.end].startswith(joined)

    def post_holder(self, item: Item, position: str, country: Actor) -> tuple[Actor | None, str]:
        """Who held the post a title names for a state on the date, and the post's position.

        A title that names an office by its written title wins over its
        position: "the Iranian president" is Iran's President, who heads the
        government (its head of state is the Supreme Leader). A feminine title
        ("وزيرة الخارجية", "la présidente") names the holder only if she is a woman.
        """
        if (tag := item.tag("office_title")) is not None and self.kb.has_titled_post(tag.data, country.id):
            # no one on the date (an interim): never the holder of the position instead
            office = self.kb.titled_office(tag.data, country.id, self.day)
            holder = self.kb.actors[office.person] if office is not None else None
            position = office.position if office is not None else position
        else:
            holder = self.kb.holder(position, country.id, self.day)
        if holder is not None and self.feminine(item) and not self.kb.is_woman(holder.id):
            return None, position  # the text speaks of a woman: another date's holder, or the data lacks her
        return holder, position

    def feminine(self, item: Item) -> bool:
        """Whether a title speaks of a woman: a feminine title, or a feminine determiner right before it ("la ministre")."""
        if item.has("feminine"):
            return True
        words = self.language.folded("feminine_determiners")
        if not words or item.tag("title").prefix:
            return False
        before = self.scan.words_between(max(0, item.start - 12), item.start)
        return bool(before) and before[-1] in words and not self.scan.text[item.start - 1:item.start].strip()

    def titled_position(self, item: Item, person: Actor) -> str | None:
        """The position of the office a named person holds under the title's written title, if any."""
        if (tag := item.tag("office_title")) is None:
            return None
        wanted = fold(tag.data)
        return next((o.position for o in self.kb.offices_on(person.id, self.day)
                     if fold(self.kb.title(o) or "") == wanted), None)

    def known_post_before(self, i: int) -> str | None:
        """The state post the knowledge base gives the last person named before item ``i``, untitled there.

        "Lavrov spoke with his Turkish counterpart": Lavrov's post on the date
        is the counterpart's. Only a minister's post of one portfolio: a leader's
        counterpart may be the other state's president or its prime minister.
        """
        for k in range(i - 1, -1, -1):
            if (person := self.actor_at(k, "Person")) is not None:
                posts = {o.position for o in self.kb.offices_on(person.id, self.day)} & _COUNTERPART_POSTS
                return posts.pop() if len(posts) == 1 else None
        return None

    def plural_title_chain(self, i: int) -> list[Chunk]:
        """People who share one plural title, each with a state of their own, paired in order.

        "Chinese and US presidents Xi Jinping and Donald Trump" (the states
        before the title where the language puts adjectives first), "الرئيسان
        الصيني شي جين بينغ والأمريكي دونالد ترامب" (state and name in turn),
        "les présidents russe et américain, Vladimir Poutine et Donald Trump"
        (the states, then the names). Nothing unless there are two names or
        more, as many as states: a plural title alone stays a description.
        """
        item = self.items[i]
        states = self.states_listed_before(i) if self.language.get("adjective_side") == "before" else []
        listed = self.listed_after(i, named_first=bool(states))
        states += [(actor, k) for kind, actor, k, _ in listed if kind == "state"]
        names = [(actor, k, span) for kind, actor, k, span in listed if kind == "name"]
        kinds = "".join(kind[0] for kind, *_ in listed)
        # "sn" in turn, or all the states first: "snsn", "ssnn", "nn" (states before the title).
        shapes = {"sn" * len(names), "s" * (len(kinds) - len(names)) + "n" * len(names)}
        if len(names) < 2 or len(states) != len(names) or kinds not in shapes:
            return []
        position = item.tag("plural_title").data
        title = self.surface(item.start + item.tag("plural_title").prefix, item.end)
        self.used.add(i)
        chunks = []
        for n, ((state, s), (person, k, (a, b))) in enumerate(zip(states, names)):
            state_item = self.items[s]
            self.used.add(s)
            if k is not None:
                self.used.add(k)
            else:
                self.claimed.append((a, b))
            # The first name's chunk opens at a title right before it, so that no anaphor is read there.
            first = n == 0 and item.end <= a
            start = item.start if first else a
            trim = item.tag("plural_title").prefix if first else 0
            if n and chunks and chunks[-1].end <= state_item.start and state_item.end <= a:
                # a later name opens at its own state right before it ("... والأردني أيمن الصفدي"), whose
                # clitic joins it to the one before: coordinated, never the first one's object
                start, trim = state_item.start, self.state_tag(state_item).prefix
            elif n and k is not None and (tag := self.actor_tag(self.items[k])) is not None:
                trim = tag.prefix  # "... بدر عبد العاطي وأيمن الصفدي": the name's own clitic
            chunks.append(Chunk(start, b, person, "title", True, position, state, title, trim,
                                (state_item.start + self.state_tag(state_item).prefix, state_item.end)))
        self.last_position = position
        return chunks

    def state_tag(self, item: Item) -> Tag:
        """The tag by which an item names a state: its adjective, actor or capital tag."""
        return item.tag("adjective") or self.actor_tag(item) or item.tag("capital")

    def listed_state(self, k: int) -> Actor | None:
        """The state the item at ``k`` names in a list: a nationality adjective or a state's name."""
        if k in self.used:
            return None
        if self.items[k].has("adjective"):
            return self.kb.actors.get(self.items[k].tag("adjective").data)
        return self.actor_at(k, "Country")

    def function_item(self, k: int) -> bool:
        """Is the item at ``k`` a function word only (a stopword or a clause word: "and")?"""
        return self.items[k].kinds <= {"stop", "clause"}

    def list_gap(self, end: int, start: int, *, links: bool = False) -> bool:
        """Only commas and coordinators between two members of a list (or nothing: a clitic "و" joins them).

        With ``links``, title link words too: "the foreign ministers of Guyana, NAME, and of Venezuela, NAME".
        """
        allowed = self.language.folded("coordinator_words") | set(self.commas)
        if links:
            allowed = allowed | {w for link in self.language.folded("title_links") for w in link.split()}
        return all(w in allowed for w in _spaced(self.scan.text[end:start], self.commas).split())

    def states_listed_before(self, i: int) -> list[tuple[Actor, int]]:
        """The states listed right before the title at ``i``, in text order: "Chinese and US presidents"."""
        out, right = [], self.items[i].start
        for k in range(i - 1, -1, -1):
            item = self.items[k]
            if self.function_item(k) and self.list_gap(item.start, item.end):
                continue
            gap_ok = _adjacent(self.scan, item.end, right) if not out else self.list_gap(item.end, right)
            state = self.listed_state(k) if gap_ok else None
            if state is None:
                break
            out.append((state, k))
            right = item.start
        return out[::-1]

    def listed_after(self, i: int, *, named_first: bool = False) -> list[tuple[str, Actor, int | None, tuple[int, int]]]:
        """States and names listed after the title at ``i``: ``(kind, actor, item index, span)``.

        A name is a known person or words the knowledge base lacks (minted, index
        None); an unknown name opens the list only with ``named_first`` (the
        states stood before the title).
        """
        out: list[tuple[str, Actor, int | None, tuple[int, int]]] = []
        end = self.items[i].end
        while True:
            k = next((k for k in range(len(self.items)) if self.items[k].start >= end and
                      not self.function_item(k)), None)
            gap_end = self.items[k].start if k is not None else len(self.scan.text)
            if k is not None and self.list_gap(end, gap_end, links=True) and (state := self.listed_state(k)) is not None:
                out.append(("state", state, k, (self.items[k].start, self.items[k].end)))
                end = self.items[k].end
                continue
            if k is not None and self.list_gap(end, gap_end, links=True) and (person := self.actor_at(k, "Person")) is not None:
                out.append(("name", person, k, (self.items[k].start, self.items[k].end)))
                end = self.items[k].end
                continue
            if k is not None and k + 1 < len(self.items) and self.items[k].has("title") and \
                    self.list_gap(end, gap_end, links=True) and \
                    self.honorific_gap(self.items[k].end, self.items[k + 1].start) and \
                    (person := self.actor_at(k + 1, "Person")) is not None:
                # A title of the person's own in the list: "..., NAME and King Abdullah".
                self.used.add(k)
                out.append(("name", person, k + 1, (self.items[k].start, self.items[k + 1].end)))
                end = self.items[k + 1].end
                continue
            # An unknown name: the first word after the gap. Where names are not capitalised it
            # is trusted only right after its state ("والأردني أيمن الصفدي").
            joining = self.language.folded("coordinator_words") | set(self.commas)
            start = next((a for a, b in self.scan.words if a >= end and self.scan.text[a:b] not in joining), None)
            if start is None or not self.list_gap(end, start, links=True) or not (out or named_first):
                return out
            if not self.capitalized and (not out or out[-1][0] != "state" or not _adjacent(self.scan, end, start)):
                return out
            if out and out[-1][0] == "name" and not self.scan.text[end:start].strip():
                return out  # two names with nothing between them are one
            unknown = self.unknown_name(start)
            if unknown is None or unknown[2] is not None:
                return out
            a, b = unknown[:2]
            out.append(("name", mint_actor(self.surface(a, b), "Person"), None, (a, b)))
            end = b

    def group_chain(self, i: int) -> Chunk | None:
        """An unnamed collective and the state it belongs to: "Iranian police", "الشرطة السويدية", "protesters in Tbilisi".

        The state is a nationality adjective or a state on the language's
        adjective side, else a state or capital after a locative preposition
        (whose phrase the group's mention spans). A named organisation before
        the noun acts itself ("Hamas fighters"); a group with no state is an
        actor only as the subject of the verb right after it ("Police arrested").
        """
        item = self.items[i]
        key, label = item.tag("group").data
        start, end, country, span = item.start, item.end, None, None
        k = None
        if self.language.get("adjective_side") == "before":
            country, k = self.state_before(i, item)
            if country is not None:
                start = self.items[k].start
        elif i + 1 < len(self.items) and _adjacent(self.scan, item.end, self.items[i + 1].start):
            country, k = self.state_after(i + 1)
            if country is not None:
                end = self.items[k].end
        if country is None and self.language.get("adjective_side") != "before" \
                and self.language.get("title_adjectives_before"):
            # "грузинская полиция": a nationality adjective may stand before the group, as before a title
            country, k = self.state_before(i, item)
            if country is not None:
                start = self.items[k].start
        if country is not None and (joined := self.hyphen_joined(self.items[k].start, self.items[k].end)) is not None \
                and not any(it.start <= joined < it.end for it in (item, *self.items[k:k + 1])):
            # "pro-Russian separatists", "Russian-speaking protesters": the adjective names no state they belong to
            country, k, start, end = None, None, item.start, item.end
        if item.has("body") and (country is not None or self.located_state(item.end) is not None):
            return None  # "Russian troops": a state's body (bodies.tsv), not a group
        if country is not None:
            span = (self.items[k].start, self.items[k].end)
            self.used.add(k)
        elif (located := self.located_state(item.end)) is not None:
            # "protesters in Tbilisi": the phrase is the group, so that the place does not
            # stand between it and its verb; the capital names the group's state.
            country, span = located
            end = span[1]
            self.used |= {n for n, it in enumerate(self.items) if span[0] <= it.start < span[1]}
        self.used.add(i)
        trim = item.tag("group").prefix if start == item.start else 0
        if country is None:
            # "police" alone often stands inside a phrase ("force by police against ...", "the
            # police station"): a group with no state is an actor only as a verb's subject.
            if not self.verb_follows(end):
                return None
            return Chunk(start, end, Actor(f"group/{slug(key)}", label, "Group"), "group", trim=trim)
        if country.type == "Organization":
            # "Greenpeace activists", "Hamas fighters": the named organisation acts.
            return Chunk(start, end, country, "group", trim=trim)
        actor = Actor(f"group/{slug(key)}-{slug(country.id.split('/')[-1])}", group_label(label, country.label),
                      "Group", represents=country.id)
        return Chunk(start, end, actor, "group", country=country, country_span=span, trim=trim)

    def verb_follows(self, end: int) -> bool:
        """Does a trigger follow ``end`` with only subject gap words between ("Police did not arrest")?"""
        trigger = next((it for it in self.items if it.start >= end and it.has("trigger")), None)
        if trigger is None:
            return False
        gap = self.language.folded("subject_gap_words")
        return all(self.scan.text[a:b] in gap for a, b in self.scan.words if end <= a and b <= trigger.start)

    def located_state(self, end: int) -> tuple[Actor, tuple[int, int]] | None:
        """The state of a capital or state right after a locative preposition at ``end`` ("in Tbilisi"), and its span."""
        words = self.scan.spans_between(end)[:1]
        if not words or not _adjacent(self.scan, end, words[0][0]):
            return None
        if self.scan.text[slice(*words[0])] not in self.language.folded("locative_prefixes"):
            return None
        after = words[0][1]
        for it in self.items:
            if it.start < after or it.kinds == {"stop"}:
                continue
            if not _adjacent(self.scan, after, it.start):
                return None
            tag = it.tag("capital") or self.actor_tag(it)
            actor = self.kb.actors.get(tag.data) if tag is not None else None
            if actor is None or actor.type != "Country":
                return None
            return actor, (it.start + tag.prefix, it.end)
        return None

    def state_after(self, j: int) -> tuple[Actor | None, int]:
        """The state that the item at ``j`` names for a title before it: an adjective, a state, a body."""
        nxt = self.items[j]
        if nxt.has("adjective"):
            return self.kb.actors.get(nxt.tag("adjective").data), j
        if actor := self.actor_at(j, "Country", "Organization", "GovernmentBody"):
            return self.country_of(actor), j
        return None, j

    def linked_state(self, end: int) -> tuple[Actor, int] | None:
        """The state or body a link word joins to a title ending at ``end``, and its item index.

        "le secrétaire général des Nations unies", "the president of the
        European Council" (the title ends in its link word; an article may
        follow). A person is never the title's state: "the adviser of Trump"
        is an owner (:meth:`find_owners`).
        """
        k = self.linked_index(end)
        if k is None:
            return None
        actor = self.actor_at(k, "Country", "Organization", "GovernmentBody")
        return (self.country_of(actor), k) if actor is not None and self.country_of(actor) is not None else None

    def linked_place(self, end: int) -> tuple[Actor, int] | None:
        """The state of a place a link word joins to a title: "the mayor of Istanbul", "le gouverneur de Kherson".

        The place stays a place (a complement of the title); the post is the state's.
        """
        k = self.linked_index(end)
        state = self.place_state(k) if k is not None else None
        return (state, k) if state is not None else None

    def place_state(self, k: int) -> Actor | None:
        """The state the place at item ``k`` lies in, if the item is a known place not yet used."""
        place = self.actor_at(k, "Place") if k is not None else None
        return self.kb.state_of_place(place.id) if place is not None else None

    def linked_index(self, end: int) -> int | None:
        """The index of the item a link word joins to a title ending at ``end`` ("of", "de la"), if any."""
        k = next((k for k, it in enumerate(self.items) if it.start >= end and it.kinds != {"stop"}), None)
        if k is None or k in self.used:
            return None
        links = self.language.folded("title_links")
        determiners = self.language.folded("determiners")
        gap = self.scan.text[end:self.items[k].start].split()
        if not gap:
            return None  # adjacent: the title's own state, read by state_after
        bare = list(gap)
        while bare and bare[-1] in determiners:
            bare.pop()
        before = self.scan.text[:end].split()
        if not (" ".join(gap) in links or " ".join(bare) in links or (not bare and before and before[-1] in links)):
            return None
        return k

    def find_owners(self) -> dict[int, int]:
        """Titles owned by another title or a person: {owned title: owner}.

        "مبعوث الرئيس الأمريكي ستيف ويتكوف", "l'envoyé spécial du président
        français", "the U.S. president's senior adviser", "Trump's envoy": the
        owner names the state; the person is the one the owned title names.
        A title with a state of its own ("رئيس أركان الجيش الباكستاني") has no owner.
        """
        owners: dict[int, int] = {}
        links = self.language.folded("title_links")
        suffixes = self.language.memo("owner_suffixes", lambda: tuple(
            fold(x) for name in ("title", "name") for x in self.language.classes.get(name, WordClass()).suffixes))
        before = self.language.get("adjective_side") == "before"
        articles = tuple(self.language.folded("article_prefixes")) or ("\0",)
        for i, item in enumerate(self.items):
            if not item.has("title") or item.tag("title").data == "counterpart" or item.has("inner_adjective"):
                continue
            # The owner set before, with a possessive ending: "the president's adviser".
            if before and i > 0 and _adjacent(self.scan, self.items[i - 1].end, item.start):
                prev = self.items[i - 1]
                text = self.scan.text[prev.start:prev.end]
                if suffixes and text.endswith(suffixes) and (prev.has("title") or self.person_tag(prev)):
                    owners[i] = i - 1
                    continue
            # The owner after, joined by a link word or (where the language allows) directly.
            k = self.next_content(i)
            if k is None:
                continue
            nxt = self.items[k]
            gap = " ".join(self.scan.text[item.end:nxt.start].split())
            if gap and gap not in links or (not gap and before):
                continue
            if self.state_after(k)[0] is not None:
                continue  # the title's own state: "رئيس أركان الجيش الباكستاني"
            # A person owns a title only through a link word or clitic ("المبعوث الخاص لترامب"):
            # right after a title, a person is the one who holds it.
            # A title with a clitic of its own ("ولي العهد والرئيس التركي") is coordinated, not an owner.
            tag = nxt.tag("title") or self.actor_tag(nxt)
            clitic = self.scan.text[nxt.start:nxt.start + tag.prefix] if tag is not None else ""
            if clitic and clitic not in links:
                continue
            head = self.scan.text[item.start + item.tag("title").prefix:item.end]
            if not gap and not clitic and head.startswith(articles):
                continue  # a definite title heads no construct: "الوزير سفيرة الدنمارك"
            linked = bool(gap) or bool(clitic)
            if (nxt.has("title") and nxt.tag("title").data != "counterpart") or (linked and self.person_tag(nxt)):
                owners[i] = k
        return owners

    def next_content(self, i: int) -> int | None:
        """The index of the first item after ``i`` that is more than a function word."""
        return next((k for k in range(i + 1, len(self.items)) if self.items[k].kinds != {"stop"}), None)

    def person_tag(self, item: Item) -> Actor | None:
        tag = self.actor_tag(item)
        actor = self.kb.actors.get(tag.data) if tag is not None else None
        return actor if actor is not None and actor.type == "Person" else None

    def owner_state(self, k: int) -> tuple[Actor | None, tuple[int, int] | None, set[int], tuple[int, int]]:
        """The state of the owner at ``k``, its span, the items it takes and the span of the owner phrase."""
        owner = self.items[k]
        taken, span = {k}, (owner.start, owner.end)
        if (person := self.person_tag(owner)) is not None:
            return self.country_of_person(person), None, taken, span
        if (inner := owner.tag("inner_adjective")) is not None:
            return self.kb.actors.get(inner.data[0]), inner.data[1:], taken, span
        if self.language.get("adjective_side") == "before":
            country, s = self.state_before(k, owner)
            if country is not None:
                taken.add(s)
                return country, (self.items[s].start, self.items[s].end), taken, (self.items[s].start, owner.end)
            return None, None, taken, span
        if k + 1 < len(self.items) and _adjacent(self.scan, owner.end, self.items[k + 1].start):
            country, s = self.state_after(k + 1)
            if country is not None:
                taken.add(s)
                return country, (self.items[s].start, self.items[s].end), taken, (owner.start, self.items[s].end)
        return None, None, taken, span

    def country_of_person(self, person: Actor) -> Actor | None:
        return self.kb.state_served(person.id, self.day)

    def body_state_in_apposition(self, end: int) -> Actor | None:
        """The state of the last government body between a title after a name and the comma that closes it.

        "NAME, director of the CIS department of the Russian Foreign Ministry,
        said": Russia. A state or organisation named there is no employer
        ("director of the department for Iran"), and with no closing comma there is no apposition.
        """
        stops = [k for c in self.commas if (k := self.scan.text.find(c, end)) >= 0]
        if not stops:
            return None
        stop, state = min(stops), None
        for k, item in enumerate(self.items):
            if end <= item.start and item.end <= stop and (body := self.actor_at(k, "GovernmentBody")) is not None:
                state = self.country_of(body)
        return state

    def closed_complement(self, end: int) -> list[int]:
        """The items of a complement right after ``end`` that a comma closes ("to Ukraine," in "NAME, T to Ukraine,")."""
        words = self.scan.spans_between(end)[:3]
        complements = self.language.folded("title_complements")
        for size in range(len(words), 0, -1):
            if not _adjacent(self.scan, end, words[0][0]) or \
                    " ".join(self.scan.text[a:b] for a, b in words[:size]) not in complements:
                continue
            after = words[size - 1][1]
            k = next((k for k, it in enumerate(self.items) if it.start >= after and it.kinds != {"stop"}), None)
            if k is None or not _adjacent(self.scan, after, self.items[k].start) or \
                    not self.scan.text[self.items[k].end:].lstrip().startswith(self.commas):
                return []
            return [k] if self.actor_at(k, "Country", "Place", "Organization") is not None else []
        return []

    def complement(self, end: int) -> int | None:
        """Where a complement after a title ends: "to the Middle East", "لدى الأردن", "pour le Liban".

        A complement word (``title_complements``) and then a state or place
        of the lexicon, or (where names are capitalised) capitalised words.
        The complement is followed by a name or a comma and a name; None where none stands there.
        """
        words = self.scan.spans_between(end)
        if not words:
            return None
        complements = self.language.folded("title_complements")
        tails = self.language.folded("title_tails")
        texts = [self.scan.text[a:b] for a, b in words[:3]]  # (the words the phrases below are made of, cut once)
        for size in (3, 2, 1):
            phrase = " ".join(texts[:size])
            if len(words) > size and phrase in tails and _adjacent(self.scan, end, words[0][0]):
                return words[size - 1][1]
        for size in (3, 2, 1):
            if len(words) <= size or not _adjacent(self.scan, end, words[0][0]):
                continue
            phrase = " ".join(texts[:size])
            if phrase not in complements or not all(_adjacent(self.scan, words[n][1], words[n + 1][0])
                                                    for n in range(size - 1)):
                continue
            after = words[size - 1][1]
            nxt = next((it for it in self.items if it.start >= after and it.kinds != {"stop"}), None)
            if nxt is not None and _adjacent(self.scan, after, nxt.start) and \
                    (nxt.has("actor") or nxt.has("capital") or nxt.has("adjective")):
                return nxt.end if self.name_follows(nxt.end) else None
            if self.capitalized:
                caps = []
                for a, b in words[size:]:
                    if not _adjacent(self.scan, caps[-1][1] if caps else after, a) or not self.upper(a) or len(caps) == 3:
                        break
                    caps.append((a, b))
                if caps and self.scan.text[caps[-1][1]:caps[-1][1] + 1] in self.commas:
                    return caps[-1][1]
            return None
        return None

    def complement_item(self, end: int) -> int | None:
        """The item a complement word right after ``end`` governs, with no name after it: "ambassador to France"."""
        words = self.scan.spans_between(end)[:4]
        complements = self.language.folded("title_complements")
        for size in (3, 2, 1):
            if len(words) <= size or not _adjacent(self.scan, end, words[0][0]) or \
                    " ".join(self.scan.text[a:b] for a, b in words[:size]) not in complements:
                continue
            after = words[size - 1][1]
            k = next((k for k, it in enumerate(self.items) if it.start >= after and it.kinds != {"stop"}), None)
            if k is not None and _adjacent(self.scan, after, self.items[k].start) and \
                    (self.items[k].has("actor") or self.items[k].has("capital")):
                return k
        return None

    def name_follows(self, end: int) -> bool:
        """Does a person's name follow ``end``: a known one, an unknown one, or one set off by a comma?

        A complement is part of the title only then: "l'envoyé pour le Liban, NAME",
        not "la visite du ministre allemand en Égypte", where it is the visit's place.
        """
        k = next((i for i, it in enumerate(self.items) if it.start >= end), None)
        if k is not None and self.honorific_gap(end, self.items[k].start) and self.actor_at(k, "Person"):
            return True
        return self.unknown_name(end) is not None or self.name_after_comma(end) is not None

    def name_after_comma(self, end: int, *, open_end: bool = False) -> tuple[tuple[int, int], int | None] | None:
        """A name set off by commas right after a title: "the army chief, Oleksandr Syrskyi, said".

        A known person (with its item's index) or two capitalised words or more (index None).
        """
        if not self.capitalized:
            return None
        rest = self.scan.text[end:]
        stripped = rest.lstrip()
        if not stripped.startswith(self.commas):
            return None
        start = end + len(rest) - len(stripped) + 1
        start += len(self.scan.text[start:]) - len(self.scan.text[start:].lstrip())
        start = self.past_honorific(start)
        known = next((k for k, it in enumerate(self.items) if it.start == start), None)
        if known is not None and self.actor_at(known, "Person"):
            a, b = self.items[known].start, self.items[known].end
        elif (unknown := self.unknown_name(start)) is not None and unknown[2] is None:
            a, b = unknown[:2]
            known = None
            counted = [w for w in self.scan.words_between(a, b) if w not in self.language.folded("name_particles")]
            if len(counted) < 2:
                return None
        else:
            return None
        # The name is set off: a comma or the sentence's end closes it; after a title
        # with its state the clause may go on ("le ministre rwandais des Affaires étrangères, NAME a déclaré").
        if not open_end and self.scan.text[b:].lstrip()[:1] not in (*self.commas, ".", ")", ""):
            return None
        return (a, b), known

    def past_honorific(self, start: int) -> int:
        """Where a name starts after an honorific, perhaps abbreviated or after an article: "le prince NAME", "the General NAME", "Mr. NAME"."""
        text = self.scan.text[start:]
        words = text.split(maxsplit=2)
        honorifics = self.language.folded("honorifics")
        skip = 1 if len(words) == 3 and words[0] in self.language.folded("title_articles") else 0
        if len(words) > skip + 1 and (words[skip] in honorifics or (
                words[skip] in self.language.folded("abbreviations") and words[skip].rstrip(".") in honorifics)):
            return len(self.scan.text) - len(text.split(maxsplit=skip + 1)[-1])  # the rest, as split leaves it, ends the text
        return start

    def state_after_name(self, end: int) -> tuple[Actor, int] | None:
        """The state after a name and a link word: "Ambassador Gareth Bynoe of Saint Vincent"."""
        links = self.language.folded("name_state_links")
        for k, it in enumerate(self.items):
            if it.start < end or it.kinds == {"stop"}:
                continue
            gap = " ".join(self.scan.text[end:it.start].split())
            if gap in links and k not in self.used and (actor := self.actor_at(k, "Country")):
                return actor, k
            return None
        return None

    def holder_named(self, position: str, country: Actor | None, start: int, end: int, *,
                     marks: frozenset = frozenset()) -> tuple[Actor, int]:
        """The person the name at ``start:end`` after a title names, and where the name ends.

        The office's holder when the name, or its first words, ends in the
        holder's surname ("رئيس الجمهورية اللبنانية جوزاف عون" spells the
        president's name otherwise than the knowledge base); else a new person.
        """
        holder = None
        if country is not None and position in _UNIQUE_POSTS:
            holder = self.kb.holder(position, country.id, self.day)
        if holder is not None:
            surnames = {fold(label.split()[-1]) for label in (holder.label, *holder.labels.values()) if label.strip()}
            words = self.scan.spans_between(start, end)
            for a, b in words[1:]:
                if self.scan.text[a:b] in surnames:
                    return holder, b
        return mint_actor(nominative(self.language, self.surface(start, end), marks), "Person"), end

    def alias_title(self, item: Item) -> str | None:
        """The position of the title a person's alias begins with ("Crown Prince Mohammed bin Salman"), if any."""
        if "actor" not in item.kinds:  # asked of every item: most are none
            return None
        tag = self.actor_tag(item)
        actor = self.kb.actors.get(tag.data) if tag is not None else None
        if actor is None or actor.type != "Person":
            return None
        titles = self.language.memo("title_forms", lambda: sorted(
            ((fold(row["title"]) + " ", row["position"]) for row in self.language.tables.get("titles", [])),
            key=lambda pair: -len(pair[0])))
        text = self.scan.text[item.start + tag.prefix:item.end]
        if not text.startswith(self.language.memo("title_form_tuple", lambda: tuple(form for form, _ in titles))):
            return None  # one test for all the forms first: most aliases open with no title
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
        chunks = self.found = []
        self.owners = self.find_owners()
        # An owner is part of the owned title's chain: "the president" in "the president's envoy" is no one.
        self.used |= set(self.owners.values())
        for i, item in enumerate(self.items):
            if i not in self.used and "plural_title" in item.kinds:
                chunks += self.plural_title_chain(i)
        for i, item in enumerate(self.items):
            if i not in self.used and ("title" in item.kinds or self.alias_title(item)):
                chunk = self.title_chain(i)
                if chunk:
                    chunks.append(chunk)
        for i, item in enumerate(self.items):
            if i not in self.used and not item.kinds.isdisjoint(_OCCUPATION_KINDS) and (chunk := self.occupied(i)):
                chunks.append(chunk)
        for i, item in enumerate(self.items):
            if i not in self.used and "group" in item.kinds and "title" not in item.kinds and (chunk := self.group_chain(i)):
                chunks.append(chunk)
        for i, item in enumerate(self.items):
            if i not in self.used and "title" not in item.kinds and "group" not in item.kinds:
                chunk = self.plain(i) or self.located_ministry(i)
                if chunk:
                    chunks.append(chunk)
        chunks = self.shared_states(self.mark_coordinated(self.shared_bodies(sorted(chunks, key=lambda c: c.start))))
        chunks = [replace(c, located=True) if c.actor.type == "Country" and c.via == "gazetteer"
                  and self.after_locative(c.start + c.trim) else c for c in chunks]
        return self.uncompounded(chunks)

    def occupied(self, i: int) -> Chunk | None:
        """An occupation's noun right before a name the knowledge base lacks: that person, with no office.

        "l'écrivain Boualem Sansal", "the Norwegian diplomat Jan Egeland", "الكاتب NAME NAME" name a
        person; the occupation is no post, so no role (a nationality adjective beside it names its state
        apart). "the writer said", "the activist groups" name no one.
        """
        item = self.items[i]
        kind = "profession" if item.has("profession") else "description"
        if item.has("title") or (kind == "description" and "Person" not in item.tag(kind).data):
            return None
        after = item.end
        if kind == "profession" and i + 1 < len(self.items) and self.items[i + 1].has("adjective") \
                and _adjacent(self.scan, item.end, self.items[i + 1].start):
            # "الناشطة السويدية NAME", "l'écrivain algérien NAME": the nationality stands between
            after = self.items[i + 1].end
        if (unknown := self.unknown_name(after)) is None or unknown[2] is not None:
            return None  # a known person is read as the name it is
        start, end, _ = unknown
        self.claimed.append((start, end))
        self.used.add(i)
        if after != item.end:
            return Chunk(start, end, mint_actor(self.surface(start, end), "Person"), "name")
        return Chunk(item.start, end, mint_actor(self.surface(start, end), "Person"), "name", trim=item.tag(kind).prefix)

    def uncompounded(self, chunks: list[Chunk]) -> list[Chunk]:
        """The chunks, a bare name inside a hyphenated modifier made no agent, a nationality adjective there dropped.

        "The Biden-era sanctions" acts in nothing; "a Russian-made drone" is
        no Russian drone: no state stands behind it.
        """
        out = []
        for chunk in chunks:
            if chunk.via not in _BARE or not self.in_compound(chunk, chunks):
                out.append(chunk)
            elif chunk.via != "nationality":
                out.append(replace(chunk, agent=False))
        return out

    def in_compound(self, chunk: Chunk, chunks: list[Chunk]) -> bool:
        """Is the mention part of a hyphenated modifier ("Biden-era", "anti-Iran"), so that it acts in nothing?

        Not when the word joined to it is a verb ("Iran-backed": the compound
        frame reads Iran as the backer) or another actor ("Iran-US talks");
        a light verb is no verb there ("Russian-made").
        """
        joined = self.hyphen_joined(chunk.start + chunk.trim, chunk.end)
        return joined is not None and not any(c is not chunk and c.start <= joined < c.end for c in chunks)

    def hyphen_joined(self, start: int, end: int) -> int | None:
        """Where the word a hyphen joins to a span begins ("-era", "pro-"), unless that word is a verb; else None."""
        text = self.scan.text
        if end + 1 < len(text) and text[end] == _HYPHEN and text[end + 1].isalnum():
            joined = end + 1
        elif start >= 2 and text[start - 1] == _HYPHEN and text[start - 2].isalnum():
            joined = start - 2  # "anti-Iran", "pro-Russian"
        else:
            return None
        # a light verb joined to it makes a modifier ("Russian-made", "Russian-held"), not an act
        if any(it.start <= joined < it.end and "trigger" in it.kinds and "light" not in it.kinds for it in self.scan.items):
            return None
        return joined

    def shared_states(self, chunks: list[Chunk]) -> list[Chunk]:
        """A titled person with no state, coordinated after a titled person of one state, serves that state.

        "Foreign Minister Penny Wong, Defence Minister Richard Marles and Trade
        Minister Don Farrell": the list is one delegation.
        """
        if len(chunks) < 2:
            return list(chunks)  # one mention or none: nothing to share
        out = self.delegation_states(list(chunks))
        for k in range(1, len(out)):
            left, right = out[k - 1], out[k]
            # A list of titled people: any coordinator joins them, even one that may also lead an object ("и").
            listed = right.coordinated or (bool(gap := _spaced(self.scan.text[left.end:right.start], self.commas).split())
                                           and all(w in self.language.folded("coordinator_words") for w in gap)
                                           and any(w not in self.commas for w in gap))
            if right.position and right.country is None and listed and left.position and \
                    left.country is not None and left.country.type == "Country":
                out[k] = replace(right, country=left.country)
        return out

    def delegation_states(self, chunks: list[Chunk]) -> list[Chunk]:
        """The titled people of no state who lead or make up a state's delegation serve that state.

        "Белорусскую делегацию возглавили министр иностранных дел NAME",
        "the Chilean delegation, led by Foreign Minister NAME and including Deputy
        Minister NAME": the delegation's state is each person's, up to the first
        person after any other verb. That verb ("the Ukrainian delegation met
        Foreign Minister NAME", "التقى الوفد الأردني وزير ...") makes the person
        the delegation's partner: nothing. Another delegation ends the list.
        """
        for k, chunk in enumerate(chunks):
            if chunk.via != "body" or chunk.body not in _DELEGATION_BODIES or chunk.actor.type != "Country":
                continue
            for n in range(k + 1, len(chunks)):
                person = chunks[n]
                if person.via == "body" and person.body in _DELEGATION_BODIES:
                    break
                if person.actor.type != "Person":
                    continue
                verbs = {tag.data.predicate for it in self.items if it.end <= person.start
                         for tag in it.tags if tag.kind == "trigger"}
                if not verbs <= _LEADING:
                    break
                if person.position and person.country is None:
                    chunks[n] = replace(person, country=chunk.actor)
        return chunks

    def mark_coordinated(self, chunks: list[Chunk]) -> list[Chunk]:
        """Flag each mention joined to the one before by a coordinator word or clitic ("X and the Y", "X وY")."""
        if len(chunks) < 2:
            return list(chunks)
        words = self.language.folded("coordinator_words")
        # (made once a language, not once a sentence)
        joining = self.language.memo("joining_coordinators",
                                     lambda: words - self.language.folded("object_lead_words") - set(self.commas))
        prefixes = tuple(self.language.folded("coordinator_prefixes"))
        articles = self.language.folded("description_articles")
        out = chunks[:1]
        for left, right in zip(chunks, chunks[1:]):
            gap = _spaced(self.scan.text[left.end:right.start], self.commas).split()
            clitic = self.scan.text[right.start:right.start + right.trim]
            joined = (bool(gap) and all(w in words for w in gap) and any(w in joining for w in gap)) or \
                (not gap and bool(prefixes) and clitic.startswith(prefixes)) or _joining_phrase(gap, joining, self.commas)
            # (an article may open the next member: "l'Égypte, la Jordanie et le Qatar")
            comma = bool(gap) and gap[0] in self.commas and all(w in self.commas or w in articles for w in gap)
            out.append(replace(right, coordinated=True) if joined else replace(right, listed=True) if comma else right)
        return out

    def shared_bodies(self, chunks: list[Chunk]) -> list[Chunk]:
        """Nationality adjectives coordinated with a body's adjective name that body too.

        "مسؤولون أمريكيون وروس", "American and Russian officials": the Russian
        officials act as the American ones do. The adjective stands on the
        body's ``adjective_side`` of the coordinated one.
        """
        if len(chunks) < 2:
            return list(chunks)
        after = self.language.get("adjective_side") != "before"
        words = self.language.memo("coordinator_words_no_commas",  # (made once a language)
                                   lambda: self.language.folded("coordinator_words") - set(self.commas))
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
                out[k + 1 if after else k] = Chunk(adjective.start, adjective.end,
                                                   self.body_actor(adjective.actor, body.body), "body",
                                                   trim=adjective.trim, body=body.body)
        return out

    def body_beside(self, i: int) -> Item | None:
        """The body noun on the language's side of an adjective: "الحكومة الإسرائيلية", "the Israeli government"."""
        before = self.language.get("adjective_side") == "before"
        # Where adjectives may also precede ("украинская делегация"), the body after is tried second.
        for after in ((True,) if before else (False, True) if self.language.get("title_adjectives_before") else (False,)):
            k = i + 1 if after else i - 1
            if after:
                ok = k < len(self.items) and _adjacent(self.scan, self.items[i].end, self.items[k].start)
            else:
                ok = k >= 0 and _adjacent(self.scan, self.items[k].end, self.items[i].start)
            if ok and k not in self.used and self.items[k].has("body"):
                self.used.add(k)
                return self.items[k]
        return None

    def body_actor(self, state: Actor, label: str) -> Actor:
        """The actor a state's body noun names: a ministry is its own body, any other body noun the state itself."""
        return state_ministry(self.kb, self.language, state, label) or state

    def located_ministry(self, i: int) -> Chunk | None:
        """A ministry noun with no state of its own, then a locative and a state or capital: that state's ministry.

        "the Treasury in Washington", «وزارة الخزانة في أمريكا», "le ministère des Affaires étrangères à Téhéran".
        """
        item = self.items[i]
        if not item.has("body") or item.has("actor"):
            return None
        label = item.tag("body").data
        if label not in ministries(self.language) or (found := self.located_state(item.end)) is None:
            return None
        state, (_, end) = found
        if (ministry := state_ministry(self.kb, self.language, state, label)) is None:
            return None
        self.used.update(k for k, it in enumerate(self.items) if item.start <= it.start and it.end <= end)
        return Chunk(item.start, end, ministry, "body", trim=item.tag("body").prefix, body=label)

    def possessed_body(self, i: int) -> Item | None:
        """The body noun right after a state's name with a possessive ending ("Poland's Foreign Ministry"), or None.

        Only where adjectives come first, and only a body noun that is no actor's name itself.
        """
        item, k = self.items[i], i + 1
        # (folded once a language: asked of every state's name; the view's possessor reads the same memo)
        suffixes = self.language.memo("name_suffixes", lambda: _name_suffixes(self.language))
        if self.language.get("adjective_side") != "before" or not suffixes \
                or not self.scan.text[item.start:item.end].endswith(suffixes) or k >= len(self.items) or k in self.used:
            return None
        body = self.items[k]
        if not body.has("body") or body.has("actor") or not _adjacent(self.scan, item.end, body.start):
            return None
        self.used.add(k)
        return body

    def plain(self, i: int) -> Chunk | None:
        item = self.items[i]
        if item.kinds.isdisjoint(_PLAIN_KINDS):  # asked of every item left: most are function words or triggers
            return None
        if (tag := self.actor_tag(item)) is not None:
            actor = self.kb.actors.get(tag.data)
            if actor is None or self.common_word(item, tag) or self.extended(item, actor):
                return None
            if self.is_claimed(item.start, item.end):
                return None  # the surname of a name read after or before a title
            if (name := self.name_into_alias(i)) is not None:
                self.claimed.append(name)
                return Chunk(*name, mint_actor(self.surface(*name), "Person"), "name")
            if i in self.complements:
                return Chunk(item.start, item.end, actor, "complement", agent=False, trim=tag.prefix)
            if actor.type == "GovernmentBody" and self.after_locative(item.start):
                # "a reçu à l'Élysée le président ukrainien": a seat named as the venue acts in nothing.
                return Chunk(item.start, item.end, actor, "venue", agent=False, trim=tag.prefix)
            if actor.type == "Country" and self.city_named(item):
                # "العاصمة الأردنية عمان": the capital that bears a state's name is a place, not that state
                place = mint_actor(self.surface(item.start + tag.prefix, item.end), "Place")
                return Chunk(item.start, item.end, place, "place", agent=False, trim=tag.prefix)
            if actor.type == "Country" and (body := self.possessed_body(i)) is not None:
                # "Poland's Foreign Ministry": the state's body, as "the Polish Foreign Ministry" is.
                label = body.tag("body").data
                return Chunk(item.start, body.end, self.body_actor(actor, label), "body", trim=tag.prefix, body=label)
            if actor.type == "Country" and not tag.prefix and (head := self.state_head(item.start)) is not None:
                return Chunk(head[0], item.end, actor, "gazetteer", trim=head[1])
            return Chunk(item.start, item.end, actor, "gazetteer", agent=actor.type != "Place", trim=tag.prefix)
        if item.has("adjective"):
            state = self.kb.actors.get(item.tag("adjective").data)
            if state is None:
                return None
            if (body := self.body_beside(i)) is not None:
                first = min(body, item, key=lambda it: it.start)
                trim = first.tag("body" if first is body else "adjective").prefix
                label = body.tag("body").data
                return Chunk(first.start, max(body.end, item.end), self.body_actor(state, label), "body", trim=trim,
                             body=label)
            return Chunk(item.start, item.end, state, "nationality", agent=False, trim=item.tag("adjective").prefix)
        if item.has("capital"):
            state = self.kb.actors.get(item.tag("capital").data)
            if state is None:
                return None
            if self.treaty_name(item):
                return None  # "the Vienna Convention": the capital names a treaty, not its state
            if self.locative(item) or self.venue(item) or self.destination(item):
                place = _capital_place(self.scan, item, self.sentence, self.language)
                return Chunk(item.start, item.end, place, "place", agent=False, trim=item.tag("capital").prefix,
                             state=state)
            return Chunk(item.start, item.end, state, "metonym", trim=item.tag("capital").prefix)
        return None

    def state_head(self, start: int) -> tuple[int, int] | None:
        """The head of a state's formal name right before ``start`` (``state_heads``): its start and clitic length.

        In "Russia and the Republic of Ukraine" the head joins the second
        name's mention, so the coordinator on it joins the list.
        """
        heads = self.language.folded("state_heads")
        before = self.scan.text[:start]
        if not heads or not before.endswith(" ") or before.endswith("  "):
            return None
        last = before.rsplit(None, 1)  # the last word alone: the text before may be long
        word = last[-1] if last else ""
        for clitic in self.language.memo("state_head_clitics", self._state_head_clitics):
            if word.startswith(clitic) and word[len(clitic):] in heads:
                head = len(before) - 1 - len(word)
                return None if self.is_claimed(head, start) else (head, len(clitic))
        return None

    def _state_head_clitics(self) -> set[str]:
        """What may be written onto a state head: nothing, a coordinator or preposition clitic, or both (made once)."""
        coordinators = self.language.folded("coordinator_prefixes")
        prepositions = self.language.folded("preposition_clitics")
        return {""} | (coordinators | prepositions) | {c + p for c in coordinators for p in prepositions}

    def common_word(self, item: Item, tag: Tag) -> bool:
        """Is a name that is also a common word (``homograph_names``) used as that word here?

        It is, right after a word that is no mention, title or function word,
        or after a noun trigger: "دعم مالي" (financial support), not "زار مالي"
        (visited Mali) nor "رئيس مالي" (Mali's president). A clitic on the name
        ("لمالي") makes it the name.
        """
        if tag.prefix or self.scan.text[item.start:item.end] not in self.language.folded("homograph_names"):
            return False
        before = [it for it in self.scan.items if it.end <= item.start]
        words = self.scan.spans_between(0, item.start)
        if not words or not _adjacent(self.scan, words[-1][1], item.start):
            return False
        prev = next((it for it in reversed(before) if it.start <= words[-1][0] < it.end), None)
        if prev is None:
            return True  # a plain word: "وضع مالي"
        triggers = [t.data for t in prev.tags if t.kind == "trigger"]
        return prev.has("event") or any(t.pos == "noun" for t in triggers)

    def extended(self, item: Item, actor: Actor) -> bool:
        """Is an organisation's name the start of a longer name ("مجلس التعاون الاستراتيجي", no GCC)?

        The word right after it is one of the language's ``name_extenders``.
        A state, place or person is never extended: "مصر" stays Egypt.
        """
        if actor.type in ("Country", "Place", "Person"):
            return False
        after = self.scan.next_word(item.end)
        return after is not None and self.scan.text[item.end:after[0]].isspace() and \
            self.scan.text[slice(*after)] in self.language.folded("name_extenders")

    def city_named(self, item: Item) -> bool:
        """Is a state's name here the city that bears it? A place noun right before it, or before a nationality
        adjective right before it: "العاصمة الكويت", "العاصمة الأردنية عمان" (Amman, never Oman)."""
        before = self.scan.text[:item.start].split()
        place_nouns = self.language.folded("place_nouns")
        if not before or not place_nouns:
            return False
        if before[-1] in place_nouns:
            return True
        return len(before) > 1 and before[-2] in place_nouns and any(
            it.has("adjective") and it.end <= item.start and self.scan.text[it.end:item.start].isspace()
            for it in self.items)

    def after_locative(self, start: int) -> bool:
        """Does a locative preposition stand right before ``start``, an article between or not ("at the", "à l'")?"""
        before = self.scan.text[:start].split()
        while before and before[-1] in self.language.folded("determiners"):
            before.pop()
        return bool(before) and before[-1] in self.language.folded("locative_prefixes")

    def treaty_name(self, item: Item) -> bool:
        """Is the capital at ``item`` part of a treaty's name ("Vienna Convention", "convention de Vienne", "اتفاقية فيينا")?

        A treaty noun right before it, before a title link ("de") before it, or
        right after it (not after a possessive: "Moscow's process" is Moscow's).
        """
        nouns = self.language.folded("treaty_nouns")
        if not nouns:
            return False
        before = self.scan.text[:item.start + item.tag("capital").prefix].split()
        if before and (before[-1] in nouns or (len(before) > 1 and before[-1] in self.language.folded("title_links")
                                               and before[-2] in nouns)):
            return True
        if not _PLAIN_NAME.fullmatch(self.scan.text[item.start + item.tag("capital").prefix:item.end]):
            return False  # a possessive ending: "Moscow's"
        after = self.scan.next_word(item.end)
        return after is not None and self.scan.text[item.end:after[0]].isspace() and self.scan.text[slice(*after)] in nouns

    def venue(self, item: Item) -> bool:
        """Is the capital at ``item`` the venue a gathering is named by ("the Doha talks", "le sommet de Dubrovnik",
        "محادثات عمّان")?

        A ``venue_nouns`` word right before it, before a title link before it, or right after it where modifiers
        come first (not after a possessive: "Moscow's talks" are Moscow's), or one plain word after it where a
        determiner opens the phrase ("the Nairobi climate summit"). A capital coordinated with another names the
        parties: "مفاوضات واشنطن وطهران", "the Moscow and Kyiv talks" stay the two states.
        """
        nouns = self.language.folded("venue_nouns")
        if not nouns:
            return False
        prefix = item.tag("capital").prefix
        before = self.scan.text[:item.start + prefix].split()
        if before and (before[-1] in nouns or (len(before) > 1 and before[-1] in self.language.folded("title_links")
                                               and before[-2] in nouns)):
            return not self.coordinated_actor(item)
        if self.language.get("adjective_side") != "before" or not _PLAIN_NAME.fullmatch(
                self.scan.text[item.start + prefix:item.end]):
            return False  # a modifier stands after its noun here, or a possessive ending: "Moscow's"
        following = [(a, b) for a, b in self.scan.spans_between(item.end)[:2]]
        if not following or not self.scan.text[item.end:following[0][0]].isspace():
            return False
        if self.scan.text[slice(*following[0])] in nouns:
            return not self.coordinated_actor(item)
        # "the Nairobi climate summit": one word between, where a determiner makes the capital a modifier;
        # the word is no mention, title or verb ("Washington opened talks")
        if len(following) < 2 or not before or before[-1] not in self.language.folded("noun_determiners") \
                or self.scan.text[slice(*following[1])] not in nouns \
                or not self.scan.text[following[0][1]:following[1][0]].isspace():
            return False
        gap = [it for it in self.items if it.start <= following[0][0] < it.end]
        if any(not it.kinds.isdisjoint(_VENUE_GAP_STOPS) or any(t.kind == "trigger" and t.data.pos == "verb"
                                                                for t in it.tags) for it in gap):
            return False
        return not self.coordinated_actor(item)

    def coordinated_actor(self, item: Item) -> bool:
        """Is the item joined to an actor's name beside it by coordinators alone ("Moscow and Kyiv", "واشنطن وطهران")?"""
        words = self.language.folded("coordinator_words")
        prefixes = tuple(self.language.folded("coordinator_prefixes"))
        for other in self.items:
            if other is item or other.kinds.isdisjoint(_PLAIN_KINDS):
                continue
            left, right = (other, item) if other.end <= item.start else (item, other) if item.end <= other.start \
                else (None, None)
            if left is None:
                continue
            gap = self.scan.text[left.end:right.start].split()
            clitic = self.scan.text[right.start:right.start + max((t.prefix for t in right.tags), default=0)]
            if (gap and len(gap) <= 2 and all(w in words for w in gap)) or (
                    not gap and prefixes and clitic.startswith(prefixes)):
                return True
        return False

    def destination(self, item: Item) -> bool:
        """Is the capital at ``item`` where someone goes ("visited Washington", "a visit to Beijing", "a quitté Mascate")?"""
        words = self.language.folded("destination_words")
        if not words:
            return False
        before = self.scan.text[:item.start + item.tag("capital").prefix].split()
        return bool(before) and (before[-1] in words or (
            len(before) > 1 and before[-1] in self.language.folded("destination_links") and before[-2] in words))

    def locative(self, item: Item) -> bool:
        before = self.scan.text[: item.start].split()
        locatives = self.language.folded("locative_prefixes")
        if before and before[-1] in locatives:
            return True
        # "العاصمة السعودية الرياض", "the Qatari capital Doha"
        place_nouns = self.language.folded("place_nouns")
        if place_nouns & set(before[-2:]):
            return True
        # "residents of Kyiv", "Kyiv residents", "سكان دمشق": the people of the city, not its state
        residents = self.language.folded("resident_nouns")
        after = self.scan.text[item.end:item.end + 1].isspace() and self.scan.text[item.end:].split()[:1]
        if residents & set(before[-2:]) or (after and after[0] in residents):
            return True
        clitic = self.scan.text[item.start:item.start + item.tag("capital").prefix]
        return bool(clitic) and any(clitic.endswith(fold(c)) for c in self.language.words("locative_clitics"))


def _capital_place(scan: Scan, item: Item, sentence: str, language: Language) -> Actor:
    """A capital named as a location, its clitic taken off ("بموسكو" -> موسكو), in the nominative ("в Москве" -> Москва)."""
    tag = item.tag("capital")
    start = item.start + tag.prefix
    return mint_actor(nominative(language, sentence[slice(*scan.folded.span(start, item.end))], tag.marks), "Place")


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
