"""What the sentence screen costs: gold events whose sentence never reaches the parser.

    .venv/bin/python bench/screen_loss.py [--gold DIR --corpus DIR --jsonl FILE]

Runs the stages up to the parse over each gold document (of `../shared/eval/dev/t17` by default)
and counts the gold events (occurrences and statements) none of whose evidence spans lies in a
parsed sentence. Those the parser never sees can only be found as statements, never as events.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from dyad.pipeline import STAGES, Tools
from dyad.records import RawDocument
from dyad.stages import Work, parse

SHARED = Path(__file__).resolve().parents[2] / "shared"
T17 = SHARED / "eval" / "dev" / "t17"


def _spans(text: str, evidence: object) -> list[tuple[int, int]]:
    out = []
    for q in evidence if isinstance(evidence, list) else [evidence]:
        if isinstance(q, dict):
            out.append((q["start"], q["end"]))
        elif isinstance(q, str) and q in text:
            i = text.index(q)
            out.append((i, i + len(q)))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=T17 / "gold")
    ap.add_argument("--corpus", type=Path, default=T17 / "corpus")
    ap.add_argument("--jsonl", type=Path, default=T17 / "corpus.jsonl")
    a = ap.parse_args()
    published = {json.loads(x)["id"]: json.loads(x).get("published") for x in a.jsonl.read_text().splitlines()}
    tools = Tools()
    up_to_parse = STAGES[: STAGES.index(parse) + 1]
    total = lost = 0
    for g in sorted(a.gold.glob("*.json")):
        gold = json.loads(g.read_text())
        text = (a.corpus / f"{g.stem}.txt").read_text(encoding="utf-8")
        work = Work(RawDocument(source=g.stem, text=text, format="jsonl", published=published.get(g.stem)))
        for stage in up_to_parse:
            work = stage(work, tools)
        parsed = [(s.start, s.end) for s, _ in work.parses]
        for e in gold["events"]:
            total += 1
            if not any(s < pe and ps < t for s, t in _spans(text, e["evidence"]) for ps, pe in parsed):
                lost += 1
                print(f"not parsed: {g.stem}: [{e['type']}] {e['summary'][:90]}")
    print(json.dumps({"gold_events": total, "never_parsed": lost, "share": round(lost / max(total, 1), 3)}))


if __name__ == "__main__":
    main()
