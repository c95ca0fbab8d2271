"""Inflectors: every case, number and agreement form of a lexicon entry, from a morphological dictionary.

A language whose nouns decline (``language.yaml``: ``forms.inflector``)
writes each entry once, in the nominative (a verb in one form of the tense it
means); the inflector named there gives the forms an automaton must find.
They are made when the automaton is built, never per token: the built
automaton is cached (:meth:`diplograph.lang.scanner.Scanner.cached`).

The ``pymorphy`` inflector reads the dictionary of the language's code
shipped by ``pymorphy3-dicts-<code>`` (OpenCorpora for ``ru``; offline). An entry is read left to right:

- words that do not decline (prepositions, particles, indeclinable or
  unknown names) stay as written;
- the nominative words up to the first word in another case decline
  together, in agreement (name: "Сергей Лавров" -> "Сергеем Лавровым";
  a body's name up to its first common noun: "Шанхайская организация
  сотрудничества" -> "Шанхайской организацией сотрудничества";
  title: "специальный посланник" -> "специальному посланнику"); the words
  after it are a fixed complement ("министр | иностранных дел");
- a verb gives the forms of its tense that differ in person, gender and
  number ("встретился" -> "встретилась", "встретились"; "посетит" ->
  "посетят"), then the words after it stay as written ("ввёл | санкции");
  a past verb also gives its short passive participles, marked ``PRTS``
  ("принял" -> "принят", "приняты"); the forms of a perfective non-past are
  marked ``FUTURE`` ("посещу" -> "посетит"), unless the written form is also
  an imperfective present (a two-aspect verb: "приветствую" -> "приветствует"
  is the present, as news uses it).

A verb row may name its lemma instead, the perfective and imperfective
infinitives ("прибыть/прибывать в"): :func:`pymorphy_tenses` writes the
forms it stands for, one per tense, and each is read as above.
"""
from __future__ import annotations

from functools import cache
from itertools import product
from typing import Any

from diplograph.errors import DataError, DiplographError
from diplograph.lang.forms import FUTURE, register_inflector
from diplograph.lang.normalise import fold

__all__ = ["pymorphy_forms", "pymorphy_marks", "pymorphy_tenses"]

#: cases a declined entry is generated in (gen2/loc2: "чашку чаю", "в Крыму")
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "gen2", "loc2")
#: parts of speech that decline as nouns, and those that agree with them
_NOUNS = {"NOUN", "NPRO"}
_AGREEING = {"ADJF", "PRTF", "NUMR"}
_VERBS = {"VERB", "INFN", "GRND", "PRTS"}
#: words that may stand before an entry's head and stay as written
_FUNCTION_WORDS = {"PREP", "PRCL", "CONJ", "ADVB", "INTJ"}
#: classes whose entries are written in the singular but are also met in the plural ("переговоры");
#: not titles: "президенты Казахстана" is no one president (plural_titles.tsv writes the plural)
_BOTH_NUMBERS = {"noun", "cue"}
#: grammemes of a proper noun's parse: a person's or a place's name
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
#: what marks a tense slice of a verb: forms that share these grammemes belong together
_SLICE = ("past", "pres", "futr", "impr", "INFN", "GRND", "PRTS", "PRTF")


@cache
def _analyzer(code: str) -> Any:
    """The dictionary of a language (``pymorphy3-dicts-<code>``), loaded once."""
    try:
        import pymorphy3
    except ImportError as err:  # pragma: no cover - a dependency of the package
        raise DiplographError("the 'pymorphy' inflector needs pymorphy3 and pymorphy3-dicts-ru; "
                              "pip install pymorphy3 pymorphy3-dicts-ru") from err
    try:
        return pymorphy3.MorphAnalyzer(lang=code)
    except (ValueError, LookupError, OSError) as err:
        raise DiplographError(f"the 'pymorphy' inflector has no dictionary for {code!r}; "
                              f"pip install pymorphy3-dicts-{code}") from err


def _nominative(morph, word: str, word_class: str, gender: str | None):
    """The best reading of ``word`` as a nominative noun or adjective, or None."""
    if not word[:1].isalpha():
        return None
    parses = [p for p in morph.parse(word) if "nomn" in p.tag and p.tag.POS in _NOUNS | _AGREEING]
    if word_class == "name":
        # a name is a proper noun: prefer first names, surnames and places to a guessed common noun
        # (a declinable one first: "Фидан" alone is a man's surname more often than a woman's indeclinable name)
        parses.sort(key=lambda p: (not ({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr"} & set(p.tag.grammemes)),
                                   "Fixd" in p.tag))
    if gender:
        agreeing = [p for p in parses if p.tag.gender == gender or p.tag.number == "plur"]
        if not agreeing and word_class == "name":
            return None  # "Камала Харрис": a woman's foreign surname does not decline
        parses = agreeing or parses
    return parses[0] if parses else None


def _declined(parse, case: str, number: str | None, animate: bool) -> str | None:
    if "Fixd" in parse.tag or parse.tag.POS == "NPRO":  # a pronoun stands only as written (a subject)
        return None
    wanted = {case} | ({number} if number else set())
    if case == "accs" and parse.tag.POS in _AGREEING and number:
        # an adjective agreeing with an animate noun takes its genitive-like accusative
        wanted |= {"anim" if animate else "inan"} if number == "plur" or parse.tag.gender == "masc" else set()
    form = parse.inflect(wanted)
    return form.word if form is not None else None


def _restore(form: str, written: str) -> str:
    """The generated form, capitalised and hyphenated as the written word is ("Касым-Жомарта")."""
    if written[:1].isupper():
        form = "-".join(part[:1].upper() + part[1:] for part in form.split("-"))
    return form


def _verb_slice(morph, word: str, kinds: set[str]) -> dict[str, set[str]] | None:
    """The forms of a verb's tense that differ in person, gender and number (and case, for a participle), or None for a non-verb."""
    parses = morph.parse(word)
    for parse in parses[:1]:
        if parse.tag.POS not in kinds:
            continue
        marks = {g for g in _SLICE if g in parse.tag}
        if "INFN" in marks or "GRND" in marks:
            return {word: set()}
        voice = {g for g in ("actv", "pssv") if g in parse.tag}
        aspect = {parse.tag.aspect} - {None}
        # "передам" is a future only; "передаю", "приветствую" may be a present too, and are read so
        tense = {FUTURE} if all("futr" in p.tag for p in parses if p.tag.POS == parse.tag.POS) else set()
        out: dict[str, set[str]] = {word: set(tense)}
        for form in parse.lexeme:
            if marks <= set(form.tag.grammemes) | {form.tag.POS} and voice <= set(form.tag.grammemes) \
                    and aspect <= set(form.tag.grammemes) and form.tag.POS == parse.tag.POS:
                out.setdefault(_restore(form.word, word), set(tense))
            elif "PRTF" in kinds and "past" in marks and form.tag.POS == "PRTS" and "past" in form.tag and "pssv" in form.tag:
                # "принял" -> "был принят": the short passive participle, read only as a passive
                out.setdefault(_restore(form.word, word), {"PRTS"})
            elif "PRTF" in kinds and "past" in marks and "perf" in aspect and form.tag.POS == "PRTF" \
                    and "past" in form.tag and "pssv" in form.tag:
                # "предложенный Турцией план": the full passive participle, in every case, read only as a passive
                out.setdefault(_restore(form.word, word), {"PRTF"})
        return out
    return None


class _ByEnding:
    """A name the dictionary does not know, declined by its ending (``forms.name_endings``)."""

    def __init__(self, word: str, ending: str, cases: dict[str, str]):
        self.word, self.ending, self.cases = word, ending, cases
        #: the gender the ending declines for, if only one ("Стармер" declines for a man only)
        self.gender = cases.get("gender")

    @classmethod
    def find(cls, word: str, endings: dict[str, dict[str, str]], gender: str | None) -> "_ByEnding | None":
        for ending in sorted(endings, key=len, reverse=True):
            if word.endswith(ending):
                cases = endings[ending]
                if gender and cases.get("gender") not in (None, gender):
                    return None  # "Камала Харрис": a woman's name in a consonant does not decline
                return cls(word, ending, cases)
        return None

    def declined(self, case: str) -> str | None:
        other = self.cases.get(case)
        return None if other is None else self.word[: len(self.word) - len(self.ending)] + other


def _agreement_forms(morph, words: list[str], word_class: str, endings: dict[str, dict[str, str]],
                     particles: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Forms of a phrase whose leading nominative words decline together, each with the cases it may be in."""
    head: list[Any] = []
    gender = None
    for word in words:
        if word_class == "name" and fold(word) in particles and head:
            head.append(_ByEnding(word, "", {}))  # a particle inside a name stays: "Мухаммед бен Заид"
            continue
        parse = _nominative(morph, word, word_class, gender if word_class == "name" else None)
        if word_class == "name" and word[:1].isupper() and (parse is None or not parse.is_known):
            # "Касым-Жомарт Токаев", "Андрей Сибига": a name the dictionary does not know as
            # a name declines by its ending, or not at all ("Моди", "Рубио"), never by a guess
            parse = _ByEnding.find(word, endings, gender)
            if parse is None:
                break
            gender = gender or parse.gender
            head.append(parse)
            continue
        if parse is None:
            break
        if word_class == "name" and gender is None and {"Name", "Surn", "Patr"} & set(parse.tag.grammemes):
            gender = parse.tag.gender
        head.append(parse)
        if word_class == "title" and parse.tag.POS in _NOUNS:
            # a title's head noun ends what declines: its complement stays ("главой МИД", not "главой МИДом")
            break
        if word_class == "name" and word[:1].islower() and parse.tag.POS in _NOUNS \
                and not _PROPER & set(parse.tag.grammemes):
            # so does a common noun, written in lower case, heading a body's name: "Шанхайской организацией
            # сотрудничества" (a person's names are capitalised: "Хаканом Фиданом" declines whole)
            break
    if not head:
        return {" ".join(words): set()}
    tail = words[len(head):]
    parses = [p for p in head if not isinstance(p, _ByEnding)]
    animate = any(p.tag.animacy == "anim" for p in parses if p.tag.POS in _NOUNS)
    own = next((p.tag.number for p in parses if p.tag.POS in _NOUNS), parses[0].tag.number if parses else "sing")
    numbers = {own, "plur"} if word_class in _BOTH_NUMBERS and parses and "Sgtm" not in parses[-1].tag else {own}
    out: dict[str, set[str]] = {" ".join(words): {"nomn"}}
    for case, number in product(_CASES, numbers):
        declined = []
        for parse, written in zip(head, words):
            form = parse.declined(case) if isinstance(parse, _ByEnding) else _declined(parse, case, number, animate)
            declined.append(written if form is None else _restore(form, written))
        out.setdefault(" ".join(declined + tail), set()).add(case)
    return out


def pymorphy_forms(language, entry: str, word_class: str) -> set[str]:
    """Every case, number and agreement form of an entry (see the module docstring).

    A generated form of a name, title, noun or adjective that is one of the
    language's stopwords is left out (a name that declines into a pronoun's
    form would match it everywhere), and so is a capitalised entry that is one.

    Args:
        language: the language (its stopwords).
        entry: the entry as written in the lexicon.
        word_class: the ``language.yaml`` class (name, title, adjective, noun, cue, verb).

    Returns:
        The entry's forms, the entry among them; none is folded.

    >>> from diplograph.lang.profile import load_language
    >>> ru = load_language("ru")
    >>> sorted(f for f in pymorphy_forms(ru, "Сергей Лавров", "name") if f.endswith("ым"))
    ['Сергеем Лавровым']
    >>> sorted(f for f in pymorphy_forms(ru, "Шанхайская организация сотрудничества", "name") if "ей " in f)
    ['Шанхайской организацией сотрудничества']
    >>> sorted(pymorphy_forms(ru, "встретился", "verb"))
    ['встретилась', 'встретились', 'встретилось', 'встретился']
    >>> sorted(pymorphy_forms(ru, "министр иностранных дел", "title"))[:2]
    ['министр иностранных дел', 'министра иностранных дел']
    >>> "министрам иностранных дел" in pymorphy_forms(ru, "министры иностранных дел", "title")
    True
    """
    return set(pymorphy_marks(language, entry, word_class))


def pymorphy_marks(language, entry: str, word_class: str) -> dict[str, frozenset[str]]:
    """Every form of an entry (as :func:`pymorphy_forms`) with the grammemes it may carry.

    A declined form carries the cases it may be in (OpenCorpora names:
    nomn, gent, datv, accs, ablt, loct); a short passive participle of a
    verb carries ``PRTS``; a form that does not decline carries none.

    >>> from diplograph.lang.profile import load_language
    >>> ru = load_language("ru")
    >>> sorted(pymorphy_marks(ru, "Сергей Лавров", "name")["Сергеем Лавровым"])
    ['ablt']
    >>> sorted(pymorphy_marks(ru, "президенты", "title")["президентами"])
    ['ablt']
    """
    words = entry.split()
    if not words:
        return {}
    stop = language.folded("stopwords")
    if entry[:1].isupper() and fold(entry) in stop:
        return {}  # a capitalised name that is also a stopword ("Того") would match that word everywhere
    forms = _forms(language, entry, word_class)
    # A verb's or cue's forms are what they are ("заявила", "будут" are stopwords of names, not of cues).
    keep = (lambda f: True) if word_class in ("verb", "cue") else (lambda f: fold(f) not in stop)
    out = {f: frozenset(_known(marks)) for f, marks in forms.items() if keep(f)}
    out[entry] = frozenset(_known(forms.get(entry, ())))
    if word_class == "name" and "nomn" in out[entry]:
        # an alias written in another case ("Турцией") is marked by what the dictionary knows of it
        parses = [p for p in _analyzer(language.code).parse(words[0]) if p.is_known]
        if parses and not any("nomn" in p.tag for p in parses):
            out[entry] = frozenset(_known(p.tag.case for p in parses))
    return out


def _known(marks) -> set[str]:
    """Marks that tell something: a form that may be in every case (it does not decline) carries none."""
    marks = {str(m) for m in marks if m} - {"gen2", "loc2"}
    return set() if set(_CASES) - {"gen2", "loc2"} <= marks else marks


def _forms(language, entry: str, word_class: str) -> dict[str, set[str]]:
    morph = _analyzer(language.code)
    words = entry.split()
    endings = (language.get("forms") or {}).get("name_endings") or {}
    lead: list[str] = []
    for i, word in enumerate(words):
        verbs = _verb_slice(morph, word, _VERBS | ({"PRTF"} if word_class == "verb" else set())) \
            if word_class in ("verb", "cue") else None
        if verbs is not None:
            rest = " ".join(words[i + 1:])
            # a participle before a verb's fixed tail is no form of it ("введённые санкции" is not "ввёл санкции")
            return {" ".join(filter(None, (*lead, form, rest))): marks for form, marks in verbs.items()
                    if not (rest and "PRTF" in marks)}
        parse = morph.parse(word)[0] if word[:1].isalpha() else None
        if word_class == "name" or (parse is not None and parse.tag.POS not in _FUNCTION_WORDS):
            break
        lead.append(word)  # a preposition or particle before the head: "не будет", "по данным"
    if word_class == "adjective" and len(words) == 1:
        parse = _nominative(morph, words[0], word_class, None)
        if parse is None or "Fixd" in parse.tag:
            return {entry: set()}
        out: dict[str, set[str]] = {}
        for f in parse.lexeme:
            if f.tag.POS == parse.tag.POS:
                out.setdefault(_restore(f.word, entry), set()).add(f.tag.case)
        return out
    rest = words[len(lead):]
    if not rest:
        return {entry: set()}
    particles = language.folded("name_particles")
    return {" ".join([*lead, form]): marks
            for form, marks in _agreement_forms(morph, rest, word_class, endings, particles).items()}


def pymorphy_nominative(language, name: str, cases: frozenset[str]) -> str:
    """A name the knowledge base lacks, from the case its title gives it back to the nominative.

    Each capitalised word: by the dictionary when it knows the word in that
    case ("Андреем" -> "Андрей", "Захаровой" -> "Захарова"), else by the
    longest ending of ``forms.name_endings`` it shows ("Дашдоржем" ->
    "Дашдорж"), else as written ("Руденко").

    >>> from diplograph.lang.profile import load_language
    >>> pymorphy_nominative(load_language("ru"), "Батбаяром Дашдоржем", frozenset({"ablt"}))
    'Батбаяр Дашдорж'
    >>> pymorphy_nominative(load_language("ru"), "Марии Захаровой", frozenset({"gent", "datv"}))
    'Мария Захарова'
    """
    if not cases or "nomn" in cases:
        return name
    # a dictionary look-up costs more than the rest of the sentence: each name is undone once
    done = language.memo("pymorphy_nominatives", dict)
    if (name, cases) not in done:
        if len(done) >= _NOMINATIVES_KEPT:
            done.clear()
        morph = _analyzer(language.code)
        endings = (language.get("forms") or {}).get("name_endings") or {}
        done[name, cases] = " ".join(_word_nominative(morph, word, cases, endings) if word[:1].isupper() else word
                                     for word in name.split())
    return done[name, cases]


#: how many names :func:`pymorphy_nominative` keeps undone (a bound on a long build's memory)
_NOMINATIVES_KEPT = 100_000


def _word_nominative(morph, word: str, cases: frozenset[str], endings: dict[str, dict[str, str]]) -> str:
    for parse in morph.parse(word):
        if parse.is_known and parse.tag.POS == "NOUN" and parse.tag.case in cases and "Fixd" not in parse.tag:
            form = parse.inflect({"nomn"})
            if form is not None:
                return _restore(form.word, word)
    lower = word.lower()
    found = [(len(forms[case]), ending, forms[case]) for ending, forms in endings.items()
             for case in cases if forms.get(case) and lower.endswith(forms[case])]
    if not found:
        return word
    _, ending, inflected = max(found)
    return word[: len(word) - len(inflected)] + ending


#: the forms a lemma is written in, by aspect: the past, the non-past (a perfective's is its future:
#: the first person is a future only, "прибуду"; an imperfective's its present), the gerund, the infinitive
_TENSES = {"perf": (("past", "masc", "sing"), ("futr", "1per", "sing"), ("GRND", "past"), ("INFN",)),
           "impf": (("past", "masc", "sing"), ("pres", "3per", "sing"), ("GRND", "pres"), ("INFN",))}


def pymorphy_tenses(language, lemma: str) -> list[str]:
    """The written forms a verb's infinitive stands for in a lexicon row, one per tense (the inflector makes the rest).

    Each is the form a row would write by hand: the masculine past, the
    perfective's first person future or the imperfective's third person present,
    the gerund, the infinitive.

    >>> from diplograph.lang.profile import load_language
    >>> ru = load_language("ru")
    >>> pymorphy_tenses(ru, "прибыть"), pymorphy_tenses(ru, "прибывать")
    (['прибыл', 'прибуду', 'прибыв', 'прибыть'], ['прибывал', 'прибывает', 'прибывая', 'прибывать'])
    >>> pymorphy_tenses(ru, "визит")
    Traceback (most recent call last):
    ...
    diplograph.errors.DataError: 'визит' is no infinitive: a lemma row names the verb's infinitives, perfective/imperfective
    """
    infinitives = [p for p in _analyzer(language.code).parse(lemma) if p.tag.POS == "INFN" and p.is_known]
    if not infinitives:
        raise DataError(f"{lemma!r} is no infinitive: a lemma row names the verb's infinitives, perfective/imperfective")
    parse = infinitives[0]
    out: list[str] = []
    for grammemes in _TENSES["perf" if parse.tag.aspect == "perf" else "impf"]:
        for form in parse.lexeme:
            if set(grammemes) <= set(form.tag.grammemes) | {form.tag.POS} and form.tag.POS in _VERBS \
                    and (form.tag.POS != "VERB" or "indc" in form.tag):
                # one form a tense: the inflector makes its persons, genders and numbers
                # (the first gerund is the one news writes: "прибыв", not "прибывши")
                out.append(form.word)
                break
    return out


register_inflector("pymorphy", marks=pymorphy_marks, nominative=pymorphy_nominative,
                   tenses=pymorphy_tenses)(pymorphy_forms)
