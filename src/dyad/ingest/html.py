"""HTML pages: the main text by trafilatura, the page's own date by htmldate (no extensive search)."""

from __future__ import annotations

import logging

import trafilatura
from htmldate import find_date

from dyad.records import RawDocument

# trafilatura and htmldate log every odd page, up to ERROR for a page with no tree; the CLI reports
# what matters itself (a page without article text is a skip with its reason).
for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def html_document(source: str, html: str) -> RawDocument:
    """Extract the article text (offsets are into this text) and the page's title and date."""
    text = trafilatura.extract(html, output_format="txt", include_comments=False, include_tables=False,
                               favor_precision=True) or ""
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    try:
        # original_date: the publication date, not the last modification
        page_date = find_date(html, extensive_search=False, original_date=True)
    except (ValueError, TypeError):
        page_date = None
    if title and text and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return RawDocument(source=source, text=text, format="html", raw=html, title=title, page_date=page_date)
