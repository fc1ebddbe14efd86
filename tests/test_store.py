"""The store: one resolved document per transaction, the questions resolution asks, schema versions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dyad.errors import ConfigError
from dyad.records import EventDecision, RawDocument, Resolved
from dyad.resolve import resolve
from dyad.store.duckdb_store import Store
from fakes import event, extracted

TEXT = "Dar met Lavrov in Moscow on March 3."


def _resolved(store: Store, text: str = TEXT, source: str = "a", when: str | None = "2025-03-03") -> Resolved:
    doc_id = RawDocument(source=source, text=text, format="txt").id
    return resolve(extracted(text, source, events=(event(text, source, doc_id, date=when),)), store)


def test_save_writes_once_and_answers_what_resolution_asks(tmp_path: Path) -> None:
    with Store(tmp_path / "r.duckdb") as store:
        first = _resolved(store)
        assert store.save(first) and not store.save(first)  # the same document twice: stored once
        assert store.has_document(first.document.id)
        (cand,) = store.event_candidates("PAK-RUS", ["meeting", "visit"], "other",
                                         (date(2025, 3, 1), date(2025, 3, 31)), [])
        assert (cand.id, cand.date, cand.evidence_text) == (first.events[0].event.id, "2025-03-03", TEXT)
        assert store.event_candidates("PAK-RUS", ["meeting"], first.document.id,
                                      (date(2025, 3, 1), date(2025, 3, 31)), []) == []  # not its own document
        assert store.event_candidates("IND-JPN", ["meeting"], "other", (date(2025, 3, 1), date(2025, 3, 31)),
                                      []) == []


def test_a_joined_event_gains_evidence_and_the_finer_date(tmp_path: Path) -> None:
    with Store(tmp_path / "r.duckdb") as store:
        first = _resolved(store, when="2025-03")
        store.save(first)
        second = _resolved(store, "The ministers met on March 3 in Moscow.", "b", "2025-03-03")
        assert second.events[0].merge_into == first.events[0].event.id
        store.save(second)
        (row,) = store.rows("SELECT id, date FROM events")
        assert row == {"id": first.events[0].event.id, "date": "2025-03-03"}
        assert store.rows("SELECT count(*) AS n FROM evidence")[0]["n"] == 2


def test_a_failed_save_leaves_nothing_behind(tmp_path: Path) -> None:
    with Store(tmp_path / "r.duckdb") as store:
        good = _resolved(store)
        broken = Resolved(good.extracted, events=(EventDecision(good.events[0].event, merge_into=None),) * 2,
                          bands=good.bands)
        object.__setattr__(broken.events[1], "event", None)  # a bug half-way through the writes
        with pytest.raises(AttributeError):
            store.save(broken)
        assert store.rows("SELECT count(*) AS n FROM documents")[0]["n"] == 0
        assert store.save(good)


def test_another_schema_is_refused_with_a_clear_message(tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR); INSERT INTO meta VALUES ('schema_version', '1')")
    con.close()
    with pytest.raises(ConfigError, match="schema version 1"):
        Store(path)
    with pytest.raises(ConfigError, match="no such database"):
        Store(tmp_path / "none.duckdb", read_only=True)
