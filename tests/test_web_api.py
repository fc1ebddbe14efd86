"""The REST API: read-only by default, filters and pagination, clear 404/422, guarded ingest, inert text."""

from __future__ import annotations

import csv
import io
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from dyad.web.app import close_app, create_app

EVIL = ('<p>Pakistan and Russia held talks in Moscow on Monday.</p><script>window.__pwned = 1</script>'
        '<img src=x onerror="window.__pwned = 2"> <a href="javascript:window.__pwned=3">click</a>')


@pytest.fixture()
def client(examples_db: Path, tmp_path: Path) -> Iterator[TestClient]:
    db = tmp_path / "web.duckdb"
    shutil.copy(examples_db, db)
    shutil.copytree(examples_db.with_name(examples_db.name + ".search"), db.with_name(db.name + ".search"))
    app = create_app(db, token="s3cret-token")
    yield TestClient(app)
    close_app(app)


def test_read_endpoints(client: TestClient) -> None:
    assert client.get("/api/dyads").json()["items"][0]["dyad"] == "IND-JPN"
    page1 = client.get("/api/events", params={"dyad": "IND-JPN", "limit": 3}).json()["items"]
    page2 = client.get("/api/events", params={"dyad": "IND-JPN", "limit": 3, "offset": 3}).json()["items"]
    assert len(page1) == 3 and not {e["id"] for e in page1} & {e["id"] for e in page2}
    one = client.get(f"/api/events/{page1[0]['id']}").json()
    assert one["id"] == page1[0]["id"] and one["evidence"]
    exercises = client.get("/api/events", params={"type": "military_exercise", "since": "2024"}).json()["items"]
    assert exercises and all(e["type"] == "military_exercise" for e in exercises)
    rows = list(csv.DictReader(io.StringIO(client.get("/api/events", params={"format": "csv"}).text)))
    assert rows and "evidence" in rows[0]
    assert client.get("/api/agenda").json()["items"]
    assert client.get("/api/indicators").json()["items"]
    assert client.get("/api/actors", params={"kind": "person"}).json()["items"]
    assert client.get("/api/statements").json()["items"]
    docs = client.get("/api/documents", params={"q": "bullet train"}).json()["items"]
    assert docs and all("bullet" in client.get(f"/api/documents/{d['id']}").json()["text"].lower() for d in docs)
    hits = client.get("/api/search", params={"q": '"Dharma Guardian"'}).json()["items"]
    assert hits and all("Dharma Guardian" in h["text"] for h in hits)
    answer = client.get("/api/ask", params={"q": "When did JIMEX 23 conclude?"}).json()
    assert answer["found"] and "2023-07-10" in answer["answer"] and answer["evidence"]["text"]


@pytest.mark.parametrize(("url", "status"), [
    ("/api/events/not-an-id", 404), ("/api/documents/not-an-id", 404), ("/documents/not-an-id", 404),
    ("/api/events?dyad=PAK", 422), ("/api/events?dyad=ABC-XYZ", 422), ("/api/events?since=2024-13", 422),
    ("/api/events?type=party", 422), ("/api/events?limit=0", 422), ("/api/events?limit=100000", 422),
    ("/api/search", 422), ("/api/ask?q=", 422), ("/api/counts?by=week", 422),
])
def test_bad_requests_are_4xx_not_500(client: TestClient, url: str, status: int) -> None:
    assert client.get(url).status_code == status


def test_ingest_needs_the_token_and_respects_the_limit(client: TestClient) -> None:
    text = "ISLAMABAD, May 5, 2025 — Pakistan and Russia signed a visa agreement on Monday in Islamabad."
    assert client.post("/api/ingest", content=text).status_code == 401
    assert client.post("/api/ingest", content=text, headers={"Authorization": "Bearer wrong"}).status_code == 401
    big = b"x" * 5_000_001
    assert client.post("/api/ingest", content=big, headers={"Authorization": "Bearer s3cret-token"}).status_code == 413
    ok = client.post("/api/ingest?source=upload-1", content=text, headers={"Authorization": "Bearer s3cret-token"})
    assert ok.status_code == 200 and ok.json()["added"] == 1
    again = client.post("/api/ingest?source=upload-1", content=text, headers={"Authorization": "Bearer s3cret-token"})
    assert again.json()["added"] == 0
    assert client.get("/api/events", params={"dyad": "PAK-RUS"}).json()["items"]
    empty = client.post("/api/ingest", content=b"", headers={"Authorization": "Bearer s3cret-token"})
    assert empty.status_code == 422


def test_read_only_without_a_token(examples_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "ro.duckdb"
    shutil.copy(examples_db, db)
    read_only = create_app(db)
    assert TestClient(read_only).post("/api/ingest", content="text").status_code == 403
    close_app(read_only)


def test_document_text_renders_inert(client: TestClient) -> None:
    r = client.post("/api/ingest?source=evil", content=EVIL, headers={"Authorization": "Bearer s3cret-token",
                                                                       "Content-Type": "text/plain"})
    assert r.status_code == 200
    doc = next(d for d in client.get("/api/documents").json()["items"] if d["source"] == "evil")
    html = client.get(f"/documents/{doc['id']}").text
    assert "<script>window.__pwned" not in html and "&lt;script&gt;" in html
    assert 'onerror="window' not in html and '<a href="javascript:' not in html


def test_pages_load_nothing_from_outside(client: TestClient) -> None:
    for url in ("/", "/timeline", "/agenda", "/indicators", "/actors", "/search?q=loan", "/docs"):
        r = client.get(url)
        assert r.status_code == 200, url
        assert "http://" not in r.text.replace("http://www.w3.org/2000/svg", "") and "https://" not in r.text
    assert client.get("/openapi.json").json()["paths"]


def test_ingest_json_records(client: TestClient) -> None:
    auth = {"Authorization": "Bearer s3cret-token"}
    rec = {"id": "j-1", "published": "2025-05-06", "outlet": "Wire",
           "text": "Turkey and Azerbaijan signed a gas agreement in Baku on Monday."}
    r = client.post("/api/ingest", json=[rec, {"id": "j-2", "title": "no text"}], headers=auth)
    assert r.status_code == 200 and r.json()["added"] == 1 and 'record has no "text"' in r.json()["skipped"][0]
    assert client.post("/api/ingest", content="{broken", headers={**auth, "Content-Type": "application/json"}
                       ).status_code == 422
    events = client.get("/api/events", params={"dyad": "AZE-TUR"}).json()["items"]
    assert [(e["type"], e["date"]) for e in events] == [("agreement", "2025-05-05")]


def test_a_person_gets_an_html_page_for_what_is_missing(client: TestClient) -> None:
    for path in ("/documents/not-an-id", "/no/such/page"):
        r = client.get(path)
        assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
        assert "<h1>Not found</h1>" in r.text and 'href="/"' in r.text
    assert client.get("/api/no-such").headers["content-type"].startswith("application/json")
    bad = client.get("/timeline?dyad=PAK-PAK")
    assert bad.status_code == 422 and "two different countries" in bad.text and "<h1>" in bad.text
