"""Dyad: a dated, source-cited record of the relationship between two countries.

    import dyad

    with dyad.Store("record.duckdb") as store:
        report = dyad.ingest_all(["articles/"], store)
        for event in dyad.events(store, dyad.EventFilter(dyad="PAK-RUS", since="2024")):
            print(event["date"], event["type"], event["evidence"][0]["text"])

The pipeline's stages are plain functions over the records of `dyad.records` (all of them, the
resolution decisions and `Skipped` included, are there): `process` reads one
document, `resolve` fits it into the record, `Store.save` writes it, and the query functions
read it back, as the CLI, the REST API and the dashboard do.
"""

from dyad.errors import ConfigError, DyadError
from dyad.pipeline import process
from dyad.query import (
    EventFilter,
    actors,
    agenda,
    dyad_counts,
    events,
    indicators,
    parse_dyad,
    plover_records,
    statements,
    timeline,
)
from dyad.records import AgendaMention, Event, Evidence, Extracted, Indicator, RawDocument, Statement
from dyad.report.brief import build_brief
from dyad.resolve import InMemoryKnown, Known, resolve
from dyad.runner import IngestReport, code, ingest_all
from dyad.settings import Settings
from dyad.store.duckdb_store import Store
from dyad.times import Context, edtf_bounds, find_times

__version__ = "0.1.0"

__all__ = [
    # run the pipeline
    "ingest_all", "IngestReport", "code", "process", "resolve", "Known", "InMemoryKnown", "Settings",
    # the record
    "Store", "EventFilter", "events", "timeline", "agenda", "indicators", "actors", "statements",
    "plover_records", "dyad_counts", "parse_dyad", "build_brief",
    # records
    "RawDocument", "Extracted", "Event", "Evidence", "Indicator", "AgendaMention", "Statement",
    # time expressions
    "find_times", "Context", "edtf_bounds",
    # errors
    "DyadError", "ConfigError",
]
