"""The dashboard in a real browser (Debian's chromium driven by Playwright): filter, open evidence,
see it highlighted in its document, search; no failed request; untrusted text stays inert; and over
the dev set (../shared/eval/dev/t17): headlines, a time axis, empty states, the query kept, a 404 page."""

from __future__ import annotations

import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from conftest import SHARED, run

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
SHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"
EVIL = ('Pakistan and Russia held talks in Moscow on Monday. <script>window.__pwned = 1</script>'
        '<img src=x onerror="window.__pwned = 2"> <a href="javascript:window.__pwned=3">click</a>')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def _serving(db: Path, token: str | None = None) -> Iterator[str]:
    """The web app over `db` on a free loopback port, in a thread; its base URL."""
    import uvicorn

    from dyad.web.app import close_app, create_app

    app = create_app(db, token=token)
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(timeout=10)
        close_app(app)


@pytest.fixture(scope="module")
def server(examples_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import httpx

    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    shutil.copy(examples_db, db)
    shutil.copytree(examples_db.with_name(examples_db.name + ".search"), db.with_name(db.name + ".search"))
    with _serving(db, token="t0ken") as base:
        httpx.post(f"{base}/api/ingest?source=evil", content=EVIL, headers={"Authorization": "Bearer t0ken"})
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=[
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"])
    yield b
    b.close()
    pw.stop()


def test_dashboard_end_to_end(server: str, browser: object) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    failed: list[str] = []
    page.on("requestfailed", lambda r: failed.append(f"failed {r.url}"))
    page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)

    page.goto(f"{server}/")
    assert "India – Japan" in page.locator("h1").inner_text()
    assert page.locator("svg").count() >= 2
    # the header's parts add up to its total, and the tiles to its "occurred" part
    header = page.locator("h1 + .sub").inner_text()
    parts = [int(n) for n in page.locator(".sub .count").evaluate_all("els => els.map(e => e.dataset.n)")]
    tiles = sum(int(t) for t in page.locator(".stat b").all_inner_texts())
    assert int(header.split()[0]) == sum(parts) and tiles == parts[0] and "occurred" in header, header
    page.screenshot(path=str(SHOTS / "overview.png"), full_page=True)

    page.goto(f"{server}/timeline")
    page.fill("input[name=since]", "2024")
    page.select_option("select[name=type]", "military_exercise")
    page.click("form.filters button")
    page.wait_for_load_state()
    rows = page.locator("tr.event")
    assert rows.count() >= 1
    assert "military exercise" in rows.first.inner_text()
    page.screenshot(path=str(SHOTS / "timeline.png"), full_page=True)
    rows.first.locator("summary").click()
    link = rows.first.locator("a.evidence-link").first
    quote = rows.first.locator("blockquote").first.inner_text().split("\n")[0].strip()
    link.click()
    page.wait_for_load_state()
    focus = page.locator("mark.focus")
    assert focus.count() >= 1 and quote[:40] in " ".join(focus.all_inner_texts())
    page.screenshot(path=str(SHOTS / "document.png"), full_page=True)

    page.fill("header input[type=search]", "Dharma Guardian")
    page.press("header input[type=search]", "Enter")
    page.wait_for_load_state()
    assert page.locator(".hit").count() >= 1
    page.screenshot(path=str(SHOTS / "search.png"), full_page=True)

    # the agenda board: an item's history opens in date order, each step linked to its sentence
    page.goto(f"{server}/agenda")
    item = page.locator(".item").filter(has=page.locator("summary", has_text="history (2)")).first
    item.locator("summary").click()
    dates = [d for d in item.locator(".as-of").all_inner_texts() if d != "undated"]
    assert dates == sorted(dates) and item.locator("blockquote.step").count() == 2
    page.screenshot(path=str(SHOTS / "agenda-history.png"), full_page=True)
    step = item.locator("blockquote.step").first.inner_text().split("\n")
    item.locator("a.evidence-link").first.click()
    page.wait_for_load_state()
    assert step[1].strip()[:30] in " ".join(page.locator("mark.focus").all_inner_texts())

    for path in ("/agenda", "/indicators", "/actors", "/docs"):
        page.goto(f"{server}{path}")
        page.screenshot(path=str(SHOTS / f"{path.strip('/')}.png"), full_page=True)
    assert failed == []
    page.close()


def test_untrusted_text_stays_inert_in_the_browser(server: str, browser: object) -> None:
    import httpx

    docs = httpx.get(f"{server}/api/documents", params={"q": "__pwned"}).json()["items"]
    assert docs
    page = browser.new_page()  # type: ignore[attr-defined]
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    for url in (f"/documents/{docs[0]['id']}", "/search?q=pwned", "/timeline"):
        page.goto(f"{server}{url}")
        page.wait_for_load_state()
        assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("script").count() == 0 and page.locator("img").count() == 0
    assert dialogs == []
    page.close()


DEV = SHARED / "eval" / "dev" / "t17" / "corpus.jsonl"


@pytest.fixture(scope="module")
def dev_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not DEV.is_file():
        pytest.skip(f"{DEV} is not beside the project")
    db = tmp_path_factory.mktemp("dev") / "dev.duckdb"
    code, _, stderr = run("ingest", "--db", str(db), str(DEV))
    assert code == 0, stderr
    with _serving(db) as base:
        yield base


def test_the_dev_set_in_the_browser(dev_server: str, browser: object, tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    failed: list[str] = []
    page.on("requestfailed", lambda r: failed.append(f"failed {r.url}"))

    # the overview's charts: bars along a time axis whose labels are periods in order, a labelled y-axis
    page.goto(f"{dev_server}/")
    charts = page.locator(".card svg")
    assert charts.count() >= 1
    axis = [t for t in charts.first.locator("text").all_text_contents() if re.fullmatch(r"\d{4}(-\d{2})?", t)]
    assert len(axis) >= 2 and axis == sorted(axis), axis
    assert "events" in charts.first.locator("text").all_text_contents()  # what the y-axis counts
    page.screenshot(path=str(tmp_path / "dev-overview.png"), full_page=True)

    # the timeline: a headline per event, built from the record, not the evidence sentence cut short
    page.goto(f"{dev_server}/timeline")
    rows = page.locator("tr.event")
    assert rows.count() >= 10
    headlines = page.locator("tr.event .headline").all_inner_texts()
    quotes = [rows.nth(i).locator("blockquote").first.inner_text().split("\n")[0].strip()
              for i in range(rows.count())]
    assert len(headlines) == rows.count() and all(h.strip() for h in headlines)
    assert not any(h.rstrip().endswith(("…", "...")) for h in headlines), headlines
    assert all(len(h) <= 160 for h in headlines), max(headlines, key=len)
    assert sum(h.strip() != q for h, q in zip(headlines, quotes, strict=True)) >= 0.9 * len(headlines)
    page.screenshot(path=str(tmp_path / "dev-timeline.png"), full_page=True)

    # a pair with nothing on record: a message and a next step, not empty boxes
    for path in ("/timeline?dyad=ISL-NZL", "/?dyad=ISL-NZL"):
        page.goto(f"{dev_server}{path}")
        empty = page.locator(".empty")
        assert empty.count() == 1 and "No events for Iceland – New Zealand" in empty.inner_text()
        assert page.locator("tr.event").count() == 0 and page.locator(".card").count() == 0
    page.screenshot(path=str(tmp_path / "dev-empty.png"), full_page=True)

    # the search box keeps its query, with hits and without
    page.goto(f"{dev_server}/")
    page.fill("header input[type=search]", "ceasefire")
    page.press("header input[type=search]", "Enter")
    page.wait_for_load_state()
    assert page.locator(".hit").count() >= 1
    assert page.input_value("main input[name=q]") == "ceasefire"
    assert page.input_value("header input[type=search]") == "ceasefire"
    page.screenshot(path=str(tmp_path / "dev-search.png"), full_page=True)
    page.fill("main input[name=q]", "zqxwv")
    page.click("main form button")
    page.wait_for_load_state()
    assert page.locator(".hit").count() == 0 and "No sentence matches" in page.locator(".empty").inner_text()
    assert page.input_value("main input[name=q]") == "zqxwv"

    # a missing document: an HTML page that says so and where to go
    response = page.goto(f"{dev_server}/documents/no-such-document")
    assert response is not None and response.status == 404
    assert response.headers["content-type"].startswith("text/html")
    assert page.locator("h1").inner_text() == "Not found"
    assert page.locator("main a[href='/']").count() == 1
    page.screenshot(path=str(tmp_path / "dev-404.png"), full_page=True)

    assert failed == []
    assert {p.name for p in tmp_path.glob("dev-*.png")} == {f"dev-{n}.png" for n in
                                                            ("overview", "timeline", "empty", "search", "404")}
    page.close()
