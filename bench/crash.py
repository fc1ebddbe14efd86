"""`kill -9` during ingest at random points; the record and its search index must end as a clean run's.

    .venv/bin/python bench/crash.py [--kills 100] [--first-runs 20] [--series 10] [--corpus FILE] [--seed 1]

Ingests `--corpus` (default: the dev set's JSON Lines, ../shared/eval/dev/t17/corpus.jsonl) once
cleanly. Then kills `dyad ingest` of the same corpus `--kills` times at random moments: the first
kill of each series hits a first run (a fresh file: start-up, schema creation, first documents),
`--first-runs` of them in all; the others hit runs that continue the file. After every kill the
next run must accept the file; after each series a run to the end must leave exactly the clean
run's record (documents, events, evidence, agenda, indicators, statements, actors, skips per
source) and search index (every sentence once).
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import tantivy

from dyad.search.index import index_path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev" / "t17" / "corpus.jsonl"
TABLES = ("documents", "events", "evidence", "agenda_items", "agenda_history", "indicators", "statements",
          "actors", "sentences", "mentions")


def ingest(db: Path, corpus: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "dyad.cli", "ingest", "--db", str(db), str(corpus)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def fingerprint(db: Path) -> dict[str, object]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        out: dict[str, object] = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone() for t in TABLES}
        out["document ids"] = con.execute("SELECT list(id ORDER BY id) FROM documents").fetchone()
        out["event ids"] = con.execute("SELECT list(id ORDER BY id) FROM events").fetchone()
        out["skipped sources"] = con.execute("SELECT list(DISTINCT source ORDER BY source) FROM skipped").fetchone()
        out["unindexed"] = con.execute("SELECT count(*) FROM documents WHERE NOT indexed").fetchone()
    finally:
        con.close()
    index = tantivy.Index.open(str(index_path(db)))
    index.reload()
    searcher = index.searcher()
    hits = searcher.search(tantivy.Query.all_query(), max(1, searcher.num_docs)).hits
    spans = [(d["document_id"][0], d["start"][0]) for d in (searcher.doc(a) for _, a in hits)]
    out["index sentences"] = len(spans)
    out["index sentences twice"] = len(spans) - len(set(spans))
    out["index documents"] = len({s[0] for s in spans})
    return out


def remove(db: Path) -> None:
    for p in db.parent.glob(db.name + "*"):
        shutil.rmtree(p) if p.is_dir() else p.unlink()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--first-runs", type=int, default=20)
    ap.add_argument("--series", type=int, default=10)
    ap.add_argument("--corpus", type=Path, default=DEV)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        clean_db = tmp / "clean.duckdb"
        t0 = time.perf_counter()
        assert ingest(clean_db, a.corpus).wait() in (0, 1)
        full = time.perf_counter() - t0
        clean = fingerprint(clean_db)
        print(f"clean run: {full:.1f} s; {clean['documents']} documents, {clean['index sentences']} sentences indexed")
        db = tmp / "crash.duckdb"
        per_series = max(1, a.kills // a.series)
        firsts = kills = refused = mismatches = 0
        for series in range(a.series):
            for k in range(per_series):
                first = k < -(-a.first_runs // a.series)  # the first kills of a series hit fresh files
                if first:
                    remove(db)
                    firsts += 1
                proc = ingest(db, a.corpus)
                time.sleep(rnd.uniform(0.0, full * (0.5 if first else 1.0)))
                proc.kill()
                _, err = proc.communicate()
                kills += 1
                if err and (b"internal error" in err or b"error:" in err):
                    refused += 1
                    print(f"  kill {kills}: the run said {err.decode(errors='replace').strip()[:200]}")
            proc = ingest(db, a.corpus)
            _, err = proc.communicate()
            if proc.returncode not in (0, 1):
                refused += 1
                print(f"  series {series}: the run after the kills failed: {err.decode(errors='replace')[:300]}")
            got = fingerprint(db)
            diff = {k: (clean[k], got[k]) for k in clean if clean[k] != got[k]}
            mismatches += bool(diff)
            print(f"  series {series + 1}: {per_series} kills, record {diff or 'as clean'}", flush=True)
    print(f"\n{kills} kills ({firsts} during first runs) in {a.series} series: {refused} refusals or errors, "
          f"{mismatches} series whose record or index differ from the clean run")


if __name__ == "__main__":
    main()
