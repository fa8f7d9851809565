"""Inline SVG for the offline report: bar, line, histogram and tornado charts, and the map.

Why not matplotlib: importing it costs about 1 s and each chart 0.14 s on this machine, a
large share of the 5 s budget of `reassure assess`; these charts need only rectangles, lines
and text. Every chart and every map layer is a `<g>` with a stable id, so tests and readers
(and QGIS users of `layers.geojson`) find them by name. The map is projected with pyproj
(`reassure.geo.to_metric`), not by hand.
"""

from __future__ import annotations

import html
import math
from collections.abc import Mapping, Sequence
from typing import Any

from reassure.run.results import Chart, Layer

__all__ = ["chart_svg", "ecdf_svg", "map_svg", "nice_ticks"]

PALETTE = ("#1f5fa8", "#d9822b", "#3a8f5c", "#a33b3b", "#6b4fa1", "#7a7a7a")
W, H = 640, 300
PAD_L, PAD_R, PAD_T, PAD_B = 150, 20, 30, 40


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _nice_max(v: float) -> float:
    if v <= 0 or not math.isfinite(v):
        return 1.0
    power = 10 ** math.floor(math.log10(v))
    for step in (1, 2, 2.5, 5, 10):
        if v <= step * power:
            return step * power
    return 10 * power


def nice_ticks(lo: float, hi: float, n: int = 5) -> list[float]:
    """Round tick values (1, 2, 2.5 or 5 times a power of ten) covering ``lo``..``hi``."""
    # a span too small to tick (a largest value of 1e-300 h) draws on a 0-1 axis, not a crash
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi - lo < 1e-9:
        hi = lo + 1.0
    raw = (hi - lo) / max(n - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(lo / step + 1e-9) * step
    ticks = []
    k = 0
    while True:
        v = first + k * step
        ticks.append(round(v, 10))
        if v >= hi - 1e-9:
            break
        k += 1
    return ticks


def _fmt(v: float) -> str:
    if abs(v) >= 1000:
        return f"{v:,.0f}"
    if float(v).is_integer():
        return f"{v:.0f}"
    return f"{v:.3g}"


def _value_text(v: float, axis_label: str) -> str:
    """A bar's value as a reader reads it: hours under one as minutes, with the axis's unit."""
    if axis_label.endswith("hours") and math.isfinite(v):
        return f"{round(v * 60):.0f} min" if v < 1 else f"{v:.1f} h"
    return _fmt(v)


def chart_svg(chart: Chart, names: dict[str, str] | None = None) -> str:
    """Render one chart spec as an SVG element (no external resources).

    ``names`` turns ids in the labels (site ids, nation codes) into the names a reader knows.
    """
    if names:
        from dataclasses import replace

        chart = replace(chart, labels=tuple(names.get(label, label) for label in chart.labels))
    body = {"bar": _bars, "line": _lines, "hist": _hist, "tornado": _tornado}[chart.kind](chart)
    return (
        f'<svg class="chart" id="chart-{_e(chart.id)}" data-kind="{chart.kind}" '
        f'viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" '
        f'aria-label="{_e(chart.title)}" xmlns="http://www.w3.org/2000/svg">'
        f'<style>text{{font:11px sans-serif;fill:#222}}</style>{body}</svg>'
    )


def _legend(names: Sequence[str]) -> str:
    out = []
    for i, name in enumerate(names):
        x = PAD_L + i * 170
        out.append(
            f'<rect x="{x}" y="6" width="10" height="10" fill="{PALETTE[i % len(PALETTE)]}"/>'
            f'<text x="{x + 14}" y="15">{_e(name)}</text>'
        )
    return "".join(out)


def _axis_x(vmax: float, label: str, x0: float = PAD_L) -> str:
    out = [f'<line x1="{x0}" y1="{H - PAD_B}" x2="{W - PAD_R}" y2="{H - PAD_B}" stroke="#888"/>']
    for v in nice_ticks(0.0, vmax):
        if v > vmax + 1e-9:
            break
        x = x0 + (W - PAD_R - x0) * v / vmax
        out.append(f'<line x1="{x:.1f}" y1="{PAD_T}" x2="{x:.1f}" y2="{H - PAD_B}" stroke="#eee"/>'
                   f'<text x="{x:.1f}" y="{H - PAD_B + 14}" text-anchor="middle">{_fmt(v)}</text>')
    out.append(f'<text x="{(x0 + W - PAD_R) / 2:.1f}" y="{H - 6}" text-anchor="middle">{_e(label)}</text>')
    return "".join(out)


def _bars(c: Chart) -> str:
    names = list(c.series)
    n = max(len(c.labels), 1)
    vmax = nice_ticks(0.0, max((v for s in c.series.values() for v in s), default=1.0) or 1.0)[-1]
    band = (H - PAD_T - PAD_B) / n
    bar_h = band * 0.8 / max(len(names), 1)
    out = [_legend(names)]
    for i, label in enumerate(c.labels):
        y = PAD_T + i * band
        out.append(f'<text x="{PAD_L - 6}" y="{y + band / 2 + 4:.1f}" text-anchor="end">{_e(label)}</text>')
        for j, name in enumerate(names):
            v = c.series[name][i]
            w = (W - PAD_L - PAD_R) * max(v, 0) / vmax
            out.append(
                f'<rect x="{PAD_L}" y="{y + band * 0.1 + j * bar_h:.1f}" width="{w:.1f}" '
                f'height="{bar_h:.1f}" fill="{PALETTE[j % len(PALETTE)]}">'
                f"<title>{_e(label)}, {_e(name)}: {_value_text(v, c.x_label)}</title></rect>"
            )
    out.append(_axis_x(vmax, c.x_label))
    return "".join(out)


def _lines(c: Chart) -> str:
    x0, x1 = (min(c.x), max(c.x)) if c.x else (0.0, 1.0)
    x1 = x1 if x1 > x0 else x0 + 1
    xt = nice_ticks(x0, x1)
    x0, x1 = xt[0], xt[-1]
    finite = [v for s in c.series.values() for v in s if math.isfinite(v)]
    ymin = min(0.0, min(finite, default=0.0))
    yt = nice_ticks(ymin, max(finite, default=1.0) or 1.0)
    ymin, ymax = yt[0], yt[-1]
    left = 70

    def px(x: float) -> float:
        return left + (W - PAD_R - left) * (x - x0) / (x1 - x0)

    def py(y: float) -> float:
        return H - PAD_B - (H - PAD_T - PAD_B) * (y - ymin) / (ymax - ymin)

    series = list(c.series.items())
    same = len(series) == 2 and series[0][1] == series[1][1]
    legend_names = [n + (" (same as the other line)" if same and j else "") for j, (n, _) in enumerate(series)]
    out = [_legend(legend_names)]
    for v in yt:
        out.append(f'<text x="{left - 6}" y="{py(v) + 4:.1f}" text-anchor="end">{_fmt(v)}</text>'
                   f'<line x1="{left}" y1="{py(v):.1f}" x2="{W - PAD_R}" y2="{py(v):.1f}" stroke="#eee"/>')
    for v in xt:
        out.append(f'<text x="{px(v):.1f}" y="{H - PAD_B + 14}" text-anchor="middle">{_fmt(v)}</text>')
    out.append(f'<text x="{(left + W) / 2:.1f}" y="{H - 6}" text-anchor="middle">{_e(c.x_label)}</text>')
    out.append(f'<text x="12" y="{PAD_T - 8}">{_e(c.y_label)}</text>')
    for j, (name, ys) in enumerate(series):
        xy = [(px(x), py(y)) for x, y in zip(c.x, ys, strict=False) if math.isfinite(y)]
        pts = " ".join(f"{a:.1f},{b:.1f}" for a, b in xy)
        colour = PALETTE[j % len(PALETTE)]
        # the second series is dashed, thinner and drawn with square marks, so two identical
        # lines stay distinguishable
        dash = ' stroke-dasharray="7 4"' if j else ""
        width = 3 if j == 0 else 2
        out.append(f'<polyline points="{pts}" fill="none" stroke="{colour}" '
                   f'stroke-width="{width}"{dash}><title>{_e(name)}</title></polyline>')
        if len(xy) <= 40:
            for a, b in xy:
                out.append(f'<circle cx="{a:.1f}" cy="{b:.1f}" r="3.5" fill="{colour}"/>' if j == 0 else
                           f'<rect x="{a - 3:.1f}" y="{b - 3:.1f}" width="6" height="6" fill="#fff" '
                           f'stroke="{colour}" stroke-width="1.5"/>')
    return "".join(out)


def _hist(c: Chart) -> str:
    values = [v for s in c.series.values() for v in s if math.isfinite(v)]
    if not values:
        return f'<text x="{W / 2}" y="{H / 2}" text-anchor="middle">no data</text>'
    lo, hi = min(values), max(values)
    hi = hi if hi > lo else lo + 1
    bins = 24
    width = (hi - lo) / bins
    counts = {}
    for name, s in c.series.items():
        row = [0] * bins
        finite = [v for v in s if math.isfinite(v)]
        for v in finite:
            row[min(int((v - lo) / width), bins - 1)] += 1
        counts[name] = [r / max(len(finite), 1) for r in row]
    centres = tuple(lo + width * (i + 0.5) for i in range(bins))
    return _lines(Chart(id=c.id, title=c.title, kind="line", x=centres,
                        series={k: tuple(v) for k, v in counts.items()},
                        x_label=c.x_label, y_label=c.y_label or "share of outcomes"))


def _tornado(c: Chart) -> str:
    lows, highs = c.series.get("low", ()), c.series.get("high", ())
    # review: a figure with no value as planned (no unit reaches the site) drew x1="nan" and
    # "as planned, nan": no dark line then, "n/a" in words, and a swung value a mark, not a bar
    known = c.base is not None and math.isfinite(c.base)
    base = c.base if known and c.base is not None else 0.0
    values = [v for v in (*lows, *highs, *((base,) if known else ())) if math.isfinite(v)]
    lo, hi = min(values, default=0.0), max(values, default=1.0)
    share = "%" in c.title or "%" in c.x_label or "percent" in c.x_label
    if hi - lo <= 1e-9 * max(1.0, abs(hi)):
        # review s40: no assumption swings the figure (100% fielded whatever the odds): an axis
        # around the base, not base..base+1 ticked "100, 100, 100, 101, 101" on a share
        pad = 0.1 * abs(base) or 1.0
        lo, hi = (base - pad if lo < 0 or base - pad >= 0 else 0.0), base + pad  # no negative troops
    if share:
        lo, hi = max(lo, 0.0), min(hi, 100.0)  # a share never runs below 0 or above 100
    elif lo >= 0:
        lo = 0.0 if lo < 0.25 * hi else lo
    ticks = nice_ticks(lo, hi)
    if lo >= 0 > ticks[0]:
        ticks = [t for t in ticks if t >= 0]
    t0, t1 = ticks[0], ticks[-1]
    left = 250  # room for the assumption labels

    def px(v: float) -> float:
        return left + (W - PAD_R - left) * (v - t0) / ((t1 - t0) or 1.0)

    n = max(len(c.labels), 1)
    band = (H - PAD_T - PAD_B) / n
    out = [_legend(["assumption low", "assumption high"])]
    for t in ticks:
        out.append(f'<line x1="{px(t):.1f}" y1="{PAD_T}" x2="{px(t):.1f}" y2="{H - PAD_B}" stroke="#eee"/>'
                   f'<text x="{px(t):.1f}" y="{H - PAD_B + 14}" text-anchor="middle">{_fmt(t)}</text>')
    if known:
        out.append(f'<line x1="{px(base):.1f}" y1="{PAD_T}" x2="{px(base):.1f}" y2="{H - PAD_B}" stroke="#444"/>')
    out.append(f'<text x="{(left + W) / 2:.1f}" y="{H - 6}" text-anchor="middle">{_e(c.x_label)} '
               + (f"(dark line: as planned, {_fmt(base)})" if known else "(as planned: n/a)") + "</text>")
    for i, label in enumerate(c.labels):
        y = PAD_T + i * band + band * 0.15
        out.append(f'<text x="{left - 6}" y="{y + band * 0.4:.1f}" text-anchor="end">{_e(label)}</text>')
        for j, v in enumerate((lows[i], highs[i])):
            if not math.isfinite(v):
                continue
            at = px(min(max(v, t0), t1))
            # no base to swing from: a mark at the value alone
            a, b = sorted((px(base), at)) if known else (at - 1.0, at + 1.0)
            out.append(f'<rect x="{a:.1f}" y="{y + j * band * 0.35:.1f}" width="{max(b - a, 1.0):.1f}" '
                       f'height="{band * 0.33:.1f}" fill="{PALETTE[j]}" opacity="0.85">'
                       f"<title>{_e(label)}: {_fmt(v)}</title></rect>")
    return "".join(out)


def ecdf_svg(chart_id: str, title: str, series: Mapping[str, Sequence[float]], x_label: str,
             weights: Mapping[str, Sequence[float]] | None = None) -> str:
    """An empirical cumulative distribution (share of samples at or below x) as inline SVG.

    ``weights`` (same lengths as ``series``) weight each sample, e.g. by the length of line it
    stands for; without them each sample counts once.
    """
    steps: dict[str, tuple[float, ...]] = {}
    xs_all: list[float] = []
    for name, values in series.items():
        w = list((weights or {}).get(name) or [1.0] * len(values))
        pairs = sorted((float(v), float(wt)) for v, wt in zip(values, w, strict=True) if math.isfinite(v))
        total = sum(wt for _, wt in pairs) or 1.0
        xs_all += [v for v, _ in pairs]
        acc = 0.0
        corners: list[tuple[float, float]] = []
        for v, wt in pairs:
            if corners:
                corners.append((v, 100 * acc / total))  # the horizontal run, then the step up
            acc += wt
            corners.append((v, 100 * acc / total))
        steps[name] = tuple(p for xy in corners for p in xy)
    if not xs_all:
        return ""
    lo, hi = min(0.0, min(xs_all)), max(xs_all)
    xt = nice_ticks(lo, hi if hi > lo else lo + 1)
    x0, x1 = xt[0], xt[-1]
    left = 70

    def px(x: float) -> float:
        return left + (W - PAD_R - left) * (x - x0) / ((x1 - x0) or 1.0)

    def py(y: float) -> float:
        return H - PAD_B - (H - PAD_T - PAD_B) * y / 100.0

    out = [_legend(list(steps))]
    for v in (0, 25, 50, 75, 100):
        out.append(f'<text x="{left - 6}" y="{py(v) + 4:.1f}" text-anchor="end">{v}%</text>'
                   f'<line x1="{left}" y1="{py(v):.1f}" x2="{W - PAD_R}" y2="{py(v):.1f}" stroke="#eee"/>')
    for v in xt:
        out.append(f'<text x="{px(v):.1f}" y="{H - PAD_B + 14}" text-anchor="middle">{_fmt(v)}</text>')
    out.append(f'<text x="{(left + W) / 2:.1f}" y="{H - 6}" text-anchor="middle">{_e(x_label)}</text>')
    out.append(f'<text x="12" y="{PAD_T - 8}">share at or below</text>')
    for j, (name, flat) in enumerate(steps.items()):
        pts = " ".join(f"{px(flat[k]):.1f},{py(flat[k + 1]):.1f}" for k in range(0, len(flat), 2))
        dash = ' stroke-dasharray="7 4"' if j else ""
        out.append(f'<polyline points="{pts}" fill="none" stroke="{PALETTE[j % len(PALETTE)]}" '
                   f'stroke-width="{3 if j == 0 else 2}"{dash}><title>{_e(name)}</title></polyline>')
    return (f'<svg class="chart" id="chart-{_e(chart_id)}" data-kind="ecdf" viewBox="0 0 {W} {H}" '
            f'width="{W}" height="{H}" role="img" aria-label="{_e(title)}" '
            f'xmlns="http://www.w3.org/2000/svg"><style>text{{font:11px sans-serif;fill:#222}}</style>'
            f'{"".join(out)}</svg>')


# -- map ------------------------------------------------------------------------------------------
LAYER_STYLE = {
    "polygon": 'fill="#f2efe6" stroke="#9a9486" stroke-width="0.8"',
    "line": 'fill="none" stroke="#b3261e" stroke-width="2.2"',
    "point": 'stroke="#fff" stroke-width="0.8"',
    "circle": 'fill="none" stroke-width="1.2" stroke-dasharray="5 3"',
}


def map_svg(layers: Sequence[Layer], width: int = 900, height: int = 640) -> str:
    """Draw the map layers (lon/lat features) in the theatre's metric projection."""
    import numpy as np

    from reassure.geo import to_metric

    # Every ring of every layer projected in one call (a call per ring costs more than the
    # projection itself), then cut back into rings.
    rings_of = [[_coords(f["geometry"]) for f in layer.features] for layer in layers]
    flat = [np.asarray(ring, dtype=float).reshape(-1, 2) for per_layer in rings_of
            for rings in per_layer for ring in rings]
    allx, ally = np.zeros(0), np.zeros(0)
    if flat:
        allx, ally = to_metric(np.concatenate([a[:, 0] for a in flat]),
                               np.concatenate([a[:, 1] for a in flat]))
    cuts = np.cumsum([len(a) for a in flat])[:-1]
    parts = iter(zip(np.split(allx, cuts), np.split(ally, cuts), strict=True))
    xs: list[float] = []
    ys: list[float] = []
    projected: list[tuple[Layer, list[Any]]] = []
    for layer, per_layer in zip(layers, rings_of, strict=True):
        feats = []
        for f, rings in zip(layer.features, per_layer, strict=True):
            proj = []
            for _ring in rings:
                x, y = next(parts)
                proj.append((x, y))
                if layer.kind != "polygon" or layer.id == "layer-ukraine":
                    xs += list(x)
                    ys += list(y)
            feats.append((f, proj))
        projected.append((layer, feats))
    if not xs:
        xs, ys = [0.0, 1.0], [0.0, 1.0]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    pad = 0.04 * max(x1 - x0, y1 - y0)
    x0, x1, y0, y1 = x0 - pad, x1 + pad, y0 - pad, y1 + pad
    scale = min(width / (x1 - x0), height / (y1 - y0))

    def sx(x: Any) -> Any:
        return (x - x0) * scale

    def sy(y: Any) -> Any:
        return height - (y - y0) * scale

    out = [f'<svg id="map" class="map" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="img" aria-label="Map of the theatre" '
           f'xmlns="http://www.w3.org/2000/svg"><rect width="100%" height="100%" fill="#dfeaf2"/>'
           f'<style>text{{font:10px sans-serif}}</style>']
    for layer, feats in projected:
        out.append(f'<g id="{_e(layer.id)}" class="layer" data-kind="{layer.kind}" '
                   f'data-title="{_e(layer.title)}">')
        for f, proj in feats:
            props = f.get("properties", {})
            tip = f"<title>{_e(_round_text(str(props.get('label', props.get('name', '')))))}</title>"
            colour = props.get("colour", "#333")
            if layer.kind == "polygon":
                d = " ".join(
                    "M" + " L".join(f"{a:.1f},{b:.1f}" for a, b in zip(sx(x), sy(y), strict=True)) + " Z"
                    for x, y in proj
                )
                style = LAYER_STYLE["polygon"]
                if layer.id == "layer-ukraine":  # the theatre itself stands out from its neighbours
                    style = 'fill="#fffdf4" stroke="#4a4a4a" stroke-width="1.4"'
                out.append(f'<path d="{d}" {style}>{tip}</path>')
            elif layer.kind == "line":
                for x, y in proj:
                    pts = " ".join(f"{a:.1f},{b:.1f}" for a, b in zip(sx(x), sy(y), strict=True))
                    out.append(f'<polyline points="{pts}" {LAYER_STYLE["line"]} '
                               f'stroke="{colour}">{tip}</polyline>')
            else:
                x, y = proj[0]
                cx, cy = float(sx(x[0])), float(sy(y[0]))
                if layer.kind == "circle":
                    r = float(props.get("radius_km", 0)) * 1000 * scale
                    out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{r:.1f}" '
                               f'{LAYER_STYLE["circle"]} stroke="{colour}">{tip}</circle>')
                else:
                    size = float(props.get("size", 4))
                    # Dense layers (line cells) read better without the white halo of sites.
                    halo = LAYER_STYLE["point"] if len(feats) < 200 else 'stroke="none"'
                    out.append(f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="{size:.1f}" fill="{colour}" '
                               f'{halo}>{tip}</circle>')
                    if props.get("show_label"):
                        out.append(f'<text x="{cx + 5:.1f}" y="{cy - 4:.1f}">{_e(props.get("name", ""))}</text>')
        out.append("</g>")
    out.append("</svg>")
    return "".join(out)


def _round_text(text: str) -> str:
    """Float noise in a tooltip (``1.2666666666666666 h``) to three significant digits."""
    import re

    return re.sub(r"\d+\.\d{3,}", lambda m: f"{float(m.group()):.3g}", text)


def _coords(geometry: dict[str, Any]) -> list[list[list[float]]]:
    """Rings/lines of a GeoJSON geometry as lists of [lon, lat]."""
    kind, c = geometry["type"], geometry["coordinates"]
    if kind == "Point":
        return [[c]]
    if kind == "LineString":
        return [c]
    if kind == "MultiLineString":
        return list(c)
    if kind == "Polygon":
        return list(c)
    if kind == "MultiPolygon":
        return [ring for poly in c for ring in poly]
    raise ValueError(f"unsupported geometry {kind}")
