"""EDTF dates: their bounds in days, and ISO dates read from strings."""

from __future__ import annotations

import calendar
import re
from datetime import date


def parse_iso_date(value: str | None) -> date | None:
    """A date from an ISO string ("2026-02-09", "2026-02-09T10:00:00Z"); None if it is not one."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def edtf_bounds(value: str | None) -> tuple[date, date] | None:
    """The first and last day an EDTF date covers ("2025-11" -> Nov 1..30); None if not a date."""
    if not value:
        return None
    if "/" in value:
        a, b = value.split("/", 1)
        ba, bb = edtf_bounds(a), edtf_bounds(b)
        return (ba[0], bb[1]) if ba and bb else None
    v = value.rstrip("?~%")
    m = re.fullmatch(r"(\d{2})XX", v)
    if m:
        century = int(m[1]) * 100
        return date(max(1, century), 1, 1), date(century + 99, 12, 31)
    m = re.fullmatch(r"(\d{3})X", v)
    if m:
        decade = int(m[1]) * 10
        return date(max(1, decade), 1, 1), date(decade + 9, 12, 31)
    m = re.fullmatch(r"(\d{4})-(2[1-4])", v)  # seasons: northern-hemisphere months
    if m:
        y, s = int(m[1]), int(m[2])
        first = {21: 3, 22: 6, 23: 9, 24: 12}[s]
        end_y, end_m = (y + 1, 2) if s == 24 else (y, first + 2)
        return date(y, first, 1), date(end_y, end_m, calendar.monthrange(end_y, end_m)[1])
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
    if not m:
        return None
    y = int(m[1])
    try:
        if m[3]:
            d = date(y, int(m[2]), int(m[3]))
            return d, d
        if m[2]:
            mo = int(m[2])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        return date(y, 1, 1), date(y, 12, 31)
    except (ValueError, calendar.IllegalMonthError):
        return None  # year 0, month 13: not a date


_SEASON = re.compile(r"(\d{4})-(2[1-4])")
# Northern-hemisphere seasons as months: spring, summer, autumn, winter (December to February)
_SEASON_MONTHS = {21: (3, 5), 22: (6, 8), 23: (9, 11), 24: (12, 2)}


def without_seasons(value: str | None) -> str | None:
    """The same EDTF date with seasons ("2009-21", level 1) written as month intervals ("2009-03/2009-05"),
    which every EDTF reader understands."""
    if not value or not _SEASON.search(value):
        return value

    def months(part: str, end: bool) -> str:
        m = _SEASON.fullmatch(part)
        if not m:
            return part
        y, (first, last) = int(m[1]), _SEASON_MONTHS[int(m[2])]
        if end:
            return f"{y + 1 if last < first else y}-{last:02d}"
        return f"{y}-{first:02d}"

    parts = value.split("/")
    if len(parts) == 1:
        return f"{months(value, False)}/{months(value, True)}"
    return f"{months(parts[0], False)}/{months(parts[1], True)}"
