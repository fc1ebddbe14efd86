"""Indicators: numbers with value, unit, qualifier, period and change; the seeds scored by the shared scorer."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from conftest import needs_shared, run, score
from dyad.extract.indicators import find_indicators
from dyad.times import Context, find_times

REF = date(2025, 1, 25)


def read(sentence: str) -> list[tuple[str, float, str, str | None, str | None, str | None]]:
    times = find_times(sentence, Context(ref=REF))
    return [(i.name, i.value, i.unit, i.qualifier, i.period, i.change)
            for i in find_indicators(sentence, 0, "t", times, REF, "IND-JPN")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Bilateral trade has grown by 12% in the last 3 years.",
     ("Bilateral trade", 12.0, "%", None, "2022/2025", "+12%")),
    ("Exports fell by 4.5 per cent last year.", ("Exports", 4.5, "%", None, "2024", "-4.5%")),
    ("Trade between the two countries reached about 7.6 billion dollars last year.",
     ("trade", 7.6e9, "USD", "about", "2024", None)),
    ("Japan extended a yen loan of 150 billion yen.", ("yen loan", 1.5e11, "JPY", None, None, None)),
    ("Saudi Arabia deposited $5 billion in the central bank.", ("deposit", 5e9, "USD", None, None, None)),
    ("The university offers more than 120 scholarships a year.", ("scholarships", 120.0, "scholarships",
                                                                  "more than", None, None)),
    ("The two sides signed ten agreements.", ("agreements", 10.0, "agreements", None, None, None)),
    ("Japan doubled the number of visas issued to Indian engineers, increasing it to 4,000.",
     ("visas issued to Indian engineers", 4000.0, "visas", None, None, "x2")),
])
def test_patterns(sentence: str, expected: tuple) -> None:
    assert read(sentence) == [expected]


@pytest.mark.parametrize("sentence", [
    "The two countries held talks on May 3, 2024 in Tokyo.",
    "The 9th meeting of the commission was held in 2024.",
    "JIMEX 23 ended after six days of drills.",
    "The two leaders met twice.",
])
def test_not_indicators(sentence: str) -> None:
    assert read(sentence) == []


@needs_shared
def test_seed_indicators_meet_the_bar(seeds_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "indicators.jsonl"
    path.write_text(run("export", "indicators", "--db", str(seeds_db))[1])
    scores = score(path, "indicators")
    assert scores["recall"] >= 0.8 and scores["value_accuracy"] >= 0.9, scores
    for rec in map(json.loads, path.read_text().splitlines()):
        (e,) = rec["evidence"]
        assert Path(e["source"]).read_text()[e["start"] : e["end"]] == e["text"]
