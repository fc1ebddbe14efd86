"""The `dyad` command line: thin, it parses options and calls the library."""

from __future__ import annotations

import csv
import io
import json
import sys
from dataclasses import replace
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from dyad.errors import ConfigError, DyadError
from dyad.gazetteer import country_name
from dyad.ingest.readers import read_inputs
from dyad.pipeline import process
from dyad.query import (
    EventFilter,
    actors,
    agenda,
    date_bound,
    dyad_counts,
    events,
    indicators,
    parse_dyad,
    plover_records,
    sentence_rows,
    statements,
    timeline,
)
from dyad.records import Skipped
from dyad.report.brief import build_brief, write
from dyad.search.ask import ask
from dyad.search.feed import rows_from_document
from dyad.search.index import SearchIndex, index_path, reset
from dyad.settings import Settings, resolve_db_path
from dyad.store.duckdb_store import Store, write_parquet
from dyad.times import Context, find_times, parse_iso_date

app = typer.Typer(
    help="Dyad: a dated, source-cited record of the relationship between two countries.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
)
export_app = typer.Typer(help="Export records in standard shapes.", no_args_is_help=True)
app.add_typer(export_app, name="export")
err = Console(stderr=True, soft_wrap=True)  # one message, one line: never wrapped mid-path
# piped output keeps whole lines; tables get a readable width
out = Console(highlight=False, soft_wrap=True, width=None if sys.stdout.isatty() else 160)

FirstCountry = Annotated[str, typer.Argument(help="First country (ISO3), e.g. PAK.")]
SecondCountry = Annotated[str, typer.Argument(help="Second country (ISO3), e.g. RUS.")]
DbOption = Annotated[str | None, typer.Option("--db", help="DuckDB file (else $DYAD_DB, else ./dyad.duckdb).")]


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


def _fail(e: Exception) -> None:
    err.print(f"[red]error:[/red] {e}", highlight=False)
    raise typer.Exit(2)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files or folders (.txt .md .html .htm .jsonl); - for stdin.")],
    db: DbOption = None,
) -> None:
    """Read documents, extract events, and store them. Re-ingesting the same text adds nothing."""
    settings = Settings(db_path=resolve_db_path(db))
    skipped: list[Skipped] = []
    ignored: list[str] = []
    new = old = n_events = 0
    to_index: list[dict[str, Any]] = []
    try:
        store = Store(settings.db_path)
    except DyadError as e:
        _fail(e)
    with store, Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                         MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True,
                         disable=not err.is_terminal) as bar:
        task = bar.add_task("ingesting", total=None)
        for item in read_inputs(paths, settings, ignored):
            bar.advance(task)
            if isinstance(item, Skipped):
                skipped.append(item)
                err.print(f"skipped {item}", highlight=False, markup=False)
                continue
            if store.has_document(item.id):
                old += 1
                continue
            try:
                doc = process(item, settings)
            except DyadError as e:
                _fail(e)
            except Exception as e:  # noqa: BLE001 - one bad document must not stop the run
                skipped.append(Skipped(item.source, f"could not be processed ({type(e).__name__}: {e})"))
                err.print(f"skipped {skipped[-1]}", highlight=False, markup=False)
                continue
            if store.save(doc):
                new += 1
                n_events += len(doc.events)
                to_index.extend(rows_from_document(doc))
        store.record_skipped(skipped)
    try:
        SearchIndex(index_path(settings.db_path)).add(to_index)
    except DyadError as e:
        err.print(f"[yellow]search index not updated:[/yellow] {e}", highlight=False)
    err.print(f"{new} new document(s), {n_events} event(s); {old} already stored; "
              f"{len(skipped)} skipped; database {settings.db_path}", highlight=False)
    if ignored:
        err.print(f"not read: {len(ignored)} file(s) that are not articles (e.g. {ignored[0]})",
                  highlight=False, markup=False)
    if skipped:
        err.print(f"[yellow]{len(skipped)} input(s) were skipped; see the lines above.[/yellow]")
        raise typer.Exit(1)


def _emit_rows(rows: list[dict[str, Any]], fmt: str, columns: list[str]) -> None:
    if fmt == "json":
        out.print(json.dumps(rows, ensure_ascii=False, indent=2), markup=False)
    elif fmt == "jsonl":
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: _flat(r.get(k)) for k in columns})
        sys.stdout.write(buf.getvalue())
    else:
        t = Table(show_lines=False)
        for c in columns:
            t.add_column(c, overflow="fold")
        for r in rows:
            t.add_row(*["" if r.get(c) is None else str(_flat(r.get(c))) for c in columns])
        out.print(t)


def _flat(v: Any) -> Any:
    if isinstance(v, list):
        if v and isinstance(v[0], dict):
            return " | ".join(f"{e.get('source')}:{e.get('start')}-{e.get('end')}" for e in v)
        return ";".join(str(x) for x in v)
    return v


EVENT_COLUMNS = ["date", "type", "status", "dyad", "summary", "evidence"]


@app.command("events")
def events_cmd(
    dyad: Annotated[str | None, typer.Option(help="Two ISO3 codes, e.g. PAK-RUS.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest date: 2024, 2024-06 or 2024-06-01.")] = None,
    until: Annotated[str | None, typer.Option(help="Latest date: 2025, 2025-06 or 2025-06-30.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Event type, e.g. visit, meeting, agreement.")] = None,
    status: Annotated[str | None, typer.Option(help="occurred, planned, ongoing or proposed.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """List stored events, filtered by dyad, date range, type and status."""
    try:
        with Store(resolve_db_path(db), read_only=True) as store:
            rows = events(store, EventFilter(dyad=dyad, since=since, until=until, type=type, status=status,
                                             limit=limit))
    except DyadError as e:
        _fail(e)
    cols = EVENT_COLUMNS if format == TableFormat.table else list(rows[0]) if rows else EVENT_COLUMNS
    _emit_rows(rows, format.value, cols)


@app.command("timeline")
def timeline_cmd(
    a: FirstCountry,
    b: SecondCountry,
    format: Annotated[TimelineFormat, typer.Option("--format", help="Output format.")] = TimelineFormat.table,
    db: DbOption = None,
) -> None:
    """The relationship's dated timeline: what happened (and is planned) when, and who says so."""
    rows = _read_rows(lambda st, _: timeline(st, a, b), db, None)
    title = f"{country_name(a.upper())} – {country_name(b.upper())}"
    if format == TimelineFormat.json:
        out.print(json.dumps(rows, ensure_ascii=False, indent=2), markup=False)
        return
    if format == TimelineFormat.md:
        lines = [f"# Timeline: {title}", ""]
        for r in rows:
            src = r["evidence"][0] if r["evidence"] else {}
            status = "" if r["status"] == "occurred" else f" ({r['status']})"
            lines.append(f"- **{r['date'] or 'date unknown'}** · {r['type']}{status}: {r['summary']}  ")
            lines.append(f"  _source: {src.get('source')}, characters {src.get('start')}–{src.get('end')}_")
        sys.stdout.write("\n".join(lines) + "\n")
        return
    t = Table(title=f"Timeline: {title}")
    for c in ("date", "type", "status", "what", "source"):
        t.add_column(c, overflow="fold")
    for r in rows:
        src = r["evidence"][0]["source"] if r["evidence"] else ""
        t.add_row(r["date"] or "unknown", r["type"], r["status"], r["summary"], f"{src} ({len(r['evidence'])})")
    out.print(t)


@app.command("agenda")
def agenda_cmd(
    a: FirstCountry,
    b: SecondCountry,
    format: Annotated[TimelineFormat, typer.Option("--format", help="Output format.")] = TimelineFormat.table,
    db: DbOption = None,
) -> None:
    """The agenda board: projects, agreements and talks by current status, with their history."""
    rows = _read_rows(lambda st, _: agenda(st, dyad=parse_dyad([a, b])), db, None)
    if format == TimelineFormat.json:
        out.print(json.dumps(rows, ensure_ascii=False, indent=2), markup=False)
        return
    by_status: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_status.setdefault(r["status"] or "unknown", []).append(r)
    if format == TimelineFormat.md:
        lines = [f"# Agenda: {country_name(a.upper())} – {country_name(b.upper())}", ""]
        for status in sorted(by_status):
            lines.append(f"## {status}")
            for r in by_status[status]:
                steps = " → ".join(f"{h['status']} ({h['as_of'] or 'undated'})" for h in r["history"])
                lines.append(f"- **{r['title']}** ({r['kind']}): {steps}")
            lines.append("")
        sys.stdout.write("\n".join(lines))
        return
    t = Table(title=f"Agenda: {country_name(a.upper())} – {country_name(b.upper())}")
    for c in ("status", "item", "kind", "as of", "history"):
        t.add_column(c, overflow="fold")
    for status in sorted(by_status):
        for r in by_status[status]:
            t.add_row(status, r["title"], r["kind"], r["as_of"] or "", str(len(r["history"])) + " step(s)")
    out.print(t)


@export_app.command("agenda")
def export_agenda(
    format: Annotated[ExportFormat, typer.Option("--format", help="jsonl or csv.")] = ExportFormat.jsonl,
    out_file: Annotated[Path | None, typer.Option("--out", help="Write here instead of standard output.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Only this dyad, e.g. PAK-RUS.")] = None,
    db: DbOption = None,
) -> None:
    """Every agenda item with its status history: title, kind, status, dyad, history [{status, as_of, evidence}]."""
    rows = _read_rows(lambda st, d: agenda(st, dyad=d), db, dyad)
    for r in rows:  # CSV carries the history as JSON in the evidence column
        r["evidence"] = r["history"]
    _write_export(rows, format, out_file, ["id", "title", "kind", "status", "as_of", "dyad", "evidence"])


class CountsFormat(StrEnum):
    csv = "csv"
    parquet = "parquet"


@export_app.command("plover")
def export_plover(
    out_file: Annotated[Path | None, typer.Option("--out", help="Write here instead of standard output.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Only this dyad, e.g. PAK-RUS.")] = None,
    db: DbOption = None,
) -> None:
    """Events as PLOVER-style JSON records (actor, recipient, event, mode, context, quad_code...), one a line."""
    rows = _read_rows(lambda st, d: plover_records(st, dyad=d), db, dyad)
    _write_export(rows, ExportFormat.jsonl, out_file, [])


@export_app.command("counts")
def export_counts(
    by: Annotated[str, typer.Option(help="day or month.")] = "month",
    format: Annotated[CountsFormat, typer.Option("--format", help="csv or parquet (parquet needs --out).")] = (
        CountsFormat.csv
    ),
    out_file: Annotated[Path | None, typer.Option("--out", help="Write here instead of standard output.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Only this dyad, e.g. PAK-RUS.")] = None,
    db: DbOption = None,
) -> None:
    """Dyad-day or dyad-month counts of occurred events by type, with the mean Goldstein value."""
    try:
        with Store(resolve_db_path(db), read_only=True) as store:
            rows = dyad_counts(store, by=by, dyad=dyad)
        if format == CountsFormat.parquet:
            if out_file is None:
                raise ConfigError("--format parquet writes a file: give --out FILE.parquet")
            write_parquet(rows, out_file)
            err.print(f"{len(rows)} row(s) written to {out_file}", highlight=False)
            return
    except DyadError as e:
        _fail(e)
    fh = out_file.open("w", encoding="utf-8", newline="") if out_file else sys.stdout
    try:
        if rows:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
    finally:
        if out_file:
            fh.close()


@app.command("actors")
def actors_cmd(
    kind: Annotated[str | None, typer.Option(help="person, org or country.")] = None,
    side: Annotated[str | None, typer.Option(help="Only actors of this country (ISO3), e.g. RUS.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many actors.")] = 50,
    format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """The people, bodies and countries that carry the relationship, one per actor across spellings."""
    try:
        with Store(resolve_db_path(db), read_only=True) as store:
            rows = actors(store, kind=kind, code=side)[:limit]
    except DyadError as e:
        _fail(e)
    for r in rows:
        r["roles_seen"] = "; ".join(f"{x['role']} ({x['first_seen'] or '?'}–{x['last_seen'] or '?'})"
                                    for x in r["roles"])
    cols = ["name", "kind", "side", "role", "mentions", "aliases", "roles_seen"]
    _emit_rows(rows, format.value, cols if format in (TableFormat.table, TableFormat.csv) else list(rows[0]) if rows
               else cols)


@app.command("statements")
def statements_cmd(
    dyad: Annotated[str | None, typer.Option(help="Two ISO3 codes, e.g. PAK-RUS.")] = None,
    format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """Who said what: speaker, side, date, stance (Goldstein scale) and the quoted sentence."""
    rows = _read_rows(lambda st, d: statements(st, dyad=d), db, dyad)
    for r in rows:
        r["quote"] = r["evidence"][0]["text"]
    cols = ["date", "speaker", "side", "stance", "tone", "quote"]
    _emit_rows(rows, format.value, cols if format in (TableFormat.table, TableFormat.csv) else list(rows[0]) if rows
               else cols)


@export_app.command("statements")
def export_statements(
    format: Annotated[ExportFormat, typer.Option("--format", help="jsonl or csv.")] = ExportFormat.jsonl,
    out_file: Annotated[Path | None, typer.Option("--out", help="Write here instead of standard output.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Only this dyad, e.g. PAK-RUS.")] = None,
    db: DbOption = None,
) -> None:
    """Every stored statement: speaker, role, side, date, topic, stance, tone, and the quote as evidence."""
    rows = _read_rows(lambda st, d: statements(st, dyad=d), db, dyad)
    _write_export(rows, format, out_file, ["id", "date", "speaker", "speaker_role", "side", "topic", "stance",
                                           "tone", "dyad", "first_person", "document_id", "evidence"])


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", or both (BM25 over sentences).')] = "",
    dyad: Annotated[str | None, typer.Option(help="Only sentences about this dyad, e.g. PAK-RUS.")] = None,
    since: Annotated[str | None, typer.Option(help="Documents dated from: 2024, 2024-06 or 2024-06-01.")] = None,
    until: Annotated[str | None, typer.Option(help="Documents dated until: 2025, 2025-06 or 2025-06-30.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet (as given at ingest).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many hits.")] = 10,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Rebuild the index from the database first.")] = False,
    format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """Find the sentences that say something, with their source and offsets."""
    path = resolve_db_path(db)
    try:
        if rebuild:
            with Store(path, read_only=True) as store:
                rows = sentence_rows(store)
            reset(index_path(path))
            SearchIndex(index_path(path)).add(rows)
            err.print(f"search index rebuilt: {len(rows)} sentence(s)", highlight=False)
        if not query:
            return
        if not path.exists():
            raise ConfigError(f"{path}: no such database (run `dyad ingest` first, or pass --db)")
        hits = SearchIndex(index_path(path)).search(
            query, dyad=parse_dyad(dyad) if dyad else None, since=date_bound(since, 0, "since"),
            until=date_bound(until, 1, "until"), outlet=outlet, limit=limit)
    except DyadError as e:
        _fail(e)
    _emit_rows([h.as_dict() for h in hits], format.value,
               ["score", "date", "source", "text"] if format == TableFormat.table else
               ["score", "date", "dyad", "outlet", "source", "start", "end", "text"])


@app.command("ask")
def ask_cmd(
    question: Annotated[str, typer.Argument(help='A question, e.g. "When did the 9th IGC meet?"')],
    format: Annotated[TimelineFormat, typer.Option("--format", help="table (text), md or json.")] = (
        TimelineFormat.table
    ),
    db: DbOption = None,
) -> None:
    """Answer a question from the record, with the quoted sentence and its source, or say the corpus does not say."""
    path = resolve_db_path(db)
    try:
        with Store(path, read_only=True) as store:
            result = ask(store, SearchIndex(index_path(path)), question)
    except DyadError as e:
        _fail(e)
    if format == TimelineFormat.json:
        out.print(json.dumps(result.as_dict(), ensure_ascii=False, indent=2), markup=False)
        return
    out.print(result.answer, markup=False)
    if result.quote:
        out.print(f"  “{result.quote}”", markup=False)
        out.print(f"  — {result.source}, characters {result.start}–{result.end}", markup=False)


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    db: DbOption = None,
) -> None:
    """The dashboard and the REST API (read-only; ingest over the API only with DYAD_TOKEN set)."""
    import os

    import uvicorn

    from dyad.web.app import create_app

    path = resolve_db_path(db)
    try:
        application = create_app(path, token=os.environ.get("DYAD_TOKEN") or None)
    except DyadError as e:
        _fail(e)
    err.print(f"Dyad on http://{host}:{port}/ (API docs at /docs), database {path}", highlight=False)
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command("brief")
def brief_cmd(
    a: FirstCountry,
    b: SecondCountry,
    out_file: Annotated[Path, typer.Option("--out", help="brief.md, brief.html or brief.pdf.")] = Path("brief.md"),
    db: DbOption = None,
) -> None:
    """A brief to paste into a memo: events, agenda, indicators, actors, framing, numbered citations."""
    try:
        with Store(resolve_db_path(db), read_only=True) as store:
            data = build_brief(store, a, b)
        write(data, out_file)
    except DyadError as e:
        _fail(e)
    err.print(f"brief written to {out_file} ({len(data.citations)} citations)", highlight=False)


INDICATOR_COLUMNS = ["key", "period", "value", "unit", "qualifier", "change", "dyad", "name", "evidence"]


@app.command("indicators")
def indicators_cmd(
    dyad: Annotated[str | None, typer.Option(help="Two ISO3 codes, e.g. PAK-RUS.")] = None,
    format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.table,
    db: DbOption = None,
) -> None:
    """Numbers that describe the relationship (trade, scholarships, loans...), series by series."""
    rows = _read_rows(lambda st, d: indicators(st, dyad=d), db, dyad)
    _emit_rows(rows, format.value, INDICATOR_COLUMNS if format == TableFormat.table or not rows else list(rows[0]))


@export_app.command("indicators")
def export_indicators(
    format: Annotated[ExportFormat, typer.Option("--format", help="jsonl or csv.")] = ExportFormat.jsonl,
    out_file: Annotated[Path | None, typer.Option("--out", help="Write here instead of standard output.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Only this dyad, e.g. PAK-RUS.")] = None,
    db: DbOption = None,
) -> None:
    """Every stored indicator with its evidence (name, value, unit, qualifier, period, change, dyad)."""
    rows = _read_rows(lambda st, d: indicators(st, dyad=d), db, dyad)
    _write_export(rows, format, out_file, ["id", "key", "name", "value", "unit", "qualifier", "period", "change",
                                           "dyad", "document_id", "evidence"])


@export_app.command("events")
def export_events(
    format: Annotated[ExportFormat, typer.Option("--format", help="jsonl or csv.")] = ExportFormat.jsonl,
    out_file: Annotated[Path | None, typer.Option("--out", help="Write here instead of standard output.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Only this dyad, e.g. PAK-RUS.")] = None,
    db: DbOption = None,
) -> None:
    """Every stored event with its evidence (the contract in shared/eval/README.md)."""
    rows = _read_rows(lambda st, d: events(st, EventFilter(dyad=d)), db, dyad)
    _write_export(rows, format, out_file, ["id", "date", "type", "plover", "plover_mode", "cameo", "goldstein",
                                           "status", "dyad", "source_actor", "target_actor", "participants",
                                           "location", "sectors", "summary", "confidence", "document_id",
                                           "evidence"])


def _read_rows(read: Any, db: str | None, dyad: str | None) -> list[dict[str, Any]]:
    """Rows from a query function over the database, or a clear error and exit 2."""
    try:
        with Store(resolve_db_path(db), read_only=True) as store:
            return list(read(store, dyad))
    except DyadError as e:
        _fail(e)
    return []


def _write_export(rows: list[dict[str, Any]], format: ExportFormat, out_file: Path | None, cols: list[str]) -> None:
    """JSON Lines (every field) or CSV (these columns; evidence as JSON) to a file or standard output."""
    fh = out_file.open("w", encoding="utf-8", newline="") if out_file else sys.stdout
    try:
        if format == ExportFormat.jsonl:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            for r in rows:
                rec = {k: _flat(r.get(k)) for k in cols}
                rec["evidence"] = json.dumps(r["evidence"], ensure_ascii=False)
                w.writerow(rec)
    finally:
        if out_file:
            fh.close()
            err.print(f"{len(rows)} record(s) written to {out_file}", highlight=False)


def _read_input(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    p = Path(path)
    if not p.is_file():
        raise DyadError(f"{path}: no such file")
    try:
        return p.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        raise DyadError(f"{path}: not UTF-8 text ({e.reason})") from e


@app.command()
def dates(
    path: Annotated[str, typer.Argument(help="A text file, or - for standard input.")] = "-",
    anchor: Annotated[str | None, typer.Option(help="Reference date (YYYY-MM-DD) for relative expressions.")] = None,
    format: Annotated[JsonlFormat, typer.Option("--format", help="Output format.")] = JsonlFormat.jsonl,
) -> None:
    """Time expressions in a text, as JSON Lines with EDTF and TIMEX3 values."""
    ref = parse_iso_date(anchor)
    try:
        if anchor and ref is None:
            raise DyadError(f"--anchor: not a date (use YYYY-MM-DD): {anchor!r}")
        text = _read_input(path)
    except DyadError as e:
        _fail(e)
    for t in find_times(text, Context(ref=ref)):
        if t.in_name:
            continue
        rec = {"text": t.text, "start": t.start, "end": t.end, "edtf": t.edtf,
               "timex3": {"type": t.timex_type, "value": t.timex_value}}
        sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")


@app.command()
def code(
    path: Annotated[str, typer.Argument(help='A text file, JSON Lines of {"id", "text", "published"}, or -.')] = "-",
    published: Annotated[str | None, typer.Option(help="Reference date of a plain text (YYYY-MM-DD).")] = None,
    format: Annotated[JsonlFormat, typer.Option("--format", help="Output format.")] = JsonlFormat.jsonl,
) -> None:
    """Code events in a text without a database; each event's evidence names its record's id."""
    settings = Settings()
    problems = 0
    try:
        for item in read_inputs([path], settings):
            if isinstance(item, Skipped):
                err.print(f"skipped {item}", highlight=False, markup=False)
                problems += 1
                continue
            if published and not item.published:
                item = replace(item, published=published)
            for ev in process(item, settings).events:
                sys.stdout.write(json.dumps(ev.as_dict(), ensure_ascii=False) + "\n")
    except DyadError as e:
        _fail(e)
    if problems:
        raise typer.Exit(1)


def main() -> None:
    """The console entry point: a bug ends in one clear line and exit status 70, not a traceback."""
    try:
        app()
    except Exception as e:  # noqa: BLE001 - the last guard before the user's terminal
        err.print(f"[red]internal error:[/red] {type(e).__name__}: {e}. This is a bug in Dyad; please report it "
                  "with the command that caused it.", highlight=False)
        sys.exit(70)


if __name__ == "__main__":  # pragma: no cover
    main()


__all__ = ["app", "parse_dyad"]
