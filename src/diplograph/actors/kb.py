"""The actor knowledge base: states, seats of government, organisations, places and people.

The data ships with the package under ``diplograph/lexicons/common`` (see the
README there for each file's schema and sources). :func:`load_kb` reads and
validates it once per process; every malformed row raises
:class:`~diplograph.errors.DataError` naming the file, the row and the fix.

>>> kb = load_kb()
>>> kb.actors["country/fra"].label
'France'
>>> [a.id for a in kb.find("Élysée")]
['body/elysee']
>>> kb.holder("head_of_state", "country/usa", date(2024, 6, 1)).label
'Joe Biden'
"""
from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

import yaml

from diplograph.cache import cached
from diplograph.errors import DataError
from diplograph.lang.normalise import fold
from diplograph.lang.schema import nearest
from diplograph.labels import CANONICAL, languages
from diplograph.types import ACTOR_TYPES, NODE_TYPES, POSITIONS, Actor, Office, node_type

__all__ = ["Alias", "KnowledgeBase", "load_kb", "read_kb", "LANGS", "ALIAS_KINDS"]

#: Languages the knowledge base carries names for: every supported language, English first.
LANGS = languages()
#: Kinds of alias: a name (label or variant), a capital city, a nationality
#: adjective, a seat of government (metonym) or an acronym.
ALIAS_KINDS = ("name", "capital", "adjective", "seat", "acronym")



class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The fast safe YAML loader, leaving dates as text so that a bad one gets a clear error."""


_Loader.add_constructor("tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
# A state's id ends with its ISO 3166-1 alpha-3 code, any other id with an ASCII slug.
_ID_KEY = {"Country": r"[a-z]{3}"}
_ID_RE = {node.name: re.compile(rf"^{node.prefix}/{_ID_KEY.get(node.name, r'[a-z0-9]+(?:-[a-z0-9]+)*')}$")
          for node in NODE_TYPES}
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")
# An acronym: two or more capitals of any cased script, maybe with dots, digits,
# '+', '&' or '-', and no lower-case letter (NATO, U.S., OPEC+, G7, and their Cyrillic kin).
_ACRONYM_MARKS = frozenset(".+&-")

_NAME_COLS = [f"name_{lang}" for lang in LANGS]
_LABEL_COL = f"name_{CANONICAL}"
_ALIAS_COLS = [f"aliases_{lang}" for lang in LANGS]
_STATE_COLS = (
    ["id", "iso2", "iso3", "qid"] + _NAME_COLS + _ALIAS_COLS
    + [f"capital_{lang}" for lang in LANGS] + [f"adj_{lang}" for lang in LANGS]
)
_SEAT_COLS = ["id", "qid", "type", "represents"] + _NAME_COLS + _ALIAS_COLS
_ORG_COLS = ["id", "qid", "type"] + _NAME_COLS + _ALIAS_COLS
_PLACE_COLS = ["id", "qid", "country"] + _NAME_COLS + _ALIAS_COLS
_PERSON_KEYS = {"id", "qid", "names", "gender", "offices", "note"}
#: The values of a person's ``gender``: written for women, whom a feminine title may name.
_GENDERS = ("female",)
_OFFICE_KEYS = {"position", "country", "org", "title", "to", "start", "end", "note"}


@dataclass(frozen=True)
class Alias:
    """One string that names an actor in one language.

    ``text`` is raw (unfolded), as written in the data; ``kind`` is one of
    :data:`ALIAS_KINDS`.
    """

    text: str
    actor_id: str
    lang: str
    kind: str


class KnowledgeBase:
    """Every known actor, its names in four languages and, for people, dated offices.

    Build one with :func:`load_kb` (the package data, cached) or
    :func:`read_kb` (any folder of the same files).
    """

    def __init__(
        self,
        actors: dict[str, Actor],
        aliases: list[Alias],
        offices: dict[str, list[Office]],
        titles: dict[Office, str] | None = None,
        *,
        located: dict[str, str] | None = None,
        heads: dict[str, str] | None = None,
        women: frozenset[str] = frozenset(),
        bodies: dict[tuple[str, str], str] | None = None,
    ) -> None:
        """Index the records; :func:`read_kb` validates them before this.

        Args:
            actors: every actor by id.
            aliases: every alias of every actor (labels included).
            offices: each person's offices, by person id.
            titles: the written title of an office, where the data gives one.
            located: the state each place lies in, by place id.
            heads: the post of whoever heads a seat of government, by seat id.
            women: the ids of the people written ``gender: female``.
            bodies: the seat that is a state's body of a kind (a bodies.tsv label), by (state id, label).
        """
        self.actors: dict[str, Actor] = actors
        self._aliases = aliases
        self._offices = offices
        self._titles = titles or {}
        self._located = located or {}
        self._heads = heads or {}
        self._women = women
        self._bodies = bodies or {}
        by_lang: dict[str, list[Alias]] = defaultdict(list)
        for alias in aliases:
            by_lang[alias.lang].append(alias)
        self._by_lang = dict(by_lang)
        self._by_post: dict[tuple[str, str | None], list[Office]] = defaultdict(list)
        for person_offices in offices.values():
            for office in person_offices:
                self._by_post[(office.position, office.country)].append(office)
        self._folded: dict[str, list[Alias]] | None = None
        self._names: dict[str, tuple[str, ...]] | None = None

    def __repr__(self) -> str:
        return f"<KnowledgeBase: {len(self.actors)} actors, {len(self._aliases)} aliases>"

    def aliases(self, lang: str, kinds: Iterable[str] = ("name", "acronym", "seat")) -> list[Alias]:
        """The raw alias strings of one language, for matching.

        Args:
            lang: a language code (``en``, ``ar``, ``fr``, ``ru``).
            kinds: which kinds of alias to return (see :data:`ALIAS_KINDS`).

        Returns:
            The aliases, labels included, unfolded, in data order.

        >>> any(a.text == "الكرملين" and a.actor_id == "body/kremlin" for a in load_kb().aliases("ar"))
        True
        """
        wanted = set(kinds)
        return [a for a in self._by_lang.get(lang, ()) if a.kind in wanted]

    def names(self, actor_id: str) -> tuple[str, ...]:
        """Every name of an actor, in every language: labels, variants and acronyms.

        >>> "Kingdom of Saudi Arabia" in load_kb().names("country/sau")
        True
        """
        if self._names is None:
            index: dict[str, list[str]] = defaultdict(list)
            for alias in self._aliases:
                if alias.kind in ("name", "acronym"):
                    index[alias.actor_id].append(alias.text)
            self._names = {key: tuple(texts) for key, texts in index.items()}
        return self._names.get(actor_id, ())

    def adjectives(self, lang: str) -> list[Alias]:
        """The nationality adjectives of one language, each naming its state.

        Arabic gives the bare masculine nisba (``فرنسي``): the extractor makes
        the article, feminine and plural forms itself.

        Args:
            lang: a language code.

        Returns:
            The adjective forms as written in the data.

        >>> [a.text for a in load_kb().adjectives("fr") if a.actor_id == "country/fra"]
        ['français', 'française', 'françaises']
        """
        return self.aliases(lang, ("adjective",))

    def capitals(self, lang: str) -> list[Alias]:
        """Capital city names of one language, each naming its state (metonyms).

        Args:
            lang: a language code.

        Returns:
            The capital names and their variants.

        >>> sorted(a.text for a in load_kb().capitals("en") if a.actor_id == "country/ukr")
        ['Kiev', 'Kyiv']
        """
        return self.aliases(lang, ("capital",))

    def is_woman(self, person_id: str) -> bool:
        """Whether the data writes a person as a woman (``gender: female``); a feminine title names no one else.

        >>> kb = load_kb()
        >>> kb.is_woman("person/annalena-baerbock"), kb.is_woman("person/johann-wadephul")
        (True, False)
        """
        return person_id in self._women

    def offices(self, person_id: str) -> list[Office]:
        """Every office a person held, in data order (empty for unknown ids).

        Args:
            person_id: a ``person/...`` id.

        Returns:
            The person's offices.
        """
        return list(self._offices.get(person_id, ()))

    def offices_on(self, person_id: str, day: date) -> list[Office]:
        """The offices a person held on one day.

        Args:
            person_id: a ``person/...`` id.
            day: the day (usually the article's publication date).

        Returns:
            The offices held that day; empty for a former holder.

        >>> kb = load_kb()
        >>> [o.position for o in kb.offices_on("person/joe-biden", date(2025, 6, 1))]
        []
        >>> [o.position for o in kb.offices_on("person/joe-biden", date(2022, 6, 1))]
        ['head_of_state', 'head_of_government']
        """
        return [o for o in self._offices.get(person_id, ()) if o.held_on(day)]

    def state_served(self, person_id: str, day: date) -> Actor | None:
        """The state (or organisation) a person served on a day: that of their first office then, if known.

        >>> kb = load_kb()
        >>> biden = "person/joe-biden"
        >>> kb.state_served(biden, date(2022, 6, 1)).label, kb.state_served(biden, date(2025, 6, 1))
        ('United States', None)
        """
        return next((self.actors[o.country] for o in self.offices_on(person_id, day) if o.country in self.actors), None)

    def state_of_place(self, place_id: str) -> Actor | None:
        """The state a place lies in (``places.tsv``), which it does not stand for.

        >>> load_kb().state_of_place("place/kherson").label
        'Ukraine'
        >>> load_kb().state_of_place("country/ukr") is None
        True
        """
        state = self._located.get(place_id)
        return self.actors.get(state) if state else None

    def title(self, office: Office) -> str | None:
        """The written title of an office, where the data gives one.

        Args:
            office: an office from :meth:`offices`.

        Returns:
            The title (e.g. ``Secretary-General``) or None.
        """
        return self._titles.get(office)

    def holder(self, position: str, country_id: str, day: date) -> Actor | None:
        """Who held a position for a state (or organisation) on a day.

        On a handover day both terms include the day; the later start wins.

        Args:
            position: one of :data:`diplograph.types.POSITIONS`.
            country_id: a state id, or an ``org/...`` id for organisation posts.
            day: the day.

        Returns:
            The holder, or None when the data knows of none.

        >>> kb = load_kb()
        >>> kb.holder("head_of_government", "country/gbr", date(2023, 1, 1)).label
        'Rishi Sunak'
        >>> kb.holder("head_of_state", "country/usa", date(2017, 1, 20)).label
        'Donald Trump'
        """
        held = [o for o in self._by_post.get((position, country_id), ()) if o.held_on(day)]
        if not held:
            return None
        best = max(held, key=lambda o: o.start or date.min)
        return self.actors[best.person]

    def titled_office(self, title: str, country_id: str, day: date) -> Office | None:
        """The office of a state (or organisation) whose written title is ``title``, held on a day.

        A state's post may be named otherwise than its position: Iran's
        President heads the government, and its head of state is the Supreme
        Leader, so "the Iranian president" is whoever holds the office titled
        President. None where no office of that state carries the title (most
        states' presidents are recorded by position alone).

        Args:
            title: a written title of ``people.yaml`` (case and accents folded).
            country_id: a state id, or an ``org/...`` id.
            day: the day.

        Returns:
            The office held that day (the later start wins on a handover day), or None.

        >>> kb = load_kb()
        >>> kb.actors[kb.titled_office("President", "country/irn", date(2025, 6, 1)).person].label
        'Masoud Pezeshkian'
        >>> kb.titled_office("President", "country/irn", date(2025, 6, 1)).position
        'head_of_government'
        >>> kb.titled_office("President", "country/fra", date(2025, 6, 1)) is None
        True
        """
        held = [o for o in self._titled(title, country_id) if o.held_on(day)]
        return max(held, key=lambda o: o.start or date.min) if held else None

    def has_titled_post(self, title: str, country_id: str) -> bool:
        """Whether any office of a state, on any day, carries the written title ``title``.

        >>> load_kb().has_titled_post("president", "country/irn")
        True
        >>> load_kb().has_titled_post("President", "country/fra")
        False
        """
        return any(self._titled(title, country_id))

    def _titled(self, title: str, country_id: str) -> Iterator[Office]:
        """The offices of a state, on any day, whose written title folds to ``title``'s fold."""
        wanted = fold(title)
        return (o for position in POSITIONS for o in self._by_post.get((position, country_id), ())
                if fold(self._titles.get(o, "")) == wanted)

    def written_titles(self) -> set[str]:
        """Every written title the offices carry (what a title row's ``office`` column may name).

        >>> {"President", "Supreme Leader"} <= load_kb().written_titles()
        True
        """
        return set(self._titles.values())

    def body_of(self, state_id: str, label: str) -> Actor | None:
        """The seat that is a state's body of one kind (seats.tsv ``body``, a bodies.tsv label), or None.

        >>> kb = load_kb()
        >>> kb.body_of("country/usa", "Treasury").label
        'US Treasury'
        >>> kb.body_of("country/dza", "Interior Ministry") is None
        True
        """
        seat = self._bodies.get((state_id, label))
        return self.actors.get(seat) if seat is not None else None

    def seat_head(self, seat_id: str, day: date) -> Actor | None:
        """Who headed a seat of government on a day: "the Kremlin leader", "سيد البيت الأبيض".

        The seat's ``head`` post (seats.tsv) for the state it represents; None
        for a seat that no one person heads, or a post the data knows no holder of.

        >>> kb = load_kb()
        >>> kb.seat_head("body/kremlin", date(2025, 8, 20)).label
        'Vladimir Putin'
        >>> kb.seat_head("body/downing-street", date(2023, 1, 1)).label
        'Rishi Sunak'
        >>> kb.seat_head("body/knesset", date(2025, 8, 20)) is None
        True
        """
        position, seat = self._heads.get(seat_id), self.actors.get(seat_id)
        if position is None or seat is None or seat.represents is None:
            return None
        return self.holder(position, seat.represents, day)

    def find(self, name: str, lang: str | None = None, *,
             kinds: Iterable[str] = ("name", "acronym", "seat")) -> list[Actor]:
        """The actors one of whose aliases folds to the same text as ``name``.

        Args:
            name: any spelling (case, accents, hamza and diacritics are folded).
            lang: only aliases of this language; None for all.
            kinds: which kinds of alias to look in.

        Returns:
            The matching actors, each once, in data order.

        >>> [a.id for a in load_kb().find("اوكرانيا", "ar")]
        ['country/ukr']
        >>> [a.id for a in load_kb().find("Kyiv", kinds=("capital",))]
        ['country/ukr']
        """
        if self._folded is None:
            index: dict[str, list[Alias]] = defaultdict(list)
            for alias in self._aliases:
                index[fold(alias.text)].append(alias)
            self._folded = dict(index)
        wanted = set(kinds)
        found: dict[str, Actor] = {}
        for alias in self._folded.get(fold(name), ()):
            if alias.kind in wanted and (lang is None or alias.lang == lang):
                found.setdefault(alias.actor_id, self.actors[alias.actor_id])
        return list(found.values())


# --------------------------------------------------------------------- reading


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _read_tsv(root: Traversable | Path, name: str, columns: list[str]) -> list[tuple[int, dict[str, str]]]:
    try:
        text = root.joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataError(f"{name}: missing from the knowledge base folder; restore it") from exc
    reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE)
    header = reader.fieldnames or []
    missing = [c for c in columns if c not in header]
    if missing:
        raise DataError(f"{name}: header lacks column(s) {', '.join(missing)}; add them to the first row")
    rows = []
    for row in reader:
        line = reader.line_num
        if None in row:
            raise DataError(f"{name} line {line}: more cells than header columns; remove the extra tab")
        if any(v is None for v in row.values()):
            raise DataError(f"{name} line {line}: fewer cells than header columns; pad the row with tabs")
        rows.append((line, {k: v.strip() for k, v in row.items()}))
    return rows


class _Builder:
    """Collects actors and aliases from every file, checking as it goes."""

    def __init__(self) -> None:
        self.actors: dict[str, Actor] = {}
        self.where: dict[str, str] = {}
        self.aliases: list[Alias] = []
        self.refs: list[tuple[str, str, str, str]] = []  # (where, id, ref, expected prefix)
        self.women: set[str] = set()
        self.located: dict[str, str] = {}  # place id -> the state it lies in
        self.bodies: dict[tuple[str, str], str] = {}  # (state id, bodies.tsv label) -> seat id
        self.heads: dict[str, str] = {}  # seat id -> the post of whoever heads it

    def add(self, where: str, actor: Actor) -> None:
        if not _ID_RE[actor.type].match(actor.id):
            prefix = node_type(actor.type).prefix
            raise DataError(
                f"{where}: id {actor.id!r} is malformed; write {prefix}/ followed by "
                + ("a lower-case ISO 3166-1 alpha-3 code" if actor.type in _ID_KEY
                   else "a lower-case slug of letters, digits and single hyphens"))
        if actor.id in self.actors:
            raise DataError(f"{where}: id {actor.id} is already used at {self.where[actor.id]}; "
                            "ids must be unique across files, rename one")
        if actor.qid is not None and not _QID_RE.match(actor.qid):
            raise DataError(f"{where} ({actor.id}): qid {actor.qid!r} is not a Wikidata id; "
                            "write Q and digits, or leave it empty")
        if not actor.label:
            raise DataError(f"{where} ({actor.id}): no canonical name; fill {_LABEL_COL}")
        self.actors[actor.id] = actor
        self.where[actor.id] = where

    def alias(self, actor_id: str, lang: str, texts: Iterable[str], kind: str) -> None:
        for text in texts:
            if kind == "name" and _is_acronym(text):
                self.aliases.append(Alias(text, actor_id, lang, "acronym"))
            else:
                self.aliases.append(Alias(text, actor_id, lang, kind))

    def names(self, actor_id: str, row: dict[str, str], kind: str) -> None:
        for lang in LANGS:
            texts = _split(row[f"name_{lang}"]) [:1] + _split(row[f"aliases_{lang}"])
            self.alias(actor_id, lang, _unique(texts), kind)


def _is_acronym(text: str) -> bool:
    """Two or more capitals, no lower-case letter, nothing but digits and ``.+&-`` besides.

    >>> [_is_acronym(t) for t in ("NATO", "U.S.", "OPEC+", "G20", "Nato", "G7", "EU ")]
    [True, True, True, False, False, False, False]
    """
    capitals = sum(char.isupper() for char in text)
    return capitals >= 2 and all(char.isupper() or char.isdigit() or char in _ACRONYM_MARKS for char in text)


def _unique(texts: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(texts))


def _labels(row: dict[str, str]) -> dict[str, str]:
    return {lang: row[f"name_{lang}"] for lang in LANGS if row[f"name_{lang}"]}


def _read_states(root: Traversable | Path, b: _Builder) -> None:
    for line, row in _read_tsv(root, "states.tsv", _STATE_COLS):
        where = f"states.tsv line {line}"
        sid = row["id"]
        if row["iso3"].lower() != sid.removeprefix("country/") :
            raise DataError(f"{where} ({sid}): iso3 {row['iso3']!r} disagrees with the id; "
                            "the id is country/ + lower-case iso3")
        if not re.fullmatch(r"[A-Z]{2}", row["iso2"]):
            raise DataError(f"{where} ({sid}): iso2 {row['iso2']!r} is not two capital letters; fix it")
        b.add(where, Actor(sid, row[_LABEL_COL], "Country", row["qid"] or None, _labels(row)))
        b.names(sid, row, "name")
        for lang in LANGS:
            b.alias(sid, lang, _unique(_split(row[f"capital_{lang}"])), "capital")
            b.alias(sid, lang, _unique(_split(row[f"adj_{lang}"])), "adjective")


def _read_seats(root: Traversable | Path, b: _Builder) -> None:
    for line, row in _read_tsv(root, "seats.tsv", _SEAT_COLS):
        where = f"seats.tsv line {line}"
        if row["type"] != "GovernmentBody":
            raise DataError(f"{where} ({row['id']}): type {row['type']!r}; seats are GovernmentBody")
        if not row["represents"]:
            raise DataError(f"{where} ({row['id']}): represents is empty; name the state id it stands for")
        b.add(where, Actor(row["id"], row[_LABEL_COL], "GovernmentBody", row["qid"] or None,
                                   _labels(row), represents=row["represents"]))
        if head := row.get("head"):
            if head not in POSITIONS:
                raise DataError(f"{where} ({row['id']}): head {head!r} is no position; {nearest(head, POSITIONS)}")
            b.heads[row["id"]] = head
        if body := row.get("body"):
            if (row["represents"], body) in b.bodies:
                raise DataError(f"{where} ({row['id']}): {body!r} of {row['represents']} is already "
                                f"{b.bodies[(row['represents'], body)]}; keep one")
            b.bodies[(row["represents"], body)] = row["id"]
        b.refs.append((where, row["id"], row["represents"], "country/"))
        b.names(row["id"], row, "seat")


def _read_orgs(root: Traversable | Path, b: _Builder) -> None:
    for line, row in _read_tsv(root, "organisations.tsv", _ORG_COLS):
        where = f"organisations.tsv line {line}"
        if row["type"] not in ("Organization", "Coalition"):
            raise DataError(f"{where} ({row['id']}): type {row['type']!r}; write Organization or Coalition")
        b.add(where, Actor(row["id"], row[_LABEL_COL], row["type"], row["qid"] or None, _labels(row)))
        b.names(row["id"], row, "name")
        for lang in LANGS:
            # "المبعوث الأممي", "l'envoyé onusien": an organisation's adjective, where the language has one
            b.alias(row["id"], lang, _unique(_split(row.get(f"adj_{lang}", ""))), "adjective")
            # "Brussels imposed sanctions": the city an organisation sits in stands for it, as a capital for its state
            b.alias(row["id"], lang, _unique(_split(row.get(f"capital_{lang}", ""))), "capital")


def _read_places(root: Traversable | Path, b: _Builder) -> None:
    for line, row in _read_tsv(root, "places.tsv", _PLACE_COLS):
        where = f"places.tsv line {line}"
        # A place lies in a state but does not stand for it: no ``represents``.
        b.add(where, Actor(row["id"], row[_LABEL_COL], "Place", row["qid"] or None, _labels(row)))
        if row["country"]:
            b.refs.append((where, row["id"], row["country"], "country/"))
            b.located[row["id"]] = row["country"]
        b.names(row["id"], row, "name")


def _day(value: object, where: str, key: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise DataError(f"{where}: {key} {value!r} is not an ISO date; write YYYY-MM-DD or leave it empty") from None


def _read_people(root: Traversable | Path, b: _Builder,
                 offices: dict[str, list[Office]], titles: dict[Office, str]) -> None:
    try:
        text = root.joinpath("people.yaml").read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise DataError("people.yaml: missing from the knowledge base folder; restore it") from exc
    try:
        people = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise DataError(f"people.yaml: not valid YAML ({exc}); fix the syntax") from None
    if not isinstance(people, list):
        raise DataError("people.yaml: the top level must be a list of people")
    for n, person in enumerate(people, 1):
        where = f"people.yaml entry {n}"
        if not isinstance(person, dict) or "id" not in person:
            raise DataError(f"{where}: each person is a mapping with an id; add one")
        pid = str(person["id"])
        where = f"{where} ({pid})"
        unknown = set(person) - _PERSON_KEYS
        if unknown:
            raise DataError(f"{where}: unknown key(s) {sorted(unknown)}; use {sorted(_PERSON_KEYS)}")
        names = person.get("names") or {}
        if not isinstance(names, dict) or not names.get(CANONICAL):
            raise DataError(f"{where}: names.{CANONICAL} is empty; give at least the canonical full name")
        for lang, texts in names.items():
            if lang not in LANGS or not isinstance(texts, list) or not all(isinstance(t, str) and t.strip() for t in texts):
                raise DataError(f"{where}: names.{lang} must be a list of non-empty strings in one of {LANGS}")
        labels = {lang: names[lang][0].strip() for lang in LANGS if names.get(lang)}
        qid = person.get("qid") or None
        b.add(where, Actor(pid, labels[CANONICAL], "Person", str(qid) if qid else None, labels))
        if (gender := person.get("gender")) is not None:
            if gender not in _GENDERS:
                raise DataError(f"{where}: gender {gender!r}; write {_GENDERS[0]!r} for a woman, or leave it out")
            b.women.add(pid)
        for lang in LANGS:
            b.alias(pid, lang, _unique(t.strip() for t in names.get(lang) or ()), "name")
        held: list[Office] = []
        for k, entry in enumerate(person.get("offices") or (), 1):
            owhere = f"{where} office {k}"
            if not isinstance(entry, dict):
                raise DataError(f"{owhere}: an office is a mapping (position, country or org, start, end)")
            unknown = set(entry) - _OFFICE_KEYS
            if unknown:
                raise DataError(f"{owhere}: unknown key(s) {sorted(unknown)}; use {sorted(_OFFICE_KEYS)}")
            position = entry.get("position")
            if position not in POSITIONS:
                raise DataError(f"{owhere}: position {position!r} is not one of {POSITIONS}; pick one")
            country, org = entry.get("country") or None, entry.get("org") or None
            if country is None and org is None:
                raise DataError(f"{owhere}: no country or org; name the state or organisation of the post")
            if country:
                b.refs.append((owhere, pid, str(country), "country/"))
            if org:
                b.refs.append((owhere, pid, str(org), "org/"))
            if entry.get("to"):
                b.refs.append((owhere, pid, str(entry["to"]), ""))
            start, end = _day(entry.get("start"), owhere, "start"), _day(entry.get("end"), owhere, "end")
            if start and end and start > end:
                raise DataError(f"{owhere}: start {start} is after end {end}; swap or fix the dates")
            office = Office(pid, position, str(country or org), start, end)
            held.append(office)
            if entry.get("title"):
                titles[office] = str(entry["title"])
        offices[pid] = held


def read_kb(root: Traversable | Path) -> KnowledgeBase:
    """Read and validate the knowledge base files in one folder.

    Args:
        root: a folder holding ``states.tsv``, ``seats.tsv``,
            ``organisations.tsv``, ``places.tsv`` and ``people.yaml``.

    Returns:
        A fresh :class:`KnowledgeBase`.

    Raises:
        DataError: a file is missing or malformed; the message names the
            file, the row or id, and the fix.
    """
    b = _Builder()
    offices: dict[str, list[Office]] = {}
    titles: dict[Office, str] = {}
    _read_states(root, b)
    _read_seats(root, b)
    _read_orgs(root, b)
    _read_places(root, b)
    _read_people(root, b, offices, titles)
    for where, owner, ref, prefix in b.refs:
        if ref not in b.actors or not ref.startswith(prefix):
            kind = {"country/": "a state id from states.tsv", "org/": "an org id from organisations.tsv"}.get(
                prefix, "a known actor id")
            raise DataError(f"{where} ({owner}): reference {ref!r} is unknown; write {kind}")
    for actor in b.actors.values():
        assert actor.type in ACTOR_TYPES + ("Place",)
    return KnowledgeBase(b.actors, b.aliases, offices, titles, located=b.located, heads=b.heads,
                         women=frozenset(b.women), bodies=b.bodies)


@cache
def load_kb() -> KnowledgeBase:
    """The package's knowledge base, read and validated once per process.

    Kept in the cache folder (see :mod:`diplograph.cache`): a ``diplograph
    extract`` per file reads it in a quarter of the time.

    Returns:
        The shared :class:`KnowledgeBase` (treat it as read-only).

    Raises:
        DataError: the package data is malformed.

    >>> load_kb() is load_kb()
    True
    """
    return cached("kb", lambda: read_kb(resources.files("diplograph.lexicons").joinpath("common")))
