"""Library entry points that run the whole pipeline: `ingest_all` into a store, `code` without one.

The CLI and the REST API both call these, so a document is read, extracted, resolved, stored and
indexed the same way whichever door it comes in by.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from dyad.errors import DyadError
from dyad.ingest.readers import read_inputs
from dyad.nlp import Parser
from dyad.pipeline import Tools, run_stages
from dyad.pool import Extractor, Job
from dyad.records import Event, Extracted, RawDocument, Resolved, Skipped, person_names
from dyad.resolve import resolve
from dyad.resolve.within import merge_within
from dyad.search.feed import rows_from_document
from dyad.search.index import SearchIndex
from dyad.settings import Settings
from dyad.store.duckdb_store import Store

Source = str | RawDocument | Skipped  # a path ("-" for stdin), a document, or an input already refused
INDEX_BATCH = 200  # documents per search-index commit: fewer commits, little lost if a run is killed


@dataclass
class IngestReport:
    """What an ingest run did: documents added, already stored, skipped (with reasons)."""

    new: int = 0
    already: int = 0
    events: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)  # files in folders that are not articles
    index_error: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"added": self.new, "already_stored": self.already, "events": self.events,
                "skipped": [str(s) for s in self.skipped], "index_error": self.index_error}


def _documents(sources: Iterable[Source], settings: Settings, ignored: list[str]) -> Iterator[RawDocument | Skipped]:
    for s in sources:
        if isinstance(s, str):
            yield from read_inputs([s], settings, ignored)
        else:
            yield s


def ingest_all(sources: Iterable[Source], store: Store, settings: Settings | None = None, *,
               index: SearchIndex | None = None, parser: Parser | None = None,
               on_item: Callable[[RawDocument | Skipped], None] | None = None) -> IngestReport:
    """Read, extract, resolve and store every document of `sources`; index its sentences.

    Documents are extracted a few at a time (in `settings.processes` worker processes when more
    than one) and resolved and written here, one at a time, in input order. A bad input becomes a
    `Skipped` with its reason (stored at once) and the run goes on; a `DyadError` about the setup
    itself (no spaCy pipeline) ends the run.
    """
    settings = settings or Settings()
    report = IngestReport()
    writer = _Writer(store, report, index, people_sides=store.person_sides())
    with Extractor(settings, settings.processes, parser) as extractor:
        flight: deque[Job] = deque()
        for item in _documents(sources, settings, report.ignored):
            if on_item is not None:
                on_item(item)
            if isinstance(item, Skipped):
                _skip(store, report, item)
            elif store.has_document(item.id) or any(job.raw.id == item.id for job in flight):
                report.already += 1
            else:
                flight.append(extractor.submit(item, writer.people_sides))
                if len(flight) >= extractor.in_flight:
                    job = flight.popleft()
                    writer.write(job.raw, extractor.result(job, writer.people_sides))
        while flight:
            job = flight.popleft()
            writer.write(job.raw, extractor.result(job, writer.people_sides))
    if index is not None:
        _index(index, writer.pending, report)
    return report


@dataclass
class _Writer:
    """Resolves and writes extracted documents one at a time, in input order; learns their people."""

    record: Store
    report: IngestReport
    index: SearchIndex | None
    people_sides: dict[str, str]
    pending: list[dict[str, Any]] = field(default_factory=list)  # search-index rows not yet committed

    def write(self, raw: RawDocument, out: Extracted | Skipped) -> None:
        if isinstance(out, Skipped):
            _skip(self.record, self.report, out)
            return
        try:
            resolved = resolve(out, self.record)
        except DyadError:
            raise
        except Exception as e:  # noqa: BLE001 - one bad document must not stop the run
            _skip(self.record, self.report, Skipped(raw.source, f"could not be resolved ({type(e).__name__}: {e})"))
            return
        if self.record.save(resolved):
            _learn_people(self.people_sides, resolved)
            self.report.new += 1
            self.report.events += sum(1 for d in resolved.events if d.merge_into is None)
            self.pending.extend(rows_from_document(resolved.document))
            if self.index is not None and self.report.new % INDEX_BATCH == 0:
                self.pending = _index(self.index, self.pending, self.report)


def _learn_people(people_sides: dict[str, str], resolved: Resolved) -> None:
    """People this document tied to a side serve the documents after it (a name two sides share is
    dropped: it decides nothing)."""
    for a in resolved.actors:
        if a.kind == "person" and a.code:
            for name in person_names(a.name, a.aliases):
                if people_sides.setdefault(name, a.code) != a.code:
                    people_sides[name] = ""


def _skip(store: Store, report: IngestReport, item: Skipped) -> None:
    report.skipped.append(item)
    store.record_skipped([item])


def _index(index: SearchIndex, rows: list[dict[str, Any]], report: IngestReport) -> list[dict[str, Any]]:
    if rows:
        try:
            index.add(rows)
        except DyadError as e:
            report.index_error = str(e)
    return []


def code(sources: Iterable[Source], settings: Settings | None = None, *, published: str | None = None,
         parser: Parser | None = None) -> Iterator[Event | Skipped]:
    """Events of each document, without a database (one event per happening within a document)."""
    settings = settings or Settings()
    tools = Tools(settings, parser)
    for item in _documents(sources, settings, []):
        if isinstance(item, Skipped):
            yield item
            continue
        if published and not item.published:
            item = replace(item, published=published)
        yield from merge_within(run_stages(item, tools).events)


__all__ = ["IngestReport", "Source", "code", "ingest_all"]
