"""The report opens offline in headless chromium with its map layers and every chart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser

# SwiftShader gives headless chromium the WebGL the interactive map needs (no GPU here).
CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--use-angle=swiftshader", "--enable-unsafe-swiftshader"]
REQUIRED_LAYERS = {"layer-ukraine", "layer-contact-line", "layer-sites", "layer-airbases",
                   "layer-garrisons", "layer-monitored-cells", "layer-air-rings"}


def test_report_in_headless_chromium(report_dir: Path, chromium: str) -> None:
    from playwright.sync_api import sync_playwright

    results = json.loads((report_dir / "results.json").read_text())
    n_charts = sum(len(s["charts"]) for s in results["sections"].values()) + len(results["sensitivity"])
    url = (report_dir / "report.html").as_uri()
    requests: list[str] = []
    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROME_ARGS)
        page = browser.new_page(viewport={"width": 1100, "height": 900})
        page.on("request", lambda r: requests.append(r.url))
        page.on("console", lambda m: problems.append(m.text) if m.type in ("error", "warning") else None)
        page.on("pageerror", lambda e: problems.append(str(e)))
        page.goto(url)
        layer_ids = set(page.eval_on_selector_all("#map g.layer", "els => els.map(e => e.id)"))
        assert REQUIRED_LAYERS <= layer_ids, f"missing layers: {REQUIRED_LAYERS - layer_ids}"
        for layer in REQUIRED_LAYERS:
            assert page.locator(f"#{layer} > *").count() > 0, f"{layer} is empty"
        charts = page.locator("svg.chart:not([data-kind=ecdf])")
        assert charts.count() == n_charts >= 5
        assert page.locator("svg.chart[data-kind=ecdf]").count() >= 2  # distribution plots
        for i in range(charts.count()):
            box = charts.nth(i).bounding_box()
            assert box and box["width"] > 100 and box["height"] > 100
            assert charts.nth(i).locator("rect, polyline").count() > 0, "an empty chart"
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "report.png"), full_page=True)
        browser.close()
    # blob: is the worker MapLibre builds from its own inlined code, not a request to a host
    assert [r for r in requests if not r.startswith("blob:")] == [url], \
        f"the report made network requests: {requests[1:]}"
    # SwiftShader's "GPU stall due to ReadPixels" notes come from the software renderer
    assert [p for p in problems if "GPU stall" not in p] == []
    assert (ARTIFACTS / "report.png").stat().st_size > 10_000
