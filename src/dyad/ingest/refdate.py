"""The reference date of a document, and which source gave it.

In order: metadata given at ingest; the page's own metadata (HTML); a header line
(` date 2026-02-09`); a full date in the title line; a dateline with a year; a "Published:"
byline; else unknown. A copyright year is never a publication date: footers are not read here.

Relative expressions ("today", "on Monday", "last week") speak from the day the report was
filed, which is the dateline's date: so a dateline's day near the published date (from metadata)
wins over it — "RABAT | Sun Feb 20 , 2011 6:47 pm EST" published 2011-02-20, or "NEW YORK ,
Feb. 19 --" published 2009-02-20 (a morning paper files the day before). A dateline without a
year ("KARACHI, June 3 -") takes the year that puts its day closest to, and at most a day after,
the published date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dyad.records import RawDocument
from dyad.times import Context, find_times, parse_iso_date
from dyad.times.dateline import find_dateline

HEADER = re.compile(r"\A\s*(?:date|published|posted|updated)\s*:?\s+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
BYLINE = re.compile(r"^\s*(?:published|posted|updated|date)\s*:?\s+(?P<rest>.{6,60})$", re.IGNORECASE | re.MULTILINE)
TITLE_LINE_MAX = 250
DATELINE_WINDOW = timedelta(days=3)  # how far a dateline's day may be from the published date and still win


def reference_date(raw: RawDocument) -> tuple[date | None, str]:
    """(date, source): source is metadata | page | header | title | dateline | byline | capture | unknown."""
    text = raw.text
    dateline = find_dateline(text)
    stamp = dateline.date_text if dateline else None
    for source, published in (("metadata", parse_iso_date(raw.published)), ("page", parse_iso_date(raw.page_date))):
        if published:
            filed = _filed_near(stamp, published)
            return (filed, "dateline") if filed else (published, source)
    m = HEADER.match(text)
    if m and parse_iso_date(m.group(1)):
        return parse_iso_date(m.group(1)), "header"
    first_line = text.lstrip().split("\n", 1)[0]
    if len(first_line) <= TITLE_LINE_MAX:
        in_line = find_dateline(first_line)
        d = _full_date(first_line[: in_line.start] if in_line else first_line)  # a dateline is not a title
        if d:
            return d, "title"
    d = _full_date(stamp) if stamp else None
    if d:
        return d, "dateline"
    for bm in BYLINE.finditer(text[:1500]):
        d = _full_date(bm.group("rest"))
        if d:
            return d, "byline"
    captured = parse_iso_date(raw.captured)
    if captured:  # the page existed then: its relative dates are read against the capture
        return captured, "capture"
    return None, "unknown"


def _filed_near(stamp: str | None, published: date) -> date | None:
    """The dateline's day, if it is within a few days of the published date; a day without a year
    takes the year that puts it closest to, and at most a day after, the published date."""
    if not stamp:
        return None
    day = _full_date(stamp, Context(ref=published + timedelta(days=1), tense="past"))
    return day if day and abs(day - published) <= DATELINE_WINDOW else None


def _full_date(s: str, ctx: Context | None = None) -> date | None:
    """The first date given to the day in `s` (a day without a year only when `ctx` has a reference)."""
    for t in find_times(s, ctx or Context()):
        if t.edtf and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.edtf):
            return parse_iso_date(t.edtf)
    return None
