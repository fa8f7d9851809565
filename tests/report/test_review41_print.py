"""Review 41 5: a printed report shows every source: a note's "and 47 more" (a closed
<details>) is open on paper, not only the caveats."""

from __future__ import annotations

import pytest

from .conftest import chromium  # noqa: F401 - the shared chromium fixture
from .map_checks import CHROME_ARGS

pytestmark = pytest.mark.browser


def test_print_opens_every_details_of_the_report(chromium: str) -> None:  # noqa: F811
    from playwright.sync_api import sync_playwright

    from reassure.present.report import CSS, PRINT_OPEN

    # a note as the report writes it: six sources shown, the rest folded
    html = (f"<!DOCTYPE html><html><head><style>{CSS}</style></head><body><main><ol id='notes'><li>"
            "seed-000; <details><summary>and 47 more</summary><span id='folded'>seed-047</span></details>"
            f"</li></ol></main>{PRINT_OPEN}</body></html>")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROME_ARGS)
        page = browser.new_page()
        page.set_content(html)
        assert not page.locator("#folded").is_visible()  # folded on screen
        page.emulate_media(media="print")
        assert page.locator("#folded").is_visible()  # open on paper
        page.emulate_media(media="screen")
        page.evaluate("dispatchEvent(new Event('beforeprint'))")  # where only the script opens it
        assert page.evaluate("document.querySelector('details').open")
        page.evaluate("dispatchEvent(new Event('afterprint'))")
        assert not page.evaluate("document.querySelector('details').open")
        browser.close()


def test_the_report_carries_the_print_script() -> None:
    from pathlib import Path

    from reassure.present import report

    assert "{PRINT_OPEN}</body></html>" in Path(report.__file__).read_text(encoding="utf-8")
