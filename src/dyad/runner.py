"""Library entry points that run the whole pipeline: `ingest_all` into a store, `code` without one.

The CLI and the REST API both call these, so a document is read, extracted, resolved, stored and
indexed the same way whichever door it comes in by.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from dyad.errors import DyadError, bug
from dyad.headlines import Person, headline
from dyad.ingest.readers import folder_files, read_inputs
from dyad.nlp import Parser
from dyad.pipeline import Tools
from dyad.pool import Extractor, Job, extract_one
from dyad.query import sentence_rows
from dyad.records import Event, Extracted, RawDocument, Resolved, Skipped, person_names
from dyad.resolve import resolve
from dyad.resolve.within import merge_within
from dyad.search.index import SearchIndex
from dyad.settings import Settings
from dyad.store.duckdb_store import Store
from dyad.store.session import WriteSession

Source = str | RawDocument | Skipped  # a path ("-" for stdin), a document, or an input already refused
INDEX_BATCH = 50  # documents per search-index commit: few commits, and readers see new documents soon


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


def ingest_all(sources: Iterable[Source], target: Store | Path, settings: Settings | None = None, *,
               index: SearchIndex | None = None, parser: Parser | None = None,
               on_item: Callable[[RawDocument | Skipped], None] | None = None,
               on_skip: Callable[[Skipped], None] | None = None,
               on_wait: Callable[[str], None] | None = None) -> IngestReport:
    """Read, extract, resolve and store every document of `sources`; index its sentences.

    `target` is a database file (taken and let go as `store.session` says, so readers and other
    writers take turns with this run) or an open `Store` used throughout. Documents are extracted
    a few at a time (in `settings.processes` worker processes when more than one) and resolved and
    written here, one transaction each, in input order. A bad input becomes a `Skipped` with its
    reason, stored at once, and the run goes on; a `DyadError` about the setup itself (no spaCy
    pipeline, a database that cannot be opened) ends the run. Documents a killed run stored but
    did not index are indexed first.
    """
    settings = settings or Settings()
    report = IngestReport()
    with WriteSession(target, on_wait=on_wait) as session:
        store = session.store()
        known = store.document_ids()
        writer = _Writer(session, report, index, people_sides=store.person_sides(), on_skip=on_skip)
        if index is not None:
            writer.reconcile()
        with Extractor(settings, settings.processes, parser) as extractor:
            flight: deque[Job] = deque()
            for item in _documents(sources, settings, report.ignored):
                if on_item is not None:
                    on_item(item)
                if isinstance(item, Skipped):
                    writer.skip(item)
                elif item.id in known or any(job.raw.id == item.id for job in flight):
                    report.already += 1
                else:
                    known.add(item.id)
                    flight.append(extractor.submit(item, writer.people_sides))
                    if len(flight) >= extractor.in_flight:
                        job = flight.popleft()
                        writer.write(job.raw, extractor.result(job, writer.people_sides))
            while flight:
                job = flight.popleft()
                writer.write(job.raw, extractor.result(job, writer.people_sides))
        writer.flush_index()
    return report


@dataclass
class _Writer:
    """Resolves and writes extracted documents one at a time, in input order; learns their people;
    keeps the search index in step with what is committed."""

    session: WriteSession
    report: IngestReport
    index: SearchIndex | None
    people_sides: dict[str, str]
    on_skip: Callable[[Skipped], None] | None = None
    pending: list[str] = field(default_factory=list)  # stored documents not yet in the search index

    def write(self, raw: RawDocument, out: Extracted | Skipped) -> None:
        if isinstance(out, Skipped):
            self.skip(out)
            return
        store = self.session.store()
        try:
            resolved = resolve(out, store)
            saved = store.save(resolved)
        except DyadError:
            raise
        except Exception as e:  # noqa: BLE001 - one bad document must not stop the run
            self.skip(Skipped(raw.source, f"could not be stored ({bug(e)})"))
            return
        if saved:
            _learn_people(self.people_sides, resolved)
            self.report.new += 1
            self.report.events += sum(1 for d in resolved.events if d.merge_into is None)
            self.pending.append(resolved.document.id)
            if len(self.pending) >= INDEX_BATCH:
                self.flush_index()
        else:
            self.report.already += 1  # another writer stored it meanwhile
        self.session.let_readers_in()

    def skip(self, item: Skipped) -> None:
        """Record a refused input at once (a later crash does not lose it) and say so."""
        self.report.skipped.append(item)
        self.session.store().record_skipped([item])
        if self.on_skip is not None:
            self.on_skip(item)
        self.session.let_readers_in()

    def reconcile(self) -> None:
        """Index what an earlier run stored but was killed before indexing."""
        self.pending = self.session.store().unindexed()
        self.flush_index()

    def flush_index(self) -> None:
        """Index the pending documents' sentences, then mark them indexed in the database: killed in
        between, the next run indexes them again, replacing (not doubling) their sentences."""
        if self.index is None or not self.pending:
            self.pending = []
            return
        store = self.session.store()
        for start in range(0, len(self.pending), INDEX_BATCH):
            ids = self.pending[start : start + INDEX_BATCH]
            try:
                self.index.add(sentence_rows(store, ids))
            except DyadError as e:
                self.report.index_error = str(e)
                break
            store.mark_indexed(ids)
        self.pending = []


def _learn_people(people_sides: dict[str, str], resolved: Resolved) -> None:
    """People this document tied to a side serve the documents after it (a name two sides share is
    dropped: it decides nothing)."""
    for a in resolved.actors:
        if a.kind == "person" and a.code:
            for name in person_names(a.name, a.aliases):
                if people_sides.setdefault(name, a.code) != a.code:
                    people_sides[name] = ""


SETTLE_SECONDS = 2.0  # a file changed this recently may still be being written: read it next round


@dataclass
class Watch:
    """What `dyad watch` has seen: each file's size and modification time when it was last read."""

    seen: dict[str, tuple[int, int]] = field(default_factory=dict)

    def changed(self, paths: Iterable[str], now: float) -> list[str]:
        """The files under `paths` that are new or changed since last read, and settled."""
        out = []
        for p in paths:
            root = Path(p)
            for f in folder_files(root) if root.is_dir() else [root]:  # the files `dyad ingest` would read
                try:
                    st = f.stat()
                except OSError:
                    continue  # gone since the walk
                mark = (st.st_size, st.st_mtime_ns)
                if self.seen.get(str(f)) != mark and now - st.st_mtime >= SETTLE_SECONDS:
                    self.seen[str(f)] = mark
                    out.append(str(f))
        return out


def watch(paths: list[str], db: Path, settings: Settings, *, every: float, rounds: int | None = None,
          index: SearchIndex | None = None, on_round: Callable[[int, IngestReport], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> None:
    """Ingest what is new or changed under `paths`, again every `every` seconds (`rounds` times, or
    until stopped). A file is read again only when its size or time changes, a document stored once
    whatever the number of rounds (content-hash identity), and a killed round is resumed by the
    next (crash-safe store and index), so a watch can be stopped and started at will."""
    seen = Watch()
    n = 0
    while rounds is None or n < rounds:
        n += 1
        files = seen.changed(paths, time.time())
        try:
            report = ingest_all(files, db, settings, index=index) if files else IngestReport()
        except DyadError as e:  # the database busy or unwritable this round: say so, try again next
            report = IngestReport(index_error=str(e))
            for f in files:
                seen.seen.pop(f, None)
        if on_round is not None:
            on_round(len(files), report)
        if rounds is None or n < rounds:
            sleep(every)


def code(sources: Iterable[Source], settings: Settings | None = None, *, published: str | None = None,
         parser: Parser | None = None) -> Iterator[Event | Skipped]:
    """Events of each document, without a database (one event per happening within a document)."""
    for work in _extracted(sources, settings, published, parser):
        if isinstance(work, Skipped):
            yield work
        else:
            yield from merge_within(work.events)


def code_records(sources: Iterable[Source], settings: Settings | None = None, *, published: str | None = None,
                 parser: Parser | None = None) -> Iterator[dict[str, Any] | Skipped]:
    """`code`'s events as export records, each with the headline the database would give it (its
    people's roles and sides read from the document they come from)."""
    for work in _extracted(sources, settings, published, parser):
        if isinstance(work, Skipped):
            yield work
            continue
        people = {m.name: Person(m.name, m.code, m.role) for m in work.mentions if m.kind == "person"}
        for e in merge_within(work.events):
            rec = e.as_dict()
            yield {**rec, "headline": headline(rec, people)}


def _extracted(sources: Iterable[Source], settings: Settings | None, published: str | None,
               parser: Parser | None) -> Iterator[Extracted | Skipped]:
    """Each document read and extracted on its own, `published` standing in for a missing date."""
    settings = settings or Settings()
    tools = Tools(settings, parser)
    for item in _documents(sources, settings, []):
        if isinstance(item, Skipped):
            yield item
            continue
        if published and not item.published:
            item = replace(item, published=published)
        yield extract_one(item, tools)


__all__ = ["IngestReport", "Source", "Watch", "code", "code_records", "ingest_all", "watch"]
