"""Datelines: the place (and often the filing date) that opens a wire report.

The date there is when the report was filed, not when its events happened; it is a good
reference date and never an event's date. The forms recognised, as news copy carries them
(plain or tokenized: "-LRB- Reuters -RRB-" for "(Reuters)", " , " for ", "):

* a web stamp: "RABAT | Sun Feb 20 , 2011 6:47 pm EST", usually followed by the body dateline
  "RABAT -LRB- Reuters -RRB- -" (the place may be missing, or be the date: "June 30 | Thu Jun 30 ...");
* a body dateline with an agency: "LONDON (Reuters) -", "WASHINGTON, Jan 5 (AP) —",
  "BRUSSELS , June 7 -LRB- Reuters -RRB- -", "Cairo , Egypt -LRB- CNN -RRB- --";
* a body dateline with a date and no agency: "KARACHI, June 3 -", "NEW YORK , Feb. 19 --",
  "NEW DELHI, March 20, 2023 —";
* at the very start of a text only, a place alone: "GRAND ISLE , LA. --", "MOSCOW: ..." (not the
  tokenized "WOLF BLITZER , CNN ANCHOR :" or "PLEASE NOTE :" of transcripts and notices).

All but the last may stand after a headline, summary bullets or a byline, so they are searched
for in the opening of the text, not only at its start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPENING = 3000  # a dateline stands in the opening of a report (after its headline, bullets, byline)

_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_WD3 = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?"
_MD = rf"(?:{_MON}\s+\d{{1,2}}(?!\d)(?:\s?,\s*\d{{4}})?|\d{{1,2}}\s+{_MON}(?:\s+\d{{4}})?)(?![\d:])"
_TZ = r"(?:[ECMP][SD]T|BST|GMT|UTC|CES?T|IST|ET|PT)"
# "Sun Feb 20 , 2011 6:47 pm EST": the stamp of a wire service's web copy
_CLOCK = rf"\d{{1,2}}:\d\d\s*(?:[ap]\.?m\.?|[AP]M)(?:\s+{_TZ})?"
_STAMP = rf"(?P<sdate>{_WD3},?\s+{_MON}\s+\d{{1,2}}\s?,\s*\d{{4}})(?:\s+{_CLOCK})?"
_CAPS = r"[A-Z][A-Z.'’&-]*[A-Z.]"  # a word in capitals, at least two letters: "NEW", "ST.", "AL-MAYA"
_CAPS_PLACE = rf"(?<![\w.'’&/\\-])(?!{_TZ}\b){_CAPS}(?:(?:\s|\\?/){_CAPS}){{0,4}}"
_RWORD = r"[A-Z][A-Za-z.'’-]*(?:\\?/[A-Z][A-Za-z.'’-]*)*"
_REGION = rf"(?:\s?,\s(?!{_MON}\s+\d){_RWORD}(?:\s{_RWORD}){{0,2}}){{0,2}}"  # ", Louisiana", ", Libya\/AGADEZ , Niger"
_TITLE_PLACE = r"(?<![\w-])[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2}" + _REGION  # "Cairo , Egypt" (with an agency only)
_AGENCIES = r"(?:Reuters|AP|AFP|CNN|Bloomberg|Xinhua|UPI|dpa|DPA|PTI|IANS|ANI|APP|TASS|Interfax|Kyodo|Yonhap|IRNA)"
_TAG = r"(?:\(|-LRB-)\s?(?P<agency>{name})\s?(?:\)|-RRB-)"
_DASH = r"\s?(?:—|–|--|-)(?=\s|$)"

HEADER = re.compile(rf"(?:(?:(?P<hplace>{_CAPS_PLACE}{_REGION})(?:\s?,\s{_MD})?|{_MD})\s?\|\s?|(?m:^)[ \t]*){_STAMP}")
_ANY_AGENCY = r"[A-Z][A-Za-z.&]*(?:\s[A-Z][A-Za-z.&]*){0,2}"
BODY = re.compile(
    rf"(?:(?P<place>{_CAPS_PLACE}{_REGION})(?:\s?,?\s(?P<date>{_MD}))?|(?P<date2>{_MD}))\s?"
    + _TAG.format(name=_ANY_AGENCY) + _DASH
)
AFTER_STAMP = re.compile(_TAG.format(name=_ANY_AGENCY) + _DASH)  # "... 12:51 am BST -LRB- Reuters -RRB- -"
TITLE_BODY = re.compile(rf"(?P<place>{_TITLE_PLACE})\s?" + _TAG.format(name=_AGENCIES) + _DASH)
# (not "in the US, July 3 - 5": a dash before a number joins a range of days)
PLAIN = re.compile(rf"(?P<place>{_CAPS_PLACE}{_REGION})\s?,\s(?P<date>{_MD}){_DASH}(?!\s*\d)")
AT_START = re.compile(rf"\A\s*(?P<place>{_CAPS_PLACE}{_REGION})(?:\s?,\s(?P<date>{_MD}))?(?:{_DASH}|:\s)")


@dataclass(frozen=True)
class Dateline:
    """A dateline found in a text: its extent, place, date as written (or None) and agency."""

    start: int
    end: int
    place: str | None
    date_text: str | None
    agency: str | None = None


def find_dateline(text: str, within: int = OPENING) -> Dateline | None:
    """The first dateline in the opening of `text` (its first `within` characters), if any."""
    head = text[:within]
    found: list[tuple[int, Dateline]] = []
    for rx in (BODY, TITLE_BODY, PLAIN, AT_START):
        m = rx.search(head)
        if m:
            g = m.groupdict()
            place = g.get("place")
            found.append((m.start(), Dateline(m.start(), m.end(), place.strip() if place else None,
                                              g.get("date") or g.get("date2"), g.get("agency"))))
    h = HEADER.search(head)
    if h:
        found.append((h.start("sdate") if h.group("hplace") is None else h.start(), _with_body(head, h)))
    if not found:
        return None
    return min(found, key=lambda f: f[0])[1]


def _with_body(text: str, h: re.Match[str]) -> Dateline:
    """A web stamp, and the body dateline that follows it ("... EST RABAT -LRB- Reuters -RRB- -")."""
    start = h.start() if h.group("hplace") else h.start("sdate")
    pos = h.end()
    while pos < len(text) and text[pos].isspace():
        pos += 1
    body = next((m for m in (rx.match(text, pos) for rx in (BODY, TITLE_BODY, PLAIN, AFTER_STAMP)) if m), None)
    place = h.group("hplace") or (body.groupdict().get("place") if body else None)
    agency = body.groupdict().get("agency") if body else None
    return Dateline(start, body.end() if body else h.end(), place.strip() if place else None, h.group("sdate"), agency)


def dateline_end(text: str) -> int | None:
    """Where the dateline in the opening of `text` ends, if it has one."""
    d = find_dateline(text)
    return d.end if d else None


def dateline_date_text(text: str) -> str | None:
    """The date part of the dateline in the opening of `text` ("March 20, 2023", "Sun Feb 20 , 2011")."""
    d = find_dateline(text)
    return d.date_text.strip(" ,") if d and d.date_text else None
