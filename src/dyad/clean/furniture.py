"""Page furniture: spans of a page that are not the article, found line by line.

The text is never edited: each cut is a (start, end, reason) over the original text, so
evidence offsets stay valid and the document view can show what was removed and why.
Reasons: metadata, copyright, social, navigation, advert, related, repeated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

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
    """True when most of [start, end) lies inside cuts."""
    covered = sum(max(0, min(end, c.end) - max(start, c.start)) for c in cuts)
    return covered * 2 > (end - start)
