"""The brief: the relationship at a glance, with numbered citations an analyst can paste into a memo.

`build_brief` reads the record through the query layer into plain data; `markdown`, `html` and
`pdf` render it. Every citation quotes its evidence verbatim and names the document it is from.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from dyad.errors import ConfigError
from dyad.gazetteer import country_name
from dyad.query import (
    actors,
    agenda,
    document_meta,
    dyad_documents,
    indicators,
    parse_dyad,
    statements,
    timeline,
)
from dyad.report.charts import bar_chart
from dyad.store.duckdb_store import Store
from dyad.times import edtf_bounds

STATUS_ORDER = ["proposed", "under discussion", "pending", "agreed", "signed", "in force", "under way", "completed",
                "stalled", "cancelled"]
MAX_EVENTS = 40
MAX_QUOTES_PER_SIDE = 4


@dataclass
class Citation:
    number: int
    quote: str
    source: str
    title: str | None
    published: str | None
    start: int
    end: int


@dataclass
class Brief:
    dyad: str
    title: str
    generated: str
    documents: int
    counts: list[tuple[str, int]]
    span: str
    trend_svg: str
    events: list[dict[str, Any]]
    agenda: list[tuple[str, list[dict[str, Any]]]]
    indicators: list[dict[str, Any]]
    indicator_svgs: list[str]
    actors: list[dict[str, Any]]
    framing: list[dict[str, Any]]
    citations: list[Citation] = field(default_factory=list)


class _Citer:
    """Numbers evidence in order of first use; the same span keeps its number."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.by_key: dict[tuple[str, int, int], Citation] = {}
        self.docs: dict[str, dict[str, Any]] = {}

    def cite(self, evidence: list[dict[str, Any]], limit: int = 2) -> list[int]:
        out = []
        for e in evidence[:limit]:
            key = (e["source"], e["start"], e["end"])
            if key not in self.by_key:
                doc = self._doc(e["source"])
                self.by_key[key] = Citation(len(self.by_key) + 1, e["text"], e["source"], doc.get("title"),
                                            doc.get("published"), e["start"], e["end"])
            out.append(self.by_key[key].number)
        return out

    def _doc(self, source: str) -> dict[str, Any]:
        if source not in self.docs:
            self.docs[source] = document_meta(self.store, source)
        return self.docs[source]


def build_brief(store: Store, a: str, b: str) -> Brief:
    dyad = parse_dyad([a, b])
    first, second = dyad.split("-")
    title = f"{country_name(first)} – {country_name(second)}"
    cite = _Citer(store)
    events = timeline(store, first, second)
    if not events:
        raise ConfigError(f"no events for {dyad} in this database: nothing to brief")
    occurred = [e for e in events if e["status"] == "occurred"]
    counts = Counter(e["type"] for e in occurred)
    dated = [e["date"] for e in events if e["date"]]
    span = f"{min(dated)} – {max(dated)}" if dated else "undated"

    by_year: dict[int, list[float]] = defaultdict(list)
    for e in occurred:
        b_ = edtf_bounds(e["date"])
        if b_ and b_[0].year == b_[1].year:
            by_year[b_[0].year].append(float(e["goldstein"] or 0))
    trend = [(str(y), round(sum(v) / len(v), 2)) for y, v in sorted(by_year.items())]
    trend_svg = bar_chart(trend[-15:], "Mean cooperation score (Goldstein) of events, by year", signed=True)

    key_events = []
    for e in events[-MAX_EVENTS:]:
        key_events.append({"date": e["date"] or "date unknown", "type": e["type"].replace("_", " "),
                           "status": e["status"], "summary": e["summary"], "cites": cite.cite(e["evidence"]),
                           "sources": len({x["source"] for x in e["evidence"]})})

    items = agenda(store, dyad)
    board: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for it in items:
        steps = [{"status": h["status"], "as_of": h["as_of"] or "undated", "cites": cite.cite(h["evidence"], 1)}
                 for h in it["history"]]
        board[it["status"] or "unknown"].append({"title": it["title"], "kind": it["kind"], "steps": steps})
    agenda_board = [(s, board[s]) for s in STATUS_ORDER + sorted(set(board) - set(STATUS_ORDER)) if s in board]

    inds = indicators(store, dyad)
    series: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in inds:
        series[r["key"]].append(r)
    ind_rows: list[dict[str, Any]] = []
    svgs: list[str] = []
    for _key, rows in sorted(series.items(), key=lambda kv: -len(kv[1])):
        for r in rows:
            ind_rows.append({"name": r["name"], "value": r["value"], "unit": r["unit"], "qualifier": r["qualifier"],
                             "period": r["period"] or "", "change": r["change"] or "",
                             "cites": cite.cite(r["evidence"], 1)})
        points = [(r["period"] or "n.d.", float(r["value"])) for r in rows]
        if len(points) >= 2 and len(svgs) < 6:  # a series, not a single figure: the table says that
            svgs.append(bar_chart(points, f"{rows[0]['name']} ({rows[0]['unit']})"))

    people = [r for r in actors(store) if r["kind"] in ("person", "org") and r["side"] in (first, second, None)]
    key_actors = [{"name": r["name"], "kind": r["kind"], "side": r["side"] or "", "role": r["role"] or "",
                   "mentions": r["mentions"]} for r in people[:15]]

    framing = []
    said = statements(store, dyad)
    for side in (first, second):
        mine = [s for s in said if s["side"] == side]
        if not mine:
            continue
        tones = Counter(s["tone"] for s in mine)
        quotes = sorted(mine, key=lambda s: -abs(s["stance"] or 0))[:MAX_QUOTES_PER_SIDE]
        framing.append({
            "side": country_name(side), "n": len(mine),
            "mean": round(sum(s["stance"] or 0 for s in mine) / len(mine), 2),
            "tones": ", ".join(f"{k} {v}" for k, v in tones.most_common()),
            "quotes": [{"speaker": q["speaker"], "date": q["date"] or "", "text": q["evidence"][0]["text"],
                        "cites": cite.cite(q["evidence"], 1)} for q in quotes],
        })

    documents = dyad_documents(store, dyad)
    return Brief(dyad=dyad, title=title, generated=date.today().isoformat(), documents=documents,
                 counts=counts.most_common(), span=span, trend_svg=trend_svg, events=key_events,
                 agenda=agenda_board, indicators=ind_rows, indicator_svgs=svgs, actors=key_actors,
                 framing=framing, citations=sorted(cite.by_key.values(), key=lambda c: c.number))


def _env() -> Environment:
    return Environment(loader=PackageLoader("dyad.report", "templates"),
                       autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)


def html(brief: Brief) -> str:
    """A self-contained page: inline CSS and SVG, no scripts, no external assets."""
    return _env().get_template("brief.html.j2").render(b=brief)


def markdown(brief: Brief) -> str:
    env = Environment(loader=PackageLoader("dyad.report", "templates"), autoescape=False, trim_blocks=True,
                      lstrip_blocks=True)
    return env.get_template("brief.md.j2").render(b=brief)


def write(brief: Brief, out: Path) -> Path:
    """Write the brief as Markdown, HTML or PDF, by the file's extension."""
    suffix = out.suffix.lower()
    if suffix == ".md":
        out.write_text(markdown(brief), encoding="utf-8")
    elif suffix in (".html", ".htm"):
        out.write_text(html(brief), encoding="utf-8")
    elif suffix == ".pdf":
        from weasyprint import HTML  # imported here: loading its fonts and Pango costs a second

        HTML(string=html(brief), base_url=str(out.parent)).write_pdf(str(out))
    else:
        raise ConfigError(f"--out: write .md, .html or .pdf (got {out.name!r})")
    return out
