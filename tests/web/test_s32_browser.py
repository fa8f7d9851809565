"""Review s32 in headless chromium: a value box holding no number is said on its row and nothing
is saved (3: "1e" was dropped without a word while the other change was saved), and every row a
refused save names is marked at once (5)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from ..report.conftest import chromium  # noqa: F401 - the shared chromium fixture
from ..report.map_checks import CHROME_ARGS
from .conftest import TOKEN
from .test_serve_browser import live  # noqa: F401 - the app on a loopback port

pytestmark = pytest.mark.browser


def test_a_box_without_a_number_is_flagged_and_nothing_is_saved(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, user = live
    posts: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROME_ARGS)
        page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
        page.on("request", lambda r: posts.append(r.url) if r.method == "POST" else None)
        page.goto(f"{base}/?token={TOKEN}")
        page.click("button.open[data-name='europe-2025']")
        page.wait_for_selector("#view[data-name='europe-2025'] #edit")
        page.click("#edit summary")
        standoff = page.locator("tr[data-path='posture.standoff']")
        tour = page.locator("tr[data-path='force.tour']")
        # "1e" as a person types it: the browser's number box holds it, and reads it as ""
        standoff.locator("input.val").press_sequentially("1e")
        standoff.locator("input.asm").fill("a wider band after the talks")
        tour.locator("input.val").fill("5")
        tour.locator("input.asm").fill("five-month tours, assumed")
        page.fill("#vname", "s32-web-1e")
        page.click("#save-btn")
        page.wait_for_selector("tr[data-path='posture.standoff'].bad .rowerr")
        status = page.inner_text("#status")
        assert status.startswith("not saved: posture.standoff: the new value is not a number"), status
        assert "Saved" not in status
        assert "not a number" in standoff.locator(".rowerr").inner_text()
        assert "bad" not in (tour.get_attribute("class") or "")
        assert not [u for u in posts if "/variants" in u]  # nothing sent, nothing saved
        assert not (user / "s32-web-1e.toml").exists()
        # a range's end: said which end
        target = page.locator("tr[data-path='force.target_troops']")
        target.locator("input.lo").fill("20000")
        target.locator("input.hi").press_sequentially("2e")
        target.locator("input.asm").fill("a smaller force, assumed")
        page.click("#save-btn")
        page.wait_for_selector("tr[data-path='force.target_troops'].bad .rowerr")
        assert "force.target_troops: the high end is not a number" in page.inner_text("#status")
        assert "posture.standoff: the new value is not a number" in page.inner_text("#status")
        target.locator("input.lo").fill("")
        target.locator("input.hi").fill("")
        target.locator("input.asm").fill("")
        # fixed: both changes saved, the rows' marks gone
        standoff.locator("input.val").fill("")
        standoff.locator("input.val").press_sequentially("1e2")
        page.click("#save-btn")
        page.wait_for_selector("button.open[data-name='s32-web-1e']")
        written = tomllib.loads((user / "s32-web-1e.toml").read_text())
        assert written["posture"]["standoff"]["value"] == 100
        assert written["force"]["tour"]["value"] == 5
        assert page.locator(".fields tr.bad").count() == 0
        browser.close()


def test_every_row_a_refused_save_names_is_marked(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, user = live
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROME_ARGS)
        page = browser.new_context(viewport={"width": 1400, "height": 900}).new_page()
        page.goto(f"{base}/?token={TOKEN}")
        page.click("button.open[data-name='europe-2025']")
        page.wait_for_selector("#view[data-name='europe-2025'] #edit")
        page.click("#edit summary")
        rows = {path: page.locator(f"tr[data-path='{path}']")
                for path in ("force.tour", "posture.standoff", "force.interval")}
        rows["force.tour"].locator("input.val").fill("6")  # no source, no assumption
        rows["posture.standoff"].locator("input.val").fill("-3")
        rows["posture.standoff"].locator("input.asm").fill("a test of a negative standoff")
        rows["force.interval"].locator("input.val").fill("900")
        rows["force.interval"].locator("input.asm").fill("a test of a long interval")
        page.fill("#vname", "s32-web-many")
        page.click("#save-btn")
        page.wait_for_selector("#status .error")
        page.wait_for_selector("tr[data-path='force.interval'].bad .rowerr")
        for path, row in rows.items():
            assert "bad" in (row.get_attribute("class") or ""), path
            assert path in row.locator(".rowerr").inner_text(), path
        assert "source or an assumption" in rows["force.tour"].locator(".rowerr").inner_text()
        assert "must be >= 0 km" in rows["posture.standoff"].locator(".rowerr").inner_text()
        assert "240 months" in rows["force.interval"].locator(".rowerr").inner_text()
        assert not (user / "s32-web-many.toml").exists()
        browser.close()
