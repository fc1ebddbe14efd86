"""Feeds, web archives, CSV and PDF in, through the CLI: each entry a document with its metadata,
each broken entry a skip of its own, offsets into the text that is stored."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import duckdb

from conftest import run

STORY = ("Kenya and Uganda signed a border agreement in Kampala on 4 May 2022. The foreign ministers of both "
         "countries met for two days of talks.")  # fmt: skip


def _documents(db: Path) -> list[dict[str, object]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        cur = con.execute("SELECT source, format, title, url, outlet, published, captured, ref_date, text "
                          "FROM documents ORDER BY source")
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    finally:
        con.close()


def _evidence_holds(db: Path) -> None:
    con = duckdb.connect(str(db), read_only=True)
    rows = con.execute("SELECT d.text, v.start, v.\"end\", v.text FROM evidence v JOIN documents d "
                       "ON d.id = v.document_id").fetchall()
    con.close()
    assert rows and all(text[s:e] == quote for text, s, e, quote in rows)


def test_an_rss_feed_and_an_atom_feed_give_one_document_an_item(tmp_path: Path) -> None:
    when = format_datetime(datetime(2022, 5, 4, 9, 30, tzinfo=UTC))
    (tmp_path / "wire.rss").write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>East Wire</title>
<item><title>Border accord</title><link>https://example.org/a</link><pubDate>{when}</pubDate>
<description>&lt;p&gt;{STORY}&lt;/p&gt;</description></item>
<item><title></title><link>https://example.org/empty</link><description></description></item>
<item><title>Second</title><link>https://example.org/b</link><description>Tanzania and Rwanda held talks in Kigali
on Monday about a railway.</description></item></channel></rss>""")
    (tmp_path / "agency.atom").write_text("""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Agency</title><id>urn:x</id><updated>2022-05-05T00:00:00Z</updated>
<entry><title>Trade</title><id>urn:y</id><link href="https://example.org/c"/><updated>2022-05-05T08:00:00Z</updated>
<content type="html">&lt;p&gt;Ghana and Togo agreed to expand trade in Accra on 5 May 2022.&lt;/p&gt;</content>
</entry></feed>""")
    (tmp_path / "notes.xml").write_text("<notes><note>not a feed</note></notes>")
    db = tmp_path / "f.duckdb"
    code, _, stderr = run("ingest", "--db", str(db), str(tmp_path))
    assert code == 1 and "wire.rss:2: feed item 2 has no text" in stderr
    assert "notes.xml: an XML file that is not an RSS or Atom feed" in stderr
    docs = {d["url"]: d for d in _documents(db)}
    assert set(docs) == {"https://example.org/a", "https://example.org/b", "https://example.org/c"}
    a = docs["https://example.org/a"]
    assert (a["format"], a["title"], a["outlet"]) == ("feed", "Border accord", "East Wire")
    assert a["published"] == "2022-05-04"
    assert str(a["text"]).startswith("Border accord\n\nKenya and Uganda")
    assert docs["https://example.org/c"]["outlet"] == "Agency"
    _evidence_holds(db)


def _warc(path: Path) -> None:
    """A small archive written by warcio (whose writer leaves its digest spool files to the collector:
    collected here, under a filter, so they do not count against the code under test)."""
    import gc
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        _write_warc(path)
        gc.collect()


def _write_warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=path.suffix == ".gz")
        pages = [("https://news.example/kenya", "200 OK", "text/html; charset=utf-8",
                  f"<html><head><title>Accord</title></head><body><article><p>{STORY}</p></article></body></html>"),
                 ("https://news.example/missing", "404 Not Found", "text/html", "<html><body>gone</body></html>"),
                 ("https://news.example/logo.png", "200 OK", "image/png", "PNGDATA"),
                 ("https://news.example/empty", "200 OK", "text/html", "<html><body></body></html>")]
        for url, status, kind, body in pages:
            headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body.encode()),
                                               http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2022-05-06T10:00:00Z"})
            writer.write_record(record)


def test_a_warc_archive_gives_its_html_pages_with_url_and_capture_date(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _warc(folder / "crawl.warc.gz")
    (folder / "broken.warc").write_bytes(b"WARC/1.0\r\nnot really\r\n\r\n")
    db = tmp_path / "w.duckdb"
    code, _, stderr = run("ingest", "--db", str(db), str(folder))
    assert code == 1
    assert "HTTP status 404" in stderr and "no article text found" in stderr and "broken.warc" in stderr
    (doc,) = _documents(db)
    assert (doc["url"], doc["format"], doc["captured"]) == ("https://news.example/kenya", "warc", "2022-05-06")
    assert "Kenya and Uganda signed" in str(doc["text"])
    _evidence_holds(db)


def test_a_csv_file_gives_a_document_a_row_from_its_text_column(tmp_path: Path) -> None:
    path = tmp_path / "stories.csv"
    path.write_text('id,headline,body,published\n'
                    f'k1,Accord,"{STORY}",2022-05-04\n'
                    'k2,Empty,,2022-05-04\n'
                    'k3,Talks,"Ghana and Togo agreed to expand trade in Accra on 5 May 2022.",2022-05-05\n')
    db = tmp_path / "c.duckdb"
    code, _, stderr = run("ingest", "--db", str(db), str(path))
    assert code == 1 and "stories.csv:3: record text is empty" in stderr
    assert [d["source"] for d in _documents(db)] == ["k1", "k3"]
    code, _, stderr = run("ingest", "--db", str(tmp_path / "c2.duckdb"), "--text-column", "summary", str(path))
    assert code == 1 and "no text column (summary)" in stderr
    _evidence_holds(db)


def test_a_pdf_statement_is_read_from_its_text_layer_and_a_scan_is_refused(tmp_path: Path) -> None:
    from weasyprint import HTML

    HTML(string=f"<h1>Joint statement</h1><p>{STORY}</p>").write_pdf(str(tmp_path / "statement.pdf"))
    HTML(string='<svg width="300" height="200"><rect width="300" height="200" fill="#777"/></svg>').write_pdf(
        str(tmp_path / "scan.pdf"))
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\nthis is not a pdf body")
    db = tmp_path / "p.duckdb"
    code, _, stderr = run("ingest", "--db", str(db), str(tmp_path))
    assert code == 1 and "scan.pdf: the PDF has no text layer" in stderr and "broken.pdf: not a readable PDF" in stderr
    (doc,) = _documents(db)
    assert doc["format"] == "pdf" and "Kenya and Uganda signed a border agreement" in " ".join(str(doc["text"]).split())
    _evidence_holds(db)


def test_a_published_date_that_is_no_date_is_a_skip_naming_the_file_and_record(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"id": "good", "text": STORY, "published": "2022-05-05"},
        {"id": "moon", "text": STORY.replace("border", "trade"), "published": "2025-13-45"},
        {"id": "slash", "text": STORY.replace("border", "water"), "published": "2022/05/05"},
        {"id": "blank", "text": STORY.replace("border", "rail"), "published": ""},  # no date given: fine
    ]) + "\n")
    db = tmp_path / "db.duckdb"
    code, _, stderr = run("ingest", "--db", str(db), str(feed))
    assert code == 1
    assert f"{feed}:2: record 'moon': \"published\" is not a date" in stderr and "'2025-13-45'" in stderr
    assert f"{feed}:3: record 'slash': \"published\" is not a date" in stderr and "'2022/05/05'" in stderr
    assert "2 new document(s)" in stderr and "2 skipped" in stderr
    stored = {d["source"]: d["published"] for d in _documents(db)}
    assert stored == {"good": "2022-05-05", "blank": None}

    code, stdout, stderr = run("code", str(feed))
    assert code == 1
    assert "skipped" in stderr and "record 'moon'" in stderr and "'2025-13-45'" in stderr
    ids = {e["evidence"][0]["source"] for e in map(json.loads, stdout.splitlines())}
    assert ids == {"good", "blank"}


def test_a_csv_row_with_no_date_for_published_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f'id,text,published\nr1,"{STORY}",2022-05-04\nr2,"{STORY}",May fourth\n')
    code, _, stderr = run("ingest", "--db", str(tmp_path / "db.duckdb"), str(path))
    assert code == 1 and f"{path}:3: record 'r2': \"published\" is not a date" in stderr
