"""Checks of the interactive MapLibre map shared by the report and `reassure serve` browser tests."""

from __future__ import annotations

import re
from typing import Any

CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               "--use-angle=swiftshader", "--enable-unsafe-swiftshader"]

# Non-background pixels of the map canvas, drawn onto a 2D canvas (the map keeps its drawing
# buffer); background is the sea colour #dfeaf2.
_PIXELS = """el => {
  const c = el.querySelector('canvas.maplibregl-canvas');
  const t = document.createElement('canvas'); t.width = c.width; t.height = c.height;
  const g = t.getContext('2d'); g.drawImage(c, 0, 0);
  const d = g.getImageData(0, 0, t.width, t.height).data;
  let n = 0, h = 0;
  for (let i = 0; i < d.length; i += 4) {
    if (Math.abs(d[i] - 223) + Math.abs(d[i+1] - 234) + Math.abs(d[i+2] - 242) > 24) n++;
    h = (h * 31 + d[i] + 7 * d[i+1] + 13 * d[i+2]) >>> 0;
  }
  return {drawn: n, total: d.length / 4, hash: h};
}"""


def wait_for_map(page: Any, selector: str) -> None:
    page.wait_for_selector(f"{selector}[data-ready='1']", state="attached", timeout=60_000)
    page.wait_for_function(f"document.querySelector(\"{selector}\")._map.loaded()", timeout=60_000)
    page.wait_for_timeout(300)


def canvas_pixels(page: Any, selector: str) -> dict[str, int]:
    return page.eval_on_selector(selector, _PIXELS)


def check_map(page: Any, selector: str) -> dict[str, Any]:
    """The map draws, a layer toggles, a tooltip shows a rounded value; returns what was seen."""
    wait_for_map(page, selector)
    assert "nogl" not in (page.get_attribute(selector, "class") or ""), "no WebGL: the map fell back"
    before = canvas_pixels(page, selector)
    assert before["drawn"] > 0.3 * before["total"], f"the map canvas is nearly blank: {before}"
    # toggle the occupied-territory layer off: the layer hides and the drawing changes
    box = page.locator(f"{selector} .rmap-legend input[data-layer=occupied]")
    box.uncheck()
    page.wait_for_timeout(500)
    hidden = page.eval_on_selector(selector, "el => el._map.getLayoutProperty('occupied', 'visibility')")
    after = canvas_pixels(page, selector)
    assert hidden == "none" and after["hash"] != before["hash"], "toggling a layer changed nothing"
    box.check()
    page.wait_for_timeout(300)
    # hover a monitored line cell in the middle of the line: its tooltip
    page.locator(selector).scroll_into_view_if_needed()
    page.wait_for_timeout(200)
    point = page.eval_on_selector(selector, """el => {
        const m = el._map, f = m.getSource('cells')._data.features;
        const p = m.project(f[Math.floor(f.length / 2)].geometry.coordinates);
        const r = el.querySelector('canvas').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""")
    page.mouse.move(point[0], point[1])
    page.wait_for_selector(".maplibregl-popup", timeout=10_000)
    tip = page.inner_text(".maplibregl-popup-content")
    assert re.search(r"\d", tip), tip
    assert not re.search(r"\d\.\d{3,}", tip), f"an unrounded value in the tooltip: {tip}"
    assert " h" in tip or " km" in tip, f"no unit in the tooltip: {tip}"
    labels = page.locator(f"{selector} .rmap-label:visible").count()
    assert labels >= 5, "too few labels placed"
    return {"pixels": before, "tooltip": tip, "labels": labels}
