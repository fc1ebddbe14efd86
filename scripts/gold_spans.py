#!/usr/bin/env python3
"""Turn gold written with verbatim evidence into gold that stores spans with a hash, no text.

usage: scripts/gold_spans.py --gold DIR --corpus DIR --out DIR

Gold for texts we did not write must not copy their sentences into the project: each evidence
string (in events, agenda, indicators, neutral, off_topic_spans, and merge.json mentions)
becomes the list of every place it occurs, as {"start", "end", "sha1"} with the first 8 hex
digits of the SHA-1 of the span's UTF-8 text, which `../shared/eval/score.py` checks. Summaries,
item names and notes are our own words and stay. merge.json goes beside the gold folder.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any


def spans(text: str, quote: Any) -> list[dict[str, Any]]:
    if isinstance(quote, dict):
        return [quote]
    out = []
    at = text.find(quote)
    while quote and at >= 0:
        piece = text[at : at + len(quote)]
        out.append({"start": at, "end": at + len(quote), "sha1": hashlib.sha1(piece.encode()).hexdigest()[:8]})
        at = text.find(quote, at + 1)
    if not out:
        sys.exit(f"not found verbatim: {quote!r}")
    return out


def evidence(text: str, ev: Any) -> list[dict[str, Any]]:
    return [s for q in (ev if isinstance(ev, list) else [ev]) for s in spans(text, q)]


def convert(gold: dict[str, Any], text: str) -> dict[str, Any]:
    out = dict(gold)
    for part in ("events", "agenda", "indicators"):
        out[part] = [dict(x, evidence=evidence(text, x["evidence"])) for x in gold.get(part, [])]
    for part in ("neutral", "off_topic_spans"):
        out[part] = [s for q in gold.get(part, []) for s in spans(text, q)]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)
    for g in sorted(a.gold.glob("*.json")):
        if g.stem == "merge":
            continue
        text = (a.corpus / f"{g.stem}.txt").read_text(encoding="utf-8")
        (a.out / g.name).write_text(json.dumps(convert(json.loads(g.read_text()), text), indent=1,
                                               ensure_ascii=False) + "\n")
    merge = a.gold / "merge.json"
    if merge.exists():
        data = json.loads(merge.read_text())
        texts: dict[str, str] = {}

        def mention(m: dict[str, Any]) -> dict[str, Any]:
            t = texts.setdefault(m["doc"], (a.corpus / f"{m['doc']}.txt").read_text(encoding="utf-8"))
            return dict(m, evidence=evidence(t, m["evidence"]))

        for c in data.get("clusters", []):
            c["mentions"] = [mention(m) for m in c.get("mentions", [])]
        for d in data.get("distinct", []):
            for e in d.get("events", []):
                e["mentions"] = [mention(m) for m in e.get("mentions", [])]
        target = a.out.parent / f"merge-{a.gold.parent.name}.json"
        target.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
