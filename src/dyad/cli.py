"""The `dyad` command line: thin, it parses options and calls the library."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from dyad.cli_support import (
    ActorKind,
    CountsFormat,
    DbOption,
    DyadFilter,
    DyadOption,
    ExportAs,
    ExportFormat,
    FirstCountry,
    ForceOption,
    JsonlFormat,
    LinesFormat,
    ListFormat,
    OneLineErrors,
    OutOption,
    ReadFormat,
    SecondCountry,
    SideFilter,
    StatusFilter,
    TableFormat,
    TimelineFormat,
    TypeFilter,
    check_out,
    check_pair,
    emit,
    err,
    fail,
    out,
    read_rows,
    reading,
    say,
)
from dyad.errors import ConfigError, DyadError
from dyad.formats import write_rows
from dyad.gazetteer import country_name
from dyad.ingest.readers import decode
from dyad.numbers import readable
from dyad.output import check_output, output_path
from dyad.query import (
    EventFilter,
    actors,
    agenda,
    country_code,
    date_range,
    dyad_counts,
    events,
    indicators,
    parse_dyad,
    plover_records,
    sentence_rows,
    statements,
    timeline,
)
from dyad.records import AGENDA_STATUSES, Skipped
from dyad.report.brief import build_brief, write
from dyad.runner import IngestReport, code_records, ingest_all
from dyad.runner import watch as watch_paths
from dyad.search.ask import ask
from dyad.search.index import SearchIndex, index_path, reset
from dyad.settings import Settings, resolve_db_path
from dyad.store.duckdb_store import Store, write_parquet
from dyad.times import Context, find_times, parse_iso_date

app = typer.Typer(
    help="Dyad: a dated, source-cited record of the relationship between two countries.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, cls=OneLineErrors,
)
export_app = typer.Typer(help="Export records in standard shapes.", no_args_is_help=True)
app.add_typer(export_app, name="export")
@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(
        help="Files or folders (.txt .md .html .htm .jsonl .rss .atom .xml feeds, .warc/.warc.gz archives, .csv, "
             ".pdf); - for stdin.")],
    db: DbOption = None,
    processes: Annotated[int, typer.Option(
        "--processes", "-j", min=1, max=64,
        help="Worker processes for extraction; the record is the same for any number.")] = 1,
    text_column: Annotated[str | None, typer.Option(
        "--text-column", help="The text column of CSV input (else text, body, content or article).")] = None,
) -> None:
    """Read documents, extract events, and store them. Re-ingesting the same text adds nothing.

    The database is held only while documents are written, so `dyad serve` and other readers
    answer during the run, and a second ingest into the same file waits its turn."""
    settings = Settings(db_path=resolve_db_path(db), processes=processes, csv_text_column=text_column)
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                  MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True,
                  disable=not err.is_terminal) as bar:
        task = bar.add_task("ingesting", total=None)
        try:
            report = ingest_all(paths, settings.db_path, settings, index=SearchIndex(index_path(settings.db_path)),
                                on_item=lambda item: bar.advance(task), on_skip=lambda s: say(f"skipped {s}"),
                                on_wait=say)
        except DyadError as e:
            fail(e)
    if report.index_error:
        say(f"search index not updated: {report.index_error}")
    say(f"{report.new} new document(s), {report.events} event(s); {report.already} already stored; "
         f"{len(report.skipped)} skipped; database {settings.db_path}")
    if report.ignored:
        say(f"not read: {len(report.ignored)} file(s) that are not articles (e.g. {report.ignored[0]})")
    if report.skipped:
        err.print(f"[yellow]{len(report.skipped)} input(s) were skipped; see the lines above.[/yellow]")
        raise typer.Exit(1)


@app.command()
def watch(
    paths: Annotated[list[str], typer.Argument(
        help="Folders (or files) to watch; feeds saved into them are read too.")],
    db: DbOption = None,
    every: Annotated[float, typer.Option(min=1.0, help="Seconds between two looks.")] = 60.0,
    rounds: Annotated[int | None, typer.Option(
        min=1, help="Stop after this many looks (else run until stopped).")] = None,
    processes: Annotated[int, typer.Option("--processes", "-j", min=1, max=64, help="Worker processes.")] = 1,
) -> None:
    """Ingest what is new or changed in folders as it arrives; safe to stop (even kill) and start again."""
    settings = Settings(db_path=resolve_db_path(db), processes=processes)
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        fail(DyadError(f"{missing[0]}: no such file or folder"))

    def said(files: int, report: IngestReport) -> None:
        if report.index_error and not report.new:
            say(f"this round failed, trying again next: {report.index_error}")
        elif files:
            say(f"{files} new or changed file(s): {report.new} new document(s), {report.events} event(s), "
                 f"{report.already} already stored, {len(report.skipped)} skipped")
        for s in report.skipped:
            say(f"skipped {s}")

    say(f"watching {', '.join(paths)} every {every:.0f} s into {settings.db_path} (Ctrl-C stops)")
    try:
        watch_paths(paths, settings.db_path, settings, every=every, rounds=rounds,
                    index=SearchIndex(index_path(settings.db_path)), on_round=said)
    except KeyboardInterrupt:
        say("stopped")


EVENT_COLUMNS = ["date", "type", "status", "dyad", "headline", "evidence"]
EVENT_EXPORT_COLUMNS = ["id", "date", "type", "plover", "plover_mode", "cameo", "goldstein", "status", "dyad",
                        "source_actor", "target_actor", "participants", "location", "sectors", "headline", "summary",
                        "confidence", "document_id", "evidence"]


@app.command("events")
def events_cmd(
    dyad: DyadFilter = None,
    since: Annotated[str | None, typer.Option(help="Earliest date: 2024, 2024-06 or 2024-06-01.")] = None,
    until: Annotated[str | None, typer.Option(help="Latest date: 2025, 2025-06 or 2025-06-30.")] = None,
    type: TypeFilter = None,
    status: StatusFilter = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.", min=0)] = None,
    format: ListFormat = TableFormat.table,
    db: DbOption = None,
) -> None:
    """List stored events, filtered by dyad, date range, type and status."""
    f = EventFilter(dyad=dyad, since=since, until=until, type=type, status=status, limit=limit)
    rows = read_rows(lambda st: events(st, f), db)
    emit(rows, format.value, EVENT_COLUMNS if format.value in ("table", "csv") else [])


@app.command("timeline")
def timeline_cmd(
    a: FirstCountry, b: SecondCountry, format: ReadFormat = TimelineFormat.table, db: DbOption = None,
    no_statements: Annotated[bool, typer.Option("--no-statements", help="Leave statements out.")] = False,
) -> None:
    """The relationship's dated timeline: what happened (and is planned) when, and who says so; the
    same events as `dyad events --dyad A-B` and the web timeline."""
    check_pair(a, b)
    rows = read_rows(lambda st: timeline(st, a, b, statements=not no_statements), db)
    if not rows:
        say(f"no events for {parse_dyad([a, b])} in this database (see `dyad events` for the pairs on record)")
    title = f"{country_name(a.upper())} – {country_name(b.upper())}"
    if format == TimelineFormat.json:
        write_rows(rows, "json", sys.stdout)
    elif format == TimelineFormat.md:
        lines = [f"# Timeline: {title}", ""]
        for r in rows:
            src = r["evidence"][0] if r["evidence"] else {}
            status = "" if r["status"] == "occurred" else f" ({r['status']})"
            lines.append(f"- **{r['date'] or 'date unknown'}** · {r['type']}{status}: {r['headline']}  ")
            lines.append(f"  _source: {src.get('source')}, characters {src.get('start')}–{src.get('end')}_")
        sys.stdout.write("\n".join(lines) + "\n")
    else:
        for r in rows:
            r["what"], r["date"] = r["headline"], r["date"] or "unknown"
            r["sources"] = f"{r['evidence'][0]['source'] if r['evidence'] else ''} ({len(r['evidence'])})"
        emit(rows, "table", ["date", "type", "status", "what", "sources"], title=f"Timeline: {title}")


@app.command("agenda")
def agenda_cmd(
    a: FirstCountry, b: SecondCountry, format: ReadFormat = TimelineFormat.table, db: DbOption = None) -> None:
    """The agenda board: projects, agreements and talks by current status, with their history."""
    check_pair(a, b)
    rows = read_rows(lambda st: agenda(st, dyad=parse_dyad([a, b])), db)
    if format == TimelineFormat.json:
        write_rows(rows, "json", sys.stdout)
        return
    order = {s: i for i, s in enumerate(AGENDA_STATUSES)}
    rows.sort(key=lambda r: (order.get(r["status"], len(order)), r["title"]))
    title = f"Agenda: {country_name(a.upper())} – {country_name(b.upper())}"
    if format == TimelineFormat.md:
        lines = [f"# {title}", ""]
        for status in dict.fromkeys(r["status"] or "unknown" for r in rows):
            lines.append(f"## {status}")
            for r in (r for r in rows if (r["status"] or "unknown") == status):
                steps = " → ".join(f"{h['status']} ({h['as_of'] or 'undated'})" for h in r["history"])
                lines.append(f"- **{r['title']}** ({r['kind']}): {steps}")
            lines.append("")
        sys.stdout.write("\n".join(lines))
        return
    for r in rows:
        r["item"], r["steps"] = r["title"], f"{len(r['history'])} step(s)"
    emit(rows, "table", ["status", "item", "kind", "as_of", "steps"], title=title)


@app.command("actors")
def actors_cmd(
    kind: Annotated[ActorKind | None, typer.Option(help="person, org or country.")] = None,
    side: SideFilter = None,
    limit: Annotated[int, typer.Option(help="At most this many actors.", min=0)] = 50,
    format: ListFormat = TableFormat.table,
    db: DbOption = None,
) -> None:
    """The people, bodies and countries that carry the relationship, one per actor across spellings."""
    try:
        code = country_code(side) if side else None
    except DyadError as e:
        fail(e)
    rows = read_rows(lambda st: actors(st, kind=kind.value if kind else None, code=code)[:limit], db)
    for r in rows:
        r["roles_seen"] = "; ".join(f"{x['role']} ({x['first_seen'] or '?'}–{x['last_seen'] or '?'})"
                                    for x in r["roles"])
    emit(rows, format.value, ["name", "kind", "side", "role", "mentions", "aliases", "roles_seen"])


@app.command("statements")
def statements_cmd(
    dyad: DyadFilter = None, format: ListFormat = TableFormat.table, db: DbOption = None) -> None:
    """Who said what: speaker, side, date, stance (Goldstein scale) and the quoted sentence."""
    rows = read_rows(lambda st: statements(st, dyad=dyad), db)
    for r in rows:
        r["quote"] = r["evidence"][0]["text"]
    emit(rows, format.value, ["date", "speaker", "side", "stance", "tone", "quote"])


INDICATOR_COLUMNS = ["key", "period", "value", "unit", "qualifier", "change", "dyad", "name", "evidence"]


@app.command("indicators")
def indicators_cmd(
    dyad: DyadFilter = None, format: ListFormat = TableFormat.table, db: DbOption = None) -> None:
    """Numbers that describe the relationship (trade, scholarships, loans...), series by series."""
    rows = read_rows(lambda st: indicators(st, dyad=dyad), db)
    if format.value == "table":  # as people write numbers: "12.5 million", "7,500"
        rows = [{**r, "value": readable(r["value"])} for r in rows]
    emit(rows, format.value, INDICATOR_COLUMNS)


EXPORT_COLUMNS = {
    "events": EVENT_EXPORT_COLUMNS,
    "agenda": ["id", "title", "kind", "status", "as_of", "dyad", "history", "evidence"],
    "indicators": ["id", "key", "name", "value", "unit", "qualifier", "period", "change", "dyad", "document_id",
                   "evidence"],
    "statements": ["id", "date", "speaker", "speaker_role", "side", "topic", "stance", "tone", "dyad",
                   "first_person", "document_id", "evidence"],
}


def _record_export(name: str, read: Callable[[Store, str | None], list[dict[str, Any]]], doc: str) -> None:
    """Register `dyad export NAME`: every record of one kind, as JSON Lines or CSV."""

    def command(format: ExportAs = ExportFormat.jsonl, out_file: OutOption = None, dyad: DyadOption = None,
                db: DbOption = None, force: ForceOption = False) -> None:
        check_out(out_file, db, force)
        emit(read_rows(lambda st: read(st, dyad), db), format.value, EXPORT_COLUMNS[name], out_file, db=db, force=force)

    command.__doc__ = doc
    export_app.command(name)(command)


_record_export("events", lambda st, d: events(st, EventFilter(dyad=d)),
               "Every stored event with its evidence (the contract in shared/eval/README.md).")
_record_export("agenda", lambda st, d: agenda(st, dyad=d),
               "Every agenda item: title, kind, status, dyad, history [{status, as_of, evidence}], and as evidence "
               "every span its history cites.")
_record_export("indicators", lambda st, d: indicators(st, dyad=d),
               "Every stored indicator with its evidence (name, value, unit, qualifier, period, change, dyad).")
_record_export("statements", lambda st, d: statements(st, dyad=d),
               "Every stored statement: speaker, role, side, date, topic, stance, tone, and the quote as evidence.")


@export_app.command("plover")
def export_plover(out_file: OutOption = None, dyad: DyadOption = None, db: DbOption = None,
                  force: ForceOption = False) -> None:
    """Events as PLOVER-style JSON records (actor, recipient, event, mode, context, quad_code...), one a line."""
    check_out(out_file, db, force)
    emit(read_rows(lambda st: plover_records(st, dyad=dyad), db), "jsonl", [], out_file, db=db, force=force)


@export_app.command("counts")
def export_counts(
    by: Annotated[str, typer.Option(help="day or month.")] = "month",
    format: Annotated[CountsFormat, typer.Option("--format", help="csv or parquet (parquet needs --out).")] = (
        CountsFormat.csv
    ),
    out_file: OutOption = None, dyad: DyadOption = None, db: DbOption = None, force: ForceOption = False,
) -> None:
    """Dyad-day or dyad-month counts of occurred events by type, with the mean Goldstein value."""
    check_out(out_file, db, force)
    rows = read_rows(lambda st: dyad_counts(st, by=by, dyad=dyad), db)
    if format == CountsFormat.csv:
        emit(rows, "csv", list(rows[0]) if rows else [], out_file, db=db, force=force)
        return
    try:
        if out_file is None:
            raise ConfigError("--format parquet writes a file: give --out FILE.parquet")
        with output_path(out_file, resolve_db_path(db), force) as tmp:
            write_parquet(rows, tmp)
    except DyadError as e:
        fail(e)
    say(f"{len(rows)} row(s) written to {out_file}")


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help='Words, "a phrase", or both (BM25 over sentences).')] = "",
    dyad: Annotated[str | None, typer.Option(help="Only sentences about this dyad, e.g. PAK-RUS.")] = None,
    since: Annotated[str | None, typer.Option(help="Documents dated from: 2024, 2024-06 or 2024-06-01.")] = None,
    until: Annotated[str | None, typer.Option(help="Documents dated until: 2025, 2025-06 or 2025-06-30.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet (as given at ingest).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many hits.", min=1)] = 10,
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Rebuild the index from the database first.")] = False,
    format: ListFormat = TableFormat.table,
    db: DbOption = None,
) -> None:
    """Find the sentences that say something, with their source and offsets."""
    path = resolve_db_path(db)
    if not query and not rebuild:
        fail(DyadError('give words or a "phrase" to search for (or --rebuild to rebuild the index)'))
    if rebuild:
        rows = read_rows(sentence_rows, db)
        reset(index_path(path))
        SearchIndex(index_path(path)).add(rows)
        say(f"search index rebuilt: {len(rows)} sentence(s)")
    if not query:
        return
    try:
        if not path.exists():
            raise ConfigError(f"{path}: no such database (run `dyad ingest` first, or pass --db)")
        first, last = date_range(since, until)
        hits = SearchIndex(index_path(path)).search(
            query, dyad=parse_dyad(dyad) if dyad else None, since=first, until=last, outlet=outlet, limit=limit)
    except DyadError as e:
        fail(e)
    emit([h.as_dict() for h in hits], format.value,
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
    if not question.strip():
        fail(DyadError('give a question, e.g. "When did the 9th IGC meet?"'))
    with reading(db) as store:
        result = ask(store, SearchIndex(index_path(path)), question)
    if format == TimelineFormat.json:
        sys.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2) + "\n")
        return
    if format == TimelineFormat.md:
        lines = [f"**{result.answer}**"]
        if result.quote:
            lines += ["", f"> {result.quote}", "", f"— {result.source}, characters {result.start}–{result.end}"]
        sys.stdout.write("\n".join(lines) + "\n")
        return
    out.print(result.answer, markup=False)
    if result.quote:
        out.print(f"  “{result.quote}”", markup=False)
        out.print(f"  — {result.source}, characters {result.start}–{result.end}", markup=False)


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option(help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.", min=1, max=65535)] = 8000,
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
        fail(e)
    say(f"Dyad on http://{host}:{port}/ (API docs at /docs), database {path}")
    uvicorn.run(application, host=host, port=port, log_level="warning")


@app.command("brief")
def brief_cmd(
    a: FirstCountry,
    b: SecondCountry,
    out_file: Annotated[Path, typer.Option("--out", help="brief.md, brief.html or brief.pdf.")] = Path("brief.md"),
    db: DbOption = None,
    force: ForceOption = False,
) -> None:
    """A brief to paste into a memo: events, agenda, indicators, actors, framing, numbered citations."""
    with reading(db) as store:
        try:
            check_output(out_file, resolve_db_path(db), force)
            data = build_brief(store, a, b)
            with output_path(out_file, resolve_db_path(db), force) as tmp:
                write(data, tmp)
        except DyadError as e:
            fail(e)
    say(f"brief written to {out_file} ({len(data.citations)} citations)")


def _read_input(path: str) -> str:
    """A text from a file or standard input, decoded as `dyad ingest` decodes it."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as e:
        raise DyadError(f"{path}: cannot read: {e.strerror or e}") from e
    text, why = decode(data)
    if text is None:
        raise DyadError(f"{path}: {why}")
    return text


TextPath = Annotated[str, typer.Argument(help="A text file, or - for standard input.")]
AnchorDate = Annotated[str | None, typer.Option(help="Reference date (YYYY-MM-DD) for relative expressions.")]
CodedPath = Annotated[str, typer.Argument(help='A text file, JSON Lines of {"id", "text", "published"}, or -.')]
PublishedDate = Annotated[str | None, typer.Option(help="Reference date of a plain text (YYYY-MM-DD).")]


@app.command()
def dates(path: TextPath = "-", anchor: AnchorDate = None, format: LinesFormat = JsonlFormat.jsonl) -> None:
    """Time expressions in a text, as JSON Lines with EDTF and TIMEX3 values."""
    ref = parse_iso_date(anchor)
    try:
        if anchor and ref is None:
            raise DyadError(f"--anchor: not a date (use YYYY-MM-DD): {anchor!r}")
        text = _read_input(path)
    except DyadError as e:
        fail(e)
    write_rows([{"text": t.text, "start": t.start, "end": t.end, "edtf": t.edtf,
                 "timex3": {"type": t.timex_type, "value": t.timex_value}}
                for t in find_times(text, Context(ref=ref)) if not t.in_name], "jsonl", sys.stdout)


@app.command()
def code(path: CodedPath = "-", published: PublishedDate = None, format: LinesFormat = JsonlFormat.jsonl) -> None:
    """Code events in a text without a database, each with its headline; each event's evidence names its
    record's id."""
    problems = 0
    if published and parse_iso_date(published) is None:
        fail(DyadError(f"--published: not a date (use YYYY-MM-DD): {published!r}"))
    if path != "-" and not Path(path).is_file():
        fail(DyadError(f"{path}: no such file" + (" (give a file, not a folder)" if Path(path).is_dir() else "")))
    try:
        for item in code_records([path], Settings(), published=published):
            if isinstance(item, Skipped):
                say(f"skipped {item}")
                problems += 1
            else:
                sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
    except DyadError as e:
        fail(e)
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


__all__ = ["app", "main"]
