"""Many readers in one process (the server): one read-only connection, a cursor per request.

The connection is never held against a writer: an ingest (the CLI's, or the server's own API job
in a worker thread) takes the file through `store.gate`; a watcher thread sees the writer coming,
lets the requests in flight finish, and closes the connection; requests arriving meanwhile wait
(telling the writer, which lets go between two documents) and open it again.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from dyad.store.duckdb_store import Store
from dyad.store.gate import POLL_SECONDS, Gate

WATCH_SECONDS = 0.02  # how often the watcher looks for a writer


class SharedReader:
    """One read-only connection, cursors per request, closed while a writer holds the file."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.gate = Gate(db)
        self.cond = threading.Condition()
        self.con: duckdb.DuckDBPyConnection | None = None
        self.users = 0
        self.closing = False  # a writer is coming: no new cursors until the connection is closed
        self.stopping = False
        Store(db, read_only=True).close()  # a missing or foreign file is refused at start, not per request
        self.watcher = threading.Thread(target=self._watch, name="dyad-writer-watch", daemon=True)
        self.watcher.start()

    @contextmanager
    def store(self) -> Iterator[Store]:
        cursor = self._checkout()
        try:
            yield Store.over(cursor, self.db)
        finally:
            cursor.close()
            with self.cond:
                self.users -= 1
                self.cond.notify_all()

    def _checkout(self) -> duckdb.DuckDBPyConnection:
        with self.cond:
            while self.closing:
                self.cond.wait(POLL_SECONDS)
            while self.con is None:
                # Store waits for a writer (telling it a reader waits), then opens read-only
                self.con = Store(self.db, read_only=True).con
            self.users += 1
            return self.con.cursor()

    def _watch(self) -> None:
        while not self.stopping:
            time.sleep(WATCH_SECONDS)
            if self.con is not None and self.gate.writer_active():
                self._close_when_idle()

    def _close_when_idle(self) -> None:
        with self.cond:
            self.closing = True
            try:
                while self.users and not self.stopping:
                    self.cond.wait(POLL_SECONDS)
                if self.con is not None:
                    self.con.close()
                    self.con = None
            finally:
                self.closing = False
                self.cond.notify_all()

    def close(self) -> None:
        self.stopping = True
        self.watcher.join(timeout=1)
        with self.cond:
            if self.con is not None:
                self.con.close()
                self.con = None



__all__ = ["SharedReader"]
