"""One event per happening across documents.

When a new document reports a happening already on record, its evidence joins the existing
event instead of creating a second one. The rule is deliberately cautious, because fusing two
different meetings is worse than keeping one meeting twice:

* same dyad, same kind of happening (a visit and the talks during it are one kind), same status;
* dates equal, or one nested in the other (a "March" report and a "March 10" report) — and
  then only when exactly one stored event fits;
* undated events only join when the documents are near-duplicates of each other;
* no contradiction: different places, or participants with no surname in common, keep them apart.
"""

from __future__ import annotations

from rapidfuzz import fuzz

from dyad.gazetteer import lexicon
from dyad.records import Event, StoredEvent
from dyad.times import edtf_bounds

KINDS = {"visit": "consult", "meeting": "consult", "call": "call"}
# Evidence this alike, from a near-duplicate document, is the same sentence republished.
COPY_RATIO = 85


def kind(event_type: str) -> str:
    return KINDS.get(event_type, event_type)


def candidate_types(event_type: str) -> list[str]:
    """The stored types a new event may report again: a visit and the talks during it are one kind."""
    return [t for t in ("visit", "meeting", "call") if kind(t) == kind(event_type)] or [event_type]


def nested(a: str | None, b: str | None) -> bool:
    """Either date is unknown, or one lies within the other."""
    if a is None or b is None:
        return True
    ba, bb = edtf_bounds(a), edtf_bounds(b)
    return bool(ba and bb and ((ba[0] <= bb[0] and bb[1] <= ba[1]) or (bb[0] <= ba[0] and ba[1] <= bb[1])))


def _days(d: str) -> int:
    b = edtf_bounds(d)
    return (b[1] - b[0]).days + 1 if b else 10**6


def _places_differ(a: str | None, b: str | None) -> bool:
    """Two places we know to be different cities or countries ("Moscow" and "Beijing"); a range and a
    region ("the Mahajan Field Firing Range", "Rajasthan") may be one place, so they do not count."""
    if not a or not b:
        return False
    _, table = lexicon()
    la, lb = table.get(a.removeprefix("the ")), table.get(b.removeprefix("the "))
    if not (la and lb):
        return False
    # "Astana" and "Kazakhstan" are one place at this grain; "Astana" and "Almaty" are not
    return la.code != lb.code or (la.form == lb.form == "capital" and la.text != lb.text)


def _surnames(names: tuple[str, ...] | list[str]) -> set[str]:
    return {n.split()[-1].lower() for n in names if n.split()}


def _compatible(ev: Event, old: StoredEvent) -> bool:
    if kind(ev.type) != kind(old.type) or ev.status != old.status:
        return False
    if _places_differ(ev.location, old.location):
        return False
    return not (ev.participants and old.participants and not (_surnames(ev.participants) & _surnames(old.participants)))


def match(ev: Event, candidates: list[StoredEvent], copies_of: set[str]) -> StoredEvent | None:
    """The stored event `ev` reports again, if exactly one fits; `copies_of` are the documents the
    new one is a near-duplicate of."""
    text = ev.evidence[0].text if ev.evidence else ""
    for old in candidates:
        if old.document_id in copies_of and kind(ev.type) == kind(old.type) and \
                fuzz.ratio(text, old.evidence_text) >= COPY_RATIO:
            return old
    fits = [o for o in candidates if _compatible(ev, o) and _same_time(ev, o)]
    same_type = [o for o in fits if o.type == ev.type]  # a meeting joins the meeting, not the visit around it
    if len(same_type) == 1:
        return same_type[0]
    return fits[0] if len(fits) == 1 else None


def _same_time(ev: Event, old: StoredEvent) -> bool:
    """Dates that can only mean one happening: the same day; a day and its month; the same month
    with the same place or people; the same year only with the same people."""
    if not ev.date or not old.date or not nested(ev.date, old.date):
        return False
    coarse = max(_days(ev.date), _days(old.date))
    shared_people = bool(_surnames(ev.participants) & _surnames(old.participants))
    same_place = bool(ev.location and old.location and ev.location.lower() == old.location.lower())
    if coarse == 1:
        return True
    if coarse <= 31:
        return ev.date != old.date or shared_people or same_place
    return ev.date == old.date and shared_people


def _granularity(d: str) -> int:
    """1 for days, 2 months, 3 years, 4 decades, 5 centuries: the coarsest endpoint of the date."""
    parts = d.split("/")
    return max(1 if len(p) == 10 else 2 if len(p) == 7 else 3 if p[-1].isdigit() else 4 if p.endswith("X") and
               not p.endswith("XX") else 5 for p in parts)


def finer(a: str | None, b: str | None) -> str | None:
    """The better of two nested dates: the one with finer endpoints; between equals, the wider, which
    covers the whole happening ("February 25 to March 9" over "March 9", the day it ended)."""
    if a is None or b is None:
        return a or b
    ga, gb = _granularity(a), _granularity(b)
    if ga != gb:
        return a if ga < gb else b
    return a if _days(a) >= _days(b) else b
