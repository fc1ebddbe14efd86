"""The one query layer: every front end (CLI, exports) reads the record through these functions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from dyad.errors import ConfigError
from dyad.extract.gazetteer import countries
from dyad.extract.times import edtf_bounds
from dyad.store.duckdb_store import Store, to_json

EVENT_TYPES = ("visit", "meeting", "call", "agreement", "forum", "military_exercise", "military_transfer",
               "economic", "cultural", "cooperation", "statement", "conflict")


def parse_dyad(value: str | list[str] | tuple[str, ...]) -> str:
    """"PAK-RUS", "rus pak", ("RUS", "PAK") -> "PAK-RUS"; a clear error for anything else."""
    parts = list(value) if isinstance(value, (list, tuple)) else re.split(r"[^A-Za-z]+", value)
    codes = sorted(p.upper() for p in parts if p)
    if len(codes) != 2:
        raise ConfigError(f"a dyad is two ISO 3166 alpha-3 codes, like PAK-RUS (got {value!r})")
    known = countries()
    for c in codes:
        if c not in known:
            raise ConfigError(f"unknown country code {c!r} (use ISO 3166 alpha-3, like PAK or RUS)")
    return "-".join(codes)


@dataclass(frozen=True)
class EventFilter:
    dyad: str | None = None
    since: str | None = None  # EDTF-ish: 2024, 2024-06, 2024-06-01
    until: str | None = None
    type: str | None = None
    status: str | None = None
    limit: int | None = None
    offset: int = 0


def _bound(value: str | None, which: int, name: str) -> Any:
    if value is None:
        return None
    b = edtf_bounds(value)
    if b is None:
        raise ConfigError(f"--{name}: not a date (use 2024, 2024-06 or 2024-06-01): {value!r}")
    return b[which]


def events(store: Store, f: EventFilter) -> list[dict[str, Any]]:
    """Events with their evidence, oldest first; undated events last."""
    where: list[str] = []
    params: list[Any] = []
    if f.dyad:
        where.append("e.dyad = ?")
        params.append(parse_dyad(f.dyad))
    if f.type:
        if f.type not in EVENT_TYPES:
            raise ConfigError(f"--type: unknown event type {f.type!r} (one of: {', '.join(EVENT_TYPES)})")
        where.append("e.type = ?")
        params.append(f.type)
    if f.status:
        where.append("e.status = ?")
        params.append(f.status)
    since, until = _bound(f.since, 0, "since"), _bound(f.until, 1, "until")
    if since is not None:
        where.append("e.date_end >= ?")
        params.append(since)
    if until is not None:
        where.append("e.date_start <= ?")
        params.append(until)
    sql = "SELECT e.* FROM events e"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.date_start NULLS LAST, e.date, e.id"
    if f.limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [f.limit, f.offset]
    rows = store.rows(sql, params)
    if not rows:
        return []
    ev_rows = store.rows(
        "SELECT event_id, source, start, \"end\", text FROM evidence WHERE event_id IN (SELECT unnest(?))"
        " ORDER BY event_id, start",
        [[r["id"] for r in rows]],
    )
    by_event: dict[str, list[dict[str, Any]]] = {}
    for e in ev_rows:
        by_event.setdefault(e.pop("event_id"), []).append(e)
    out = []
    for r in rows:
        rec = {k: to_json(v) for k, v in r.items() if k not in ("date_start", "date_end")}
        rec["participants"] = list(rec.get("participants") or [])
        rec["sectors"] = list(rec.get("sectors") or [])
        rec["evidence"] = by_event.get(r["id"], [])
        out.append(rec)
    return out


def timeline(store: Store, a: str, b: str) -> list[dict[str, Any]]:
    """The dyad's occurrences and plans in date order (statements left out), with their sources."""
    rows = events(store, EventFilter(dyad=parse_dyad([a, b])))
    return [r for r in rows if r["type"] != "statement"]


def document_text(store: Store, doc_id: str) -> str | None:
    rows = store.rows("SELECT text FROM documents WHERE id = ?", [doc_id])
    return rows[0]["text"] if rows else None


def counts(store: Store) -> dict[str, int]:
    out = {}
    for table in ("documents", "segments", "events", "evidence", "mentions", "sentences", "actors", "skipped"):
        out[table] = int(store.rows(f"SELECT count(*) AS n FROM {table}")[0]["n"])
    return out


def indicators(store: Store, dyad: str | None = None, key: str | None = None) -> list[dict[str, Any]]:
    """Indicators with their evidence, grouped by series (key) and ordered by period."""
    where, params = [], []
    if dyad:
        where.append("dyad = ?")
        params.append(parse_dyad(dyad))
    if key:
        where.append("key = ?")
        params.append(key)
    sql = "SELECT * FROM indicators" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY key, period_start NULLS LAST, id"
    out = []
    for r in store.rows(sql, params):
        rec = {k: to_json(v) for k, v in r.items() if k not in ("source", "start", "end", "text", "period_start")}
        rec["evidence"] = [{"source": r["source"], "start": r["start"], "end": r["end"], "text": r["text"]}]
        out.append(rec)
    return out


def agenda(store: Store, dyad: str | None = None) -> list[dict[str, Any]]:
    """Agenda items with their status history, oldest step first; the current status is the last."""
    where, params = "", []
    if dyad:
        where, params = " WHERE i.dyad = ?", [parse_dyad(dyad)]
    items = store.rows(f"SELECT i.* FROM agenda_items i{where} ORDER BY i.title", params)
    steps = store.rows(
        """SELECT h.*, d.ingested_at FROM agenda_history h JOIN documents d ON d.id = h.document_id
           WHERE h.item_id IN (SELECT unnest(?)) ORDER BY h.as_of NULLS FIRST, d.ingested_at, h.start""",
        [[i["id"] for i in items]])
    by_item: dict[str, list[dict[str, Any]]] = {}
    for s in steps:
        by_item.setdefault(s["item_id"], []).append(
            {"status": s["status"], "as_of": to_json(s["as_of"]),
             "evidence": [{"source": s["source"], "start": s["start"], "end": s["end"], "text": s["text"]}]})
    out = []
    for i in items:
        history = by_item.get(i["id"], [])
        out.append({"id": i["id"], "title": i["title"], "kind": i["kind"], "dyad": i["dyad"],
                    "status": history[-1]["status"] if history else None,
                    "as_of": history[-1]["as_of"] if history else None, "history": history})
    return out
