"""What resolution asks of the record: a small view the store implements, and a fake in memory.

Resolution never reads the database itself; it asks these questions, so its decisions can be
tested on `InMemoryKnown` and the store stays the only module that speaks SQL for writing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol

from dyad.records import AgendaRef, Resolved, StoredDocument, StoredEvent, one_side_names


class Known(Protocol):
    def has_document(self, doc_id: str) -> bool:
        """The document is already on record (re-ingest is a no-op)."""
        ...

    def near_duplicates(self, band_hashes: Sequence[str]) -> list[StoredDocument]:
        """Stored documents that share a MinHash band with a new one."""
        ...

    def event_candidates(self, dyad: str, types: Sequence[str], document_id: str,
                         bounds: tuple[date, date] | None, copies: Sequence[str]) -> list[StoredEvent]:
        """Stored events of the dyad and these types from other documents whose dates overlap
        `bounds`, or that come from the documents in `copies`."""
        ...

    def agenda_items(self, dyad: str | None) -> dict[str, AgendaRef]:
        """The dyad's agenda items on record, the first recorded first: id -> (title, item word)."""
        ...

    def person_surnames(self) -> dict[str, str]:
        """Surname -> actor id of every person on record with a full name."""
        ...

    def person_sides(self) -> dict[str, str]:
        """Name (each spelling on record, and a surname only one side's person carries) -> the side
        of a person on record: what later documents that name them without a country go by."""
        ...


class InMemoryKnown:
    """The record held in memory: for tests, and for `dyad code`, which codes without a database."""

    def __init__(self) -> None:
        self.documents: dict[str, StoredDocument] = {}
        self.bands: dict[str, set[str]] = {}
        self.events: dict[str, tuple[str, StoredEvent]] = {}  # id -> (dyad, event)
        self.items: dict[str | None, dict[str, AgendaRef]] = {}
        self.surnames: dict[str, str] = {}
        self.people: list[tuple[str, tuple[str, ...], str]] = []  # (name, aliases, side)

    def has_document(self, doc_id: str) -> bool:
        return doc_id in self.documents

    def near_duplicates(self, band_hashes: Sequence[str]) -> list[StoredDocument]:
        ids = {d for h in band_hashes for d in self.bands.get(h, set())}
        return [self.documents[i] for i in sorted(ids)]

    def event_candidates(self, dyad: str, types: Sequence[str], document_id: str,
                         bounds: tuple[date, date] | None, copies: Sequence[str]) -> list[StoredEvent]:
        from dyad.times import edtf_bounds

        out = []
        for d, ev in self.events.values():
            if d != dyad or ev.type not in types or ev.document_id == document_id:
                continue
            b = edtf_bounds(ev.date)
            overlaps = bool(bounds and b and b[0] <= bounds[1] and b[1] >= bounds[0])
            if overlaps or ev.document_id in copies:
                out.append(ev)
        return out

    def agenda_items(self, dyad: str | None) -> dict[str, AgendaRef]:
        return dict(self.items.get(dyad, {}))

    def person_surnames(self) -> dict[str, str]:
        return dict(self.surnames)

    def person_sides(self) -> dict[str, str]:
        return one_side_names(self.people)

    def absorb(self, resolved: Resolved) -> None:
        """Take in what `resolved` decided, as the store would."""
        ex = resolved.extracted
        self.documents[ex.id] = StoredDocument(ex.id, ex.signature, resolved.duplicate_of)
        for h in resolved.bands:
            self.bands.setdefault(h, set()).add(ex.id)
        for dec in resolved.events:
            ev = dec.event
            if dec.merge_into is None and ev.dyad:
                text = ev.evidence[0].text if ev.evidence else ""
                self.events[ev.id] = (ev.dyad, StoredEvent(ev.id, ex.id, ev.type, ev.status, ev.date,
                                                           ev.participants, ev.location, text))
            elif dec.merge_into in self.events:
                dyad, old = self.events[dec.merge_into]
                self.events[dec.merge_into] = (dyad, StoredEvent(
                    old.id, old.document_id, old.type, old.status, dec.date, old.participants + ev.participants,
                    old.location, old.evidence_text))
        for step in resolved.agenda:
            self.items.setdefault(step.dyad, {}).setdefault(step.item_id, AgendaRef(step.title, step.head))
        for a in resolved.actors:
            if a.kind == "person" and not a.id.endswith("|"):
                self.surnames.setdefault(a.id.split(":", 1)[1].split("|")[0], a.id)
            if a.kind == "person" and a.code:
                self.people.append((a.name, tuple(a.aliases), a.code))
