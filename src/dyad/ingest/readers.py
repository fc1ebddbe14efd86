"""Read inputs into RawDocuments: files, folders (recursive), stdin; .txt .md .html .htm .jsonl.

Every input either becomes documents or a `Skipped` with the file (and line) and the reason;
nothing is dropped silently and nothing here raises on bad input.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import charset_normalizer

from dyad.ingest.html import html_document
from dyad.records import RawDocument, Skipped
from dyad.settings import Settings

TEXT_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html",
                 ".jsonl": "jsonl", ".ndjson": "jsonl"}  # fmt: skip
# Files a folder carries about itself rather than articles: not ingested when found in a walk.
FOLDER_DOCS = ("readme", "license", "licence", "changelog", "contributing")
# Legacy encodings we accept when the bytes are not UTF-8; anything else is refused with a reason.
LEGACY_ENCODINGS = {"cp1252", "windows-1252", "cp1251", "windows-1251", "latin_1", "iso8859_1", "iso8859_15",
                    "koi8_r", "cp1250", "windows-1250", "iso8859_5", "utf_16", "utf_16_le", "utf_16_be",
                    "mac_cyrillic", "ascii"}  # fmt: skip

Item = RawDocument | Skipped


def read_inputs(paths: list[str], settings: Settings, ignored: list[str] | None = None) -> Iterator[Item]:
    """Every document in `paths` ("-" is stdin), in a stable order."""
    for p in paths:
        if p == "-":
            yield from _read_stdin(settings)
            continue
        path = Path(p)
        if not path.exists():
            yield Skipped(p, "no such file or folder")
        elif path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not _hidden(f, path))
            for f in files:
                if f.suffix.lower() not in TEXT_SUFFIXES:
                    if ignored is not None:
                        ignored.append(f"{f}: not a supported file type")
                    continue
                if f.stem.lower().startswith(FOLDER_DOCS):
                    if ignored is not None:
                        ignored.append(f"{f}: the folder's own documentation, not an article")
                    continue
                yield from read_file(f, settings)
        else:
            yield from read_file(path, settings)


def _hidden(f: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in f.relative_to(root).parts)


def read_file(path: Path, settings: Settings) -> Iterator[Item]:
    src = str(path)
    kind = TEXT_SUFFIXES.get(path.suffix.lower(), "txt")
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
    if size > settings.max_document_bytes:
        yield Skipped(src, f"file is {size / 1e6:.1f} MB, over the limit of "
                           f"{settings.max_document_bytes / 1e6:.0f} MB for one document")
        return
    try:
        data = path.read_bytes()
    except OSError as e:
        yield Skipped(src, f"cannot read: {e.strerror or e}")
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
        yield RawDocument(source=src, text=text, format=kind)


def decode(data: bytes) -> tuple[str | None, str]:
    """Text from bytes: UTF-8 first, then a legacy encoding if the bytes clearly are one."""
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
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
    return text, enc


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
    text_line, why = decode(line)
    if text_line is None:
        yield Skipped(src, why, n)
        return
    try:
        rec = json.loads(text_line)
    except json.JSONDecodeError as e:
        yield Skipped(src, f"not valid JSON ({e.msg} at column {e.colno})", n)
        return
    if not isinstance(rec, dict):
        yield Skipped(src, "a JSON Lines record must be an object", n)
        return
    body, html = rec.get("text"), rec.get("html")
    if not isinstance(body, str) and not isinstance(html, str):
        yield Skipped(src, 'record has no "text" or "html" string', n)
        return
    rid = str(rec.get("id")) if rec.get("id") is not None else f"{src}:{n}"
    meta = {k: (str(rec[k]) if rec.get(k) is not None else None) for k in ("title", "url", "outlet", "published")}
    if isinstance(html, str) and not isinstance(body, str):
        doc = html_document(rid, html)
        yield RawDocument(source=rid, text=doc.text, format="html", raw=html,
                          title=meta["title"] or doc.title, url=meta["url"], outlet=meta["outlet"],
                          published=meta["published"], page_date=doc.page_date)
        return
    assert isinstance(body, str)
    if not body.strip():
        yield Skipped(src, "record text is empty", n)
        return
    yield RawDocument(source=rid, text=body, format="jsonl", **meta)


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
