"""The event lexicon of one language, as data for the scanner.

Triggers (``triggers.tsv``), polarity and modality cues (``cues.tsv``), event
nouns (``events.tsv``), date words (``dates.tsv``) and the function words of
``language.yaml`` that cut clauses or mark relatives.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterator

from diplograph.events.polarity import cue_patterns
from diplograph.lang.forms import derived_words, entry_forms, form_marks, inflect, verb_forms, written_future
from diplograph.lang.gaps import GAP
from diplograph.lang.normalise import fold
from diplograph.lang.profile import Language
from diplograph.lang.scanner import Tag

__all__ = ["Trigger", "event_patterns"]


@dataclass(frozen=True)
class Trigger:
    """A trigger entry as found in a form: its predicate and how the form was built."""

    predicate: str
    pos: str
    frame: str = "default"
    group: str = ""
    object_words: tuple[str, ...] = ()
    future: bool = False
    #: the verb agrees with a plural or dual subject (so, in VSO languages, one before it)
    plural: bool = False
    #: the verb carries an object pronoun ("تؤيده"): its object is a phrase before it
    object_pronoun: bool = False
    prefix: str = ""
    suffix: str = ""
    #: the form itself negates: an elided negation fused to it ("n'assistera"),
    #: or a noun of absence ("l'absence de", triggers.tsv column ``negated``)
    negative: bool = False
    #: the fixed words after a verb that its subject may split from it ("أطلقت السلطات سراح"):
    #: the form is the verb alone, read only where these follow its subject
    tail: tuple[str, ...] = ()
    #: the form is an imperfect (present) one: a ``possibility`` cue before it makes it
    #: possible ("قد تستضيف": may host), not before a perfect ("قد استضافت": has hosted)
    imperfect: bool = False
    #: "f" or "m": the gender a singular verb form marks (its subject after it must agree), else ""
    gender: str = ""


def _trigger_forms(language: Language, row: dict[str, str], *,
                   future: bool | None = None) -> Iterator[tuple[str, Trigger]]:
    base = dict(
        predicate=row["predicate"], pos=row["pos"], frame=row.get("frame") or "default",
        group=row.get("group", ""),
        object_words=tuple(fold(w) for w in row.get("object_words", "").split(",") if w.strip()),
        negative=row.get("negated", "") == "yes",
    )
    words = row["base"].split()
    if row["pos"] == "verb" and "/" in words[0]:
        perfect, imperfect = words[0].split("/", 1)
        tail = tuple(fold(w) for w in words[1:])
        made: dict = {}  # one Trigger per distinct reading, not per form
        perfects = verb_forms(language, perfect, "")
        for form, info in verb_forms(language, perfect, imperfect).items():
            key = (info, form not in perfects)
            if key not in made:
                made[key] = Trigger(future=info.future, plural=info.plural, object_pronoun=info.object_pronoun,
                                    imperfect=key[1], gender=info.gender, **base)
                if tail:
                    made[key, "split"] = replace(made[key], tail=tail)
            yield " ".join((form, *tail)), made[key]
            if tail:
                yield form, made[key, "split"]
    elif row["pos"] == "verb":
        # A language without stems (English, French) writes each form out; a
        # future suffix marks it future ("accueillera"), and an elided
        # negation fused to it ("n'assistera") negates it.
        if future is None:
            # a dictionary's tense where the language has one ("передам" is future, "передаю" is not)
            future = written_future(language, row["base"])
        if future is None:
            suffixes = tuple(fold(x) for x in language.verb.get("future_suffixes", ()))
            # the verb is the first word no pronoun ("se rendra à")
            pronouns = {fold(x) for x in language.verb.get("pronoun_words", ())}
            verb = next((w for w in words if fold(w) not in pronouns), words[0])
            future = bool(suffixes) and fold(verb).endswith(suffixes)
        negations = language.folded("negating_prefixes")
        tail = _split_tail(language, words)
        made = {}
        for form, prefix, _ in inflect(language, row["base"], "verb"):
            if prefix not in made:
                negative = base["negative"] or fold(prefix) in negations
                made[prefix] = Trigger(**{**base, "negative": negative}, future=future, prefix=prefix)
                if tail:
                    made[prefix, "split"] = replace(made[prefix], tail=tail)
            yield form, made[prefix]
            if tail and form.endswith(" " + " ".join(tail)):
                # "прибыл вчера в Москву": the verb alone, read where its tail follows
                yield form[:-len(" ".join(tail))].rstrip(), made[prefix, "split"]
    elif row["pos"] == "form":
        future = any(fold(row["base"]).startswith(fold(p)) for p in language.verb.get("future_prefixes", ()))
        for form in entry_forms(language, row["base"], "cue"):
            yield form, Trigger(future=future, **base)
    else:
        made = {}
        for form, prefix, suffix in inflect(language, row["base"], "noun"):
            if (prefix, suffix) not in made:
                made[prefix, suffix] = Trigger(prefix=prefix, suffix=suffix, **base)
            yield form, made[prefix, suffix]


def cue_forms(language: Language, cue: str) -> set[str]:
    """The folded forms of a cue: written out, or a verb's conjugation when it is written as stems.

    A cue whose first word is ``perfect/imperfect`` stems (as in triggers.tsv)
    stands for every person, number, tense and clitic of that verb, then its
    fixed words; an empty imperfect gives the perfect only.

    >>> from diplograph.lang.profile import load_language
    >>> ar = load_language("ar")
    >>> {fold(f) for f in ("قالوا", "تقول", "سيقول", "وقالت")} <= cue_forms(ar, "قال/قول")
    True
    >>> fold("ذكروا") in cue_forms(ar, "ذكر/"), fold("يذكر") in cue_forms(ar, "ذكر/")
    (True, False)
    """
    first, _, rest = cue.partition(" ")
    if "/" not in first:
        return entry_forms(language, cue, "cue")
    perfect, imperfect = first.split("/", 1)
    tail = " ".join(fold(w) for w in rest.split())
    return {" ".join(filter(None, (form, tail))) for form in verb_forms(language, perfect, imperfect)}


def _split_tail(language: Language, words: list[str]) -> tuple[str, ...]:
    """The words after a written verb when the last is a ``split_tails`` preposition ("прибыл с визитом в"), else none.

    >>> from diplograph.lang.profile import load_language
    >>> _split_tail(load_language("ru"), ["прибыл", "в"]), _split_tail(load_language("ru"), ["провёл", "переговоры"])
    (('в',), ())
    """
    tails = language.folded("split_tails")
    if len(words) < 2 or fold(words[-1]) not in tails:
        return ()
    return tuple(fold(w) for w in words[1:])


def _derived_patterns(language: Language, rows: list[dict[str, str]],
                      nouns: frozenset[str] = frozenset()) -> Iterator[tuple[str, Tag]]:
    # The siblings of a written verb form (forms.verb.derived_endings: "soutenant"
    # gives "soutenait"); a form some row writes out keeps that row's reading alone.
    if not language.verb.get("derived_endings"):
        return
    verbs = [r for r in rows if r["pos"] == "verb" and "/" not in r["base"]]
    others = language.folded("not_trigger_forms")
    written = {fold(r["base"]) for r in verbs}
    suffixes = tuple(fold(x) for x in language.verb.get("future_suffixes", ()))
    active = tuple(language.folded("active_suffixes"))
    for row in verbs:
        first, _, tail = row["base"].partition(" ")
        future = bool(suffixes) and fold(first).endswith(suffixes)
        for word in derived_words(language, first):
            # A future derived from a participle ("condamné": "condamnera") is one; a derived
            # word gives its own siblings in its tense ("condamnerait", "condamnait").
            tense = future or (bool(suffixes) and fold(word).endswith(suffixes))
            for sibling in [word, *(derived_words(language, word) if word != first else ())]:
                base = " ".join(filter(None, (sibling, tail)))
                frame = row.get("frame") or "default"
                if frame == "participle" and not fold(sibling).endswith(active):
                    frame = "default"  # "soutenait" is no participle, whatever the row of "soutenant" reads
                if fold(base) not in written:
                    for form, trigger in _trigger_forms(language, {**row, "base": base, "frame": frame}, future=tense):
                        if form not in others and not (trigger.prefix and form in nouns):
                            yield form, Tag("trigger", trigger)


def _with_elided(language: Language, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The rows, and the twin of each ending in an ``elided_words`` word that ends in its elided form instead.

    "en faveur de" is written "en faveur d'" before a vowel ("en faveur d'une trêve");
    a twin some row writes out already is not made again, nor one whose head a row
    writes alone (that row reads what follows by its own frame: "visite", "la visite d'Olaf Scholz").

    >>> from diplograph.lang.profile import load_language
    >>> rows = [{"predicate": "supports", "pos": "verb", "base": "plaide en faveur de"}]
    >>> [r["base"] for r in _with_elided(load_language("fr"), rows)]
    ['plaide en faveur de', "plaide en faveur d'"]
    """
    elided = dict(language.get("elided_words"))
    if not elided:
        return rows
    written = {(r["predicate"], r["pos"], r.get("frame", ""), r["base"]) for r in rows}
    alone = {(r["predicate"], r["pos"], r["base"]) for r in rows}
    twins = []
    for row in rows:
        head, _, last = row["base"].rpartition(" ")
        if head and last in elided and (row["predicate"], row["pos"], head) not in alone:
            base = f"{head} {elided[last]}"
            if (row["predicate"], row["pos"], row.get("frame", ""), base) not in written:
                twins.append({**row, "base": base})
    return rows + twins


def event_patterns(language: Language) -> Iterator[tuple[str, Tag]]:
    """Folded surface forms of every event-lexicon entry, tagged for the scanner.

    Args:
        language: the language to match.

    Returns:
        ``(form, Tag)`` pairs with kinds ``trigger`` (data: :class:`Trigger`),
        ``split`` (a verb whose fixed tail may follow its subject; data: :class:`Trigger`),
        ``cue`` (data: (kind, scope)), ``event`` (data: type), ``date``
        (data: (kind, value)), ``clause``, ``light`` (a light verb), ``gap`` (a word that may split a multi-word trigger), ``relative`` and ``stop``.

    >>> from diplograph.lang.profile import load_language
    >>> tags = dict(event_patterns(load_language("ar")))
    >>> t = tags[fold("سيترأسان")].data
    >>> t.predicate, t.future, t.plural
    ('chairs', True, True)
    """
    others = language.folded("not_trigger_forms")
    rows = _with_elided(language, language.tables.get("triggers", []))
    nouns = {form for row in rows if row["pos"] == "noun" for form, _ in _trigger_forms(language, row)}
    for row in rows:
        marks = form_marks(language, row["base"], "verb") if row["pos"] == "verb" else {}
        for form, trigger in _trigger_forms(language, row):
            if form in others:
                continue
            if trigger.pos == "verb" and trigger.prefix and form in nouns:
                # "l'attaque" is the noun with its article, not the clitic before a
                # participle that folding makes its homograph ("attaqué").
                continue
            # a verb split from its tail is read only where the tail follows its subject
            yield form, Tag("split" if trigger.tail else "trigger", trigger, marks=marks.get(form, frozenset()))
    yield from _derived_patterns(language, rows, frozenset(nouns))
    for form, reading in cue_patterns(language.tables.get("cues", []), lambda cue: cue_forms(language, cue)):
        yield form, Tag("cue", reading)
    for row in language.tables.get("events", []):
        for form in entry_forms(language, row["noun"], "noun"):
            yield form, Tag("event", row["type"])
    for row in language.tables.get("dates", []):
        for form in entry_forms(language, row["word"], "cue"):
            yield form, Tag("date", (row["kind"], row["value"]))
    for word in language.words("clause_words"):
        yield fold(word), Tag("clause")
    for word in language.words("trigger_gap_words"):
        for form in entry_forms(language, word, "cue"):
            yield form, Tag(GAP)
    for word in language.words("light_verbs"):
        for form in entry_forms(language, word, "cue"):
            yield form, Tag("light")
    for word in language.words("relative_words"):
        for form in entry_forms(language, word, "cue"):
            yield form, Tag("relative")
    for word in language.words("stopwords"):
        yield fold(word), Tag("stop")
