"""Read inputs into RawDocuments: files, folders (recursive), stdin; .txt .md .html .htm .jsonl.

Every input either becomes documents or a `Skipped` with the file (and line) and the reason;
nothing is dropped silently and nothing here raises on bad input.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import charset_normalizer

from dyad.errors import bug
from dyad.ingest.feeds import feed_items, looks_like_feed
from dyad.ingest.html import html_document
from dyad.ingest.pdf import pdf_document
from dyad.ingest.warc import warc_pages
from dyad.records import RawDocument, Skipped
from dyad.settings import Settings
from dyad.times import parse_iso_date

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                 ".jsonl": "jsonl", ".ndjson": "jsonl", ".rss": "feed", ".atom": "feed", ".xml": "xml",
                 ".warc": "warc", ".csv": "csv", ".pdf": "pdf"}  # fmt: skip
# Files that hold many documents: read whole up to this size (a WARC archive is streamed, any size).
MAX_COLLECTION_BYTES = 500_000_000
CSV_TEXT_COLUMNS = ("text", "body", "content", "article")  # the text column, unless one is named
# Files a folder carries about itself rather than articles: not ingested when found in a walk.
FOLDER_DOCS = ("readme", "license", "licence", "changelog", "contributing")
# Legacy encodings news sites use, accepted when the bytes are not UTF-8 (Python codec names, as
# charset_normalizer reports them); anything else is refused with a reason.
LEGACY_ENCODINGS = {"gb18030", "gbk", "gb2312", "big5", "big5hkscs", "cp950", "shift_jis", "cp932", "euc_jp",
                    "euc_kr", "cp949", "koi8_r", "koi8_u", "mac_cyrillic", "utf_16", "utf_16_le", "utf_16_be",
                    "utf_32", "ascii", "latin_1", *(f"cp{n}" for n in range(1250, 1259)),
                    *(f"iso8859_{n}" for n in range(1, 17))}  # fmt: skip
# A lone surrogate (a JSON "\ud800" escape without its pair) is no character at all: it cannot be
# written as UTF-8, so it becomes U+FFFD, one character for one (offsets keep their meaning).
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
TOO_DEEP = "JSON nested too deeply to read (past about 1,000 levels)"

Item = RawDocument | Skipped


def display_name(path: str | Path) -> str:
    """A file name that can be printed and stored: bytes that are not UTF-8 (a name made on another
    system) are shown as \\xNN escapes instead of breaking every message that names the file."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def scrub(text: str) -> str:
    """Text that can be written anywhere: lone surrogates replaced (see _LONE_SURROGATE)."""
    return _LONE_SURROGATE.sub("\ufffd", text)


def read_inputs(paths: list[str], settings: Settings, ignored: list[str] | None = None) -> Iterator[Item]:
    """Every document in `paths` ("-" is stdin), in a stable order. Each file is read inside its own
    guard: whatever goes wrong with one becomes its `Skipped`, and the rest are still read."""
    for p in paths:
        if p == "-":
            yield from _guarded("-", _read_stdin(settings))
            continue
        path = Path(p)
        try:
            kind = "missing" if not path.exists() else "folder" if path.is_dir() else "file"
        except OSError as e:
            yield Skipped(display_name(p), f"cannot read: {e.strerror or e}")
            continue
        if kind == "missing":
            yield Skipped(display_name(p), "no such file or folder")
        elif kind == "folder":
            for f in folder_files(path, ignored):
                yield from _guarded(display_name(f), read_file(f, settings))
        else:
            yield from _guarded(display_name(path), read_file(path, settings))


def folder_files(path: Path, ignored: list[str] | None = None) -> Iterator[Path]:
    """The article files of a folder, recursively, in a stable order (hidden ones and the folder's
    own documentation are left out, and said so in `ignored`)."""
    files = sorted(f for f in path.rglob("*") if f.is_file() and not _hidden(f, path))
    for f in files:
        if file_kind(f) is None:
            if ignored is not None:
                ignored.append(f"{display_name(f)}: not a supported file type")
        elif f.stem.lower().startswith(FOLDER_DOCS):
            if ignored is not None:
                ignored.append(f"{display_name(f)}: the folder's own documentation, not an article")
        else:
            yield f


def _guarded(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """The items of one input; if reading it fails part way, what was read stands and the failure
    becomes a `Skipped` naming the input, instead of ending the run."""
    try:
        yield from items
    except (MemoryError, RecursionError) as e:
        yield Skipped(source, f"too large or too deeply nested to read ({type(e).__name__})")
    except OSError as e:
        yield Skipped(source, f"cannot read: {e.strerror or e}")
    except Exception as e:  # noqa: BLE001 - one unreadable input must not end the run
        yield Skipped(source, f"could not be read ({bug(e)})")


def _hidden(f: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in f.relative_to(root).parts)


def file_kind(path: Path) -> str | None:
    """How a file is read, by its name (.warc.gz is a compressed archive); None: not a kind we read."""
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz")):
        return "warc"
    return TEXT_SUFFIXES.get(path.suffix.lower())


def read_file(path: Path, settings: Settings) -> Iterator[Item]:
    src = display_name(path)
    kind = file_kind(path) or "txt"
    try:
        size = path.stat().st_size
    except OSError as e:
        yield Skipped(src, f"cannot read: {e.strerror or e}")
        return
    if size == 0:
        yield Skipped(src, "empty file")
        return
    if kind == "jsonl":
        yield from _read_jsonl(path, settings)
        return
    if kind == "warc":
        with path.open("rb") as fh:
            yield from warc_pages(fh, src, settings.max_document_bytes, decode)
        return
    if kind in ("feed", "xml", "csv"):
        yield from _read_collection(path, src, kind, size, settings)
        return
    if size > settings.max_document_bytes:
        yield Skipped(src, f"file is {size / 1e6:.1f} MB, over the limit of "
                           f"{settings.max_document_bytes / 1e6:.0f} MB for one document")
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Skipped(src, f"cannot read: {e.strerror or e}")
        return
    if kind == "pdf":
        yield pdf_document(data, src)
        return
    text, why = decode(data)
    if text is None:
        yield Skipped(src, why)
        return
    if not text.strip():
        yield Skipped(src, "no text (only whitespace)")
        return
    if kind == "html":
        doc = html_document(src, text)
        yield doc if doc.text.strip() else Skipped(src, "no article text found in the page")
    else:
        yield RawDocument(source=src, text=scrub(text), format=kind)


def _read_collection(path: Path, src: str, kind: str, size: int, settings: Settings) -> Iterator[Item]:
    """A feed (.rss .atom, or .xml that is one) or a CSV file: many documents, each skipped alone."""
    if size > MAX_COLLECTION_BYTES:
        yield Skipped(src, f"file is {size / 1e6:.0f} MB, over the limit of {MAX_COLLECTION_BYTES / 1e6:.0f} MB "
                           "for a feed or CSV file; split it")
        return
    data = path.read_bytes()
    if kind == "xml" and not looks_like_feed(data):
        yield Skipped(src, "an XML file that is not an RSS or Atom feed")
        return
    if kind in ("feed", "xml"):
        yield from feed_items(data, src)
        return
    text, why = decode(data)
    if text is None:
        yield Skipped(src, why)
        return
    yield from csv_records(text, src, settings)


def csv_records(text: str, src: str, settings: Settings) -> Iterator[Item]:
    """A CSV file with a header row: each row a document from its text column (`settings.csv_text_column`,
    else the first of CSV_TEXT_COLUMNS present), with id, title, url, outlet and published if present."""
    csv.field_size_limit(settings.max_document_bytes)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    wanted = (settings.csv_text_column.lower(),) if settings.csv_text_column else CSV_TEXT_COLUMNS
    column = next((c for c in wanted if c in columns), None)
    if column is None:
        yield Skipped(src, f"no text column ({' or '.join(wanted)}) among the CSV header's columns: "
                           f"{', '.join(columns[:10]) or 'none'}")
        return
    n = 1
    try:
        for n, row in enumerate(reader, 2):
            fields = {(k or "").strip().lower(): v for k, v in row.items() if isinstance(v, str)}
            rec = {k: fields.get(k) or None for k in ("id", "title", "url", "outlet", "published")}
            yield record_item({**rec, "text": fields.get(column) or ""}, src, n)
    except csv.Error as e:
        yield Skipped(src, f"the CSV breaks after line {n} ({e}); the rows before it were read", n + 1)


def decode(data: bytes) -> tuple[str | None, str]:
    """Text from bytes: UTF-8 first, then a legacy encoding if the bytes clearly are one. Every
    command decodes with this, so a file reads the same in `dyad ingest`, `code` and `dates`."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 byte-order mark says it all
        try:
            return scrub(data.decode("utf-16")), "utf_16"
        except UnicodeDecodeError:
            return None, "starts as UTF-16 but is not valid UTF-16"
    if b"\x00" in data[:8192]:
        return None, "binary file (contains NUL bytes), not text"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None:
        return None, "binary or undecodable bytes: not UTF-8 and no known text encoding fits"
    enc = best.encoding.lower().replace("-", "_")
    if enc not in LEGACY_ENCODINGS:
        return None, f"not UTF-8, and the likeliest encoding ({best.encoding}) is not one we accept"
    try:
        text = data.decode(enc)
    except (UnicodeDecodeError, LookupError):
        return None, f"not UTF-8, and not valid {best.encoding} either"
    controls = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 10:
        return None, "binary file (control characters), not text"
    return scrub(text), enc


def _read_jsonl(path: Path, settings: Settings) -> Iterator[Item]:
    src = str(path)
    try:
        fh = path.open("rb")
    except OSError as e:
        yield Skipped(src, f"cannot read: {e.strerror or e}")
        return
    with fh:
        for n, line in enumerate(fh, 1):
            if len(line) > settings.max_document_bytes:
                yield Skipped(src, f"record is {len(line) / 1e6:.1f} MB, over the limit of "
                                   f"{settings.max_document_bytes / 1e6:.0f} MB for one document", n)
                continue
            if not line.strip():
                continue
            yield from _jsonl_record(line, src, n)


def jsonl_records(data: bytes, source: str, settings: Settings) -> Iterator[Item]:
    """Documents from JSON Lines held in memory (an upload), with the same checks as a file."""
    for n, line in enumerate(data.splitlines(), 1):
        if len(line) > settings.max_document_bytes:
            yield Skipped(source, "record is over the limit for one document", n)
        elif line.strip():
            yield from _jsonl_record(line, source, n)


def _jsonl_record(line: bytes, src: str, n: int) -> Iterator[Item]:
    """One JSON Lines record, inside its own guard: a bad record is skipped with its line number."""
    try:
        yield from _jsonl_document(line, src, n)
    except Exception as e:  # noqa: BLE001 - one bad record must not end the file
        yield Skipped(src, f"record could not be read ({bug(e)})", n)


def _jsonl_document(line: bytes, src: str, n: int) -> Iterator[Item]:
    text_line, why = decode(line)
    if text_line is None:
        yield Skipped(src, why, n)
        return
    try:
        rec = json.loads(text_line)
    except json.JSONDecodeError as e:
        yield Skipped(src, f"not valid JSON ({e.msg} at column {e.colno})", n)
        return
    except RecursionError:
        yield Skipped(src, TOO_DEEP, n)
        return
    yield record_item(rec, src, n)


def record_item(rec: object, src: str, n: int) -> Item:
    """The document of one parsed JSON record {"text" or "html", "id", "title", "url", "outlet",
    "published"}, or why there is none."""
    if not isinstance(rec, dict):
        return Skipped(src, "a JSON Lines record must be an object", n)
    body, html = rec.get("text"), rec.get("html")
    if not isinstance(body, str) and not isinstance(html, str):
        return Skipped(src, 'record has no "text" or "html" string', n)
    rid = scrub(str(rec.get("id"))) if rec.get("id") is not None else f"{src}:{n}"
    meta = {k: (scrub(str(rec[k])) if rec.get(k) not in (None, "") else None)
            for k in ("title", "url", "outlet", "published")}
    if meta["published"] is not None and parse_iso_date(meta["published"]) is None:
        # a date that is none would silently leave the story undated (and its "last week" unread)
        return Skipped(src, f'record {rid!r}: "published" is not a date (use YYYY-MM-DD, e.g. 2025-01-25): '
                            f'{meta["published"]!r}', n)
    body = scrub(body) if isinstance(body, str) else body
    html = scrub(html) if isinstance(html, str) else html
    if isinstance(html, str) and not isinstance(body, str):
        doc = html_document(rid, html)
        return RawDocument(source=rid, text=doc.text, format="html", raw=html,
                          title=meta["title"] or doc.title, url=meta["url"], outlet=meta["outlet"],
                          published=meta["published"], page_date=doc.page_date)
    assert isinstance(body, str)
    if not body.strip():
        return Skipped(src, "record text is empty", n)
    return RawDocument(source=rid, text=body, format="jsonl", **meta)


def _read_stdin(settings: Settings) -> Iterator[Item]:
    data = sys.stdin.buffer.read(settings.max_document_bytes + 1)
    if len(data) > settings.max_document_bytes:
        yield Skipped("-", "standard input is over the limit for one document")
        return
    text, why = decode(data)
    if text is None:
        yield Skipped("-", why)
        return
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith("{") for ln in lines):
        for n, ln in enumerate(text.splitlines(), 1):
            if ln.strip():
                yield from _jsonl_record(ln.encode(), "-", n)
    elif text.strip():
        yield RawDocument(source="stdin", text=text, format="txt")
    else:
        yield Skipped("-", "standard input is empty")
