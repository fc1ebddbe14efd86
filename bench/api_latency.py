"""Latency of the timeline and search endpoints over a generated record of 1,000,000 events.

    .venv/bin/python bench/api_latency.py [--events 1000000] [--requests 200] [--keep DIR]

Builds a database with the project's own schema and N synthetic events (20 dyads, 2000-2025,
one evidence sentence each, 50,000 documents), indexes the sentences for search, serves the app
with uvicorn on 127.0.0.1, and times bounded sequential requests over loopback. Prints p50/p95.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

from dyad.search.index import SearchIndex, index_path
from dyad.store.duckdb_store import Store
from dyad.web.app import create_app

DYADS = ["PAK-RUS", "IND-JPN", "CHN-KAZ", "AZE-TUR", "EGY-SAU", "BGD-IND", "CHN-RUS", "IRN-RUS", "FRA-DEU",
         "GBR-USA", "JPN-KOR", "BRA-ARG", "IDN-MYS", "KEN-UGA", "ISR-USA", "CHN-USA", "IND-PAK", "RUS-UKR",
         "TUR-GRC", "VNM-CHN"]
TYPES = ["visit", "meeting", "call", "agreement", "forum", "military_exercise", "economic", "cultural", "statement"]
WORDS = ["minister", "talks", "trade", "energy", "pipeline", "railway", "summit", "delegation", "agreement", "signed",
         "visit", "loan", "port", "corridor", "exercise", "naval", "forum", "investment", "visa", "scholarship",
         "students", "grain", "fertilizer", "power", "plant", "security"]


def build(db: Path, n_events: int, n_docs: int = 50_000) -> None:
    store = Store(db)
    con = store.con
    con.execute(f"""
        INSERT INTO documents (id, source, format, ref_date, dyad, text, ingested_at)
        SELECT 'd' || i, 'synthetic/' || i, 'txt', DATE '2000-01-01' + CAST(i % 9000 AS INTEGER),
               list_extract(?, 1 + i % {len(DYADS)}), 'synthetic text ' || i, now()
        FROM range({n_docs}) t(i)""", [DYADS])
    con.execute(f"""
        INSERT INTO events (id, document_id, type, plover, cameo, goldstein, date, date_start, date_end, status,
                            dyad, participants, sectors, summary, confidence)
        SELECT 'e' || i, 'd' || (i % {n_docs}), list_extract(?, 1 + i % {len(TYPES)}), 'CONSULT', '040', 1.0,
               CAST(DATE '2000-01-01' + CAST(hash(i) % 9300 AS INTEGER) AS VARCHAR),
               DATE '2000-01-01' + CAST(hash(i) % 9300 AS INTEGER), DATE '2000-01-01' + CAST(hash(i) % 9300 AS INTEGER),
               'occurred', list_extract(?, 1 + (i * 7) % {len(DYADS)}), [], [], 'synthetic event ' || i, 0.5
        FROM range({n_events}) t(i)""", [TYPES, DYADS])
    con.execute(f"""
        INSERT INTO evidence SELECT 'e' || i, 'd' || (i % {n_docs}), 'synthetic/' || (i % {n_docs}), 0, 20,
               'synthetic evidence ' || i FROM range({n_events}) t(i)""")
    store.close()


def build_index(db: Path, n: int) -> None:
    rnd = random.Random(7)
    rows = []
    for i in range(n):
        text = " ".join(rnd.choice(WORDS) for _ in range(12)) + f" number {i}."
        rows.append({"text": text, "document_id": f"d{i % 50_000}", "source": f"synthetic/{i % 50_000}", "start": 0,
                     "end": len(text), "dyad": DYADS[i % len(DYADS)], "outlet": "Wire",
                     "title": None, "date": f"{2000 + i % 25}-06-01"})
    ix = SearchIndex(index_path(db))
    for k in range(0, n, 100_000):
        ix.add(rows[k : k + 100_000], replace=False)  # new documents: nothing to replace


def timings(client: httpx.Client, urls: list[str]) -> tuple[float, float]:
    out = []
    for u in urls:
        t0 = time.perf_counter()
        r = client.get(u)
        out.append((time.perf_counter() - t0) * 1000)
        assert r.status_code == 200, (u, r.status_code, r.text[:200])
    out.sort()
    return statistics.median(out), out[int(len(out) * 0.95) - 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--keep", type=Path, default=None)
    a = ap.parse_args()
    root = a.keep or Path(tempfile.mkdtemp(prefix="dyad-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    db = root / "bench.duckdb"
    if not db.exists():
        t0 = time.perf_counter()
        build(db, a.events)
        build_index(db, a.events)
        print(f"built {a.events:,} events and their search index in {time.perf_counter() - t0:.0f} s")
    app = create_app(db)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=8765, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    rnd = random.Random(1)
    base = "http://127.0.0.1:8765"
    filtered = [f"{base}/api/events?dyad={rnd.choice(DYADS)}&since={y}&until={y + 1}-06&type={rnd.choice(TYPES)}"
                f"&limit=50" for y in (rnd.randint(2000, 2023) for _ in range(a.requests))]
    page = [f"{base}/api/events?dyad={rnd.choice(DYADS)}&limit=50&offset={rnd.randint(0, 2000)}"
            for _ in range(a.requests)]
    search = [f"{base}/api/search?q={rnd.choice(WORDS)}+{rnd.choice(WORDS)}&limit=20" for _ in range(a.requests)]
    search_f = [f"{base}/api/search?q=%22{rnd.choice(WORDS)}+{rnd.choice(WORDS)}%22&dyad={rnd.choice(DYADS)}"
                f"&since=2010&limit=20" for _ in range(a.requests)]
    with httpx.Client(timeout=30) as client:
        client.get(f"{base}/api/dyads")
        for name, urls in (("timeline, filtered (dyad+dates+type)", filtered), ("timeline page (dyad)", page),
                           ("search (two words)", search), ("search (phrase, dyad, since)", search_f)):
            p50, p95 = timings(client, urls)
            print(f"{name:>40}: p50 {p50:6.1f} ms   p95 {p95:6.1f} ms   ({len(urls)} requests)")
    server.should_exit = True
    thread.join(timeout=10)


if __name__ == "__main__":
    main()
