"""What the search index holds: every sentence of a document that is not page furniture."""

from __future__ import annotations

from typing import Any

from dyad.clean.furniture import CutMap
from dyad.records import Document


def rows_from_document(doc: Document) -> list[dict[str, Any]]:
    text, doc_id = doc.text, doc.id
    furniture = CutMap(doc.cuts)
    on_topic = doc.on_topic_stories()
    dyad = "-".join(doc.dyad) if doc.dyad else None
    return [{"text": text[s.start : s.end], "document_id": doc_id, "source": doc.source, "start": s.start,
             "end": s.end, "dyad": dyad if s.story in on_topic else None, "outlet": doc.raw.outlet,
             "title": doc.raw.title, "date": doc.ref_date.isoformat() if doc.ref_date else None}
            for s in doc.sentences if not furniture.is_cut(s.start, s.end)]
