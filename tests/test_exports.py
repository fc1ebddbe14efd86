"""Exports in the field's shapes, and the provenance invariant over everything exported."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb

from conftest import run
from dyad.query import document_text
from dyad.store.duckdb_store import Store


def _jsonl(args: list[str]) -> list[dict]:
    code, stdout, stderr = run(*args)
    assert code == 0, stderr
    return [json.loads(x) for x in stdout.splitlines() if x.strip()]


def test_plover_records(examples_db: Path) -> None:
    recs = _jsonl(["export", "plover", "--db", str(examples_db)])
    assert recs
    for r in recs:
        assert {"id", "date", "actor", "recipient", "event", "mode", "context", "quad_code", "cite_info"} <= set(r)
        assert r["event"] in {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
        assert r["quad_code"] in (1, 2, 3, 4)
    # establishing diplomatic relations is diplomatic cooperation: PLOVER SUPPORT (CAMEO 050)
    agreement = next(r for r in recs if r["event"] == "SUPPORT" and r["date"] == "1952-04-28")
    assert {a["code"] for a in agreement["actor"] + agreement["recipient"]} == {"IND", "JPN"}


def test_dyad_month_counts_csv_and_parquet(examples_db: Path, tmp_path: Path) -> None:
    code, stdout, _ = run("export", "counts", "--db", str(examples_db), "--by", "month")
    rows = list(csv.DictReader(io.StringIO(stdout)))
    assert code == 0 and rows
    assert all(r["dyad"] == "IND-JPN" and len(r["month"]) == 7 for r in rows)
    assert sum(int(r["events"]) for r in rows) == sum(int(r[t]) for r in rows for t in ("visit", "meeting", "call",
               "agreement", "forum", "military_exercise", "military_transfer", "economic", "cultural",
               "cooperation", "statement", "conflict"))
    out = tmp_path / "counts.parquet"
    assert run("export", "counts", "--db", str(examples_db), "--format", "parquet", "--out", str(out))[0] == 0
    back = duckdb.sql(f"SELECT dyad, month, events FROM '{out}' ORDER BY month").fetchall()
    assert [(d, m, int(n)) for d, m, n in back] == [(r["dyad"], r["month"], int(r["events"])) for r in rows]


def test_parquet_needs_a_file(examples_db: Path) -> None:
    code, _, stderr = run("export", "counts", "--db", str(examples_db), "--format", "parquet")
    assert code == 2 and "give --out" in stderr


def exported_evidence(db: Path) -> list[dict]:
    """Every evidence span of every export of a database, each checked against its document."""
    records = [r for kind in ("events", "indicators", "plover", "statements", "agenda")
               for r in _jsonl(["export", kind, "--db", str(db)])]
    evidence = [e for r in records for e in r["evidence"]]
    evidence += [e for r in records for step in r.get("history") or [] for e in step["evidence"]]
    with Store(db, read_only=True) as store:
        texts = {r["source"]: r["id"] for r in store.rows("SELECT id, source FROM documents")}
        for e in evidence:
            assert set(e) >= {"source", "start", "end", "text"}, e
            text = document_text(store, texts[e["source"]]) or ""
            assert text[e["start"] : e["end"]] == e["text"], e
    return evidence


def test_every_exported_record_carries_its_exact_slice(examples_db: Path) -> None:
    assert len(exported_evidence(examples_db)) > 30


def test_every_exported_record_of_the_seeds_carries_its_exact_slice(seeds_db: Path) -> None:
    assert len(exported_evidence(seeds_db)) > 30
