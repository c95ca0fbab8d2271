"""A read-only view of one scanned sentence: its words, clauses, items and actor mentions.

Every construction handler reads the sentence through this view; the view
knows the language's word lists but no construction.

>>> from diplograph.lang.profile import load_language
>>> from diplograph.lang.scanner import Scanner
>>> view = SentenceView(Scanner().scan("Egypt hosted the talks, officials said"), [], load_language("en"))
>>> view.clause(30), view.words(0, 16)
((22, 38), ['egypt', 'hosted', 'the'])
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Any, Callable, Hashable, Iterator

from diplograph.actors.mentions import Chunk
from diplograph.lang.normalise import fold
from diplograph.lang.profile import Language
from diplograph.lang.scanner import Item, Scan

__all__ = ["SentenceView"]

#: Tags that open an actor mention, whose inflected form tells its case.
_MENTION_KINDS = frozenset({"actor", "title", "plural_title", "body", "capital", "adjective", "pronoun", "group"})


def _where(text: str, chars) -> Iterator[int]:
    """Where any of ``chars`` stands in ``text`` (by ``str.find``, not a loop over every character).

    >>> sorted(_where("a, b; c,", ",;"))
    [1, 4, 7]
    """
    for char in chars:
        i = text.find(char)
        while i >= 0:
            yield i
            i = text.find(char, i + 1)


def _glossed(scan: Scan, chunks: list[Chunk], marks: str) -> list[Chunk]:
    """The mentions with each one's gloss ("(RDC)" after the name it abbreviates) read as part of it.

    A gloss is closed by the language's ``gloss_marks`` right after a mention and
    holds a mention of the same actor or one word that is none; a list goes on
    past it ("X (RDC) et Y").
    """
    if len(marks) != 2 or marks[0] not in scan.text:
        return chunks
    opening, closing = marks
    out: list[Chunk] = []
    i = 0
    while i < len(chunks):
        chunk = chunks[i]
        rest = scan.text[chunk.end:]
        inner_start = chunk.end + len(rest) - len(rest.lstrip())
        close = scan.text.find(closing, inner_start)
        if scan.text[inner_start:inner_start + 1] == opening and close > 0:
            inside = [c for c in chunks[i + 1:] if c.start < close]
            words = scan.spans_between(inner_start + 1, close)
            if (len(inside) == 1 and inside[0].actor.id == chunk.actor.id
                    and (inside[0].start, inside[0].end) == (words[0][0], words[-1][1])) \
                    or (not inside and len(words) == 1):
                out.append(replace(chunk, end=close + 1))
                i += 1 + len(inside)
                continue
        out.append(chunk)
        i += 1
    return out


def _trigger_gloss(scan: Scan, marks: str) -> set[int]:
    """The marks of a one-word gloss right after a trigger or its fixed tail ("حق النقض (الفيتو) ضد"): they cut no clause.

    The gloss restates the trigger, so its object lies past it as if it were not there.

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> scan = Scanner([("veto", Tag("trigger", None))]).scan("used its veto (right) against the draft")
    >>> sorted(_trigger_gloss(scan, "()")), sorted(_trigger_gloss(scan, ""))
    ([14, 20], [])
    """
    if len(marks) != 2 or marks[0] not in scan.text:
        return set()
    opening, closing = marks
    ends = {item.end for item in scan.of_kind("trigger")}
    for item in scan.of_kind("split"):
        # (a verb split from its tail: the gloss follows the tail, wherever the subject put it)
        words = [(a, b) for a, b in scan.words if a >= item.end]
        texts = [scan.text[a:b] for a, b in words]
        for tail in {t.data.tail for t in item.tags if t.kind == "split"}:
            ends |= {words[i + len(tail) - 1][1] for i in range(len(words) - len(tail) + 1)
                     if tuple(texts[i:i + len(tail)]) == tail}
    found: set[int] = set()
    for end in ends:
        rest = scan.text[end:]
        start = end + len(rest) - len(rest.lstrip())
        close = scan.text.find(closing, start)
        if scan.text[start:start + 1] == opening and close > 0 and len(scan.spans_between(start + 1, close)) == 1:
            found |= {start, close}
    return found


class SentenceView:
    """One sentence as the constructions read it: folded text, words, clauses, items and chunks."""

    def __init__(self, scan: Scan, chunks: list[Chunk], language: Language):
        self.scan, self.language = scan, language
        self.text = scan.text
        self.chunks = _glossed(scan, chunks, language.get("gloss_marks"))
        self.coordinators = language.folded("coordinator_words")
        self.coord_prefixes = language.memo("coordinator_prefixes",
                                            lambda: tuple(sorted(language.folded("coordinator_prefixes"))))
        self.gap_words = language.folded("subject_gap_words")
        self.honorifics = language.folded("honorifics")
        self.lead_words = language.folded("object_lead_words")
        #: the marks the language writes for a comma
        self.commas: str = language.get("comma_marks")
        self.cuts = self._cuts()
        self._memo: dict[Hashable, Any] = {}
        self._groups: dict[tuple[int, bool], list[Chunk]] = {}
        self._predicates: frozenset[str] | None = None
        self._vocabulary: frozenset[str] | None = None
        # (the words between two positions, asked ~7 times a sentence: answered by the scan, no frame of the view's)
        self.words = scan.words_between

    def memo(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """A value derived from the sentence, made once (the speakers of its reporting cues; a rule's answer by its arguments)."""
        try:  # (asked ~10 times a sentence: the kept value first, one lookup)
            return self._memo[key]
        except KeyError:
            self._memo[key] = value = make()
            return value

    def predicates(self) -> frozenset[str]:
        """The predicates of the sentence's trigger readings, made once: a guard that needs one looks here first."""
        if self._predicates is None:  # (asked ~3 times a sentence: no closure made for the memo each time)
            self._predicates = frozenset(t.data.predicate for it in self.scan.of_kind("trigger")
                                         for t in it.tags if t.kind == "trigger")
        return self._predicates

    def vocabulary(self) -> frozenset[str]:
        """The sentence's words, made once: a construction that needs one of its words looks here first."""
        if self._vocabulary is None:  # (asked ~6 times a sentence)
            self._vocabulary = frozenset(self.scan.words_between(0, len(self.text)))
        return self._vocabulary

    def holds_phrase(self, key: str) -> bool:
        """May a phrase of the language's list ``key`` stand in the sentence: are all the words of one of them its words?

        A cheap test a construction asks before it walks the words for the phrase
        (most sentences hold none): where it says no, no phrase of the list matches
        the sentence's words. Made once a sentence and list.

        >>> from diplograph.lang.profile import load_language
        >>> from diplograph.lang.scanner import Scanner
        >>> view = SentenceView(Scanner().scan("Egypt, along with Qatar, condemned the strike"), [], load_language("en"))
        >>> view.holds_phrase("together_words"), view.holds_phrase("during_words")
        (True, False)
        """
        try:
            return self._memo[("holds_phrase", key)]
        except KeyError:
            phrases = self.language.memo(f"phrase_words:{key}",
                                         lambda: tuple(frozenset(p.split()) for p in self.language.folded(key)))
            vocabulary = self.vocabulary()
            held = self._memo[("holds_phrase", key)] = any(words <= vocabulary for words in phrases)
            return held

    # -- clauses and words -------------------------------------------------

    def _cuts(self) -> list[int]:
        marks = self.language.memo("clause_mark_set", lambda: set(self.language.get("clause_marks", ",;")))
        cuts = {0, len(self.text)}
        # A decimal comma ("4,3 тысячи", "1,5 milliard") cuts nothing.
        cuts |= {i for i in _where(self.text, marks)
                 if not (self.text[i - 1:i].isdigit() and self.text[i + 1:i + 2].isdigit())}
        cuts |= {item.start for item in (*self.scan.of_kind("clause"), *self.scan.of_kind("relative"))
                 if not self._joins_modifiers(item)}
        cuts -= _trigger_gloss(self.scan, self.language.get("gloss_marks"))
        if len(cuts) <= 2:
            return sorted(cuts)  # one clause: nothing below would drop a cut (the ends are always kept)
        # A comma inside a mention ("الرئيس الأمريكي، جو بايدن") cuts nothing.
        cuts = {c for c in cuts if not any(ch.start < c < ch.end for ch in self.chunks)}
        # Nor does one between stacked titles ("ولي العهد، رئيس الوزراء الأمير ...").
        title_ends = {it.end for it in self.scan.of_kind("title")}
        chunk_starts = {ch.start for ch in self.chunks}
        if title_ends:  # (no title, no cut to keep: the text is not sliced at every cut)
            cuts = {c for c in cuts if not (self.text[:c].rstrip() and len(self.text[:c].rstrip()) in title_ends
                                            and len(self.text) - len(self.text[c + 1:].lstrip()) in chunk_starts)}
        ordered = sorted(cuts)
        # ", مساء الثلاثاء،" / ", on Monday," is a parenthesis, not a clause.
        dates = [(it.start, it.end) for it in self.scan.of_kind("date")]
        keep = set(ordered)
        relatives = {it.start for it in self.scan.of_kind("relative")}
        for a, b in zip(ordered, ordered[1:]):
            if a == 0 or b == len(self.text) or b in relatives:
                # (", à laquelle le Qatar participera": the preposition of a relative is no time word)
                continue
            words = self.scan.spans_between(a, b)
            if words and all(self.text[x:y] in self.gap_words or any(d0 <= x < d1 for d0, d1 in dates)
                             for x, y in words):
                keep.discard(a)
                keep.discard(b)
        return sorted(keep | {0, len(self.text)})

    def _joins_modifiers(self, item: Item) -> bool:
        """Does the clause word join two modifiers of one noun ("an immediate and unconditional ceasefire")?"""
        modifiers = self.language.folded("coordinated_modifiers")
        if not modifiers:
            return False
        before = self.scan.spans_between(0, item.start)
        after = self.scan.spans_between(item.end)
        return bool(before and after) and self.text[slice(*before[-1])] in modifiers \
            and self.text[slice(*after[0])] in modifiers

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause around a position: from the cut at or before it to the next cut."""
        at = bisect_right(self.cuts, pos)  # the cuts are sorted
        if not at:
            raise ValueError(f"position {pos} is before the sentence")
        return self.cuts[at - 1], self.cuts[at] if at < len(self.cuts) else len(self.text)

    def words(self, start: int, end: int) -> list[str]:
        """The words between two positions."""
        return self.scan.words_between(start, end)

    def spans_before(self, end: int, n: int = 1) -> list[tuple[int, int]]:
        """The spans of the last ``n`` words wholly before ``end``: ``scan.spans_between(0, end)[-n:]``, by bisection.

        (The rules ask for the word before a mention or a trigger: no list of every word before it.)

        >>> from diplograph.lang.profile import load_language
        >>> from diplograph.lang.scanner import Scanner
        >>> view = SentenceView(Scanner().scan("Egypt hosted the talks"), [], load_language("en"))
        >>> view.spans_before(16, 2), view.spans_before(15), view.spans_before(3)
        ([(6, 12), (13, 16)], [(6, 12)], [])
        """
        words = self.scan.words
        j = bisect_left(words, (end,))
        if j and words[j - 1][1] > end:
            j -= 1  # (only the last word that starts before ``end`` may cross it)
        return list(words[max(0, j - n):j])

    def is_date(self, pos: int) -> bool:
        """Is the word at ``pos`` part of a date ("أعلن، الإثنين، ...")?"""
        dates = self.scan.of_kind("date")
        return bool(dates) and any(it.start <= pos < it.end for it in dates)

    def in_title(self, pos: int) -> bool:
        """Is the word at ``pos`` part of a title ("ولي العهد، رئيس الوزراء ...": stacked titles)?"""
        titles = self.scan.of_kind("title")
        return bool(titles) and any(it.start <= pos < it.end for it in titles)

    def is_verb(self, item: Item) -> bool:
        """Is the item a trigger with a verb reading?"""
        return "trigger" in item.kinds and any(t.kind == "trigger" and t.data.pos != "noun" for t in item.tags)

    def beside(self, end: int, start: int) -> bool:
        """Are two spans beside each other: one word between at most, and none after a clause mark ("X, officials said")?"""
        words = self.words(end, start)
        marks = self.language.get("clause_marks", ",;")
        return len(words) <= 1 and not (words and any(ch in marks for ch in self.text[end:start]))

    # -- actor mentions ----------------------------------------------------

    def joined(self, left: Chunk, right: Chunk) -> bool:
        """Are two chunks coordinated: "X و Y", "X, Y and Z"?"""
        if right.start < left.end:
            # one mention for two actors: "the two countries"
            return True
        gap = self.text[left.end:right.start]
        for comma in self.commas:
            gap = gap.replace(comma, " , ")
        words = gap.split()
        while len(words) > 1 and words[-1] in self.honorifics and words[-1] != ",":
            # "Mr Erdogan and Mr Aliyev": the honorific opens the next name.
            words.pop()
        if not words:
            # "وألمانيا" is coordinated, "وزير" is not: the prefix must be a clitic the mention trims.
            return self._prefixed(right)
        genitives = self.language.folded("genitive_words")
        if all(w in self.coordinators for w in words) or " ".join(words) in self.coordinators:
            # "Speaking in Singapore, Hegseth warned": a place a comma follows lists nothing;
            # "Grâce à la médiation du Qatar, Israël et le Hamas": nor a genitive, the next one bare.
            before = self.text[:left.start].split()
            determiners = self.language.folded("determiners")
            clitic = self.text[right.start:right.start + right.trim]
            return not (before and all(w in self.commas or w in determiners for w in words) and any(
                w in self.commas for w in words) and (
                (before[-1] in self.language.folded("locative_prefixes") and all(w in self.commas for w in words))
                or (before[-1] in genitives and clitic not in genitives)))
        if genitives and all(w in self.coordinators or w in genitives for w in words) \
                and any(w in self.coordinators and w not in self.lead_words for w in words) \
                and any(w in genitives for w in words):
            # "l'absence du Brésil et de l'Inde", "du Kenya, de l'Ouganda et de la Tanzanie": a
            # coordinated genitive (a list of them by commas is one when a coordinator closes it)
            return True
        return all(w in self.commas for w in words) and self._prefixed(right)

    def _prefixed(self, chunk: Chunk) -> bool:
        """Does a coordinator clitic open the mention ("وألمانيا", not "وزير الخارجية")?"""
        return bool(self.coord_prefixes) and chunk.trim > 0 and \
            self.text[chunk.start:chunk.start + chunk.trim].startswith(self.coord_prefixes)

    def closes(self, left: Chunk, right: Chunk) -> bool:
        """Does a coordinator join two joined chunks, not commas and articles alone ("X et Y", "وY", not "X, la Y")?"""
        if right.start < left.end or self._prefixed(right):
            return True
        between = self.text[left.end:right.start]
        for comma in self.commas:
            between = between.replace(comma, f" {comma} ")
        words, commas = between.split(), set(self.commas)
        articles = self.language.folded("determiners")
        return any(w in self.coordinators and w not in commas and w not in articles for w in words) \
            or " ".join(words) in self.coordinators and not all(w in commas or w in articles for w in words)

    def group_from(self, index: int, *, forward: bool) -> list[Chunk]:
        """The coordinated group that starts (or ends) at chunk ``index``.

        Commas alone make no list: one ends with a coordinator ("X, Y et Z");
        "Selon X, Y a ..." and "En soutenant X, Y a ..." set X apart. A comma
        after the coordinator ends the list: "mediated by Qatar and Turkey,
        the Qatari foreign ministry said" lists two.
        """
        # (the rules ask for the same group several times a trigger: made once, a copy given each time)
        key = (index, forward)
        if key not in self._groups:
            self._groups[key] = self._group_from(index, forward=forward)
        return list(self._groups[key])

    def _group_from(self, index: int, *, forward: bool) -> list[Chunk]:
        group = [self.chunks[index]]
        step = 1 if forward else -1
        k = index
        closed = False
        comma_after = None  # (going back) how many chunks the group had at the first comma-only link
        paired = False  # (going back) the link after this one closes a pair: "A and B, C and D"
        while 0 <= k + step < len(self.chunks):
            a, b = (self.chunks[k], self.chunks[k + step]) if forward else (self.chunks[k + step], self.chunks[k])
            if not self.joined(a, b) or ((a.via == "pronoun") != (b.via == "pronoun") and b.start >= a.end):
                # (a pronoun is never listed with a name: "reçu Youssef Raggi, puis il a condamné")
                break
            if b.start >= a.end:
                # (one mention for two actors, "обе стороны", closes no list of its own)
                closes = self.closes(a, b)
                if not closes and forward and closed and not self._pair_follows(k + step):
                    break
                if not closes and not forward and comma_after is None and not paired:
                    comma_after = len(group)
                if closes and not forward and comma_after is not None:
                    group, closed = group[:comma_after], False
                    break
                closed, paired = closed or closes, closes
            k += step
            group.append(self.chunks[k])
        if not closed:
            # "при посредничестве Катара, обе стороны вернули": the pair anaphor's actors only
            first = self.chunks[index]
            group = [c for c in group if (c.start, c.end) == (first.start, first.end)]
        return group if forward else group[::-1]

    def _pair_follows(self, index: int) -> bool:
        """Does a coordinator join the chunk at ``index`` to the next one: a list of pairs ("Qatar and Egypt, Oman and Kuwait")?"""
        if index + 1 >= len(self.chunks):
            return False
        a, b = self.chunks[index], self.chunks[index + 1]
        return b.start >= a.end and self.joined(a, b) and self.closes(a, b)

    def oblique(self, chunk: Chunk) -> bool:
        """Does a preposition clitic govern the mention ("بدولة فلسطين")? Then it is no subject."""
        clitic = self.text[chunk.start:chunk.start + chunk.trim]
        return bool(clitic) and any(p in clitic for p in self.language.folded("preposition_clitics"))

    def no_subject(self, chunk: Chunk) -> bool:
        """May the mention not be a verb's subject: oblique, or in none of the subject cases ("Путину позвонил")?

        Where the language marks case, a preposition right before it governs
        it, whatever case its written form leaves open ("с Си", "в ходе
        переговоров с Си Цзиньпином поддержал").
        """
        return self.oblique(chunk) or not self.may_be(chunk, "subject_cases") or (
            self.cased_preposition(chunk) is not None)

    def cased_preposition(self, chunk: Chunk) -> int | None:
        """Where the language marks case, the start of the preposition (``preposition_words``) that governs the mention, or None.

        Right before it ("с Си"), or before the one noun that heads it ("по просьбе Ливана").
        """
        if not self.language.get("subject_cases"):
            return None
        preps = self.language.folded("preposition_words")
        before = self.spans_before(chunk.start + chunk.trim, 2)
        if before and self.text[slice(*before[-1])] in preps:
            return before[-1][0]
        if len(before) == 2 and self.text[slice(*before[0])] in preps and self._governed(chunk.start + chunk.trim) \
                and not self.text[before[0][1]:before[1][0]].strip():
            return before[0][0]
        return None

    def cases(self, chunk: Chunk) -> frozenset[str]:
        """The cases the word opening a mention may be in ("Путиным": ablt); empty when unknown (no case, or it does not decline).

        A body noun or title right before the mention heads its phrase and gives the case.
        """
        # (asked again and again of a mention by the rules: the answer, which rests on where its word starts, kept)
        return self.memo(("cases", chunk.start + chunk.trim), lambda: self._cases(chunk.start + chunk.trim))

    def _cases(self, start: int) -> frozenset[str]:
        marked = self.memo("marked", lambda: [it for it in self.scan.items
                                              if any(t.marks for t in it.tags if t.kind in _MENTION_KINDS)])
        if not marked:
            return frozenset()
        opening, found = start, set()
        # "Власти Таджикистана": a body noun or title right before the mention heads its phrase
        head = next((it for it in marked if (it.has("body") or it.has("title") or it.has("plural_title"))
                     and it.end < start and not self.text[it.end:start].strip()), None)
        start = head.start if head is not None else start
        for item in marked:
            if item.start == start:
                for tag in item.tags:
                    if tag.kind in _MENTION_KINDS:
                        # an alias written in an oblique case ("Венгрии") marks nothing; another reading may
                        found |= tag.marks
        if head is None and "gent" in found and "nomn" not in found and self._genitive_head(opening):
            return frozenset()  # "Страны Евросоюза": the noun heads the phrase and the state acts through it; its case is unknown
        return frozenset(found)

    def _governed(self, start: int) -> bool:
        """Does a word no list names (a noun) stand right before ``start``, nothing between?"""
        before = self.scan.spans_between(0, start)
        if not before or self.text[before[-1][1]:start].strip():
            return False
        word = self.text[slice(*before[-1])]
        known = self.lead_words | self.gap_words | self.language.folded("stopwords") \
            | self.language.folded("locative_prefixes") | self.language.folded("with_words")
        # an event noun is a noun too ("в саммите ОДКБ"); other items (titles, triggers) are not
        return word not in known and not any(it.start <= before[-1][0] < it.end and it.kinds != {"event"}
                                             for it in self.scan.items)

    def _genitive_head(self, start: int) -> bool:
        """Does a noun the state acts through (language.yaml ``genitive_heads``) stand right before ``start``?

        "Страны Евросоюза утвердили": the Union acts; "Жители Москвы поддержали":
        residents are not the state, so the genitive keeps its case and is no subject.
        """
        return self._governed(start) and self.words(0, start)[-1] in self.language.folded("genitive_heads")

    def may_be(self, chunk: Chunk, key: str) -> bool:
        """May the mention be in one of the cases ``language.yaml`` lists under ``key``? Yes when the list or its case is unknown."""
        wanted = self.language.get(key) or ()
        cases = self.cases(chunk) if wanted else ()
        return not cases or bool(cases & set(wanted))

    def venue(self, chunk: Chunk, *, acting: bool = False) -> bool:
        """Is the mention a venue: the place a locative word (``locative_prefixes``) right before it opens?

        A place, a capital or a seat so named may not act ("in Riyadh", "à l'Élysée",
        "в Тбилиси"); a state may, and is a venue only with ``acting`` ("reçu en
        France le président": the state is where, not whom).

        >>> from diplograph.actors.mentions import Chunk
        >>> from diplograph.lang.profile import load_language
        >>> from diplograph.lang.scanner import Scanner
        >>> from diplograph.types import Actor
        >>> v = SentenceView(Scanner().scan("talks in oman"), [], load_language("en"))
        >>> oman = Chunk(9, 13, Actor("country/omn", "Oman", "Country"), "gazetteer")
        >>> v.venue(oman), v.venue(oman, acting=True)
        (False, True)
        """
        before = [self.text[a:b] for a, b in self.spans_before(chunk.start)]
        return (acting or not chunk.agent) and bool(before) and before[0] in self.language.folded("locative_prefixes")

    def possessor(self, chunk: Chunk) -> bool:
        """Does the mention end in the language's possessive suffix ("Russia's")?"""
        suffixes = self.language.memo("name_suffixes", self._name_suffixes)  # (folded once a language)
        return bool(suffixes) and self.text[chunk.start:chunk.end].endswith(suffixes)

    def _name_suffixes(self) -> tuple[str, ...]:
        name = self.language.classes.get("name")
        return tuple(fold(x) for x in name.suffixes) if name else ()
