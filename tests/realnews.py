"""Our own real-news development set: gold in `tests/data/realnews/gold` (spans with hashes, no copied
text), texts taken from `../shared/bench/t17` at test time."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent
GOLD = ROOT / "data" / "realnews" / "gold"
BENCH = ROOT.parents[1] / "shared" / "bench" / "t17"


def bench_id(doc: str) -> tuple[str, str]:
    """"t17-IraqWar_guardian-2005-02-04-212" -> ("IraqWar_guardian", "IraqWar_guardian/2005-02-04/212")."""
    body = doc.removeprefix("t17-")
    collection, rest = body.split("-", 1)
    day, n = rest[:10], rest[11:]
    return collection, f"{collection}/{day}/{n}"


def build_corpus(out: Path) -> tuple[Path, Path]:
    """Write the set's texts as `out/corpus/<doc>.txt` (for the scorer) and `out/corpus.jsonl` (for
    `dyad ingest`); returns both paths."""
    wanted: dict[str, dict[str, str]] = {}
    for g in sorted(GOLD.glob("*.json")):
        collection, rid = bench_id(g.stem)
        wanted.setdefault(collection, {})[rid] = g.stem
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    lines = []
    for collection, ids in wanted.items():
        with (BENCH / f"{collection}.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                doc = ids.get(rec["id"])
                if doc is None:
                    continue
                (corpus / f"{doc}.txt").write_text(rec["text"], encoding="utf-8", newline="")
                lines.append(json.dumps({"id": doc, "published": rec["published"], "text": rec["text"]}))
    found = {p.stem for p in corpus.glob("*.txt")}
    missing = {g.stem for g in GOLD.glob("*.json")} - found
    assert not missing, f"texts not found in {BENCH}: {sorted(missing)}"
    jsonl = out / "corpus.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return corpus, jsonl
