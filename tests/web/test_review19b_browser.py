"""Review 19b in headless chromium: the edit form takes a range as its low and high ends and
names each source by its title (6); the page loads with no 404 in the console (10)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from ..report.conftest import chromium  # noqa: F401 - the shared chromium fixture
from ..report.map_checks import CHROME_ARGS
from .conftest import TOKEN
from .test_serve_browser import live  # noqa: F401 - the app on a loopback port

pytestmark = pytest.mark.browser


def test_a_range_is_edited_as_a_range_with_titled_sources(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, user = live
    console: list[str] = []
    failed: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROME_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
        page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        page.goto(f"{base}/?token={TOKEN}")
        page.click("button.open[data-name='europe-2025']")
        page.wait_for_selector("#view[data-name='europe-2025'] #edit")
        page.click("#edit summary")
        row = page.locator("tr[data-path='force.target_troops']")
        # the "now" column names the sources of 25,000-30,000 by their titles
        now = row.locator("td").nth(1).inner_text()
        assert "25,000–30,000 troops" in now and "seed-000 — European leaders discuss deploying troops" in now, now
        options = row.locator("select.src option").all_inner_texts()
        assert len(options) > 20 and all(" — " in o for o in options), options[:3]
        # a range row: a low and a high box; a point row: one box
        assert row.locator("input.lo").count() == 1 and row.locator("input.hi").count() == 1
        assert page.locator("tr[data-path='contributors[GBR].pledge_troops'] input.val").count() == 1
        row.locator("input.lo").fill("18000")
        row.locator("input.hi").fill("22000")
        row.locator("select.src").select_option("seed-001")
        page.fill("#vname", "europe-18-22k")
        page.click("#save-btn")
        page.wait_for_selector("button.open[data-name='europe-18-22k']")
        doc = tomllib.loads((user / "europe-18-22k.toml").read_text())
        assert doc["force"]["target_troops"] == {"low": 18000, "high": 22000, "unit": "troops", "source": ["seed-001"]}
        # one end alone: refused in words, the row marked
        page.wait_for_selector("#view[data-name='europe-18-22k'] #edit")
        page.click("#edit summary")
        row = page.locator("tr[data-path='force.target_troops']")
        assert "18,000–22,000 troops" in row.locator("td").nth(1).inner_text()
        row.locator("input.lo").fill("15000")
        row.locator("input.asm").fill("a smaller force")
        page.fill("#vname", "europe-one-end")
        page.click("#save-btn")
        page.wait_for_selector("tr[data-path='force.target_troops'].bad .rowerr")
        # said as the page's boxes, not the API's "low" and "high" (review 41 8)
        assert ("force.target_troops: only the low end is typed; fill both boxes (low and high)"
                in page.inner_text("#status"))
        browser.close()
    # the icon is found, and nothing else failed but the one refused save (a 422)
    assert [f for f in failed if not f.startswith("422 ")] == [], failed
    assert not [c for c in console if "404" in c], console
