"""Review s49 in headless chromium: a plan name that has the keyboard focus shows it (the
buttons' `all:unset` had taken the outline away), and keeps it when the list is read again as the
page is seen again (the list was built anew and the focus fell to the page's body)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..report.conftest import chromium  # noqa: F401 - the shared chromium fixture
from .conftest import TOKEN
from .test_review41_browser import _page
from .test_serve_browser import live  # noqa: F401 - the app on a loopback port

pytestmark = pytest.mark.browser


def test_a_focused_plan_name_shows_and_keeps_its_focus(live: tuple[str, Path], chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    base, _ = live
    with sync_playwright() as p:
        browser, page, problems = _page(p, chromium)
        page.goto(f"{base}/?token={TOKEN}")
        name = page.locator("button.open[data-name='iiss-medium']")
        name.wait_for()
        page.focus("#compare-btn")
        page.keyboard.press("Shift+Tab")  # keyboard focus, so that :focus-visible applies
        for _ in range(40):
            if page.evaluate("document.activeElement.matches('button.open')"):
                break
            page.keyboard.press("Shift+Tab")
        focused = page.evaluate("document.activeElement.dataset.name")
        assert focused, "no plan name took the keyboard focus"
        outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline not in ("none", ""), outline
        # the page is seen again: the list is read again, and the focus stays on that name
        with page.expect_response(lambda r: r.url.split("?")[0].endswith("/api/scenarios")):
            page.evaluate("window.dispatchEvent(new Event('focus'))")
        page.wait_for_timeout(200)
        assert page.evaluate("document.activeElement.dataset.name") == focused
        browser.close()
    assert problems == [], problems
