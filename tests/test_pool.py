"""Extraction in worker processes gives the record one process gives; entities are recognised once."""

from __future__ import annotations

from pathlib import Path

from conftest import EXAMPLES, run
from dyad.nlp import entities_only, parse_reusing_entities, parser
from dyad.pool import sides_for
from dyad.settings import Settings

SENTENCES = [
    "Foreign Minister Ishaq Dar met his Turkish counterpart in Ankara on Tuesday.",
    "The talks in Astana ended without a deal, officials said.",
    "Prices rose by 4 per cent in March.",
]


def test_a_parse_reusing_entities_equals_the_whole_pipeline() -> None:
    nlp = parser(Settings().model_names)
    whole = list(nlp.pipe(SENTENCES))
    # the last sentence had no entity pass: it runs through the whole pipeline, recogniser included
    recognised = list(entities_only(nlp, SENTENCES[:2])) + [None]
    reused = parse_reusing_entities(nlp, SENTENCES, recognised)
    for a, b in zip(whole, reused, strict=True):
        assert [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in a] == \
               [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in b]
    assert "PERSON" in [e.label_ for e in reused[0].ents]


def test_a_worker_is_told_only_the_names_its_text_holds() -> None:
    sides = {"Ishaq Dar": "PAK", "Sergey Lavrov": "RUS", "Dar": "", "Kishida": "JPN"}
    assert sides_for("Ishaq Dar met Kishida; Dar said", sides) == {"Ishaq Dar": "PAK", "Kishida": "JPN"}


def _export(db: Path, kind: str) -> str:
    code, out, err = run("export", kind, "--db", str(db), "--format", "jsonl")
    assert code == 0, err
    return out


def test_two_processes_give_the_record_one_process_gives(tmp_path: Path) -> None:
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert run("ingest", "--db", str(one), str(EXAMPLES))[0] == 0
    code, _, err = run("ingest", "--db", str(two), "--processes", "2", str(EXAMPLES))
    assert code == 0, err
    for kind in ("events", "agenda", "indicators", "statements"):
        assert _export(one, kind) == _export(two, kind), kind
    assert _export(two, "events").count("\n") >= 5


def test_a_bad_process_count_is_one_clear_line() -> None:
    code, _, err = run("ingest", "--processes", "0", str(EXAMPLES))
    assert code == 2 and "processes" in err


def test_a_document_started_before_the_record_learnt_a_name_it_holds_is_extracted_again() -> None:
    from dyad.pool import Extractor
    from dyad.records import RawDocument
    from fakes import FakeParser

    raw = RawDocument(source="t", text="Ishaq Dar arrived in Moscow on Monday for talks.", format="txt",
                      published="2025-06-11")
    extractor = Extractor(parser=FakeParser({}))
    job = extractor.submit(raw, {})  # started knowing nobody
    learnt = {"Ishaq Dar": "PAK", "Kishida": "JPN"}  # what the documents before it taught the record
    assert job.stale(learnt) and not job.stale({"Kishida": "JPN"})
    out = extractor.result(job, learnt)
    assert extractor.redone == 1
    assert [(m.name, m.code) for m in out.mentions if m.kind == "person"] == [("Ishaq Dar", "PAK")]
