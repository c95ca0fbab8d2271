"""Find the dateline that opens a wire story, so that it is set aside.

"PARIS, Oct 4 (Reuters) - ", "WASHINGTON (AP) — " and "КИЕВ, 5 октября. /ТАСС/. "
say where and when the story was filed and by whom: the city is no actor, no
antecedent of a later "he", and no part of the first sentence's subject; the
agency is no actor; the filing date is not the event date.

A dateline is: a place (one to four words), an optional region or country
after a comma ("SHARM EL-SHEIKH, Egypt: "), an optional date after a comma
(a short phrase with a digit), an optional agency between the language's
``dateline_brackets``, then one of its ``dateline_marks``, optionally followed
by an agency of ``dateline_agencies`` and one more mark ("МОСКВА, 5 окт — РИА
Новости."). An agency is one of ``dateline_agencies``. In a script with case every word of
the place starts with a capital. A place alone ("WASHINGTON — ")
counts only written in capitals in a script with case, five letters or more,
with lower case after it; a place and a date without agency need capitals too,
unless the script has no case.
"""
from __future__ import annotations

import re

from diplograph.lang.normalise import fold
from diplograph.lang.profile import Language

__all__ = ["dateline_end"]

#: Datelines are looked for at the start of this many first lines (a headline may come first).
DATELINE_LINES = 3
#: The longest date phrase and agency name a dateline holds, in characters.
_DATE_CHARS, _AGENCY_CHARS = 30, 40
#: A place with no date nor agency beside it must be in capitals and this long ("WASHINGTON — "), which
#: leaves out acronyms at a line's start ("NATO - ").
_PLACE_ALONE_LETTERS = 5
_PLACE = r"[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3}"


def _pattern(language: Language) -> re.Pattern | None:
    """The language's dateline pattern, or None where it declares no dateline marks."""
    marks = language.get("dateline_marks")
    if not marks:
        return None
    mark = f"[{re.escape(marks)}]"
    brackets = "|".join(f"{re.escape(o)}[^{re.escape(o + c)}\\n]{{1,{_AGENCY_CHARS}}}{re.escape(c)}"
                        for o, c in language.get("dateline_brackets"))
    named = "|".join(re.escape(a) for a in sorted(language.words("dateline_agencies"), key=len, reverse=True))
    commas = re.escape("".join(language.get("comma_marks")))
    # a mark inside a word ("SHARM EL-SHEIKH") closes nothing
    closing = rf"(?:(?<![^\W\d_]){mark}+|{mark}+(?![^\W\d_]))"
    parts = [rf"\s*(?P<place>{_PLACE})",
             rf"(?:\s*[{commas}]\s*(?P<region>{_PLACE}))?",
             rf"(?:\s*[{commas}]\s*(?P<date>(?=[^\n{commas}]{{0,{_DATE_CHARS}}}\d)[^\n]{{1,{_DATE_CHARS}}}?))?",
             rf"(?:\s*{mark}?\s*(?P<agency>{brackets}))?" if brackets else "",
             rf"\s*{closing}",
             rf"(?:\s*(?P<named>(?i:{named}))\s*{closing})?" if named else "",
             r"\s*(?=\S)"]
    return re.compile("".join(parts))


def _capitals(place: str) -> bool:
    """Is the place written in capitals (in a script with case)?"""
    letters = [c for c in place if c.isalpha()]
    return any(c.isupper() for c in letters) and not any(c.islower() for c in letters)


def dateline_end(line: str, language: Language) -> int:
    """Where the text after a dateline at the start of ``line`` begins; 0 when there is none.

    >>> from diplograph.lang.profile import load_language
    >>> en = load_language("en")
    >>> line = "PARIS, Oct 4 (Reuters) - France rejected the plan."
    >>> line[dateline_end(line, en):]
    'France rejected the plan.'
    >>> dateline_end("WASHINGTON (AP) — Iran condemned it.", en)
    18
    >>> dateline_end("Iran - the talks resumed.", en), dateline_end("France rejected it.", en)
    (0, 0)
    """
    pattern = language.memo("dateline_pattern", lambda: _pattern(language))
    m = pattern.match(line) if pattern else None
    if not m:
        return 0
    agency = m.group("agency")
    if agency and _unbracketed(agency, language) not in language.folded("dateline_agencies"):
        return 0  # "Iran (the Islamic Republic) - ...": brackets that name no agency
    place = m.group("place")
    cased = any(c.isupper() or c.islower() for c in place)
    if cased and not all(word[0].isupper() for word in place.split()):
        return 0  # "France rejected the plan (Reuters) - ": a clause, not a place name
    if m.group("date") and not (agency or m.group("named") or _capitals(place) or not cased):
        return 0  # "France, 2 days ago - ...": a date alone needs a place in capitals
    alone = not (m.group("date") or agency or m.group("named"))
    if alone and not (_capitals(place) and sum(c.isalpha() for c in place) >= _PLACE_ALONE_LETTERS
                      and any(c.islower() for c in line[m.end():])):
        return 0  # "NATO - ...", "IRAN - TALKS RESUME": an acronym or a headline, not a dateline
    return m.end()


def _unbracketed(agency: str, language: Language) -> str:
    """The agency's name without its brackets, folded as the data is."""
    for opening, closing in language.get("dateline_brackets"):
        if agency.startswith(opening) and agency.endswith(closing):
            agency = agency[len(opening): len(agency) - len(closing)]
            break
    return fold(agency.strip())
