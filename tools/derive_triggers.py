"""Regenerate ``triggers.derived.tsv`` (English, Arabic) from the reference verb dictionaries.

Sources, in ``../shared/reference`` (see its README): the PETRARCH-2 English
verb dictionary ``petrarch2/CAMEO.2.0.txt`` and the UniversalPetrarch Arabic one
``universalpetrarch-arabic/CAMEO.ar.0.5.txt``. Each verb and each pattern carries
a CAMEO code; ``tools/cameo_to_predicate.tsv`` (reviewed by hand) maps codes to
predicates, and only what maps cleanly becomes a row:

- a verb becomes a bare trigger only when every reading of it (its own code and
  the code of every pattern written for it) maps to one kept predicate;
- a pattern ``verb OBJECT`` becomes a row with ``object_words`` when its code
  maps to a kept predicate and the verb has no bare row; patterns that constrain
  the subject, a prepositional phrase or word order are dropped (our rows cannot
  say that);
- a verb or pattern word that undoes its object (``tools/reversing_words.tsv``:
  "lift sanctions") is kept only for a predicate that itself undoes;
- rows whose forms the hand-written ``triggers.tsv`` already has (unless it reads
  them only with object words and the row has its own), or that two derived rows
  give to different predicates, are dropped;
- rows are written only for predicates of the packaged vocabulary
  (``lexicons/common/plover.tsv``): rerun after the vocabulary grows.

Every drop is counted by class; ``--report`` prints the counts (tools/README.md
records them).

Usage::

    PYTHONPATH=src python tools/derive_triggers.py [--reference DIR] [--report]
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from diplograph.lang.forms import entry_forms, verb_forms
from diplograph.lang.normalise import fold
from diplograph.ontology.vocabulary import predicates as vocabulary_predicates
from diplograph.lang.profile import load_language

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
LEXICONS = ROOT / "src" / "diplograph" / "lexicons"
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference"  # shared/ stands beside the checkout
SOURCES = {
    "en": "petrarch2/CAMEO.2.0.txt",
    "ar": "universalpetrarch-arabic/CAMEO.ar.0.5.txt",
}
# Arabic patterns are crowd translations of the English ones, verb by verb: the
# light verb loses its sense ('slam' -> صفق 'clap', 'voice' -> عرب) and the object
# nouns are parser lemmas. Only Arabic verbs are read, never their patterns.
PATTERNS = {"en": True, "ar": False}
COLUMNS = ["predicate", "pos", "base", "frame", "group", "object_words", "negated"]
_CODE = re.compile(r"\[([^\]]*)\]")


# ------------------------------------------------------------------ reading


@dataclass(frozen=True)
class Rule:
    """One row of the CAMEO mapping."""

    code: str
    predicate: str
    frame: str
    keep: bool
    reason: str


def read_mapping(path: Path) -> dict[str, Rule]:
    """The reviewed CAMEO -> predicate table, keyed by code prefix.

    >>> m = read_mapping(TOOLS / "cameo_to_predicate.tsv")
    >>> m["163"].predicate, m["163"].keep
    ('sanctions', True)
    """
    rules = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 5 or cells[3] not in ("keep", "drop") or not cells[0].isdigit():
            raise SystemExit(f"{path.name} line {n}: write code, predicate, frame, keep|drop, reason")
        rules[cells[0]] = Rule(cells[0], cells[1], cells[2], cells[3] == "keep", cells[4])
    return rules


def lookup(rules: dict[str, Rule], code: str) -> Rule | None:
    """The rule of a CAMEO code: its longest listed prefix (None for the null code).

    >>> m = read_mapping(TOOLS / "cameo_to_predicate.tsv")
    >>> lookup(m, "0211").predicate, lookup(m, "1124").predicate, lookup(m, "---")
    ('callsFor', 'accuses', None)
    """
    if not code.isdigit():
        return None
    for end in range(len(code), 1, -1):
        if code[:end] in rules:
            return rules[code[:end]]
    return None


def read_review(path: Path) -> dict[tuple[str, str], dict[str, str]]:
    """``(lang, kind) -> {folded word: class}`` of the entries dropped on review."""
    out: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, kind, word, why = line.split("\t")
        out[lang, kind][fold(word)] = why
    return out


@dataclass(frozen=True)
class Sense:
    """A reviewed sense of a verb whose readings the mapping cannot settle (``ar_verb_senses.tsv``)."""

    predicate: str
    object_words: tuple[str, ...]
    keep: bool
    reason: str

    @property
    def kind(self) -> str:
        """The class of a review: its reason up to the colon."""
        return self.reason.split(":")[0].strip()


def read_senses(path: Path) -> dict[str, Sense]:
    """``matching key -> Sense`` of the reviewed verbs; a bad row names the file and line.

    >>> senses = read_senses(TOOLS / "ar_verb_senses.tsv")
    >>> senses[_key("قصف")].predicate, senses[_key("ساعد")].keep
    ('attacks', False)
    """
    out: dict[str, Sense] = {}
    if not path.exists():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 5 or cells[3] not in ("keep", "drop") or (cells[3] == "keep") == (cells[1] == "-"):
            raise SystemExit(f"{path.name} line {n}: write lemma, predicate (- to drop), object words, keep|drop, class")
        words = tuple(w.strip() for w in cells[2].split(",") if w.strip())
        out[_key(cells[0])] = Sense(cells[1], words, cells[3] == "keep", cells[4])
    return out


def read_reversing(path: Path) -> tuple[set[str], dict[str, set[str]]]:
    """Predicates that undo, and per language the verbs that undo their object."""
    undoing, words = set(), defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, word, *_ = line.split("\t")
        if kind == "predicate":
            undoing.add(word)
        else:
            words[kind].add(fold(word))
    return undoing, words


def vocabulary() -> set[str]:
    """Predicates the packaged vocabulary knows (the ontology's ``dg:StatementPredicate`` entries)."""
    return set(vocabulary_predicates())


@dataclass
class Verb:
    """A verb of a reference dictionary, with every reading found for it."""

    lemma: str                       # as written (English: upper case, "_" between words)
    forms: tuple[str, ...] = ()      # English irregular forms given in {...}
    codes: list[str] = field(default_factory=list)  # its own code, one per block it sits in
    #: its code is its own (written on its line, or it heads its block), not one
    #: inherited from a block of synonyms
    coded: bool = False
    patterns: list[tuple[str, str]] = field(default_factory=list)  # (pattern, code)


def _code(text: str) -> str:
    m = _CODE.search(text)
    return m.group(1).split(":")[0].strip() if m else ""


def _strip_marks(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFC", text) if not unicodedata.category(c) == "Mn")


def _key(lemma: str) -> str:
    """A lemma's matching key: no diacritics, '+' and '_' as spaces, folded."""
    return fold(re.sub(r"[+_]", " ", _strip_marks(lemma)).strip())


def read_verbs(path: Path) -> tuple[dict[str, Verb], int]:
    """Verbs and patterns of a PETRARCH-format verb dictionary, keyed by ``_key``, and how many patterns name no verb found.

    A verb without a code of its own takes its block's code; a pattern belongs to
    the verbs its trailing comment names (Arabic lists them, comma-separated),
    else to every verb of its block.
    """
    text = path.read_text(encoding="utf-8")
    text = text[text.index("VERB PATTERNS"):]
    if "TRANSFORMATIONS" in text:
        text = text[: text.index("TRANSFORMATIONS")]
    verbs: dict[str, Verb] = {}
    block_code, block, block_head = "", [], ""
    unplaced = 0
    for raw in text.splitlines()[1:]:
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("&") or line.startswith("<!--"):
            continue
        if line.startswith("---"):
            block_code, block = _code(line), []
            block_head = _key(line.strip("- ").split("[")[0])
            continue
        if line.startswith("-"):
            body, _, comment = line[1:].partition("#")
            names = [_key(re.sub(r"<[^>]*>", "", n)) for n in comment.split(",")]
            names = [n for n in names if n]
            # A pattern names its verb; one that names none is the block's only
            # if the block has one verb, else it cannot be placed.
            targets = [n for n in names if n in verbs] if names else block if len(block) == 1 else []
            if not targets:
                unplaced += 1
            for key in targets:
                if key in verbs:
                    verbs[key].patterns.append((_CODE.sub("", body).strip(), _code(body)))
            continue
        body = line.split("#")[0]
        forms = tuple(w.strip("+") for w in re.findall(r"\{([^}]*)\}", body)[0].split()) if "{" in body else ()
        lemma = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", body).strip().lstrip("+")
        if not lemma:
            continue
        key = _key(lemma)
        verb = verbs.setdefault(key, Verb(lemma, forms))
        verb.codes.append(_code(body) or block_code)
        verb.coded = verb.coded or bool(_code(body)) or key == block_head
        block.append(key)
    return verbs, unplaced


# ------------------------------------------------------------------ forms


_EN_PARTICLES = {"up", "down", "out", "off", "on", "in", "over", "back", "away", "forward", "ahead"}
_VOWELS = set("aeiou")


def english_forms(lemma: str, irregular: tuple[str, ...] = ()) -> list[str]:
    """The written forms of an English verb, PETRARCH's way: given forms, else regular ones.

    Only the first word inflects ("ask for" -> "asked for").

    >>> english_forms("HURRY")
    ['hurry', 'hurries', 'hurried', 'hurrying']
    >>> english_forms("ASK_FOR")
    ['ask for', 'asks for', 'asked for', 'asking for']
    >>> english_forms("SPEED", ("SPEEDING", "SPEEDS", "SPED"))
    ['speed', 'speeding', 'speeds', 'sped']
    """
    words = lemma.lower().replace("_", " ").split()
    head, tail = words[0], words[1:]
    if irregular:
        heads = [head] + [f.lower().replace("_", " ").split()[0] for f in irregular]
    elif head.endswith("e"):
        heads = [head, head + "s", head + "d", head[:-1] + "ing"]
    elif head.endswith("y") and len(head) > 1 and head[-2] not in _VOWELS:
        heads = [head, head[:-1] + "ies", head[:-1] + "ied", head + "ing"]
    elif head.endswith(("s", "x", "z", "ch", "sh")):
        heads = [head, head + "es", head + "ed", head + "ing"]
    else:
        heads = [head, head + "s", head + "ed", head + "ing"]
    return list(dict.fromkeys(" ".join([h, *tail]) for h in heads))


def _third_person(head: str) -> set[str]:
    """The base and the regular -s forms of an English verb head."""
    stem = head[:-1] + "ie" if head.endswith("y") and len(head) > 1 and head[-2] not in _VOWELS else head
    return {head, stem + "s", head + "es"}


_HAMZA = set("ءأإآؤئ")
_WEAK = set("اويى")


def arabic_stems(lemma: str) -> tuple[str, str] | str:
    """``(perfect, imperfect)`` stems of an Arabic verb lemma, or why they cannot be told.

    Only shapes whose imperfect stem follows from the written perfect are
    derived: sound verbs of three letters (forms I/II, whose unvocalised stems
    agree), forms III, IV, V, VI, VII, VIII and X, and the final-weak verbs of the
    derived forms. Form I verbs with a weak letter (يدعو/يرمي/يسعى, يقول, يصل)
    and hamzated ones are dropped.

    >>> arabic_stems("اجتمع"), arabic_stems("أعلن"), arabic_stems("ساند")
    (('اجتمع', 'جتمع'), ('أعلن', 'علن'), ('ساند', 'ساند'))
    >>> arabic_stems("التقى"), arabic_stems("تلقى"), arabic_stems("أجرى")
    (('التقى', 'لتقي'), ('تلقى', 'تلقى'), ('أجرى', 'جري'))
    >>> arabic_stems("دعا")
    'form I verb with a weak letter'
    """
    w = _strip_marks(lemma)
    if " " in w or not w or any(not ("\u0621" <= c <= "\u064a") for c in w):
        return "not one Arabic word"
    if w.endswith("ة"):
        return "a noun, not a verb"
    if len(w) < 3:
        return "doubled or clipped stem"
    first, rest = w[0], w[1:]
    if first in _HAMZA or first == "ا":
        if any(c in _HAMZA for c in rest):
            return "hamza inside the stem"
        # أفعل (IV), افتعل/انفعل (VII, VIII), استفعل (X): the imperfect drops the alif.
        if len(w) == 3:
            return "form I verb with a hamza"
        if len(w) == 4 and w[2] == "ا" or len(w) == 6 and w[4] == "ا":
            return "hollow form IV or X (أقام/يقيم)"
        stem = rest
        if stem[-1] in "ىا":
            stem = stem[:-1] + "ي"
        return w, stem
    if any(c in _HAMZA for c in w):
        return "hamza inside the stem"
    if len(w) == 3:
        if any(c in _WEAK for c in w):
            return "form I verb with a weak letter"
        return w, w
    if w[-1] in "ىا":
        # تفعّى (V), تفاعى (VI) keep ى; فعّى/فاعى (II, III) take ي.
        return (w, w) if first == "ت" else (w, w[:-1] + "ي")
    return w, w


def restore_alif(word: str, *, lemmas: set[str]) -> str:
    """``word`` with the alif it lost, when it is a clipped form VIII verb.

    The Arabic dictionary writes some form VIII verbs of doubled or first-weak
    roots without their alif (حتج for احتج, تفق for اتفق): three letters with the
    infix ت first or second, whose alif-prefixed spelling is also a verb of the
    dictionary. Derived as written, the perfect (احتجت) would never match.

    >>> restore_alif("حتج", lemmas={"احتج"}), restore_alif("تفق", lemmas={"اتفق"})
    ('احتج', 'اتفق')
    >>> restore_alif("حرق", lemmas={"احرق"}), restore_alif("حتج", lemmas=set())
    ('حرق', 'حتج')
    """
    if len(word) == 3 and "ت" in word[:2] and "ا" + word in lemmas:
        return "ا" + word
    return word


# ------------------------------------------------------------------ deriving


@dataclass
class Derived:
    """Rows to write and drops counted by class."""

    rows: list[dict[str, str]] = field(default_factory=list)
    drops: Counter = field(default_factory=Counter)
    pending: Counter = field(default_factory=Counter)  # kept by the mapping, predicate not in the vocabulary yet
    review: set = field(default_factory=set)  # (predicate, lemma, object words): what a reviewer reads


_PATTERN_TOKEN = re.compile(r"\{([^}]*)\}|(\S+)")


def object_pattern(pattern: str, synsets: dict[str, list[str]]) -> tuple[str, list[str]] | str:
    """``(particle, object words)`` of a pattern ``* [particle] OBJECT``, or why not.

    >>> object_pattern("* SANCTIONS", {})
    ('', ['sanctions'])
    >>> object_pattern("* OFF TALK", {})
    ('off', ['talk'])
    >>> object_pattern("&MILITARY * BUILDUP", {})
    'subject constraint'
    """
    text = pattern.strip()
    if not text.startswith("*"):
        return "subject constraint"
    rest = text.lstrip("*").strip()
    if "(" in rest:
        return "prepositional phrase"
    if any(mark in rest for mark in "$^%+"):
        return "actor marker inside the pattern"
    tokens = [m.group(1) or m.group(2) for m in _PATTERN_TOKEN.finditer(rest)]
    if not tokens:
        return "bare verb pattern"
    particle = ""
    if tokens[0].lower() in _EN_PARTICLES:
        particle, tokens = tokens[0].lower(), tokens[1:]
    if not tokens:
        return ("phrasal", [particle]) if particle else "bare verb pattern"
    if len(tokens) > 1:
        return "several object words (order cannot be expressed)"
    token = tokens[0]
    if token.startswith("&"):
        words = synsets.get(token.rstrip("_"))
        if not words:
            return "undefined synset"
        return particle, words
    return particle, [token.lower().replace("_", " ")]


def read_synsets(path: Path) -> dict[str, list[str]]:
    """``&NAME`` -> its phrases, lower case (PETRARCH plural rules are left to substring matching)."""
    out: dict[str, list[str]] = {}
    name = ""
    for raw in path.read_text(encoding="utf-8").split("VERB PATTERNS")[0].splitlines():
        line = raw.split("#")[0].strip()
        if line.startswith("&"):
            name = line.rstrip("_")
            out[name] = []
        elif line.startswith("+") and name:
            out[name].append(_strip_marks(line[1:]).rstrip("_").replace("_", " ").lower())
    return out


def _object_word(lang: str, word: str) -> str:
    # Object words match as substrings of the folded object phrase: an Arabic
    # noun loses its final ة so that plurals and suffixed forms match (معونة -> المعونات).
    w = fold(word)
    if lang == "ar" and w.endswith("ه") and len(w) > 3:
        w = w[:-1]
    return w


def derive(lang: str, reference: Path, *, rules: dict[str, Rule], known: set[str],
           undoing: set[str], reversing: set[str], hand_forms: set[str],
           review: dict[tuple[str, str], dict[str, str]] | None = None,
           senses: dict[str, Sense] | None = None) -> Derived:
    """Rows of one language's derived trigger file, with the drop counts.

    ``senses``: reviewed senses of verbs whose readings the mapping cannot settle
    (``ar_verb_senses.tsv``); a kept one must be one of the verb's mapped readings.
    """
    path = reference / SOURCES[lang]
    verbs, unplaced = read_verbs(path)
    synsets = read_synsets(path)
    review = review or {}
    senses = senses or {}
    unknown = sorted(k for k in senses if k not in verbs)
    if unknown:
        raise SystemExit(f"reviewed senses name no verb of {SOURCES[lang]}: {', '.join(unknown)}")
    nouns = event_nouns(lang)
    actor_objects = {p.name for p in vocabulary_predicates().values() if p.usual_object == "Actor"}
    bad_verbs, bad_objects = review.get((lang, "verb"), {}), review.get((lang, "object"), {})
    out = Derived()
    lemmas = {key for key in verbs if " " not in key}
    out.drops["pattern naming no verb of its block"] = unplaced
    candidates: list[tuple[dict[str, str], set[str], str]] = []  # (row, its keys, what)

    def emit(predicate: str, frame: str, lemma: str, verb: Verb, object_words: list[str], what: str) -> None:
        if predicate not in known:
            out.pending[predicate] += 1
            return
        out.review.add((predicate, lemma, ",".join(object_words)))
        if lang == "en":
            forms = english_forms(lemma, verb.forms)
            if not object_words:
                # Without a parser, a bare base or -s form is as often a noun ("a
                # diplomatic cable", "the object of the visit"): only the past and
                # -ing forms of a bare derived verb are kept.
                kept = [f for f in forms if f.split()[0].endswith(("ed", "ing")) or f not in forms[:2]]
                out.drops["bare base or -s form (may be a noun)"] += len(forms) - len(kept)
                forms = [f for f in kept if f.split()[0] not in _third_person(forms[0].split()[0])]
            for form in forms:
                row = dict(predicate=predicate, pos="verb", base=form, frame=frame, group="",
                           object_words=",".join(object_words), negated="")
                candidates.append((row, {fold(form)}, what))
            return
        words = _strip_marks(lemma).replace("_", "+").split("+")
        stems = arabic_stems(restore_alif(words[0], lemmas=lemmas))
        if isinstance(stems, str):
            out.drops[f"Arabic stems not derivable: {stems}"] += 1
            return
        tail = " ".join(words[1:])
        row = dict(predicate=predicate, pos="verb", base=" ".join(filter(None, ["/".join(stems), tail])),
                   frame=frame, group="", object_words=",".join(object_words), negated="")
        keys = {" ".join(filter(None, [fold(stems[0]), fold(tail)])),
                " ".join(filter(None, [fold("ي" + stems[1]), fold(tail)]))}
        candidates.append((row, keys, what))

    for key, verb in verbs.items():
        head = key.split()[0]
        # A verb's readings: its own codes and its patterns' (Arabic patterns are
        # not trusted, see PATTERNS, so neither do they count as readings).
        readings = [lookup(rules, c) for c in verb.codes]
        if PATTERNS[lang]:
            readings += [lookup(rules, c) for _, c in verb.patterns]
        own = [lookup(rules, c) for c in verb.codes]
        reverses = head in reversing
        if head in bad_verbs or key in bad_verbs:
            out.drops[f"verb dropped on review: {bad_verbs.get(head) or bad_verbs[key]}"] += 1
            continue
        sense = senses.get(key)
        if sense is not None:
            # A reviewed verb: one of its mapped readings is its sense, or none is.
            out.drops["pattern of a verb with a meaning of its own"] += len(verb.patterns)
            if not sense.keep:
                out.drops[f"reviewed: {sense.kind}"] += 1
                continue
            mapped = {r.predicate: r for r in own if r is not None and r.keep}
            if sense.predicate not in mapped:
                raise SystemExit(f"reviewed sense of {verb.lemma}: {sense.predicate} is none of its mapped readings "
                                 f"({', '.join(sorted(mapped)) or 'none'})")
            emit(sense.predicate, mapped[sense.predicate].frame, verb.lemma, verb,
                 sorted({_object_word(lang, w) for w in sense.object_words}), "reviewed")
            continue
        if any(r is not None for r in own):
            if not verb.coded:
                out.drops["verb coded only by its block of synonyms"] += 1
            elif any(r is None for r in readings):
                out.drops["verb with a reading coded as no event ([---])"] += 1
            elif any(not r.keep for r in readings):
                out.drops["verb with a reading the mapping drops"] += 1
            elif len({r.predicate for r in readings}) > 1:
                out.drops["verb whose readings code to different predicates"] += 1
            elif reverses and readings[0].predicate not in undoing:
                out.drops["undoing verb coded as an imposing predicate"] += 1
            else:
                emit(readings[0].predicate, readings[0].frame, verb.lemma, verb, [], "bare")
                continue
        # No bare row. Patterns are kept only for a light verb, one that says
        # nothing on its own ([---]: "launch", "stage", "wage"), whose object
        # names the event ("launched an attack"). A verb with a meaning of its
        # own reinterpreted by its object ("applauded the capture" coded as
        # criticism) is left out.
        if any(r is not None for r in own):
            out.drops["pattern of a verb with a meaning of its own"] += len(verb.patterns)
            continue
        if not PATTERNS[lang]:
            out.drops["Arabic pattern (crowd-translated light verb)"] += len(verb.patterns)
            continue
        for pattern, code in verb.patterns:
            rule = lookup(rules, code)
            if rule is None:
                out.drops["pattern coded as no event ([---])"] += 1
                continue
            if not rule.keep:
                out.drops[f"pattern code dropped by the mapping ({rule.code})"] += 1
                continue
            shape = object_pattern(pattern, synsets)
            if isinstance(shape, str):
                out.drops[f"pattern: {shape}"] += 1
                continue
            particle, words = shape
            if any(fold(w) in bad_objects for w in words):
                out.drops[f"pattern dropped on review: {bad_objects[next(fold(w) for w in words if fold(w) in bad_objects)]}"] += 1
                continue
            if reverses and rule.predicate not in undoing or (
                    rule.predicate not in undoing and any(fold(w).split()[0] in reversing for w in words)):
                out.drops["undoing verb or object coded as an imposing predicate"] += 1
                continue
            if any("&" in w for w in words):
                out.drops["pattern: synset inside a compound"] += 1
                continue
            if particle != "phrasal":
                # Light verb + event noun: the object must name the predicate's own
                # event ("launched an attack", "held talks"), as the hand-written
                # noun triggers and event nouns of the language do. PETRARCH's other
                # objects ("save the inquiry" coded as support) are not kept.
                if rule.predicate not in actor_objects:
                    # "completed the withdrawal of its troops from Senegal": the
                    # object is the actor after the event noun, which the engine
                    # looks for only for the ontology's dg:usualObject dg:Actor; for any
                    # other predicate the noun phrase itself would be the object.
                    out.drops["light verb for a predicate whose object is the phrase, not the actor after the noun"] += 1
                    continue
                named = [w for w in words if _names_event(fold(w), nouns.get(rule.predicate, ()))]
                if not named:
                    out.drops["pattern whose object names no event of its predicate"] += 1
                    continue
                out.drops["object words naming no event of the predicate (left out of a kept row)"] += len(words) - len(named)
                words = named
            if lang == "ar" and particle:
                out.drops["pattern: several object words (order cannot be expressed)"] += 1
                continue
            if particle == "phrasal":
                emit(rule.predicate, rule.frame, f"{verb.lemma}_{words[0]}", verb, [], "pattern")
                continue
            lemma = f"{verb.lemma}_{particle}" if particle else verb.lemma
            forms = verb.forms if not particle else tuple(f"{f}_{particle}" for f in verb.forms)
            emit(rule.predicate, rule.frame, lemma, Verb(lemma, forms),
                 sorted({_object_word(lang, w) for w in words}), "pattern")

    # The engine tries the rows of a form in file order, hand-written first, and
    # keeps the first that its sentence satisfies. A derived row with object words
    # may follow hand-written rows that all have theirs ("began" + talks); a form
    # the hand-written table reads bare is left to it. Rows of one predicate on one
    # form merge (a bare row wins over object words); a form two derived rows give
    # to different predicates is dropped.
    by_key: dict[str, set[str]] = defaultdict(set)
    for row, keys, _ in candidates:
        for k in keys:
            by_key[k].add(row["predicate"])
    merged: dict[tuple[str, str], dict[str, str]] = {}
    for row, keys, what in candidates:
        hand = [hand_forms[k] for k in keys if k in hand_forms]
        if hand and (not row["object_words"] or not all(hand)):
            out.drops[f"{what} row: form already in the hand-written triggers.tsv"
                      f"{' (read there without object words)' if row['object_words'] else ''}"] += 1
            continue
        if any(len(by_key[k]) > 1 for k in keys):
            out.drops["form that derived rows give to different predicates"] += 1
            continue
        ident = (row["predicate"], row["base"])
        if ident not in merged:
            merged[ident] = dict(row)
            continue
        out.drops["same form and predicate as another derived row (merged)"] += 1
        have = merged[ident]
        if not have["object_words"] or not row["object_words"]:
            have["object_words"] = ""
        else:
            have["object_words"] = ",".join(sorted(set(have["object_words"].split(",")) | set(row["object_words"].split(","))))
    out.rows = list(merged.values())
    out.rows.sort(key=lambda r: (r["predicate"], r["object_words"] != "", r["base"], r["object_words"]))
    return out


def _predicates_yaml() -> dict:
    import yaml

    return yaml.safe_load((LEXICONS / "common" / "predicates.yaml").read_text(encoding="utf-8")) or {}


def _names_event(word: str, nouns) -> bool:
    """Whether a folded English object phrase ends in one of the event nouns, its head ("mortar attacks").

    >>> _names_event("mortar attacks", {"attack"}), _names_event("attack helicopters", {"attack"})
    (True, False)
    """
    return any(re.search(r"(?:^|\s)" + re.escape(n) + r"(?:s|es)?$", word) for n in nouns)


def event_nouns(lang: str) -> dict[str, set[str]]:
    """Folded nouns naming each predicate's event, from the hand-written lexicon.

    The noun rows of ``triggers.tsv`` (without a trailing function word: "talks
    with" -> "talks") and the event nouns of ``events.tsv`` whose type
    ``predicates.yaml`` ties to a predicate (``between``: Talks -> negotiatesWith).
    """
    language = load_language(lang)
    stop = language.folded("stopwords")
    out: dict[str, set[str]] = defaultdict(set)
    for row in _read_rows(LEXICONS / lang / "triggers.tsv"):
        if row["pos"] == "noun":
            words = fold(row["base"]).split()
            while words and words[-1] in stop:
                words.pop()
            if words:
                out[row["predicate"]].add(" ".join(words))
    between = _predicates_yaml().get("between", {})
    for row in _read_rows(LEXICONS / lang / "events.tsv"):
        if row.get("type") in between:
            out[between[row["type"]]].add(fold(row["noun"]))
    return out


def hand_written_forms(lang: str) -> dict[str, bool]:
    """Folded surface forms of the hand-written ``triggers.tsv`` rows (any predicate).

    Each maps to whether every row that writes it has ``object_words`` (no reading
    of it is bare, so a later row can be reached).
    """
    language = load_language(lang)
    rows = [r for r in _read_rows(LEXICONS / lang / "triggers.tsv")]
    out: dict[str, bool] = {}
    for row in rows:
        words = row["base"].split()
        if row["pos"] == "verb" and "/" in words[0]:
            perfect, imperfect = words[0].split("/", 1)
            tail = " ".join(fold(w) for w in words[1:])
            forms = {" ".join(filter(None, (f, tail))) for f in verb_forms(language, perfect, imperfect)}
        elif row["pos"] in ("verb", "form"):
            forms = {fold(row["base"])}
        else:
            forms = entry_forms(language, row["base"], "noun")
        for form in forms:
            out[form] = out.get(form, True) and bool(row.get("object_words", "").strip())
    return out


def _read_rows(path: Path) -> list[dict[str, str]]:
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    return [dict(zip(header, l.split("\t"))) for l in lines[1:]]


HEADER = """\
# GENERATED by tools/derive_triggers.py; do not edit (edit tools/cameo_to_predicate.tsv and rerun).
# Source: {source} (MIT), through the reviewed CAMEO -> predicate mapping
# tools/cameo_to_predicate.tsv; what was dropped and why: tools/README.md.
# Columns as triggers.tsv. Read after triggers.tsv: a form written there comes here only with object words, tried after its rows there.
"""


def write(lang: str, derived: Derived) -> Path:
    path = LEXICONS / lang / "triggers.derived.tsv"
    lines = [HEADER.format(source=SOURCES[lang]).rstrip("\n"), "\t".join(COLUMNS)]
    lines += ["\t".join(row[c] for c in COLUMNS) for row in derived.rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE)
    parser.add_argument("--report", action="store_true", help="print drop counts by class")
    parser.add_argument("--preview-all", action="store_true",
                        help="print counts as if every mapped predicate were in the vocabulary; write nothing")
    parser.add_argument("--review", action="store_true", help="print every lemma kept, by predicate")
    parser.add_argument("--languages", nargs="*", default=list(SOURCES))
    args = parser.parse_args(argv)
    rules = read_mapping(TOOLS / "cameo_to_predicate.tsv")
    undoing, reversing = read_reversing(TOOLS / "reversing_words.tsv")
    review = read_review(TOOLS / "review_drops.tsv")
    senses = {lang: read_senses(TOOLS / f"{lang}_verb_senses.tsv") for lang in SOURCES}
    known = vocabulary()
    if args.preview_all:
        known |= {r.predicate for r in rules.values() if r.keep}
    for lang in args.languages:
        derived = derive(lang, args.reference, rules=rules, known=known, undoing=undoing,
                         reversing=reversing[lang], hand_forms=hand_written_forms(lang), review=review,
                         senses=senses[lang])
        if args.preview_all:
            print(f"{lang}: {len(derived.rows)} rows (preview) " + ", ".join(
                f"{p} {n}" for p, n in sorted(Counter(r["predicate"] for r in derived.rows).items())))
        else:
            path = write(lang, derived)
            print(f"{lang}: {len(derived.rows)} rows -> {path.relative_to(ROOT)}")
        if args.review:
            for predicate, lemma, words in sorted(derived.review):
                print(f"  {predicate}\t{lemma}\t{words}")
        if args.report:
            for what, n in sorted(derived.drops.items(), key=lambda kv: -kv[1]):
                print(f"  drop {n:5d}  {what}")
            for what, n in sorted(derived.pending.items(), key=lambda kv: -kv[1]):
                print(f"  wait {n:5d}  {what} (kept by the mapping; not in plover.tsv yet)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
