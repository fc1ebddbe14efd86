"""Resolve: fit one document's extracted records into the record.

`resolve(extracted, known)` decides, without writing anything:
1. whether the document is a near-duplicate of a stored one (MinHash bands);
2. one event per happening inside the document (`within`), then whether each event reports a
   happening already on record from another document (`events.match`);
3. which agenda item each agenda mention is a step of (`agenda.match_item`);
4. one actor per person, body and country across spellings (`actors.actor_upserts`).
The store writes the decisions; `known` is the store, or `InMemoryKnown` in tests.
"""

from __future__ import annotations

from dyad.records import AgendaRef, AgendaStep, EventDecision, Extracted, Resolved
from dyad.resolve.actors import actor_upserts
from dyad.resolve.agenda import item_id, match_item, modifiers
from dyad.resolve.duplicates import NEAR_DUPLICATE, bands, similarity
from dyad.resolve.events import candidate_types, finer, match
from dyad.resolve.known import InMemoryKnown, Known
from dyad.resolve.within import merge_within
from dyad.times import edtf_bounds


def resolve(extracted: Extracted, known: Known) -> Resolved:
    copy_of, sim = _near_duplicate(list(extracted.signature), known)
    band_hashes = tuple(bands(list(extracted.signature))) if extracted.signature else ()
    return Resolved(extracted=extracted, bands=band_hashes, duplicate_of=copy_of, similarity=sim,
                    events=_event_decisions(extracted, known, copy_of), agenda=_agenda_steps(extracted, known),
                    actors=actor_upserts(extracted, known.person_surnames()))


def _near_duplicate(sig: list[int], known: Known) -> tuple[str | None, float | None]:
    """The stored document this one copies (its original, if that was a copy too), if any."""
    if not sig:
        return None, None
    scored = [(similarity(sig, list(d.minhash)), d) for d in known.near_duplicates(bands(sig))]
    best = max(scored, key=lambda x: x[0], default=None)
    if best is None or best[0] < NEAR_DUPLICATE:
        return None, None
    return best[1].duplicate_of or best[1].id, round(best[0], 3)


def _event_decisions(extracted: Extracted, known: Known, copy_of: str | None) -> tuple[EventDecision, ...]:
    copies = [copy_of] if copy_of else []
    out: list[EventDecision] = []
    seen: set[str] = set()
    for ev in merge_within(extracted.events):
        if ev.id in seen:
            continue
        seen.add(ev.id)
        old = None
        if ev.dyad:
            candidates = known.event_candidates(ev.dyad, candidate_types(ev.type), extracted.id,
                                                edtf_bounds(ev.date), copies)
            old = match(ev, candidates, set(copies))
        if old is None:
            out.append(EventDecision(ev))
        else:
            # the same happening, reported again: one event, one more piece of evidence
            out.append(EventDecision(ev, merge_into=old.id, date=finer(old.date, ev.date)))
    return tuple(out)


def _agenda_steps(extracted: Extracted, known: Known) -> tuple[AgendaStep, ...]:
    """Each mention joins the dyad's item it names (`agenda.match_item`), or opens a new one: a step
    of history."""
    items: dict[str | None, dict[str, AgendaRef]] = {}
    named_here: dict[str, AgendaRef] = {}  # items this document named, the latest last
    out: list[AgendaStep] = []
    for m in extracted.agenda:
        titles = items.setdefault(m.dyad, dict(known.agenda_items(m.dyad)))
        ref = AgendaRef(m.title, m.head)
        # a bare "the agreement" is one this document named before, never one of another document
        found = match_item(ref, titles if modifiers(m.title, m.head) else
                           {i: r for i, r in named_here.items() if i in titles})
        new = found is None
        if found is None:
            found = item_id(m.dyad, ref)
        titles[found] = titles.pop(found, ref)  # the item named last comes last
        named_here[found] = named_here.pop(found, titles[found])
        out += [AgendaStep(found, new, m.dyad, m.title, m.kind, m.status, m.as_of, e, m.head) for e in m.evidence]
    return tuple(out)


__all__ = ["InMemoryKnown", "Known", "resolve"]
