"""The dashboard: server-rendered pages over the query layer (overview, timeline, agenda board,
indicators, actor network, document view with evidence highlighted, search)."""

# No `from __future__ import annotations` here: FastAPI reads these annotations at run time.
import math
from collections import Counter, defaultdict
from html import escape
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, select_autoescape

from dyad.gazetteer import country_name
from dyad.numbers import readable
from dyad.query import EventFilter, actors, agenda, document, dyads, events, indicators, parse_dyad
from dyad.records import AGENDA_STATUSES, EVENT_STATUSES, EVENT_TYPES
from dyad.report.charts import bar_chart, month_range, stacked_bar_chart, year_range
from dyad.search.ask import ask
from dyad.store.duckdb_store import Store
from dyad.times import edtf_bounds
from dyad.web.api import PAGE_MAX, DyadQ
from dyad.web.state import RecordDep, StoreDep

router = APIRouter(include_in_schema=False)
env = Environment(loader=PackageLoader("dyad.web", "templates"), autoescape=select_autoescape(["html", "j2"]))
env.filters["readable"] = readable
# a form sends its empty fields as "": allowed, and read as no filter
FormDateQ = Annotated[str | None, Query(pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")]


def page(name: str, **ctx: Any) -> HTMLResponse:
    return HTMLResponse(env.get_template(name).render(**ctx))


def error_page(status: int, heading: str, message: str) -> HTMLResponse:
    return HTMLResponse(env.get_template("error.html.j2").render(title=heading, heading=heading, message=message),
                        status_code=status)


def _chosen(store: Store, dyad: str | None) -> tuple[str | None, list[str]]:
    """The dyad asked for (else the one with most events), and the dyads to offer."""
    offered = [d["dyad"] for d in dyads(store)]
    return (parse_dyad(dyad) if dyad else (offered[0] if offered else None)), offered


def _title(dyad: str | None) -> str:
    if not dyad:
        return "no dyad yet"
    a, b = dyad.split("-")
    return f"{country_name(a)} – {country_name(b)}"


@router.get("/docs")
def docs(request: Request) -> HTMLResponse:
    return page("docs.html.j2", spec=request.app.openapi(), title="API")


def _overview_charts(occurred: list[dict[str, Any]]) -> list[str]:
    per_month: dict[str, Counter[str]] = defaultdict(Counter)
    by_year: dict[str, list[float]] = defaultdict(list)
    for r in occurred:
        b = edtf_bounds(r["date"])
        if b and b[0].year == b[1].year:
            by_year[str(b[0].year)].append(float(r["goldstein"] or 0))
            if (b[0].year, b[0].month) == (b[1].year, b[1].month):
                per_month[b[0].strftime("%Y-%m")][r["type"].replace("_", " ")] += 1
    months = month_range(list(per_month), 24)  # every month: a quiet one is a gap, not left out
    kinds = sorted({t for m in months if m in per_month for t in per_month[m]})
    years = year_range(list(by_year), 15)
    counts = {k: [float(per_month[m][k]) if m in per_month else 0.0 for m in months] for k in kinds}
    return [stacked_bar_chart(months, counts,
                              "Occurred events dated to a month, per month (last 24 months on record)",
                              unit="events"),
            bar_chart([(y, round(sum(by_year[y]) / len(by_year[y]), 2) if y in by_year else None) for y in years],
                      "Cooperation score (mean Goldstein) of occurred events, by year", signed=True,
                      unit="Goldstein")]


@router.get("/")
def overview(store: StoreDep, dyad: DyadQ = None) -> HTMLResponse:
    d, offered = _chosen(store, dyad)
    rows = events(store, EventFilter(dyad=d)) if d else []
    items = agenda(store, d) if d else []
    occurred = [r for r in rows if r["status"] == "occurred" and r["type"] != "statement"]
    latest = sorted([r for r in rows if r["date"]], key=lambda r: r["date"])[-10:][::-1]
    changed = sorted((i for i in items if i["as_of"]), key=lambda i: i["as_of"], reverse=True)[:10]
    return page("overview.html.j2", title=_title(d), dyad=d, dyads=offered, charts=_overview_charts(occurred),
                latest=latest, changed=changed, types=Counter(r["type"] for r in occurred).most_common(),
                total=len(rows), counts=_what_is_counted(rows, len(occurred)))


def _what_is_counted(rows: list[dict[str, Any]], occurred: int) -> list[tuple[int, str]]:
    """The header's parts, which add up to the total: the tiles count occurred events only, so the
    planned, the reported-unsure and the statements are said apart."""
    statements = sum(r["type"] == "statement" for r in rows)
    other = len(rows) - occurred - statements
    return [(n, label) for n, label in ((occurred, "occurred (by type below)"),
                                        (other, "planned, expected or not known to have happened"),
                                        (statements, "statements")) if n]


@router.get("/timeline")
def timeline_page(store: StoreDep, dyad: DyadQ = None, since: FormDateQ = None, until: FormDateQ = None,
                  type: Annotated[str | None, Query(max_length=40)] = None,
                  status: Annotated[str | None, Query(max_length=20)] = None,
                  sector: Annotated[str | None, Query(max_length=60)] = None,
                  actor: Annotated[str | None, Query(max_length=100)] = None) -> HTMLResponse:
    d, offered = _chosen(store, dyad)
    rows = events(store, EventFilter(dyad=d, since=since or None, until=until or None, type=type or None,
                                     status=status or None, sector=sector or None, actor=actor or None,
                                     limit=PAGE_MAX))
    return page("timeline.html.j2", title=_title(d), dyad=d, dyads=offered, rows=rows, types=EVENT_TYPES,
                statuses=EVENT_STATUSES, f={"since": since or "", "until": until or "", "type": type or "",
                                            "status": status or "", "sector": sector or "", "actor": actor or ""})


@router.get("/agenda")
def agenda_page(store: StoreDep, dyad: DyadQ = None) -> HTMLResponse:
    d, offered = _chosen(store, dyad)
    board: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for i in agenda(store, d) if d else []:
        board[i["status"] or "unknown"].append(i)
    order = {s: n for n, s in enumerate(AGENDA_STATUSES)}
    return page("agenda.html.j2", title=_title(d), dyad=d, dyads=offered,
                board=sorted(board.items(), key=lambda kv: order.get(kv[0], len(order))))


@router.get("/indicators")
def indicators_page(store: StoreDep, dyad: DyadQ = None) -> HTMLResponse:
    d, offered = _chosen(store, dyad)
    rows = indicators(store, dyad=d) if d else []
    series: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        series[r["key"]].append(r)
    charts = [bar_chart([(r["period"] or "n.d.", float(r["value"])) for r in rs],
                        f"{rs[0]['name']} ({rs[0]['unit']})") for rs in series.values()]
    return page("indicators.html.j2", title=_title(d), dyad=d, dyads=offered, rows=rows, charts=charts)


@router.get("/actors")
def actors_page(store: StoreDep, dyad: DyadQ = None) -> HTMLResponse:
    d, offered = _chosen(store, dyad)
    rows = events(store, EventFilter(dyad=d)) if d else []
    people = [a for a in actors(store, kind="person") if a["side"]][:40]
    pairs: Counter[tuple[str, str]] = Counter()
    for r in rows:
        ps = sorted(set(r["participants"]))
        for i, a in enumerate(ps):
            for b in ps[i + 1 :]:
                pairs[(a, b)] += 1
    return page("actors.html.j2", title=_title(d), dyad=d, dyads=offered, people=people,
                network=network_svg(pairs), pairs=pairs.most_common(30))


@router.get("/documents/{doc_id}")
def document_page(store: StoreDep, doc_id: str, start: Annotated[int | None, Query(ge=0)] = None,
                  end: Annotated[int | None, Query(ge=0)] = None) -> HTMLResponse:
    doc = document(store, doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    focus = (start, end) if start is not None and end is not None else None
    pieces = text_pieces(doc["text"] or "", doc["cuts"], doc["evidence_spans"], focus)
    return page("document.html.j2", title=doc["title"] or doc["source"], doc=doc, pieces=pieces, dyad=None,
                dyads=[])


@router.get("/search")
def search_page(record: RecordDep, q: Annotated[str, Query(max_length=300)] = "",
                dyad: DyadQ = None) -> HTMLResponse:
    hits = record.search.search(q, dyad=parse_dyad(dyad) if dyad else None, limit=30) if q.strip() else []
    answer = None
    if q.strip().endswith("?"):
        with record.read() as store:
            answer = ask(store, record.search, q)
    return page("search.html.j2", title="Search", q=q, hits=[h.as_dict() for h in hits], answer=answer,
                dyad=dyad, dyads=[])


def text_pieces(text: str, cuts: list[dict[str, Any]], spans: list[dict[str, Any]],
                focus: tuple[int, int] | None) -> list[dict[str, Any]]:
    """The text cut into runs: plain, evidence (highlighted), removed furniture (shown struck through)."""
    marks: list[tuple[int, int, str, str]] = [(c["start"], c["end"], "cut", c["reason"]) for c in cuts]
    marks += [(s["start"], s["end"], "evidence", "") for s in spans]
    if focus is not None:
        marks.append((focus[0], focus[1], "evidence", ""))  # the slice linked to is shown whatever cites it
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


def network_svg(pairs: Counter[tuple[str, str]]) -> str:
    """Who met whom: people on a circle, a line for each pair seen together, thicker when more often."""
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
