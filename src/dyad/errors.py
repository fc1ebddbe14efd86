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
