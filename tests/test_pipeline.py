"""The pipeline as a list of stages, run with a fake parser: stage logic without loading spaCy's model."""

from __future__ import annotations

from dyad.pipeline import STAGES, process
from dyad.records import RawDocument
from dyad.stages import Tools, Work, clean, find_entities, find_people, segment
from fakes import SIGNED, SIGNED_PARSE, FakeParser


def _raw(text: str, published: str = "2025-06-11") -> RawDocument:
    return RawDocument(source="t", text=text, format="txt", published=published)


def test_the_stages_run_in_pipeline_order() -> None:
    names = [s.__name__ for s in STAGES]
    assert names[:5] == ["clean", "segment", "find_entities", "find_people", "parse"]
    assert names.index("find_people") < names.index("find_events") < names.index("find_statements")


def test_a_parsed_sentence_gives_its_event_with_exact_evidence() -> None:
    text = f"{SIGNED} Markets were calm."
    fake = FakeParser({SIGNED: SIGNED_PARSE})
    ex = process(_raw(text), parser=fake)
    (ev,) = [e for e in ex.events if e.type == "agreement"]
    assert (ev.dyad, ev.status, ev.date) == ("PAK-RUS", "occurred", "2025-06-09")  # the Monday before
    (span,) = ev.evidence
    assert text[span.start : span.end] == span.text and SIGNED.rstrip(".") in span.text
    assert ex.document.dyad == ("PAK", "RUS") and ex.document.ref_date is not None


def test_only_screened_sentences_reach_the_parser() -> None:
    fake = FakeParser({})
    text = "The weather was mild in Lahore. The two ministers met in Moscow. Prices rose. Mr Khan left."
    process(_raw(text), parser=fake)
    assert fake.seen == ["The two ministers met in Moscow."]  # two sides and a happening: parsed
    # a sentence with a name not yet known goes to the entity recogniser alone, for the people in it;
    # one whose capitalised words are all known places and countries does not
    assert fake.named == ["Mr Khan left."]


def test_each_stage_fills_its_own_fields() -> None:
    tools = Tools(given_parser=FakeParser({}))
    w = clean(Work(_raw("Russian Foreign Minister Sergey Lavrov visited Pakistan on Monday.")), tools)
    assert w.document is not None and not w.document.sentences and not w.parses
    w = segment(w, tools)
    assert w.document is not None and len(w.document.sentences) == 1 and {m.code for m in w.countries} == {"RUS", "PAK"}
    w = find_people(find_entities(w, tools), tools)
    (lavrov,) = [m for m in w.people if m.kind == "person"]
    assert (lavrov.name, lavrov.code, lavrov.role) == ("Sergey Lavrov", "RUS", "Foreign Minister")


def test_a_record_is_frozen_and_keeps_its_id_when_merged() -> None:
    from dataclasses import FrozenInstanceError, replace

    import pytest

    fake = FakeParser({SIGNED: SIGNED_PARSE})
    ev = next(e for e in process(_raw(SIGNED), parser=fake).events if e.type == "agreement")
    with pytest.raises(FrozenInstanceError):
        ev.date = None  # type: ignore[misc]
    merged = replace(ev, date="2025-06", evidence=ev.evidence * 2)
    assert merged.id == ev.id
