"""Library entry points that run the whole pipeline: `ingest_all` into a store, `code` without one.

The CLI and the REST API both call these, so a document is read, extracted, resolved, stored and
indexed the same way whichever door it comes in by.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from dyad.errors import DyadError
from dyad.ingest.readers import read_inputs
from dyad.nlp import Parser
from dyad.pipeline import Tools, process_and_resolve, run_stages
from dyad.records import Event, RawDocument, Resolved, Skipped
from dyad.resolve.known import person_names
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

    A bad input becomes a `Skipped` with its reason (stored at once) and the run goes on; a
    `DyadError` about the setup itself (no spaCy pipeline) ends the run.
    """
    settings = settings or Settings()
    tools = Tools(settings, parser, people_sides=store.person_sides())
    report = IngestReport()
    pending: list[dict[str, Any]] = []
    for item in _documents(sources, settings, report.ignored):
        if on_item is not None:
            on_item(item)
        if isinstance(item, Skipped):
            _skip(store, report, item)
            continue
        if store.has_document(item.id):
            report.already += 1
            continue
        try:
            resolved = process_and_resolve(item, store, tools)
        except DyadError:
            raise
        except Exception as e:  # noqa: BLE001 - one bad document must not stop the run
            _skip(store, report, Skipped(item.source, f"could not be processed ({type(e).__name__}: {e})"))
            continue
        if store.save(resolved):
            _learn_people(tools, resolved)
            report.new += 1
            report.events += sum(1 for d in resolved.events if d.merge_into is None)
            pending.extend(rows_from_document(resolved.document))
            if index is not None and report.new % INDEX_BATCH == 0:
                pending = _index(index, pending, report)
    if index is not None:
        _index(index, pending, report)
    return report


def _learn_people(tools: Tools, resolved: Resolved) -> None:
    """People this document tied to a side serve the documents after it (a name two sides share is
    dropped: it decides nothing)."""
    for a in resolved.actors:
        if a.kind == "person" and a.code:
            for name in person_names(a.name, a.aliases):
                if tools.people_sides.setdefault(name, a.code) != a.code:
                    tools.people_sides[name] = ""


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
