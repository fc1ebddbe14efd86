"""Who may hold the database file: one writer at a time, readers between its writes.

DuckDB lets one process open a file for writing, or any number open it read-only, never both. So
that `dyad serve` keeps answering while `dyad ingest` writes into the same file, and a second
ingest waits its turn instead of failing, every opener goes through two lock files beside the
database (advisory `flock` locks, released by the kernel when a process dies, so a `kill -9`
leaves nothing stuck):

* `<db>.lock` — held exclusively by the one writer for as long as it holds the database. Readers
  only test it: while it is held they open nothing, so a writer waiting for the file is not
  starved by a stream of readers.
* `<db>.wait` — held shared by readers while they wait for the writer. The writer tests it after
  each document it writes and, when someone waits, lets go of the file for a moment.

`flock` locks belong to an open file, not a process, so threads of one process (the server's
readers and its own API ingest) take part like separate processes.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from dyad.errors import ConfigError

POLL_SECONDS = 0.01  # how often a waiting reader or writer looks again
WRITER_WAIT_SECONDS = 600.0  # a second writer waits this long for the first before giving up
READER_WAIT_SECONDS = 30.0  # a reader waits this long for a writer to let go of the file


def _lock_file(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as e:
        raise ConfigError(f"{path}: cannot create the lock file beside the database: {e.strerror or e}") from e


def _try(fd: int, mode: int) -> bool:
    try:
        fcntl.flock(fd, mode | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class Gate:
    """The two lock files of one database (see the module's docstring)."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.writer_path = db.with_name(db.name + ".lock")
        self.wait_path = db.with_name(db.name + ".wait")

    def writer_active(self) -> bool:
        """Whether a writer holds (or is taking) the database now."""
        if not self.writer_path.exists():
            return False
        fd = _lock_file(self.writer_path)
        try:
            free = _try(fd, fcntl.LOCK_SH)
            return not free
        finally:
            os.close(fd)  # closing releases the test lock

    def readers_waiting(self) -> bool:
        """Whether a reader is waiting for the writer to let go."""
        if not self.wait_path.exists():
            return False
        own = _lock_file(self.wait_path)
        try:
            return not _try(own, fcntl.LOCK_EX)
        finally:
            os.close(own)

    @contextmanager
    def writing(self, timeout: float = WRITER_WAIT_SECONDS,
                on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        """Hold the writer's lock; wait (saying so once) while another writer has it."""
        fd = _lock_file(self.writer_path)
        try:
            if not _try(fd, fcntl.LOCK_EX):
                if on_wait is not None:
                    on_wait(f"{self.db}: another process is writing to this database; waiting for it "
                            f"(up to {timeout:.0f} s)")
                deadline = time.monotonic() + timeout
                while not _try(fd, fcntl.LOCK_EX):
                    if time.monotonic() > deadline:
                        raise ConfigError(f"{self.db}: another process has been writing to this database for "
                                          f"over {timeout:.0f} s; try again when it has finished")
                    time.sleep(POLL_SECONDS * 5)
            yield
        finally:
            os.close(fd)

    @contextmanager
    def waiting(self) -> Iterator[None]:
        """Say "a reader waits" for as long as the block runs."""
        fd = _lock_file(self.wait_path)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)
            yield
        finally:
            os.close(fd)

    def wait_for_writer(self, timeout: float = READER_WAIT_SECONDS) -> None:
        """Return once no writer holds the database; a `ConfigError` after `timeout` seconds."""
        if not self.writer_active():
            return
        deadline = time.monotonic() + timeout
        with self.waiting():
            while self.writer_active():
                if time.monotonic() > deadline:
                    raise ConfigError(f"{self.db}: busy: a writer has held the database for over {timeout:.0f} s; "
                                      "try again shortly")
                time.sleep(POLL_SECONDS)


__all__ = ["Gate", "READER_WAIT_SECONDS", "WRITER_WAIT_SECONDS"]
