"""What the web app holds for its life, and the FastAPI dependencies that hand it to a request.

Every request reads through a cursor of its own on the shared read-only connection
(`store.shared`), so requests run side by side and the CLI can ingest into the file meanwhile.
"""

# No `from __future__ import annotations` here: FastAPI reads these annotations at run time.
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request

from dyad.search.index import SearchIndex, index_path
from dyad.store.duckdb_store import Store
from dyad.store.shared import SharedReader

if TYPE_CHECKING:
    from dyad.web.jobs import Job

class Record:
    """The app's hold on the record: the shared reader, the search index beside the database, the
    ingest token if any, and the API's ingest jobs."""

    def __init__(self, db: Path, token: str | None) -> None:
        self.db = db
        self.token = token
        if token and not db.exists():
            Store(db).close()  # an ingest-enabled server may start on a new file: create it
        self.reader = SharedReader(db)
        self.search = SearchIndex(index_path(db))
        self.jobs: dict[str, Job] = {}  # the API's ingest jobs by id: their progress and outcome
        self.jobs_lock = threading.Lock()

    @contextmanager
    def read(self) -> Iterator[Store]:
        with self.reader.store() as store:
            yield store

    def close(self) -> None:
        self.reader.close()


def get_record(request: Request) -> Record:
    record: Record = request.app.state.record
    return record


def get_store(record: Annotated[Record, Depends(get_record)]) -> Iterator[Store]:
    """A store over a cursor of its own for the request."""
    with record.read() as store:
        yield store


RecordDep = Annotated[Record, Depends(get_record)]
StoreDep = Annotated[Store, Depends(get_store)]
