"""Full-text search over sentences with tantivy (BM25, phrases, filters by dyad, date and outlet).

The index lives beside the database (`dyad.duckdb` -> `dyad.duckdb.search/`) and is the only
module that imports tantivy. Every hit is a sentence with its document and character offsets,
so a result is evidence like any other: `text == document_text[start:end]`.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import tantivy

from dyad.errors import ConfigError

WRITER_HEAP = 50_000_000


@dataclass(frozen=True)
class Hit:
    text: str
    source: str
    document_id: str
    start: int
    end: int
    score: float
    date: str | None
    dyad: str | None
    outlet: str | None
    title: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "source": self.source, "document_id": self.document_id, "start": self.start,
                "end": self.end, "score": round(self.score, 4), "date": self.date, "dyad": self.dyad,
                "outlet": self.outlet, "title": self.title}


def _schema() -> tantivy.Schema:
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("text", stored=True)
    for raw in ("document_id", "source", "dyad", "outlet", "title", "date"):
        sb.add_text_field(raw, stored=True, tokenizer_name="raw")
    for number in ("start", "end"):
        sb.add_integer_field(number, stored=True)
    sb.add_integer_field("day", stored=True, indexed=True, fast=True)  # yyyymmdd of the document's date
    return sb.build()


def index_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".search")


class SearchIndex:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.schema = _schema()
        path.mkdir(parents=True, exist_ok=True)
        try:
            self.index = tantivy.Index(self.schema, path=str(path))
        except ValueError as e:
            raise ConfigError(f"{path}: cannot open the search index ({e}); rebuild it with "
                              "`dyad search --rebuild`") from e

    def add(self, rows: list[dict[str, Any]], replace: bool = True) -> int:
        """Index sentences: dicts with text, document_id, source, start, end, dyad, outlet, title, date.

        With `replace`, a document's earlier sentences go first, in the same commit: indexing a
        document again (after a run was killed between its database commit and the index's) never
        shows its sentences twice."""
        if not rows:
            return 0
        writer = self.index.writer(heap_size=WRITER_HEAP, num_threads=1)
        if replace:
            for doc_id in dict.fromkeys(r["document_id"] for r in rows):
                writer.delete_documents_by_term("document_id", doc_id)
        for r in rows:
            day = int(r["date"].replace("-", "")) if r.get("date") else 0
            writer.add_document(tantivy.Document(
                text=r["text"], document_id=r["document_id"], source=r["source"], start=int(r["start"]),
                end=int(r["end"]), dyad=r.get("dyad") or "", outlet=r.get("outlet") or "", title=r.get("title") or "",
                date=r.get("date") or "", day=day))
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        return len(rows)

    def search(self, q: str, *, dyad: str | None = None, since: date | None = None, until: date | None = None,
               outlet: str | None = None, limit: int = 10, offset: int = 0) -> list[Hit]:
        """BM25 over sentences; "quoted phrases" match as phrases; filters narrow the hits."""
        query, _errors = self.index.parse_query_lenient(q, ["text"])
        clauses = [(tantivy.Occur.Must, query)]
        if dyad:
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "dyad", dyad)))
        if outlet:
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(self.schema, "outlet", outlet)))
        if since or until:
            lo = int(since.strftime("%Y%m%d")) if since else 1
            hi = int(until.strftime("%Y%m%d")) if until else 99991231
            clauses.append((tantivy.Occur.Must, tantivy.Query.range_query(self.schema, "day", tantivy.FieldType.Integer,
                                                                          lo, hi)))
        searcher = self.index.searcher()
        result = searcher.search(tantivy.Query.boolean_query(clauses), 3 * (limit + offset))
        hits: list[Hit] = []
        seen: set[str] = set()
        for score, address in result.hits:
            d = searcher.doc(address)
            if d["text"][0] in seen:
                continue  # the same sentence in a syndicated copy: one hit is enough
            seen.add(d["text"][0])
            hits.append(Hit(text=d["text"][0], source=d["source"][0], document_id=d["document_id"][0],
                            start=int(d["start"][0]), end=int(d["end"][0]), score=float(score),
                            date=d["date"][0] or None, dyad=d["dyad"][0] or None, outlet=d["outlet"][0] or None,
                            title=d["title"][0] or None))
        return hits[offset : offset + limit]

    def count(self) -> int:
        self.index.reload()
        return int(self.index.searcher().num_docs)

    def refresh(self) -> None:
        """See what other processes committed since this index was opened."""
        self.index.reload()


def reset(path: Path) -> None:
    """Remove the index (before a rebuild)."""
    if path.exists():
        shutil.rmtree(path)
