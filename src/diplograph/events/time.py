"""Resolve date words against the publication date.

"الخميس المقبل" / "next Thursday" is the first Thursday after publication;
a bare weekday is the last one on or before it ("on Monday", "الإثنين");
"منتصف أغسطس" / "mid-August" is the 15th of the last August on or before it
(or the next one, with "next"); "أمس" / "yesterday" is one day before.
"""
from __future__ import annotations

from datetime import date, timedelta

from diplograph.lang.scanner import Scan

__all__ = ["resolve_date"]


def _month_day(published: date, month: int, day: int, direction: str) -> date:
    year = published.year
    candidate = date(year, month, min(day, 28 if month == 2 else 30))
    if direction == "next" and candidate <= published:
        candidate = candidate.replace(year=year + 1)
    elif direction != "next" and candidate > published + timedelta(days=31):
        candidate = candidate.replace(year=year - 1)
    return candidate


def resolve_date(scan: Scan, published: date, *, near: int | None = None) -> date | None:
    """The date that the sentence's date words name, if any.

    Args:
        scan: the scanned sentence.
        published: the article's publication date.
        near: a folded position; the date words nearest to it are preferred.

    Returns:
        The date, or None when the sentence names none.
    """
    words = [(item.start, tag.data) for item in scan.items for tag in item.tags if tag.kind == "date"]
    if not words:
        return None
    kinds = {kind: (pos, value) for pos, (kind, value) in words}
    direction = "next" if "next" in kinds else "last" if "last" in kinds else ""
    if "weekday" in kinds:
        weekday = int(kinds["weekday"][1])
        delta = (weekday - published.weekday()) % 7
        if direction == "next":
            return published + timedelta(days=delta or 7)
        if direction == "last":
            return published - timedelta(days=((published.weekday() - weekday) % 7) or 7)
        return published - timedelta(days=(published.weekday() - weekday) % 7)
    if "month" in kinds:
        day = int(kinds["part"][1]) if "part" in kinds else 1
        return _month_day(published, int(kinds["month"][1]), day, direction)
    if "offset" in kinds:
        return published + timedelta(days=int(kinds["offset"][1]))
    if "unit" in kinds and direction:
        days = 7 if kinds["unit"][1] == "week" else 30
        return published + timedelta(days=days if direction == "next" else -days)
    return None
