"""The command line, through the command line: every command documented, filters, formats, errors."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from conftest import EXAMPLES, run
from dyad.times import edtf_bounds


def _commands() -> list[list[str]]:
    """Every command of the Typer app, sub-commands included, read from the app itself."""
    from typing import Any

    import typer

    from dyad.cli import app

    def walk(cmd: Any, path: list[str]) -> list[list[str]]:
        subs = getattr(cmd, "commands", None)
        if subs:  # a group: its commands, each with its own help
            return [p for name, sub in sorted(subs.items()) for p in walk(sub, path + [name])]
        return [path]

    return walk(typer.main.get_command(app), [])


COMMANDS = _commands()


def test_the_command_list_is_read_from_the_app() -> None:
    assert {"ingest", "events", "serve", "code"} <= {c[0] for c in COMMANDS}
    assert ["export", "plover"] in COMMANDS and len(COMMANDS) >= 19


@pytest.mark.parametrize("cmd", COMMANDS, ids=" ".join)
def test_every_command_has_help(cmd: list[str]) -> None:
    code, stdout, _ = run(*cmd, "--help")
    assert code == 0
    assert "Usage" in stdout and len(stdout) > 200


def test_examples_give_an_india_japan_timeline(examples_db: Path) -> None:
    code, stdout, _ = run("timeline", "IND", "JPN", "--db", str(examples_db), "--format", "json")
    assert code == 0
    rows = json.loads(stdout)
    assert len(rows) >= 10
    starts = [edtf_bounds(r["date"])[0] if r["date"] else date.max for r in rows]  # type: ignore[index]
    assert starts == sorted(starts)  # oldest first, undated last
    assert {"meeting", "military_exercise", "agreement"} <= {r["type"] for r in rows}
    for r in rows:
        assert r["dyad"] == "IND-JPN"
        for e in r["evidence"]:
            assert e["text"] and e["end"] - e["start"] == len(e["text"])


def test_examples_evidence_is_the_document_slice(examples_db: Path) -> None:
    from dyad.query import document_text
    from dyad.store.duckdb_store import Store

    with Store(examples_db, read_only=True) as store:
        rows = store.rows("SELECT document_id, start, \"end\", text FROM evidence")
        assert rows
        for r in rows:
            assert (document_text(store, r["document_id"]) or "")[r["start"] : r["end"]] == r["text"]


def test_filters(examples_db: Path) -> None:
    db = str(examples_db)
    _, stdout, _ = run("events", "--db", db, "--dyad", "JPN-IND", "--since", "2024", "--until", "2024-06",
                       "--format", "jsonl")
    rows = [json.loads(x) for x in stdout.splitlines()]
    assert rows
    for r in rows:
        assert r["date"] and "2024" <= r["date"][:7] <= "2024-06"
    _, stdout, _ = run("events", "--db", db, "--type", "military_exercise", "--format", "json")
    assert {r["type"] for r in json.loads(stdout)} == {"military_exercise"}


@pytest.mark.parametrize(("args", "message"), [
    (["--dyad", "PAK"], "a dyad is two ISO 3166 alpha-3 codes"),
    (["--dyad", "PAK-XYZ"], "unknown country code 'XYZ'"),
    (["--since", "last spring"], "--since: not a date"),
    (["--type", "party"], "--type: unknown event type"),
])
def test_bad_filters_are_clear_errors(examples_db: Path, args: list[str], message: str) -> None:
    code, _, stderr = run("events", "--db", str(examples_db), *args)
    assert code == 2 and message in stderr


@pytest.mark.parametrize(("args", "message"), [
    (["events", "--dyad", "PAK-PAK"], "two different countries"),
    (["timeline", "PAK", "PAK"], "two different countries"),
    (["agenda", "RUS", "rus"], "two different countries"),
    (["actors", "--kind", "people"], "Invalid value for '--kind'"),
    (["actors", "--side", "XX"], "unknown country code 'XX'"),
    (["events", "--status", "done"], "--status: unknown status"),
    (["events", "--limit", "-1"], "Invalid value for '--limit'"),
    (["search"], "give words"),
    (["brief", "PAK", "RUS", "--out", "/nonexistent/b.md"], "no such folder"),
    (["code", "--published", "2025/01/25", "-"], "--published: not a date"),
])
def test_every_kind_of_bad_argument_is_one_line_and_exit_2(examples_db: Path, args: list[str], message: str) -> None:
    code, _, stderr = run(*args, "--db", str(examples_db)) if args[0] != "code" else run(*args, input="x")
    assert code == 2 and message in stderr, stderr
    assert "internal error" not in stderr


def test_ask_writes_markdown_when_asked(examples_db: Path) -> None:
    code, stdout, _ = run("ask", "When did Kishida visit Delhi?", "--format", "md", "--db", str(examples_db))
    assert code == 0 and stdout.startswith("**") and "│" not in stdout


def test_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    code, _, stderr = run("events", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "no such database" in stderr


def test_export_csv_and_markdown_timeline(examples_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    code, _, _ = run("export", "events", "--db", str(examples_db), "--format", "csv", "--out", str(out))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows and all(json.loads(r["evidence"]) for r in rows)
    code, stdout, _ = run("timeline", "IND", "JPN", "--db", str(examples_db), "--format", "md")
    assert stdout.startswith("# Timeline: India – Japan") and "- **2024-08-20** · meeting" in stdout


def test_db_from_the_environment(examples_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DYAD_DB", str(examples_db))
    code, stdout, _ = run("events", "--format", "json")
    assert code == 0 and json.loads(stdout)


def test_dates_command() -> None:
    code, stdout, _ = run("dates", "--anchor", "2026-02-09", "-",
                          input="Last November the 10th session met; the next is due in the spring of 2027.")
    rows = [json.loads(x) for x in stdout.splitlines()]
    assert code == 0
    assert rows[0] == {"text": "Last November", "start": 0, "end": 13, "edtf": "2025-11",
                       "timex3": {"type": "DATE", "value": "2025-11"}}
    assert rows[1]["edtf"] == "2027-21" and rows[1]["timex3"]["value"] == "2027-SP"


def test_code_command_names_each_record(tmp_path: Path) -> None:
    feed = tmp_path / "in.jsonl"
    feed.write_text(
        json.dumps({"id": "s1", "published": "2025-03-02",
                    "text": "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shigeru Ishiba in "
                            "Tokyo on Saturday."}) + "\n"
        + json.dumps({"id": "s2", "text": "Turkey and Azerbaijan signed a gas agreement on June 3, 2024."}) + "\n")
    code, stdout, _ = run("code", str(feed))
    events = [json.loads(x) for x in stdout.splitlines()]
    assert code == 0
    by_source = {e["evidence"][0]["source"]: e for e in events}
    assert by_source["s1"]["type"] == "meeting" and by_source["s1"]["date"] == "2025-03-01"
    assert by_source["s1"]["dyad"] == "IND-JPN"
    assert by_source["s2"]["type"] == "agreement" and by_source["s2"]["date"] == "2024-06-03"
    assert by_source["s2"]["plover"] == "AGREE" and by_source["s2"]["dyad"] == "AZE-TUR"


def test_examples_folder_is_what_the_demo_reads() -> None:
    assert len([p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".md", ".html", ".jsonl")]) >= 8


def test_a_bug_ends_in_one_line_not_a_traceback(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    import dyad.cli as cli

    def broken() -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(cli, "app", broken)
    with pytest.raises(SystemExit) as exit_info:
        cli.main()
    assert exit_info.value.code == 70
    err = capsys.readouterr().err
    assert "internal error: RuntimeError: boom" in err and "Traceback" not in err


def test_code_reads_stdin_with_a_reference_date() -> None:
    code, stdout, _ = run("code", "--published", "2023-03-22", "-",
                          input="Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida "
                                "in Tokyo on Monday.\n")
    (ev,) = [json.loads(x) for x in stdout.splitlines()]
    assert code == 0 and (ev["type"], ev["date"], ev["dyad"]) == ("meeting", "2023-03-20", "IND-JPN")
    # the headline the database would give it, written from the record: people with role and side
    assert ev["headline"] == "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida in Tokyo"


def test_a_database_of_another_schema_is_refused_clearly(tmp_path: Path) -> None:
    import duckdb

    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE documents (id VARCHAR)")
    con.close()
    for args in (["events", "--db", str(db)], ["ingest", "--db", str(db), str(EXAMPLES)]):
        code, _, stderr = run(*args)
        assert code == 2 and "holds tables that are not a Dyad record; pass a new --db file" in stderr


def test_the_cli_timeline_shows_the_same_events_as_dyad_events(examples_db: Path) -> None:
    db = str(examples_db)
    _, timeline_out, _ = run("timeline", "IND", "JPN", "--format", "json", "--db", db)
    _, events_out, _ = run("events", "--dyad", "IND-JPN", "--format", "json", "--db", db)
    assert [r["id"] for r in json.loads(timeline_out)] == [r["id"] for r in json.loads(events_out)]
    _, without, _ = run("timeline", "IND", "JPN", "--format", "json", "--no-statements", "--db", db)
    assert all(r["type"] != "statement" for r in json.loads(without))
