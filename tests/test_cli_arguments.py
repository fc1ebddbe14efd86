"""Every `dyad` command with every kind of bad argument it takes: exit status 2 and one line on
stderr that names the problem -- never a traceback, an "internal error", a usage block or silence."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, run
from dyad.cli import app
from dyad.records import EVENT_STATUSES, EVENT_TYPES
from test_cli import COMMANDS

# {missing}: a folder that does not exist; {file}: a file that exists; {text}: a readable text file;
# {tmp}: a folder that exists. Each case: the words after `dyad`, and what the one line must say.
CASES: dict[str, list[tuple[list[str], str]]] = {
    "ingest": [
        ([], "Missing argument 'paths'"),
        (["-j", "0", "{text}"], "Invalid value for '--processes'"),
        (["--processes", "many", "{text}"], "Invalid value for '--processes'"),
        (["-j", "65", "{text}"], "Invalid value for '--processes'"),
    ],
    "watch": [
        ([], "Missing argument 'paths'"),
        (["--every", "0", "{text}"], "Invalid value for '--every'"),
        (["--every", "soon", "{text}"], "Invalid value for '--every'"),
        (["--rounds", "0", "{text}"], "Invalid value for '--rounds'"),
        (["--rounds", "-3", "{text}"], "Invalid value for '--rounds'"),
        (["-j", "0", "{text}"], "Invalid value for '--processes'"),
        (["{missing}"], "no such file or folder"),
    ],
    "events": [
        (["--limit", "-1"], "Invalid value for '--limit'"),
        (["--limit", "ten"], "Invalid value for '--limit'"),
        (["--status", "done"], "--status: unknown status 'done'"),
        (["--type", "party"], "--type: unknown event type 'party'"),
        (["--since", "2025/01/25"], "--since: not a date"),
        (["--until", "2025-13-45"], "--until: not a date"),
        (["--since", "2025-02-30"], "--since: not a date"),
        (["--since", "2025", "--until", "2024"], "--since 2025 is after --until 2024"),
        (["--dyad", "PAK-PAK"], "two different countries"),
        (["--dyad", "PAK-XYZ"], "unknown country code 'XYZ'"),
        (["--dyad", "PAK"], "a dyad is two ISO 3166 alpha-3 codes"),
        (["--format", "xml"], "Invalid value for '--format'"),
    ],
    "timeline": [
        ([], "Missing argument 'a'"),
        (["PAK"], "Missing argument 'b'"),
        (["PAK", "PAK"], "two different countries"),
        (["PAK", "XYZ"], "unknown country code 'XYZ'"),
        (["PAK", "RUS", "--format", "pdf"], "Invalid value for '--format'"),
    ],
    "agenda": [
        (["RUS"], "Missing argument 'b'"),
        (["RUS", "rus"], "two different countries"),
        (["QQQ", "RUS"], "unknown country code 'QQQ'"),
        (["PAK", "RUS", "--format", "csv"], "Invalid value for '--format'"),
    ],
    "actors": [
        (["--kind", "people"], "Invalid value for '--kind'"),
        (["--side", "XX"], "unknown country code 'XX'"),
        (["--limit", "-1"], "Invalid value for '--limit'"),
        (["--limit", "1.5"], "Invalid value for '--limit'"),
        (["--format", "xml"], "Invalid value for '--format'"),
    ],
    "statements": [
        (["--dyad", "RUS-RUS"], "two different countries"),
        (["--dyad", "RUS-XYZ"], "unknown country code 'XYZ'"),
        (["--format", "md"], "Invalid value for '--format'"),
    ],
    "indicators": [
        (["--dyad", "IND-IND"], "two different countries"),
        (["--dyad", "XYZ-IND"], "unknown country code 'XYZ'"),
        (["--format", "md"], "Invalid value for '--format'"),
    ],
    "search": [
        ([], "give words"),
        ([""], "give words"),
        (["visit", "--limit", "0"], "Invalid value for '--limit'"),
        (["visit", "--limit", "all"], "Invalid value for '--limit'"),
        (["visit", "--since", "last spring"], "--since: not a date"),
        (["visit", "--until", "2025-13"], "--until: not a date"),
        (["visit", "--since", "2025-06", "--until", "2025-01"], "--since 2025-06 is after --until 2025-01"),
        (["visit", "--dyad", "IND-IND"], "two different countries"),
        (["visit", "--dyad", "IND-XYZ"], "unknown country code 'XYZ'"),
        (["visit", "--format", "md"], "Invalid value for '--format'"),
    ],
    "ask": [
        ([], "Missing argument 'question'"),
        (["   "], "give a question"),
        (["When?", "--format", "csv"], "Invalid value for '--format'"),
    ],
    "serve": [
        (["--port", "0"], "Invalid value for '--port'"),
        (["--port", "65536"], "Invalid value for '--port'"),
        (["--port", "http"], "Invalid value for '--port'"),
        (["--db", "{missing}/dyad.duckdb"], "no such database"),
    ],
    "brief": [
        (["PAK"], "Missing argument 'b'"),
        (["PAK", "PAK"], "two different countries"),
        (["PAK", "XYZ"], "unknown country code 'XYZ'"),
        (["IND", "JPN", "--out", "{missing}/brief.md"], "no such folder"),
        (["IND", "JPN", "--out", "{file}"], "pass --force"),
        (["IND", "JPN", "--out", "{tmp}/brief.docx"], ".docx"),
    ],
    "dates": [
        (["--anchor", "2025/01/25", "{text}"], "--anchor: not a date"),
        (["--anchor", "2025-13-45", "{text}"], "--anchor: not a date"),
        (["{missing}/a.txt"], "cannot read"),
        (["--format", "csv", "{text}"], "Invalid value for '--format'"),
    ],
    "code": [
        (["--published", "2025/01/25", "{text}"], "--published: not a date"),
        (["--published", "2025-13-45", "{text}"], "--published: not a date"),
        (["{missing}/a.txt"], "no such file"),
        (["--format", "csv", "{text}"], "Invalid value for '--format'"),
    ],
    "export counts": [
        (["--by", "week"], "--by: day or month"),
        (["--format", "xls"], "Invalid value for '--format'"),
        (["--format", "parquet"], "give --out"),
        (["--out", "{missing}/c.csv"], "no such folder"),
        (["--out", "{file}"], "pass --force"),
        (["--dyad", "IND-IND"], "two different countries"),
    ],
}
for kind in ("events", "agenda", "indicators", "statements", "plover"):
    CASES[f"export {kind}"] = [
        (["--out", "{missing}/x.jsonl"], "no such folder"),
        (["--out", "{file}"], "pass --force"),
        (["--dyad", "JPN-JPN"], "two different countries"),
        (["--dyad", "JPN-XYZ"], "unknown country code 'XYZ'"),
    ] + ([(["--format", "xml"], "Invalid value for '--format'")] if kind != "plover" else [])
# commands that read no database: no --db is added to them
NO_DB = {"dates", "code"}


def test_every_command_has_its_bad_arguments_here() -> None:
    assert {" ".join(c) for c in COMMANDS} == set(CASES)


@pytest.fixture
def nothing_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bad argument that got through would start a server or a watch loop: make that a failure."""
    import uvicorn

    import dyad.cli

    def started(*args: object, **kwargs: object) -> None:
        raise AssertionError("a bad argument got through: the command started its work")

    monkeypatch.setattr(uvicorn, "run", started)
    monkeypatch.setattr(dyad.cli, "watch_paths", started)


@pytest.mark.parametrize(("command", "args", "message"),
                         [(c, a, m) for c, cases in CASES.items() for a, m in cases],
                         ids=[f"{c} {' '.join(a) or '(nothing)'}" for c, cases in CASES.items() for a, _ in cases])
def test_a_bad_argument_is_one_line_and_exit_2(examples_db: Path, tmp_path: Path, nothing_runs: None,
                                               command: str, args: list[str], message: str) -> None:
    existing = tmp_path / "exists.md"
    existing.write_text("keep me\n")
    places = {"missing": str(tmp_path / "no-such-folder"), "file": str(existing), "tmp": str(tmp_path),
              "text": str(EXAMPLES / "2023-07-11_report_jimex.txt")}
    words = [*command.split(), *(a.format(**places) for a in args)]
    if command not in NO_DB and "--db" not in args:
        words += ["--db", str(examples_db)]
    code, stdout, stderr = run(*words)
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert code == 2, (code, stderr)
    assert len(lines) == 1, stderr  # one line: no usage block, no box, no traceback
    assert lines[0].startswith("error: ") and message in lines[0], lines[0]
    assert "internal error" not in stderr and "Traceback" not in stderr
    assert stdout == ""  # nothing was done
    assert existing.read_text() == "keep me\n" and not (tmp_path / "no-such-folder").exists()


def test_a_usage_error_says_where_the_help_is(examples_db: Path) -> None:
    _, _, stderr = run("events", "--limit", "-1", "--db", str(examples_db))
    assert stderr.strip().endswith("events --help`)")


def test_no_arguments_still_show_the_help() -> None:
    for words in ([], ["export"]):
        result = CliRunner().invoke(app, words)
        assert result.exit_code == 2
        assert "Usage" in result.output and "error:" not in result.output
        assert result.output.count("Usage") == 1


def _help(*words: str) -> str:
    """A command's --help as one line of words (the box and its wrapping taken out)."""
    code, stdout, _ = run(*words, "--help")
    assert code == 0
    return " ".join(re.sub(r"[│╭╮╰╯─]", " ", stdout).split())


@pytest.mark.parametrize(("words", "option", "values"), [
    (["events"], "--status", EVENT_STATUSES),
    (["events"], "--type", EVENT_TYPES),
    (["actors"], "--kind", ("person", "org", "country")),
    (["events"], "--format", ("table", "json", "jsonl", "csv")),
    (["timeline"], "--format", ("table", "md", "json")),
    (["export", "counts"], "--by", ("day", "month")),
    (["export", "counts"], "--format", ("csv", "parquet")),
])
def test_an_enumeration_lists_all_its_values_in_help(words: list[str], option: str, values: tuple[str, ...]) -> None:
    text = _help(*words)
    after = text[text.index(f" {option} ") + len(option) + 2:]
    described = after[: after.find(" --") if " --" in after else len(after)]  # up to the next option
    for value in values:
        assert re.search(rf"(?<![\w-]){re.escape(value)}(?![\w-])", described), (option, value, described)


def test_side_says_what_it_takes() -> None:
    text = _help("actors")
    assert "ISO 3166 alpha-3" in text
