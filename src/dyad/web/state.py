"""What the web app holds for its life, and the FastAPI dependencies that hand it to a request."""

# No `from __future__ import annotations` here: FastAPI reads these annotations at run time.
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request

from dyad.search.index import SearchIndex, index_path
from dyad.store.duckdb_store import Store


class Record:
    """The app's hold on the record: one connection, one lock (DuckDB connections are not shared
    across threads), the search index beside the database, and the ingest token if any."""

    def __init__(self, db: Path, token: str | None) -> None:
        self.db = db
        self.token = token
        self.store = Store(db, read_only=not token)
        self.lock = threading.Lock()
        self.search = SearchIndex(index_path(db))

    @contextmanager
    def read(self) -> Iterator[Store]:
        with self.lock:
            yield self.store


def get_record(request: Request) -> Record:
    record: Record = request.app.state.record
    return record


def get_store(record: Annotated[Record, Depends(get_record)]) -> Iterator[Store]:
    """The store, held under the record's lock for the request."""
    with record.read() as store:
        yield store


RecordDep = Annotated[Record, Depends(get_record)]
StoreDep = Annotated[Store, Depends(get_store)]
