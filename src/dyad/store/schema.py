"""The tables of a Dyad record, and the version they carry."""

# Bumped whenever a table changes. A file of an older version is migrated by MIGRATIONS (after a
# backup copy); a newer one is refused with a clear message rather than half-read.
SCHEMA_VERSION = 6

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS documents (
    id VARCHAR PRIMARY KEY, source VARCHAR, format VARCHAR, title VARCHAR, url VARCHAR, outlet VARCHAR,
    published VARCHAR, ref_date DATE, ref_date_source VARCHAR, dyad VARCHAR, text VARCHAR, raw VARCHAR,
    ingested_at TIMESTAMP, duplicate_of VARCHAR, similarity DOUBLE, minhash UBIGINT[],
    indexed BOOLEAN DEFAULT false, captured VARCHAR);
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
    participants VARCHAR[], location VARCHAR, sectors VARCHAR[], summary VARCHAR, confidence DOUBLE,
    dyads VARCHAR[]);
CREATE TABLE IF NOT EXISTS evidence (event_id VARCHAR, document_id VARCHAR, source VARCHAR, start INTEGER,
    "end" INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS indicators (id VARCHAR PRIMARY KEY, document_id VARCHAR, name VARCHAR, key VARCHAR,
    value DOUBLE, unit VARCHAR, qualifier VARCHAR, period VARCHAR, period_start DATE, change VARCHAR,
    dyad VARCHAR, source VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS agenda_items (id VARCHAR PRIMARY KEY, dyad VARCHAR, title VARCHAR, kind VARCHAR,
    head VARCHAR);
CREATE TABLE IF NOT EXISTS agenda_history (item_id VARCHAR, status VARCHAR, as_of DATE, document_id VARCHAR,
    source VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS skipped (run_at TIMESTAMP, source VARCHAR, line INTEGER, reason VARCHAR);
CREATE INDEX IF NOT EXISTS events_dyad ON events (dyad, date_start);
CREATE INDEX IF NOT EXISTS bands_hash ON document_bands (hash);
"""

# version -> the statements that bring a file of that version to the next one.
MIGRATIONS: dict[int, str] = {
    # 6: whether the document's sentences are in the search index, so that an index a crash left
    # behind is completed at the next run (a migrated file's documents are indexed again once).
    # and when a web archive captured the page (WARC input).
    5: "ALTER TABLE documents ADD COLUMN indexed BOOLEAN DEFAULT false; ALTER TABLE documents ADD COLUMN captured "
       "VARCHAR;",
}

