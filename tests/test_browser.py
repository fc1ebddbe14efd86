"""The dashboard in a real browser (Debian's chromium driven by Playwright): filter, open evidence,
see it highlighted in its document, search; no failed request; untrusted text stays inert."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")
SHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"
EVIL = ('Pakistan and Russia held talks in Moscow on Monday. <script>window.__pwned = 1</script>'
        '<img src=x onerror="window.__pwned = 2"> <a href="javascript:window.__pwned=3">click</a>')


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(examples_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from dyad.web.app import close_app, create_app

    db = tmp_path_factory.mktemp("web") / "web.duckdb"
    shutil.copy(examples_db, db)
    shutil.copytree(examples_db.with_name(examples_db.name + ".search"), db.with_name(db.name + ".search"))
    app = create_app(db, token="t0ken")
    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    import httpx

    httpx.post(f"{base}/api/ingest?source=evil", content=EVIL, headers={"Authorization": "Bearer t0ken"})
    yield base
    srv.should_exit = True
    thread.join(timeout=10)
    close_app(app)


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
