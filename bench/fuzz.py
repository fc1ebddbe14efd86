"""Hostile inputs through every door: `dyad ingest`, `dyad code`, `dyad dates` and `POST /api/ingest`.

    .venv/bin/python bench/fuzz.py [--inputs 10000] [--seed 1] [--batch 1000] [--only ingest,code,dates,api]
                                   [--heavy-every 25]

Makes `--inputs` malformed and hostile inputs (tests/hostile.py: deep JSON, lone surrogates, bad
UTF-8, binary, legacy encodings, huge lines and pages, control characters, broken JSON Lines,
mutated bytes, date salad), each batch with three good files beside them, and counts per door:
internal errors (exit 70, a traceback, a skip whose reason is an internal error), 5xx answers,
inputs over their time limit (2 s + 30 s per MB) and good files not stored. `ingest` runs the
real command once per batch; `code` and `dates` run the real commands in this process, one
input at a time (timed each); `api` posts every input to a real `dyad serve` over loopback.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import duckdb
import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from dyad.cli import app  # noqa: E402
from hostile import GOOD, hostile_inputs  # noqa: E402

SUFFIX = {"txt": ".txt", "html": ".html", "jsonl": ".jsonl", "json": ".jsonl"}
CONTENT_TYPE = {"txt": "text/plain", "html": "text/html", "jsonl": "application/x-ndjson", "json": "application/json"}


def budget(size: int) -> float:
    return 2.0 + 30.0 * size / 1e6


def write_batches(root: Path, n: int, seed: int, batch: int, heavy_every: int) -> list[tuple[Path, list[str]]]:
    """Folders of inputs; each with its good files' names."""
    out: list[tuple[Path, list[str]]] = []
    for i, (name, data, kind) in enumerate(hostile_inputs(n, seed, heavy_every=heavy_every)):
        if i % batch == 0:
            folder = root / f"batch{i // batch:03d}"
            folder.mkdir()
            goods = []
            for g, text in enumerate(GOOD):
                good = folder / f"zz-good-{g}.txt"
                good.write_text(f"{text} Batch {i // batch}, good file {g}.")
                goods.append(str(good))
            out.append((folder, goods))
        (out[-1][0] / (name + SUFFIX[kind])).write_bytes(data)
    return out


def door_ingest(batches: list[tuple[Path, list[str]]], tmp: Path, tally: Counter[str]) -> None:
    db = tmp / "fuzz.duckdb"
    for folder, goods in batches:
        files = [f for f in folder.iterdir() if not f.name.startswith("zz-good")]
        limit = sum(budget(f.stat().st_size) for f in files)
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "dyad.cli", "ingest", "--db", str(db), str(folder)],
                              capture_output=True, text=True, errors="replace")
        took = time.perf_counter() - t0
        tally["ingest inputs"] += len(files)
        tally["ingest internal errors"] += int(proc.returncode not in (0, 1) or "internal error" in proc.stderr
                                               or "Traceback" in proc.stderr)
        tally["ingest batches over their time limit"] += int(took > limit)
        con = duckdb.connect(str(db), read_only=True)
        stored = {r[0] for r in con.execute("SELECT source FROM documents").fetchall()}
        bad_reasons = con.execute("SELECT count(*) FROM skipped WHERE reason LIKE '%internal error%'").fetchone()
        con.close()
        tally["ingest good files not stored"] += sum(1 for g in goods if g not in stored)
        tally["ingest skips with an internal error"] = int(bad_reasons[0]) if bad_reasons else 0
        print(f"  ingest {folder.name}: {len(files)} inputs in {took:.0f} s (limit {limit:.0f} s), exit "
              f"{proc.returncode}", flush=True)


def door_cli(command: str, batches: list[tuple[Path, list[str]]], tally: Counter[str]) -> None:
    from typer.testing import CliRunner

    runner = CliRunner()
    slowest = 0.0
    for folder, _ in batches:
        for f in sorted(folder.iterdir()):
            if f.name.startswith("zz-good"):
                continue
            t0 = time.perf_counter()
            result = runner.invoke(app, [command, str(f)])
            took = time.perf_counter() - t0
            slowest = max(slowest, took / budget(f.stat().st_size))
            tally[f"{command} inputs"] += 1
            crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
            tally[f"{command} internal errors"] += int(crashed or result.exit_code not in (0, 1, 2)
                                                      or "internal error" in (result.stderr or ""))
            over = took > budget(f.stat().st_size)
            tally[f"{command} inputs over their time limit"] += int(over)
            if over:
                print(f"  {command} {f.name}: {took:.1f} s for {f.stat().st_size:,} bytes", flush=True)
            if crashed:
                print(f"  {command} {f.name}: {type(result.exception).__name__}: {result.exception}", flush=True)
        print(f"  {command} {folder.name} done; slowest input used {slowest:.0%} of its limit", flush=True)


def door_api(batches: list[tuple[Path, list[str]]], tmp: Path, tally: Counter[str]) -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    db = tmp / "api.duckdb"
    env = {**os.environ, "DYAD_TOKEN": "fuzz-token"}
    server = subprocess.Popen([sys.executable, "-m", "dyad.cli", "serve", "--db", str(db), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/api/dyads", timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        with httpx.Client(base_url=base, timeout=600) as client:
            for folder, _ in batches:
                for f in sorted(folder.iterdir()):
                    kind = "html" if f.suffix == ".html" else "jsonl" if f.suffix == ".jsonl" else "txt"
                    data = f.read_bytes()
                    t0 = time.perf_counter()
                    r = client.post(f"/api/ingest?source={f.name}", content=data,
                                    headers={"Authorization": "Bearer fuzz-token", "Content-Type": CONTENT_TYPE[kind]})
                    took = time.perf_counter() - t0
                    tally["api inputs"] += 1
                    tally["api 5xx"] += int(r.status_code >= 500)
                    tally["api internal errors"] += int("internal error" in r.text)
                    tally["api inputs over their time limit"] += int(took > budget(len(data)))
                    if took > budget(len(data)):
                        print(f"  api {f.name}: {took:.1f} s for {len(data):,} bytes", flush=True)
                    if r.status_code >= 500:
                        print(f"  api {f.name}: {r.status_code} {r.text[:200]}", flush=True)
                print(f"  api {folder.name} done", flush=True)
    finally:
        server.terminate()
        server.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--inputs", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=1000)
    ap.add_argument("--only", default="ingest,code,dates,api")
    ap.add_argument("--heavy-every", type=int, default=25, help="one input in this many is a large one")
    a = ap.parse_args()
    tally: Counter[str] = Counter()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "in").mkdir()
        batches = write_batches(tmp / "in", a.inputs, a.seed, a.batch, a.heavy_every)
        doors = a.only.split(",")
        if "ingest" in doors:
            door_ingest(batches, tmp, tally)
        for command in ("code", "dates"):
            if command in doors:
                door_cli(command, batches, tally)
        if "api" in doors:
            door_api(batches, tmp, tally)
    print(f"\n{a.inputs} hostile inputs (seed {a.seed}) in {time.perf_counter() - started:.0f} s")
    for key in sorted(tally):
        print(f"  {key}: {tally[key]}")


if __name__ == "__main__":
    main()
