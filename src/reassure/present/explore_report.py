"""The explore report: one self-contained HTML page (no request leaves the page), in the style
of the assessment report: the question, the design, the factors with their sources, the spread
of the outcome, sensitivity bars with 95% intervals, feature scores, the PRIM and CART boxes in
words with the coverage/density trade-off, and a scatter of the two most influential inputs.
"""

from __future__ import annotations

import html
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reassure.present.report import CSS
from reassure.run.explore.analyse import (
    VERDICT_RULE,
    diff_text,
    lower_first,
    plural_unit,
    pooled_text,
    setting_value,
    setting_words,
)

__all__ = ["STORE_FILES", "analysis_lines", "check_page_name", "keep_integers", "page_files", "render_explore_report",
           "write_explore_report"]

INDEX_METHOD_TEXT = {
    "sobol": ("Sobol indices (Saltelli design)", "S1", "S1_conf",
              "first-order index S1: share of the outcome's variance due to the input alone; total index ST adds its interactions"),
    "morris": ("Morris elementary effects", "mu_star", "mu_star_conf",
               "mean absolute change of the outcome when the input moves one step (in outcome units)"),
    "rbd_fast": ("RBD-FAST first-order indices", "S1", "S1_conf",
                 "share of the outcome's variance explained by the input alone (0 to 1; a negative estimate "
                 "is sampling noise around 0 and is shown as such, not clipped)"),
    "delta": ("Delta moment-independent measure", "delta", "delta_conf",
              "how much the whole distribution of the outcome shifts when the input is fixed (0 to 1)"),
    "main_effects": ("Main effects (discrete inputs)", "effect", "effect_conf",
                     "mean outcome at the first listed choice (a range: its highest value alone) minus at "
                     "the last (its lowest value alone): for an enabler listed [true, false], what the plan "
                     "loses without it. Not the lever effect of the headline and the lever table, which for "
                     "a range compares its top third with its bottom third. "
                     "Interval: a full factorial's from the additive model's residual (analysis of variance); "
                     "a random sample's by Welch, over the other inputs' spread"),
    "pawn": ("PAWN index (median KS statistic)", "median", "median_conf",
             "median distance between the outcome's distribution and its distribution with the input fixed "
             "(95% interval by bootstrap)"),
}


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _g(x: float, digits: int = 3) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "n/a"
    if abs(x) < 1e-9:  # floating-point dust of an exact 0 (an interval of identical values)
        return "0"
    return f"{x:,.{digits}g}" if abs(x) < 100 else f"{x:,.0f}"


def _bars(rows: list[tuple[str, float, float | None]], title: str, width: int = 760) -> str:
    """Horizontal bars with 95% whiskers; negative estimates are drawn from zero to the left."""
    if not rows:
        return ""
    pad_l, pad_r, bar_h = 330, 40, 18
    vmax = max(max(abs(v) + (c or 0) for _, v, c in rows), 1e-12)
    vmin = min(0.0, min(v - (c or 0) for _, v, c in rows))
    span = vmax - vmin
    inner = width - pad_l - pad_r
    height = 30 + bar_h * len(rows) + 30

    def sx(v: float) -> float:
        return pad_l + (v - vmin) / span * inner

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="{_e(title)}" font-family="sans-serif" font-size="11">']
    zero = sx(0)
    for i, (label, v, c) in enumerate(rows):
        y = 20 + i * bar_h
        x0, x1 = sorted((zero, sx(v)))
        short = label if len(label) <= 54 else label[:53] + "…"
        parts.append(f'<text x="{pad_l - 6}" y="{y + 12}" text-anchor="end">{_e(short)}</text>')
        parts.append(f'<rect x="{x0:.1f}" y="{y + 2}" width="{max(x1 - x0, 0.5):.1f}" height="{bar_h - 6}" fill="#1f5fa8"/>')
        if c:
            a, b = sx(v - c), sx(v + c)
            parts.append(f'<line x1="{a:.1f}" x2="{b:.1f}" y1="{y + 9}" y2="{y + 9}" stroke="#111" stroke-width="1.2"/>'
                         f'<line x1="{a:.1f}" x2="{a:.1f}" y1="{y + 5}" y2="{y + 13}" stroke="#111"/>'
                         f'<line x1="{b:.1f}" x2="{b:.1f}" y1="{y + 5}" y2="{y + 13}" stroke="#111"/>')
        parts.append(f'<text x="{max(x1, sx(v + (c or 0))) + 4:.1f}" y="{y + 12}" fill="#444">{_g(v, 2)}</text>')
    base = 20 + bar_h * len(rows) + 4
    parts.append(f'<line x1="{zero:.1f}" x2="{zero:.1f}" y1="16" y2="{base}" stroke="#999"/>')
    parts.append(f'<text x="{pad_l}" y="{base + 14}" fill="#555">{_g(vmin, 2)}</text>'
                 f'<text x="{width - pad_r}" y="{base + 14}" text-anchor="end" fill="#555">{_g(vmax, 2)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _scatter(points: Sequence[tuple[float, float, bool]], x_label: str, y_label: str, title: str,
             width: int = 460, height: int = 340, highlight: tuple[float, float] | None = None,
             colours: tuple[str, str] = ("#9bb7d4", "#a32020"), line: bool = False,
             legend: tuple[str, str] = ("", ""),
             bounds: tuple[tuple[float, float], tuple[float, float]] | None = None,
             ticks: tuple[Sequence[tuple[float, str]] | None, Sequence[tuple[float, str]] | None] = (None, None)) -> str:
    """A scatter of ``points`` (x, y, hot); ``ticks`` (x, y): labelled positions in place of the
    axis' two end values, for an input given as choices (drawn at its choice's index, labelled by
    the choice: "20,000", never the index "0")."""
    if not points:
        return ""
    pad_l, pad_b, pad_t, pad_r = 56, 42, 14, 14
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    if bounds is not None:  # fixed axes (shares from 0 to 1), widened to the points if need be
        x0, x1 = min(x0, bounds[0][0]), max(x1, bounds[0][1])
        y0, y1 = min(y0, bounds[1][0]), max(y1, bounds[1][1])
    x1 = x1 if x1 > x0 else x0 + 1
    y1 = y1 if y1 > y0 else y0 + 1

    def sx(v: float) -> float:
        return pad_l + (v - x0) / (x1 - x0) * (width - pad_l - pad_r)

    def sy(v: float) -> float:
        return height - pad_b - (v - y0) / (y1 - y0) * (height - pad_b - pad_t)

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="{_e(title)}" font-family="sans-serif" font-size="11">',
             f'<rect x="{pad_l}" y="{pad_t}" width="{width - pad_l - pad_r}" height="{height - pad_b - pad_t}" fill="none" stroke="#ccc"/>']
    if line:
        path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y, _ in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="#888"/>')
    for x, y, hot in sorted(points, key=lambda p: p[2]):
        parts.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="{3 if not line else 2.5}" fill="{colours[1] if hot else colours[0]}" fill-opacity="0.8"/>')
    if highlight:
        parts.append(f'<circle cx="{sx(highlight[0]):.1f}" cy="{sy(highlight[1]):.1f}" r="7" fill="none" stroke="#d9822b" stroke-width="2.5"/>')
    if ticks[0] is not None:
        parts += [f'<text x="{sx(v):.1f}" y="{height - pad_b + 14}" text-anchor="middle">{_e(text)}</text>' for v, text in ticks[0]]
    else:
        parts.append(f'<text x="{pad_l}" y="{height - pad_b + 14}">{_g(x0)}</text><text x="{width - pad_r}" y="{height - pad_b + 14}" text-anchor="end">{_g(x1)}</text>')
    if ticks[1] is not None:
        parts += [f'<text x="{pad_l - 4}" y="{sy(v) + 4:.1f}" text-anchor="end">{_e(text)}</text>' for v, text in ticks[1]]
    else:
        parts.append(f'<text x="{pad_l - 4}" y="{height - pad_b}" text-anchor="end">{_g(y0)}</text><text x="{pad_l - 4}" y="{pad_t + 10}" text-anchor="end">{_g(y1)}</text>')
    parts.append(f'<text x="{(width + pad_l) / 2:.0f}" y="{height - 8}" text-anchor="middle">{_e(x_label)}</text>')
    parts.append(f'<text transform="translate(12,{(height - pad_b) / 2:.0f}) rotate(-90)" text-anchor="middle">{_e(y_label)}</text>')
    if legend[0]:
        parts.append(f'<circle cx="{pad_l + 10}" cy="{pad_t + 10}" r="4" fill="{colours[0]}"/><text x="{pad_l + 18}" y="{pad_t + 14}">{_e(legend[0])}</text>'
                     f'<circle cx="{pad_l + 10}" cy="{pad_t + 26}" r="4" fill="{colours[1]}"/><text x="{pad_l + 18}" y="{pad_t + 30}">{_e(legend[1])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _named(text: str, a: Any, factors: Sequence[dict[str, Any]]) -> str:
    """``text`` escaped, each input's plain name with its results column and scenario path in a
    tooltip (review r10, item 3: the headline names inputs by label, the path on hover)."""
    plain = getattr(a, "plain", {}) or {}
    # a label as it stands (sentence case) and inside a sentence ("Jamming events", "jamming events")
    by_plain = {form: f for f in factors if (p := plain.get(f["name"])) for form in (p, lower_first(p))}
    out = _e(text)
    if not by_plain:
        return out
    pattern = re.compile(r"\b(" + "|".join(re.escape(_e(p)) for p in sorted(by_plain, key=len, reverse=True)) + r")\b")

    def tip(m: re.Match[str]) -> str:
        f = by_plain[html.unescape(m.group(1))]
        return f'<abbr title="{_e(a.labels.get(f["name"], f["path"]))}">{m.group(1)}</abbr>'

    return pattern.sub(tip, out)


#: The explore page's own rules on top of the assessment report's: the headline, and a caution
#: inside a table cell as a block (review r10, item 4: an inline highlight with vertical padding
#: painted the next line's background over the descenders of the line above: "design" read "desian").
EXPLORE_CSS = (".headline{font-size:1.15em;font-weight:600;line-height:1.5;max-width:46em}"
               ".headline abbr{text-decoration:underline dotted;cursor:help}"
               "details.headline-details{font-size:.92em;color:#444;margin:0 0 10px}"
               "td div.noise{white-space:normal;text-align:left;min-width:14em;max-width:22em}"
               "td .warn,td div.caution{display:block;line-height:1.5;padding:4px 8px;margin:4px 0 2px;overflow:visible}")


def _box_table(boxes: Sequence[Any], labels: dict[str, str], kind: str, fail: str) -> str:
    if not boxes:
        return f"<p>{kind} found no box where the failure condition clusters.</p>"
    rows = []
    for i, b in enumerate(boxes, 1):
        caveat = f"<div class='warn caution'>Caution: {_e(b.caveat)}.</div>" if getattr(b, "caveat", "") else ""
        rows.append(f"<tr><td>{i}</td><td>Fails when {_e(b.words(labels))}{caveat}</td>"
                    f'<td class="n">{b.coverage:.0%}</td><td class="n">{b.density:.0%}</td><td class="n">{b.mass:.0%}</td></tr>')
    return ("<table><tr><th>box</th><th>in words</th><th>coverage (failing cases in the box / all failing cases)</th>"
            "<th>density (failing cases in the box / cases in the box)</th><th>mass (cases in the box / all cases)</th></tr>"
            + "".join(rows) + "</table>")


def _plural_tail(text: str) -> str:
    """A value or range ending in a singular unit, in the plural: "20–30 year" -> "20–30 years"."""
    m = re.match(r"^(.*?([\d.,]+))\s+([a-z]+)$", text)
    if not m:
        return text
    try:
        n = float(m.group(2).replace(",", ""))
    except ValueError:
        return text
    return f"{m.group(1)} {plural_unit(m.group(3), n)}"


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _index_table(a: Any, method: str, rows: list[dict[str, Any]]) -> str:
    key, conf = KEYS[method]
    signed = method == "main_effects"
    body = []
    for r in sorted(rows, key=lambda r: -abs(r[key])):
        cls = "" if r.get("distinguishable") else ' style="color:#777"'
        body.append(f"<tr{cls}><td>{_e(a.labels.get(r['factor'], r['factor']))}</td>"
                    f'<td class="n">{_e(index_text(r[key], r.get(conf), signed=signed))}</td><td>{_e(verdict_text(r, conf))}</td></tr>')
    if method in a.dummy:
        d = a.dummy[method]
        body.append(f"<tr><td><i>{_e(a.labels.get('__dummy__', 'dummy'))}</i></td>"
                    f'<td class="n">{_e(index_text(d[key], d.get(conf), signed=signed))}</td>'
                    f'<td>{_e(noise_level_text(d))}</td></tr>')
    return ("<table><tr><th>input</th><th>estimate ± 95% interval</th><th>verdict</th></tr>" + "".join(body) + "</table>")


def _runs(a: Any) -> str:
    n = getattr(a, "n_experiments", None)
    return _plural(n, "experiment") if isinstance(n, int) else "this design"


def _effect_cell(r: dict[str, Any], case: str) -> str:
    from reassure.run.explore.analyse import diff_text

    if not r.get("read", True):
        return "<td class='meta'>not read by this outcome's model</td>"
    if not math.isfinite(r[case]):
        return "<td>n/a</td>"
    fixed = r.get(f"{case}_fixed", "")
    if fixed and case == "without_us" and r.get("without_us_unread"):  # review s34 #1: never shown as an effect
        return (f'<td class="meta" style="color:#777"><div class="noise">{_e(fixed[0].upper() + fixed[1:])}</div></td>')
    if fixed:  # review s34 #4: an exact 0, not "cannot be told from noise"
        return (f'<td class="n">{_e(diff_text(r[case], r[case + "_conf"], r["unit"]))}'
                f"<div class='meta noise'>{_e(fixed)}</div></td>")
    noise = r.get(f"{case}_noise", "")
    if noise:  # r8 7: greyed and said, never credited as an effect
        return (f'<td class="n" style="color:#777">{_e(diff_text(r[case], r[case + "_conf"], r["unit"]))}'
                f"<div class='meta noise'>{_e(noise)}</div></td>")
    return f'<td class="n">{_e(diff_text(r[case], r[case + "_conf"], r["unit"]))}</td>'


def _subset_notes(rows: Sequence[dict[str, Any]], key: str = "subset") -> list[str]:
    """One footnote per outcome whose denominator (answered calls, detected incidents) varies by plan."""
    from reassure.run.explore.figures import SUBSET_NOTE

    seen: dict[str, str] = {}
    for r in rows:
        if r.get(key) and r["label"] not in seen:
            seen[r["label"]] = SUBSET_NOTE.format(label=r["label"], subset=r[key])
    return list(seen.values())


def _lever_table(a: Any) -> str:
    if not a.lever_effects:
        return ""
    us = all(r["path"].startswith("us_backstop.") for r in a.lever_effects)
    title = "What the plan loses without each US enabler" if us else "What each lever does to each outcome"
    cols = ("with the US backstop (with − without the enabler)", "without the US backstop") if us else (
        "with the US backstop", "without the US backstop")
    rows = []
    for r in a.lever_effects:
        mark = " †" if r.get("subset") else ""
        rows.append(f"<tr><td>{_e(r['lever'])} <span class='meta'>({_e(r['path'])}; {_e(r['first'])} minus "
                    f"{_e(r['last'])})</span></td><td>{_e(r['label'])}{mark}</td>"
                    f"{_effect_cell(r, 'with_us')}{_effect_cell(r, 'without_us')}</tr>")
    note = ("Each row: the mean over the evaluations at the lever's first listed value minus the mean at its last, "
            "as the row says; a range: its top third minus its bottom third. A difference of two percentages is in "
            "percentage points. ± is the 95% interval: on a full factorial from the additive model's residual (as the main "
            "effects), otherwise Welch's over the other inputs' spread. A lever the outcome's model does not read "
            "cannot move it: its cell says so. A greyed cell marked <i>cannot be told from noise</i> is an effect "
            f"{_plural(a.n_experiments, 'experiment')} cannot show: its interval reaches 0, or, for the outcome the "
            "feature scores were fitted to, the lever scores at or below the dummy. That is not evidence of no "
            "effect: more experiments may show one, and the cell says when the same lever clearly moves another "
            "outcome.")
    if us:
        note += (" The without-US column is the plan with every US enabler off, whatever the enabler's setting: "
                 "each of its cells says <i>no effect by construction</i>, and the difference measured there is Monte "
                 "Carlo noise (each plan has its own seed), a check on the with-US column's interval, never an effect.")
    elif any(r.get("without_us_unread") for r in a.lever_effects):
        note += (" A lever the plan without the US backstop does not read (a US enabler: off there whatever its "
                 "setting) says <i>no effect by construction</i> in the without-US column.")
    if any(r.get(f"{c}_exact") for r in a.lever_effects for c in ("with_us", "without_us")):
        note += (" A cell of exactly 0 ± 0 is no effect: the outcome is the same at both settings in every "
                 "evaluation, with no noise that could hide one.")
    subset = "".join(f"<p class='meta'>† {_e(n)}</p>" for n in _subset_notes(a.lever_effects))
    return (f"<h2>{_e(title)}</h2><table><tr><th>lever (compared settings)</th><th>outcome</th><th>{_e(cols[0])}</th>"
            f"<th>{_e(cols[1])}</th></tr>{''.join(rows)}</table><p class='meta'>{note}</p>{subset}")


def design_text(manifest: dict[str, Any]) -> str:
    """The design in words, from the factors it actually varies (a factorial of six on/off
    enablers is 2^6 = 64 plans, not "4 levels per range")."""
    d = manifest["design"]
    if d["kind"] == "factorial":
        counts = [len(f["values"]) if f.get("values") is not None else int(d.get("levels") or 0)
                  for f in manifest["factors"]]
        if counts and len(set(counts)) == 1:
            k = counts[0]
            what = "on or off" if k == 2 and all(
                f.get("values") is not None and set(map(str, f["values"])) == {"True", "False"}
                for f in manifest["factors"]) else f"at {k} levels each"
            shape = f"{len(counts)} inputs {what} ({k}^{len(counts)} = {d['rows']:,} experiments)"
        else:
            shape = f"{' × '.join(str(c) for c in counts)} levels ({d['rows']:,} experiments)"
        return f"a full factorial: {shape}"
    return {
        "lhs": f"a Latin hypercube of {d['rows']:,} experiments",
        "monte-carlo": f"{d['rows']:,} independent random draws",
        "sobol": f"Saltelli's design for Sobol indices: base sample {d.get('samples')}, {d['rows']:,} experiments",
        "morris": f"{d.get('samples')} Morris trajectories on a {d.get('levels')}-level grid ({d['rows']:,} experiments)",
        "nolh": f"an orthogonal Latin hypercube (Ye 1998) of {d['rows']:,} experiments",
    }[d["kind"]]


def reproduce_text(manifest: dict[str, Any], out_dir: Path | str | None = None) -> str:
    """How the run was made and how to make it again: the command (with the trial's ``--limit``),
    the experiment file and its hash, the reassure version, and that the design seed fixes
    every number whatever the workers (review s33 explore: a report names what produced it)."""
    exp = manifest.get("experiment", {})
    first = manifest.get("design", {}).get("first")
    limit = f" --limit {first}" if first else ""
    out = str(out_dir) if out_dir is not None else "DIR"
    files = list(dict.fromkeys(f["file"] for s in manifest.get("scenarios") or [] for f in s.get("files") or []))
    if not files:  # a store written before the manifest recorded the extends chain
        files = [str(s["file"]) for s in manifest.get("scenarios") or [] if s.get("file")]
    code = (manifest.get("code") or {}).get("sha256_16")
    scenarios = (f", the base scenario file{'s' if len(files) != 1 else ''} as {'they were' if len(files) != 1 else 'it was'} "
                 f"({', '.join(files)}: each file's hash is in manifest.json)") if files else ""
    return (f"To reproduce: reassure explore {exp.get('file', 'FILE')} --out {out}{limit} with reassure "
            f"{manifest.get('reassure_version', '?')}{f' (code {code})' if code else ''}{scenarios} and the experiment "
            f"file as it was (its SHA-256 begins "
            f"{exp.get('sha256_16', '?')}; the whole text is in manifest.json). The design seed "
            f"{manifest.get('seed')} fixes the design and every evaluation's seed, so the numbers are the same "
            "whatever the number of workers, on Ray, or after --resume.")


def _monte_carlo_text(manifest: dict[str, Any]) -> str:
    """The Monte Carlo behind each evaluation's outcomes (review s33): the force model's draws over
    who joins where a force outcome is used, the incident runs (the file's `runs`) only where an
    incidents outcome is."""
    from reassure.bridge.force import DRAWS

    sections = {str(o).split(".", 1)[0] for o in manifest.get("outcomes", [])}
    parts = []
    if "force" in sections:  # an older manifest has no "draws": the force model's only count
        parts.append(f"{_plural(manifest.get('draws', DRAWS), 'Monte Carlo draw')} over who joins")
    if "incidents" in sections:
        parts.append(_plural(manifest["runs"], "incident Monte Carlo run"))
    return f", {' and '.join(parts)} per evaluation" if parts else ""


def render_explore_report(manifest: dict[str, Any], analysis: Any, frame: Any,
                          out_dir: Path | str | None = None) -> str:
    """The HTML page for one analysed outcome; ``frame`` is the results DataFrame; ``out_dir``
    the run's folder, named in the line that says how to reproduce it."""
    exp = manifest["experiment"]
    factors = manifest["factors"]
    body: list[str] = _question(manifest, analysis)
    body += _design_parts(manifest, analysis, out_dir)
    body += _outcome_spread(manifest, analysis)
    body += _influence_parts(manifest, analysis)
    body.append(_lever_table(analysis))
    body += _failure_parts(analysis, factors)
    body += _key_pair_figure(analysis, factors, frame)
    body += _source_parts(manifest)
    body.append("<p class='meta'>The data behind this page: <code>results.csv</code> and <code>batches/*.parquet</code> "
                "(one row per evaluation), <code>columns.csv</code> (each column's meaning and unit), "
                "<code>design.parquet</code>, <code>analysis*.json</code> and <code>manifest.json</code>, "
                "in this folder. Query them with <code>reassure explore query DIR \"SQL\"</code>.</p>")
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            f"<title>{_e(exp['title'])}</title><meta name='viewport' content='width=device-width'>"
            f"<style>{CSS}{EXPLORE_CSS}</style></head><body><main>{''.join(body)}</main></body></html>")


def _question(manifest: dict[str, Any], analysis: Any) -> list[str]:
    """The page's head: the question, the headline, the run's details, description and notes."""
    exp = manifest["experiment"]
    factors = manifest["factors"]
    body: list[str] = [f"<h1>{_e(exp['title'])}</h1>"]
    summary = getattr(analysis, "summary", "")
    if summary:  # review r10, item 3: a reader's headline first, the details folded below it
        body.append(f'<p class="headline">{_named(summary, analysis, factors)}</p>')
    if getattr(analysis, "rough", ""):  # review r10, item 1: a small design says so before anything else
        body.append(f'<p class="warn rough"><b>{_e(analysis.rough)}</b></p>')
    if analysis.headline:
        body.append(f'<details class="headline-details"{"" if summary else " open"}><summary>The headline in detail '
                    f'(results columns and scenario paths)</summary><p>{_e(analysis.headline)}</p></details>')
    body.append(f'<p class="meta">Explore run <code>{_e(exp["name"])}</code> · reassure {_e(manifest["reassure_version"])} · '
                f'{analysis.n_evaluations:,} of {manifest["n_evaluations"]:,} evaluations stored · '
                f'base scenario{"s" if len(manifest["scenarios"]) > 1 else ""}: {_e(", ".join(s["name"] for s in manifest["scenarios"]))}</p>')
    if exp.get("description"):
        body.append(f"<p>{_e(exp['description'])}</p>")
    for note in analysis.notes:
        body.append(f'<p class="warn">{_e(note)}</p>')
    return body


def _design_parts(manifest: dict[str, Any], analysis: Any, out_dir: Path | str | None) -> list[str]:
    """The design section: how it was run, how to reproduce it, its inputs and held values."""
    factors = manifest["factors"]
    body = ["<h2>The design</h2>"]
    design = design_text(manifest)
    first = manifest["design"].get("first")
    if first:  # a --limit trial: the design is planned whole, only its first rows are run
        design += f", of which only the first {first:,} were run (a trial: --limit {first})"
    body.append(f"<p>{_e(design[0].upper() + design[1:])}, each run {_times(manifest['replications'])} with its own seed "
                f"(derived from the design seed {manifest['seed']}, the experiment and the replication)"
                f"{_monte_carlo_text(manifest)}. Every evaluation assesses the plan "
                f"with the US backstop and without it. {len(factors)} inputs are varied.</p>")
    body.append(f"<p class='meta reproduce'>{_e(reproduce_text(manifest, out_dir))}</p>")
    body.append(_factor_table(factors, analysis))
    body += _constants_table(manifest)
    return body


def _factor_table(factors: Sequence[dict[str, Any]], analysis: Any) -> str:
    """The table of varied inputs: each one's kind, span, base value and reason."""
    labels = analysis.labels
    rows = []
    for f in factors:
        if f.get("values") is not None:
            span = ", ".join(_e(setting_value(v)) for v in f["values"])
        else:
            span = f"{_g(f['low'])} to {_g(f['high'])} {_e(plural_unit(f.get('unit') or '', f['high']))}" + (
                f" ({f['distribution']})" if f.get("distribution", "uniform") != "uniform" else "")
        why = ", ".join(f'<a href="#src-{_e(s)}">{_e(s)}</a>' for s in f.get("source") or [])
        if f.get("assumption"):
            why += (" · " if why else "") + _e(f["assumption"])
        if not why:
            why = "planner choice (no reason given in the experiment file)" if f["role"] == "lever" else "no reason given"
        unread = " <span class='meta'>(not read by this outcome's model)</span>" if f["name"] in analysis.not_read else ""
        rows.append(f"<tr><td>{_e(labels.get(f['name'], f['name']))}{unread}</td><td>{_e(f['role'])}</td><td>{span}</td>"
                    f"<td>{_e(_plural_tail(f.get('base_text') or ''))}</td><td>{why}</td></tr>")
    return ("<table><tr><th>input (results column, scenario path, unit)</th><th>kind</th><th>explored</th><th>base scenario</th>"
            "<th>why this range</th></tr>" + "".join(rows) + "</table>")


def _constants_table(manifest: dict[str, Any]) -> list[str]:
    """The values every experiment holds, with their reasons (none: an empty list)."""
    body: list[str] = []
    constants = manifest.get("constants") or {}
    if constants:  # review s49: values every experiment holds were in manifest.json alone
        held = manifest.get("constant_provenance") or {}

        def held_why(path: str) -> str:  # review s50: a constant's reason, as a factor's
            given = held.get(path) or {}
            why = ", ".join(f'<a href="#src-{_e(s)}">{_e(s)}</a>' for s in given.get("source") or [])
            if given.get("assumption"):
                why += (" · " if why else "") + _e(given["assumption"])
            return why or "no reason recorded (a store written before reasons were required)"

        body.append("<p>Held at one value in every experiment, in place of the base scenario's (the experiment "
                    "file's <code>[constants]</code>, in the scenario quantity's own unit):</p><table><tr><th>scenario "
                    "path</th><th>value</th><th>why this value</th></tr>" + "".join(
                        f"<tr><td>{_e(path)}</td><td>{_e(setting_value(value))}</td><td>{held_why(path)}</td></tr>"
                        for path, value in constants.items()) + "</table>")
    return body


def _outcome_spread(manifest: dict[str, Any], analysis: Any) -> list[str]:
    """The outcome's section: its subset note and the spread of its values."""
    s = analysis.stats
    body = [f"<h2>The outcome: {_e(analysis.label)}</h2>"]
    if analysis.subset:
        from reassure.run.explore.figures import SUBSET_NOTE

        body.append(f"<p class='warn'>{_e(SUBSET_NOTE.format(label=analysis.figure_label, subset=analysis.subset))}</p>")
    if s:
        unit = analysis.unit
        body.append(f"<table><tr><th>mean</th><th>10th percentile</th><th>median</th><th>90th percentile</th><th>min</th><th>max</th>"
                    f"<th>unit</th></tr>"
                    f'<tr>{"".join(f"<td class=n>{_g(s[k])}</td>" for k in ("mean", "p10", "p50", "p90", "min", "max"))}'
                    f"<td>{_e(unit)}</td></tr></table>"
                    f'<p class="meta">over {analysis.n_evaluations:,} evaluations (results column <code>{_e(analysis.column)}</code>, in {_e(unit or "its own unit")}).</p>')
    return body


def _influence_parts(manifest: dict[str, Any], analysis: Any) -> list[str]:
    """Which inputs matter: the rule, pooled notes, each method's indices, the feature scores."""
    labels = analysis.labels
    body = ["<h2>Which inputs matter</h2>"]
    dummy_text = dummy_sentence(manifest["design"]["kind"], analysis)
    body.append(f"<p class='meta'>{dummy_text}{VERDICT_RULE} Inputs the outcome's model does not read are not ranked.</p>")
    for pooled in getattr(analysis, "pooled", []) if analysis.indices else []:  # review s34 #3
        body.append(f"<p class='{'warn ' if pooled['swamps'] else 'meta '}pooled'>"
                    f"{_e(pooled_text(pooled, analysis.unit, advice=pooled['swamps']))}</p>")
    if getattr(analysis, "where", ""):
        body.append(f"<p class='meta'>Only the evaluations where <code>{_e(analysis.where)}</code> "
                    f"({analysis.n_evaluations:,} of {manifest['n_evaluations']:,}) are analysed.</p>")
    body += _index_figures(analysis)
    if analysis.not_read:
        body.append("<p><b>Not read by this outcome's model</b> (nor by any model it depends on), so not ranked: "
                    + ", ".join(f"<code>{_e(labels.get(n, n))}</code>" for n in analysis.not_read) + ".</p>")
    if analysis.feature_scores:
        target = "the failure condition" if analysis.fail else "the outcome"
        scores: list[tuple[str, float, float | None]] = [(labels.get(n, n), v, None) for n, v in analysis.feature_scores]
        if analysis.dummy_score is not None:
            scores.append((DUMMY_LABEL, analysis.dummy_score, None))
        body.append(f"<h3>Feature scores</h3><figure>{_bars(scores, 'Feature scores')}"
                    f"<figcaption>Feature scores: share of the extra-trees ensemble's fit to {target} owed to each input "
                    "(sum 1 with the dummies; the dummy bar is the highest of eight); a score at or below it is noise.</figcaption></figure>")
    return body


def _index_figures(analysis: Any) -> list[str]:
    """Each sensitivity method's bar chart and table (and Sobol's total-order bars)."""
    labels = analysis.labels
    body: list[str] = []
    for method, rows_ in analysis.indices.items():
        name, key, conf, meaning = INDEX_METHOD_TEXT[method]
        ranked = sorted(rows_, key=lambda r: -abs(r[key]))
        bars = [(labels.get(r["factor"], r["factor"]), r[key], r.get(conf) if conf else None) for r in ranked]
        if method in analysis.dummy:
            bars.append((DUMMY_LABEL, analysis.dummy[method][key], analysis.dummy[method].get(conf) if conf else None))
        body.append(f"<h3>{_e(name)}</h3><figure>{_bars(bars, name)}<figcaption>{_e(name)}: {_e(meaning)}; "
                    f"{'whiskers: 95% interval' if conf else 'no interval'}.</figcaption></figure>")
        body.append(_index_table(analysis, method, rows_))
        if method == "sobol":
            body.append(f"<figure>{_bars([(labels.get(r['factor'], r['factor']), r['ST'], r['ST_conf']) for r in ranked], 'Sobol total')}"
                        "<figcaption>Sobol total-order index ST (the input with all its interactions); whiskers: 95% interval.</figcaption></figure>")
    return body


def _failure_parts(analysis: Any, factors: Sequence[dict[str, Any]]) -> list[str]:
    """When the plan fails: the failure condition, and PRIM boxes and CART leaves per setting."""
    labels = analysis.labels
    body: list[str] = []
    if analysis.fail:
        body.append("<h2>When does the plan fail?</h2>")
        failing = round(analysis.fail_share * analysis.n_evaluations)
        body.append(f"<p>Failure condition: <code>{_e(analysis.fail)}</code>, met in {failing:,} of the "
                    f"{analysis.n_evaluations:,} evaluations ({analysis.fail_share:.0%}).</p>")
        fx_all = {f["name"]: f for f in factors}
        for g in analysis.discovery:
            where = ", ".join(setting_words(fx_all[k], v) for k, v in g["setting"].items())
            if where:
                body.append(f"<h3>At {_e(where)}: fails in {g['failing']} of {_plural(g['n'], 'evaluation')}</h3>")
            if g["note"]:
                body.append(f"<p>{_e(g['note'])}.</p>")
                if not g["prim"] and not g["cart"]:
                    continue
            body.append("<h4>PRIM boxes</h4>" + _box_table(g["prim"], labels, "PRIM", analysis.fail))
            if g["prim"] and g["prim"][0].trajectory:
                body.append(peeling_figure(g["prim"][0]))
            body.append("<h4>CART leaves</h4>" + _box_table(g["cart"], labels, "CART", analysis.fail))
    return body


def _key_pair_figure(analysis: Any, factors: Sequence[dict[str, Any]], frame: Any) -> list[str]:
    """The scatter of the two inputs with the highest feature scores (none: an empty list)."""
    labels = analysis.labels
    body: list[str] = []
    top = [n for n, _ in analysis.feature_scores[:2]]
    if len(top) == 2 and frame is not None:
        fx = {f["name"]: f for f in factors}

        def num(values: Any, f: dict[str, Any]) -> list[float]:
            if f.get("values") is None:
                return [float(v) for v in values]
            return [float(f["values"].index(v)) if v in f["values"] else -1.0 for v in values]

        def choice_ticks(values: list[float], f: dict[str, Any]) -> list[tuple[float, str]] | None:
            """An input given as choices is drawn at each choice's index: label the choices drawn."""
            if f.get("values") is None:
                return None
            drawn = sorted({int(v) for v in values if v >= 0})
            return [(float(i), setting_value(f["values"][i])) for i in drawn]

        xs, ys = num(frame[top[0]], fx[top[0]]), num(frame[top[1]], fx[top[1]])
        ticks = (choice_ticks(xs, fx[top[0]]), choice_ticks(ys, fx[top[1]]))
        if analysis.fail:
            hot = [bool(v) for v in frame["__fail__"]] if "__fail__" in frame else [False] * len(xs)
            names = ("holds", "fails")
        else:
            med = analysis.stats.get("p50", 0.0)
            hot = [float(v) < med for v in frame[analysis.column]]
            names = ("at or above the median", "below the median")
        # Each share with its denominator (review s20 explore #8): "holds (4 of 34 evaluations)".
        n_hot = sum(hot)
        legend = (f"{names[0]} ({len(hot) - n_hot:,} of {len(hot):,} evaluations)", f"{names[1]} ({n_hot:,} of {len(hot):,})")
        pts = list(zip(xs, ys, hot, strict=True))
        body.append(f"<figure>{_scatter(pts, labels.get(top[0], top[0]), labels.get(top[1], top[1]), 'key pair', legend=legend, ticks=ticks)}"
                    f"<figcaption>The two inputs with the highest feature scores, one point per evaluation."
                    f"{_e(_overlap_note(frame, hot, names))}</figcaption></figure>")
    return body


def _source_parts(manifest: dict[str, Any]) -> list[str]:
    """The sources: those the explored ranges and held values rest on, then the rest, folded."""
    factors = manifest["factors"]
    entries = {s["id"]: s for s in manifest.get("source_entries", [])}
    factor_sources = [i for i in dict.fromkeys(
        [s for f in factors for s in (f.get("source") or [])]
        + [s for given in (manifest.get("constant_provenance") or {}).values() for s in given.get("source") or []])]
    rest = [i for i in manifest.get("sources", []) if i not in factor_sources]

    def item(src_id: str, marked: bool) -> str:
        src = entries.get(src_id, {"id": src_id})
        where = src.get("url") or src.get("file") or ""
        link = f' <a href="{_e(where)}">{_e(where)}</a>' if where.startswith("http") else (f" ({_e(where)})" if where else "")
        mark = "★ " if marked else ""
        return (f"<li id='src-{_e(src_id)}'>{mark}<b>{_e(src_id)}</b>: {_e(src.get('title', ''))}, "
                f"{_e(src.get('outlet', ''))}{(', ' + _e(src['date'])) if src.get('date') else ''}.{link}</li>")

    body = ["<h2>Sources</h2>"]
    body.append(f"<p class='meta'>★ the {len(factor_sources)} source(s) the explored ranges and the held values rest on; below them, folded, "
                f"the other {len(rest)} the base scenario(s) cite.</p><ul id='sources'>")
    body += [item(i, True) for i in factor_sources]
    body.append(f"</ul><details><summary>The other {len(rest)} sources of the base scenario</summary><ul>")
    body += [item(i, False) for i in rest]
    body.append("</ul></details>")
    return body


def _overlap_note(frame: Any, hot: list[bool], names: tuple[str, str]) -> str:
    """What the scatter cannot show when a plan is evaluated more than once: its replications
    share its inputs, so they are drawn at one spot, and where they disagree the second colour
    is drawn over the first."""
    if "experiment_id" not in frame or len(frame) == 0:
        return ""
    plans = [int(i) for i in frame["experiment_id"]]
    spots = len(set(plans))
    if spots == len(plans):
        return ""
    from collections import Counter

    each = set(Counter(plans).values())
    how = (f"the {next(iter(each))} replications of each plan" if len(each) == 1
           else "the replications of a plan")
    mixed = len({p for p, h in zip(plans, hot, strict=True) if h} & {p for p, h in zip(plans, hot, strict=True) if not h})
    said = (f" At {mixed:,} of them the replications differ: some {names[0]}, some {names[1]}; the spot is drawn as "
            f"{names[1]}." if mixed else " Every plan's replications agree.")
    return (f" {how[0].upper()}{how[1:]} share its inputs, so they are drawn at the same spot "
            f"({len(plans):,} evaluations at {spots:,} spots).{said}")


def stat_text(x: float) -> str:
    """A summary statistic of an outcome as the page's table writes it: three significant
    figures below 100 (``8.92``, ``82.3``), whole numbers from 100 (``20,725``), never in
    scientific notation (review s20 explore #8: "8.922 to 82.31" mixed precisions)."""
    if x is None or not math.isfinite(float(x)):
        return "n/a"
    from reassure.run.explore.analyse import sig_text

    if abs(x) < 1e-9:
        return "0"
    return sig_text(x, 3) if abs(x) < 100 else f"{x:,.0f}"


def share_text(share: float | None, n: int) -> str:
    """``30 of 34 evaluations (88%)``: a share with its denominator."""
    if share is None:
        return "no evaluation"
    return f"{round(share * n):,} of {n:,} evaluations ({share:.0%})"


def peeling_figure(b: Any) -> str:
    """The PRIM peeling trajectory of box ``b``, on axes from 0 to 1; when there is no trade-off
    to show (some box keeps every failure it can at the highest density: narrower boxes only lose
    failures), the same in words (review r10, item 5: a chart of density 0.882 to 1 with every
    point at 1 read as a trade-off)."""
    traj = b.trajectory
    cov_max = max(t["coverage"] for t in traj)
    den_max = max(t["density"] for t in traj)
    best = [t for t in traj if t["coverage"] >= cov_max - 1e-9 and t["density"] >= den_max - 1e-9]
    if best or len(traj) < 3:
        start = traj[0]
        return ("<p class='peeling'>PRIM peeling: <b>no trade-off to chart</b>. Starting from the whole space "
                f"(where {start['density']:.0%} of the cases fail), peeling reaches a box that keeps "
                f"{cov_max:.0%} of the failures at a density of {den_max:.0%}; every narrower box only loses "
                f"failures without getting denser. The box reported has coverage {b.coverage:.0%} and density "
                f"{b.density:.0%}.</p>")
    pts = [(t["coverage"], t["density"], False) for t in traj]
    return (f"<figure>{_scatter(pts, 'coverage', 'density', 'PRIM peeling trajectory', highlight=(b.coverage, b.density), line=True, bounds=((0.0, 1.0), (0.0, 1.0)))}"
            "<figcaption>PRIM peeling trajectory of the first box: each point a box, from the whole space "
            "(coverage 1) to the smallest; the ringed point is the box reported (after pasting). Both axes "
            "run from 0 to 1. Narrower boxes are denser but explain fewer failures.</figcaption></figure>")


DUMMY_LABEL = "dummy (random numbers no model reads)"


def dummy_sentence(kind: str, a: Any) -> str:
    """Where the dummy inputs are, for this design and what was computed (review r8, item 7: a
    NOLH report said "this design has no dummy inputs" beside a dummy bar). Sobol, Morris and
    full-factorial designs have no room for a dummy in their index tables; every design's feature
    scores are fitted with eight dummies; the other designs' indices have them too."""
    grid = {"sobol": "a Saltelli design", "morris": "a Morris design", "factorial": "a full factorial"}.get(kind)
    out = []
    if grid:
        out.append(f"The index tables of {grid} have no dummy row (its rows leave no room for one): there only "
                   "zero is the bar.")
    elif a.dummy:
        out.append("Eight dummy inputs (random numbers no model reads) are analysed alongside the real ones in the "
                   "index tables: the noise level is the highest upper end of their 95% intervals (the dummy row "
                   "shows that dummy).")
    elif a.dummy_score is not None:
        where = "the rough answers above" if getattr(a, "rough", "") else "the notes above"
        out.append(f"This sample is too small for sensitivity indices (see {where}), so the dummy inputs "
                   "(random numbers no model reads) are in the feature scores only.")
    else:
        out.append("This design leaves room for dummy inputs (random numbers no model reads), but this sample is "
                   "too small or too flat to analyse them (see the notes above).")
    if a.dummy_score is not None:
        out.append(f"The feature scores are fitted with eight dummy inputs{' too' if a.dummy else ''}: the dummy bar "
                   f"is the highest of them ({a.dummy_score:.3f}), and a score at or below it is noise.")
        noisy = sorted(a.within_noise, key=lambda n: -a.within_noise[n])
        if noisy:
            out.append(f"Here {', '.join(noisy)} score{'s' if len(noisy) == 1 else ''} at or below it: "
                       f"{'it' if len(noisy) == 1 else 'they'} cannot be told from noise with "
                       f"{_runs(a)} (which is not evidence of no effect), and a lever "
                       "among them is marked <i>cannot be told from noise</i> in the lever table.")
    return " ".join(out) + " "


KEYS = {"sobol": ("ST", "ST_conf"), "morris": ("mu_star", "mu_star_conf"), "rbd_fast": ("S1", "S1_conf"),
        "delta": ("delta", "delta_conf"), "pawn": ("median", "median_conf"), "main_effects": ("effect", "effect_conf")}


def noise_level_text(d: dict[str, Any]) -> str:
    """The dummies' noise level in words: "the noise level: 0.43 (highest of 8 dummies)"; when
    some dummies have no 95% interval on the sample, how many; when none has, that there is no
    noise level, so no input is judged distinguishable (never "the noise level: n/a")."""
    n, level = d["of_dummies"], float(d["noise_level"])
    k = int(d.get("with_interval", n))
    if not math.isfinite(level):
        return (f"no noise level: none of the {n} dummies has a 95% interval on this sample, so no input "
                "here is judged distinguishable from noise")
    if k < n:
        return (f"the noise level: {_g(level, 2)} (highest of {n} dummies; {n - k} of them "
                f"{'has' if n - k == 1 else 'have'} no 95% interval on this sample and count{'s' if n - k == 1 else ''} "
                "by the estimate alone)")
    return f"the noise level: {_g(level, 2)} (highest of {n} dummies)"


def index_text(value: float, conf: float | None, *, signed: bool = False) -> str:
    """An index with its 95% interval in words; a negative estimate of a non-negative index is
    shown as about 0 with the estimate, never clipped silently; an interval the sample cannot
    give is said so ("0.0888, no 95% interval on this sample"), never "± n/a"."""
    c = (f" ± {_g(conf, 2)}" if conf is not None and math.isfinite(conf)
         else (", no 95% interval on this sample" if conf is not None else ""))
    if not signed and value < 0:
        return f"≈0 (estimate {_g(value, 2)}{c})"
    return f"{_g(value, 3)}{c}"


def verdict_text(row: dict[str, Any], conf: str | None = None) -> str:
    value = row.get(conf) if conf else None
    if value is not None and not math.isfinite(float(value)):
        return "no interval: cannot be told from noise"  # r6 L3: never a verdict without one
    if row.get("distinguishable"):
        return "distinguishable from noise"
    why = row.get("noise_why")  # the lever table's reason, where it alone holds the effect as noise
    return "not distinguishable from noise" + (f" ({why})" if why else "")


def analysis_lines(a: Any) -> list[str]:
    """An analysis (`reassure.run.explore.analyse.Analysis`) as plain text lines."""
    out = []
    if getattr(a, "summary", ""):
        out.append(a.summary)
    if getattr(a, "rough", ""):
        out.append(a.rough)
    if a.headline:
        out.append(("In detail: " if getattr(a, "summary", "") else "") + a.headline)
    out.append(f"{a.label}: {a.n_evaluations:,} evaluations" + (
        f"; mean {stat_text(a.stats['mean'])}, 10-90%: {stat_text(a.stats['p10'])} to {stat_text(a.stats['p90'])}" if a.stats else ""))
    if a.subset:
        from reassure.run.explore.figures import SUBSET_NOTE

        out.append("note: " + SUBSET_NOTE.format(label=a.figure_label, subset=a.subset))
    out += [f"note: {note}" for note in a.notes]
    if a.indices:
        out += [f"note: {pooled_text(p, a.unit, advice=p['swamps'])}" for p in getattr(a, "pooled", [])]
    for method, rows in a.indices.items():
        key, conf = KEYS[method]
        title = INDEX_METHOD_TEXT[method][0]
        out.append(f"\n{title} ({key}, 95% interval):")
        signed = method == "main_effects"
        for r in sorted(rows, key=lambda r: -abs(r[key])):
            out.append(f"  {a.labels.get(r['factor'], r['factor']):<55} {index_text(r[key], r.get(conf), signed=signed):<28} "
                       f"{verdict_text(r, conf)}")
        if method in a.dummy:
            d = a.dummy[method]
            out.append(f"  {'(dummy: random numbers no model reads)':<55} {index_text(d[key], d.get(conf), signed=signed):<28} "
                       f"{noise_level_text(d)}")
    if a.not_read:
        out.append("\nnot read by this outcome's model (not ranked): " + ", ".join(a.labels.get(n, n) for n in a.not_read))
    if a.feature_scores:
        out.append("\nfeature scores (extra trees; a score at or below the highest dummy's is noise):")
        out += [f"  {a.labels.get(name, name):<55} {score:.3f}" for name, score in a.feature_scores[:12]]
        if a.dummy_score is not None:
            out.append(f"  {'(dummy: the highest of eight; at or below it is noise)':<55} {a.dummy_score:.3f}")
            if a.within_noise:
                out.append("  within noise: " + ", ".join(a.labels.get(n, n) for n in a.within_noise))
    if a.lever_effects:
        out.append("\neffect of each lever (first listed value minus last; a range: top third minus bottom third):")
        for r in a.lever_effects:
            mark = " †" if r.get("subset") else ""
            head = f"  {r['lever']} ({r['first']} minus {r['last']}) on {r['label']}{mark}: "
            if not r.get("read", True):
                out.append(head + "not read by this outcome's model")
                continue
            out.append(head + f"with US {_cell_text(r, 'with_us')}; without US {_cell_text(r, 'without_us')}")
        out += [f"  † {n}" for n in _subset_notes(a.lever_effects)]
    if a.fail:
        out.append(f"\nfails ({a.fail}) in {share_text(a.fail_share, a.n_evaluations)}")
        for g in a.discovery:
            where = ", ".join(f"{k} = {setting_value(v)}" for k, v in g["setting"].items())
            prefix = f"  at {where}: " if where else "  "
            if g["note"]:
                out.append(f"{prefix}{g['note']}")
            for kind, boxes in (("PRIM", g["prim"]), ("CART", g["cart"])):
                for i, b in enumerate(boxes, 1):
                    out.append(f"{prefix}{kind} box {i}: fails when {b.words(a.labels)} "
                               f"(coverage {b.coverage:.0%}, density {b.density:.0%}, mass {b.mass:.0%})")
                    if b.caveat:
                        out.append(f"{prefix}  caution: {b.caveat}")
    return out


def _cell_text(r: dict[str, Any], case: str) -> str:
    """A lever effect in the text output, with its "within noise" mark when it has one."""
    fixed = r.get(f"{case}_fixed", "")
    if fixed and case == "without_us" and r.get("without_us_unread"):
        return fixed  # review s34 #1: the measured difference is noise by construction, said in it
    if fixed:
        return diff_text(r[case], r[f"{case}_conf"], r["unit"]) + f" [{fixed}]"
    noise = r.get(f"{case}_noise", "")
    return diff_text(r[case], r[f"{case}_conf"], r["unit"]) + (f" [{noise}]" if noise else "")


def column_table(manifest: dict[str, Any], figures: dict[str, dict[str, Any]]) -> list[dict[str, str]]:
    """Every results column with what it holds and its unit (written as columns.csv)."""
    from reassure.run.explore.analyse import case_words, factor_label
    from reassure.run.explore.store import outcome_column

    rows = [{"column": c, "meaning": m, "unit": u} for c, m, u in (
        ("experiment_id", "design point (0-based)", ""), ("replication", "replication of the design point (0-based)", ""),
        ("seed", "seed of this evaluation", ""), ("scenario", "base scenario", ""),
        ("error", "why the model refused this variant (empty when it did not)", ""),
        ("item", "in the batch files only (not in results.csv nor the results view): the work item, "
                 "experiment_id x replications + replication, which names the batch file that holds it", ""))]
    for f in manifest["factors"]:
        rows.append({"column": f["name"], "meaning": f"{f['role']}: {factor_label(f)}", "unit": f.get("unit") or ""})
    for o in manifest["outcomes"]:
        meta = figures.get(o, {})
        varies = (f"; the share of {meta['subset']} varies by plan: compare the share never reached and "
                  "the share reached within the standard first") if meta.get("subset") else ""
        for case, text in (("with_us", case_words(manifest, "with_us")), ("without_us", "without the US backstop")):
            rows.append({"column": outcome_column(o, case), "meaning": f"{meta.get('label', o)} ({o}), {text}{varies}",
                         "unit": meta.get("unit", "")})
    return rows


#: The store's own files, which no analysis page (nor the JSON written beside it) may replace:
#: name -> what it holds. ``report.html`` writes ``analysis.json``; every page writes
#: ``results.csv`` and ``columns.csv`` (the same rows each time).
STORE_FILES = {
    "manifest.json": "the run's manifest", "design.parquet": "the design", "batches": "the batch files",
    ".reassure-lock": "the run's lock", ".reassure-results": "the store's marker",
    "outcome_figures.json": "the outcomes' labels", "results.csv": "the results as CSV",
    "columns.csv": "the columns' meanings", "report.html": "the run's own report",
    "analysis.json": "the run's report's analysis",
}


def page_files(name: str) -> tuple[str, str]:
    """The files a page ``name`` writes into the store: itself and its analysis as JSON
    (``report.html`` -> ``analysis.json``, ``mine.html`` -> ``mine.json``)."""
    return name, ("analysis" if name == "report.html" else Path(name).stem) + ".json"


def check_page_name(out_dir: Path, name: str, given: object = None) -> None:
    """Refuse an analysis page ``name`` whose files (`page_files`) would replace a file of the
    store (`STORE_FILES`, a folder, or a file no analysis wrote): a page over manifest.json or a
    batch file leaves the store unusable. Checked before any analysis runs."""
    from reassure.errors import ReassureError

    shown = given if given is not None else name
    if name in STORE_FILES:
        raise ReassureError(f"--out {shown}: is {STORE_FILES[name]}, a file of the store, which an analysis page "
                            "never replaces; give the page a name of its own, e.g. mine.html")
    if name.startswith("."):
        raise ReassureError(f"--out {shown}: a page's name does not start with '.' (the store's hidden files "
                            "do); give it a name such as mine.html")
    if not name.endswith(".html") or name == ".html":
        raise ReassureError(f"--out {shown}: must name an .html page, e.g. mine.html (its analysis is written "
                            "beside it as mine.json)")
    if name == "report.html":
        raise ReassureError(f"--out {shown}: is the run's own report; choose another name, e.g. mine.html")
    for file in page_files(name):
        if file in STORE_FILES:
            raise ReassureError(f"--out {shown}: would write {file} over {STORE_FILES[file]} ({file}), a file of "
                                "the store; choose another name, e.g. mine.html")
        path = Path(out_dir) / file
        if path.is_dir() or (path.exists() and not _written_by_analyse(path)):
            raise ReassureError(f"--out {shown}: would write over {path}, which no analysis wrote; choose another name")


def _written_by_analyse(path: Path) -> bool:
    """Whether ``path`` is a page or analysis JSON an earlier `analyse` wrote (written again)."""
    import json

    try:
        if path.suffix == ".html":
            with open(path, encoding="utf-8", errors="replace") as handle:
                return handle.read(64).lower().startswith("<!doctype html>")
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and {"outcome", "column", "case"} <= set(data)


def write_explore_report(out_dir: Path, outcome: str | None, case: str, fail: str | None,
                         name: str = "report.html", where: str | None = None) -> Path:
    """Analyse, then write the report page ``name``, its analysis (``report.html`` ->
    analysis.json, ``analysis-X.html`` -> analysis-X.json), results.csv and columns.csv into
    ``out_dir``. ``outcome`` None: the failure condition's outcome, else the first listed outcome,
    that varies (in ``case``, else in the other case, which it is then analysed in)."""
    import csv
    import io
    import json

    from reassure.present.files import atomic_write
    from reassure.present.output import to_jsonable
    from reassure.run.explore.analyse import analyse, choose_outcome, fail_mask, where_mask
    from reassure.run.explore.figures import outcome_figures
    from reassure.run.explore.store import read_manifest, results

    if name != "report.html":
        check_page_name(out_dir, name)
    chosen_note = None
    if outcome is None:
        outcome, case, chosen_note = choose_outcome(out_dir, case, fail)
    analysis = analyse(out_dir, outcome, case=case, fail=fail, where=where)
    if chosen_note:
        analysis.notes.insert(0, chosen_note)
    every = results(out_dir)
    frame = every.copy()
    if analysis.fail:
        frame["__fail__"] = fail_mask(out_dir, analysis.fail)
    keep = where_mask(out_dir, where)
    if keep is not None:  # the page shows the evaluations it analyses
        frame = frame[keep].reset_index(drop=True)
    manifest = read_manifest(out_dir)
    page = render_explore_report(manifest, analysis, frame, out_dir)
    stem = "analysis" if name == "report.html" else Path(name).stem
    atomic_write(out_dir / f"{stem}.json", json.dumps(to_jsonable(analysis.to_dict()), indent=2))
    # s39: every evaluation, whatever --where chose for the page (a --where analysis wrote only
    # its rows here, and the store's one CSV of all results silently shrank)
    plain = keep_integers(every, out_dir)
    atomic_write(out_dir / "results.csv", plain.to_csv(index=False))
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["column", "meaning", "unit"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(column_table(manifest, outcome_figures(out_dir, manifest)))
    atomic_write(out_dir / "columns.csv", buf.getvalue())
    atomic_write(out_dir / name, page)
    return out_dir / name


def keep_integers(frame: Any, directory: Path) -> Any:
    """``frame`` with the columns of integer inputs (orbits, say; stored as floats) as integers,
    so a query prints 11, not 11.0. A column holding a non-whole value is left alone."""
    import numpy as np

    from reassure.errors import ReassureError
    from reassure.run.explore.store import read_manifest

    try:
        whole = {f["name"] for f in read_manifest(directory)["factors"] if f.get("integer")}
    except (ReassureError, KeyError):
        return frame
    for name in whole & set(frame.columns):
        values = frame[name]
        if values.dtype.kind == "f" and np.all(np.mod(values.dropna().to_numpy(), 1) == 0):
            frame[name] = values.astype("Int64")
    return frame
