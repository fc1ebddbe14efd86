"""Datelines: "NEW DELHI, March 20, 2023 —" opens a wire report with its place and filing date.

The date there is when the report was filed, not when its events happened; it is a good
reference date and never an event's date.
"""

from __future__ import annotations

import re

MONTH_START = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d"
DATELINE = re.compile(
    r"^\s*(?:[A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+)*)"
    # an optional region ("MAHAJAN, Rajasthan"), which is not the month of the date
    r"(?:,\s*(?!" + MONTH_START + r")[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?"
    r"(?P<date>,?\s+[^—–\n]{3,30}?)?\s*(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--| - |:\s)"
)


def dateline_end(text: str) -> int | None:
    """The end of the dateline that opens `text`, if it has one."""
    m = DATELINE.match(text)
    return m.end() if m else None


def dateline_date_text(text: str) -> str | None:
    """The date part of an opening dateline ("March 20, 2023"), if any."""
    m = DATELINE.match(text)
    return m.group("date").strip(" ,") if m and m.group("date") else None
