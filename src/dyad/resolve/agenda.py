"""One agenda item per project, agreement or negotiation of a dyad, across sentences and documents.

Titles are compared by their content words (rapidfuzz's token-set ratio), so "the international
humanitarian project “Russian Teacher Abroad”" and "Russian Teacher Abroad" are one item, while
two short, different titles never collapse into each other.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from dyad.records import content_id

SAME_ITEM = 88  # token-set ratio at or above which two titles name one item
_STOP = {"the", "a", "an", "of", "on", "in", "for", "to", "and", "at", "our", "their", "between", "with", "by",
         "international", "humanitarian", "federal", "project", "projects", "bilateral"}


def title_key(title: str) -> str:
    """The title's content words, lower-cased, in order: what matching compares."""
    return " ".join(w for w in re.findall(r"[\w’'-]+", title.lower()) if w not in _STOP)


def item_id(dyad: str | None, title: str) -> str:
    return content_id(dyad or "", title_key(title))


def same_item(a: str, b: str) -> bool:
    ka, kb = title_key(a), title_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    shorter = min(ka, kb, key=len)
    return len(shorter.split()) >= 2 and fuzz.token_set_ratio(ka, kb) >= SAME_ITEM
