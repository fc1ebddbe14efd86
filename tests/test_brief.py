"""The brief: Markdown, HTML and PDF; every citation quotes its source verbatim; the PDF looks like a document."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import SEEDS, needs_shared, run
from dyad.report.brief import build_brief
from dyad.store.duckdb_store import Store


def _check_citations(db: Path, a: str, b: str) -> int:
    with Store(db, read_only=True) as store:
        brief = build_brief(store, a, b)
        texts = {r["source"]: r["text"] for r in store.rows("SELECT source, text FROM documents")}
    assert brief.citations and brief.events
    for c in brief.citations:
        assert texts[c.source][c.start : c.end] == c.quote
        assert c.quote in texts[c.source]
    return len(brief.citations)


@needs_shared
def test_seed_brief_citations_are_verbatim(seeds_db: Path) -> None:
    assert _check_citations(seeds_db, "PAK", "RUS") > 10


@pytest.mark.parametrize("which", ["examples", "seeds"])
def test_brief_in_three_formats(which: str, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    if which == "seeds" and not SEEDS.is_dir():
        pytest.skip("../shared is not beside the project")
    db = request.getfixturevalue(f"{which}_db")
    a, b = ("IND", "JPN") if which == "examples" else ("PAK", "RUS")
    assert _check_citations(db, a, b) > 10
    for suffix in ("md", "html", "pdf"):
        out = tmp_path / f"brief.{suffix}"
        code, _, stderr = run("brief", a, b, "--db", str(db), "--out", str(out))
        assert code == 0, stderr
        assert out.stat().st_size > 2000
    md = (tmp_path / "brief.md").read_text()
    for heading in ("## At a glance", "## Key events", "## Agenda", "## Indicators", "## Key actors",
                    "## How each side frames the relationship", "## Citations", "## Documents"):
        assert heading in md
    cited = set(map(int, re.findall(r"\[(\d+)\]", md)))
    listed = set(map(int, re.findall(r"^(\d+)\. “", md, re.MULTILINE)))
    assert cited and cited <= listed
    html = (tmp_path / "brief.html").read_text()
    assert "<svg" in html and "<script" not in html and not re.search(r"(?:src|href)=\"https?://", html)
    assert (tmp_path / "brief.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler's pdftoppm is not installed")
def test_pdf_pages_render_as_pictures(examples_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.pdf"
    assert run("brief", "IND", "JPN", "--db", str(examples_db), "--out", str(out))[0] == 0
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(out), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) >= 2
    first = pages[0].read_bytes()
    assert first.startswith(b"\x89PNG") and len(first) > 5000  # a page with content, not a blank sheet


def test_unknown_format_and_empty_dyad_are_clear_errors(examples_db: Path, tmp_path: Path) -> None:
    code, _, stderr = run("brief", "IND", "JPN", "--db", str(examples_db), "--out", str(tmp_path / "b.docx"))
    assert code == 2 and "write .md, .html or .pdf" in stderr
    code, _, stderr = run("brief", "FRA", "DEU", "--db", str(examples_db), "--out", str(tmp_path / "b.md"))
    assert code == 2 and "no events for DEU-FRA" in stderr


def test_the_brief_lists_each_document_once_and_never_a_local_path(seeds_db: Path, tmp_path: Path) -> None:
    from dyad.report.brief import build_brief, write
    from dyad.store.duckdb_store import Store

    with Store(seeds_db, read_only=True) as store:
        brief = build_brief(store, "PAK", "RUS")
    assert len({d.label for d in brief.sources}) == len(brief.sources) > 1
    assert {c.document for c in brief.citations} == {d.number for d in brief.sources}
    assert all(a["side"] in ("PAK", "RUS") for a in brief.actors)
    for suffix in (".md", ".html"):
        text = write(brief, tmp_path / f"b{suffix}").read_text()
        assert "/shared/" not in text and "/work/" not in text
        assert ("## Documents" if suffix == ".md" else "<h2>Documents</h2>") in text


def test_charts_run_on_a_real_time_axis_with_a_labelled_y_axis() -> None:
    from dyad.report.charts import bar_chart, month_range, year_range

    assert month_range(["2024-11", "2025-02"], 24) == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert year_range(["1948", "2024"], 5) == ["2020", "2021", "2022", "2023", "2024"]
    svg = bar_chart([("2022", 1.5), ("2023", None), ("2024", -2.0)], "score", signed=True, unit="Goldstein")
    assert svg.count("<rect") == 2 and ">2023<" in svg  # the year without data is a gap, still on the axis
    assert ">Goldstein<" in svg and ">-2<" in svg and ">1.5<" in svg


def test_the_brief_opens_with_a_short_summary_every_sentence_of_which_is_cited(seeds_db: Path) -> None:
    from dyad.report.brief import build_brief
    from dyad.store.duckdb_store import Store

    with Store(seeds_db, read_only=True) as store:
        brief = build_brief(store, "PAK", "RUS")
        texts = {r["source"]: r["text"] for r in store.rows("SELECT source, text FROM documents")}
    assert len(brief.summary) >= 3
    assert sum(len(text.split()) for text, _ in brief.summary) <= 200
    by_number = {c.number: c for c in brief.citations}
    for _, cites in brief.summary:
        assert cites
        for n in cites:
            c = by_number[n]
            assert texts[c.source][c.start : c.end] == c.quote
