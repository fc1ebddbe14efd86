"""What the `dyad` commands share: the consoles, option types and formats, the one-line error
(exit 2), reading the record, and writing rows to standard output or a checked --out file."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from dyad.errors import DyadError
from dyad.formats import short, write_rows
from dyad.output import check_output, output_path
from dyad.query import parse_dyad
from dyad.records import EVENT_STATUSES, EVENT_TYPES
from dyad.settings import resolve_db_path
from dyad.store.duckdb_store import Store

err = Console(stderr=True, soft_wrap=True)  # one message, one line: never wrapped mid-path
# piped output keeps whole lines; tables get a readable width
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)

FirstCountry = Annotated[str, typer.Argument(help="First country (ISO3), e.g. PAK.")]
SecondCountry = Annotated[str, typer.Argument(help="Second country (ISO3), e.g. RUS.")]
DbOption = Annotated[str | None, typer.Option("--db", help="DuckDB file (else $DYAD_DB, else ./dyad.duckdb).")]
DyadOption = Annotated[str | None, typer.Option(help="Only this dyad: two ISO3 codes, e.g. PAK-RUS.")]
OutOption = Annotated[Path | None, typer.Option("--out", help="Write here instead of standard output.")]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace the --out file if it exists.")]
DyadFilter = Annotated[str | None, typer.Option("--dyad", help="Two ISO3 codes, e.g. PAK-RUS.")]
# values the query layer checks (one clear line for any other), all of them listed in --help
TypeFilter = Annotated[str | None, typer.Option("--type", help=f"Event type: {', '.join(EVENT_TYPES)}.")]
StatusFilter = Annotated[str | None, typer.Option("--status", help=f"Event status: {', '.join(EVENT_STATUSES)}.")]
SideFilter = Annotated[str | None, typer.Option(
    "--side", help="Only actors of this country: any ISO 3166 alpha-3 code, e.g. RUS (an unknown code is refused).")]


class OneLineErrors(TyperGroup):
    """The app's group: a usage error (a bad number, a value not among the choices, a missing
    argument) is one line on stderr, as every other refusal is, and exit status 2 -- not click's
    usage block and a box a long message wraps in."""

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             complete_var: str | None = None, standalone_mode: bool = True, windows_expand_args: bool = True,
             **extra: Any) -> Any:
        try:
            rv = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except typer.TyperException as e:  # click's (vendored by typer) usage errors are these
            if not standalone_mode:
                raise
            ctx = getattr(e, "ctx", None)
            if type(e).__name__ != "NoArgsIsHelpError":  # `dyad`, `dyad export`: the help is printed already
                hint = f" (see `{ctx.command_path} --help`)" if ctx is not None else ""
                err.print(Text("error: ", style="red") + Text(f"{e.format_message()}{hint}"), highlight=False)
            sys.exit(e.exit_code)
        except typer.Abort:
            if not standalone_mode:
                raise
            say("aborted")
            sys.exit(1)
        if not standalone_mode:
            return rv
        # not standalone, click returns an Exit's code (typer.Exit(1), --help's 0) or the command's None
        sys.exit(rv if isinstance(rv, int) else 0)


class TableFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class TimelineFormat(StrEnum):
    table = "table"
    md = "md"
    json = "json"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


class JsonlFormat(StrEnum):
    jsonl = "jsonl"


ListFormat = Annotated[TableFormat, typer.Option("--format", help="Output format.")]
ExportAs = Annotated[ExportFormat, typer.Option("--format", help="jsonl or csv.")]
ReadFormat = Annotated[TimelineFormat, typer.Option("--format", help="Output format.")]
LinesFormat = Annotated[JsonlFormat, typer.Option("--format", help="Output format.")]


class ActorKind(StrEnum):
    person = "person"
    org = "org"
    country = "country"


class CountsFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"


def fail(e: Exception) -> None:
    err.print(f"[red]error:[/red] {e}", highlight=False)
    raise typer.Exit(2)


def check_pair(a: str, b: str) -> None:
    try:
        parse_dyad([a, b])
    except DyadError as e:
        fail(e)


def say(message: str) -> None:
    err.print(message, highlight=False, markup=False)


@contextmanager
def reading(db: str | None) -> Iterator[Store]:
    """The record opened read-only; a clear error (exit 2) for anything the user can fix."""
    try:
        with Store(resolve_db_path(db), read_only=True) as store:
            yield store
    except DyadError as e:
        fail(e)


def read_rows(read: Callable[[Store], list[dict[str, Any]]], db: str | None) -> list[dict[str, Any]]:
    with reading(db) as store:
        try:
            return read(store)
        except DyadError as e:
            fail(e)
    return []


def emit(rows: list[dict[str, Any]], fmt: str, columns: list[str], out_file: Path | None = None,
          title: str | None = None, db: str | None = None, force: bool = False) -> None:
    """Rows as a table (these columns), or CSV (these columns), JSON or JSON Lines (every field)."""
    if fmt == "table":
        t = Table(title=title, show_lines=False)
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*[short(r.get(c)) for c in columns])
        out.print(t)
        return
    if out_file is None:
        write_rows(rows, fmt, sys.stdout, columns if fmt == "csv" else None)
        return
    try:
        with output_path(out_file, resolve_db_path(db), force) as tmp, tmp.open("w", encoding="utf-8",
                                                                              newline="") as fh:
            write_rows(rows, fmt, fh, columns if fmt == "csv" else None)
    except DyadError as e:
        fail(e)
    say(f"{len(rows)} record(s) written to {out_file}")


def check_out(out_file: Path | None, db: str | None, force: bool) -> None:
    """Refuse a bad --out before any work is done."""
    if out_file is not None:
        try:
            check_output(out_file, resolve_db_path(db), force)
        except DyadError as e:
            fail(e)


__all__ = [
    "ActorKind",
    "CountsFormat",
    "DbOption",
    "DyadFilter",
    "DyadOption",
    "ExportAs",
    "ExportFormat",
    "FirstCountry",
    "ForceOption",
    "JsonlFormat",
    "LinesFormat",
    "ListFormat",
    "OneLineErrors",
    "OutOption",
    "ReadFormat",
    "SecondCountry",
    "SideFilter",
    "StatusFilter",
    "TableFormat",
    "TimelineFormat",
    "TypeFilter",
    "check_out",
    "check_pair",
    "emit",
    "err",
    "fail",
    "out",
    "read_rows",
    "reading",
    "say",
]
