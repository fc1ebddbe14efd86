"""Does the cost grow with the input, and no faster? Times hostile inputs at doubling sizes.

    .venv/bin/python bench/linear.py [--cases monday,words,...] [--scale 1.0]

`find_times` on "Monday " repeated n times (n = 2k ... 32k, what `dyad dates` runs), then the whole
extraction (`run_stages`, the real spaCy pipeline; HTML through `html_document` first) on inputs a
tester may throw at `dyad ingest`: one line of a single word repeated, one token with no space, a file of
many short lines, an HTML page on one line of repeated paragraphs, a paragraph of a few MB, many
sentences that each hold an event, a page naming one country over and over. Prints seconds per size
and the ratio to the size before (each size doubles it: about 2 is linear, about 4 quadratic).
--scale multiplies every size (0.25 for a quick look).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date

from dyad.ingest.html import html_document
from dyad.pipeline import Tools, run_stages
from dyad.records import RawDocument
from dyad.settings import Settings
from dyad.times import Context, find_times

KB = 1024


def _doc(text: str) -> RawDocument:
    return RawDocument(source="bench", text=text, format="txt")


def _lines(n: int) -> str:
    return "".join(f"Line {i} says the minister.\n" for i in range(n))


def _html(size: int) -> RawDocument:
    para = "<p>The minister met his counterpart on Monday.</p>"
    page = "<html><head><title>Talks</title></head><body>" + para * (size // len(para)) + "</body></html>"
    return html_document("bench.html", page)


# name -> (what a size makes, the sizes, what the size counts)
CASES: dict[str, tuple[Callable[[int], RawDocument | str], list[int], str]] = {
    "monday": (lambda n: "Monday " * n, [2000, 4000, 8000, 16000, 32000], "words"),
    "words": (lambda b: _doc("word " * (b // 5)), [256 * KB, 512 * KB, 1024 * KB], "bytes"),
    "token": (lambda b: _doc("a" * b), [256 * KB, 512 * KB, 1024 * KB], "bytes"),
    "lines": (lambda n: _doc(_lines(n)), [25_000, 50_000, 100_000], "lines"),
    "html": (_html, [512 * KB, 1024 * KB, 2048 * KB], "bytes"),
    "paragraph": (lambda b: _doc("The minister met his counterpart in the capital. " * (b // 49)),
                  [512 * KB, 1024 * KB, 2048 * KB], "bytes"),
    "events": (lambda n: _doc("Russia met China on Monday.\n\n" * n), [1000, 2000, 4000], "sentences"),
    "country": (lambda b: _doc("Russia " * (b // 7)), [128 * KB, 256 * KB, 512 * KB], "bytes"),
}


def run(case: str, size: int, tools: Tools) -> float:
    make = CASES[case][0]
    t = time.perf_counter()
    item = make(size)
    if isinstance(item, str):
        find_times(item, Context(ref=date(2024, 5, 1)))
    else:
        run_stages(item, tools)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cases", default=",".join(CASES), help="comma-separated, of: " + ", ".join(CASES))
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    tools = Tools(Settings())
    tools.parser  # noqa: B018 - load the pipeline before timing
    print(f"| case | {'size':>9} | unit | seconds | × previous |")
    print("|---|---:|---|---:|---:|")
    for case in args.cases.split(","):
        _, sizes, unit = CASES[case]
        before = None
        for size in (max(1, int(s * args.scale)) for s in sizes):
            took = run(case, size, tools)
            ratio = f"{took / before:.2f}" if before else ""
            print(f"| {case} | {size:>9,} | {unit} | {took:7.2f} | {ratio} |", flush=True)
            before = max(took, 1e-3)


if __name__ == "__main__":
    main()
