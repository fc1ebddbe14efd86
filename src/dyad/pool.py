"""Extraction of a batch of documents in this process or in a pool of worker processes.

The extraction stages touch no database, so they run anywhere; what a document needs from the
record besides its own text (the people earlier documents tied to a side) is handed to it when it is
submitted. With several documents in flight, one may have started before the document just before
it taught the record a name it holds; the writer then extracts it again with what the record now
knows (`Job.stale`), so any number of processes gives the record one process gives.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from types import TracebackType

from dyad.clean.limits import refusal
from dyad.errors import DyadError, bug
from dyad.nlp import Parser
from dyad.pipeline import Tools, run_stages
from dyad.records import Extracted, RawDocument, Skipped
from dyad.settings import Settings

DOCUMENTS_PER_WORKER = 2  # in flight per worker process: enough to keep it busy, little to hold


def sides_for(text: str, people_sides: dict[str, str]) -> dict[str, str]:
    """The part of the record's name -> side table a text can use: names it contains."""
    return {name: side for name, side in people_sides.items() if side and name in text}


def extract_one(raw: RawDocument, tools: Tools) -> Extracted | Skipped:
    """One document through the stages; a document over the size limit, or a failure of this
    document, becomes its `Skipped`; a failure of the setup (no spaCy pipeline) is raised."""
    refused = refusal(raw, tools.settings)
    if refused is not None:
        return refused
    try:
        return run_stages(raw, tools)
    except DyadError:
        raise
    except (MemoryError, RecursionError) as e:
        return Skipped(raw.source, f"too large or too deeply structured to process ({type(e).__name__})")
    except Exception as e:  # noqa: BLE001 - one bad document must not stop the run
        return Skipped(raw.source, f"could not be processed ({bug(e)})")


@dataclass(frozen=True)
class Job:
    """A document on its way through extraction, with the people it was told about."""

    raw: RawDocument
    sides: dict[str, str]
    future: Future[Extracted | Skipped]

    def stale(self, people_sides: dict[str, str]) -> bool:
        return sides_for(self.raw.text, people_sides) != self.sides


@dataclass
class Extractor:
    """Extracts documents in this process when `processes` is 1 (or a parser is given, as tests do),
    else in that many spawned workers, each loading its own spaCy pipeline once. `submit` starts a
    document with the people known at that moment; `result` waits for it."""

    settings: Settings = field(default_factory=Settings)
    processes: int = 1
    parser: Parser | None = None
    redone: int = 0  # documents extracted again because the record learnt a name they hold
    _tools: Tools | None = None
    _pool: ProcessPoolExecutor | None = None

    @property
    def in_flight(self) -> int:
        """Documents to have started before waiting for the oldest."""
        return 1 if self.processes <= 1 or self.parser is not None else self.processes * DOCUMENTS_PER_WORKER

    def submit(self, raw: RawDocument, people_sides: dict[str, str]) -> Job:
        sides = sides_for(raw.text, people_sides)
        return Job(raw, sides, self._start(raw, sides))

    def _start(self, raw: RawDocument, sides: dict[str, str]) -> Future[Extracted | Skipped]:
        if self.processes <= 1 or self.parser is not None:
            if self._tools is None:
                self._tools = Tools(self.settings, self.parser)
            done: Future[Extracted | Skipped] = Future()
            done.set_result(extract_one(raw, replace(self._tools, people_sides=sides)))
            return done
        if self._pool is None:
            self._pool = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("spawn"),
                                             initializer=_start_worker, initargs=(self.settings,))
        return self._pool.submit(_extract_in_worker, raw, sides)

    def result(self, job: Job, people_sides: dict[str, str]) -> Extracted | Skipped:
        """The job's extraction, redone if the record has since learnt a name its text holds."""
        if job.stale(people_sides):
            self.redone += 1
            job = self.submit(job.raw, people_sides)
        try:
            return job.future.result()
        except BrokenProcessPool as e:
            raise DyadError(f"a worker process died ({e}); run again with --processes 1 to find the document") from e

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()


_WORKER_TOOLS: Tools | None = None  # one per worker process, made by its initializer


def _start_worker(settings: Settings) -> None:
    global _WORKER_TOOLS
    _WORKER_TOOLS = Tools(settings)
    _WORKER_TOOLS.parser  # noqa: B018 - load the pipeline before the first document arrives


def _extract_in_worker(raw: RawDocument, people_sides: dict[str, str]) -> Extracted | Skipped:
    assert _WORKER_TOOLS is not None, "the pool's initializer runs first"
    return extract_one(raw, replace(_WORKER_TOOLS, people_sides=people_sides))


__all__ = ["Extractor", "Job", "extract_one", "sides_for"]
