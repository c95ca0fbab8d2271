"""The gazetteer: the actor patterns of one language, as data for the scanner.

Like spaCy's SpanRuler, it is a component whose patterns are data: the
knowledge base gives names, capitals and nationality adjectives; the
language's ``titles.tsv`` and ``bodies.tsv`` give titles and body nouns.
Every entry is inflected by :mod:`diplograph.lang.forms`.
"""
from __future__ import annotations

from typing import Iterator

from diplograph.actors.kb import load_kb
from diplograph.lang.forms import entry_forms, form_marks, inflect
from diplograph.lang.normalise import fold
from diplograph.lang.profile import Language
from diplograph.lang.scanner import Tag
from diplograph.lang.schema import check_column
from diplograph.types import POSITIONS

__all__ = ["actor_patterns"]

# "counterpart" takes the office of the titled person named before it (actors/mentions.py).
check_column("titles", "position", lambda: (*POSITIONS, "counterpart"))
check_column("plural_titles", "position", lambda: POSITIONS)
# "the Iranian president": a title may name an office by its written title (people.yaml) as well.
check_column("titles", "office", lambda: load_kb().written_titles(), blank=True)
# "مستشاره", "his envoy": a title whose owner is a pronoun, the actor named before (actors/mentions.py).
check_column("titles", "owner", lambda: ("pronoun",), blank=True)
# "وزيرة الخارجية", "la présidente": a feminine title names a woman only (people.yaml gender).
check_column("titles", "gender", lambda: ("female",), blank=True)
# "the Algerian interior ministry": a ministry is an actor of its own (actors/mentions.py).
check_column("bodies", "kind", lambda: ("ministry",), blank=True)


def _clitic_forms(language: Language, entry: str, word_class: str, kind: str, data) -> Iterator[tuple[str, Tag]]:
    """The forms of an entry, each tagged with the length of the clitic it took and the cases it may be in."""
    forms = inflect(language, entry, word_class)
    marks = form_marks(language, entry, word_class)
    bare = {form for form, prefix, _ in forms if not prefix}
    for form, prefix, _ in forms:
        trim = len(fold(prefix)) if prefix and form[len(fold(prefix)):] in bare else 0
        yield form, Tag(kind, data, trim, marks.get(form, frozenset()))


def _spellings(language: Language, text: str) -> set[str]:
    """A name and its spelling variants ("عبد الفتاح" / "عبدالفتاح")."""
    out = {text}
    for written, variant in language.get("name_variants") or ():
        out |= {t.replace(written, variant) for t in out if written in t}
    return out


def _is_acronym(alias) -> bool:
    """An alias that names its actor only in capitals: an acronym, or any all-capital alias ("WHO", "IDF")."""
    return alias.kind == "acronym" or (alias.text.isupper() and sum(c.isalpha() for c in alias.text) >= 2)


def _name_patterns(language: Language, aliases) -> Iterator[tuple[str, Tag]]:
    """Actor names; a form that only an acronym gives also carries a ``cased`` tag.

    Folding drops case, so "who" and "us" would name the WHO and the United
    States: the ``cased`` tag (data: the acronym's folded length) lets the
    mention finder check the original text's capitals. A form that some
    ordinary name also gives ("Nato", "Hamas") needs no check.
    """
    plain: set[str] = set()
    cased: dict[str, int] = {}
    for alias in aliases:
        for text in _spellings(language, alias.text):
            for form, tag in _clitic_forms(language, text, "name", "actor", alias.actor_id):
                if _is_acronym(alias):
                    cased.setdefault(form, len(fold(text)))
                else:
                    plain.add(form)
                yield form, tag
    for form, length in cased.items():
        if form not in plain:
            yield form, Tag("cased", length)


def actor_patterns(kb, language: Language) -> Iterator[tuple[str, Tag]]:
    """Folded surface forms of every actor entry, tagged for the scanner.

    Args:
        kb: the :class:`~diplograph.actors.kb.KnowledgeBase`.
        language: the language to match.

    Returns:
        ``(form, Tag)`` pairs with kinds ``actor`` (data: actor id),
        ``capital`` and ``adjective`` (data: state id), ``title`` and
        ``plural_title`` (data: position), ``office_title`` (data: an office's written title), ``possessed`` (data: the title a pronoun owns, as written), ``feminine`` (a feminine title; no data), ``body`` (data: label), ``cased`` (data: the length of
        an acronym to check for capitals), ``latter``, ``country_anaphor``, ``pair_anaphor`` (data: a count above two, else None)
        and ``pronoun`` (data: the actor types it may stand for), ``seat_head`` (no data).
    """
    code = language.code
    yield from _name_patterns(language, kb.aliases(code))
    for kind, aliases, word_class in (("capital", kb.capitals(code), "name"),
                                      ("adjective", kb.adjectives(code), "adjective")):
        for alias in aliases:
            for text in _spellings(language, alias.text):
                yield from _clitic_forms(language, text, word_class, kind, alias.actor_id)
    for row in language.tables.get("titles", []):
        yield from _clitic_forms(language, row["title"], "title", "title", row["position"])
        if row.get("owner"):
            yield from _clitic_forms(language, row["title"], "title", "possessed", row["title"])
        if row.get("gender"):
            yield from _clitic_forms(language, row["title"], "title", "feminine", None)
        if row.get("office"):
            # the office's written title, where a state's data names the post otherwise than its position
            yield from _clitic_forms(language, row["title"], "title", "office_title", row["office"])
        # "Deputy Foreign Minister", "نائب وزير الخارجية", "secrétaire général adjoint": a deputy's post is "other".
        for prefix in language.words("deputy_prefixes"):
            yield from _clitic_forms(language, prefix + row["title"], "title", "title", "other")
        for suffix in language.words("deputy_suffixes"):
            yield from _clitic_forms(language, row["title"] + suffix, "title", "title", "other")
    for row in language.tables.get("plural_titles", []):
        # "presidents", "الرئيسان": one title that several named people share, each with a state.
        yield from _clitic_forms(language, row["title"], "title", "plural_title", row["position"])
    for row in language.tables.get("bodies", []):
        yield from _clitic_forms(language, row["noun"], "title", "body", row["label"])
    for word in language.words("profession_words"):
        # "the writer NAME", "الكاتب NAME": a person the knowledge base may lack, with no office.
        yield from _clitic_forms(language, word, "title", "profession", None)
    for word in language.words("latter_words"):
        for form in entry_forms(language, word, "cue"):
            yield form, Tag("latter")
    for word in language.words("latter_openers"):
        # «Тот прибыл в Астану»: as written, and read only where it opens its sentence before a verb (resolve.coref)
        yield fold(word), Tag("latter", "opener")
    for word in language.words("country_anaphors"):
        for form in entry_forms(language, word, "cue"):
            yield form, Tag("country_anaphor")
    for word in language.words("pair_anaphors"):
        # "the two countries", "الجانبان": the last two actors named together.
        yield from _clitic_forms(language, word, "name", "pair_anaphor", None)
    for count, words in (language.get("counted_anaphors") or {}).items():
        # "the three countries", "les trois États": as many sides as the count, named together before.
        for word in words:
            yield from _clitic_forms(language, word, "name", "pair_anaphor", count)
    for row in language.tables.get("groups", []):
        # "protesters", "الشرطة": an unnamed collective, with a state when the text gives one.
        yield from _clitic_forms(language, row["noun"], "title", "group", (row["group"], row["label"]))
    for word, types in (language.get("descriptions") or {}).items():
        # "the Swiss diplomat", "the bloc": resolved to an actor met before (resolve.coref).
        yield from _clitic_forms(language, word, "title", "description", tuple(types))
    for word in language.words("seat_head_words"):
        # "the Kremlin leader", "سيد الكرملين": whoever heads the seat beside it (resolve.coref).
        yield from _clitic_forms(language, word, "title", "seat_head", None)
    for word, types in (language.get("pronouns") or {}).items():
        # A pronoun takes a name's clitics: "qu'elle".
        yield from _clitic_forms(language, word, "name", "pronoun", tuple(types))
