"""WARC web archives (by warcio): each HTML response a document, with its URL and capture date.

Records are streamed, so an archive of any size is read one page at a time; a page over the
per-document limit, a response that is not HTML, or a record that does not decode is skipped or
passed over with its reason, and the archive's other pages are still read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import IO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dyad.ingest.html import html_document
from dyad.records import RawDocument, Skipped

Item = RawDocument | Skipped


def warc_pages(stream: IO[bytes], src: str, max_bytes: int,
               decode: Callable[[bytes], tuple[str | None, str]]) -> Iterator[Item]:
    """The HTML pages of a WARC stream. `decode` is the readers' bytes -> (text, why) function, passed
    in so that a page decodes as every other input does (the readers import this module)."""
    n = records = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type is None:
                yield Skipped(src, f"record {records + 1} is not a WARC record (it has no WARC-Type)", records + 1)
                continue
            records += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            n += 1
            kind = (record.http_headers.get_header("Content-Type") or "").lower()
            if "html" not in kind:
                continue
            url = record.rec_headers.get_header("WARC-Target-URI") or f"{src}#{n}"
            status = record.http_headers.get_statuscode()
            if status and not status.startswith("2"):
                yield Skipped(src, f"record {n} ({url}): HTTP status {status}, not a page", n)
                continue
            body = record.content_stream().read(max_bytes + 1)
            if len(body) > max_bytes:
                yield Skipped(src, f"record {n} ({url}): page over the limit for one document", n)
                continue
            text, why = decode(body)
            if text is None:
                yield Skipped(src, f"record {n} ({url}): {why}", n)
                continue
            page = html_document(url, text)
            if not page.text.strip():
                yield Skipped(src, f"record {n} ({url}): no article text found in the page", n)
                continue
            captured = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
            yield RawDocument(source=url, text=page.text, format="warc", raw=text, title=page.title, url=url,
                              page_date=page.page_date, captured=captured)
    except ArchiveLoadFailed as e:
        yield Skipped(src, f"not a readable WARC archive past record {n}: {str(e).splitlines()[0][:200]}")
        return
    if not records:
        yield Skipped(src, "not a WARC archive: no records in it")


__all__ = ["warc_pages"]
