"""Split a document into sentences with their offsets, and drop noise lines.

Lines are split first (a headline carries no final mark), then sentences at
the language's end marks; an end mark inside a known abbreviation or a number
("U.S.", "Aug. 15", "3.5") does not end a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from diplograph.lang.datelines import DATELINE_LINES, dateline_end
from diplograph.lang.profile import Language

__all__ = ["Sentence", "split_sentences", "is_noise"]

#: A "sentence" longer than this (a text without punctuation) is cut at spaces,
#: so that the work per sentence stays bounded on any input.
MAX_SENTENCE_CHARS = 1000

# A run of base64-like characters: the tracking strings that some sites append,
# when it holds digits and letters (a long word such as "counterterrorism" has no digit).
_TRACKING = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}")
_DIGIT, _ASCII_LETTER = re.compile(r"[0-9]"), re.compile(r"[A-Za-z]")
_LETTER = re.compile(r"[^\W\d_]")
_INITIALS = re.compile(r"(?:[a-z]\.)+")
#: A line with a tracking string is noise unless this many words are left beside it.
_WORDS_BESIDE_TRACKING = 8
#: The longest word an abbreviation ("Gen.", "U.S.") can be: what is looked at before a full stop.
_ABBREVIATION_REACH = 24


@dataclass(frozen=True)
class Sentence:
    """A sentence's text and its ``[start, end)`` range in the document."""

    text: str
    start: int
    end: int


def is_noise(line: str) -> bool:
    """True for lines that carry no news: tracking strings, bare symbols.

    >>> is_noise("aXA6IDIxNi43My4yMTYuNyA= Site footer")
    True
    >>> is_noise("The Kremlin rejected the plan.")
    False
    >>> is_noise("The counterterrorism talks resumed.")
    False
    """
    if sum(1 for _ in islice(_LETTER.finditer(line), 3)) < 3:
        return True
    if not any(_tracking(m.group()) for m in _TRACKING.finditer(line)):
        return False
    rest = _TRACKING.sub(lambda m: " " if _tracking(m.group()) else m.group(), line)
    return len(rest.split(None, _WORDS_BESIDE_TRACKING)) <= _WORDS_BESIDE_TRACKING


def _tracking(run: str) -> bool:
    return bool(_DIGIT.search(run) and _ASCII_LETTER.search(run))


def _word_before(text: str, end: int) -> str:
    """The word a full stop at ``end`` closes, with the stop, lower-cased ("u.s.", "dr.").

    >>> _word_before("met Dr", 6), _word_before("the U.S", 7), _word_before("so ", 3), _word_before("Dr\\n", 3)
    ('dr.', 'u.s.', '.', 'dr.')
    """
    window = text[max(0, end - _ABBREVIATION_REACH): end]
    # (the last run of non-spaces, as ``\S+$`` finds it, without a regex search from every position;
    # ``$`` also matches before a final newline)
    window = window[:-1] if window.endswith("\n") else window
    word = window.rsplit(None, 1)[-1] if window and not window[-1].isspace() else ""
    return word.lower() + "."


def _glued_start(text: str, stop: int, abbreviations: set[str]) -> bool:
    """Does a sentence start right after the full stop at ``stop``, with no space ("Cairo.The")?

    The word before must be two letters or more (not "U.S" nor an initial), the
    next character a letter: a capital in a script with case, any letter in a
    script without one. Numbers ("3.5"), addresses ("site.com") and
    abbreviations ("St.Petersburg") never cut.

    >>> _glued_start("Cairo.The", 5, set()), _glued_start("U.S.The", 3, set()), _glued_start("St.Paul", 2, {"st."})
    (True, False, False)
    """
    after = text[stop + 1: stop + 2]
    before = re.search(r"[^\W\d_]{2,}$", text[max(0, stop - _ABBREVIATION_REACH): stop])
    if not after or not before or not after.isalpha() or before.group().lower() + "." in abbreviations:
        return False
    cased = after.isupper() or after.islower()
    return after.isupper() if cased else True


def _end_marks(language: Language) -> tuple[re.Pattern, set[str]]:
    """The language's end-mark pattern and its abbreviations, made once per language."""
    marks = language.get("sentence_end", ".!?")
    return (re.compile(f"[{re.escape(marks)}]+[\"'»”’)]*(?=\\s|$)"),
            {a.lower() for a in language.words("abbreviations")})


def _ends(text: str, language: Language) -> list[int]:
    ends, abbreviations = language.memo("sentence_end_marks", lambda: _end_marks(language))
    cuts = []
    for m in ends.finditer(text):
        if m.group().startswith("."):
            token = _word_before(text, m.start())
            if token in abbreviations or _INITIALS.fullmatch(token):
                continue
        cuts.append(m.end())
    # A full stop glued to the next sentence's first word: «…الخرطوم.وذكرت», "Cairo.The".
    for m in re.finditer(r"\.(?=\w)", text):
        if _glued_start(text, m.start(), abbreviations):
            cuts.append(m.end())
    return sorted(cuts)


def _bounded(text: str, start: int) -> list[Sentence]:
    """The sentence, or pieces of it no longer than MAX_SENTENCE_CHARS, cut at spaces."""
    pieces = []
    while len(text) > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", 0, MAX_SENTENCE_CHARS)
        cut = cut if cut > 0 else MAX_SENTENCE_CHARS
        pieces.append(Sentence(text[:cut], start, start + cut))
        rest = text[cut:]
        start += cut + len(rest) - len(rest.lstrip())
        text = rest.lstrip()
    if text:
        pieces.append(Sentence(text, start, start + len(text)))
    return pieces


def split_sentences(text: str, language: Language) -> list[Sentence]:
    """Split a document into sentences, leaving noise lines out.

    Args:
        text: the document text.
        language: its language (end marks, abbreviations).

    Returns:
        Sentences whose ``start``/``end`` slice ``text`` back to their ``text``.

    >>> from diplograph.lang.profile import load_language
    >>> [s.text for s in split_sentences("Title line\\nIt rained. It stopped.", load_language("en"))]
    ['Title line', 'It rained.', 'It stopped.']
    >>> [s.text for s in split_sentences("ROME, Oct 4 (Reuters) - Italy agreed.", load_language("en"))]
    ['Italy agreed.']
    """
    sentences = []
    dateline_lines = DATELINE_LINES  # a dateline opens the story: one, in its first lines, set aside
    for line in re.finditer(r"[^\n]+", text):
        if is_noise(line.group()):
            continue
        start = line.start()
        body = line.group()
        skip = 0
        if dateline_lines:
            skip = dateline_end(body, language)
            dateline_lines = 0 if skip else dateline_lines - 1
            start += skip
        for cut in [c for c in _ends(body, language) if c > skip] + [len(body)]:
            chunk = body[start - line.start(): cut]
            stripped = chunk.strip()
            if stripped:
                lead = len(chunk) - len(chunk.lstrip())
                sentences.extend(_bounded(stripped, start + lead))
            start = line.start() + cut
    return sentences
