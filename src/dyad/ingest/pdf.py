"""PDF statements (by pypdf): the text layer, page by page. A PDF of scanned pages has no text
layer and is refused with that reason (Dyad does no OCR); an encrypted or broken file likewise."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from dyad.records import RawDocument, Skipped

logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # its warnings about odd files: the skip says it


def pdf_document(data: bytes, src: str) -> RawDocument | Skipped:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            return Skipped(src, "the PDF is encrypted; Dyad reads only open PDFs")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        title = reader.metadata.title if reader.metadata and reader.metadata.title else None
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as e:
        return Skipped(src, f"not a readable PDF ({type(e).__name__}: {str(e)[:160]})")
    text = "\n\n".join(p for p in pages if p)
    if not text.strip():
        return Skipped(src, f"the PDF has no text layer ({len(pages)} page(s), scanned images?): "
                            "run OCR on it first")
    return RawDocument(source=src, text=text, format="pdf", title=str(title) if title else None)


__all__ = ["pdf_document"]
