"""Throughput of the Dyad pipeline against spaCy parsing the same text, in the same run.

    .venv/bin/python bench/throughput.py [--docs 200] [--corpus ../shared/bench/t17] [--no-store]

Reads the first N articles (round-robin over the collections, so topics mix), runs the whole
pipeline on each (clean, segment, screen, parse what passes, extract, resolve) and stores the result in
a fresh DuckDB file; then parses the very same texts with spaCy's full pipeline (nlp.pipe), the
throughput a parse-everything coder could not beat. Then runs `ingest_all` over the same documents
with N worker processes (--processes; the record it writes is the same as one process writes).
Prints documents/s, words/s, peak memory (of this process) and the ratios to spaCy.
"""

from __future__ import annotations

import argparse
import itertools
import json
import resource
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from dyad.nlp import parser
from dyad.pipeline import Tools, run_stages
from dyad.records import RawDocument
from dyad.resolve import InMemoryKnown, resolve
from dyad.runner import ingest_all
from dyad.settings import Settings
from dyad.store.duckdb_store import Store


def load(corpus: Path, n: int) -> list[RawDocument]:
    files = sorted(corpus.glob("*.jsonl"))
    if not files:
        raise SystemExit(f"{corpus}: no .jsonl files")
    readers = [f.open(encoding="utf-8") for f in files]
    docs: list[RawDocument] = []
    for fh in itertools.cycle(readers):
        if len(docs) >= n or all(r.closed for r in readers):
            break
        if fh.closed:
            continue
        line = fh.readline()
        if not line:
            fh.close()
            continue
        rec = json.loads(line)
        docs.append(RawDocument(source=rec["id"], text=rec["text"], format="jsonl", published=rec.get("published")))
    for r in readers:
        r.close()
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "bench" / "t17")
    ap.add_argument("--no-store", action="store_true", help="skip writing to DuckDB")
    ap.add_argument("--processes", type=int, nargs="*", default=[2],
                    help="also time `ingest_all` with this many worker processes (default: 2)")
    a = ap.parse_args()
    docs = load(a.corpus, a.docs)
    words = sum(len(d.text.split()) for d in docs)
    settings = Settings()
    nlp = parser(settings.model_names)
    nlp("Warm up the pipeline once.")

    with tempfile.TemporaryDirectory() as tmp:
        store = None if a.no_store else Store(Path(tmp) / "bench.duckdb")
        memory = InMemoryKnown()
        tools = Tools(settings, nlp)
        t0 = time.perf_counter()
        n_events = parsed = sentences = 0
        for d in docs:
            out = run_stages(d, tools)
            resolved = resolve(out, store if store is not None else memory)
            n_events += sum(1 for e in resolved.events if e.merge_into is None)
            parsed += out.parsed_sentences
            sentences += len(out.document.sentences)
            if store is not None:
                store.save(resolved)
            else:
                memory.absorb(resolved)
        ours = time.perf_counter() - t0
        if store is not None:
            store.close()

    pooled = {}
    for n in a.processes:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as pool_store:
            t0 = time.perf_counter()  # includes starting the workers and loading their pipelines
            ingest_all(docs, pool_store, replace(settings, processes=n))
            pooled[n] = time.perf_counter() - t0

    t0 = time.perf_counter()
    for _ in nlp.pipe((d.text for d in docs), batch_size=16):
        pass
    spacy_s = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    result = {
        "documents": len(docs),
        "words": words,
        "events": n_events,
        "sentences": sentences,
        "sentences_parsed": parsed,
        "dyad_seconds": round(ours, 2),
        "dyad_docs_per_s": round(len(docs) / ours, 1),
        "dyad_words_per_s": round(words / ours),
        "spacy_parse_seconds": round(spacy_s, 2),
        "spacy_words_per_s": round(words / spacy_s),
        "speedup_vs_spacy_parse": round(spacy_s / ours, 2),
        **{f"dyad_{n}_processes_words_per_s": round(words / t) for n, t in pooled.items()},
        **{f"speedup_{n}_processes_vs_spacy_parse": round(spacy_s / t, 2) for n, t in pooled.items()},
        "peak_memory_mb": round(peak_mb),
        "stored": not a.no_store,
    }
    for k, v in result.items():
        print(f"{k:>24}: {v}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
