"""Review 41 in headless chromium: the address holds the open plan and its result, and Back,
Forward and reload restore them, unsaved edits included (1); a refused Run's error is never
overwritten by an earlier run's polling (2); a seed box holding no number is refused (3); the
comparison lists the inputs that differ (4); a print stylesheet (5); labelled switch boxes (6);
a live status and the focus on the opened plan (7); page words for API syntax (8); the list
read again when the page is seen again (9)."""

from __future__ import annotations

import json
import time
import urllib.request
from pathlib import Path

import pytest

from ..report.conftest import chromium  # noqa: F401 - the shared chromium fixture
from ..report.map_checks import CHROME_ARGS
from .conftest import TOKEN
from .test_serve_browser import live  # noqa: F401 - the app on a loopback port

pytestmark = pytest.mark.browser


def _page(p: object, chromium: str) -> tuple[object, object, list[str]]:  # noqa: F811
    browser = p.chromium.launch(executable_path=chromium, args=CHROME_ARGS)  # type: ignore[attr-defined]
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(str(e)))
    return browser, page, problems


def _open(page: object, base: str, name: str = "europe-2025") -> None:
    page.goto(f"{base}/?token={TOKEN}")  # type: ignore[attr-defined]
    page.click(f"button.open[data-name='{name}']")  # type: ignore[attr-defined]
    page.wait_for_selector(f"#view[data-name='{name}'] #edit")  # type: ignore[attr-defined]


def _job(base: str, job_id: str) -> dict[str, object]:
    with urllib.request.urlopen(f"{base}/api/runs/{job_id}?token={TOKEN}") as r:  # noqa: S310 - loopback
        return json.loads(r.read())


def test_a_refused_runs_error_is_not_overwritten_by_an_earlier_runs_polling(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, _ = live
    with sync_playwright() as p:
        browser, page, problems = _page(p, chromium)
        _open(page, base)
        page.fill("#runs", "2")
        page.fill("#seed", "31")
        # wait for the POST's answer itself: a response listener's body arrives later than #progress (CI)
        with page.expect_response(lambda r: r.request.method == "POST" and r.url.endswith("/api/runs")) as answer:
            page.click("#run-btn")
        first = answer.value.json()["id"]
        page.wait_for_selector("#progress")
        page.fill("#seed", "-4")
        page.click("#run-btn")
        page.wait_for_selector("#status .error")
        error = page.inner_text("#status")
        assert error.startswith("seed:"), error
        end = time.time() + 300
        while _job(base, first)["state"] in ("queued", "running") and time.time() < end:
            time.sleep(0.5)
        assert _job(base, first)["state"] == "done"
        time.sleep(1.5)  # the earlier run's polling had time to write, and did not
        assert page.inner_text("#status") == error
        assert page.locator("#summary").count() == 0  # seed 31's result is not shown beside -4
        assert page.get_attribute("#status .error", "role") == "alert"
        browser.close()
    assert problems == [], problems


def test_a_seed_box_holding_no_number_is_refused(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, _ = live
    with sync_playwright() as p:
        browser, page, problems = _page(p, chromium)
        runs: list[str] = []
        page.on("request", lambda r: runs.append(r.url) if r.method == "POST" and r.url.endswith("/api/runs") else None)
        _open(page, base)
        page.locator("#seed").press_sequentially("1e")
        assert page.evaluate("document.querySelector('#seed').validity.badInput")
        page.click("#run-btn")
        page.wait_for_selector("#seed-error")
        assert page.inner_text("#status").startswith("seed: the box holds something that is not a number"), page.inner_text("#status")
        assert "9223372036854775807" in page.inner_text("#status")  # the one range, the CLI's (11)
        assert runs == []  # nothing run with the plan's seed
        # comparing with it is refused too
        page.check("input.cmp[value='europe-2025']")
        page.check("input.cmp[value='mnf-u-2026']")
        page.click("#compare-btn")
        page.wait_for_selector("#seed-error")
        assert runs == []
        browser.close()
    assert problems == [], problems


def test_the_address_holds_the_plan_and_its_result_and_edits_survive_a_reload(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, _ = live
    with sync_playwright() as p:
        browser, page, problems = _page(p, chromium)
        _open(page, base)
        assert page.url.endswith("/#plan=europe-2025"), page.url
        assert TOKEN not in page.url  # the token stays out of new history entries
        # focus moves to the plan's heading when a plan is opened (7)
        assert page.evaluate("document.activeElement.id") == "plan-title"
        assert page.get_attribute("#status", "role") == "status"
        assert page.get_attribute("#status", "aria-live") == "polite"
        page.fill("#runs", "2")
        page.click("#run-btn")
        page.wait_for_selector("#summary", timeout=300_000)
        assert "&run=run" in page.url, page.url
        runline = page.inner_text("#runline")
        # an unsaved edit, then another plan, Back, Forward and a reload
        page.click("#edit summary")
        tour = page.locator("tr[data-path='force.tour']")
        tour.locator("input.val").fill("5")
        tour.locator("input.asm").fill("five-month tours, assumed")
        page.fill("#vname", "r41-kept")
        page.click("button.open[data-name='mnf-u-2026']")
        page.wait_for_selector("#view[data-name='mnf-u-2026'] #edit")
        assert page.url.endswith("#plan=mnf-u-2026")
        page.go_back()
        page.wait_for_selector("#view[data-name='europe-2025'] #summary", timeout=60_000)
        assert page.inner_text("#runline") == runline
        assert page.input_value("tr[data-path='force.tour'] input.val") == "5"
        page.go_forward()
        page.wait_for_selector("#view[data-name='mnf-u-2026'] #edit")
        page.go_back()
        page.wait_for_selector("#view[data-name='europe-2025'] #summary", timeout=60_000)
        page.reload()
        page.wait_for_selector("#view[data-name='europe-2025'] #summary", timeout=60_000)
        assert page.inner_text("#runline") == runline
        assert page.input_value("#runs") == "2"  # the boxes say what the result was run with
        tour = page.locator("tr[data-path='force.tour']")
        assert tour.locator("input.val").input_value() == "5"
        assert tour.locator("input.asm").input_value() == "five-month tours, assumed"
        assert "changed" in (tour.get_attribute("class") or "")
        assert page.input_value("#vname") == "r41-kept"
        assert page.evaluate("document.querySelector('#edit').open")
        browser.close()
    assert problems == [], problems


def test_the_comparison_lists_the_inputs_that_differ_and_is_in_the_address(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, _ = live
    with sync_playwright() as p:
        browser, page, problems = _page(p, chromium)
        _open(page, base)
        page.fill("#runs", "2")
        page.check("input.cmp[value='europe-2025']")
        page.check("input.cmp[value='mnf-u-2026']")
        page.click("#compare-btn")
        page.wait_for_selector("#compare", timeout=300_000)
        inputs = page.locator("#inputs")
        assert inputs.count() == 1
        target = inputs.locator("tr", has_text="force.target_troops").first
        cells = target.locator("td")
        assert "troops" in cells.nth(1).inner_text() and "source:" in cells.nth(1).locator(".src").inner_text()
        assert "diff" in (cells.nth(2).get_attribute("class") or "")
        assert "Only the inputs whose value is not the same in every plan are listed" in page.inner_text("#view")
        assert "compare=europe-2025%2Cmnf-u-2026" in page.url and "runs=2" in page.url, page.url
        page.reload()
        page.wait_for_selector("#compare", timeout=300_000)
        assert page.locator("#inputs").count() == 1
        browser.close()
    assert problems == [], problems


def test_switch_boxes_are_labelled_and_print_hides_the_controls(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, _ = live
    with sync_playwright() as p:
        browser, page, problems = _page(p, chromium)
        _open(page, base)
        unlabelled = page.evaluate("""Array.from(document.querySelectorAll('.fields select.val'))
            .filter(s => !s.getAttribute('aria-label')).length""")
        assert unlabelled == 0
        assert page.get_attribute("tr[data-path='us_backstop.isr'] select.val", "aria-label") == \
            "new value of us_backstop.isr, on or off"
        page.emulate_media(media="print")
        for hidden in ("nav", "#run-btn", "#edit", "#runs"):
            assert not page.locator(hidden).first.is_visible(), hidden
        assert page.locator("#plan-title").is_visible()
        browser.close()
    assert problems == [], problems


def test_page_words_for_a_unit_and_a_declined_replace_and_a_list_read_again(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, user = live
    with sync_playwright() as p:
        browser, page, problems = _page(p, chromium)
        _open(page, base)
        page.click("#edit summary")
        tour = page.locator("tr[data-path='force.tour']")
        tour.locator("input.val").fill("180")
        tour.locator("input.asm").fill("half-year tours, typed in days")
        page.fill("#vname", "r41-words")
        page.click("#save-btn")
        page.wait_for_selector("#status .error")
        status = page.inner_text("#status")
        assert 'choose "day" in the unit list beside the box' in status, status
        assert '"unit":' not in status
        # another tab saves a variant: this tab's list shows it once the page is seen again
        (user / "r41-other-tab.toml").write_text(
            'schema = 1\nname = "r41-other-tab"\ntitle = "from another tab"\nextends = "europe-2025"\n')
        assert page.locator("button.open[data-name='r41-other-tab']").count() == 0
        page.evaluate("window.dispatchEvent(new Event('focus'))")
        page.wait_for_selector("button.open[data-name='r41-other-tab']")
        # a name that exists, the replace declined: said as what to do on the page
        tour.locator("input.val").fill("5")
        page.fill("#vname", "r41-other-tab")
        page.once("dialog", lambda d: d.dismiss())
        page.click("#save-btn")
        # (s49: the changes are checked before the name is refused, so the answer takes longer:
        # wait for it, not for the error already shown from the first save)
        page.locator("#status", has_text="confirm the replace").wait_for()
        status = page.inner_text("#status")
        assert "save again and confirm the replace" in status and "replace: true" not in status, status
        browser.close()
    assert problems == [], problems
