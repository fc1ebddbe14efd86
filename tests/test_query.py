"""The query layer: the one reader of the record, for every front end."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.errors import ConfigError
from dyad.query import EventFilter, agenda, document, documents, dyads, events
from dyad.records import AGENDA_STATUSES
from dyad.store.duckdb_store import Store


def test_events_filter_by_sector_actor_and_status(examples_db: Path) -> None:
    with Store(examples_db, read_only=True) as store:
        every = events(store, EventFilter(dyad="IND-JPN"))
        defence = events(store, EventFilter(dyad="IND-JPN", sector="defence"))
        assert defence and all("defence" in e["sectors"] for e in defence) and len(defence) < len(every)
        named = events(store, EventFilter(actor="kishida"))
        assert named and all(any("kishida" in p.lower() for p in e["participants"]) for e in named)
        planned = events(store, EventFilter(status="planned"))
        assert all(e["status"] == "planned" for e in planned)
        assert events(store, EventFilter(dyad="IND-JPN", limit=2, offset=1)) == every[1:3]
        with pytest.raises(ConfigError, match="--status: unknown status"):
            events(store, EventFilter(status="done"))


def test_dyads_documents_and_one_document(examples_db: Path) -> None:
    with Store(examples_db, read_only=True) as store:
        top = dyads(store)
        assert top[0]["dyad"] == "IND-JPN" and top[0]["events"] >= 10
        found = documents(store, q="JIMEX")
        assert found and all(d["id"] for d in found)
        doc = document(store, found[0]["id"])
        assert doc is not None and "JIMEX" in doc["text"]
        for span in doc["evidence_spans"]:
            assert 0 <= span["start"] < span["end"] <= len(doc["text"])
        assert document(store, "nope") is None


def test_agenda_history_is_in_date_then_lifecycle_order(examples_db: Path) -> None:
    rank = {s: i for i, s in enumerate(AGENDA_STATUSES)}
    with Store(examples_db, read_only=True) as store:
        items = agenda(store, "IND-JPN")
    assert items
    for item in items:
        keys = [(h["as_of"] is not None, h["as_of"] or "", rank[h["status"]]) for h in item["history"]]
        assert keys == sorted(keys)
        assert item["evidence"] == [e for h in item["history"] for e in h["evidence"]]
