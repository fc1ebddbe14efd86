"""How `dyad code` codes our hand-coded PLOVER sentences (tests/data/plover/sentences.jsonl).

    .venv/bin/python bench/plover_types.py [--show-misses]

For each sentence, the event coded for the sentence's own pair (the first one, in text order;
else the first event at all) is compared with the hand coding: PLOVER type, Dyad type, pair,
status and date. A sentence with no event counts as wrong on every figure.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from dyad.gazetteer import successor
from dyad.records import Event, RawDocument
from dyad.runner import code

SET = Path(__file__).resolve().parents[1] / "tests" / "data" / "plover" / "sentences.jsonl"


def pair(dyad: str) -> str:
    return "-".join(sorted(successor(c) for c in dyad.split("-")))


def score(rows: list[dict[str, Any]]) -> tuple[dict[str, float], list[tuple[dict[str, Any], Event | None]]]:
    docs = [RawDocument(source=r["id"], text=r["text"], format="jsonl", published=r["published"]) for r in rows]
    by_doc: dict[str, list[Event]] = {}
    skipped = 0
    for ev in code(docs):
        if isinstance(ev, Event):
            by_doc.setdefault(ev.evidence[0].source, []).append(ev)
        else:
            skipped += 1  # a sentence extraction failed on: a bug, never a coding
    hits: Counter[str] = Counter()
    picked = []
    for r in rows:
        evs = by_doc.get(r["id"], [])
        mine = [e for e in evs if e.dyad == pair(r["dyad"])]
        ev = (mine or evs or [None])[0]
        picked.append((r, ev))
        if ev is None:
            continue
        hits["coded"] += 1
        hits["plover"] += ev.plover == r["plover"]
        hits["type"] += ev.type == r["type"]
        hits["pair"] += ev.dyad == pair(r["dyad"])
        hits["status"] += ev.status == r["status"]
        hits["date"] += ev.date == r["date"]
    n = len(rows)
    figures = {k: round(hits[k] / n, 3) for k in ("coded", "plover", "type", "pair", "status", "date")}
    return {**figures, "skipped": skipped}, picked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--show-misses", action="store_true")
    a = ap.parse_args()
    rows = [json.loads(line) for line in SET.read_text().splitlines() if line.strip()]
    figures, picked = score(rows)
    if a.show_misses:
        for r, ev in picked:
            if ev is None or ev.plover != r["plover"]:
                got = f"{ev.plover}/{ev.type} {ev.dyad}" if ev else "nothing"
                print(f"{r['id']:14} want {r['plover']}/{r['type']} {pair(r['dyad'])} got {got}: {r['text'][:100]}")
    print(json.dumps({"sentences": len(rows), **figures}))


if __name__ == "__main__":
    main()
