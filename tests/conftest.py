"""Shared fixtures: the seeds (from ../shared, for tests only) and databases built from them."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyad.cli import app
from dyad.pipeline import process
from dyad.records import Extracted, RawDocument
from dyad.resolve.within import merge_within

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "eval" / "gold" / "seeds"
SCORER = SHARED / "eval" / "score.py"
EXAMPLES = ROOT / "examples"

needs_shared = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared is not beside the project")


def score(records: Path, kind: str = "events", gold: Path = GOLD, corpus: Path = SEEDS) -> dict:
    """The shared scorer's totals for exported records."""
    out = subprocess.run([sys.executable, str(SCORER), "--kind", kind, "--records", str(records), "--gold", str(gold),
                          "--corpus", str(corpus), "--json", "--quiet"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    """Run the CLI in-process; (exit code, stdout, stderr)."""
    result = CliRunner().invoke(app, list(args), input=input)
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="session")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared is not beside the project")
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    code, _, stderr = run("ingest", "--db", str(db), str(SEEDS))
    assert code == 0, stderr
    return db


@pytest.fixture(scope="session")
def seeds_events(seeds_db: Path) -> list[dict]:
    code, stdout, _ = run("export", "events", "--db", str(seeds_db), "--format", "jsonl")
    assert code == 0
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("examples") / "examples.duckdb"
    code, _, stderr = run("ingest", "--db", str(db), str(EXAMPLES))
    assert code == 0, stderr
    return db


def coded(raw: RawDocument) -> Extracted:
    """What Dyad reads from one document, with one event per happening (as `dyad code` gives them)."""
    ex = process(raw)
    return replace(ex, events=merge_within(ex.events))
