"""`dyad serve`: the REST API under /api and the analysts' dashboard, over the one query layer.

Everything is read-only except POST /api/ingest, which needs the token set in DYAD_TOKEN
(compared in constant time) and refuses bodies over the size limit. Pages are rendered on the
server with autoescaping (document text is untrusted), ship their own CSS, and load nothing
from outside; the API docs page is generated here from the OpenAPI schema.
"""

# No `from __future__ import annotations` here: FastAPI reads these annotations at run time.
import csv
import hmac
import io
import json
import threading
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, PackageLoader, select_autoescape

from dyad.errors import DyadError
from dyad.gazetteer import country_name
from dyad.ingest.readers import decode, jsonl_records
from dyad.pipeline import process
from dyad.query import (
    EVENT_TYPES,
    EventFilter,
    actors,
    agenda,
    date_bound,
    document_text,
    dyad_counts,
    events,
    indicators,
    parse_dyad,
    statements,
)
from dyad.records import RawDocument, Skipped
from dyad.report.charts import bar_chart, stacked_bar_chart
from dyad.search.ask import ask
from dyad.search.feed import rows_from_document
from dyad.search.index import SearchIndex, index_path
from dyad.settings import Settings
from dyad.store.duckdb_store import Store
from dyad.times import edtf_bounds

MAX_UPLOAD_BYTES = 5_000_000
PAGE_MAX = 500
STATUSES = ("occurred", "planned", "ongoing", "proposed", "cancelled", "denied")


def pagination(limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 50,
               offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0) -> tuple[int, int]:
    return limit, offset


Page = Annotated[tuple[int, int], Depends(pagination)]
DyadQ = Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}[^A-Za-z]?[A-Za-z]{3}$", description="e.g. PAK-RUS")]
DateQ = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="2024, 2024-06, 2024-06-01")]
Fmt = Annotated[Literal["json", "csv"], Query()]
# a form sends its empty fields as "": allowed, and read as no filter
FormDateQ = Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")]
EventType = Literal["visit", "meeting", "call", "agreement", "forum", "military_exercise", "military_transfer",
                    "economic", "cultural", "cooperation", "statement", "conflict"]
Status = Literal["occurred", "planned", "ongoing", "proposed", "cancelled", "denied"]


class Dyad:
    """The app's hold on the record: one connection, one lock (DuckDB connections are not shared
    across threads), and the search index beside the database."""

    def __init__(self, db: Path, writable: bool) -> None:
        self.db = db
        self.store = Store(db, read_only=not writable)
        self.lock = threading.Lock()
        self.search = SearchIndex(index_path(db))

    @contextmanager
    def read(self) -> Iterator[Store]:
        with self.lock:
            yield self.store


def create_app(db: Path, token: str | None = None) -> FastAPI:
    app = FastAPI(title="Dyad", version="0.1.0", docs_url=None, redoc_url=None,
                  description="A dated, source-cited record of the relationship between two countries.")
    state = Dyad(db, writable=bool(token))
    app.state.dyad = state  # closed by close_app, or when the server shuts down
    env = Environment(loader=PackageLoader("dyad.web", "templates"), autoescape=select_autoescape(["html", "j2"]))
    app.mount("/static", StaticFiles(packages=[("dyad.web", "static")]), name="static")

    def page(name: str, **ctx: Any) -> HTMLResponse:
        return HTMLResponse(env.get_template(name).render(**ctx))

    @app.exception_handler(DyadError)
    async def bad_input(request: Request, exc: DyadError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=422)

    def _respond(rows: list[dict[str, Any]], fmt: str, total: int | None = None) -> Response:
        if fmt == "csv":
            buf = io.StringIO()
            if rows:
                w = csv.DictWriter(buf, fieldnames=list(rows[0]))
                w.writeheader()
                for r in rows:
                    w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
                                for k, v in r.items()})
            return PlainTextResponse(buf.getvalue(), media_type="text/csv")
        return JSONResponse({"items": rows, "count": len(rows), **({"total": total} if total is not None else {})})

    def _listed(rows: list[dict[str, Any]], page: tuple[int, int], fmt: str) -> Response:
        """One page of a list read whole (these lists are small: items, series, speakers)."""
        limit, offset = page
        return _respond(rows[offset : offset + limit], fmt, total=len(rows))

    def _events(dyad: str | None, since: str | None, until: str | None, type: str | None, status: str | None,
                sector: str | None, actor: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
        with state.read() as store:
            rows = events(store, EventFilter(dyad=dyad, since=since, until=until, type=type, status=status,
                                             limit=None if sector or actor else limit,
                                             offset=0 if sector or actor else offset))
        if sector:
            rows = [r for r in rows if sector in r["sectors"]]
        if actor:
            needle = actor.lower()
            rows = [r for r in rows if any(needle in p.lower() for p in r["participants"])
                    or needle in (r["source_actor"] or "").lower() or needle in (r["target_actor"] or "").lower()]
        return rows[offset : offset + limit] if sector or actor else rows

    # --- API ------------------------------------------------------------------------------------

    @app.get("/api/dyads", tags=["record"])
    def api_dyads() -> dict[str, Any]:
        """Dyads on record with their event counts."""
        with state.read() as store:
            rows = store.rows("SELECT dyad, count(*) AS events FROM events WHERE dyad IS NOT NULL "
                              "GROUP BY dyad ORDER BY events DESC")
        return {"items": [{"dyad": r["dyad"], "events": int(r["events"])} for r in rows]}

    @app.get("/api/events", tags=["record"])
    def api_events(page: Page, dyad: DyadQ = None, since: DateQ = None, until: DateQ = None,
                   type: Annotated[EventType | None, Query()] = None,
                   status: Annotated[Status | None, Query()] = None,
                   sector: Annotated[str | None, Query(max_length=60)] = None,
                   actor: Annotated[str | None, Query(max_length=100)] = None, format: Fmt = "json") -> Response:
        """Events with evidence, oldest first; filter by dyad, date range, type, status, sector, actor."""
        limit, offset = page
        return _respond(_events(dyad, since, until, type, status, sector, actor, limit, offset), format)

    @app.get("/api/events/{event_id}", tags=["record"])
    def api_event(event_id: Annotated[str, PathParam(max_length=40)]) -> dict[str, Any]:
        with state.read() as store:
            found = events(store, EventFilter(id=event_id))
        if not found:
            raise HTTPException(404, f"no event {event_id!r}")
        return found[0]

    @app.get("/api/agenda", tags=["record"])
    def api_agenda(page: Page, dyad: DyadQ = None, format: Fmt = "json") -> Response:
        """Agenda items with their status history."""
        with state.read() as store:
            return _listed(agenda(store, dyad), page, format)

    @app.get("/api/indicators", tags=["record"])
    def api_indicators(page: Page, dyad: DyadQ = None, format: Fmt = "json") -> Response:
        """Indicators (value, unit, qualifier, period, change) with their evidence, series by series."""
        with state.read() as store:
            return _listed(indicators(store, dyad=dyad), page, format)

    @app.get("/api/actors", tags=["record"])
    def api_actors(page: Page, kind: Annotated[Literal["person", "org", "country"] | None, Query()] = None,
                   format: Fmt = "json") -> Response:
        with state.read() as store:
            return _listed(actors(store, kind=kind), page, format)

    @app.get("/api/statements", tags=["record"])
    def api_statements(page: Page, dyad: DyadQ = None, format: Fmt = "json") -> Response:
        """Who said what: speaker, side, date, topic, stance, tone, and the quote."""
        with state.read() as store:
            return _listed(statements(store, dyad), page, format)

    @app.get("/api/counts", tags=["record"])
    def api_counts(by: Annotated[Literal["day", "month"], Query()] = "month", dyad: DyadQ = None,
                   format: Fmt = "json") -> Response:
        with state.read() as store:
            return _respond(dyad_counts(store, by=by, dyad=dyad), format)

    @app.get("/api/documents", tags=["documents"])
    def api_documents(page: Page, q: Annotated[str | None, Query(max_length=200)] = None) -> dict[str, Any]:
        """Documents, or those whose text contains `q` (case-insensitive)."""
        limit, offset = page
        sql = ("SELECT id, source, title, outlet, CAST(ref_date AS VARCHAR) AS ref_date, dyad, duplicate_of "
               "FROM documents")
        params: list[Any] = []
        if q:
            sql += " WHERE contains(lower(text), lower(?))"
            params.append(q)
        sql += " ORDER BY ref_date NULLS LAST, source LIMIT ? OFFSET ?"
        with state.read() as store:
            return {"items": store.rows(sql, params + [limit, offset])}

    @app.get("/api/documents/{doc_id}", tags=["documents"])
    def api_document(doc_id: str) -> dict[str, Any]:
        with state.read() as store:
            rows = store.rows("SELECT id, source, title, outlet, CAST(ref_date AS VARCHAR) AS ref_date, "
                              "ref_date_source, dyad, duplicate_of, text FROM documents WHERE id = ?", [doc_id])
            if not rows:
                raise HTTPException(404, f"no document {doc_id!r}")
            cuts = store.rows('SELECT start, "end", reason FROM cuts WHERE document_id = ? ORDER BY start', [doc_id])
        return {**rows[0], "cuts": cuts}

    @app.get("/api/search", tags=["search"])
    def api_search(q: Annotated[str, Query(min_length=1, max_length=300)], page: Page, dyad: DyadQ = None,
                   since: DateQ = None, until: DateQ = None,
                   outlet: Annotated[str | None, Query(max_length=100)] = None, format: Fmt = "json") -> Response:
        """Full-text search over sentences (BM25; "phrases"; filters)."""
        limit, offset = page
        hits = state.search.search(q, dyad=parse_dyad(dyad) if dyad else None, since=date_bound(since, 0, "since"),
                                   until=date_bound(until, 1, "until"), outlet=outlet, limit=limit, offset=offset)
        return _respond([h.as_dict() for h in hits], format)

    @app.get("/api/ask", tags=["search"])
    def api_ask(q: Annotated[str, Query(min_length=3, max_length=300)]) -> dict[str, Any]:
        """A question answered from the record with the quoted sentence, or "not in the corpus"."""
        with state.read() as store:
            return ask(store, state.search, q).as_dict()

    @app.post("/api/ingest", tags=["ingest"])
    async def api_ingest(request: Request, authorization: Annotated[str | None, Header()] = None) -> dict[str, Any]:
        """Ingest a document (text, HTML or JSON Lines body) with `Authorization: Bearer <DYAD_TOKEN>`."""
        if not token:
            raise HTTPException(403, "ingest over the API is off: start the server with DYAD_TOKEN set")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "a valid token is needed to ingest")
        body = await request.body()
        if len(body) > MAX_UPLOAD_BYTES:
            raise HTTPException(413, f"body is {len(body)} bytes, over the limit of {MAX_UPLOAD_BYTES}")
        kind = request.headers.get("content-type", "text/plain").split(";")[0].strip()
        return _ingest(body, kind, request.query_params.get("source") or "api")

    def _ingest(body: bytes, kind: str, source: str) -> dict[str, Any]:
        text, why = decode(body)
        if text is None or not text.strip():
            raise HTTPException(422, f"{source}: {why if text is None else 'empty body'}")
        items: list[RawDocument | Skipped]
        if kind in ("application/x-ndjson", "application/jsonl"):
            items = list(jsonl_records(body, source, Settings()))
        elif kind == "application/json":
            # one record {"text" or "html", "id", "title", "url", "outlet", "published"} or a list of them
            try:
                data = json.loads(text)
            except json.JSONDecodeError as e:
                raise HTTPException(422, f"{source}: not valid JSON ({e.msg} at column {e.colno})") from e
            records = data if isinstance(data, list) else [data]
            lines = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()
            items = list(jsonl_records(lines, source, Settings()))
        elif kind == "text/html":
            from dyad.ingest.html import html_document

            items = [html_document(source, text)]
        else:
            items = [RawDocument(source=source, text=text, format="txt")]
        added, skipped, rows = 0, [], []
        with state.read() as store:
            for item in items:
                if isinstance(item, Skipped):
                    skipped.append(str(item))
                    continue
                if store.has_document(item.id):
                    continue
                doc = process(item)
                if store.save(doc):
                    added += 1
                    rows.extend(rows_from_document(doc))
            state.search.add(rows)
        return {"added": added, "skipped": skipped}

    # --- docs -----------------------------------------------------------------------------------

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return page("docs.html.j2", spec=app.openapi(), title="API")

    # --- dashboard ------------------------------------------------------------------------------

    def _default_dyad(store: Store) -> str | None:
        rows = store.rows("SELECT dyad FROM events WHERE dyad IS NOT NULL GROUP BY dyad ORDER BY count(*) DESC "
                          "LIMIT 1")
        return rows[0]["dyad"] if rows else None

    def _dyads(store: Store) -> list[str]:
        return [r["dyad"] for r in store.rows("SELECT dyad FROM events WHERE dyad IS NOT NULL GROUP BY dyad "
                                              "ORDER BY count(*) DESC LIMIT 30")]

    def _title(dyad: str | None) -> str:
        if not dyad:
            return "no dyad yet"
        a, b = dyad.split("-")
        return f"{country_name(a)} – {country_name(b)}"

    @app.get("/", include_in_schema=False)
    def overview(dyad: DyadQ = None) -> HTMLResponse:
        with state.read() as store:
            d = parse_dyad(dyad) if dyad else _default_dyad(store)
            rows = events(store, EventFilter(dyad=d)) if d else []
            items = agenda(store, d) if d else []
            dyads = _dyads(store)
        occurred = [r for r in rows if r["status"] == "occurred" and r["type"] != "statement"]
        per_month: dict[str, Counter[str]] = defaultdict(Counter)
        by_year: dict[str, list[float]] = defaultdict(list)
        for r in occurred:
            b = edtf_bounds(r["date"])
            if b and b[0].year == b[1].year:
                by_year[str(b[0].year)].append(float(r["goldstein"] or 0))
                if (b[0].year, b[0].month) == (b[1].year, b[1].month):
                    per_month[b[0].strftime("%Y-%m")][r["type"].replace("_", " ")] += 1
        months = sorted(per_month)[-24:]
        kinds = sorted({t for m in months for t in per_month[m]})
        charts = [stacked_bar_chart(months, {k: [float(per_month[m][k]) for m in months] for k in kinds},
                                    "Events per month by type (occurred, dated to the month)"),
                  bar_chart([(y, round(sum(v) / len(v), 2)) for y, v in sorted(by_year.items())][-15:],
                            "Cooperation score (mean Goldstein) by year", signed=True)]
        latest = sorted([r for r in rows if r["date"]], key=lambda r: r["date"])[-10:][::-1]
        changed = sorted((i for i in items if i["as_of"]), key=lambda i: i["as_of"], reverse=True)[:10]
        types = Counter(r["type"] for r in occurred).most_common()
        return page("overview.html.j2", title=_title(d), dyad=d, dyads=dyads, charts=charts, latest=latest,
                    changed=changed, types=types, total=len(rows))

    @app.get("/timeline", include_in_schema=False)
    def timeline_page(dyad: DyadQ = None, since: FormDateQ = None, until: FormDateQ = None,
                      type: Annotated[str | None, Query(max_length=40)] = None,
                      status: Annotated[str | None, Query(max_length=20)] = None,
                      sector: Annotated[str | None, Query(max_length=60)] = None,
                      actor: Annotated[str | None, Query(max_length=100)] = None) -> HTMLResponse:
        with state.read() as store:
            d = parse_dyad(dyad) if dyad else _default_dyad(store)
            dyads = _dyads(store)
        rows = _events(d, since or None, until or None, type or None, status or None, sector or None, actor or None,
                       PAGE_MAX, 0)
        return page("timeline.html.j2", title=_title(d), dyad=d, dyads=dyads, rows=rows, types=EVENT_TYPES,
                    statuses=STATUSES, f={"since": since or "", "until": until or "", "type": type or "",
                                         "status": status or "", "sector": sector or "", "actor": actor or ""})

    @app.get("/agenda", include_in_schema=False)
    def agenda_page(dyad: DyadQ = None) -> HTMLResponse:
        with state.read() as store:
            d = parse_dyad(dyad) if dyad else _default_dyad(store)
            items = agenda(store, d) if d else []
            dyads = _dyads(store)
        board: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for i in items:
            board[i["status"] or "unknown"].append(i)
        return page("agenda.html.j2", title=_title(d), dyad=d, dyads=dyads, board=sorted(board.items()))

    @app.get("/indicators", include_in_schema=False)
    def indicators_page(dyad: DyadQ = None) -> HTMLResponse:
        with state.read() as store:
            d = parse_dyad(dyad) if dyad else _default_dyad(store)
            rows = indicators(store, dyad=d) if d else []
            dyads = _dyads(store)
        series: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            series[r["key"]].append(r)
        charts = [bar_chart([(r["period"] or "n.d.", float(r["value"])) for r in rs],
                            f"{rs[0]['name']} ({rs[0]['unit']})") for rs in series.values()]
        return page("indicators.html.j2", title=_title(d), dyad=d, dyads=dyads, rows=rows, charts=charts)

    @app.get("/actors", include_in_schema=False)
    def actors_page(dyad: DyadQ = None) -> HTMLResponse:
        with state.read() as store:
            d = parse_dyad(dyad) if dyad else _default_dyad(store)
            rows = events(store, EventFilter(dyad=d)) if d else []
            people = [a for a in actors(store, kind="person") if a["side"]][:40]
            dyads = _dyads(store)
        pairs: Counter[tuple[str, str]] = Counter()
        for r in rows:
            ps = sorted(set(r["participants"]))
            for i, a in enumerate(ps):
                for b in ps[i + 1 :]:
                    pairs[(a, b)] += 1
        return page("actors.html.j2", title=_title(d), dyad=d, dyads=dyads, people=people,
                    network=_network_svg(pairs), pairs=pairs.most_common(30))

    @app.get("/documents/{doc_id}", include_in_schema=False)
    def document_page(doc_id: str, start: Annotated[int | None, Query(ge=0)] = None,
                      end: Annotated[int | None, Query(ge=0)] = None) -> HTMLResponse:
        with state.read() as store:
            rows = store.rows("SELECT id, source, title, outlet, CAST(ref_date AS VARCHAR) AS ref_date, "
                              "ref_date_source, duplicate_of FROM documents WHERE id = ?", [doc_id])
            if not rows:
                raise HTTPException(404, f"no document {doc_id!r}")
            text = document_text(store, doc_id) or ""
            cuts = store.rows('SELECT start, "end", reason FROM cuts WHERE document_id = ? ORDER BY start', [doc_id])
            spans = store.rows('SELECT DISTINCT start, "end" FROM evidence WHERE document_id = ? ORDER BY start',
                               [doc_id])
        pieces = _pieces(text, cuts, spans, (start, end) if start is not None and end is not None else None)
        return page("document.html.j2", title=rows[0]["title"] or rows[0]["source"], doc=rows[0], pieces=pieces,
                    dyad=None, dyads=[])

    @app.get("/search", include_in_schema=False)
    def search_page(q: Annotated[str, Query(max_length=300)] = "", dyad: DyadQ = None) -> HTMLResponse:
        hits = state.search.search(q, dyad=parse_dyad(dyad) if dyad else None, limit=30) if q.strip() else []
        answer = None
        if q.strip().endswith("?"):
            with state.read() as store:
                answer = ask(store, state.search, q)
        return page("search.html.j2", title="Search", q=q, hits=[h.as_dict() for h in hits], answer=answer,
                    dyad=dyad, dyads=[])

    return app


def close_app(app: FastAPI) -> None:
    """Release the app's database connection."""
    state = getattr(app.state, "dyad", None)
    if state is not None:
        with state.lock:
            state.store.close()
        app.state.dyad = None
        del state.store  # the closed connection too: nothing of DuckDB outlives the app


def _pieces(text: str, cuts: list[dict[str, Any]], spans: list[dict[str, Any]],
            focus: tuple[int, int] | None) -> list[dict[str, Any]]:
    """The text cut into runs: plain, evidence (highlighted), removed furniture (shown struck through)."""
    marks: list[tuple[int, int, str, str]] = [(c["start"], c["end"], "cut", c["reason"]) for c in cuts]
    marks += [(s["start"], s["end"], "evidence", "") for s in spans]
    bounds = sorted({0, len(text)} | {p for m in marks for p in (m[0], m[1]) if 0 <= p <= len(text)})
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        if a == b:
            continue
        kinds = [m for m in marks if m[0] <= a and b <= m[1]]
        cut = next((m for m in kinds if m[2] == "cut"), None)
        evidence = any(m[2] == "evidence" for m in kinds)
        out.append({"text": text[a:b], "cut": cut[3] if cut else None, "evidence": evidence,
                    "focus": bool(focus and focus[0] <= a and b <= focus[1]), "start": a})
    return out


def _network_svg(pairs: Counter[tuple[str, str]]) -> str:
    """Who met whom: people on a circle, a line for each pair seen together, thicker when more often."""
    import math
    from html import escape

    names = sorted({n for p in pairs for n in p})[:24]
    if not names:
        return ""
    w, h, r = 640, 420, 160
    pos = {n: (w / 2 + r * math.cos(2 * math.pi * i / len(names)), h / 2 + r * math.sin(2 * math.pi * i / len(names)))
           for i, n in enumerate(names)}
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="{w}" height="{h}" '
             f'role="img" aria-label="who met whom" font-family="DejaVu Sans, sans-serif">']
    for (a, b), n in pairs.items():
        if a in pos and b in pos:
            (x1, y1), (x2, y2) = pos[a], pos[b]
            parts.append(f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" stroke="#2f6f9f" '
                         f'stroke-opacity="0.6" stroke-width="{1 + min(n, 6)}"><title>{escape(a)} – {escape(b)}: '
                         f'{n}</title></line>')
    for name, (x, y) in pos.items():
        anchor = "start" if x >= w / 2 else "end"
        dx = 8 if x >= w / 2 else -8
        parts.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="6" fill="#17324d"/><text x="{x + dx:.0f}" '
                     f'y="{y + 4:.0f}" font-size="11" text-anchor="{anchor}">{escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)

