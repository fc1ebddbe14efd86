"""One event per happening inside a document.

A report names a happening more than once: the lead and a later paragraph, "the conference"
after "the 3rd Russia–Pakistan Conference", the visit and the talks held during it. Later
mentions join the event already recorded (their evidence is added, and a finer date wins).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dyad.records import Event
from dyad.resolve.events import finer, nested

EQUIVALENT_TYPES = {"meeting": {"meeting", "visit"}, "visit": {"visit", "meeting"}}
MERGE_WINDOW = 25  # sentences: a later "the conference" in the same article
PLURAL_TRIGGERS = ("visits", "trips", "tours", "exchanged")
_BARE_REFERENCE = re.compile(r"\b(?:the|this|that)\s+((?:joint\s+|same\s+|press\s+|news\s+)*(?:conference|meeting|"
                             r"talks|visit|forum|summit|session|exercises?|drills?|seminar|trip))\b", re.IGNORECASE)


def merge_within(events: tuple[Event, ...]) -> tuple[Event, ...]:
    """The document's events with re-mentions joined to the first mention (events in text order)."""
    kept: list[Event] = []
    for ev in events:
        at = _same_happening(ev, kept)
        if at is None:
            kept.append(ev)
            continue
        prev = kept[at]
        kept[at] = replace(prev, evidence=prev.evidence + ev.evidence, date=_joint_date(prev, ev))
    return tuple(kept)


def _joint_date(prev: Event, ev: Event) -> str | None:
    if prev.type == ev.type == "meeting" and (prev.date is None) != (ev.date is None):
        return prev.date or ev.date
    if prev.sentence == ev.sentence and {prev.type, ev.type} in ({"visit", "meeting"}, {"visit"}, {"meeting"}):
        return finer(prev.date, ev.date)
    if ev.type == "visit" and prev.type == "visit":
        return finer(prev.date, ev.date)
    return prev.date


def _same_happening(ev: Event, kept: list[Event]) -> int | None:
    """The index in `kept` of the happening `ev` mentions again, if any."""
    if not ev.evidence:
        return None
    for i in range(len(kept) - 1, -1, -1):
        prev = kept[i]
        if prev.sentence != ev.sentence:
            break
        # one sentence, one trip: "visited New Delhi and held talks with Modi"; one meeting: "met on
        # Monday and the two sides discussed energy"
        kinds = {prev.type, ev.type}
        if (kinds in ({"visit", "meeting"}, {"visit"}, {"meeting"}) and prev.dyad == ev.dyad
                and prev.status == ev.status and nested(prev.date, ev.date)
                and (kinds != {"meeting"} or not prev.date or not ev.date)):
            return i
    if ev.type == "visit" and not _plural(ev):
        # one report, one trip: "a two-day visit", "arrived in the capital on Monday"; but "a series
        # of visits" or visits on two different dates are several
        for i in range(len(kept) - 1, -1, -1):
            prev = kept[i]
            if (prev.type == "visit" and not _plural(prev) and prev.dyad == ev.dyad and prev.status == ev.status
                    and (prev.date is None or ev.date is None or prev.date == ev.date)):
                return i
    if ev.type == "meeting" and not _plural(ev) and ev.participants:
        # the same people meeting again in one report, once with a date and once without, are one meeting
        # ("Lavrov meets an opposition envoy" ... "after his meeting with Lavrov, Shalgam said Monday")
        for i in range(len(kept) - 1, -1, -1):
            prev = kept[i]
            if (prev.type == "meeting" and prev.dyad == ev.dyad and prev.status == ev.status and not _plural(prev)
                    and (prev.date is None) != (ev.date is None) and set(prev.participants) & set(ev.participants)):
                return i
    if not _BARE_REFERENCE.search(" ".join(ev.evidence[0].text.split())):
        return None
    for i in range(len(kept) - 1, -1, -1):
        prev = kept[i]
        if ev.sentence - prev.sentence > MERGE_WINDOW:
            break
        same_kind = prev.type == ev.type or prev.type in EQUIVALENT_TYPES.get(ev.type, ())
        if same_kind and prev.dyad == ev.dyad and (ev.date is None or ev.date == prev.date):
            return i
    return None


def _plural(ev: Event) -> bool:
    return ev.trigger.lower() in PLURAL_TRIGGERS
