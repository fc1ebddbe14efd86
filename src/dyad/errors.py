"""Errors Dyad raises on purpose.

    DyadError             something the user can fix, said in one line (exit status 2 in the CLI)
     └── ConfigError      a setting, option or file of the setup is invalid (bad --db, bad dyad code,
                          no spaCy pipeline, a database of another schema)

Bad input documents are not errors: they become `records.Skipped` with their reason.
"""

from __future__ import annotations


class DyadError(Exception):
    """Base of every error Dyad raises on purpose."""


class ConfigError(DyadError):
    pass


def bug(e: BaseException) -> str:
    """The words for an error Dyad did not foresee, in a skip's reason or a job's outcome: what it
    was, and that it is ours to fix."""
    return f"internal error {type(e).__name__}: {e}; please report it"
