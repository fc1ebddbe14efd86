"""The DuckDB store: the only module that imports the database driver.

One file holds the whole record. `save` writes one resolved document per transaction, so an
interrupted run loses at most the document in flight and re-running is safe: a document's id
is the hash of its text, and a stored id is never written twice. The store also answers the
questions resolution asks of the record (`dyad.resolve.Known`).
"""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb

from dyad.errors import ConfigError
from dyad.records import AgendaRef, Event, Resolved, Skipped, StoredDocument, StoredEvent, one_side_names
from dyad.store.gate import READER_WAIT_SECONDS, Gate
from dyad.store.schema import MIGRATIONS, SCHEMA, SCHEMA_VERSION
from dyad.times import edtf_bounds

# No extension is ever fetched or loaded behind the user's back: pointed at a file of another
# database, DuckDB would otherwise try to download the reader for it ("nothing is downloaded").
NO_DOWNLOADS: dict[str, str | bool | int | float | list[str]] = {
    "autoinstall_known_extensions": False, "autoload_known_extensions": False}
_BUSY = ("lock", "different configuration")  # words of DuckDB's messages for a file someone else holds


class Store:
    """A Dyad record in one DuckDB file.

    A read-only store waits while a writer holds the file (`store.gate`); a writing one expects its
    caller to hold the writer's lock, and waits only for readers to let go."""

    def __init__(self, path: Path | str, read_only: bool = False, *,
                 timeout: float = READER_WAIT_SECONDS) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.exists():
            raise ConfigError(f"{self.path}: no such database (run `dyad ingest` first, or pass --db)")
        if not read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise ConfigError(f"{self.path}: cannot create its folder: {e.strerror or e}") from e
        self.con = _connect(self.path, read_only, timeout)
        try:
            self._check_version(read_only)
        except BaseException:
            self.con.close()
            raise

    @classmethod
    def over(cls, con: duckdb.DuckDBPyConnection, path: Path) -> Store:
        """A store over a connection someone else opened and closes (a server's cursor)."""
        store = cls.__new__(cls)
        store.path, store.read_only, store.con = path, True, con
        return store

    def _check_version(self, read_only: bool) -> None:
        tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
        found = self._version(tables)
        if found == SCHEMA_VERSION:
            return
        if found is not None and found > SCHEMA_VERSION:
            raise ConfigError(f"{self.path}: this database was written by a newer Dyad (schema version {found}; "
                              f"this one reads version {SCHEMA_VERSION}). Upgrade Dyad to read it.")
        if found is None:
            if tables and not self._half_created(tables):
                raise ConfigError(f"{self.path}: this file holds tables that are not a Dyad record; pass a new "
                                  "--db file (or ingest your documents again into a new database file)")
            if read_only:
                raise ConfigError(f"{self.path}: this database was never finished (a first run was stopped); "
                                  "run `dyad ingest` on it to finish it")
            self._create(tables)  # a new file, or one a crash left half-created: finish it
            return
        if read_only:
            raise ConfigError(f"{self.path}: this database has schema version {found}; run `dyad ingest` on it "
                              f"once to migrate it to version {SCHEMA_VERSION} (a backup is kept)")
        if found not in MIGRATIONS:
            raise ConfigError(f"{self.path}: schema version {found} is too old to migrate; ingest your documents "
                              "again into a new database file")
        self._migrate(found)

    def _version(self, tables: set[str]) -> int | None:
        if "meta" not in tables:
            return None
        row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is None:
            return None
        try:
            return int(row[0])
        except (TypeError, ValueError):
            raise ConfigError(f"{self.path}: the schema version recorded in this database ({row[0]!r}) is not "
                              "a number; it was not written by Dyad, or was damaged") from None

    def _half_created(self, tables: set[str]) -> bool:
        """Only empty tables of our schema and no version: what an older Dyad left when killed while
        it created the file (it did not yet do so in one transaction)."""
        return "meta" in tables and tables <= _SCHEMA_TABLES and all(
            self.con.execute(f'SELECT count(*) FROM "{t}"').fetchone() == (0,) for t in tables)

    def _create(self, leftover: set[str]) -> None:
        """The whole schema and its version in one transaction: a kill leaves all of it or none."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            for t in leftover:
                self.con.execute(f'DROP TABLE "{t}"')
            self.con.execute(SCHEMA)
            self.con.execute("DELETE FROM meta WHERE key = 'schema_version'")
            self.con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def _migrate(self, found: int) -> None:
        """Bring a file of an older version up to this one, after copying it aside."""
        self.con.execute("CHECKPOINT")  # the backup is then the one file, with nothing left in the WAL
        backup = self.path.with_name(f"{self.path.name}.v{found}.bak")
        if not backup.exists():
            shutil.copy2(self.path, backup)
        self.con.execute("BEGIN TRANSACTION")
        try:
            for version in range(found, SCHEMA_VERSION):
                self.con.execute(MIGRATIONS[version])
            self.con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a parameterised query; rows as dicts. Only `dyad.query` and the store call this."""
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description or []]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    # --- what resolution asks (dyad.resolve.Known) ----------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return bool(self.con.execute("SELECT 1 FROM documents WHERE id = ?", [doc_id]).fetchone())

    def near_duplicates(self, band_hashes: Sequence[str]) -> list[StoredDocument]:
        rows = self.rows("SELECT DISTINCT d.id, d.minhash, d.duplicate_of FROM document_bands b JOIN documents d "
                         "ON d.id = b.document_id WHERE b.hash IN (SELECT unnest(?)) ORDER BY d.id",
                         [list(band_hashes)])
        return [StoredDocument(r["id"], tuple(r["minhash"] or ()), r["duplicate_of"]) for r in rows]

    def event_candidates(self, dyad: str, types: Sequence[str], document_id: str,
                         bounds: tuple[date, date] | None, copies: Sequence[str]) -> list[StoredEvent]:
        rows = self.rows(
            """SELECT e.id, e.document_id, e.type, e.status, e.date, e.participants, e.location,
                      (SELECT text FROM evidence v WHERE v.event_id = e.id ORDER BY v.start LIMIT 1) AS text
               FROM events e
               WHERE e.dyad = ? AND e.type IN (SELECT unnest(?)) AND e.document_id <> ?
                 AND ((e.date_start <= ? AND e.date_end >= ?) OR e.document_id IN (SELECT unnest(?)))
               ORDER BY e.id""",
            [dyad, list(types), document_id, bounds[1] if bounds else None, bounds[0] if bounds else None,
             sorted(copies)])
        return [StoredEvent(r["id"], r["document_id"], r["type"], r["status"], r["date"],
                            tuple(r["participants"] or ()), r["location"], r["text"] or "") for r in rows]

    def agenda_items(self, dyad: str | None) -> dict[str, AgendaRef]:
        return {r["id"]: AgendaRef(r["title"], r["head"] or "") for r in self.rows(
            "SELECT id, title, head FROM agenda_items WHERE dyad IS NOT DISTINCT FROM ? ORDER BY rowid", [dyad])}

    def person_surnames(self) -> dict[str, str]:
        return {r["id"].split(":", 1)[1].split("|")[0]: r["id"] for r in self.rows(
            "SELECT id FROM actors WHERE kind = 'person' AND id NOT LIKE '%|' ORDER BY id")}

    def person_sides(self) -> dict[str, str]:
        return one_side_names((r["name"], r["aliases"] or (), r["code"]) for r in self.rows(
            "SELECT name, aliases, code FROM actors WHERE kind = 'person' AND code IS NOT NULL"))

    def document_ids(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT id FROM documents").fetchall()}

    def unindexed(self) -> list[str]:
        """Documents stored but not (known to be) in the search index: a run was killed in between."""
        return [r[0] for r in self.con.execute("SELECT id FROM documents WHERE NOT indexed ORDER BY id").fetchall()]

    # --- writes ---------------------------------------------------------------------------------

    def mark_indexed(self, ids: Sequence[str]) -> None:
        if ids:
            self.con.execute("UPDATE documents SET indexed = true WHERE id IN (SELECT unnest(?))", [list(ids)])

    def record_skipped(self, items: list[Skipped]) -> None:
        now = datetime.now(UTC).replace(tzinfo=None)
        if items:
            self.con.executemany("INSERT INTO skipped VALUES (?, ?, ?, ?)",
                                 [(now, s.source, s.line, s.reason) for s in items])

    def save(self, resolved: Resolved) -> bool:
        """Store one resolved document and everything read from it; False if it was already there."""
        ex = resolved.extracted
        if self.has_document(ex.id):
            return False
        self.con.execute("BEGIN TRANSACTION")
        try:
            self._save_document(resolved)
            self._save_events(resolved)
            self._save_record(resolved)
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return True

    def _save_document(self, resolved: Resolved) -> None:
        ex, doc = resolved.extracted, resolved.document
        raw, did = doc.raw, doc.id
        now = datetime.now(UTC).replace(tzinfo=None)
        self.con.execute(
            "INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?)",
            [did, raw.source, raw.format, raw.title, raw.url, raw.outlet, raw.published, doc.ref_date,
             doc.ref_source, "-".join(doc.dyad) if doc.dyad else None, raw.text, raw.raw, now,
             resolved.duplicate_of, resolved.similarity, list(ex.signature), raw.captured])
        con = self.con
        _many(con, "document_bands", [(did, i, h) for i, h in enumerate(resolved.bands)])
        _many(con, "cuts", [(did, c.start, c.end, c.reason) for c in doc.cuts])
        _many(con, "segments", [(did, "story", s.index, s.start, s.end, list(s.countries), s.on_topic)
                                for s in doc.stories]
              + [(did, "paragraph", i, s, e, None, None) for i, (s, e) in enumerate(doc.paragraphs)])
        _many(con, "sentences", [(did, s.index, s.start, s.end, s.story, s.paragraph) for s in doc.sentences])
        _many(con, "mentions", [(did, m.start, m.end, m.text, m.kind, m.code, m.name, m.role)
                                for m in ex.mentions])

    def _save_events(self, resolved: Resolved) -> None:
        did = resolved.document.id
        for dec in resolved.events:
            ev = dec.event
            evidence = [(dec.merge_into or ev.id, did, e.source, e.start, e.end, e.text) for e in ev.evidence]
            if dec.merge_into is not None:
                self._join(dec.merge_into, dec.date, ev)
            else:
                self._insert_event(ev, did)
            _many(self.con, "evidence", evidence)

    def _insert_event(self, ev: Event, did: str) -> None:
        bounds = edtf_bounds(ev.date)
        self.con.execute(
            "INSERT OR IGNORE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [ev.id, did, ev.type, ev.plover, ev.plover_mode, ev.cameo, ev.goldstein, ev.date,
             bounds[0] if bounds else None, bounds[1] if bounds else None, ev.status, ev.dyad, ev.source_actor,
             ev.target_actor, list(ev.participants), ev.location, list(ev.sectors), ev.summary, ev.confidence,
             list(ev.dyads or ((ev.dyad,) if ev.dyad else ()))])

    def _join(self, event_id: str, date: str | None, ev: Event) -> None:
        bounds = edtf_bounds(date)
        self.con.execute(
            "UPDATE events SET date = ?, date_start = ?, date_end = ?, "
            "participants = list_distinct(list_concat(participants, ?)) WHERE id = ?",
            [date, bounds[0] if bounds else None, bounds[1] if bounds else None, list(ev.participants), event_id])

    def _save_record(self, resolved: Resolved) -> None:
        """Agenda steps, statements, indicators and actors."""
        ex, did, con = resolved.extracted, resolved.document.id, self.con
        for step in resolved.agenda:
            if step.new_item:
                con.execute("INSERT OR IGNORE INTO agenda_items VALUES (?, ?, ?, ?, ?)",
                            [step.item_id, step.dyad, step.title, step.kind, step.head])
        _many(con, "agenda_history", [(s.item_id, s.status, s.as_of, did, s.evidence.source, s.evidence.start,
                                       s.evidence.end, s.evidence.text) for s in resolved.agenda])
        _many(con, "statements", list({st.id: (
            st.id, did, st.speaker, st.speaker_role, st.side, st.date, list(st.topic), st.stance, st.tone, st.dyad,
            st.first_person, st.evidence[0].source, st.evidence[0].start, st.evidence[0].end, st.evidence[0].text)
            for st in ex.statements}.values()))
        rows = {}
        for ind in ex.indicators:
            e, b = ind.evidence[0], edtf_bounds(ind.period)
            rows[ind.id] = (ind.id, did, ind.name, ind.key, ind.value, ind.unit, ind.qualifier, ind.period,
                            b[0] if b else None, ind.change, ind.dyad, e.source, e.start, e.end, e.text)
        _many(con, "indicators", list(rows.values()))
        self._save_actors(resolved)

    def _save_actors(self, resolved: Resolved) -> None:
        found = [(a.id, a.kind, a.name, a.code, a.role, a.seen, a.seen, a.mentions, list(a.aliases))
                 for a in resolved.actors]
        for chunk in _chunks(found):
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
        _many(self.con, "actor_roles", [(a.id, a.role, a.seen) for a in resolved.actors if a.role])


ROWS_PER_STATEMENT = 400  # multi-row VALUES: far faster than executemany in DuckDB


def _chunks(rows: list[tuple[Any, ...]]) -> list[list[tuple[Any, ...]]]:
    return [rows[i : i + ROWS_PER_STATEMENT] for i in range(0, len(rows), ROWS_PER_STATEMENT)]


def _many(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    one = "(" + ", ".join("?" for _ in rows[0]) + ")"
    for chunk in _chunks(rows):
        con.execute(f"INSERT INTO {table} VALUES {', '.join([one] * len(chunk))}", [v for r in chunk for v in r])


_SCHEMA_TABLES = set(re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", SCHEMA))


def _connect(path: Path, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
    """Open the file; while someone else holds it, wait (a reader for the writer, the writer for
    readers to let go) up to `timeout` seconds, then say who holds it in one line."""
    gate = Gate(path)
    deadline = time.monotonic() + timeout
    while True:
        if read_only:
            gate.wait_for_writer(max(0.0, deadline - time.monotonic()))
        try:
            return duckdb.connect(str(path), read_only=read_only, config=NO_DOWNLOADS)
        except duckdb.Error as e:
            busy = any(word in str(e) for word in _BUSY)
            if not busy:
                raise ConfigError(f"{path}: cannot open the database: {_first_line(e)}") from e
            if time.monotonic() > deadline:
                raise ConfigError(f"{path}: the database is in use by another program (not a Dyad reader or "
                                  "writer that takes turns); close it and try again") from e
            time.sleep(0.01)
        except OSError as e:
            raise ConfigError(f"{path}: cannot open the database: {e.strerror or e}") from e


def _first_line(e: Exception) -> str:
    return str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__


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
    return "DOUBLE" if isinstance(v, float) else "VARCHAR"


def to_json(value: Any) -> Any:
    """DuckDB values as JSON-ready Python values."""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
