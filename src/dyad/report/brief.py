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
from dyad.numbers import readable
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
from dyad.records import AGENDA_STATUSES
from dyad.report.charts import bar_chart, year_range
from dyad.store.duckdb_store import Store
from dyad.times import edtf_bounds

MAX_EVENTS = 40
MAX_QUOTES_PER_SIDE = 4


@dataclass
class Citation:
    number: int
    quote: str
    source: str  # the document's source as ingested (kept for checks; never printed: it may be a local path)
    title: str | None
    published: str | None
    start: int
    end: int
    document: int = 0  # the number of its document in the brief's list of documents


@dataclass(frozen=True)
class SourceDocument:
    """A document the brief cites, listed once: what a reader needs to find it, never a local path."""

    number: int
    label: str  # its title, else its file's or record's name
    outlet: str | None
    published: str | None
    url: str | None


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
    sources: list[SourceDocument] = field(default_factory=list)
    summary: list[tuple[str, list[int]]] = field(default_factory=list)  # sentences, each with its citations


class _Citer:
    """Numbers evidence in order of first use; the same span keeps its number."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.by_key: dict[tuple[str, int, int], Citation] = {}
        self.docs: dict[str, dict[str, Any]] = {}
        self.listed: dict[str, SourceDocument] = {}

    def cite(self, evidence: list[dict[str, Any]], limit: int = 2) -> list[int]:
        out = []
        for e in evidence[:limit]:
            key = (e["source"], e["start"], e["end"])
            if key not in self.by_key:
                doc = self._doc(e["source"])
                self.by_key[key] = Citation(len(self.by_key) + 1, e["text"], e["source"], doc.get("title"),
                                            doc.get("published"), e["start"], e["end"],
                                            self._listed(e["source"], doc).number)
            out.append(self.by_key[key].number)
        return out

    def _listed(self, source: str, doc: dict[str, Any]) -> SourceDocument:
        if source not in self.listed:
            name = source.replace("\\", "/").rsplit("/", 1)[-1]  # a file's name, not where it lies
            self.listed[source] = SourceDocument(len(self.listed) + 1, doc.get("title") or name, doc.get("outlet"),
                                                 doc.get("published"), doc.get("url"))
        return self.listed[source]

    def _doc(self, source: str) -> dict[str, Any]:
        if source not in self.docs:
            self.docs[source] = document_meta(self.store, source)
        return self.docs[source]


def build_brief(store: Store, a: str, b: str) -> Brief:
    dyad = parse_dyad([a, b])
    first, second = dyad.split("-")
    cite = _Citer(store)
    events = timeline(store, first, second, statements=False)  # framing has its own section
    if not events:
        raise ConfigError(f"no events for {dyad} in this database: nothing to brief")
    occurred = [e for e in events if e["status"] == "occurred"]
    dated = [e["date"] for e in events if e["date"]]
    key_events = [{"date": e["date"] or "date unknown", "type": e["type"].replace("_", " "), "status": e["status"],
                   "headline": e["headline"], "cites": cite.cite(e["evidence"]),
                   "sources": len({x["source"] for x in e["evidence"]})} for e in events[-MAX_EVENTS:]]
    summary = _summary(events, agenda(store, dyad), indicators(store, dyad), cite)
    ind_rows, svgs = _indicators(store, dyad, cite)
    people = [r for r in actors(store) if r["kind"] in ("person", "org") and r["side"] in (first, second)]
    return Brief(dyad=dyad, title=f"{country_name(first)} – {country_name(second)}",
                 generated=date.today().isoformat(), documents=dyad_documents(store, dyad),
                 counts=Counter(e["type"] for e in occurred).most_common(),
                 span=f"{min(dated)} – {max(dated)}" if dated else "undated", trend_svg=_trend(occurred),
                 events=key_events, agenda=_agenda_board(store, dyad, cite), indicators=ind_rows,
                 indicator_svgs=svgs,
                 actors=[{"name": r["name"], "kind": r["kind"], "side": r["side"] or "", "role": r["role"] or "",
                          "mentions": r["mentions"]} for r in people[:15]],
                 framing=_framing(store, dyad, cite), citations=sorted(cite.by_key.values(), key=lambda c: c.number),
                 sources=sorted(cite.listed.values(), key=lambda d: d.number), summary=summary)


SUMMARY_EVENTS = 3  # happenings the opening summary names


def _summary(events: list[dict[str, Any]], items: list[dict[str, Any]], numbers: list[dict[str, Any]],
             cite: _Citer) -> list[tuple[str, list[int]]]:
    """An opening paragraph written from the record, every sentence with its citations: how much
    the record holds, the weightiest recent happenings, what last changed on the agenda, the
    number that moved last. At most about 150 words."""
    out: list[tuple[str, list[int]]] = []
    occurred = [e for e in events if e["status"] == "occurred"]
    dated = [e for e in events if e["date"]]
    if dated:
        kinds = Counter(e["type"].replace("_", " ") for e in occurred).most_common(3)
        kinds_text = ", ".join(f"{n} {k}" for k, n in kinds) if kinds else "no occurrence yet"
        out.append((f"From {dated[0]['date']} to {dated[-1]['date']} the record holds {len(events)} events "
                    f"({kinds_text} among those that took place).",
                    cite.cite(dated[0]["evidence"], 1) + cite.cite(dated[-1]["evidence"], 1)))
    recent = sorted(dated, key=lambda e: (e["date"], abs(e["goldstein"] or 0)))[-12:]
    weighty = sorted(recent, key=lambda e: -abs(e["goldstein"] or 0))[:SUMMARY_EVENTS]
    for e in sorted(weighty, key=lambda e: e["date"]):
        verb = "" if e["status"] in ("occurred", "planned") else f" ({e['status']})"  # a plan reads as one
        out.append((f"{e['headline']}{verb}, {e['date']}.", cite.cite(e["evidence"], 1)))
    changed = [it for it in items if it["history"]]
    changed.sort(key=lambda it: str(it["history"][-1]["as_of"] or ""))
    for it in changed[-2:]:
        step = it["history"][-1]
        when = f" as of {step['as_of']}" if step["as_of"] else ""
        out.append((f"On the agenda: {it['title']}, {step['status']}{when}.", cite.cite(step["evidence"], 1)))
    moved = [n for n in numbers if n["change"]] or numbers
    if moved:
        n = moved[-1]
        period = f" ({n['period']})" if n["period"] else ""
        change = f", {n['change']}" if n["change"] else ""
        out.append((f"{n['name'][0].upper()}{n['name'][1:]}: {readable(n['value'])} {n['unit']}{period}{change}.",
                    cite.cite(n["evidence"], 1)))
    return [(text, cites) for text, cites in out if cites]


def _trend(occurred: list[dict[str, Any]]) -> str:
    by_year: dict[int, list[float]] = defaultdict(list)
    for e in occurred:
        b = edtf_bounds(e["date"])
        if b and b[0].year == b[1].year:
            by_year[b[0].year].append(float(e["goldstein"] or 0))
    years = year_range([str(y) for y in by_year], 15)
    trend = [(y, round(sum(by_year[int(y)]) / len(by_year[int(y)]), 2) if int(y) in by_year else None) for y in years]
    return bar_chart(trend, "Mean cooperation score (Goldstein) of occurred events, by year", signed=True,
                     unit="Goldstein")


def _agenda_board(store: Store, dyad: str, cite: _Citer) -> list[tuple[str, list[dict[str, Any]]]]:
    board: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for it in agenda(store, dyad):
        steps = [{"status": h["status"], "as_of": h["as_of"] or "undated", "cites": cite.cite(h["evidence"], 1)}
                 for h in it["history"]]
        board[it["status"] or "unknown"].append({"title": it["title"], "kind": it["kind"], "steps": steps})
    order = list(AGENDA_STATUSES)
    return [(s, board[s]) for s in order + sorted(set(board) - set(order)) if s in board]


def _indicators(store: Store, dyad: str, cite: _Citer) -> tuple[list[dict[str, Any]], list[str]]:
    series: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in indicators(store, dyad):
        series[r["key"]].append(r)
    rows_out: list[dict[str, Any]] = []
    svgs: list[str] = []
    for _key, rows in sorted(series.items(), key=lambda kv: -len(kv[1])):
        for r in rows:
            rows_out.append({"name": r["name"], "value": r["value"], "unit": r["unit"], "qualifier": r["qualifier"],
                             "period": r["period"] or "", "change": r["change"] or "",
                             "cites": cite.cite(r["evidence"], 1)})
        points = [(r["period"] or "n.d.", float(r["value"])) for r in rows]
        if len(points) >= 2 and len(svgs) < 6:  # a series, not a single figure: the table says that
            svgs.append(bar_chart(points, f"{rows[0]['name']} ({rows[0]['unit']})"))
    return rows_out, svgs


def _framing(store: Store, dyad: str, cite: _Citer) -> list[dict[str, Any]]:
    """How each side speaks: the number of statements, their mean stance, the strongest quotes."""
    framing = []
    said = statements(store, dyad)
    for side in dyad.split("-"):
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
    return framing


def _env() -> Environment:
    env = Environment(loader=PackageLoader("dyad.report", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["readable"] = readable
    return env


def html(brief: Brief) -> str:
    """A self-contained page: inline CSS and SVG, no scripts, no external assets."""
    return _env().get_template("brief.html.j2").render(b=brief)


def markdown(brief: Brief) -> str:
    env = Environment(loader=PackageLoader("dyad.report", "templates"), autoescape=False, trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["readable"] = readable
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
