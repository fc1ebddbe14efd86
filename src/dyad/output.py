"""Where a command writes its output: never over its own database or an existing file unasked.

An output file is written beside its destination under a temporary name and moved into place
when complete, so an interrupted export leaves the old file (or none), never half of one; a
file already there is replaced only with `--force`; the database, its write-ahead log, its search
index and its lock files are never an output.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dyad.errors import ConfigError

DATABASE_COMPANIONS = ("", ".wal", ".search", ".lock", ".wait")  # suffixes of the files a record is


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_output(out: Path, db: Path | None, force: bool) -> None:
    """Refuse (a `ConfigError`, one line) an output that is the record itself or an existing file."""
    if db is not None:
        for suffix in DATABASE_COMPANIONS:
            part = db.with_name(db.name + suffix)
            if _same(out, part) or out.resolve() == part.resolve():
                what = "the database itself" if not suffix else f"the database's file {part.name}"
                raise ConfigError(f"--out {out}: that is {what}; write the output to another file")
    if out.is_dir():
        raise ConfigError(f"--out {out}: is a folder; give a file name")
    if out.exists() and not force:
        raise ConfigError(f"--out {out}: the file exists; pass --force to replace it")
    if not out.parent.exists():
        raise ConfigError(f"--out {out}: no such folder {out.parent}")


@contextmanager
def output_path(out: Path, db: Path | None = None, force: bool = False) -> Iterator[Path]:
    """A temporary path beside `out` (same suffix) to write to; moved onto `out` when the block ends
    without an error, removed otherwise."""
    check_output(out, db, force)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    path = Path(tmp)
    try:
        yield path
        os.replace(path, out)
    finally:
        path.unlink(missing_ok=True)


__all__ = ["check_output", "output_path"]
