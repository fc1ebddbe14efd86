"""The pipeline, in order: ingest → clean → segment → extract → resolve → store.

`process` runs the extraction stages over one RawDocument and returns what was read from it
(`Extracted`); it touches no database, so the same function runs in one process, in a pool or
on a cluster. `resolve` then fits it into the record through a `Known` view of what is stored,
and the store writes the decisions.
"""

from __future__ import annotations

from dyad.nlp import Parser
from dyad.records import Extracted, RawDocument, Resolved
from dyad.resolve import Known, resolve
from dyad.settings import Settings
from dyad.stages import (
    Stage,
    Tools,
    Work,
    clean,
    find_agenda_stage,
    find_entities,
    find_events,
    find_indicators_stage,
    find_people,
    find_statements,
    fingerprint,
    parse,
    segment,
)

# Each stage reads only what the stages before it wrote; people are found before events and
# statements, which both need to know who is speaking and acting.
STAGES: tuple[Stage, ...] = (
    clean,  # reference date, page furniture, paragraphs
    segment,  # countries named, stories, sentences, the document's dyad
    find_entities,  # named entities of every sentence with a name (no parse)
    find_people,  # people with roles and countries, over the whole document; the author
    parse,  # the sentences that may hold an event, through the parser
    find_events,  # happenings between two countries
    find_statements,  # who said what
    find_indicators_stage,  # the numbers
    find_agenda_stage,  # where projects, agreements and talks stand
    fingerprint,  # MinHash, for near-duplicates
)


def process(raw: RawDocument, settings: Settings | None = None, parser: Parser | None = None) -> Extracted:
    """Everything Dyad reads from one document."""
    return run_stages(raw, Tools(settings or Settings(), parser))


def run_stages(raw: RawDocument, tools: Tools) -> Extracted:
    work = Work(raw)
    for stage in STAGES:
        work = stage(work, tools)
    return work.extracted()


def process_and_resolve(raw: RawDocument, known: Known, tools: Tools) -> Resolved:
    """One document through extraction and resolution against what is on record."""
    return resolve(run_stages(raw, tools), known)


__all__ = ["STAGES", "Tools", "process", "process_and_resolve", "run_stages"]
