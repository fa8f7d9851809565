"""The report's interactive map in headless chromium: offline, drawn, toggled, labelled, rounded."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import ARTIFACTS
from .map_checks import CHROME_ARGS, check_map

pytestmark = pytest.mark.browser


def test_report_map_draws_offline_with_toggles_and_tooltips(report_dir: Path, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    url = (report_dir / "report.html").as_uri()
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROME_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("request", lambda r: requests.append(r.url))
        page.goto(url)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "report-top-1400x900.png"))
        # the first screen states the answer: a headline and key numbers
        headline = page.inner_text(".headline")
        assert "troops" in headline and "US" in headline
        assert page.locator(".key-numbers li").count() >= 3
        assert page.locator(".key-numbers li").first.bounding_box()["y"] < 900
        seen = check_map(page, "#rmap")
        page.locator("#map-figure").screenshot(path=str(ARTIFACTS / "report-map.png"))
        # phone width: nothing wider than the screen but scrollable tables
        page.set_viewport_size({"width": 390, "height": 844})
        page.wait_for_timeout(300)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 400, f"the page overflows a phone screen: {width}px"
        page.screenshot(path=str(ARTIFACTS / "report-phone.png"))
        browser.close()
    # only the file itself, and blobs MapLibre makes for its worker
    others = [r for r in requests if not r.startswith(("file:", "blob:", "data:"))]
    assert others == [], f"the report asked other hosts: {others}"
    assert seen["pixels"]["drawn"] > 0
