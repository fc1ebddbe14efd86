"""Ingest jobs of the API: each runs the pipeline in a thread of its own and reports its progress.

The job writes through the database gate like a CLI ingest (`store.session`), so the server's
readers, a CLI ingest and other jobs take turns on the file; its counters are read by
`GET /api/ingest/{job}` while it runs.
"""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field
from typing import Any

from dyad.errors import DyadError, bug
from dyad.records import RawDocument, Skipped
from dyad.runner import IngestReport, ingest_all
from dyad.settings import Settings

KEEP_JOBS = 100  # finished jobs remembered for GET /api/ingest/{job}


@dataclass
class Job:
    id: str
    total: int
    read: int = 0
    report: IngestReport | None = None
    error: str | None = None
    done: threading.Event = field(default_factory=threading.Event)

    def view(self) -> dict[str, Any]:
        out: dict[str, Any] = {"job": self.id, "status": "done" if self.done.is_set() else "running",
                               "documents": self.total, "read": self.read}
        if self.report is not None:
            out |= {"added": self.report.new, "already_stored": self.report.already,
                    "skipped": [str(s) for s in self.report.skipped], "index_error": self.report.index_error}
        if self.error is not None:
            out |= {"status": "failed", "error": self.error}
        return out


def start_ingest(record: Any, items: list[RawDocument | Skipped]) -> Job:
    """Start ingesting `items` into the record's database in a new thread; the job at once."""
    job = Job(uuid.uuid4().hex[:16], len(items))
    with record.jobs_lock:
        record.jobs[job.id] = job
        for old in list(record.jobs)[:-KEEP_JOBS]:
            if record.jobs[old].done.is_set():
                del record.jobs[old]

    def advance(_: object) -> None:
        job.read += 1

    def run() -> None:
        try:
            job.report = ingest_all(items, record.db, Settings(db_path=record.db), index=record.search,
                                    on_item=advance)
        except DyadError as e:
            job.error = str(e)
        except Exception as e:  # noqa: BLE001 - a job's failure is reported by the job, not lost in a thread
            job.error = bug(e)
        finally:
            job.done.set()

    threading.Thread(target=run, name=f"dyad-ingest-{job.id}", daemon=True).start()
    return job


__all__ = ["Job", "start_ingest"]
