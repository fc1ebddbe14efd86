"""The one query layer: every front end (CLI, API, dashboard, brief, search) reads the record through these
functions, and no module but this one writes a SELECT for them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from dyad.clean.furniture import CutMap
from dyad.errors import ConfigError
from dyad.gazetteer import countries
from dyad.headlines import Person, headline
from dyad.records import AGENDA_STATUSES, EVENT_STATUSES, EVENT_TYPES, Cut
from dyad.store.duckdb_store import Store, to_json
from dyad.times import edtf_bounds


def parse_dyad(value: str | list[str] | tuple[str, ...]) -> str:
    """"PAK-RUS", "rus pak", ("RUS", "PAK") -> "PAK-RUS"; a clear error for anything else."""
    parts = list(value) if isinstance(value, (list, tuple)) else re.split(r"[^A-Za-z]+", value)
    codes = sorted(p.upper() for p in parts if p)
    if len(codes) != 2:
        raise ConfigError(f"a dyad is two ISO 3166 alpha-3 codes, like PAK-RUS (got {value!r})")
    for c in codes:
        country_code(c)
    if codes[0] == codes[1]:
        raise ConfigError(f"a dyad is two different countries (got {codes[0]} twice)")
    return "-".join(codes)


def country_code(value: str) -> str:
    """An ISO 3166 alpha-3 code we know, upper-cased; a clear error otherwise."""
    code = value.upper()
    if code not in countries():
        raise ConfigError(f"unknown country code {value!r} (use ISO 3166 alpha-3, like PAK or RUS)")
    return code


@dataclass(frozen=True)
class EventFilter:
    dyad: str | None = None
    since: str | None = None  # EDTF-ish: 2024, 2024-06, 2024-06-01
    until: str | None = None
    type: str | None = None
    status: str | None = None
    sector: str | None = None  # one of the sectors, e.g. "energy"
    actor: str | None = None  # a part of a participant's name or an actor code, any case
    limit: int | None = None
    offset: int = 0
    id: str | None = None  # one event


def date_bound(value: str | None, which: int, name: str) -> Any:
    """The first (which=0) or last (1) day of an EDTF-ish date given as --name; a clear error if it is none."""
    if value is None:
        return None
    b = edtf_bounds(value)
    if b is None:
        raise ConfigError(f"--{name}: not a date (use 2024, 2024-06 or 2024-06-01): {value!r}")
    return b[which]


def date_range(since: str | None, until: str | None) -> tuple[Any, Any]:
    """The first day of --since and the last of --until; a clear error for either that is no date,
    or for a --since after the --until (a range nothing can fall in)."""
    first, last = date_bound(since, 0, "since"), date_bound(until, 1, "until")
    if first is not None and last is not None and first > last:
        raise ConfigError(f"--since {since} is after --until {until}: no date falls between them")
    return first, last


def _event_where(f: EventFilter) -> tuple[list[str], list[Any]]:
    """The WHERE clauses and parameters of a filter; a clear error for a value that is not allowed."""
    where: list[str] = []
    params: list[Any] = []
    if f.dyad:
        where.append("list_contains(e.dyads, ?)")  # a trilateral event is in each of its pairs
        params.append(parse_dyad(f.dyad))
    if f.type:
        if f.type not in EVENT_TYPES:
            raise ConfigError(f"--type: unknown event type {f.type!r} (one of: {', '.join(EVENT_TYPES)})")
        where.append("e.type = ?")
        params.append(f.type)
    if f.status:
        if f.status not in EVENT_STATUSES:
            raise ConfigError(f"--status: unknown status {f.status!r} (one of: {', '.join(EVENT_STATUSES)})")
        where.append("e.status = ?")
        params.append(f.status)
    if f.sector:
        where.append("list_contains(e.sectors, ?)")
        params.append(f.sector)
    if f.actor:
        where.append("(list_count(list_filter(e.participants, lambda p: contains(lower(p), lower(?)))) > 0"
                     " OR contains(lower(coalesce(e.source_actor, '')), lower(?))"
                     " OR contains(lower(coalesce(e.target_actor, '')), lower(?)))")
        params += [f.actor] * 3
    if f.id:
        where.append("e.id = ?")
        params.append(f.id)
    since, until = date_range(f.since, f.until)
    if since is not None:
        where.append("e.date_end >= ?")
        params.append(since)
    if until is not None:
        where.append("e.date_start <= ?")
        params.append(until)
    return where, params


def events(store: Store, f: EventFilter) -> list[dict[str, Any]]:
    """Events with their evidence, oldest first; undated events last."""
    where, params = _event_where(f)
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
        "SELECT event_id, source, start, \"end\", text, document_id FROM evidence WHERE event_id IN (SELECT unnest(?))"
        " ORDER BY event_id, start",
        [[r["id"] for r in rows]],
    )
    by_event: dict[str, list[dict[str, Any]]] = {}
    for e in ev_rows:
        by_event.setdefault(e.pop("event_id"), []).append(e)
    people = _people(store, {p for r in rows for p in r["participants"] or ()})
    out = []
    for r in rows:
        rec = {k: to_json(v) for k, v in r.items() if k not in ("date_start", "date_end")}
        rec["participants"] = list(rec.get("participants") or [])
        rec["sectors"] = list(rec.get("sectors") or [])
        rec["headline"] = headline(rec, people)
        rec["evidence"] = by_event.get(r["id"], [])
        out.append(rec)
    return out


def _people(store: Store, names: set[str]) -> dict[str, Person]:
    """What the record knows of the people events name: side and role, by any of their names."""
    if not names:
        return {}
    out: dict[str, Person] = {}
    for r in store.rows("SELECT name, aliases, code, role FROM actors WHERE kind = 'person' AND "
                        "(name IN (SELECT unnest(?)) OR list_has_any(aliases, ?)) ORDER BY mentions DESC",
                        [sorted(names), sorted(names)]):
        for n in [r["name"], *(r["aliases"] or ())]:
            if n in names:
                out.setdefault(n, Person(r["name"], r["code"], r["role"]))
    return out


def timeline(store: Store, a: str, b: str, statements: bool = True) -> list[dict[str, Any]]:
    """The dyad's events in date order with their sources: the same set `dyad events --dyad` and the
    web timeline give, or without statements when `statements` is false (a brief's happenings)."""
    rows = events(store, EventFilter(dyad=parse_dyad([a, b])))
    return rows if statements else [r for r in rows if r["type"] != "statement"]


def document_text(store: Store, doc_id: str) -> str | None:
    rows = store.rows("SELECT text FROM documents WHERE id = ?", [doc_id])
    return rows[0]["text"] if rows else None


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
            {"status": s["status"], "as_of": to_json(s["as_of"]), "document_id": s["document_id"],
             "evidence": [{"source": s["source"], "start": s["start"], "end": s["end"], "text": s["text"]}]})
    out = []
    for i in items:
        history = _ordered_history(by_item.get(i["id"], []))
        out.append({"id": i["id"], "title": i["title"], "kind": i["kind"], "dyad": i["dyad"],
                    "status": history[-1]["status"] if history else None,
                    "as_of": history[-1]["as_of"] if history else None, "history": history,
                    "evidence": [e for h in history for e in h["evidence"]]})
    return out


def _ordered_history(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Steps by date (undated first), then by the item's lifecycle within a date; a status said
    again on the same date is one step with all the evidence that states it."""
    rank = {s: i for i, s in enumerate(AGENDA_STATUSES)}
    merged: dict[tuple[str | None, str], dict[str, Any]] = {}
    for h in steps:
        key = (h["as_of"], h["status"])
        if key in merged:
            merged[key]["evidence"] = merged[key]["evidence"] + h["evidence"]
        else:
            merged[key] = dict(h)
    return sorted(merged.values(), key=lambda h: (h["as_of"] is not None, h["as_of"] or "",
                                                  rank.get(h["status"], 99)))


# CAMEO root -> QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
def quad_class(cameo: str | None) -> int | None:
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


SECTOR_CONTEXTS = {
    "trade": "economic", "energy": "natural_resource", "defence": "military",
    "security and counter-terrorism": "terrorism", "education": "political_institutions", "culture": "diplomatic",
    "transport and connectivity": "economic", "digital": "technology", "agriculture and food": "economic",
    "health and pharma": "health", "diplomacy and multilateral": "diplomatic",
}  # fmt: skip


def plover_records(store: Store, dyad: str | None = None) -> list[dict[str, Any]]:
    """Events as PLOVER-style records (id, date, actor, recipient, event, mode, context, event_loc,
    event_text, quad_code, text, cite_info), keeping Dyad's EDTF date, status and evidence."""
    out = []
    for e in events(store, EventFilter(dyad=dyad)):
        ev0 = e["evidence"][0] if e["evidence"] else {}
        contexts = sorted({SECTOR_CONTEXTS[s] for s in e["sectors"] if s in SECTOR_CONTEXTS})
        modes = [m for m in [e["plover_mode"], "future" if e["status"] == "planned" else None] if m]
        out.append({
            "id": e["id"], "date": e["date"], "date_status": e["status"],
            "actor": [{"code": e["source_actor"], "entity_text": e["source_actor"]}] if e["source_actor"] else [],
            "recipient": [{"code": e["target_actor"], "entity_text": e["target_actor"]}] if e["target_actor"] else [],
            "event": e["plover"], "mode": modes, "context": contexts, "event_loc": e["location"],
            "event_text": e["summary"], "quad_code": quad_class(e["cameo"]), "cameo": e["cameo"],
            "goldstein": e["goldstein"], "text": ev0.get("text"),
            "cite_info": [{"source": x["source"], "start": x["start"], "end": x["end"]} for x in e["evidence"]],
            "evidence": e["evidence"], "dyad": e["dyad"],
        })
    return out


def dyad_counts(store: Store, by: str = "month", dyad: str | None = None) -> list[dict[str, Any]]:
    """Events per dyad and day or month, by type, with the mean Goldstein value. Only events whose
    date falls within one period are counted: a year-precision date is not spread over months."""
    if by not in ("day", "month"):
        raise ConfigError(f"--by: day or month (got {by!r})")
    fmt = "%Y-%m-%d" if by == "day" else "%Y-%m"
    where, params = ["e.date_start IS NOT NULL", "e.status = 'occurred'",
                     f"strftime(e.date_start, '{fmt}') = strftime(e.date_end, '{fmt}')"], []
    if dyad:
        where.append("d.dyad = ?")
        params.append(parse_dyad(dyad))
    rows = store.rows(  # an event counts once in each of its pairs
        f"""SELECT d.dyad, strftime(e.date_start, '{fmt}') AS period, e.type, count(*) AS n,
                   sum(e.goldstein) AS g
            FROM events e, (SELECT id, unnest(dyads) AS dyad FROM events) d
            WHERE d.id = e.id AND {" AND ".join(where)} GROUP BY ALL ORDER BY d.dyad, period""", params)
    table: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        rec = table.setdefault((r["dyad"], r["period"]), {"dyad": r["dyad"], by: r["period"], "events": 0,
                                                           "goldstein_sum": 0.0, **{t: 0 for t in EVENT_TYPES}})
        rec[r["type"]] += int(r["n"])
        rec["events"] += int(r["n"])
        rec["goldstein_sum"] += float(r["g"] or 0)
    out = []
    for rec in table.values():
        rec["mean_goldstein"] = round(rec.pop("goldstein_sum") / rec["events"], 3) if rec["events"] else None
        out.append(rec)
    return out


def actors(store: Store, kind: str | None = None, code: str | None = None) -> list[dict[str, Any]]:
    """Actors by how often they are mentioned, with their names, roles (and when seen in them) and side."""
    where, params = [], []
    if kind:
        where.append("a.kind = ?")
        params.append(kind)
    if code:
        where.append("a.code = ?")
        params.append(code.upper())
    rows = store.rows("SELECT a.* FROM actors a" + (" WHERE " + " AND ".join(where) if where else "")
                      + " ORDER BY a.mentions DESC, a.name", params)
    roles = store.rows("SELECT actor_id, role, min(seen) AS first_seen, max(seen) AS last_seen FROM actor_roles "
                       "GROUP BY ALL ORDER BY actor_id, first_seen NULLS FIRST")
    by_actor: dict[str, list[dict[str, Any]]] = {}
    for r in roles:
        by_actor.setdefault(r["actor_id"], []).append(
            {"role": r["role"], "first_seen": to_json(r["first_seen"]), "last_seen": to_json(r["last_seen"])})
    return [{**{k: to_json(v) for k, v in r.items()}, "aliases": list(r["aliases"] or []), "side": r["code"],
             "roles": by_actor.get(r["id"], [])} for r in rows]


def statements(store: Store, dyad: str | None = None) -> list[dict[str, Any]]:
    """Who said what, with stance and the quoted sentence."""
    where, params = "", []
    if dyad:
        where, params = " WHERE dyad = ?", [parse_dyad(dyad)]
    out = []
    for r in store.rows(f"SELECT * FROM statements{where} ORDER BY date NULLS LAST, id", params):
        rec = {k: to_json(v) for k, v in r.items() if k not in ("source", "start", "end", "text")}
        rec["topic"] = list(r["topic"] or [])
        rec["evidence"] = [{"source": r["source"], "start": r["start"], "end": r["end"], "text": r["text"]}]
        out.append(rec)
    return out


def document_meta(store: Store, source: str) -> dict[str, Any]:
    """Title, outlet, URL and publication (or reference) date of the document ingested from `source`."""
    rows = store.rows("SELECT title, outlet, url, coalesce(published, CAST(ref_date AS VARCHAR)) AS published "
                      "FROM documents WHERE source = ? LIMIT 1", [source])
    return rows[0] if rows else {}


def dyad_documents(store: Store, dyad: str) -> int:
    """How many documents give evidence for the dyad's events."""
    rows = store.rows("SELECT count(DISTINCT v.document_id) AS n FROM evidence v JOIN events e ON e.id = v.event_id "
                      "WHERE list_contains(e.dyads, ?)", [parse_dyad(dyad)])
    return int(rows[0]["n"])


def sentence_rows(store: Store, ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Every stored sentence outside page furniture (of the documents `ids`, else of all), with its
    document's dyad, outlet and date: what the search index is built from."""
    only = "" if ids is None else " WHERE {} IN (SELECT unnest(?))"
    params: list[Any] = [] if ids is None else [list(ids)]
    docs = {r["id"]: r for r in store.rows("SELECT id, source, outlet, title, dyad, CAST(ref_date AS VARCHAR) "
                                           "AS date, text FROM documents" + only.format("id"), params)}
    cuts: dict[str, list[Cut]] = {}
    for c in store.rows('SELECT document_id, start, "end", reason FROM cuts' + only.format("document_id"), params):
        cuts.setdefault(c["document_id"], []).append(Cut(c["start"], c["end"], c["reason"]))
    off_topic = {(r["document_id"], r["idx"]) for r in store.rows(
        "SELECT document_id, idx FROM segments WHERE kind = 'story' AND NOT on_topic"
        + only.format("document_id").replace("WHERE", "AND"), params)}
    out = []
    furniture = {doc_id: CutMap(c) for doc_id, c in cuts.items()}  # one map a document, asked per sentence
    no_cuts = CutMap([])
    for s in store.rows('SELECT document_id, start, "end", story FROM sentences' + only.format("document_id")
                        + " ORDER BY document_id, idx", params):
        d = docs[s["document_id"]]
        if furniture.get(s["document_id"], no_cuts).is_cut(s["start"], s["end"]):
            continue
        out.append({"text": d["text"][s["start"] : s["end"]], "document_id": d["id"], "source": d["source"],
                    "start": s["start"], "end": s["end"], "outlet": d["outlet"], "title": d["title"],
                    "date": d["date"], "dyad": None if (d["id"], s["story"]) in off_topic else d["dyad"]})
    return out


def events_at(store: Store, document_id: str, start: int, end: int) -> list[dict[str, Any]]:
    """Events with evidence overlapping [start, end) of a document."""
    ids = [r["event_id"] for r in store.rows(
        'SELECT DISTINCT event_id FROM evidence WHERE document_id = ? AND start < ? AND "end" > ?',
        [document_id, end, start])]
    if not ids:
        return []
    rows = store.rows("SELECT * FROM events WHERE id IN (SELECT unnest(?))", [ids])
    return [{k: to_json(v) for k, v in r.items()} for r in rows]


def indicators_at(store: Store, document_id: str, start: int, end: int) -> list[dict[str, Any]]:
    rows = store.rows('SELECT * FROM indicators WHERE document_id = ? AND start < ? AND "end" > ? ORDER BY start',
                      [document_id, end, start])
    return [{k: to_json(v) for k, v in r.items()} for r in rows]


def people_at(store: Store, document_id: str, start: int, end: int) -> list[dict[str, Any]]:
    """People named in [start, end) of a document, those with an office first."""
    rows = store.rows("""SELECT name, role, code FROM mentions WHERE document_id = ? AND kind = 'person'
                         AND start >= ? AND "end" <= ? ORDER BY role IS NULL, start""", [document_id, start, end])
    return rows


def dyads(store: Store, limit: int = 30) -> list[dict[str, Any]]:
    """Dyads on record with their event counts, most events first."""
    rows = store.rows("SELECT dyad, count(*) AS events FROM (SELECT unnest(dyads) AS dyad FROM events) "
                      "GROUP BY dyad ORDER BY events DESC, dyad LIMIT ?", [limit])
    return [{"dyad": r["dyad"], "events": int(r["events"])} for r in rows]


def documents(store: Store, q: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
    """Documents, or those whose text contains `q` (case-insensitive)."""
    sql = ("SELECT id, source, title, outlet, CAST(ref_date AS VARCHAR) AS ref_date, dyad, duplicate_of "
           "FROM documents")
    params: list[Any] = []
    if q:
        sql += " WHERE contains(lower(text), lower(?))"
        params.append(q)
    sql += " ORDER BY ref_date NULLS LAST, source LIMIT ? OFFSET ?"
    return store.rows(sql, params + [limit, offset])


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document with its text, its cuts (page furniture) and the evidence spans read from it."""
    rows = store.rows("SELECT id, source, title, outlet, CAST(ref_date AS VARCHAR) AS ref_date, ref_date_source, "
                      "dyad, duplicate_of, text FROM documents WHERE id = ?", [doc_id])
    if not rows:
        return None
    cuts = store.rows('SELECT start, "end", reason FROM cuts WHERE document_id = ? ORDER BY start', [doc_id])
    spans = store.rows('SELECT DISTINCT start, "end" FROM evidence WHERE document_id = ? ORDER BY start', [doc_id])
    return {**rows[0], "cuts": cuts, "evidence_spans": spans}
