"""Rows (lists of dicts) written as CSV, JSON or JSON Lines: one writer for the CLI and the API.

In CSV a list of records (evidence, history) is a JSON cell, a list of words is joined with ";",
so a spreadsheet reads one row per record and nothing is lost.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any, TextIO

TEXT_FORMATS = ("csv", "json", "jsonl")


def cell(value: Any) -> Any:
    """A value as one CSV cell."""
    if isinstance(value, dict) or (isinstance(value, list) and value and isinstance(value[0], dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return ";".join(str(x) for x in value)
    return value


def short(value: Any) -> str:
    """A value as a table cell: evidence as source:start-end, lists joined."""
    if isinstance(value, list) and value and isinstance(value[0], dict) and "start" in value[0]:
        return " | ".join(f"{e.get('source')}:{e.get('start')}-{e.get('end')}" for e in value)
    v = cell(value)
    return "" if v is None else str(v)


def write_rows(rows: Sequence[dict[str, Any]], fmt: str, fh: TextIO, columns: Sequence[str] | None = None) -> None:
    """`rows` to `fh` as csv (these columns, else every key of the first row), json or jsonl."""
    if fmt == "jsonl":
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "json":
        fh.write(json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        cols = list(columns or (rows[0].keys() if rows else []))
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: cell(r.get(k)) for k in cols})
    else:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(TEXT_FORMATS)})")


def rows_text(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] | None = None) -> str:
    buf = io.StringIO()
    write_rows(rows, fmt, buf, columns)
    return buf.getvalue()
