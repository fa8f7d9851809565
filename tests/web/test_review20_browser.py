"""Review 20 in headless chromium: a footnote opens the report's own note in a new tab and the
page keeps its result (1); units beside the boxes, a source list of several rows, the shipped
defaults as rows (3, 6); the map's legend and second cues (7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..report.conftest import chromium  # noqa: F401 - the shared chromium fixture
from ..report.map_checks import CHROME_ARGS, wait_for_map
from .conftest import TOKEN
from .test_serve_browser import live  # noqa: F401 - the app on a loopback port

pytestmark = pytest.mark.browser


def test_footnotes_units_defaults_and_map_cues_in_the_browser(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, _ = live
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROME_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.goto(f"{base}/?token={TOKEN}")
        page.click("button.open[data-name='europe-2025']")
        page.wait_for_selector("#view[data-name='europe-2025'] #edit")
        page.click("#edit summary")
        # 3: the unit beside the box and in its label; a source list taller than one row
        row = page.locator("tr[data-path='incidents.response_threshold']")
        box = row.locator("input.val")
        assert box.get_attribute("aria-label") == "new value of incidents.response_threshold, in h"
        # the unit beside the box: since review 20's leftovers a chooser of the field's units,
        # set to its own (test_review20b_browser)
        assert row.locator("td.newval .unit").input_value() == "h"
        assert page.locator("tr[data-path='force.target_troops'] input.lo").get_attribute(
            "aria-label") == "new low end of force.target_troops, in troops"
        picker = row.locator("select.src")
        assert picker.get_attribute("multiple") is not None
        assert picker.bounding_box()["height"] > 50, picker.bounding_box()
        # 6: a shipped default as a row of its own, marked
        shipped = page.locator("tr[data-path='force.sustainable_share']")
        assert "shipped default" in shipped.locator("td").nth(1).inner_text()
        assert shipped.locator("input.val").count() == 1
        # 1: run, then follow a headline footnote
        page.click("#edit summary")
        page.fill("#runs", "2")
        page.click("#run-btn")
        page.wait_for_selector("#verdicts", timeout=240_000)
        mark = page.locator("#summary .headline sup.fn a").first
        num = page.locator("#summary .headline span.num").first
        n = mark.inner_text().strip("[]")
        assert num.get_attribute("data-fn") == n
        figure = num.inner_text()
        with context.expect_page() as opened:
            mark.click()
        report = opened.value
        report.wait_for_load_state()
        assert report.url.endswith(f"/report.html#fn-{n}"), report.url
        # the report's number n sits on the same figure, and its note exists
        assert report.locator(f"span.num[data-fn='{n}']").first.inner_text() == figure
        assert report.locator(f"#fn-{n}").count() == 1
        # the page still shows its result
        assert page.locator("#verdicts").is_visible()
        assert "report.html" not in page.url
        report.close()
        # 7: the legend says each class in words; dash and shape are drawn
        wait_for_map(page, "#pmap")
        legend = page.inner_text("#pmap .rmap-legend")
        for words in ("within target: dot", "within 3× target: ring", "beyond 3× target: cross",
                      "European aircraft: dashed", "US aircraft (none without the US backstop): dotted"):
            assert words in legend, legend
        style = page.eval_on_selector("#pmap", """el => {
            const m = el._map;
            return {us: m.getPaintProperty('rings-us', 'line-dasharray'), eu: m.getPaintProperty('rings', 'line-dasharray'),
                    bad: m.getLayer('cells-bad').type, near: m.getPaintProperty('cells-near', 'circle-opacity'),
                    cross: m.hasImage('rmap-cross')};
        }""")
        assert style["us"] != style["eu"] and style["bad"] == "symbol" and style["near"] == 0, style
        browser.close()
