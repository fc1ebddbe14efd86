"""Ingest: formats, identity by content hash, and bad input reported clearly without losing the rest."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run
from dyad.ingest.readers import decode, read_inputs
from dyad.records import RawDocument, Skipped
from dyad.settings import Settings

ARTICLE = ("ISLAMABAD, March 3, 2025 — Pakistan's foreign minister met his Russian counterpart in Moscow "
           "on Monday and the two sides signed an agreement on visa facilitation.\n")


def _docs(items: list) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def test_bad_inputs_are_named_and_the_rest_is_ingested(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "feed.jsonl").write_text(
        json.dumps({"id": "a1", "text": ARTICLE.replace("visa", "trade")}) + "\n{broken json\n"
        + json.dumps({"id": "a3", "title": "no text"}) + "\n")
    db = tmp_path / "db.duckdb"
    code, _, stderr = run("ingest", "--db", str(db), str(tmp_path), str(tmp_path / "missing.txt"))
    assert code == 1
    assert "empty.txt: empty file" in stderr
    assert "binary.txt: binary file" in stderr
    assert "feed.jsonl:2: not valid JSON" in stderr
    assert 'feed.jsonl:3: record has no "text"' in stderr
    assert "missing.txt: no such file or folder" in stderr
    assert "2 new document(s)" in stderr
    assert "Traceback" not in stderr
    # nothing already stored is lost, and a second run adds nothing
    code, _, stderr = run("ingest", "--db", str(db), str(good))
    assert code == 0 and "0 new document(s)" in stderr and "1 already stored" in stderr


def test_legacy_encodings_are_decoded() -> None:
    text = "Министр иностранных дел России Сергей Лавров встретился с коллегой из Пакистана в Москве."
    decoded, enc = decode(text.encode("cp1251"))
    assert decoded == text and enc in ("cp1251", "windows_1251")
    latin = "The minister’s visit to Moscow – “a success” – was praised by both sides, café owners said."
    decoded, enc = decode(latin.encode("cp1252"))
    assert decoded == latin


def test_an_oversized_file_is_refused_by_the_documented_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.write(b"word " * (11_000_000 // 5))  # one line, past the 10 MB limit
    items = list(read_inputs([str(big)], Settings()))
    assert len(items) == 1 and isinstance(items[0], Skipped)
    assert "over the limit of 10 MB" in items[0].reason


def test_html_is_extracted_with_its_page_date(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Talks in Moscow</title>"
        '<meta property="article:published_time" content="2025-03-04T10:00:00Z"></head><body>'
        "<nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>Talks in Moscow</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article>"
        "<footer>© 2025 Example News</footer></body></html>")
    (doc,) = _docs(list(read_inputs([str(page)], Settings())))
    assert "signed an agreement" in doc.text and "Home" not in doc.text
    assert doc.page_date == "2025-03-04"


def test_stdin_jsonl_records_keep_their_metadata(monkeypatch: object) -> None:
    import io
    import sys

    rec = {"id": "x9", "text": ARTICLE, "published": "2025-03-04", "outlet": "Wire", "title": "T"}
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO((json.dumps(rec) + "\n").encode())))  # type: ignore[attr-defined]
    (doc,) = _docs(list(read_inputs(["-"], Settings())))
    assert (doc.source, doc.published, doc.outlet) == ("x9", "2025-03-04", "Wire")
