"""The self-contained HTML report: verdicts, key figures, charts, map, sources and assumptions.

Traceability rule: every number a reader sees is a `<span class="num" data-fn="N">` followed by
a footnote mark; footnote N lists the sources (`#src-ID`) and assumptions (`#asm-K`) of the
scenario parameters the number rests on. Charts and the map carry the same footnotes in their
captions. The page loads nothing from the network: no fonts, scripts or images from outside.
"""

from __future__ import annotations

import functools
import html
import math
from collections.abc import Iterable, Sequence
from typing import Any

from reassure.run.results import Chart, Figure, SectionResult, Table, Verdict

__all__ = ["Footnotes", "render_report", "value_text"]


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def value_text(value: Any, unit: str = "", digits: int = 0) -> str:
    """How a figure is written: thousands separators, fixed digits, yes/no, n/a."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        text = f"{value:,.{digits}f}"
        return f"{text} {unit}".strip() if unit and unit != "%" else text + (unit if unit == "%" else "")
    return f"{value} {unit}".strip()


class Footnotes:
    """Turns parameter paths into numbered footnotes resolving to sources and assumptions."""

    def __init__(self, scenario: Any) -> None:
        from reassure.spec import walk_provenanced

        self.scenario = scenario
        self.items = list(walk_provenanced(scenario))
        self.assumptions: list[tuple[str, str]] = []  # (parameter path, text)
        self._asm_index: dict[tuple[str, str], int] = {}
        self.theatre_sources: dict[str, Any] = {}  # id -> TheatreSource, for `theatre:ID` refs
        self.data_sources: dict[str, dict[str, Any]] = {}  # "catalogue:id" -> source table
        self.notes: list[tuple[tuple[str, ...], tuple[int, ...]]] = []  # (source ids, asm ids)
        self._note_index: dict[tuple[tuple[str, ...], tuple[int, ...]], int] = {}
        self._resolved: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[int, ...]]] = {}

    def _resolve(self, refs: Iterable[str]) -> tuple[tuple[str, ...], tuple[int, ...]]:
        sources: set[str] = set()
        asms: set[int] = set()
        for ref in refs:
            if ref.startswith("source:"):
                sources.add(ref.removeprefix("source:"))
                continue
            if ref.startswith("data:"):  # a shipped catalogue's source: data:<catalogue>:<id>
                _, catalogue, sid = ref.split(":", 2)
                self.data_sources[f"{catalogue}:{sid}"] = _catalogue_sources(catalogue)[sid]
                sources.add(ref)
                continue
            if ref.startswith("theatre:"):
                from reassure.theatres import load_theatre

                theatre = load_theatre(self.scenario.theatre)
                tid = ref.removeprefix("theatre:")
                self.theatre_sources[tid] = theatre.sources[tid]
                sources.add("theatre:" + tid)
                continue
            # A ref names a parameter, a section, or a field of a sourced item (such as
            # `us_backstop.isr`); the last resolves to the nearest sourced parent.
            target = ref
            while target and not any(_under(p, target) for p, _ in self.items):
                target = target.rsplit(".", 1)[0] if "." in target else ""
            for path, item in self.items:
                if target and _under(path, target):
                    sources.update(item.source)
                    if item.assumption:
                        key = (path, item.assumption)
                        if key not in self._asm_index:
                            self._asm_index[key] = len(self.assumptions) + 1
                            self.assumptions.append(key)
                        asms.add(self._asm_index[key])
        return tuple(sorted(sources)), tuple(sorted(asms))

    def mark(self, refs: Sequence[str]) -> int:
        """Footnote number for a set of parameter paths (or ``source:ID`` refs)."""
        key = tuple(refs)
        resolved = self._resolved.get(key)
        if resolved is None:  # the same refs recur on every cell of a table
            resolved = self._resolved[key] = self._resolve(refs)
        if not resolved[0] and not resolved[1]:
            raise ValueError(f"figure refs {list(refs)} resolve to no source or assumption")
        if resolved not in self._note_index:
            self._note_index[resolved] = len(self.notes) + 1
            self.notes.append(resolved)
        return self._note_index[resolved]

    def sup(self, refs: Sequence[str]) -> str:
        n = self.mark(refs)
        return f'<sup class="fn"><a href="#fn-{n}">[{n}]</a></sup>'

    def num(self, value: Any, refs: Sequence[str], unit: str = "", digits: int = 0,
            ci: tuple[float, float] | None = None) -> str:
        n = self.mark(refs)
        text = value_text(value, unit, digits)
        if ci is not None:  # a Monte Carlo estimate: say how sure it is
            text += f" (95% CI {value_text(ci[0], '', digits)}–{value_text(ci[1], '', digits)})"
        return (f'<span class="num" data-fn="{n}">{_e(text)}</span>'
                f'<sup class="fn"><a href="#fn-{n}">[{n}]</a></sup>')


def _under(path: str, ref: str) -> bool:
    return path == ref or path.startswith(ref + ".") or path.startswith(ref + "[")


def _link(ref: str) -> str:
    if ref.startswith("theatre:"):
        return f'<a href="#tsrc-{_e(ref[8:])}">{_e(ref[8:])}</a>'
    if ref.startswith("data:"):
        key = ref[5:]
        return f'<a href="#dsrc-{_e(key.replace(":", "-"))}">{_e(key)}</a>'
    return f'<a href="#src-{_e(ref)}">{_e(ref)}</a>'


@functools.lru_cache(maxsize=8)
def _catalogue_sources(catalogue: str) -> dict[str, dict[str, Any]]:
    """The `[[sources]]` of a shipped catalogue (``reassure/data/<catalogue>.toml``)."""
    import tomllib
    from importlib import resources

    text = (resources.files("reassure") / "data" / f"{catalogue}.toml").read_text(encoding="utf-8")
    return {s["id"]: s for s in tomllib.loads(text).get("sources", [])}


CSS = """
body{font:15px/1.45 Georgia,serif;margin:0;color:#1b1b1b;background:#fbfaf7}
main{max-width:1000px;margin:0 auto;padding:24px 28px 80px}
h1{font-size:26px;margin:0 0 4px}h2{border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:36px}
table{border-collapse:collapse;margin:10px 0 16px;font:13px/1.35 sans-serif}
th,td{border-bottom:1px solid #e0ddd5;padding:4px 10px;text-align:left;vertical-align:top}
td.n{text-align:right;white-space:nowrap}.yes{color:#1c6b3a;font-weight:bold}.no{color:#a32020;font-weight:bold}
sup.fn{font-size:10px}sup.fn a{color:#555;text-decoration:none}
figure{margin:16px 0}figcaption{font:12px sans-serif;color:#444}
.warn{background:#fff4d6;border-left:4px solid #d9a400;padding:6px 10px;font:13px sans-serif}
.meta{color:#555;font:13px sans-serif}code{font-size:12px}
#notes li,#sources li,#assumptions li{font:12px/1.4 sans-serif;margin-bottom:3px}
"""


def _verdict_cell(v: bool | None) -> str:
    if v is None:
        return '<td class="na">n/a</td>'
    return f'<td class="{"yes" if v else "no"}">{"yes" if v else "no"}</td>'


def _verdicts(verdicts: Sequence[Verdict], fn: Footnotes, plan: str) -> str:
    rows = "".join(
        f"<tr><td>{_e(v.question)}{fn.sup(v.refs)}</td>{_verdict_cell(v.with_us)}"
        f'{_verdict_cell(v.without_us)}<td data-fn="{fn.mark(v.refs)}">{_e(v.detail)}</td></tr>'
        for v in verdicts
    )
    return (f'<table id="verdicts"><tr><th>question</th><th>{_e(plan)}</th>'
            f"<th>without US backstop</th><th>why</th></tr>{rows}</table>")


def _figures(section: str, figures: Sequence[Figure], fn: Footnotes, plan: str) -> str:
    rows = "".join(
        f'<tr data-key="{_e(section)}.{_e(f.key)}"><td>{_e(f.label)}</td>'
        f'<td class="n">{fn.num(f.with_us, f.refs, f.unit, f.digits, f.ci_with_us)}</td>'
        f'<td class="n">{fn.num(f.without_us, f.refs, f.unit, f.digits, f.ci_without_us)}</td></tr>'
        for f in figures
    )
    return (f'<table class="figures"><tr><th>figure</th><th>{_e(plan)}</th>'
            f"<th>without US backstop</th></tr>{rows}</table>")


def _table(t: Table, fn: Footnotes, max_rows: int = 60) -> str:
    # One visible footnote mark on the caption; every cell still carries `data-fn` so each
    # number in the table resolves to the same sources and assumptions.
    n = fn.mark(t.refs)
    head = "".join(f"<th>{_e(c)}</th>" for c in t.columns)
    body = []
    for row in t.rows[:max_rows]:
        cells = []
        for v in row:
            if isinstance(v, int | float) and not isinstance(v, bool):
                digits = 0 if float(v).is_integer() or abs(v) >= 100 else 2
                cells.append(f'<td class="n"><span class="num" data-fn="{n}">{_e(value_text(v, digits=digits))}</span></td>')
            else:
                text = value_text(v)
                mark = f' data-fn="{n}"' if any(ch.isdigit() for ch in text) else ""
                cells.append(f"<td{mark}>{_e(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = ""
    if len(t.rows) > max_rows:
        more = (f'<p class="meta">First {fn.num(max_rows, t.refs)} rows of {fn.num(len(t.rows), t.refs)}; '
                f"all rows are in {_e(t.id)}.csv.</p>")
    return (f'<figure class="table" id="table-{_e(t.id)}"><figcaption>{_e(t.title)}{fn.sup(t.refs)}'
            f"</figcaption><table><tr>{head}</tr>{''.join(body)}</table>{more}</figure>")


def map_legend() -> str:
    """What the colours and marks of the map mean."""
    items = [
        ("#b3261e", "line", "contact line (see the theatre data)"),
        ("#d9822b", "dot", "nuclear power plant"), ("#333333", "dot", "city"),
        ("#1f5fa8", "dot", "port"), ("#3a8f5c", "dot", "dam"),
        ("#6b4fa1", "dot", "air base"), ("#1c6b3a", "big dot", "garrison"),
        ("#2e8b57", "small dot", "line cell: worst revisit within the target"),
        ("#e0a526", "small dot", "line cell: within three times the target"),
        ("#a32020", "small dot", "line cell: beyond, or never seen"),
        ("#1f5fa8", "dashed ring", "fighter combat radius (European aircraft)"),
        ("#a33b3b", "dashed ring", "fighter combat radius (US aircraft)"),
    ]
    chips = "".join(
        f'<li><span style="display:inline-block;width:12px;height:12px;margin-right:5px;'
        f'border-radius:{"0" if kind == "line" else "50%"};'
        f'{"border:2px dashed " + colour + ";background:none" if "ring" in kind else "background:" + colour}">'
        f"</span>{_e(text)}</li>"
        for colour, kind, text in items
    )
    return f'<ul id="map-legend" style="columns:3;font:12px sans-serif;list-style:none;padding:0">{chips}</ul>'


def _chart(c: Chart, fn: Footnotes) -> str:
    from reassure.present.svg import chart_svg

    return (f'<figure class="chart-figure" data-chart="{_e(c.id)}">{chart_svg(c)}'
            f"<figcaption>{_e(c.title)}{fn.sup(c.refs)}</figcaption></figure>")


def render_report(
    scenario: Any,
    sections: Sequence[SectionResult],
    verdicts: Sequence[Verdict],
    settings: dict[str, Any],
    map_html: str,
    map_refs: Sequence[str],
    extra_charts: Sequence[Chart] = (),
) -> str:
    """The whole report as one HTML string."""
    fn = Footnotes(scenario)
    parts: list[str] = []
    # The title and description summarise the scenario's sources; their numbers cite all of them.
    summarised = [src for src in scenario.sources if src.file] or list(scenario.sources)
    all_sources = [f"source:{src.id}" for src in summarised]
    if all_sources:
        n_all = fn.mark(all_sources)
        mark = f'<sup class="fn"><a href="#fn-{n_all}">[{n_all}]</a></sup>'
        parts.append(f'<h1 data-fn="{n_all}">{_e(scenario.title)}{mark}</h1>')
    else:  # a scenario resting on assumptions alone
        mark = ""
        parts.append(f"<h1>{_e(scenario.title)}</h1>")
    parts.append(
        f'<p class="meta">Scenario <code class="name">{_e(scenario.name)}</code> · theatre '
        f'<code class="name">{_e(scenario.theatre)}</code> · seed <code>{_e(settings.get("seed"))}</code> · '
        f'Monte Carlo runs <code>{_e(settings.get("runs"))}</code> · reassure '
        f'<code>{_e(settings.get("version"))}</code></p>'
    )
    if scenario.description.strip():
        fn_attr = f' data-fn="{n_all}"' if all_sources else ""
        parts.append(f'<p class="description"{fn_attr}>{_e(" ".join(scenario.description.split()))}{mark}</p>')
    parts.append("<h2>Verdicts</h2>")
    from reassure.run.results import plan_label

    plan = plan_label(scenario)
    parts.append(_verdicts(verdicts, fn, plan))
    for s in sections:
        refs = sorted({r for f in s.figures for r in f.refs} | {r for v in s.verdicts for r in v.refs})
        for w in s.warnings:
            if refs:
                n = fn.mark(refs)
                parts.append(f'<p class="warn" data-fn="{n}">{_e(w)}<sup class="fn"><a href="#fn-{n}">[{n}]</a></sup></p>')
            else:
                parts.append(f'<p class="warn">{_e(w)}</p>')
    parts.append('<h2>Map</h2><figure id="map-figure">' + map_html + map_legend() +
                 f'<figcaption>Contact line, sites, garrisons, bases, monitored cells and air-response '
                 f'rings{fn.sup(map_refs)}</figcaption></figure>')
    for s in sections:
        if not (s.figures or s.charts or s.tables):
            continue  # a section that only contributes map layers
        parts.append(f'<section id="section-{_e(s.name)}"><h2>{_e(s.title)}</h2>')
        if s.figures:
            parts.append(_figures(s.name, s.figures, fn, plan))
        for c in s.charts:
            parts.append(_chart(c, fn))
        for t in s.tables:
            parts.append(_table(t, fn))
        parts.append("</section>")
    for c in extra_charts:
        parts.append(f'<section id="section-{_e(c.id)}"><h2>{_e(c.title)}</h2>{_chart(c, fn)}</section>')
    # Notes, then the sources and assumptions they point to.
    notes = []
    for i, (sources, asms) in enumerate(fn.notes, start=1):
        links = [_link(s) for s in sources]
        links += [f'<a href="#asm-{a}">assumption {a}</a>' for a in asms]
        notes.append(f'<li id="fn-{i}">[{i}] {", ".join(links)}</li>')
    parts.append(f'<h2>Notes</h2><ul id="notes" class="notes">{"".join(notes)}</ul>')
    src_items = []
    for src in scenario.sources:
        where = src.file or src.url or ""
        date = f" ({_e(src.date)})" if src.date else ""
        claims = f" Ledger claims: {_e(', '.join(src.claims))}." if src.claims else ""
        note = f" <em>Note: {_e(src.note)}.</em>" if src.note else ""
        src_items.append(f'<li id="src-{_e(src.id)}"><code>{_e(src.id)}</code> {_e(src.title)}. '
                         f"{_e(src.outlet)}{date}. <code>{_e(where)}</code>.{claims}{note}</li>")
    asm_items = [
        f'<li id="asm-{i}"><code>{_e(path)}</code>: {_e(text)}</li>'
        for i, (path, text) in enumerate(fn.assumptions, start=1)
    ]
    parts.append('<h2 id="sources-and-assumptions">Sources and assumptions</h2>')
    parts.append(f'<h3>Sources</h3><ul id="sources">{"".join(src_items)}</ul>')
    parts.append(f'<h3>Assumptions</h3><ul id="assumptions">{"".join(asm_items)}</ul>')
    theatre_items = [
        f'<li id="tsrc-{_e(tid)}"><code>{_e(tid)}</code> {_e(ts.title)}. {_e(ts.outlet)}. '
        f"<code>{_e(ts.url or '')}</code></li>"
        for tid, ts in sorted(fn.theatre_sources.items())
    ]
    parts.append(f'<h3>Theatre data</h3><ul id="theatre-sources">{"".join(theatre_items)}</ul>')
    data_items = [
        f'<li id="dsrc-{_e(key.replace(":", "-"))}"><code>{_e(key)}</code> {_e(src.get("title", ""))}. '
        f'{_e(src.get("outlet", ""))}. <code>{_e(src.get("url") or src.get("file") or "")}</code></li>'
        for key, src in sorted(fn.data_sources.items())
    ]
    parts.append(f'<h3>Shipped catalogues</h3><ul id="data-sources">{"".join(data_items)}</ul>')
    body = "".join(parts)
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>reassure — {_e(scenario.name)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<style>{CSS}</style></head><body><main>{body}</main></body></html>"
    )
