"""The reference date of a document, and which source gave it.

In order: metadata given at ingest; the page's own metadata (HTML); a header line
(` date 2026-02-09`); a full date in the title line; a dateline with a year; else unknown.
A copyright year is never a publication date: footers are not read here.
"""

from __future__ import annotations

import re
from datetime import date

from dyad.records import RawDocument
from dyad.times import Context, find_times, parse_iso_date
from dyad.times.dateline import dateline_date_text

HEADER = re.compile(r"\A\s*(?:date|published|posted|updated)\s*:?\s+(\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)
BYLINE = re.compile(r"^\s*(?:published|posted|updated|date)\s*:?\s+(?P<rest>.{6,60})$", re.IGNORECASE | re.MULTILINE)
TITLE_LINE_MAX = 250


def reference_date(raw: RawDocument) -> tuple[date | None, str]:
    """(date, source): source is metadata | page | header | title | dateline | byline | unknown."""
    given = parse_iso_date(raw.published)
    if given:
        return given, "metadata"
    page = parse_iso_date(raw.page_date)
    if page:
        return page, "page"
    text = raw.text
    m = HEADER.match(text)
    if m and parse_iso_date(m.group(1)):
        return parse_iso_date(m.group(1)), "header"
    first_line = text.lstrip().split("\n", 1)[0]
    if len(first_line) <= TITLE_LINE_MAX:
        d = _full_date(first_line)
        if d:
            return d, "title"
    for line in text[:3000].splitlines()[:15]:
        # a dateline opens a paragraph: "ISLAMABAD, Feb. 9, 2026 (Reuters) -"
        stamp = dateline_date_text(line)
        d = _full_date(stamp) if stamp else None
        if d:
            return d, "dateline"
    head = text[:1500]
    for bm in BYLINE.finditer(head):
        d = _full_date(bm.group("rest"))
        if d:
            return d, "byline"
    return None, "unknown"


def _full_date(s: str) -> date | None:
    for t in find_times(s, Context()):
        if t.edtf and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.edtf):
            return parse_iso_date(t.edtf)
    return None
