"""The review of `reassure serve` in headless chromium: a ruled-out nation's values shown without
boxes (2), the shipped data's sources in the picker (5), a long name whole in a tooltip and a
variant's title saying what changed (10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..report.conftest import chromium  # noqa: F401 - the shared chromium fixture
from ..report.map_checks import CHROME_ARGS
from .conftest import TOKEN
from .test_serve_browser import live  # noqa: F401 - the app on a loopback port

pytestmark = pytest.mark.browser


def test_rows_without_effect_shipped_sources_and_long_names(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, user = live
    long_name = "rw-" + "a" * 61
    (user / f"{long_name}.toml").write_text(
        f'schema = 1\nname = "{long_name}"\ntitle = "a long one"\ndescription = "d"\nextends = "europe-2025"\n')
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROME_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(f"{base}/?token={TOKEN}")
        button = page.locator(f"button.open[data-name='{long_name}']")
        assert button.get_attribute("title") == f"{long_name} — a long one"
        page.click("button.open[data-name='europe-2025']")
        page.wait_for_selector("#view[data-name='europe-2025'] #edit")
        page.click("#edit summary")
        # 2: POL is ruled out: its p_join is shown, with why, and has no box to type in
        pol = page.locator("tr[data-path='contributors[POL].p_join']")
        assert pol.locator("input, select").count() == 0
        assert "not editable: it has no effect: POL's status is ruled-out" in pol.inner_text()
        assert page.locator("tr[data-path='contributors[NLD].p_join'] input.val").count() == 1
        # 5: the shipped data's sources, in a group of their own
        cost = page.locator("tr[data-path='force.cost_per_troop_year']")
        group = cost.locator("select.src optgroup[label^=\"the shipped data's sources\"]")
        assert group.locator("option[value='sz-lit']").count() == 1
        # a save through the page skips the rows without boxes, and the title says what changed
        page.locator("tr[data-path='posture.standoff'] input.val").fill("200")
        page.locator("tr[data-path='posture.standoff'] input.asm").fill("a wider standoff, for the test")
        page.fill("#vname", "rw-web")
        page.click("#save-btn")
        page.wait_for_selector("button.open[data-name='rw-web']")
        title = page.locator("button.open[data-name='rw-web']").get_attribute("title") or ""
        assert title.endswith("(variant rw-web: posture.standoff 100 km -> 200 km)"), title
        browser.close()
    assert not problems, problems
