"""Real news nobody here wrote: `../shared/eval/dev/t17` (independent gold) and our own set
(`tests/data/realnews`, annotated before rules were written for it), scored by the shared scorer;
and our hand-coded PLOVER sentences through `dyad code`.

The floors are the figures of today less a small margin: they keep what has been won. Of the issue's
targets the dev set reaches recall 0.80, strict precision 0.80, date accuracy 0.85 and statement
recall 0.70; PLOVER type accuracy (0.85) is short at 0.77, and nothing on our own set is reached
yet; CHANGELOG.md says how far.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import SHARED, run, score
from dyad.gazetteer import successor

T17 = SHARED / "eval" / "dev" / "t17"
ROOT = Path(__file__).resolve().parents[1]
needs_t17 = pytest.mark.skipif(not T17.is_dir(), reason="../shared/eval/dev/t17 is not beside the project")


def _export(tmp_path: Path, corpus_jsonl: Path, kind: str = "events") -> Path:
    db = tmp_path / "record.duckdb"
    if not db.exists():
        assert run("ingest", "--db", str(db), str(corpus_jsonl))[0] in (0, 1)
    out = tmp_path / f"{kind}.jsonl"
    assert run("export", kind, "--db", str(db), "--out", str(out))[0] == 0
    return out


@pytest.fixture(scope="module")
def t17_events(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not T17.is_dir():
        pytest.skip("../shared/eval/dev/t17 is not beside the project")
    return _export(tmp_path_factory.mktemp("t17"), T17 / "corpus.jsonl")


@pytest.fixture(scope="module")
def own_set(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    from realnews import BENCH, build_corpus

    if not BENCH.is_dir():
        pytest.skip("../shared/bench/t17 is not beside the project")
    tmp = tmp_path_factory.mktemp("realnews")
    corpus, jsonl = build_corpus(tmp)
    return _export(tmp, jsonl), corpus


@needs_t17
def test_the_t17_dev_set(t17_events: Path) -> None:
    s = score(t17_events, gold=T17 / "gold", corpus=T17 / "corpus")
    assert s["recall"] >= 0.8 and s["precision"] >= 0.82 and s["strict_precision"] >= 0.8, s
    assert s["statement_recall"] >= 0.7 and s["date_accuracy"] >= 0.84, s


def test_agenda_and_indicators_of_the_t17_dev_set(t17_events: Path) -> None:
    agenda = score(_export(t17_events.parent, T17 / "corpus.jsonl", "agenda"), "agenda", T17 / "gold",
                   T17 / "corpus")
    assert agenda["recall"] >= 0.75 and agenda["precision"] >= 0.60, agenda
    numbers = score(_export(t17_events.parent, T17 / "corpus.jsonl", "indicators"), "indicators", T17 / "gold",
                    T17 / "corpus")
    assert numbers["recall"] >= 0.83 and numbers["precision"] >= 0.5 and numbers["value_accuracy"] >= 0.95, numbers


def test_every_export_of_the_t17_dev_set_cites_exact_slices(t17_events: Path) -> None:
    from test_exports import exported_evidence

    assert len(exported_evidence(t17_events.parent / "record.duckdb")) > 100


def test_our_own_real_news_set(own_set: tuple[Path, Path]) -> None:
    events, corpus = own_set
    s = score(events, gold=ROOT / "tests" / "data" / "realnews" / "gold", corpus=corpus)
    assert s["recall"] >= 0.62 and s["precision"] >= 0.79 and s["strict_precision"] >= 0.71, s
    assert s["date_accuracy"] >= 0.83 and s["statement_recall"] >= 0.48, s
    gold = ROOT / "tests" / "data" / "realnews" / "gold"
    numbers = score(_export(events.parent, events.parent / "corpus.jsonl", "indicators"), "indicators", gold,
                    corpus)
    assert numbers["recall"] >= 0.75 and numbers["precision"] >= 0.7 and numbers["value_accuracy"] >= 0.95, numbers
    agenda = score(_export(events.parent, events.parent / "corpus.jsonl", "agenda"), "agenda", gold, corpus)
    assert agenda["recall"] >= 0.35 and agenda["precision"] >= 0.34, agenda


@needs_t17
def test_a_pair_is_always_two_sides_of_the_event(t17_events: Path, own_set: tuple[Path, Path]) -> None:
    """No event in a pair whose sides are not both its parties: the acting side and the side acted on
    make its pair, and every pair it is filed under is of two different countries."""
    for path in (t17_events, own_set[0]):
        for line in path.read_text().splitlines():
            e = json.loads(line)
            assert e["dyad"] and e["dyad"] in e["dyads"], e
            a, b = e["dyad"].split("-")
            assert a != b
            if e["source_actor"] and e["target_actor"]:
                assert {successor(e["source_actor"]), successor(e["target_actor"])} == {a, b}, e


def test_hand_coded_plover_sentences() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from plover_types import SET
    from plover_types import score as plover_score

    rows = [json.loads(line) for line in SET.read_text().splitlines() if line.strip()]
    figures, _ = plover_score(rows)
    assert figures["plover"] >= 0.74 and figures["pair"] >= 0.78 and figures["coded"] >= 0.83, figures
    assert figures["skipped"] == 0, figures  # an error in extraction shows as a skip, not as a miss
