"""A state's name that another state's capital shares, read by the document it stands in.

Folding writes Oman («عُمان») and Amman («عمّان») alike in Arabic. The name
means the state the knowledge base gives it, unless the document names the
other state and gives no other sign of the first: then every bare mention of
the form is the other state's capital (a place after a locative word, the
state itself as a metonym elsewhere; :mod:`diplograph.actors.mentions`).
The pairs are data (``lexicons/common/homonyms.tsv``).
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources
from typing import Callable, Iterable, Sequence

from diplograph.errors import DataError
from diplograph.lang.normalise import fold
from diplograph.lang.profile import Language, read_rows, supported_languages
from diplograph.lang.scanner import Item, Scan, Tag
from diplograph.lang.schema import nearest
from diplograph.types import Actor

__all__ = ["Homonym", "homonyms", "read_as_capital", "read_homonyms", "retag", "retag_marked", "written"]

#: the item kinds by which a document names a state
_NAMING = ("actor", "adjective", "capital")


@dataclass(frozen=True)
class Homonym:
    """One folded ``form`` that names ``state`` and spells ``other``'s capital."""

    form: str
    state: str
    other: str
    #: the other's capital as written with the marks that tell it apart («عمّان»: the shadda), or ""
    marked: str = ""


def read_homonyms(path, state_ids: Iterable[str]) -> dict[str, tuple[Homonym, ...]]:
    """The homonyms of each language, checked against the languages and the knowledge base's states.

    Raises:
        DataError: naming the file, the line and the nearest valid value.
    """
    states, langs = set(state_ids), supported_languages()
    out: dict[str, list[Homonym]] = {}
    for line, row in read_rows(path):
        if row["lang"] not in langs:
            raise DataError(f"{path} line {line}: lang {row['lang']!r} is not valid; {nearest(row['lang'], langs)}")
        for column in ("state", "other"):
            if row[column] not in states:
                raise DataError(f"{path} line {line}: {column} {row[column]!r} is no state of the knowledge base; "
                                f"{nearest(row[column], states)}")
        marked = row.get("marked") or ""
        if marked and fold(marked) != fold(row["form"]):
            raise DataError(f"{path} line {line}: marked {marked!r} is not the form {row['form']!r} with marks; "
                            "write the form with its diacritics, or leave it empty")
        out.setdefault(row["lang"], []).append(Homonym(fold(row["form"]), row["state"], row["other"], marked))
    return {lang: tuple(rows) for lang, rows in out.items()}


def homonyms(language: Language, kb) -> tuple[Homonym, ...]:
    """The homonyms of one language.

    >>> from diplograph.actors.kb import load_kb
    >>> from diplograph.lang.profile import load_language
    >>> [(h.state, h.other) for h in homonyms(load_language("ar"), load_kb())]
    [('country/omn', 'country/jor')]
    """
    def read() -> tuple[Homonym, ...]:
        states = (i for i, a in kb.actors.items() if a.type == "Country")
        return read_homonyms(resources.files("diplograph.lexicons").joinpath("common", "homonyms.tsv"),
                             states).get(language.code, ())

    return language.memo("homonyms", read)


def _bare(scan: Scan, item: Item, tag: Tag, homonym: Homonym) -> bool:
    """Is ``item`` the form alone (a clitic allowed), naming the homonym's state?"""
    return tag.kind == "actor" and tag.data == homonym.state and scan.text[item.start + tag.prefix:item.end] == homonym.form


def _names(scan: Scan, state: str, country_of: Callable[[Actor], Actor | None], kb,
           skip: Callable[[Scan, Item, Tag], bool]) -> bool:
    """Does some item of the sentence name ``state`` (not counting those ``skip`` passes over)?"""
    for item in scan.items:
        for tag in item.tags:
            if tag.kind not in _NAMING or skip(scan, item, tag):
                continue
            if tag.data == state:
                return True
            person = kb.actors.get(tag.data) if tag.kind == "actor" else None
            if person is not None and person.type == "Person" and (c := country_of(person)) is not None \
                    and c.id == state:
                return True
    return False


def _retagged(scan: Scan, homonym: Homonym) -> Scan:
    """The scan with every bare mention of the form retagged as the other state's capital."""
    items = []
    for item in scan.items:
        tags = tuple(Tag("capital", homonym.other, t.prefix, t.marks) if _bare(scan, item, t, homonym) else t
                     for t in item.tags)
        items.append(item if tags == item.tags else Item(item.start, item.end, tags))
    return Scan(scan.folded, scan.words, tuple(items))


def written(text: str, *, language: Language, kb) -> tuple[Homonym, ...]:
    """The homonyms whose form the text holds at all (most documents hold none, and need no first pass).

    >>> from diplograph.actors.kb import load_kb
    >>> from diplograph.lang.profile import load_language
    >>> ar, kb = load_language("ar"), load_kb()
    >>> len(written("وصل الملك إلى عمّان", language=ar, kb=kb)), written("وصل الملك إلى الرياض", language=ar, kb=kb)
    (1, ())
    """
    pairs = homonyms(language, kb)
    if not pairs:
        return ()
    folded = fold(text)
    return tuple(h for h in pairs if h.form in folded)


def read_as_capital(scans: Iterable[Scan], pairs: Sequence[Homonym], *, kb,
                    country_of: Callable[[Actor], Actor | None]) -> tuple[Homonym, ...]:
    """Of ``pairs``, the homonyms the document reads as the other state's capital.

    The scans are read once, one at a time, and not kept: a long document's
    memory stays flat (the caller scans its sentences again to read them).

    Args:
        scans: the scans of the document's sentences, in order.
        pairs: the homonyms to decide (:func:`written`).
        kb: the knowledge base.
        country_of: the state a known person serves.

    Returns:
        Each homonym whose bare form the document uses, naming its other state and never its own.
    """
    bare, own, other = set(), set(), set()
    for scan in scans:
        for h in pairs:
            alone = lambda scan, item, tag, h=h: _bare(scan, item, tag, h)
            if h not in bare and h.form in scan.text and any(alone(scan, it, t) for it in scan.items for t in it.tags):
                bare.add(h)
            if h not in own and _names(scan, h.state, country_of, kb, alone):
                own.add(h)
            if h not in other and _names(scan, h.other, country_of, kb, lambda *a: False):
                other.add(h)
    return tuple(h for h in pairs if h in bare and h in other and h not in own)


def retag(scan: Scan, chosen: Sequence[Homonym]) -> Scan:
    """The sentence's scan with every bare mention of a chosen homonym read as the other state's capital."""
    for h in chosen:
        if h.form in scan.text:
            scan = _retagged(scan, h)
    return scan


def retag_marked(scan: Scan, sentence: str, pairs: Sequence[Homonym]) -> Scan:
    """The scan with every mention written with the other's marks read as the other state's capital.

    «محادثات في عمّان»: the shadda writes Amman, whatever the rest of the document reads the bare form as.

    >>> from diplograph.actors.kb import load_kb
    >>> from diplograph.lang.profile import load_language
    >>> from diplograph.pipeline import Extractor
    >>> ar, kb = load_language("ar"), load_kb()
    >>> text = "أجرى الوزيران محادثات في عمّان"
    >>> scan = retag_marked(Extractor(kb=kb).scanner(ar).scan(text), text, homonyms(ar, kb))
    >>> [t.data for it in scan.items for t in it.tags if t.kind == "capital"]
    ['country/jor']
    """
    for h in pairs:
        if not h.marked or h.marked not in sentence:
            continue
        items = []
        for item in scan.items:
            a, b = scan.folded.span(item.start, item.end)
            tags = tuple(Tag("capital", h.other, t.prefix, t.marks) if _bare(scan, item, t, h) and h.marked in sentence[a:b]
                         else t for t in item.tags)
            items.append(item if tags == item.tags else Item(item.start, item.end, tags))
        scan = Scan(scan.folded, scan.words, tuple(items))
    return scan
