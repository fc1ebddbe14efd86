"""Agenda items: projects, agreements and talks with a status history, merged across documents."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import needs_shared, run, score
from dyad.extract.agenda import find_agenda
from dyad.resolve.agenda import same_item


def read(sentence: str, previous: list | None = None) -> list[tuple[str, str]]:
    return [(m.status, m.title) for m in find_agenda(sentence, 0, "t", "2025-01-01", previous)]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The free trade agreement is still under negotiation.", [("under discussion", "free trade agreement")]),
    ("The Teesta water-sharing treaty has stalled.", [("stalled", "Teesta water-sharing treaty")]),
    ("The two sides signed a memorandum on cooperation in space research.",
     [("signed", "memorandum on cooperation in space research")]),
    ("The visa facilitation agreement came into force in March.", [("in force", "visa facilitation agreement")]),
    ("The Khorgos dry port expansion is under way.", [("under way", "Khorgos dry port expansion")]),
    ("The gas pipeline project was cancelled last year.", [("cancelled", "gas pipeline project")]),
    ("Officials discussed the resumption of direct flights.", [("under discussion", "resumption of direct flights")]),
    ("Proposed projects include building a railway to Gwadar, expanding the port and opening a consulate.",
     [("proposed", "building a railway to Gwadar"), ("proposed", "expanding the port"),
      ("proposed", "opening a consulate")]),
])
def test_statuses(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected


def test_the_relevant_documents_are_the_items_before() -> None:
    first = find_agenda("The lack of agreements on readmission holds us back.", 0, "t", None)
    assert read("The relevant documents are under consideration.", first) == [("pending", "readmission")]


def test_generic_talk_is_not_an_item() -> None:
    assert read("We discussed bilateral cooperation at multilateral fora.") == []


def test_titles_merge_by_content_words() -> None:
    assert same_item("the international humanitarian project “Russian Teacher Abroad”", "Russian Teacher Abroad")
    assert not same_item("restoring the Karachi Steel Mills", "constructing new hydroelectric power plants")


@needs_shared
def test_seed_agenda_meets_the_bar(seeds_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "agenda.jsonl"
    path.write_text(run("export", "agenda", "--db", str(seeds_db))[1])
    scores = score(path, "agenda")
    assert scores["recall"] >= 0.8, scores
    items = [json.loads(x) for x in path.read_text().splitlines()]
    teacher = next(i for i in items if i["title"] == "Russian Teacher Abroad")
    assert len({e["source"] for h in teacher["history"] for e in h["evidence"]}) == 3  # three documents, one item
    for item in items:
        for step in item["history"]:
            for e in step["evidence"]:
                assert Path(e["source"]).read_text()[e["start"] : e["end"]] == e["text"]
