"""The REST API under /api: the record as JSON (or CSV), search, questions, and token-guarded ingest."""

# No `from __future__ import annotations` here: FastAPI reads these annotations at run time.
import hmac
import json
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.concurrency import run_in_threadpool

from dyad.formats import rows_text
from dyad.ingest.html import html_document
from dyad.ingest.readers import TOO_DEEP, decode, jsonl_records, record_item
from dyad.query import (
    EventFilter,
    actors,
    agenda,
    date_range,
    document,
    documents,
    dyad_counts,
    dyads,
    events,
    indicators,
    parse_dyad,
    statements,
)
from dyad.records import EVENT_STATUSES, EVENT_TYPES, RawDocument, Skipped
from dyad.search.ask import ask
from dyad.settings import Settings
from dyad.web.jobs import start_ingest
from dyad.web.state import RecordDep, StoreDep

MAX_UPLOAD_BYTES = 5_000_000
PAGE_MAX = 500

router = APIRouter(prefix="/api")


def pagination(limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 50,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> tuple[int, int]:
    return limit, offset


Page = Annotated[tuple[int, int], Depends(pagination)]
DyadQ = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}[^A-Za-z]?[A-Za-z]{3}$", description="e.g. PAK-RUS")]
DateQ = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="2024, 2024-06, 2024-06-01")]
Fmt = Annotated[Literal["json", "csv"], Query()]
EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Status = Literal[EVENT_STATUSES]  # type: ignore[valid-type]


def respond(rows: list[dict[str, Any]], fmt: str, total: int | None = None) -> Response:
    if fmt == "csv":
        return PlainTextResponse(rows_text(rows, "csv") if rows else "", media_type="text/csv")
    return JSONResponse({"items": rows, "count": len(rows), **({"total": total} if total is not None else {})})


def listed(rows: list[dict[str, Any]], page: tuple[int, int], fmt: str) -> Response:
    """One page of a list read whole (these lists are small: items, series, speakers)."""
    limit, offset = page
    return respond(rows[offset : offset + limit], fmt, total=len(rows))


@router.get("/dyads", tags=["record"])
def api_dyads(store: StoreDep) -> dict[str, Any]:
    """Dyads on record with their event counts."""
    return {"items": dyads(store, limit=10_000)}


@router.get("/events", tags=["record"])
def api_events(store: StoreDep, page: Page, dyad: DyadQ = None, since: DateQ = None, until: DateQ = None,
               type: Annotated[EventType | None, Query()] = None, status: Annotated[Status | None, Query()] = None,
               sector: Annotated[str | None, Query(max_length=60)] = None,
               actor: Annotated[str | None, Query(max_length=100)] = None, format: Fmt = "json") -> Response:
    """Events with evidence, oldest first; filter by dyad, date range, type, status, sector, actor."""
    limit, offset = page
    rows = events(store, EventFilter(dyad=dyad, since=since, until=until, type=type, status=status, sector=sector,
                                     actor=actor, limit=limit, offset=offset))
    return respond(rows, format)


@router.get("/events/{event_id}", tags=["record"])
def api_event(store: StoreDep, event_id: Annotated[str, PathParam(max_length=40)]) -> dict[str, Any]:
    found = events(store, EventFilter(id=event_id))
    if not found:
        raise HTTPException(404, f"no event {event_id!r}")
    return found[0]


@router.get("/agenda", tags=["record"])
def api_agenda(store: StoreDep, page: Page, dyad: DyadQ = None, format: Fmt = "json") -> Response:
    """Agenda items with their status history."""
    return listed(agenda(store, dyad), page, format)


@router.get("/indicators", tags=["record"])
def api_indicators(store: StoreDep, page: Page, dyad: DyadQ = None, format: Fmt = "json") -> Response:
    """Indicators (value, unit, qualifier, period, change) with their evidence, series by series."""
    return listed(indicators(store, dyad=dyad), page, format)


@router.get("/actors", tags=["record"])
def api_actors(store: StoreDep, page: Page, kind: Annotated[Literal["person", "org", "country"] | None, Query()] = None,
               format: Fmt = "json") -> Response:
    return listed(actors(store, kind=kind), page, format)


@router.get("/statements", tags=["record"])
def api_statements(store: StoreDep, page: Page, dyad: DyadQ = None, format: Fmt = "json") -> Response:
    """Who said what: speaker, side, date, topic, stance, tone, and the quote."""
    return listed(statements(store, dyad), page, format)


@router.get("/counts", tags=["record"])
def api_counts(store: StoreDep, by: Annotated[Literal["day", "month"], Query()] = "month", dyad: DyadQ = None,
               format: Fmt = "json") -> Response:
    return respond(dyad_counts(store, by=by, dyad=dyad), format)


@router.get("/documents", tags=["documents"])
def api_documents(store: StoreDep, page: Page,
                  q: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
    """Documents, or those whose text contains `q` (case-insensitive)."""
    limit, offset = page
    return {"items": documents(store, q, limit, offset)}


@router.get("/documents/{doc_id}", tags=["documents"])
def api_document(store: StoreDep, doc_id: str) -> dict[str, Any]:
    found = document(store, doc_id)
    if found is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    found.pop("evidence_spans")
    return found


@router.get("/search", tags=["search"])
def api_search(record: RecordDep, q: Annotated[str, Query(min_length=1, max_length=300)], page: Page,
               dyad: DyadQ = None, since: DateQ = None, until: DateQ = None,
               outlet: Annotated[str | None, Query(max_length=100)] = None, format: Fmt = "json") -> Response:
    """Full-text search over sentences (BM25; "phrases"; filters)."""
    limit, offset = page
    first, last = date_range(since, until)
    hits = record.search.search(q, dyad=parse_dyad(dyad) if dyad else None, since=first, until=last,
                                outlet=outlet, limit=limit, offset=offset)
    return respond([h.as_dict() for h in hits], format)


@router.get("/ask", tags=["search"])
def api_ask(record: RecordDep, store: StoreDep,
            q: Annotated[str, Query(min_length=3, max_length=300)]) -> dict[str, Any]:
    """A question answered from the record with the quoted sentence, or "not in the corpus"."""
    return ask(store, record.search, q).as_dict()


@router.post("/ingest", tags=["ingest"])
async def api_ingest(request: Request, record: RecordDep, source: Annotated[str, Query(max_length=200)] = "api",
                     wait: Annotated[bool, Query()] = True,
                     authorization: Annotated[str | None, Header()] = None) -> Response:
    """Ingest a document (text, HTML, a JSON record or list of them, or JSON Lines) with
    `Authorization: Bearer <DYAD_TOKEN>`. The pipeline runs in a worker thread, so the server goes
    on answering; with `wait=false` the answer is at once (202) and `GET /api/ingest/{job}` follows
    the job."""
    if not record.token:
        raise HTTPException(403, "ingest over the API is off: start the server with DYAD_TOKEN set")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), record.token.encode()):
        raise HTTPException(401, "a valid token is needed to ingest: Authorization: Bearer <token>")
    body = await _bounded_body(request)
    kind = request.headers.get("content-type", "text/plain").split(";")[0].strip().lower()
    items = _items(body, kind, source)
    job = start_ingest(record, items)
    if not wait:
        return JSONResponse(job.view(), status_code=202)
    await run_in_threadpool(job.done.wait)  # the event loop stays free for readers
    return JSONResponse(job.view())


@router.get("/ingest/{job_id}", tags=["ingest"])
def api_ingest_job(record: RecordDep, job_id: Annotated[str, PathParam(max_length=40)]) -> dict[str, Any]:
    """An API ingest job: running or done, documents read, added, already stored, skipped."""
    job = record.jobs.get(job_id)
    if job is None:
        raise HTTPException(404, f"no ingest job {job_id!r}")
    return job.view()


async def _bounded_body(request: Request) -> bytes:
    """The body, refused (413) from its Content-Length before it is read, or as soon as a body sent
    without one passes the limit: a huge upload is never held in memory."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise HTTPException(400, "Content-Length is not a number")
        if int(declared) > MAX_UPLOAD_BYTES:
            raise HTTPException(413, f"body is {declared} bytes, over the limit of {MAX_UPLOAD_BYTES}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_UPLOAD_BYTES:
            raise HTTPException(413, f"body is over the limit of {MAX_UPLOAD_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _items(body: bytes, kind: str, source: str) -> list[RawDocument | Skipped]:
    """The documents of an upload: one text or page, a JSON record or list of them, or JSON Lines."""
    text, why = decode(body)
    if text is None or not text.strip():
        raise HTTPException(422, f"{source}: {why if text is None else 'empty body'}")
    if kind in ("application/x-ndjson", "application/jsonl"):
        return list(jsonl_records(body, source, Settings()))
    if kind == "application/json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise HTTPException(422, f"{source}: not valid JSON ({e.msg} at column {e.colno})") from e
        except RecursionError:
            raise HTTPException(422, f"{source}: {TOO_DEEP}") from None
        records = data if isinstance(data, list) else [data]
        return [record_item(r, source, n) for n, r in enumerate(records, 1)]
    if kind == "text/html":
        return [html_document(source, text)]
    return [RawDocument(source=source, text=text, format="txt")]
