"""The writer's hold on the database: taken when there is something to write, let go while readers wait.

An ingest spends most of its time extracting, which needs no database. It takes the file (the
writer's lock, then a read-write connection) when a document is ready to be written, keeps it for
the next ones, and lets go as soon as a reader is waiting (`store.gate`), so `dyad serve` and
`dyad events` answer during a long ingest, and a second ingest into the same file takes turns
instead of failing. Every document is one transaction, so a reader sees a document whole or not
at all.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from types import TracebackType

from dyad.store.duckdb_store import Store
from dyad.store.gate import POLL_SECONDS, WRITER_WAIT_SECONDS, Gate

READERS_TURN_SECONDS = 0.5  # how long the writer leaves the file to waiting readers before taking it back


class WriteSession:
    """Hands out the open store to write with; over a path it follows the gate, over a `Store`
    (tests, a caller that manages the file itself) it simply uses that store throughout."""

    def __init__(self, target: Store | Path, *, timeout: float = WRITER_WAIT_SECONDS,
                 on_wait: Callable[[str], None] | None = None) -> None:
        self.fixed = target if isinstance(target, Store) else None
        self.path = target.path if isinstance(target, Store) else target
        self.gate = Gate(self.path)
        self.timeout = timeout
        self.on_wait = on_wait
        self._open: Store | None = None
        self._held: ExitStack | None = None
        self.turns = 0  # times the writer let readers in

    def store(self) -> Store:
        """The store, taking the file first if the session does not hold it now."""
        if self.fixed is not None:
            return self.fixed
        if self._open is None:
            held = ExitStack()
            try:
                held.enter_context(self.gate.writing(self.timeout, self.on_wait))
                self._open = Store(self.path, timeout=self.timeout)
            except BaseException:
                held.close()
                raise
            self._held = held
        return self._open

    def let_readers_in(self) -> None:
        """Between documents: if a reader waits, let go of the file until it has had its turn."""
        if self.fixed is not None or self._open is None or not self.gate.readers_waiting():
            return
        self.release()
        self.turns += 1
        deadline = time.monotonic() + READERS_TURN_SECONDS
        while self.gate.readers_waiting() and time.monotonic() < deadline:
            time.sleep(POLL_SECONDS)

    def release(self) -> None:
        if self._open is not None:
            self._open.close()
            self._open = None
        if self._held is not None:
            self._held.close()
            self._held = None

    def __enter__(self) -> WriteSession:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.release()


__all__ = ["WriteSession"]
