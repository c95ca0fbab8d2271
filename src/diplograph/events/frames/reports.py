"""Reporting: who speaks a reporting cue, and which cues report a statement.

"Araghchi said", "..., according to diplomats": a statement a speaker's cue
reports is that speaker's own word; one a trailing cue follows is reported.
"""
from __future__ import annotations

from diplograph.actors.mentions import Chunk
from diplograph.events.frames.predicates import UNNAMED_SOURCES
from diplograph.events.frames.view import SentenceView
from diplograph.events.polarity import OWN_BODY
from diplograph.lang.normalise import fold
from diplograph.lang.scanner import Item, Scanner

#: each reporting cue of a sentence with the ids of the actors who speak it
Speakers = tuple[tuple[int, frozenset[str]], ...]


def speakers(s: SentenceView) -> Speakers:
    """Who speaks each reporting cue of the sentence (made once per sentence)."""
    return s.memo("speakers", lambda: _speakers(s))


def _speakers(s: SentenceView) -> tuple[tuple[int, frozenset[str]], ...]:
    """Who speaks each reporting cue: the actors right beside it, where the language puts a verb's subject.

    After a cue that opens its clause, an actor speaks it in any language:
    "..., a précisé jeudi Emmanuel Macron". Before one, only in
    subject-first languages: "Officials said Saudi Arabia backed ..." is
    not Saudi Arabia's word.
    """
    sides = s.language.get("subject_order", ["before", "after"])
    speakerless = s.language.folded("speakerless_cues")
    # "..., l'AIEA, a insisté X": an actor a clause mark sets off before the cue does not speak it.
    marks = s.language.get("clause_marks", ",;")
    out = []
    for cue in s.scan.of_kind("cue"):
        if not any(t.kind == "cue" and t.data[0] == "reported" for t in cue.tags):
            continue
        if s.text[cue.start:cue.end] in speakerless:
            out.append((cue.start, frozenset()))  # "X reportedly met": hearsay, not X's word
            continue
        clause = s.clause(cue.start)
        opens = not [w for w in s.words(clause[0], cue.start) if w not in s.gap_words]
        fronted = _fronted(s, cue.start)
        ids = set()
        for i, c in enumerate(s.chunks):
            if not c.agent or c.body in UNNAMED_SOURCES:
                # "officials said": unnamed sources report, even on their own state.
                continue
            before = c.end <= cue.start and "before" in sides and (
                _next_to(s, c.end, cue.start) and (fronted or not any(ch in marks for ch in s.text[c.end:cue.start]))
                or _relative_between(s, c.end, cue.start))
            after = c.start >= cue.end and s.beside(cue.end, c.start) and (
                "after" in sides or (opens and not fronted))
            if before or after:
                # Each of the coordinated actors speaks ("أعلنت فرنسا وبلجيكا ومالطا");
                # an official speaks for the state too.
                for d in s.group_from(i, forward=not before):
                    if d.agent and d.body not in UNNAMED_SOURCES:
                        ids |= {d.actor.id, d.country.id} if d.country is not None else {d.actor.id}
        if not ids and _bare_body(s, cue):
            ids = {OWN_BODY}  # "..., the ministry said": the subject's own body, if it has one (own_words)
        out.append((cue.start, frozenset(ids)))
    return _chained(s, out)


def _speaker_rows(s: SentenceView) -> frozenset[tuple[str, ...]]:
    """The words of the language's ``speaker`` cue rows: bodies and spokespeople with no state of their own."""
    def make() -> frozenset[tuple[str, ...]]:
        scanner = Scanner()
        return frozenset(tuple(scan.text[a:b] for a, b in scan.words)
                         for row in s.language.tables.get("cues", []) if row["kind"] == "speaker" and row["cue"].strip()
                         for scan in [scanner.scan(row["cue"])])
    return s.language.memo("speaker_rows", make)


def _bare_body(s: SentenceView, cue: Item) -> bool:
    """Does a speaker row alone speak the cue: all its subject before it, or right after a cue that opens its clause?

    "..., the Foreign Ministry said", "The Treasury said", "..., a indiqué la
    porte-parole du ministère", «، وقالت الخارجية في بيان», «, сообщили в МИД»;
    not "a source in the ministry said", "the Ukrainian ministry said" (another
    word of the phrase), nor «сообщили в МИД Украины».

    >>> from diplograph.examples import view
    >>> def spoken(text):
    ...     s = view(text, lang="en")
    ...     return _bare_body(s, s.scan.of_kind("cue")[-1])
    >>> spoken("The talks will resume, the foreign ministry said."), spoken("The talks will resume, said the ministry.")
    (True, True)
    >>> spoken("The talks will resume, the Ukrainian ministry said."), spoken("The talks will resume, a source in the ministry said.")
    (False, False)
    """
    rows = _speaker_rows(s)
    others = [c for c in s.scan.of_kind("cue") if c is not cue]
    # «сообщил источник в МИД»: a cue noun right after the cue is its speaker, unnamed
    if not rows or any(_touching(s, cue.end, c.start) for c in others):
        return False
    before = _subject_before(s, cue)
    if before:
        return before in rows
    return _row_after(s, cue, rows, others)


def _touching(s: SentenceView, end: int, start: int) -> bool:
    """Does what starts at ``start`` follow what ends at ``end``, nothing but spaces between?"""
    return start >= end and not s.text[end:start].strip()


def _lead_words(s: SentenceView) -> frozenset[str]:
    """The words a speaker row may stand behind: determiners and stopwords ("the ministry", «в МИД»)."""
    return s.language.folded("determiners") | s.language.folded("stopwords")


def _subject_before(s: SentenceView, cue: Item) -> tuple[str, ...]:
    """The words from the start of the cue's phrase to the cue, less gap words at its end and lead words at its start."""
    clause = s.clause(cue.start)
    # "، وفق ما قالت الخارجية": the phrase opens after a cue that leads this one
    opening = max([c.end for c in s.scan.of_kind("cue") if clause[0] <= c.start and c.end <= cue.start], default=clause[0])
    before = s.words(opening, cue.start)
    while before and before[-1] in s.gap_words:
        before.pop()
    lead = _lead_words(s)
    while before and before[0] in lead:
        before.pop(0)
    return tuple(before)


def _row_after(s: SentenceView, cue: Item, rows: frozenset[tuple[str, ...]], others: list[Item]) -> bool:
    """Is the phrase right after the cue a speaker row, behind lead words and ended by the clause or a stop word?"""
    lead = _lead_words(s)
    after = s.words(cue.end, s.clause(cue.start)[1])
    if after and after[0] in lead - s.language.folded("determiners") \
            and any(_touching(s, c.end, cue.start) for c in others):
        return False  # the source noun's place («источник в МИД», "a source in the ministry"), not a speaker
    skip = 0  # «в МИД» is a row, «в министерстве» too; "the ministry" is one past its article
    while skip < len(after) and after[skip] in lead:
        skip += 1
    stop = lead | s.gap_words
    return any(tuple(after[k:n]) in rows and (n == len(after) or after[n] in stop)
               for k in range(skip + 1) for n in range(k + 1, len(after) + 1))


#: How many words may stand between a report's opening cue and the verb that names its speaker ("وفق ما أعلنته").
_CHAIN = 2


def _chained(s: SentenceView, found: list[tuple[int, frozenset[str]]]) -> Speakers:
    """A cue with no speaker of its own that opens a report whose verb has one speaks through it.

    "، وفق ما أعلنته كايا كالاس" (according to what Kallas announced): the
    phrase is Kallas's word, as the verb in it is.
    """
    out = list(found)
    for k, (start, ids) in enumerate(found[:-1]):
        following, named = found[k + 1]
        cue_end = next(c.end for c in s.scan.of_kind("cue") if c.start == start)
        if not ids and named and s.clause(start) == s.clause(following) \
                and len(s.words(cue_end, following)) <= _CHAIN:
            out[k] = (start, named)
    return tuple(out)


def _next_to(s: SentenceView, end: int, start: int) -> bool:
    """Do a speaker and its cue stand together: one word between at most, besides gap words ("Iran has previously said")?"""
    return len([w for w in s.words(end, start) if w not in s.gap_words]) <= 1


def _relative_between(s: SentenceView, end: int, start: int) -> bool:
    """Is all between a speaker and its cue one relative clause set off by marks ("Anwar, who chaired the talks, said")?

    The clause opens with a mark and a ``subject_relatives`` word right after
    the speaker, and a mark closes it right before the cue; no actor in it.
    """
    between = s.text[end:start]
    marks = s.language.get("clause_marks", ",;")
    words = s.words(end, start)
    return bool(words) and words[0] in s.language.folded("subject_relatives") and between.lstrip()[:1] in marks \
        and between.rstrip()[-1:] in marks and not any(end <= c.start and c.end <= start for c in s.chunks)


def _fronted(s: SentenceView, pos: int) -> bool:
    """Is all before a cue one actor mention, its title and marks ("Ukraine's army chief, Oleksandr Syrskyi, said")?

    That mention speaks the cue though a mark sets it off, and an actor
    after the cue is the subject of what is said ("said Russian forces had massed").
    """
    words = s.scan.spans_between(0, pos)
    return bool(words) and any(c.end <= pos for c in s.chunks) and all(
        s.text[a:b] in s.gap_words or any(c.start <= a < c.end for c in s.chunks) for a, b in words)


def trailing_reports(s: SentenceView, item: Item, clause: tuple[int, int]) -> tuple[int, ...]:
    """Reporting cues after the trigger's clause that report it: ", according to diplomats", ", officials said".

    The cue's clause is opened by a mark, not by a word ("and said",
    "but", "which"), does not start with a coordinator prefix ("وقالت")
    unless its first word is a cue row's own ("وفقا لرويترز": according to),
    and no verb trigger of another clause stands between the statement and
    the cue (a verb of its own clause does not: "said he was prepared to
    contribute ..., Bloomberg reported"). Function words may stand between
    the mark and the cue, though one opens a clause ("، على ما أفاد صحافيون":
    as journalists reported).
    """
    out = []
    for cue in s.scan.of_kind("cue"):
        if cue.start < clause[1] or ("reported", "sentence") not in [t.data for t in cue.tags if t.kind == "cue"]:
            continue
        opening = _opening(s, cue.start)
        first = s.scan.next_word(opening + 1) or (cue.start, cue.end)
        if s.text[opening] not in s.language.get("clause_marks", ",;") \
                or (s.coord_prefixes and s.text[first[0]:].startswith(s.coord_prefixes)
                    and s.text[slice(*first)] not in _cue_heads(s)):
            continue
        if any(s.is_verb(v) and clause[1] <= v.start < cue.start for v in s.scan.of_kind("trigger")):
            continue
        out.append(cue.start)
    return tuple(out)


#: How many function words may stand between a clause mark and the reporting cue it opens ("، على ما أفاد").
_REPORT_LEAD = 2


def _opening(s: SentenceView, pos: int) -> int:
    """Where the clause of a cue opens: past a clause word that only function words follow up to it, to the mark before.

    A dash that opens a clause ("..., - говорится в комментарии") is no word to pass.
    """
    opening = s.clause(pos)[0]
    if opening and s.text[opening].isalnum():
        before = s.clause(opening - 1)[0]
        stop = s.language.folded("stopwords")
        words = s.words(before, pos)
        if s.text[before] in s.language.get("clause_marks", ",;") and len(words) <= _REPORT_LEAD \
                and all(w in stop for w in words):
            return before
    return opening


def _cue_heads(s: SentenceView) -> frozenset[str]:
    """The first words of the language's cue rows: "وفقا" opens a report, though it starts as "وقالت" (and said) does."""
    return s.language.memo("cue_heads", lambda: frozenset(
        fold(row["cue"]).split()[0] for row in s.language.tables.get("cues", []) if row["cue"].strip()))


def reporter_before(s: SentenceView, item: Item) -> list[Chunk]:
    """Who speaks the nearest reporting cue before the item ("قال عراقجي إن ...", "Araghchi said")."""
    cues = [(start, ids) for start, ids in speakers(s) if start < item.start and ids]
    if not cues:
        return []
    start, ids = cues[-1]
    named = [c for c in s.chunks if c.actor.id in ids and c.end <= item.start and c.agent and c.via != "pronoun"]
    return [min(named, key=lambda c: abs(c.start - start))] if named else []


def event_context(s: SentenceView, item: Item, *, until: int | None = None) -> tuple:
    """The clause, future, reporters, speakers and reach of a statement made by an event noun.

    ``until``: a position the clause runs to at least (the last side of "between X and Y").
    """
    clause = s.clause(item.start)
    if until is not None and until >= clause[1]:
        clause = (clause[0], s.clause(until)[1])
    verbs = [v.tag("trigger").data for v in s.scan.of_kind("trigger") if s.is_verb(v) and v.end <= item.start]
    future = bool(verbs) and verbs[-1].future
    reach = next((w.start for w in s.scan.of_kind("clause") if w.start >= item.end), None)
    return clause, future, trailing_reports(s, item, clause), speakers(s), reach


def sentence_speaker(s: SentenceView, item: Item) -> list[Chunk]:
    """Who says the sentence the item stands in: the speaker of the nearest reporting cue before it, else after it.

    "Sikorski said Russia must withdraw", "Russia must withdraw, Sikorski
    said", "« ... », a affirmé Emmanuel Macron". Only named actors speak; a
    cue without one ("officials said") gives nobody.
    """
    before = reporter_before(s, item)
    if before:
        return before
    for start, ids in speakers(s):
        if start < item.end or not ids:
            continue
        named = [c for c in s.chunks if c.actor.id in ids and c.agent and c.via != "pronoun"]
        if named:
            return [min(named, key=lambda c: abs(c.start - start))]
    return []
