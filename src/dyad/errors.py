"""Errors Dyad raises on purpose.

    DyadError
     ├── InputError        an input file or record cannot be used (named, with the reason)
     └── ConfigError       a setting or option is invalid (bad --db path, bad dyad code)
"""

from __future__ import annotations


class DyadError(Exception):
    """Base of every error Dyad raises on purpose."""


class InputError(DyadError):
    def __init__(self, source: str, reason: str, line: int | None = None) -> None:
        self.source, self.reason, self.line = source, reason, line
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {reason}")


class ConfigError(DyadError):
    pass
