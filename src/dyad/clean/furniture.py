"""Page furniture: spans of a page that are not the article, found line by line.

The text is never edited: each cut is a (start, end, reason) over the original text, so
evidence offsets stay valid and the document view can show what was removed and why.
Reasons: metadata, copyright, social, navigation, advert, related, repeated.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate

from dyad.records import Cut

METADATA = re.compile(r"\A\s*(?:date|published|posted|updated)\s*:?\s+\d{4}-\d{2}-\d{2}\s?", re.IGNORECASE)
COPYRIGHT = re.compile(r"(©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved)", re.IGNORECASE)
SOCIAL = re.compile(
    r"^\s*(follow us|share (this|on)|click to share|subscribe|sign up|newsletter|like us on|tweet|whatsapp"
    r"|telegram channel|join our)\b", re.IGNORECASE)
ADVERT = re.compile(r"^\s*(advertisement|sponsored( content)?|promoted|ad)\s*$", re.IGNORECASE)
RELATED_HEAD = re.compile(
    r"^\s*(related( articles| stories| news| posts)?|read more|also read|read also|more from|more on this"
    r"|recommended|you may also like|most read|most popular|trending|latest news|see also)\s*:?\s*$",
    re.IGNORECASE)
NAV_SEPARATORS = re.compile(r"\s[|•›»·/]\s")
# Lines shorter than this are never called repeats: "Thank you." may honestly occur twice.
MIN_REPEAT_CHARS = 30
MAX_RELATED_LINE = 160


def _lines(text: str) -> Iterator[tuple[int, int, str]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield pos, pos + len(body), body
        pos += len(line)


def _headline_like(s: str) -> bool:
    s = s.strip()
    return 0 < len(s) <= MAX_RELATED_LINE and not s.endswith((".", "!", ";", ":", ",")) and len(s.split()) >= 2


def find_cuts(text: str) -> list[Cut]:
    """Every furniture span of `text`, sorted and non-overlapping."""
    cuts: list[Cut] = []
    m = METADATA.match(text)
    if m:
        cuts.append(Cut(m.start(), m.end(), "metadata"))
    seen: set[str] = set()
    in_related = False
    for start, end, line in _lines(text):
        s = line.strip()
        if m and start < m.end():
            # the metadata header shares its line with the article's first words
            seen.add(_norm(text[m.end() : end]))
            continue
        if not s:
            in_related = False
            continue
        lead = start + (len(line) - len(line.lstrip()))
        norm = _norm(s)
        reason = None
        if in_related and _headline_like(s):
            reason = "related"
        elif RELATED_HEAD.match(s):
            reason, in_related = "related", True
        elif COPYRIGHT.search(s) and len(s) < 300:
            reason = "copyright"
        elif SOCIAL.match(s) and len(s) < 120:
            reason = "social"
        elif ADVERT.match(s):
            reason = "advert"
        elif len(NAV_SEPARATORS.findall(s)) >= 3 and len(s) < 300:
            reason = "navigation"
        elif len(norm) >= MIN_REPEAT_CHARS and norm in seen:
            reason = "repeated"
        else:
            in_related = False
        if reason:
            cuts.append(Cut(lead, end, reason))
        seen.add(norm)
    return cuts


def _norm(s: str) -> str:
    return " ".join(s.split()).lower()


def is_cut(cuts: Sequence[Cut], start: int, end: int) -> bool:
    """True when most of [start, end) lies inside cuts (a pass over all cuts: for a few spans; a page of
    thousands of lines asks `CutMap`)."""
    covered = sum(max(0, min(end, c.end) - max(start, c.start)) for c in cuts)
    return covered * 2 > (end - start)


class CutMap:
    """The cuts of one text, merged and sorted once, so that how much of a span they cover is found by
    bisection: asking it of every line or sentence stays n log n however many cuts a page has (a page
    of 100,000 repeated lines has as many cuts)."""

    def __init__(self, cuts: Iterable[Cut]) -> None:
        merged: list[list[int]] = []
        for c in sorted(cuts, key=lambda c: c.start):
            if merged and c.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], c.end)
            elif c.end > c.start:
                merged.append([c.start, c.end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]
        self.before = [0, *accumulate(e - s for s, e in merged)]  # characters cut before the i-th span

    def covered(self, start: int, end: int) -> int:
        """Characters of [start, end) inside a cut."""
        i = bisect_right(self.ends, start)  # the first span ending after `start`
        j = bisect_left(self.starts, end)  # the spans from i to j overlap [start, end)
        if i >= j:
            return 0
        inside = self.before[j] - self.before[i]
        return inside - max(0, start - self.starts[i]) - max(0, self.ends[j - 1] - end)

    def is_cut(self, start: int, end: int) -> bool:
        """What `is_cut` answers, for cuts that do not overlap (as `find_cuts` makes them)."""
        return self.covered(start, end) * 2 > (end - start)
