"""Nothing lost, nothing stuck: bad inputs become named skips, crashes leave a record that the next
run completes, the record is never written over, and readers and writers take turns."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import duckdb
import pytest

from conftest import EXAMPLES, run
from dyad.errors import ConfigError
from dyad.search.index import SearchIndex, index_path, reset
from dyad.store.duckdb_store import Store
from dyad.store.gate import Gate
from dyad.store.schema import SCHEMA_VERSION
from dyad.store.session import WriteSession
from hostile import GOOD, hostile_inputs, odd_file_names

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SUFFIX = {"txt": ".txt", "html": ".html", "jsonl": ".jsonl", "json": ".jsonl"}


def _count(db: Path, sql: str) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return int(con.execute(sql).fetchone()[0])
    finally:
        con.close()


# --- per-document isolation ----------------------------------------------------------------------


def test_a_folder_of_hostile_files_stores_every_good_one_and_names_every_skip(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data, kind in hostile_inputs(120, seed=7, heavy=False):
        (folder / (name + SUFFIX[kind])).write_bytes(data)
    for i, name in enumerate(odd_file_names()):
        (folder / os.fsdecode(name)).write_bytes(GOOD[i % len(GOOD)].encode() + f" ({i})".encode())
    for i, text in enumerate(GOOD):
        (folder / f"zz-good-{i}.txt").write_text(f"{text} A good file, number {i}.")
    db = tmp_path / "f.duckdb"
    code, _, stderr = run("ingest", "--db", str(db), str(folder))
    assert code == 1 and "internal error" not in stderr  # 1: some inputs skipped, the run finished
    sources = {r[0] for r in duckdb.connect(str(db), read_only=True).execute("SELECT source FROM documents").fetchall()}
    assert {f"{folder}/zz-good-{i}.txt" for i in range(len(GOOD))} <= sources
    assert f"{folder}/bad\\xff\\xfename.txt" in sources  # a name that is not UTF-8, shown with escapes
    skipped = duckdb.connect(str(db), read_only=True).execute("SELECT source, line, reason FROM skipped").fetchall()
    reasons = " ".join(r[2] for r in skipped)
    assert "JSON nested too deeply" in reasons and "binary" in reasons
    assert "internal error" not in reasons
    assert all(s[0].startswith(str(folder)) for s in skipped)  # every skip names its file
    assert _count(db, "SELECT count(*) FROM documents WHERE text LIKE '%\ufffd%'") >= 1  # lone surrogates replaced


def test_dyad_code_goes_on_past_a_bad_record(tmp_path: Path) -> None:
    feed = tmp_path / "in.jsonl"
    feed.write_text('{"id": "a", "text": "Pakistan \\ud800 and Russia signed an accord in Moscow on 3 May 2021."}\n'
                    + '{"text": ' + "[" * 5000 + "]" * 5000 + "}\n"
                    + json.dumps({"id": "b", "text": GOOD[1], "published": "2023-03-20"}) + "\n")
    code, stdout, stderr = run("code", str(feed))
    assert code == 1 and "in.jsonl:2: JSON nested too deeply" in stderr and "internal error" not in stderr
    ids = {e["evidence"][0]["source"] for e in map(json.loads, stdout.splitlines())}
    assert ids == {"a", "b"}


@pytest.mark.parametrize("encoding", ["utf-16", "cp1251", "koi8_r", "gb18030", "shift_jis", "euc_kr", "big5"])
def test_dates_and_ingest_decode_legacy_encodings_alike(tmp_path: Path, encoding: str) -> None:
    text = {"cp1251": "Москва, 3 марта 2021 года. Встреча прошла 3 March 2021 в Москве, сообщили в министерстве.",
            "koi8_r": "Москва, 3 марта 2021 года. Встреча прошла 3 March 2021 в Москве, сообщили в министерстве.",
            "gb18030": "北京消息，两国于 3 March 2021 在北京签署了经济合作协议，外交部发言人表示欢迎。",
            "big5": "北京消息，兩國於 3 March 2021 在北京簽署了經濟合作協議，外交部發言人表示歡迎。",
            "shift_jis": "東京発。両国は 3 March 2021 に東京で経済協力協定に署名したと外務省が発表した。",
            "euc_kr": "서울 발. 양국은 3 March 2021 서울에서 경제 협력 협정에 서명했다고 외교부가 밝혔다.",
            }.get(encoding, "Pakistan and Russia met in Moscow on 3 March 2021.")
    path = tmp_path / "legacy.txt"
    path.write_bytes(text.encode(encoding))
    code, stdout, stderr = run("dates", str(path))
    assert code == 0, stderr
    assert any(json.loads(x)["edtf"] == "2021-03-03" for x in stdout.splitlines())
    db = tmp_path / "l.duckdb"
    code, _, stderr = run("ingest", "--db", str(db), str(path))
    assert code == 0, stderr
    assert duckdb.connect(str(db), read_only=True).execute("SELECT text FROM documents").fetchone()[0] == text


# --- crash-safe state ----------------------------------------------------------------------------


def test_a_half_created_file_is_finished_and_other_versions_are_told_apart(tmp_path: Path) -> None:
    half = tmp_path / "half.duckdb"
    con = duckdb.connect(str(half))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR); CREATE TABLE documents (id VARCHAR)")
    con.close()  # what an older Dyad left when killed while creating the file
    with pytest.raises(ConfigError, match="never finished"):
        Store(half, read_only=True)
    with Store(half) as store:
        assert store.rows("SELECT value FROM meta")[0]["value"] == str(SCHEMA_VERSION)
        assert "indexed" in {r["column_name"] for r in store.rows(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'documents'")}
    for value, message in ((str(SCHEMA_VERSION + 1), "written by a newer Dyad"), ("abc", "is not a number")):
        path = tmp_path / f"v{value}.duckdb"
        con = duckdb.connect(str(path))
        con.execute("CREATE TABLE meta (key VARCHAR, value VARCHAR)")
        con.execute("INSERT INTO meta VALUES ('schema_version', ?)", [value])
        con.close()
        code, _, stderr = run("events", "--db", str(path))
        assert code == 2 and message in stderr, stderr


def test_a_file_of_the_previous_version_is_migrated_after_a_backup(examples_db: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.duckdb"
    shutil.copy(examples_db, old)
    con = duckdb.connect(str(old))
    con.execute("ALTER TABLE documents DROP COLUMN indexed; ALTER TABLE documents DROP COLUMN captured")
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION - 1)])
    con.close()
    documents = _count(old, "SELECT count(*) FROM documents")
    code, _, stderr = run("events", "--db", str(old))
    assert code == 2 and "run `dyad ingest` on it once to migrate it" in stderr
    code, _, stderr = run("ingest", "--db", str(old), str(EXAMPLES))
    assert code == 0, stderr
    assert old.with_name(f"old.duckdb.v{SCHEMA_VERSION - 1}.bak").exists()
    assert _count(old, "SELECT count(*) FROM documents WHERE indexed") == documents  # all indexed again
    assert SearchIndex(index_path(old)).count() > 0


def test_documents_stored_before_a_kill_are_indexed_by_the_next_run_once(examples_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "k.duckdb"
    shutil.copy(examples_db, db)
    shutil.copytree(index_path(examples_db), index_path(db))
    full = SearchIndex(index_path(db)).count()
    # killed after some documents were committed but before the index was: it lacks them
    reset(index_path(db))
    con = duckdb.connect(str(db))
    con.execute("UPDATE documents SET indexed = false")
    con.close()
    code, _, stderr = run("ingest", "--db", str(db), str(EXAMPLES))
    assert code == 0, stderr
    assert SearchIndex(index_path(db)).count() == full
    # killed after the index commit but before the database noted it: indexed again, not doubled
    con = duckdb.connect(str(db))
    con.execute("UPDATE documents SET indexed = false")
    con.close()
    code, _, stderr = run("ingest", "--db", str(db), str(EXAMPLES))
    assert code == 0 and SearchIndex(index_path(db)).count() == full


def _ingest_process(db: Path, inputs: Path) -> subprocess.Popen[bytes]:
    """`dyad ingest` in a process of its own; what it says goes to `<db>.<pid>.log`."""
    log = db.with_name(f"{db.name}.{time.monotonic_ns()}.log").open("wb")
    with log:
        return subprocess.Popen([sys.executable, "-m", "dyad.cli", "ingest", "--db", str(db), str(inputs)],
                                stdout=subprocess.DEVNULL, stderr=log)


def _record(db: Path) -> tuple[int, int, int]:
    return (_count(db, "SELECT count(*) FROM documents"), _count(db, "SELECT count(*) FROM events"),
            _count(db, "SELECT count(DISTINCT id) FROM documents"))


def test_kill_9_during_ingest_loses_and_doubles_nothing(examples_db: Path, tmp_path: Path) -> None:
    clean = _record(examples_db)
    clean_index = SearchIndex(index_path(examples_db)).count()
    db = tmp_path / "crash.duckdb"
    for delay in (0.3, 2.5, 4.0):  # during start-up and the first run's schema, and mid-run
        proc = _ingest_process(db, EXAMPLES)
        time.sleep(delay)
        proc.kill()
        proc.wait()
    proc = _ingest_process(db, EXAMPLES)
    assert proc.wait(timeout=300) == 0, [p.read_text() for p in tmp_path.glob("*.log")]
    assert _record(db) == clean
    assert SearchIndex(index_path(db)).count() == clean_index


# --- never destroy data --------------------------------------------------------------------------


def test_no_export_writes_over_the_database_or_an_existing_file(examples_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "d.duckdb"
    shutil.copy(examples_db, db)
    before = db.read_bytes()
    for args in (["export", "events"], ["export", "plover"], ["export", "counts"], ["export", "agenda"]):
        code, _, stderr = run(*args, "--db", str(db), "--out", str(db))
        assert code == 2 and "that is the database itself" in stderr
    assert db.read_bytes() == before
    out = tmp_path / "events.jsonl"
    out.write_text("keep me")
    code, _, stderr = run("export", "events", "--db", str(db), "--out", str(out))
    assert code == 2 and "pass --force to replace it" in stderr and out.read_text() == "keep me"
    code, _, _ = run("export", "events", "--db", str(db), "--out", str(out), "--force")
    assert code == 0 and out.read_text() != "keep me"
    brief = tmp_path / "b.md"
    brief.write_text("mine")
    code, _, stderr = run("brief", "PAK", "RUS", "--db", str(db), "--out", str(brief))
    assert code == 2 and brief.read_text() == "mine"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left behind


def test_a_file_of_another_database_is_refused_without_any_download(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    code, _, stderr = run("events", "--db", str(path))
    assert code == 2 and "cannot open the database" in stderr and "internal error" not in stderr
    con = duckdb.connect(str(tmp_path / "x.duckdb"))
    con.close()
    with Store(tmp_path / "x.duckdb") as store:
        settings = {r["name"]: r["value"] for r in store.rows(
            "SELECT name, value FROM duckdb_settings() WHERE name LIKE 'auto%_known_extensions'")}
    assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


# --- one writer, many readers --------------------------------------------------------------------


def test_a_reader_waits_for_the_writer_which_lets_go_between_documents(examples_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "rw.duckdb"
    shutil.copy(examples_db, db)
    session = WriteSession(db)
    session.store()  # the writer holds the file
    assert Gate(db).writer_active()
    seen: list[int] = []

    def reader() -> None:
        with Store(db, read_only=True) as store:
            seen.append(store.rows("SELECT count(*) AS n FROM documents")[0]["n"])

    t = threading.Thread(target=reader)
    t.start()
    deadline = time.monotonic() + 5
    while not Gate(db).readers_waiting() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not seen  # still waiting: the file is the writer's
    session.let_readers_in()  # what the writer does after each document
    t.join(timeout=10)
    assert seen and seen[0] > 0
    session.store()  # and takes the file back
    session.release()
    assert not Gate(db).writer_active()


def test_a_second_writer_waits_its_turn_instead_of_failing(tmp_path: Path) -> None:
    db = tmp_path / "two.duckdb"
    first = WriteSession(db)
    first.store()
    messages: list[str] = []
    with pytest.raises(ConfigError, match="has been writing to this database"):
        WriteSession(db, timeout=0.3, on_wait=messages.append).store()
    assert messages and "waiting for it" in messages[0]
    first.release()
    with WriteSession(db, timeout=5) as second:
        assert second.store().document_ids() == set()


def test_serve_answers_while_the_cli_ingests_into_the_same_file(examples_db: Path, tmp_path: Path) -> None:
    from dyad.web.app import close_app, create_app

    db = tmp_path / "live.duckdb"
    shutil.copy(examples_db, db)
    shutil.copytree(index_path(examples_db), index_path(db))
    app = create_app(db)
    client = TestClient(app)
    more = tmp_path / "more"
    more.mkdir()
    for i in range(6):
        (more / f"n{i}.txt").write_text(f"{GOOD[i % 3]} Report number {i}.")
    writer = _ingest_process(db, more)
    second = _ingest_process(db, more)  # a second writer into the same file: waits its turn
    answered = 0
    try:
        while writer.poll() is None or second.poll() is None:
            r = client.get("/api/events?limit=5")
            assert r.status_code == 200
            answered += 1
            time.sleep(0.05)
    finally:
        close_app(app)
    assert writer.returncode == 0 and second.returncode == 0
    assert answered > 5
    assert _count(db, "SELECT count(*) FROM documents") == _record(examples_db)[0] + 6


# --- the API -------------------------------------------------------------------------------------


def test_the_api_answers_hostile_bodies_without_a_5xx(examples_db: Path, tmp_path: Path) -> None:
    from dyad.web.app import close_app, create_app

    db = tmp_path / "api.duckdb"
    shutil.copy(examples_db, db)
    app = create_app(db, token="t0ken")
    client = TestClient(app)
    auth = {"Authorization": "Bearer t0ken"}
    try:
        assert client.post("/api/ingest", content="x", headers={"Authorization": "Token t0ken"}).status_code == 401
        assert client.post("/api/ingest", content="x", headers={"Authorization": "t0ken"}).status_code == 401
        huge = client.post("/api/ingest", content=b"x" * 10, headers={**auth, "Content-Length": "999999999"})
        assert huge.status_code == 413
        kinds = {"txt": "text/plain", "html": "text/html", "jsonl": "application/x-ndjson", "json": "application/json"}
        for name, data, kind in hostile_inputs(42, seed=3, heavy=False):
            for content_type in {kinds[kind], "application/json"}:
                r = client.post(f"/api/ingest?source={name}", content=data,
                                headers={**auth, "Content-Type": content_type})
                assert r.status_code < 500, (name, content_type, r.text[:200])
        r = client.post("/api/ingest?wait=false&source=later", content=GOOD[0], headers=auth)
        assert r.status_code == 202
        job = r.json()["job"]
        deadline = time.monotonic() + 60
        while client.get(f"/api/ingest/{job}").json()["status"] == "running" and time.monotonic() < deadline:
            time.sleep(0.1)
        assert client.get(f"/api/ingest/{job}").json()["status"] == "done"
    finally:
        close_app(app)


def test_kept_answers_are_renewed_when_the_record_changes(examples_db: Path, tmp_path: Path) -> None:
    from dyad.web.app import close_app, create_app

    db = tmp_path / "cache.duckdb"
    shutil.copy(examples_db, db)
    app = create_app(db, token="t0ken")
    client = TestClient(app)
    try:
        before = client.get("/api/documents?limit=500").json()["items"]
        assert client.get("/api/documents?limit=500").json()["items"] == before  # kept
        r = client.post("/api/ingest?source=fresh", content="Kenya and Uganda signed a border accord in Kampala "
                        "on 4 May 2022.", headers={"Authorization": "Bearer t0ken"})
        assert r.status_code == 200 and r.json()["added"] == 1
        after = client.get("/api/documents?limit=500").json()["items"]
        assert len(after) == len(before) + 1
    finally:
        close_app(app)


def test_watch_reads_what_arrives_once_and_a_new_watch_adds_nothing(tmp_path: Path) -> None:
    from dyad.runner import IngestReport, watch
    from dyad.settings import Settings

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    db = tmp_path / "watch.duckdb"
    old = time.time() - 60
    first = inbox / "a.txt"
    first.write_text(f"{GOOD[0]} First arrival.")
    os.utime(first, (old, old))
    rounds: list[tuple[int, int]] = []
    arrivals = iter([f"{GOOD[1]} Second arrival.", None, None])

    def between(_: float) -> None:  # what arrives while the watch sleeps
        text = next(arrivals)
        if text:
            f = inbox / "b.txt"
            f.write_text(text)
            os.utime(f, (old, old))

    def said(files: int, report: IngestReport) -> None:
        rounds.append((files, report.new))

    watch([str(inbox)], db, Settings(db_path=db), every=1, rounds=3, sleep=between, on_round=said)
    assert rounds == [(1, 1), (1, 1), (0, 0)]
    assert _count(db, "SELECT count(*) FROM documents") == 2
    code, _, stderr = run("watch", str(inbox), "--db", str(db), "--rounds", "1", "--every", "1")
    assert code == 0 and "2 new or changed file(s): 0 new document(s)" in stderr  # a new watch re-reads, adds nothing
