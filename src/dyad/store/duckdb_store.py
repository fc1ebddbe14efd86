"""The DuckDB store: the only module that imports the database driver.

One file holds the whole record. Writes go through `save`, one document per transaction, so
an interrupted run loses at most the document in flight and re-running is safe: a document's
id is the hash of its text, and a stored id is never written twice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from dyad.errors import ConfigError
from dyad.pipeline import ProcessedDocument
from dyad.records import Event, Mention, Skipped
from dyad.resolve.actors import org_name, person_key
from dyad.resolve.agenda import item_id, same_item
from dyad.resolve.duplicates import NEAR_DUPLICATE, bands, similarity
from dyad.resolve.events import Stored, finer, kind, match
from dyad.times import edtf_bounds

# Bumped whenever a table changes; a database of another version is refused with a clear message
# rather than half-read (there is no migration yet: re-ingest into a new file).
SCHEMA_VERSION = 3

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, source VARCHAR, format VARCHAR, title VARCHAR, url VARCHAR, outlet VARCHAR,
    published VARCHAR, ref_date DATE, ref_date_source VARCHAR, dyad VARCHAR, text VARCHAR, raw VARCHAR,
    ingested_at TIMESTAMP, duplicate_of VARCHAR, similarity DOUBLE, minhash UBIGINT[]);
CREATE TABLE IF NOT EXISTS document_bands (document_id VARCHAR, band INTEGER, hash VARCHAR);
CREATE TABLE IF NOT EXISTS cuts (document_id VARCHAR, start INTEGER, "end" INTEGER, reason VARCHAR);
CREATE TABLE IF NOT EXISTS segments (document_id VARCHAR, kind VARCHAR, idx INTEGER, start INTEGER,
    "end" INTEGER, countries VARCHAR[], on_topic BOOLEAN);
CREATE TABLE IF NOT EXISTS sentences (document_id VARCHAR, idx INTEGER, start INTEGER, "end" INTEGER,
    story INTEGER, paragraph INTEGER);
CREATE TABLE IF NOT EXISTS mentions (document_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
    kind VARCHAR, code VARCHAR, name VARCHAR, role VARCHAR);
CREATE TABLE IF NOT EXISTS actors (id VARCHAR PRIMARY KEY, kind VARCHAR, name VARCHAR, code VARCHAR,
    role VARCHAR, first_seen DATE, last_seen DATE, mentions INTEGER, aliases VARCHAR[]);
CREATE TABLE IF NOT EXISTS actor_roles (actor_id VARCHAR, role VARCHAR, seen DATE);
CREATE TABLE IF NOT EXISTS statements (id VARCHAR PRIMARY KEY, document_id VARCHAR, speaker VARCHAR,
    speaker_role VARCHAR, side VARCHAR, date VARCHAR, topic VARCHAR[], stance DOUBLE, tone VARCHAR, dyad VARCHAR,
    first_person BOOLEAN, source VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS events (id VARCHAR PRIMARY KEY, document_id VARCHAR, type VARCHAR,
    plover VARCHAR, plover_mode VARCHAR, cameo VARCHAR, goldstein DOUBLE, date VARCHAR, date_start DATE,
    date_end DATE, status VARCHAR, dyad VARCHAR, source_actor VARCHAR, target_actor VARCHAR,
    participants VARCHAR[], location VARCHAR, sectors VARCHAR[], summary VARCHAR, confidence DOUBLE);
CREATE TABLE IF NOT EXISTS evidence (event_id VARCHAR, document_id VARCHAR, source VARCHAR, start INTEGER,
    "end" INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS indicators (id VARCHAR PRIMARY KEY, document_id VARCHAR, name VARCHAR, key VARCHAR,
    value DOUBLE, unit VARCHAR, qualifier VARCHAR, period VARCHAR, period_start DATE, change VARCHAR,
    dyad VARCHAR, source VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS agenda_items (id VARCHAR PRIMARY KEY, dyad VARCHAR, title VARCHAR, kind VARCHAR);
CREATE TABLE IF NOT EXISTS agenda_history (item_id VARCHAR, status VARCHAR, as_of DATE, document_id VARCHAR,
    source VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS skipped (run_at TIMESTAMP, source VARCHAR, line INTEGER, reason VARCHAR);
CREATE INDEX IF NOT EXISTS events_dyad ON events (dyad, date_start);
CREATE INDEX IF NOT EXISTS bands_hash ON document_bands (hash);
"""


class Store:
    """A Dyad record in one DuckDB file."""

    def __init__(self, path: Path | str, read_only: bool = False) -> None:
        self.path = Path(path)
        if read_only and not self.path.exists():
            raise ConfigError(f"{self.path}: no such database (run `dyad ingest` first, or pass --db)")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as e:
            raise ConfigError(f"{self.path}: cannot open the database: {e}") from e
        self._check_version(read_only)

    def _check_version(self, read_only: bool) -> None:
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        found = None
        if "meta" in tables:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            found = int(row[0]) if row else None
        if found == SCHEMA_VERSION:
            return
        if tables or read_only:
            self.con.close()
            what = f"schema version {found}" if found else "an older or unknown schema"
            raise ConfigError(f"{self.path}: this database has {what}; this Dyad needs schema version "
                              f"{SCHEMA_VERSION}. Ingest your documents again into a new database file.")
        self.con.execute(SCHEMA)
        self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a parameterised query; rows as dicts."""
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description or []]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    def has_document(self, doc_id: str) -> bool:
        return bool(self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone())

    def record_skipped(self, items: list[Skipped]) -> None:
        now = datetime.now(UTC).replace(tzinfo=None)
        if items:
            self.con.executemany("INSERT INTO skipped VALUES (?, ?, ?, ?)",
                                 [(now, s.source, s.line, s.reason) for s in items])

    def save(self, doc: ProcessedDocument) -> bool:
        """Store one processed document and everything read from it; False if it was already there."""
        if self.has_document(doc.id):
            return False
        raw = doc.raw
        now = datetime.now(UTC).replace(tzinfo=None)
        con = self.con
        copy_of, similarity = self._near_duplicate(doc.signature)
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [doc.id, raw.source, raw.format, raw.title, raw.url, raw.outlet, raw.published, doc.ref_date,
                 doc.ref_source, "-".join(doc.dyad) if doc.dyad else None, raw.text, raw.raw, now, copy_of,
                 similarity, doc.signature],
            )
            _many(con, "document_bands", [(doc.id, i, h) for i, h in enumerate(bands(doc.signature))])
            _many(con, "cuts", [(doc.id, c.start, c.end, c.reason) for c in doc.cuts])
            _many(con, "segments", [(doc.id, "story", s.index, s.start, s.end, list(s.countries), s.on_topic)
                                    for s in doc.stories]
                  + [(doc.id, "paragraph", i, s, e, None, None) for i, (s, e) in enumerate(doc.paragraphs)])
            _many(con, "sentences", [(doc.id, s.index, s.start, s.end, s.story, s.paragraph) for s in doc.sentences])
            _many(con, "mentions", [(doc.id, m.start, m.end, m.text, m.kind, m.code, m.name, m.role)
                                    for m in doc.mentions])
            self._save_actors(doc)
            seen: set[str] = set()
            copies = {copy_of} if copy_of else set()
            for ev in doc.events:
                if ev.id in seen:
                    continue
                seen.add(ev.id)
                known = match(ev, self._candidates(ev, doc.id, copies), copies) if ev.dyad else None
                if known is not None:
                    # the same happening, reported again: one event, one more piece of evidence
                    self._join(known, ev, doc.id)
                    continue
                bounds = edtf_bounds(ev.date)
                con.execute(
                    "INSERT OR IGNORE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [ev.id, doc.id, ev.type, ev.plover, ev.plover_mode, ev.cameo, ev.goldstein, ev.date,
                     bounds[0] if bounds else None, bounds[1] if bounds else None, ev.status, ev.dyad,
                     ev.source_actor, ev.target_actor, ev.participants, ev.location, ev.sectors, ev.summary,
                     ev.confidence],
                )
                _many(con, "evidence", [(ev.id, doc.id, e.source, e.start, e.end, e.text) for e in ev.evidence])
            self._save_agenda(doc)
            _many(con, "statements", list({st.id: (
                st.id, doc.id, st.speaker, st.speaker_role, st.side, st.date, st.topic, st.stance, st.tone, st.dyad,
                st.first_person, st.evidence[0].source, st.evidence[0].start, st.evidence[0].end,
                st.evidence[0].text) for st in doc.statements}.values()))
            rows = []
            for ind in doc.indicators:
                e = ind.evidence[0]
                b = edtf_bounds(ind.period)
                rows.append((ind.id, doc.id, ind.name, ind.key, ind.value, ind.unit, ind.qualifier, ind.period,
                             b[0] if b else None, ind.change, ind.dyad, e.source, e.start, e.end, e.text))
            _many(con, "indicators", list({r[0]: r for r in rows}.values()))
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        return True

    def _save_agenda(self, doc: ProcessedDocument) -> None:
        """Each mention joins the dyad's item of the same title, or opens a new one; a step of history."""
        dyad = "-".join(doc.dyad) if doc.dyad else None
        items = {r["id"]: r["title"] for r in self.rows("SELECT id, title FROM agenda_items WHERE dyad IS NOT "
                                                         "DISTINCT FROM ?", [dyad])}
        history = []
        for m in doc.agenda:
            found = next((i for i, t in items.items() if same_item(t, m.title)), None)
            if found is None:
                found = item_id(dyad, m.title)
                items[found] = m.title
                self.con.execute("INSERT OR IGNORE INTO agenda_items VALUES (?, ?, ?, ?)",
                                 [found, dyad, m.title, m.kind])
            for e in m.evidence:
                history.append((found, m.status, m.as_of, doc.id, e.source, e.start, e.end, e.text))
        _many(self.con, "agenda_history", history)

    def _near_duplicate(self, sig: list[int]) -> tuple[str | None, float | None]:
        """The stored document this one copies (its original, if that was a copy too), if any."""
        if not sig:
            return None, None
        hashes = bands(sig)
        rows = self.rows(
            "SELECT DISTINCT d.id, d.minhash, d.duplicate_of FROM document_bands b JOIN documents d "
            "ON d.id = b.document_id WHERE b.hash IN (SELECT unnest(?))", [hashes])
        best = max(((similarity(sig, list(r["minhash"] or [])), r) for r in rows), key=lambda x: x[0], default=None)
        if best is None or best[0] < NEAR_DUPLICATE:
            return None, None
        return best[1]["duplicate_of"] or best[1]["id"], round(best[0], 3)

    def _candidates(self, ev: Event, doc_id: str, copies: set[str]) -> list[Stored]:
        """Stored events of the same dyad and kind from other documents, near the event's date."""
        types = [t for t in ("visit", "meeting", "call") if kind(t) == kind(ev.type)] or [ev.type]
        bounds = edtf_bounds(ev.date)
        rows = self.rows(
            """SELECT e.id, e.document_id, e.type, e.status, e.date, e.participants, e.location,
                      (SELECT text FROM evidence v WHERE v.event_id = e.id ORDER BY v.start LIMIT 1) AS text
               FROM events e
               WHERE e.dyad = ? AND e.type IN (SELECT unnest(?)) AND e.document_id <> ?
                 AND ((e.date_start <= ? AND e.date_end >= ?) OR e.document_id IN (SELECT unnest(?)))""",
            [ev.dyad, types, doc_id, bounds[1] if bounds else None, bounds[0] if bounds else None, sorted(copies)],
        )
        return [Stored(r["id"], r["document_id"], r["type"], r["status"], r["date"], tuple(r["participants"] or ()),
                       r["location"], r["text"] or "") for r in rows]

    def _join(self, old: Stored, ev: Event, doc_id: str) -> None:
        date = finer(old.date, ev.date)
        bounds = edtf_bounds(date)
        self.con.execute(
            "UPDATE events SET date = ?, date_start = ?, date_end = ?, "
            "participants = list_distinct(list_concat(participants, ?)) WHERE id = ?",
            [date, bounds[0] if bounds else None, bounds[1] if bounds else None, ev.participants, old.id])
        _many(self.con, "evidence", [(old.id, doc_id, e.source, e.start, e.end, e.text) for e in ev.evidence])

    def _save_actors(self, doc: ProcessedDocument) -> None:
        """One row per country, body and person across spellings ("Sergei"/"Sergey Lavrov", "Lavrov"),
        counting mentions, with the names used, the roles seen and the dates they were seen in them."""
        seen = doc.ref_date
        surnames = {r["id"].split(":", 1)[1].split("|")[0]: r["id"] for r in self.rows(
            "SELECT id FROM actors WHERE kind = 'person' AND id NOT LIKE '%|'")}
        found: dict[str, list[Any]] = {}
        people = [m for m in doc.mentions if m.kind == "person"] + ([doc.author] if doc.author else [])
        for m in people:  # full names first, so a bare surname can join the person it names
            k = person_key(m.name)
            if not k.endswith("|"):
                surnames.setdefault(k.split("|")[0], f"person:{k}")
        bodies = [Mention(s, e, body, "org", code, f"{body} ({code})" if code else body)
                  for s, e, body, code in doc.bodies]
        for m in [*doc.mentions, *bodies, *([doc.author] if doc.author else [])]:
            if m.kind == "country" and m.code:
                key, name = f"country:{m.code}", m.code
            elif m.kind == "org":
                name = org_name(m.name) or m.name
                key = f"org:{name}"
            elif m.kind == "person":
                if not (m.role or m.code):
                    continue  # a name the tagger guessed, with no office or country, is not yet an actor
                k = person_key(m.name)
                key = surnames.get(k.split("|")[0], f"person:{k}") if k.endswith("|") else f"person:{k}"
                name = m.name
            else:
                continue
            row = found.setdefault(key, [key, m.kind, name, m.code, m.role, seen, seen, 0, []])
            row[7] += 1
            if len(name) > len(row[2]) and m.kind == "person":
                row[2] = name  # the fullest spelling names the actor
            row[3] = row[3] or m.code
            row[4] = row[4] or m.role
            row[8] = sorted(set(row[8]) | {m.text})
        for chunk in _chunks([tuple(r) for r in found.values()]):
            marks = ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?)"] * len(chunk))
            self.con.execute(
                f"""INSERT INTO actors VALUES {marks}
                   ON CONFLICT (id) DO UPDATE SET mentions = actors.mentions + excluded.mentions,
                     role = coalesce(excluded.role, actors.role), code = coalesce(actors.code, excluded.code),
                     name = CASE WHEN length(excluded.name) > length(actors.name) THEN excluded.name
                                 ELSE actors.name END,
                     aliases = list_sort(list_distinct(list_concat(actors.aliases, excluded.aliases))),
                     first_seen = least(actors.first_seen, excluded.first_seen),
                     last_seen = greatest(actors.last_seen, excluded.last_seen)""",
                [v for row in chunk for v in row],
            )
        roles = [(key, r[4], seen) for key, r in found.items() if r[4]]
        _many(self.con, "actor_roles", roles)


ROWS_PER_STATEMENT = 400  # multi-row VALUES: far faster than executemany in DuckDB


def _chunks(rows: list[tuple[Any, ...]]) -> list[list[tuple[Any, ...]]]:
    return [rows[i : i + ROWS_PER_STATEMENT] for i in range(0, len(rows), ROWS_PER_STATEMENT)]


def _many(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    one = "(" + ", ".join("?" for _ in rows[0]) + ")"
    for chunk in _chunks(rows):
        con.execute(f"INSERT INTO {table} VALUES {', '.join([one] * len(chunk))}", [v for r in chunk for v in r])


def write_parquet(rows: list[dict[str, Any]], path: Path) -> None:
    """Rows (dicts with the same keys) as a Parquet file, by DuckDB's own writer (no extra library)."""
    if not rows:
        raise ConfigError("nothing to write: no rows")
    cols = list(rows[0])
    con = duckdb.connect()
    try:
        con.execute("CREATE TABLE t (" + ", ".join(f'"{c}" {_duck_type(rows[0][c])}' for c in cols) + ")")
        marks = ", ".join("?" for _ in cols)
        for chunk in _chunks([tuple(r[c] for c in cols) for r in rows]):
            con.execute(f"INSERT INTO t VALUES {', '.join([f'({marks})'] * len(chunk))}", [v for r in chunk for v in r])
        target = str(path).replace("'", "''")
        con.execute(f"COPY t TO '{target}' (FORMAT PARQUET)")
    finally:
        con.close()


def _duck_type(v: Any) -> str:
    if isinstance(v, bool):
        return "BOOLEAN"
    if isinstance(v, int):
        return "BIGINT"
    if isinstance(v, float) or v is None:
        return "DOUBLE" if isinstance(v, float) else "VARCHAR"
    return "VARCHAR"


def to_json(value: Any) -> Any:
    """DuckDB values as JSON-ready Python values."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


__all__ = ["Store", "to_json", "json"]
