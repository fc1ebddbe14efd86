"""Requests per second and latency of `dyad serve` under concurrent load, over loopback.

    .venv/bin/python bench/load.py [--db FILE] [--path /api/events] [--concurrency 20] [--seconds 20]
                                   [--ingest FOLDER] [--vary N]

Without --db, ingests the seeds (../shared/corpus/seeds) into a fresh database first. Starts
`dyad serve` in a process of its own, sends requests from `--concurrency` clients for `--seconds`,
and prints requests/s, p50, p99 and the status codes seen. With --ingest, `dyad ingest FOLDER`
runs into the same file meanwhile (readers and the writer take turns: see README, "One writer,
many readers") and its exit status is printed too.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _dyad(*args: str) -> list[str]:
    return [sys.executable, "-m", "dyad.cli", *args]


async def _client(base: str, paths: list[str], until: float, times: list[float],
                  codes: collections.Counter[int]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        while time.perf_counter() < until:
            t0 = time.perf_counter()
            r = await client.get(paths[len(times) % len(paths)])
            times.append(time.perf_counter() - t0)
            codes[r.status_code] += 1


async def _load(base: str, paths: list[str], concurrency: int,
                seconds: float) -> tuple[list[float], collections.Counter[int]]:
    times: list[float] = []
    codes: collections.Counter[int] = collections.Counter()
    until = time.perf_counter() + seconds
    await asyncio.gather(*(_client(base, paths, until, times, codes) for _ in range(concurrency)))
    return times, codes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--path", default="/api/events")
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--ingest", type=Path, help="a folder to ingest into the same file during the load")
    ap.add_argument("--vary", type=int, default=1, help="ask this many different pages (offset=0,1,...) in turn: "
                    "with more than the server keeps, every answer is read from the database")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = a.db or Path(tmp) / "load.duckdb"
        if a.db is None:
            subprocess.run(_dyad("ingest", "--db", str(db), str(SEEDS)), check=True, capture_output=True)
        port = _free_port()
        server = subprocess.Popen(_dyad("serve", "--db", str(db), "--port", str(port)),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
        base = f"http://127.0.0.1:{port}"
        try:
            for _ in range(200):
                try:
                    if httpx.get(base + "/api/dyads", timeout=1).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            ingest = (subprocess.Popen(_dyad("ingest", "--db", str(db), str(a.ingest)), stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL) if a.ingest else None)
            sep = "&" if "?" in a.path else "?"
            paths = [a.path] if a.vary <= 1 else [f"{a.path}{sep}offset={i}" for i in range(a.vary)]
            times, codes = asyncio.run(_load(base, paths, a.concurrency, a.seconds))
            if ingest is not None:
                print(f"ingest during the load: exit {ingest.wait()}")
        finally:
            server.terminate()
            server.wait()
    times.sort()
    print(f"{a.path} ({a.vary} distinct) at concurrency {a.concurrency} for {a.seconds:.0f} s: "
          f"{len(times) / a.seconds:.0f} requests/s, "
          f"p50 {times[len(times) // 2] * 1000:.1f} ms, p99 {times[int(len(times) * 0.99)] * 1000:.1f} ms, "
          f"status codes {dict(codes)}")


if __name__ == "__main__":
    main()
