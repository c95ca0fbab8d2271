"""Resolve date words against the publication date.

"الخميس المقبل" / "next Thursday" is the first Thursday after publication;
a bare weekday is the last one on or before it ("on Monday", "الإثنين"), or
the next one on or after it in a statement set in the future ("will meet on
Friday"); "منتصف أغسطس" / "mid-August" is the 15th of the last August on or
before it (or the next one, with "next" or in a future statement); a number
beside a month is its day and a four-digit one its year ("Aug. 20", "20 août
2025"); "أمس" / "yesterday" is one day before.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from diplograph.lang.scanner import Scan

__all__ = ["resolve_date"]

#: A day or a year written in digits, perhaps with an ordinal ending: "20", "20th", "1er", "2025".
_NUMBER = re.compile(r"(\d{1,4})[^\W\d_]{0,2}")


def _day_of(year: int, month: int, day: int) -> date:
    """The date, with a day past the month's end taken back to its last day."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _month_day(published: date, month: int, day: int, direction: str) -> date:
    year = published.year
    candidate = _day_of(year, month, day)
    if direction == "next" and candidate <= published:
        candidate = _day_of(year + 1, month, day)
    elif direction == "future" and (month, 1) < (published.month, 1):
        # a month named in a future statement is this one or a later one
        candidate = _day_of(year + 1, month, day)
    elif direction not in ("next", "future") and candidate > published + timedelta(days=31):
        candidate = _day_of(year - 1, month, day)
    return candidate


def _numbers_beside(scan: Scan, start: int, end: int) -> tuple[int | None, int | None]:
    """The day and the year written in digits beside a month word: "Aug. 20, 2025", "20 août 2025".

    A day stands right before or right after the month; a year after it (after the day, if one).
    """
    day = year = None
    before = scan.spans_between(0, start)
    after = scan.spans_between(end)[:2]
    if before and not scan.text[before[-1][1]:start].strip():
        number = _NUMBER.fullmatch(scan.text[slice(*before[-1])])
        if number and 1 <= int(number.group(1)) <= 31:
            day = int(number.group(1))
    last = end
    for a, b in after:
        if scan.text[last:a].strip(" ,"):
            break
        number = _NUMBER.fullmatch(scan.text[a:b])
        if number is None:
            break
        value = int(number.group(1))
        if day is None and 1 <= value <= 31 and len(number.group(1)) <= 2:
            day = value
        elif 1900 <= value <= 2100 and len(number.group(1)) == 4:
            year = value
            break
        else:
            break
        last = b
    return day, year


def resolve_date(scan: Scan, published: date, *, near: int | None = None, future: bool = False,
                 since: int = 0) -> date | None:
    """The date that the sentence's date words name, if any.

    Args:
        scan: the scanned sentence.
        published: the article's publication date.
        near: a folded position; the date words nearest to it are preferred.
        future: the statement is set in the future: a bare month or weekday
            from ``since`` on is the next one, not the last.
        since: a folded position, the trigger's: a date word before it may
            date the speech, not the statement ("said on Monday it would attend").

    Returns:
        The date, or None when the sentence names none.

    >>> from diplograph.lang.scanner import Scanner, Tag
    >>> s = Scanner([("aug.", Tag("date", ("month", "8"))), ("november", Tag("date", ("month", "11")))])
    >>> resolve_date(s.scan("Qatar hosted the conference on Aug. 20."), date(2025, 9, 3))
    datetime.date(2025, 8, 20)
    >>> resolve_date(s.scan("Japan will attend the summit in November."), date(2025, 9, 3), future=True)
    datetime.date(2025, 11, 1)
    >>> resolve_date(s.scan("It began in November 2022."), date(2025, 9, 3))
    datetime.date(2022, 11, 1)
    """
    words = [(item.start, item.end, tag.data) for item in scan.of_kind("date")
             for tag in item.tags if tag.kind == "date"]
    if not words:
        return None
    kinds = {kind: (start, end, value) for start, end, (kind, value) in words}

    def toward(kind: str) -> str:
        # "next" and "last" modify the date word beside them ("jeudi prochain"),
        # not one elsewhere ("une reconnaissance prochaine ... le 29 juillet").
        start, end, _ = kinds[kind]
        for word in ("next", "last"):
            if word in kinds and len(scan.words_between(min(end, kinds[word][1]), max(start, kinds[word][0]))) <= 1:
                return word
        return "future" if future and start >= since else ""

    if "weekday" in kinds:
        direction = toward("weekday")
        weekday = int(kinds["weekday"][2])
        delta = (weekday - published.weekday()) % 7
        if direction == "next":
            return published + timedelta(days=delta or 7)
        if direction == "future":
            return published + timedelta(days=delta)
        if direction == "last":
            return published - timedelta(days=((published.weekday() - weekday) % 7) or 7)
        return published - timedelta(days=(published.weekday() - weekday) % 7)
    if "month" in kinds:
        direction = toward("month")
        start, end, value = kinds["month"]
        day, year = _numbers_beside(scan, start, end)
        day = int(kinds["part"][2]) if "part" in kinds else day or 1
        if year is not None:
            return _day_of(year, int(value), day)
        return _month_day(published, int(value), day, direction)
    if "offset" in kinds:
        return published + timedelta(days=int(kinds["offset"][2]))
    if "unit" in kinds and (direction := toward("unit")) in ("next", "last"):
        days = 7 if kinds["unit"][2] == "week" else 30
        return published + timedelta(days=days if direction == "next" else -days)
    return None
