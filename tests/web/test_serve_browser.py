"""`reassure serve` in headless chromium: offline page, map, edit a pledge → save → run → compare."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ..report.conftest import ARTIFACTS, chromium  # noqa: F401 - the shared chromium fixture
from ..report.map_checks import CHROME_ARGS, check_map
from .conftest import TOKEN

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app on a free loopback port in a thread, stopped at the end."""
    import uvicorn

    from reassure.present.web.app import create_app

    user = tmp_path_factory.mktemp("plans")
    app = create_app(user, TOKEN, workdir=tmp_path_factory.mktemp("work"))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    end = time.time() + 30
    while not server.started and time.time() < end:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", user
    server.should_exit = True
    thread.join(timeout=30)
    sock.close()


def test_edit_save_run_compare_in_the_browser(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, user = live
    requests: list[str] = []
    problems: list[str] = []
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROME_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("request", lambda r: requests.append(r.url))
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(f"{base}/?token={TOKEN}")
        page.click("button.open[data-name='europe-2025']")
        page.wait_for_selector("#view[data-name='europe-2025'] #edit")
        # edit the UK's pledge, with the assumption that justifies it
        page.click("#edit summary")
        row = page.locator("tr[data-path='contributors[GBR].pledge_troops']")
        row.locator("input.val").fill("2000")
        page.fill("#vname", "europe-small-gbr")
        page.click("#save-btn")  # without an assumption: refused
        page.wait_for_selector("#status .error")
        assert "source or an assumption" in page.inner_text("#status")
        assert "bad" in (row.get_attribute("class") or "")  # the row the error names is marked
        row.locator("input.asm").fill("the UK sends one battlegroup, not a brigade")
        # a value the plan refuses: worded for the page (no line of an unsaved file, no hint
        # to change a unit or add a source the page cannot), its row marked (review s12 6)
        nld = page.locator("tr[data-path='contributors[NLD].p_join']")
        nld.locator("input.val").fill("60")
        nld.locator("input.asm").fill("a test of a refused value")
        page.click("#save-btn")
        page.wait_for_selector("tr[data-path='contributors[NLD].p_join'].bad .rowerr")
        status = page.inner_text("#status")
        assert "contributors[NLD].p_join must be <= 1" in status and "did you mean 0.60?" in status, status
        assert ".toml:" not in status and "unit =" not in status, status
        assert "bad" not in (row.get_attribute("class") or "")
        assert "did you mean 0.60" in nld.locator(".rowerr").inner_text()
        nld.locator("input.val").fill("")
        nld.locator("input.asm").fill("")  # review s33: an assumption without a value is refused
        page.click("#save-btn")
        page.wait_for_selector("button.open[data-name='europe-small-gbr']")
        assert (user / "europe-small-gbr.toml").exists()
        assert "one battlegroup" in (user / "europe-small-gbr.toml").read_text()
        # the saved variant is open: run it, watch progress, see headline, verdicts and map
        page.wait_for_selector("#view[data-name='europe-small-gbr'] #run-btn")
        assert "europe-small-gbr" in page.inner_text("#view")
        # 0 or no runs is refused, never silently run 20 times (review s12 4)
        for typed in ("0", ""):
            page.fill("#runs", typed)
            page.click("#run-btn")
            page.wait_for_selector("#status .error")
            assert "runs: a whole number of runs from 1 to 400" in page.inner_text("#status"), typed
        page.fill("#runs", "2")
        page.click("#run-btn")
        page.wait_for_selector("#progress", timeout=30_000)
        page.wait_for_selector("#summary .headline", timeout=240_000)
        assert "troops" in page.inner_text("#summary .headline")
        # every result states the seed it used and its runs (the plan's own seed: none was typed)
        from reassure.spec import load_scenario

        seed = load_scenario(user / "europe-small-gbr.toml").seed
        assert page.inner_text("#runline").startswith(f"seed {seed} · 2 runs — very few runs"), page.inner_text("#runline")
        assert page.locator("#verdicts tr").count() >= 5
        seen = check_map(page, "#pmap")
        page.screenshot(path=str(ARTIFACTS / "serve-result.png"))
        # compare the variant with its parent, with and without the US
        page.check("input.cmp[value='europe-2025']")
        page.check("input.cmp[value='europe-small-gbr']")
        page.click("#compare-btn")
        page.wait_for_selector("#compare", timeout=300_000)
        assert f"europe-small-gbr: seed {seed} · 2 runs" in page.inner_text("#runline")
        assert "intervals do not overlap" in page.inner_text("#compare-rule")
        row = page.locator("#compare tr", has_text="Expected deployed strength")
        cells = row.locator("td").all_inner_texts()
        assert len(cells) == 5, cells  # label, then (as planned, without US) for each plan
        assert cells[1] != cells[3], f"the change does not show: {cells}"
        assert "diff" in (row.locator("td").nth(3).get_attribute("class") or "")
        page.screenshot(path=str(ARTIFACTS / "serve-compare.png"), full_page=True)
        browser.close()
    others = [r for r in requests if not r.startswith((base, "blob:", "data:"))]
    assert others == [], f"the page asked other hosts: {others}"
    assert problems == [], problems
    assert "h" in seen["tooltip"]
