"""Search answers with sentences; questions are answered with quotes, or not at all."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import run

QUESTIONS = [
    ("When did Kishida hold talks with Modi in New Delhi?", "2023-03-20"),
    ("When was the Dharma Guardian exercise held?", "2024"),
    ("When did JIMEX 23 conclude?", "2023-07-10"),
    ("When did India and Japan establish diplomatic relations?", "1952-04-28"),
    ("When did Modi and Ishiba meet in Vientiane?", "2024-10-10"),
    ("When was the loan agreement for the fourth phase of the Delhi Metro signed?", "2024-11-27"),
    ("When was the third 2+2 ministerial meeting held?", "2024-08-20"),
    ("When did Japan extend its first yen loan to India?", "1958"),
    ("How many Indian students received MEXT scholarships last year?", "more than 200"),
    ("How large was the yen loan exchanged during Kishida's visit?", "300 billion JPY"),
    ("What is the status of the agreement on the transfer of defence equipment?", "under discussion"),
    ("Who is the Japanese Prime Minister who met Modi in Vientiane?", "Shigeru Ishiba"),
]
UNANSWERABLE = [
    "When did India and Japan sign a free trade agreement on bananas?",
    "What did the Pope say about the bullet train?",
    "How many tigers live in Hokkaido?",
]


def _ask(db: Path, q: str) -> dict:
    code, stdout, stderr = run("ask", q, "--db", str(db), "--format", "json")
    assert code == 0, stderr
    return json.loads(stdout)


@pytest.mark.parametrize(("question", "expected"), QUESTIONS)
def test_questions_are_answered_with_quotes(examples_db: Path, question: str, expected: str) -> None:
    a = _ask(examples_db, question)
    assert a["found"] and expected in a["answer"], a
    e = a["evidence"]
    assert e and e["text"]
    from dyad.store.duckdb_store import Store

    with Store(examples_db, read_only=True) as store:
        text = store.rows("SELECT text FROM documents WHERE source = ?", [e["source"]])[0]["text"]
    assert text[e["start"] : e["end"]] == e["text"]


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_what_the_corpus_does_not_say(examples_db: Path, question: str) -> None:
    a = _ask(examples_db, question)
    assert not a["found"] and a["answer"].startswith("Not in the corpus") and a["evidence"] is None


def test_search_phrases_filters_and_no_duplicates(examples_db: Path) -> None:
    code, stdout, _ = run("search", '"yen loan"', "--db", str(examples_db), "--format", "jsonl")
    hits = [json.loads(x) for x in stdout.splitlines()]
    assert code == 0 and hits and all("yen loan" in h["text"].lower() for h in hits)
    assert len({h["text"] for h in hits}) == len(hits)  # the syndicated copy does not repeat a hit
    _, stdout, _ = run("search", '"yen loan"', "--db", str(examples_db), "--since", "2024", "--format", "jsonl")
    assert all(json.loads(x)["date"] >= "2024" for x in stdout.splitlines())
    _, stdout, _ = run("search", "Gagarin monument", "--db", str(examples_db), "--format", "jsonl")
    assert stdout.strip() == ""


def test_search_rebuild_from_the_database(examples_db: Path, tmp_path: Path) -> None:
    import shutil

    db = tmp_path / "copy.duckdb"
    shutil.copy(examples_db, db)  # no index beside the copy: rebuild it from the record
    code, _, stderr = run("search", "--rebuild", "--db", str(db))
    assert code == 0 and "search index rebuilt" in stderr
    _, stdout, _ = run("search", "Dharma Guardian", "--db", str(db), "--format", "jsonl")
    assert stdout.strip()


@pytest.mark.parametrize(("question", "expected"), [
    ("When did the 9th IGC meet?", "2024-12-02/2024-12-04"),
    ("When did the 10th IGC meeting take place?", "2025-11"),
    ("What is the status of the readmission agreement?", "pending"),
])
def test_seed_questions(seeds_db: Path, question: str, expected: str) -> None:
    a = _ask(seeds_db, question)
    assert a["found"] and expected in a["answer"], a
