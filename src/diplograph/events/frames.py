"""Attach subjects and objects to triggers: who did what to whom in one sentence.

The rules read the language's data only: word order (``subject_order``),
coordinators, clause cuts, relative words and the trigger's frame. A verb's
subject is the actor group right after it (VSO) or right before it in its
clause (SVO); a masdar's subject is the actor it governs ("رفض موسكو"), or
the clause's actor when it carries a pronoun or purpose clitic ("على رفضه",
"لاستضافة"); in a relative clause ("وهو خيار تؤيده كييف") the object is the
phrase the relative word resumes.
"""
from __future__ import annotations

from dataclasses import dataclass

from diplograph.actors.mentions import Chunk
from diplograph.events.lexicon import Trigger
from diplograph.lang.normalise import fold
from diplograph.lang.profile import Language
from diplograph.lang.scanner import Item, Scan


def _predicates() -> dict:
    import yaml
    from importlib import resources

    text = resources.files("diplograph.lexicons").joinpath("common/predicates.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text) or {}


__all__ = ["Frame", "find_frames"]

#: How many words a subject may stand before its verb (SVO).
_BEFORE_GAP = 3
#: How many words a parenthesis between a subject and its verb may have (", in turn,").
_PARENTHESIS_WORDS = 4
#: Actors an agent phrase may act on: "l'Union africaine, présidée par l'Angola".
_CHAIRED = frozenset({"Organization", "Coalition"})
#: Quotation marks a name may close with: "la « coalition des volontaires », coprésidée par".
_QUOTES = "\"'«»“”„‘’"
#: How long an object phrase may run, in words.
_OBJECT_WORDS = 10
#: How many words into the object phrase such an actor may start ("اتصالا هاتفيا مع X").
_ACTOR_OBJECT_REACH = 6
#: Predicates whose object is an actor wherever it stands in the phrase ("met on Monday with X").
ACTOR_OBJECTS = frozenset(_predicates().get("actor_objects", ()))
#: Predicates that coordinated subjects do with each other when no object is named.
RECIPROCAL = frozenset(_predicates().get("reciprocal", ()))
#: The predicate each side of an event noun's "between X and Y" takes, by event type.
BETWEEN = dict(_predicates().get("between") or {})
#: How many words (adjectives: "nuclear", "محتملة") may stand between an event noun and "between".
_BETWEEN_GAP = 2
#: Body labels (bodies.tsv) of unnamed sources, whose words stay reported ("US officials said").
UNNAMED_SOURCES = frozenset(_predicates().get("unnamed_sources", ()))
#: Predicates whose object states no fact ("wants a meeting between ...").
WISHES = frozenset(_predicates().get("wishes", ()))


@dataclass(frozen=True)
class Frame:
    """A trigger with its subjects and object, in folded coordinates of the sentence."""

    trigger: Trigger
    item: Item
    subjects: tuple[Chunk, ...]
    object_chunk: Chunk | None
    object_span: tuple[int, int] | None
    object_type: str
    clause: tuple[int, int]
    #: the statement is set in the future: by the trigger's form, or for a
    #: masdar, which has no tense, by the verb before it
    future: bool = False
    #: starts of reporting cues after the trigger's clause that report it
    #: (", according to diplomats", ", the ministry said")
    reporters: tuple[int, ...] = ()
    #: each reporting cue of the sentence with the ids of the actors who speak it
    speakers: tuple[tuple[int, frozenset[str]], ...] = ()
    #: where the next clause opened by a word begins: sentence-wide future
    #: cues after it are another clause's ("... and will meet again in May")
    reach: int | None = None

    def own_words(self, actor_id: str) -> frozenset[int]:
        """Starts of the reporting cues that an actor speaks: the statement is its own words there."""
        return frozenset(start for start, ids in self.speakers if actor_id in ids)


class _Sentence:
    def __init__(self, scan: Scan, chunks: list[Chunk], language: Language):
        self.scan, self.chunks, self.language = scan, chunks, language
        self.text = scan.text
        self.coordinators = language.folded("coordinator_words")
        self.coord_prefixes = tuple(sorted(language.folded("coordinator_prefixes")))
        self.gap_words = language.folded("subject_gap_words")
        self.honorifics = language.folded("honorifics")
        self.lead_words = language.folded("object_lead_words")
        self.cuts = self._cuts()

    def _cuts(self) -> list[int]:
        marks = set(self.language.get("clause_marks", ",;"))
        cuts = {0, len(self.text)}
        cuts |= {i for i, c in enumerate(self.text) if c in marks}
        for item in self.scan.items:
            if item.has("clause") or item.has("relative"):
                cuts.add(item.start)
        # A comma inside a mention ("الرئيس الأمريكي، جو بايدن") cuts nothing.
        cuts = {c for c in cuts if not any(ch.start < c < ch.end for ch in self.chunks)}
        # Nor does one between stacked titles ("ولي العهد، رئيس الوزراء الأمير ...").
        title_ends = {it.end for it in self.scan.items if it.has("title")}
        chunk_starts = {ch.start for ch in self.chunks}
        cuts = {c for c in cuts if not (self.text[:c].rstrip() and len(self.text[:c].rstrip()) in title_ends
                                        and len(self.text) - len(self.text[c + 1:].lstrip()) in chunk_starts)}
        ordered = sorted(cuts)
        # ", مساء الثلاثاء،" / ", on Monday," is a parenthesis, not a clause.
        dates = [(it.start, it.end) for it in self.scan.items if it.has("date")]
        keep = set(ordered)
        for a, b in zip(ordered, ordered[1:]):
            if a == 0 or b == len(self.text):
                continue
            words = [(x, y) for x, y in self.scan.words if a <= x and y <= b]
            if words and all(self.text[x:y] in self.gap_words or any(d0 <= x < d1 for d0, d1 in dates)
                             for x, y in words):
                keep.discard(a)
                keep.discard(b)
        return sorted(keep | {0, len(self.text)})

    def clause(self, pos: int) -> tuple[int, int]:
        start = max(c for c in self.cuts if c <= pos)
        end = min((c for c in self.cuts if c > pos), default=len(self.text))
        return start, end

    def words(self, start: int, end: int) -> list[str]:
        return [w for w in self.scan.words_between(start, end)]

    def _joined(self, left: Chunk, right: Chunk) -> bool:
        """Are two chunks coordinated: "X و Y", "X, Y and Z"?"""
        if right.start < left.end:
            # one mention for two actors: "the two countries"
            return True
        gap = self.text[left.end:right.start]
        words = gap.replace(",", " , ").replace("،", " , ").split()
        while len(words) > 1 and words[-1] in self.honorifics and words[-1] not in {",", "،"}:
            # "Mr Erdogan and Mr Aliyev": the honorific opens the next name.
            words.pop()
        if not words:
            return self.text[right.start:right.end].startswith(self.coord_prefixes) if self.coord_prefixes else False
        if all(w in self.coordinators for w in words):
            return True
        genitives = self.language.folded("genitive_words")
        if genitives and all(w in self.coordinators or w in genitives for w in words) \
                and any(w in self.coordinators and w not in self.lead_words and w not in {",", "،"} for w in words):
            # "l'absence du Brésil et de l'Inde": a coordinated genitive
            return True
        return all(w in {",", "،"} for w in words) and bool(self.coord_prefixes) and \
            self.text[right.start:right.end].startswith(self.coord_prefixes)

    def group_from(self, index: int, *, forward: bool) -> list[Chunk]:
        """The coordinated group that starts (or ends) at chunk ``index``."""
        group = [self.chunks[index]]
        step = 1 if forward else -1
        k = index
        while 0 <= k + step < len(self.chunks):
            a, b = (self.chunks[k], self.chunks[k + step]) if forward else (self.chunks[k + step], self.chunks[k])
            if not self._joined(a, b):
                break
            k += step
            group.append(self.chunks[k])
        return group if forward else group[::-1]

    def _in_title(self, pos: int) -> bool:
        """Is the word at ``pos`` part of a title ("ولي العهد، رئيس الوزراء ...": stacked titles)?"""
        return any(it.start <= pos < it.end and it.has("title") for it in self.scan.items)

    def oblique(self, chunk: Chunk) -> bool:
        """Does a preposition clitic govern the mention ("بدولة فلسطين")? Then it is no subject."""
        clitic = self.text[chunk.start:chunk.start + chunk.trim]
        return bool(clitic) and any(p in clitic for p in self.language.folded("preposition_clitics"))

    def subject_after(self, end: int, clause_end: int) -> list[Chunk]:
        for i, chunk in enumerate(self.chunks):
            if chunk.start < end:
                continue
            if chunk.start >= clause_end or not chunk.agent or self.oblique(chunk):
                return []
            gap = [(a, self.text[a:b]) for a, b in self.scan.words
                   if end <= a and b <= chunk.start and not self._in_title(a)]
            if len(gap) <= 3 and all(w in self.gap_words or w in self.honorifics or self._is_date(a) for a, w in gap):
                return [c for c in self.group_from(i, forward=True) if c.agent]
            return []
        return []

    def reading(self, item: Item, clause: tuple[int, int]) -> Trigger:
        """Choose between a verb and a masdar spelled alike ("رفضها": she rejected it / her rejection).

        A verb in a subject-after language needs its subject after it; without
        one, the masdar reading is taken.
        """
        readings = [t.data for t in item.tags if t.kind == "trigger"]
        verbs = [t for t in readings if t.pos != "noun"]
        nouns = [t for t in readings if t.pos == "noun"]
        if verbs and nouns and self.language.get("subject_order", ["before"])[0] == "after":
            if not self.subject_after(item.end, clause[1]):
                return nouns[0]
        return readings[0]

    def genitive(self, item: Item, *, linked: bool = False) -> list[Chunk]:
        """The actor right after a masdar: its genitive ("رفض موسكو") or nationality adjective ("الهجوم الإسرائيلي").

        ``linked``: the actor may also follow a ``genitive_words`` word, after
        one adjective at most ("l'absence remarquée des États-Unis").
        """
        for i, chunk in enumerate(self.chunks):
            if chunk.start >= item.end:
                words = self.words(item.end, chunk.start)
                if words and not (linked and len(words) <= 2 and words[-1] in self.language.folded("genitive_words")):
                    return []
                if chunk.via == "nationality":
                    return [chunk]
                return [c for c in self.group_from(i, forward=True) if c.agent]
        return []

    def adjacent_before(self, item: Item) -> list[Chunk]:
        """An actor right before a bare masdar, as verb, subject, object follow each other.

        Where adjectives come first, a nationality adjective right before the
        noun is its subject too ("the Israeli strike on Doha"). At the very start of a sentence only a possessor ("Russia's invasion")
        is the noun's subject: there is no verb before it.
        """
        before = self.language.get("adjective_side") == "before"
        for chunk in reversed(self.chunks):
            if chunk.end <= item.start:
                if self.words(chunk.end, item.start):
                    return []
                if before and chunk.via == "nationality":
                    # "the Russian invasion of Ukraine": the adjective names the noun's subject.
                    return [chunk]
                return [chunk] if chunk.agent and (chunk.start > 0 or self.possessor(chunk)) else []
        return []

    def possessed(self, item: Item, trigger: Trigger) -> bool:
        """Does a possessive word or suffix mark the noun ("his talks", "ses entretiens", "محادثاته")?"""
        if trigger.suffix and fold(trigger.suffix) in self.language.folded("possessive_suffixes"):
            return True
        before = self.text[:item.start].split()
        return bool(before) and before[-1] in self.language.folded("possessive_words")

    def with_frame(self, item: Item, trigger: Trigger, clause: tuple[int, int]) -> tuple[list[Chunk], tuple]:
        """Subjects and object of an event noun with a partner: "Trump's talks with Putin", "محادثاته مع بوتين".

        The partner is the actor right after a ``with_words`` word that ends
        the noun or follows it within a few words ("محادثات نووية مع ...").
        The subject is the actor the noun governs before that word ("لقاء
        ترامب مع بوتين"), a possessor or verb subject right before the noun
        ("Trump's talks", "أجرى ترامب محادثات"), or, after a possessive, the
        clause's actor ("his talks with Putin"), else the actor that opens
        the next clause ("After his talks with Putin, Trump said"); else who
        reports them ("Araghchi said talks with the US are set for Friday").
        """
        none: tuple = (None, None, "")
        withs = self.language.folded("with_words")
        after = [(a, b) for a, b in self.scan.words if a >= item.end and b <= clause[1]]
        if self.text[item.start:item.end].split()[-1] in withs:
            at = item.end
        else:
            at = next((b for a, b in after[:_BETWEEN_GAP + 1] if self.text[a:b] in withs), None)
        if at is None or any(self.is_verb(v) and item.end <= v.start < at for v in self.scan.items):
            # "محادثات قد يجريها مع بوتين": the partner is the verb's
            return [], none
        partner = next((c for c in self.chunks if c.start >= at), None)
        skip = self.lead_words | self.gap_words | self.honorifics
        if partner is None or not partner.agent or partner.via == "pronoun" or partner.end > clause[1] \
                or not all(w in skip for w in self.words(at, partner.start)):
            return [], none
        obj = (partner, (partner.start, partner.end), partner.actor.type)
        genitive = [c for c in self.genitive(item) if c.end < at] if not trigger.suffix else []
        if genitive:
            return genitive, obj
        if not trigger.prefix and not trigger.suffix and (before := self.adjacent_before(item)):
            return before, obj
        if self.possessed(item, trigger):
            # "After his talks with Putin, Trump said": a fronted phrase's actor opens the next clause.
            return self.clause_subject(item.start, clause[0]) or self.subject_after(clause[1], len(self.text)), obj
        # "أوضح فيدان أنه يتوقع إجراء محادثات مع موسكو": talks with someone, said by a party;
        # unless a negation follows, which the statement's polarity would not see ("is not planned").
        if any(it.start > item.end and any(t.kind == "cue" and t.data[0] == "negation" for t in it.tags)
               for it in self.scan.items):
            return [], none
        return [c for c in self.reporter_before(item) if c.actor.id != partner.actor.id], obj

    def reporter_before(self, item: Item) -> list[Chunk]:
        """Who speaks the nearest reporting cue before the item ("قال عراقجي إن ...", "Araghchi said")."""
        cues = [(start, ids) for start, ids in self.speakers() if start < item.start and ids]
        if not cues:
            return []
        start, ids = cues[-1]
        named = [c for c in self.chunks if c.actor.id in ids and c.end <= item.start and c.agent and c.via != "pronoun"]
        return [min(named, key=lambda c: abs(c.start - start))] if named else []

    def possessor(self, chunk: Chunk) -> bool:
        """Does the mention end in the language's possessive suffix ("Russia's")?"""
        name = self.language.classes.get("name")
        suffixes = tuple(fold(x) for x in name.suffixes) if name else ()
        return bool(suffixes) and self.text[chunk.start:chunk.end].endswith(suffixes)

    def participle_clause(self, item: Item, clause: tuple[int, int]) -> bool:
        """Does an active participle open a clause after a comma ("..., calling for")?"""
        active = tuple(self.language.folded("active_suffixes"))
        word = self.text[item.start:item.end].split()[0]
        return bool(active) and word.endswith(active) and clause[0] > 0 and self.text[clause[0]] in ",،" \
            and not [w for w in self.words(clause[0], item.start) if w not in self.gap_words]

    def coordinated(self, item: Item) -> bool:
        """Does the verb open a coordinated clause ("وتحدث", "and said")?"""
        form = self.text[item.start:item.end]
        if self.coord_prefixes and form.startswith(self.coord_prefixes):
            return True
        before = self.text[:item.start].split()
        return bool(before) and before[-1] in self.coordinators and before[-1] not in {",", "،"}

    def subject_before(self, start: int, clause_start: int, *, comma: bool = True) -> list[Chunk]:
        """The actor group before a verb, in its clause or set off by a comma.

        Parentheses between the subject and the verb are passed over:
        "Turkey, in turn, praised", "Hungary, which depends on Russian oil,
        blocked", "La Jordanie a, pour sa part, insisté".
        """
        opening = self.parentheses_start(clause_start) if comma else clause_start
        skipped = (opening, clause_start)
        joined = [c for c in self.chunks if c.end <= start and self.text[c.end:start] == "-"]
        if joined:
            # "Chinese-brokered", "Saudi-led": a state joined to the verb by a hyphen is its agent.
            return joined
        for i in range(len(self.chunks) - 1, -1, -1):
            chunk = self.chunks[i]
            if chunk.end > start or (skipped[0] <= chunk.start and chunk.end <= skipped[1] < start):
                continue
            if chunk.end <= opening and not self._spans_cut(chunk, opening):
                # "عراقجي، أشاد ..." / "Macron, however, said": a subject set off by a comma.
                inside = [w for w in self.words(clause_start, start) if w not in self.gap_words]
                between = self.text[chunk.end:opening].strip(" ,،")
                if opening < clause_start:
                    between = " ".join(w for w in self.words(chunk.end, opening) if w not in self.gap_words)
                if not comma or inside or between:
                    return []
            if not chunk.agent or self.oblique(chunk):
                return []
            if any(it.has("body") and chunk.end <= it.start and it.end <= start
                   and not skipped[0] <= it.start < skipped[1]
                   and not any(c.start <= it.start < c.end for c in self.chunks) for it in self.scan.items):
                # "The move comes as envoys have been seeking to": a body noun of no
                # named state between them is the verb's own subject.
                return []
            # Words of the parentheses passed over do not count.
            words = self.words(chunk.end, skipped[0]) + self.words(skipped[1], start) \
                if chunk.end <= skipped[0] < skipped[1] else self.words(chunk.end, start)
            gap = [w for w in words if w not in self.gap_words]
            if len(gap) <= _BEFORE_GAP:
                return [c for c in self.group_from(i, forward=False) if c.agent]
            return []
        return []

    def compound(self, frame: Frame) -> bool:
        """Is the frame a compound word, its subject joined to the verb by a hyphen ("Chinese-brokered")?"""
        return any(self.text[c.end:frame.item.start] == "-" for c in frame.subjects)

    def parentheses_start(self, clause_start: int) -> int:
        """Where the parentheses that end at a clause's opening comma begin, or ``clause_start``.

        A parenthesis is set off by commas and is either short, with no actor
        and no trigger in it (", in turn,", ", pour sa part,"), or a relative
        clause on the subject (", which depends on Russian oil,").
        """
        if clause_start == 0 or self.text[clause_start] not in ",،":
            return clause_start
        cut = clause_start
        while cut > 0:
            prev = max(c for c in self.cuts if c < cut)
            if not self.parenthesis(prev, cut):
                break
            cut = prev
        return cut

    def parenthesis(self, start: int, end: int) -> bool:
        """Is ``[start, end)`` a parenthesis: opened by a comma or a subject relative word, and short or relative?"""
        if any(r.start == start and self.is_subject_relative(r) for r in self.scan.items if r.has("relative")):
            return True
        if start == 0 or self.text[start] not in ",،":
            return False
        # ", présidée par l'Angola,", ", mediated by Qatar,": an agent phrase.
        first = next((it for it in self.scan.items if start < it.start < end), None)
        if first is not None and not self.words(start, first.start) and first.has("trigger") \
                and (all(t.data.frame == "participant" for t in first.tags if t.kind == "trigger")
                     or self.agent_follows(first, end)):
            return True
        words = self.words(start, end)
        if len(words) > _PARENTHESIS_WORDS:
            return False
        return not any(start <= c.start < end and c.agent for c in self.chunks) and \
            not any(start <= it.start < end and it.has("trigger") for it in self.scan.items)

    def _spans_cut(self, chunk: Chunk, cut: int) -> bool:
        return chunk.start < cut < chunk.end

    def _is_date(self, pos: int) -> bool:
        """Is the word at ``pos`` part of a date ("أعلن، الإثنين، ...")?"""
        return any(it.has("date") and it.start <= pos < it.end for it in self.scan.items)

    def clause_subject(self, start: int, clause_start: int) -> list[Chunk]:
        """The first actor of the clause before ``start``: the subject a pronoun resumes."""
        agents = [i for i, c in enumerate(self.chunks) if clause_start <= c.start and c.end <= start and c.agent]
        if not agents:
            return self.nearest_before(start)
        return [c for c in self.group_from(agents[0], forward=True) if c.agent and c.end <= start]

    def before_relative(self, relative: Item) -> list[Chunk]:
        """The actor a subject relative word follows: "ترامب الذي يرأس القمة"."""
        for i in range(len(self.chunks) - 1, -1, -1):
            chunk = self.chunks[i]
            if chunk.end <= relative.start:
                if chunk.agent and len(self.words(chunk.end, relative.start)) <= 1:
                    return [c for c in self.group_from(i, forward=False) if c.agent]
                return []
        return []

    def nearest_before(self, start: int) -> list[Chunk]:
        agents = [i for i, c in enumerate(self.chunks) if c.end <= start and c.agent]
        return [c for c in self.group_from(agents[-1], forward=False) if c.agent] if agents else []

    def object_after(self, start: int, clause_end: int, trigger: Trigger) -> tuple[Chunk | None, tuple[int, int] | None, str]:
        """The object that follows: an actor, an event phrase or an issue phrase."""
        span_words = [(a, b) for a, b in self.scan.words if a >= start and b <= clause_end]
        while span_words and self.text[span_words[0][0]:span_words[0][1]] in self.lead_words:
            span_words = span_words[1:]
        # Stop at the next verb trigger: it opens another statement. A noun
        # trigger ("recognition of the plan") is part of the phrase.
        for item in self.scan.items:
            if self.is_verb(item) and item.start >= start and span_words and item.start > span_words[0][0]:
                span_words = [(a, b) for a, b in span_words if b <= item.start]
                break
        span_words = span_words[:_OBJECT_WORDS]
        if not span_words:
            return None, None, ""
        first = span_words[0][0]
        for chunk in self.chunks:
            if chunk.via == "pronoun":
                # A pronoun is read as a subject only ("Algeria said it ...").
                continue
            if chunk.start <= first < chunk.end or (first <= chunk.start < span_words[0][1]):
                if chunk.agent:
                    return chunk, (chunk.start, chunk.end), chunk.actor.type
        if trigger.predicate in ACTOR_OBJECTS:
            near = span_words[min(_ACTOR_OBJECT_REACH, len(span_words)) - 1][1]
            for chunk in self.chunks:
                if first <= chunk.start < near and chunk.end <= span_words[-1][1] and chunk.agent \
                        and chunk.via != "pronoun":
                    return chunk, (chunk.start, chunk.end), chunk.actor.type
        for item in self.scan.items:
            if item.has("event") and first <= item.start < span_words[min(2, len(span_words) - 1)][1]:
                return None, (item.start, span_words[-1][1]), item.tag("event").data
        return None, (first, span_words[-1][1]), "Issue"

    def participant_object(self, item: Item) -> tuple[Chunk | None, tuple[int, int] | None, str]:
        """What an agent phrase ("hosted by X", "coprésidée par X") acts on.

        The body it is set after ("l'Union africaine, présidée par l'Angola"),
        else the event noun before it ("the summit, co-hosted by Egypt"),
        else, when the phrase opens the sentence, the event noun after it
        ("Coprésidée par la Norvège, cette conférence ...").
        """
        before = [c for c in self.chunks if c.end <= item.start]
        if before and before[-1].agent and before[-1].actor.type in _CHAIRED \
                and not self.text[before[-1].end:item.start].strip(_QUOTES + " ,،"):
            chunk = before[-1]
            return chunk, (chunk.start, chunk.end), chunk.actor.type
        events = [e for e in self.scan.items if e.has("event") and e.end <= item.start]
        if events:
            e = events[-1]
            end = self.drop_auxiliaries(e.end, min(self.clause(e.start)[1], item.start))
            return None, (e.start, end), e.tag("event").data
        if not self.words(0, item.start):
            after = [e for e in self.scan.items if e.has("event") and e.start >= self.clause(item.start)[1]]
            if after:
                return None, (after[0].start, after[0].end), after[0].tag("event").data
        return None, None, ""

    def sentence_event(self, item: Item) -> tuple[None, tuple[int, int] | None, str]:
        """The event noun of the sentence nearest after the item, else before it."""
        events = [e for e in self.scan.items if e.has("event")]
        after = [e for e in events if e.start >= item.end]
        before = [e for e in events if e.end <= item.start]
        chosen = after[0] if after else before[-1] if before else None
        if chosen is None:
            return None, None, ""
        return None, (chosen.start, chosen.end), chosen.tag("event").data

    def drop_auxiliaries(self, floor: int, end: int) -> int:
        """The end of a phrase without the auxiliaries and adverbs that close it ("the summit was")."""
        skip = self.gap_words | self.language.folded("passive_auxiliaries")
        for a, b in reversed([(a, b) for a, b in self.scan.words if floor <= a and b <= end]):
            if self.text[a:b] not in skip:
                return b
        return floor

    def agentless_passive(self, item: Item, clause: tuple[int, int]) -> bool:
        """Is the verb a passive with no agent ("Syria was welcomed back")?

        An auxiliary of ``agentless_passive_auxiliaries`` stands before it
        (gap words and one other word between), and its word does not end in one of
        ``active_suffixes`` ("is hosting").
        """
        auxiliaries = self.language.folded("agentless_passive_auxiliaries")
        if not auxiliaries:
            return False
        word = self.text[item.start:item.end].split()[0]
        active = tuple(self.language.folded("active_suffixes"))
        if (active and word.endswith(active)) or word in self.lead_words:
            # "is hosting"; an infinitive written with its particle: "Egypt is to host"
            return False
        adverbs = self.gap_words - auxiliaries
        before = [w for w in self.words(clause[0], item.start) if w not in adverbs]
        # One adverb the lists lack may stand between ("il sera maintenant
        # endossé"), but not a particle: "Egypt is to host" is active.
        if before and before[-1] in auxiliaries:
            return True
        return len(before) > 1 and before[-2] in auxiliaries and before[-1] not in self.lead_words

    def trailing_reports(self, item: Item, clause: tuple[int, int]) -> tuple[int, ...]:
        """Reporting cues after the trigger's clause that report it: ", according to diplomats", ", officials said".

        The cue's clause is opened by a mark, not by a word ("and said",
        "but", "which"), does not start with a coordinator prefix ("وقالت"),
        and no verb trigger stands between the statement and the cue.
        """
        out = []
        for cue in self.scan.items:
            if cue.start < clause[1] or ("reported", "sentence") not in [t.data for t in cue.tags if t.kind == "cue"]:
                continue
            opening = self.clause(cue.start)[0]
            first = next((a for a, b in self.scan.words if a > opening), cue.start)
            if self.text[opening] not in self.language.get("clause_marks", ",;") \
                    or (self.coord_prefixes and self.text[first:].startswith(self.coord_prefixes)):
                continue
            if any(self.is_verb(v) and item.end <= v.start < cue.start for v in self.scan.items):
                continue
            out.append(cue.start)
        return tuple(out)

    def speakers(self) -> tuple[tuple[int, frozenset[str]], ...]:
        """Who speaks each reporting cue: the actors right beside it, where the language puts a verb's subject.

        After a cue that opens its clause, an actor speaks it in any language:
        "..., a précisé jeudi Emmanuel Macron". Before one, only in
        subject-first languages: "Officials said Saudi Arabia backed ..." is
        not Saudi Arabia's word.
        """
        sides = self.language.get("subject_order", ["before", "after"])
        speakerless = self.language.folded("speakerless_cues")
        out = []
        for cue in self.scan.items:
            if not any(t.kind == "cue" and t.data[0] == "reported" for t in cue.tags):
                continue
            if self.text[cue.start:cue.end] in speakerless:
                out.append((cue.start, frozenset()))  # "X reportedly met": hearsay, not X's word
                continue
            opens = not [w for w in self.words(self.clause(cue.start)[0], cue.start) if w not in self.gap_words]
            ids = set()
            for c in self.chunks:
                if not c.agent or c.body in UNNAMED_SOURCES:
                    # "officials said": unnamed sources report, even on their own state.
                    continue
                if (c.end <= cue.start and "before" in sides and self.beside(c.end, cue.start)) or \
                        (c.start >= cue.end and ("after" in sides or opens) and self.beside(cue.end, c.start)):
                    # An official speaks for the state too.
                    ids |= {c.actor.id, c.country.id} if c.country is not None else {c.actor.id}
            out.append((cue.start, frozenset(ids)))
        return tuple(out)

    def beside(self, end: int, start: int) -> bool:
        """Are two spans beside each other: one word between at most, and none after a clause mark ("X, officials said")?"""
        words = self.words(end, start)
        marks = self.language.get("clause_marks", ",;")
        return len(words) <= 1 and not (words and any(ch in marks for ch in self.text[end:start]))

    def is_verb(self, item: Item) -> bool:
        """Is the item a trigger with a verb reading?"""
        return any(t.kind == "trigger" and t.data.pos != "noun" for t in item.tags)

    def passive(self, item: Item, clause: tuple[int, int]):
        """Subjects and object of a passive verb, or None when the verb is active.

        A verb its agent word follows is passive with or without an
        auxiliary: "was proposed by", "the plan proposed by".
        """
        auxiliaries = self.language.folded("passive_auxiliaries")
        agents = self.language.folded("agent_words")
        if not auxiliaries or not agents:
            return None
        before = self.words(clause[0], item.start)
        after = [(a, b) for a, b in self.scan.words if a >= item.end and b <= clause[1]]
        if not after or self.text[after[0][0]:after[0][1]] not in agents:
            return None
        subjects = self.subject_after(after[0][1], clause[1])
        if not before or before[-1] not in auxiliaries:
            return subjects, self.reduced_patient(item, clause)
        aux_start = max(a for a, b in self.scan.words if a < item.start and self.text[a:b] == before[-1])
        patients = [c for c in self.chunks if clause[0] <= c.start and c.end <= aux_start and c.agent]
        if patients:
            last = patients[-1]
            return subjects, (last, (last.start, last.end), last.actor.type)
        words = [(a, b) for a, b in self.scan.words if a >= clause[0] and b <= aux_start]
        while words and self.text[words[0][0]:words[0][1]] in self.lead_words:
            words = words[1:]
        if not words:
            return subjects, (None, None, "")
        span = (words[0][0], words[-1][1])
        event = next((it for it in self.scan.items if it.has("event") and span[0] <= it.start < span[1]), None)
        return subjects, (None, span, event.tag("event").data if event else "Issue")

    def far_object(self, subjects: list[Chunk], item: Item, chunk: Chunk) -> bool:
        """Do two or more words other than lead words stand between the noun (or its genitive) and its object?"""
        start = max([item.end] + [c.end for c in subjects if c.start >= item.end])
        return len([w for w in self.words(start, chunk.start) if w not in self.lead_words]) > 1

    def agent_follows(self, item: Item, end: int) -> bool:
        """Does an agent word follow the verb ("backed by Russia")?"""
        after = self.words(item.end, end)
        return bool(after) and after[0] in self.language.folded("agent_words")

    def reduced_patient(self, item: Item, clause: tuple[int, int]) -> tuple:
        """What a participle with an agent and no auxiliary acts on: the phrase before it.

        "welcomed the plan proposed by the US": the phrase since the last
        trigger of the clause ("the plan"); "Syria, backed by Russia,": the
        phrase before the comma that opens the participle's clause.
        """
        floor = max([clause[0]] + [it.end for it in self.scan.items
                                   if it.has("trigger") and clause[0] <= it.start and it.end <= item.start])
        words = [(a, b) for a, b in self.scan.words if a >= floor and b <= item.start]
        while words and self.text[words[0][0]:words[0][1]] in self.lead_words:
            words = words[1:]
        if not words:
            if clause[0] == 0 or self.text[clause[0]] not in ",،":
                return None, None, ""
            # "The ceasefire, brokered by Qatar,": the phrase before the comma.
            return self.reduced_patient(Item(clause[0], clause[0], ()), self.clause(clause[0] - 1))
        span = (words[0][0], words[-1][1])
        whole = next((c for c in self.chunks if c.start <= span[0] and span[1] <= c.end and c.agent), None)
        if whole is not None:
            return whole, (whole.start, whole.end), whole.actor.type
        event = next((it for it in self.scan.items if it.has("event") and span[0] <= it.start < span[1]), None)
        return None, span, event.tag("event").data if event else "Issue"

    def object_group(self, chunk: Chunk) -> list[Chunk]:
        """The actors coordinated with an object actor: "met Assad and Zelensky".

        Possessors are no objects: "welcomed Egypt and Qatar's mediation"
        welcomes the mediation. An actor a verb follows is the next clause's
        subject: "Trump met Putin and Zelensky said ...".
        """
        group = self.group_from(self.chunks.index(chunk), forward=True)
        if any(self.possessor(c) for c in group[1:]):
            return [chunk]
        out = [chunk]
        for c in group[1:]:
            after = next((a for a, b in self.scan.words if a >= c.end and self.text[a:b] not in self.gap_words), None)
            opens = after is not None and after < self.clause(c.start)[1]
            if not c.agent or c.via == "pronoun" or any(self.is_verb(v) and v.start == after and opens
                                                         for v in self.scan.items):
                break
            out.append(c)
        return out

    def between_sides(self, event: Item) -> list[Chunk]:
        """The actors an event noun is held between: "talks between Iran and Oman", "قمة محتملة بين بوتين وترامب".

        A ``between_words`` word follows the noun in its clause, with at most
        a few words (adjectives) and no actor or verb between; the
        coordinated actors right after it are the sides.
        """
        words = self.language.folded("between_words")
        clause_end = self.clause(event.start)[1]
        after = [(a, b) for a, b in self.scan.words if a >= event.end and b <= clause_end]
        at = next((k for k, (a, b) in enumerate(after[:_BETWEEN_GAP + 1]) if self.text[a:b] in words), None)
        if at is None or any(event.end <= c.start < after[at][0] for c in self.chunks) \
                or any(self.is_verb(v) and event.end <= v.start < after[at][0] for v in self.scan.items):
            return []
        end = after[at][1]
        for i, chunk in enumerate(self.chunks):
            if chunk.start < end:
                continue
            if chunk.start >= clause_end or not chunk.agent or self.words(end, chunk.start):
                return []
            sides = [c for c in self.group_from(i, forward=True) if c.agent]
            return sides if len({c.actor.id for c in sides}) > 1 else []
        return []

    def event_context(self, item: Item, speakers, until: int | None = None) -> tuple:
        """The clause, future, reporters, speakers and reach of a statement made by an event noun.

        ``until``: a position the clause runs to at least (the last side of "between X and Y").
        """
        clause = self.clause(item.start)
        if until is not None and until >= clause[1]:
            clause = (clause[0], self.clause(until)[1])
        verbs = [v.tag("trigger").data for v in self.scan.items if self.is_verb(v) and v.end <= item.start]
        future = bool(verbs) and verbs[-1].future
        reach = next((w.start for w in self.scan.items if w.has("clause") and w.start >= item.end), None)
        return clause, future, self.trailing_reports(item, clause), speakers, reach

    def during_phrase(self, event: Item) -> bool:
        """Does a ``during_words`` phrase stand before the event noun, articles between ("lors du sommet")?"""
        before = [self.text[a:b] for a, b in self.scan.words if b <= event.start][-8:]
        for phrase in self.language.folded("during_words"):
            words = phrase.split()
            for skip in range(3):
                end = len(before) - skip
                if end >= len(words) and before[end - len(words):end] == words \
                        and all(w in self.lead_words for w in before[end:]):
                    return True
        return False

    def is_subject_relative(self, relative: Item) -> bool:
        """Is it a relative whose clause may take the actor before it as subject ("التي", "والتي", "which")?"""
        words = self.language.folded("subject_relatives")
        form = self.text[relative.start:relative.end]
        bare = form[len(p):] if (p := next((p for p in self.coord_prefixes if form.startswith(p)), "")) else form
        return form in words or bare in words

    def antecedent(self, relative: Item) -> tuple[int, int] | None:
        """The phrase a relative word resumes: the words before it, back to the previous cut.

        After a comma ("X، وهو خيار ...") that is the clause before the comma.
        """
        before = [c for c in self.cuts if c < relative.start]
        if not before:
            return None
        cut = max(before)
        if not self.text[cut:relative.start].strip(" ،,"):
            end = cut
            earlier = [c for c in self.cuts if c < end]
            start = max(earlier) if earlier else 0
        else:
            start, end = cut, relative.start
        # The resumed phrase is the one after the clause's last verb or actor.
        marks = [it.end for it in self.scan.items if it.has("trigger") and start <= it.start and it.end <= end]
        marks += [c.end for c in self.chunks if start <= c.start and c.end <= end]
        if marks and max(marks) < end:
            start = max(marks)
        while start < end and not self.text[start].isalnum():
            start += 1
        return (start, end) if end > start else None


def find_frames(scan: Scan, chunks: list[Chunk], *, language: Language) -> list[Frame]:
    """Every trigger of a sentence with the subjects and object the rules attach to it.

    Args:
        scan: the scanned sentence.
        chunks: its actor mentions.
        language: its language.

    Returns:
        Frames, one per trigger that found both a subject and an object.
    """
    s = _Sentence(scan, chunks, language)
    reciprocal = RECIPROCAL
    frames: list[Frame] = []
    speakers = None
    for item in scan.items:
        if not item.has("trigger"):
            continue
        clause = s.clause(item.start)
        trigger = s.reading(item, clause)
        subjects: list[Chunk] = []
        obj: tuple[Chunk | None, tuple[int, int] | None, str] = (None, None, "")
        relative = next((r for r in scan.items if r.has("relative") and clause[0] <= r.start < item.start), None)
        subject_relative = relative is not None and s.is_subject_relative(relative)
        if trigger.frame == "content":
            continue
        if trigger.frame == "participant":
            subjects = s.subject_after(item.end, clause[1])
            obj = s.participant_object(item)
        elif trigger.frame == "speaker":
            subjects = s.nearest_before(item.start)
            obj = s.object_after(item.end, clause[1], trigger)
        elif trigger.frame == "with":
            subjects, obj = s.with_frame(item, trigger, clause)
        elif trigger.pos == "noun":
            lead = fold(trigger.prefix)
            genitive = s.genitive(item, linked=trigger.frame == "event") if not trigger.suffix else []
            verb_subject = s.adjacent_before(item) if not lead and not trigger.suffix else []
            if genitive:
                # "رفض موسكو ...", "الهجوم الإسرائيلي على ...": the actor the masdar governs.
                subjects = genitive
                obj = s.object_after(max(c.end for c in genitive), clause[1], trigger)
            elif verb_subject:
                # "أعلنت واشنطن فرض عقوبات": the masdar is the object of the actor's verb.
                subjects = verb_subject
                obj = s.object_after(item.end, clause[1], trigger)
            elif trigger.frame == "genitive":
                pass
            elif trigger.suffix or any(c in lead for c in fold(language.get("purpose_clitics", ""))):
                subjects = s.clause_subject(item.start, s.clause(max(0, item.start - 1))[0] if relative else clause[0])
                obj = s.object_after(item.end, clause[1], trigger)
            if trigger.frame == "event":
                # "l'absence du Canada, la conférence ...": the sentence's event.
                obj = s.sentence_event(item)
        elif (passive := s.passive(item, clause)) is not None:
            # "The summit was hosted by Egypt": the agent is the subject, the
            # grammatical subject the object.
            subjects, obj = passive
        elif s.agentless_passive(item, clause):
            # "Syria was welcomed back": the grammatical subject is the
            # patient, and the agent goes unsaid.
            continue
        elif subject_relative and not trigger.object_pronoun:
            # "ترامب الذي يرأس القمة", "Egypt, which hosted the talks"; but in a
            # VSO clause the subject may follow: "التي عارضت فرنسا بنودها".
            for side in language.get("subject_order", ["before", "after"]):
                subjects = s.subject_after(item.end, clause[1]) if side == "after" else s.before_relative(relative)
                if subjects:
                    break
            after = subjects[-1].end if subjects and subjects[0].start > item.start else item.end
            obj = s.object_after(after, clause[1], trigger)
        else:
            order = ["before"] if trigger.plural else language.get("subject_order", ["before", "after"])
            coordinated = s.coordinated(item)
            clauses = [f for f in frames if not s.compound(f)]
            participle = bool(clauses) and s.participle_clause(item, clause)
            for side in order:
                if side == "after":
                    found = s.subject_after(item.end, clause[1])
                else:
                    # "welcomed Zelensky, expressing support": after a clause, the actor
                    # before the comma is its object ("Macron, calling for calm," is no clause).
                    found = s.subject_before(item.start, clause[0], comma=not (coordinated or participle))
                if found:
                    subjects = found
                    break
            if not subjects and (coordinated or participle) and clauses:
                # "تحدث بايدن مع ... وتحدث مع ...", "Egypt welcomed the deal, calling
                # for ...": a coordinated verb or a participle clause keeps the
                # subject of the last clause (not of a compound: "Iranian-backed").
                subjects = list(clauses[-1].subjects)
            if relative is not None and subjects and subjects[0].start > item.start:
                span = s.antecedent(relative)
                obj = (None, span, "Issue") if span else obj
            elif subjects:
                after = subjects[-1].end if subjects[0].start > item.start else item.end
                obj = s.object_after(after, clause[1], trigger)
            if subjects and trigger.frame == "event":
                # "Lula made a brief appearance": at the sentence's event.
                obj = s.sentence_event(item)
        chunk, span, type_ = obj
        if trigger.frame == "mutual":
            # "Araghchi and Witkoff spoke briefly": only coordinated subjects, each with
            # the others, whatever follows.
            chunk, span, type_ = None, None, ""
            if len({c.actor.id for c in subjects}) < 2:
                continue
        elif not subjects or (span is None and not (len(subjects) > 1 and trigger.predicate in reciprocal)):
            # "Iran and Oman met.": coordinated subjects meet each other with nothing after the verb.
            continue
        if trigger.frame == "direct" and (chunk is None or s.possessor(chunk)
                                          or not all(w in s.lead_words for w in s.words(item.end, chunk.start))):
            # "received Mr Abbas", not "received weapons from Germany" nor "received Russia's proposal".
            continue
        if trigger.frame == "genitive" and (chunk is None or s.far_object(subjects, item, chunk)):
            # "الهجوم الإسرائيلي على ...": such a noun is a statement only with an actor as its
            # object, and one near it: not "Russia's attack on the pipeline angered Hungary".
            continue
        if trigger.object_words:
            if span is None:
                continue
            words = scan.text[item.end:span[1]] if span[0] >= item.end else scan.text[span[0]:span[1]]
            if chunk is not None and span[0] >= item.end:
                # An actor object comes before what is given it: "supplied Ukraine with missiles".
                words = scan.text[item.end:clause[1]]
            if not any(w in words for w in trigger.object_words):
                continue
        subjects = [c for c in subjects if chunk is None or c.actor.id != chunk.actor.id]
        future = trigger.future
        if trigger.pos == "noun":
            verbs = [v.tag("trigger").data for v in scan.items if v.has("trigger") and v.end <= item.start]
            future = bool(verbs) and verbs[-1].pos != "noun" and verbs[-1].future
        if trigger.frame == "participant" and span is not None:
            # Taking part in an event is as future as the statement the event is the object of
            # ("سيترأسان اجتماعًا ... بمشاركة زيلينسكي").
            future = future or any(f.future for f in frames if f.object_span and f.object_span[0] <= span[0] < f.object_span[1])
        # "تطالب موسكو بانسحاب أوكراني": what is demanded, proposed or rejected
        # is the content of that statement, not a fact of its own.
        if any(f.object_type == "Issue" and f.object_span[0] <= item.start < f.object_span[1] for f in frames):
            continue
        reporters = s.trailing_reports(item, clause)
        if speakers is None:
            speakers = s.speakers()
        reach = next((w.start for w in scan.items if w.has("clause") and w.start >= item.end), None)
        context = (clause, future, reporters, speakers, reach)
        if len(subjects) > 1 and chunk is None and (trigger.predicate in reciprocal or trigger.frame == "mutual"):
            # "Iran and Oman met": each meets the other.
            frames += [Frame(trigger, item, (a,), b, (b.start, b.end), b.actor.type, *context)
                       for a in subjects for b in subjects if a.actor.id != b.actor.id]
        elif subjects and not (chunk is None and trigger.predicate in reciprocal):
            # one meets or negotiates with someone, never with a phrase
            # "welcomed both Assad and Zelensky": each coordinated actor is an object.
            objects = s.object_group(chunk) if chunk is not None else [chunk]
            frames += [Frame(trigger, item, tuple(c for c in subjects if o is None or c.actor.id != o.actor.id),
                             o, (o.start, o.end) if o is not None else span, o.actor.type if o is not None else type_,
                             *context)
                       for o in objects]
    for item in scan.items:
        predicate = BETWEEN.get(item.tag("event").data) if item.has("event") else None
        sides = s.between_sides(item) if predicate else []
        if not sides or any(f.trigger.predicate in WISHES and f.object_span[0] <= item.start < f.object_span[1]
                            for f in frames):
            continue
        # "talks between Iran and Oman": each side meets or negotiates with the others.
        trigger = Trigger(predicate, "noun", frame="between")
        speakers = speakers if speakers is not None else s.speakers()
        context = s.event_context(item, speakers, until=sides[-1].start)
        frames += [Frame(trigger, item, (a,), b, (b.start, b.end), b.actor.type, *context)
                   for a in sides for b in sides if a.actor.id != b.actor.id]
    frames += _during(s, frames, speakers if speakers is not None else s.speakers())
    return frames


def _during(s: _Sentence, frames: list[Frame], speakers) -> list[Frame]:
    """Who acts during an event takes part in it: "On the sidelines of the summit, Trump met Abbas".

    For each event noun after a ``during_words`` phrase, the subjects of the
    statement nearest to it take part in the event, unless a statement is
    already about that event, or the event is the meeting that statement states.
    """
    out = []
    stated = [f for f in frames if f.trigger.frame not in ("between", "during")]
    for item in s.scan.items:
        if not item.has("event") or not s.during_phrase(item) \
                or any(f.object_span[0] <= item.start < f.object_span[1] for f in frames):
            continue
        nearest = min(stated, key=lambda f: abs(f.item.start - item.start), default=None)
        if nearest is None or (nearest.trigger.predicate in RECIPROCAL and item.tag("event").data in ("Meeting", "Talks")):
            # "ناقش خلال مكالمة هاتفية مع ماكرون": the meeting is the statement itself.
            continue
        clause = s.clause(item.start)
        end = max((b for a, b in s.scan.words if a >= item.start and b <= clause[1]), default=item.end)
        trigger = Trigger("participatesIn", "noun", frame="during")
        out += [Frame(trigger, item, (c,), None, (item.start, end), item.tag("event").data,
                      *s.event_context(item, speakers)) for c in nearest.subjects]
    return out
