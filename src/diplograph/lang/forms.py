"""Surface forms of lexicon entries, generated once at load time.

A lexicon writes each entry once, in its base form; this module attaches the
language's clitics and inflections (``language.yaml``, ``forms``) so that an
automaton finds every attested spelling: للكرملين، وبالروس، رفضه، سيترأسان.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable

from diplograph.errors import DataError
from diplograph.lang.normalise import fold
from diplograph.lang.profile import Language, WordClass

__all__ = ["FUTURE", "VerbForm", "derived_words", "entry_forms", "form_marks", "inflect", "nominative", "register_inflector",
           "tense_forms", "verb_forms", "written_future"]

#: Inflectors by the name ``language.yaml`` gives them (``forms.inflector``):
#: ``(language, entry, word_class) -> {entry and its inflected forms}``, made
#: before clitics attach. See :mod:`diplograph.lang.morph`.
INFLECTORS: dict[str, Callable[[Language, str, str], set[str]]] = {}
#: What each inflected form may be, by inflector name: ``(language, entry,
#: word_class) -> {form: grammemes}`` (the cases of a declined form).
MARKERS: dict[str, Callable[[Language, str, str], dict[str, frozenset[str]]]] = {}
#: The mark a marker gives every form of a verb entry written in a future tense.
FUTURE = "future"


#: Back to the nominative, by inflector name: ``(language, name, cases) -> name``.
NOMINATIVES: dict[str, Callable[[Language, str, frozenset[str]], str]] = {}
#: A verb lemma's written forms, one for each tense it has, by inflector name:
#: ``(language, infinitive) -> [form]`` (a lexicon row then stands for one row per form).
TENSES: dict[str, Callable[[Language, str], list[str]]] = {}


def register_inflector(name: str, *, marks: Callable | None = None, nominative: Callable | None = None,
                       tenses: Callable | None = None):
    """Register an inflector under the name ``forms.inflector`` may give, with the functions that mark its forms, undo them and conjugate a lemma."""
    def register(function):
        INFLECTORS[name] = function
        for table, value in ((MARKERS, marks), (NOMINATIVES, nominative), (TENSES, tenses)):
            if value is not None:
                table[name] = value
        return function
    return register


def nominative(language: Language, name: str, cases: frozenset[str]) -> str:
    """A name read in one of ``cases`` (its title's), in the nominative; as written where the language has no case.

    >>> from diplograph.lang.profile import load_language
    >>> nominative(load_language("en"), "John Smith", frozenset())
    'John Smith'
    """
    inflector = (language.get("forms") or {}).get("inflector")
    return NOMINATIVES[inflector](language, name, cases) if inflector in NOMINATIVES and cases else name


def tense_forms(language: Language, lemma: str) -> list[str] | None:
    """The written forms a verb lemma stands for, one per tense; None where the inflector conjugates no lemma.

    >>> from diplograph.lang.profile import load_language
    >>> tense_forms(load_language("en"), "host") is None
    True
    """
    inflector = (language.get("forms") or {}).get("inflector")
    return TENSES[inflector](language, lemma) if inflector in TENSES else None


def written_future(language: Language, entry: str) -> bool | None:
    """Is a verb entry written in a future tense, by its inflector's marks; None where the language has no marker.

    Russian: "посещу" and "передам" are future, "приветствую" (also a present) is not
    (tests/lang/ru/test_case.py). A language with no marker:

    >>> from diplograph.lang.profile import load_language
    >>> written_future(load_language("en"), "will host") is None
    True
    """
    marks = form_marks(language, entry, "verb")
    if not marks:
        return None
    return any(FUTURE in m for m in marks.values())


def form_marks(language: Language, entry: str, word_class: str) -> dict[str, frozenset[str]]:
    """The grammemes (cases) each folded form of an entry may carry; empty where the language marks none.

    A form two readings give is marked by both; a reading that marks nothing
    (it does not decline) leaves the form unmarked: nothing is known of it.

    >>> from diplograph.lang.profile import load_language
    >>> form_marks(load_language("en"), "Egypt", "name")
    {}
    """
    name = (language.get("forms") or {}).get("inflector")
    if name not in MARKERS:
        return {}
    out: dict[str, frozenset[str]] = {}
    for inflected, marks in MARKERS[name](language, entry, word_class).items():
        for form, _, _ in _affixed(language, inflected, word_class):
            known = out.get(form, marks)
            out[form] = (known | marks) if known and marks else frozenset()
    return out


def _inflected(language: Language, entry: str, word_class: str) -> set[str]:
    name = (language.get("forms") or {}).get("inflector")
    if not name:
        return {entry}
    if name not in INFLECTORS:
        from diplograph.errors import DataError
        raise DataError(f"lexicons/{language.code}/language.yaml: forms.inflector {name!r} is unknown; "
                        f"use one of: {', '.join(sorted(INFLECTORS))}")
    return INFLECTORS[name](language, entry, word_class)


def _join(language: Language, left: str, right: str) -> str:
    # A junction rewrites the seam, as ل + الكرملين -> للكرملين.
    for left_end, right_start, seam in language.junctions:
        if left.endswith(left_end) and right.startswith(right_start):
            return left[: len(left) - len(left_end)] + seam + right[len(right_start):]
    return left + right


def _suffixed(language: Language, word: str, suffix: str) -> tuple[str, ...]:
    # A final letter may be spelled several ways before a suffix (the Arabic
    # hamza by case: لقاؤه، لقائه، لقاءه); each spelling is a form.
    if suffix and word and word[-1] in language.before_suffix:
        return tuple(word[:-1] + end + suffix for end in language.before_suffix[word[-1]])
    return (word + suffix,)


def inflect(language: Language, entry: str, word_class: str) -> set[tuple[str, str, str]]:
    """Folded surface forms of an entry with the prefix and suffix each one took.

    Prefixes attach to the first word and suffixes to the last, as clitics do.

    Args:
        language: the language whose affixes apply.
        entry: the base form, as written in the lexicon.
        word_class: a class of ``language.yaml`` (name, title, adjective, noun, cue).

    Returns:
        ``{(form, prefix, suffix)}``, the bare entry among them as ``(form, "", "")``.

    >>> from diplograph.lang.profile import load_language
    >>> ("لرفضه", "ل", "ه") in inflect(load_language("ar"), "رفض", "noun")
    True
    >>> sorted(f for f, p, s in inflect(load_language("ar"), "لقاء", "noun") if (p, s) == ("", "ه") and f.startswith("لقا"))
    ['لقاءه', 'لقاوه', 'لقايه']
    """
    return set().union(*(_affixed(language, e, word_class) for e in _inflected(language, entry, word_class)))


def _affixed(language: Language, entry: str, word_class: str) -> set[tuple[str, str, str]]:
    cls = language.classes.get(word_class, WordClass())
    words = entry.split()
    if not words:
        return set()
    first, middle, last = words[0], words[1:-1], words[-1]
    heads = {first} | ({cls.article + first} if cls.article and not first.startswith(cls.article) else set())
    out = set()
    for suffix in ("", *cls.suffixes):
        for head in heads:
            if len(words) == 1:
                cores = _suffixed(language, head, suffix)
            else:
                cores = [" ".join([head, *middle, end]) for end in _suffixed(language, last, suffix)]
            for core in cores:
                for prefix in ("", *cls.prefixes):
                    out.add((fold(_join(language, prefix, core)), prefix, suffix))
    return out


def entry_forms(language: Language, entry: str, word_class: str) -> set[str]:
    """Every folded surface form of a (possibly multi-word) lexicon entry.

    >>> from diplograph.lang.profile import load_language
    >>> ar = load_language("ar")
    >>> sorted(f for f in entry_forms(ar, "الكرملين", "name") if f.startswith("لل"))
    ['للكرملين']
    """
    return {form for form, _, _ in inflect(language, entry, word_class)}


def _weak_rules(language: Language) -> dict[tuple[str, str], str]:
    """``forms.verb.weak_endings`` as ``{(stem end, suffix): written}``, read once.

    A rule ``"ى+وا=وا"`` says that a stem ending in ى meets the suffix وا as
    وا: the weak letter is dropped (التقى + وا -> التقوا).
    """
    def read() -> dict[tuple[str, str], str]:
        rules = {}
        for rule in language.verb.get("weak_endings", ()):
            end, _, rest = str(rule).partition("+")
            suffix, eq, written = rest.partition("=")
            if not end or not suffix or not eq:
                raise DataError(f"lexicons/{language.code}/language.yaml forms.verb.weak_endings: "
                                f"{rule!r} is not 'ending+suffix=written' (the ending, the suffix and what they are written as)")
            rules[end, suffix] = written
        return rules

    return language.memo("weak_endings", read)


def _derivation_rules(language: Language) -> tuple[tuple[str, str], ...]:
    """``forms.verb.derived_endings`` as ``((ending, new ending), ...)``, read once."""
    def read() -> tuple[tuple[str, str], ...]:
        rules = []
        for rule in language.verb.get("derived_endings", ()):
            old, sep, new = str(rule).partition(">")
            if not old or not sep:
                raise DataError(f"lexicons/{language.code}/language.yaml forms.verb.derived_endings: "
                                f"{rule!r} is not 'ending>ending' (e.g. 'ant>ait') nor 'ending>' (a stop: that ending derives nothing)")
            rules.append((old, new))
        return tuple(rules)

    return language.memo("derived_endings", read)


def derived_words(language: Language, word: str) -> list[str]:
    """The sibling forms a written verb form gives by ``forms.verb.derived_endings``.

    A lexicon that writes verb forms out writes the ones whose stems are
    irregular; the forms every verb builds the same way from one of them are
    made here: the imperfect from the present participle, the conditional
    from the future. A rule ``"ant>ait"`` says that a form ending in "ant"
    also stands for the same stem with "ait".

    >>> from diplograph.lang.profile import load_language
    >>> sorted(derived_words(load_language("fr"), "soutenant"))
    ['soutenaient', 'soutenait', 'soutenons']
    >>> derived_words(load_language("fr"), "accueillera")
    ['accueillerait']
    >>> derived_words(load_language("en"), "hosting")
    []

    A rule with nothing after ">" stops the others: a form with its ending
    derives nothing ("ée>": "condamnée" is no present that "e>ent" could make plural).

    >>> derived_words(load_language("fr"), "condamnée"), derived_words(load_language("fr"), "condamne")
    ([], ['condamnent'])
    """
    rules = _derivation_rules(language)
    if any(word.endswith(old) for old, new in rules if not new):
        return []
    return [word[: len(word) - len(old)] + new for old, new in rules
            if new and word.endswith(old) and len(word) > len(old) + 1]


def _verb_suffixed(language: Language, stem: str, suffix: str) -> str:
    # A final-weak stem fuses with its suffix by rule (أجرى + ت -> أجرت, دعا + وا -> دعوا);
    # any other stem takes the suffix as a noun does.
    rules = _weak_rules(language)
    for end_len in (2, 1):
        end = stem[-end_len:]
        if len(stem) > end_len and (end, suffix) in rules:
            return stem[:-end_len] + rules[end, suffix]
    return _suffixed(language, stem, suffix)[0]


@dataclass(frozen=True)
class VerbForm:
    """What a conjugated form tells: future, plural agreement, an attached object pronoun, a singular's gender."""

    future: bool = False
    plural: bool = False
    object_pronoun: bool = False
    #: "f" or "m" where the affixes mark a singular's gender (``feminine_suffixes`` and the like), else ""
    gender: str = ""


def verb_forms(language: Language, perfect: str, imperfect: str) -> dict[str, VerbForm]:
    """Folded conjugated forms of a verb, each with what its affixes mark.

    Args:
        language: the language whose ``forms.verb`` affixes apply.
        perfect: the perfect (past) stem, or "".
        imperfect: the imperfect (present) stem without person prefix, or "".

    Returns:
        ``{form: VerbForm}``.

    >>> from diplograph.lang.profile import load_language
    >>> forms = verb_forms(load_language("ar"), "أيد", "ؤيد")
    >>> forms[fold("سيؤيدان")]
    VerbForm(future=True, plural=True, object_pronoun=False, gender='')
    >>> forms[fold("وتؤيده")]
    VerbForm(future=False, plural=False, object_pronoun=True, gender='f')

    Final-weak stems follow ``forms.verb.weak_endings``:

    >>> met = verb_forms(load_language("ar"), "التقى", "لتقي")
    >>> [fold(f) in met for f in ("التقت", "التقوا", "يلتقون", "التقاه", "التقيوا", "يلتقيون")]
    [True, True, True, True, False, False]
    """
    verb = language.verb
    plural_suffixes = set(verb.get("plural_suffixes", ()))
    stems: list[tuple[str, bool, bool, str]] = []  # (form, future, plural, gender)
    if perfect:
        stems += [(_verb_suffixed(language, perfect, s), False, s in plural_suffixes, _gender(verb, "", s))
                  for s in ("", *verb.get("perfect_suffixes", ()))]
    if imperfect:
        for s in ("", *verb.get("imperfect_suffixes", ())):
            for p in verb.get("imperfect_prefixes", ("",)):
                form = p + _verb_suffixed(language, imperfect, s)
                gender = _gender(verb, p, s) if s == "" else ""
                stems.append((form, False, s in plural_suffixes, gender))
                stems += [(f + form, True, s in plural_suffixes, gender) for f in verb.get("future_prefixes", ())]
    out: dict[str, VerbForm] = {}
    for form, future, plural, gender in stems:
        variants = [(form, False)] + [(_verb_suffixed(language, form, s), True) for s in verb.get("object_suffixes", ())]
        for variant, pronoun in variants:
            for prefix in ("", *verb.get("proclitics", ())):
                key, made = fold(_join(language, prefix, variant)), VerbForm(future, plural, pronoun, gender)
                if key in out and out[key].gender and gender and out[key].gender != gender:
                    # one form, two genders (a stem ending in the feminine mark): it tells none
                    made = replace(out[key], gender="")
                    out[key] = made
                out.setdefault(key, made)
    return out


def _gender(verb: dict, prefix: str, suffix: str) -> str:
    """The gender a singular form's affixes mark: "f", "m" or "" (none, or not a singular).

    >>> _gender({"feminine_suffixes": ["t"], "masculine_prefixes": ["y"]}, "", "t"), _gender({"feminine_suffixes": ["t"]}, "", "")
    ('f', 'm')
    """
    feminine = verb.get("feminine_suffixes", ())
    if not feminine:
        return ""
    if prefix:  # an imperfect: its prefix marks the gender
        return "f" if prefix in verb.get("feminine_prefixes", ()) else "m" if prefix in verb.get("masculine_prefixes", ()) \
            else ""
    return "f" if suffix in feminine else "m" if suffix == "" else ""

