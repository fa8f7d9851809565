"""Review s49/s50 in headless chromium: on a phone-width page the map's legend starts folded (open,
it covered western Ukraine), and a finished run offers its results.json and figures.csv beside
the report's link."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..report.conftest import chromium  # noqa: F401 - the shared chromium fixture
from ..report.map_checks import CHROME_ARGS, wait_for_map
from .conftest import TOKEN
from .test_serve_browser import live  # noqa: F401 - the app on a loopback port

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("width, folded", [(420, True), (1400, False)])
def test_the_legend_starts_folded_on_a_narrow_map_and_the_files_are_offered(
        live: tuple[str, Path], chromium: str, width: int, folded: bool) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, _ = live
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROME_ARGS)
        page = browser.new_context(viewport={"width": width, "height": 900}).new_page()
        problems: list[str] = []
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(f"{base}/?token={TOKEN}")
        page.click("button.open[data-name='europe-2025']")
        page.wait_for_selector("#view[data-name='europe-2025'] #edit")
        page.click("#edit summary")
        page.fill("#runs", "2")
        page.click("#run-btn")
        page.wait_for_selector("#verdicts", timeout=240_000)
        wait_for_map(page, "#pmap")
        legend = page.locator("#pmap .rmap-legend")
        assert ("folded" in (legend.get_attribute("class") or "")) is folded
        fold = legend.locator("button.fold")
        assert fold.get_attribute("aria-expanded") == ("false" if folded else "true")
        if folded:  # one press opens it
            fold.click()
            assert legend.locator("label").first.is_visible()
        links = page.locator("#summary a[download]")
        assert links.all_inner_texts() == ["results.json", "figures.csv"]
        browser.close()
    assert problems == [], problems
