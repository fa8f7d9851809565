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
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from reassure.present.units import count_digits, money_unit, under_a_billion, unit_after
from reassure.run.results import Chart, Figure, SectionResult, Table, Verdict
from reassure.spec._quantity import is_web_address
from reassure.vocabulary import duration_text

__all__ = ["GLOSSARY", "UNCITED_HEADING", "Footnotes", "changes_from_parent", "changes_in_code", "figure_text", "glossary",
           "meaningful", "range_text", "render_report", "sensitivity_figure", "uncited_sources", "value_text"]


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


#: The heading of the sources the plan lists that nothing in it cites (`uncited_sources`), and
#: what the report (and `reassure show`, which lists them apart too) says of them.
UNCITED_HEADING = "Listed in the plan, cited by no input"
UNCITED_NOTE = ("These are in the plan's [[sources]] (its own, or copied or inherited from the plan it "
                "was made from), but no input, figure or the plan's description cites them: listed for "
                "the record, no number of the plan's assessment rests on them.")


def uncited_sources(scenario: Any) -> tuple[str, ...]:
    """The ids of the plan's sources (``[[sources]]``) that nothing cites: no input's provenance
    (`walk_provenanced`, every quantity and sourced statement) and not the sources its title and
    description summarise, in the plan's order.

    >>> from types import SimpleNamespace as N
    >>> plan = N(sources=[N(id="a"), N(id="b")], description_sources=lambda: ())
    >>> uncited_sources(plan)
    ('a', 'b')
    """
    from reassure.spec import walk_provenanced

    cited = {sid for _, item in walk_provenanced(scenario) for sid in item.source}
    describe = getattr(scenario, "description_sources", None)
    cited |= {src.id for src in (describe() if describe else ())}
    return tuple(src.id for src in scenario.sources if src.id not in cited)


def _address(url: object) -> str:
    """A source's address: a link only for an http or https address (review s37 4: a
    ``javascript:`` url was a clickable link); anything else is shown as text, never an href."""
    if is_web_address(url):
        return f'<a href="{_e(url)}" rel="noreferrer">{_e(url)}</a>'
    return f"<code>{_e(url)}</code>"


def _measured(value: float, digits: int, estimate: bool) -> bool:
    """Whether ``value`` is written to significant figures: an ``estimate``, a number with a
    fraction, or one of a figure given decimals (``digits``) whose float happens to be whole
    (s32 review 5: EUR 6,615.97 million rounded to 6,616.0 read "6,616.0" beside "6,770"). Only
    an exact count (no decimals, a whole float: 28,264 troops) is written as it is."""
    return estimate or digits > 0 or not float(value).is_integer()


def meaningful(value: float, digits: int = 0, sig: int = 3, estimate: bool = False) -> float:
    """``value`` rounded to ``digits`` decimals, and a measured number (`_measured`) to ``sig``
    significant digits at most: a Monte Carlo mean of 20,725.2 troops reads 20,700, and
    one of 13,359.0 reads 13,400 (the kind of figure decides, not whether its float is whole)."""
    if not math.isfinite(value) or value == 0:
        return value
    if _measured(value, digits, estimate):
        power = math.floor(math.log10(abs(value)))
        value = round(value, min(digits, sig - 1 - power))
    return round(value, digits)


def _places(value: float, digits: int, sig: int, estimate: bool) -> int:
    """The decimal place `value_text` rounds ``value`` to: ``digits``, fewer for a measured
    number past ``sig`` significant figures (negative: 20,725.2 troops to the hundreds, -2)."""
    if math.isfinite(value) and value != 0 and _measured(value, digits, estimate):
        return min(digits, sig - 1 - math.floor(math.log10(abs(value))))
    return digits


def interval_text(value: Any, ci: Sequence[Any], digits: int = 0, sig: int = 3, estimate: bool = True) -> str:
    """A 95% interval's ends, ``11.3–15.6``, each to ``sig`` significant figures but never to more
    decimals than ``value`` is written with (`value_text`), so that the ends read as the value
    beside them: "100% (100–100)", not "100% (100.0–100)" (web review: an end just under 100
    written to three significant figures beside a value written whole).

    >>> interval_text(100.0, (99.98, 100.0), 1), interval_text(13.453, (11.328, 15.579), 1)
    ('100–100', '11.3–15.6')
    >>> interval_text(1290.0, (993.0, 1590.0), 1)
    '993–1,590'

    An interval narrower than the rounding of a value written to tens or coarser gets its ends to
    more significant figures, to the unit at most, and where even those meet, none ("": the caller
    writes the value alone; review s53 4: "14,000 troops (14,000–14,000)" read as a bug):

    >>> interval_text(13998.0, (13960.2, 14039.7)), interval_text(13998.0, (13997.8, 13998.3))
    ('13,960–14,040', '')
    """
    shown = digits  # negative: every number of the figure to tens (a 90th percentile, "140 h (100–190)")
    places = digits
    if digits >= 0 and isinstance(value, int | float) and not isinstance(value, bool) and (
            isinstance(value, float) or estimate):
        # the decimals `value_text` writes the value with (an exact count, an int, with ``digits``)
        places = _places(float(value), digits, sig, estimate)
        shown = max(0, places)
    ends = [value_text(end, "", shown, sig, True) for end in ci]
    if ends[0] == ends[1] and places < 0:
        for more in range(sig + 1, sig - places + 1):  # to the unit at most
            ends = [value_text(end, "", shown, more, True) for end in ci]
            if ends[0] != ends[1]:
                break
        else:
            return ""
    return "–".join(ends)


def value_text(value: Any, unit: str = "", digits: int = 0, sig: int = 3, estimate: bool = False) -> str:
    """How a figure is written: thousands separators, meaningful digits, yes/no, n/a.

    An ``estimate`` (a Monte Carlo mean, a range's end) is written to ``sig`` significant
    figures even when its float is whole; an exact count is written as it is:

    >>> value_text(13359.0, "troops"), value_text(13359.0, "troops", estimate=True)
    ('13,359 troops', '13,400 troops')

    and so is a figure given decimals whose value happens to be whole, with no stray ".0":

    >>> value_text(616.0, "EUR million/year", 1), value_text(770.4, "EUR million/year", 1)
    ('EUR 616 million a year', 'EUR 770 million a year')

    Money of a billion or more is written in billions to two decimals (three significant
    figures), whatever unit the figure is kept in, so one report shows one scale (review s33:
    "EUR 4.12 billion a year" for the troops beside "EUR 7,460 million a year" for the plan):

    >>> value_text(7460.0, "EUR million/year", 1), value_text(6580.0, "EUR million")
    ('EUR 7.46 billion a year', 'EUR 6.58 billion')

    and money kept in billions but under a billion in millions (`units.under_a_billion`):

    >>> value_text(0.0173, "EUR billion/year", 2), range_text(0.345, 0.625, "EUR billion", 0)
    ('EUR 17.3 million a year', 'EUR 345–625 million')
    >>> value_text(5.0612, "EUR billion/year", 2), value_text(0.0, "EUR billion/year", 2)
    ('EUR 5.06 billion a year', 'EUR 0.00 billion a year')
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "n/a"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float) and _in_billions(unit, (value,)):
        return value_text(value / 1000, unit.replace("million", "billion", 1), 2, sig, True)
    if isinstance(value, int | float) and under_a_billion(unit, (value,)):
        return value_text(value * 1000, unit.replace("billion", "million", 1), 1, sig, True)
    if isinstance(value, int | float):
        shown = digits
        if isinstance(value, float) or estimate:
            if math.isfinite(value) and value != 0 and _measured(value, digits, estimate):
                # no decimal the significant digits dropped: 16.612 reads 16.6, not 16.60
                power = math.floor(math.log10(abs(value)))
                shown = max(0, min(digits, sig - 1 - power))
            value = meaningful(float(value), digits, sig, estimate)
        text = f"{value:,.{shown}f}"
        if text.startswith("-") and float(text.replace(",", "")) == 0:
            text = text[1:]  # no "-0.0"
        if unit == "%":
            return text + unit
        money = money_unit(unit)
        if money is not None:
            return f"{money[0]} {text} {money[1]}"
        return f"{text} {unit_after(text, unit)}".strip() if unit else text
    return f"{value} {unit}".strip()


def _in_billions(unit: str, values: Sequence[Any]) -> bool:
    """Whether money kept in millions (``EUR million/year``) is written in billions: where any of
    ``values`` (a value, a range's ends) is EUR 1 billion or more (review s33)."""
    money = money_unit(unit)
    return money is not None and money[1].startswith("million") and any(
        isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) and abs(v) >= 1000
        for v in values)


def range_text(low: Any, high: Any, unit: str = "", digits: int = 0, sig: int = 3) -> str:
    """A range, both ends to ``sig`` significant figures: ``101–184``, ``783,000–1,170,000 people``.

    >>> range_text(101.21, 183.92, "", 0), range_text(782_920, 1_174_380, "people")
    ('101–184', '783,000–1,170,000 people')
    >>> range_text(101.21, 183.92, "EUR billion", 0)
    'EUR 101–184 billion'
    >>> range_text(6120.0, 7460.0, "EUR million/year", 1)  # a billion or more: in billions (review s33)
    'EUR 6.12–7.46 billion a year'
    """
    if _in_billions(unit, (low, high)):
        return range_text(low / 1000, high / 1000, unit.replace("million", "billion", 1), 2, sig)
    if under_a_billion(unit, (low, high)):
        return range_text(low * 1000, high * 1000, unit.replace("billion", "million", 1), 1, sig)
    lo, hi = value_text(low, "", digits, sig, True), value_text(high, unit, digits, sig, True)
    if lo == value_text(high, "", digits, sig, True):
        return hi
    money = money_unit(unit)
    if money is not None:  # "EUR 101–184 billion", the currency before the range
        return f"{money[0]} {lo}–{value_text(high, '', digits, sig, True)} {money[1]}"
    return f"{lo}–{hi}"


def figure_text(f: Figure, side: str, ci_words: bool = True) -> str:
    """One side (``with_us`` or ``without_us``) of a `Figure` as the report and the terminal write
    it: its range (``low–high``) or its value, rounded by the kind of figure, then its 95% interval."""
    value = getattr(f, side)
    low = getattr(f, f"low_{side}")
    ci = getattr(f, f"ci_{side}")
    estimate = f.is_estimate
    shown = [v for v in (value, low, *(ci or ())) if isinstance(v, int | float) and not isinstance(v, bool)]
    digits = count_digits(f.unit, f.digits, shown)
    if low is not None and value is not None:
        text = range_text(low, value, f.unit, digits)
    else:
        text = value_text(value, f.unit, digits, estimate=estimate)
    if ci is not None:  # its ends written as the value is (a range: as its upper end, `range_text`)
        ends = interval_text(value, ci, digits, estimate=estimate or low is not None)
        if ends:  # none where it is narrower than the unit: the value alone
            text += f" (95% CI {ends})" if ci_words else f" ({ends})"
    return text


#: A printed report shows every source and assumption (review 41 5: "▶ and 47 more" hid most of
#: a note's sources on paper): each closed <details> is opened for printing, and closed again
#: after; the print CSS opens them too where the browser lets it (`::details-content`).
PRINT_OPEN = ("<script>addEventListener('beforeprint',()=>{document.querySelectorAll('details:not([open])')"
              ".forEach(d=>{d.dataset.printOpened='1';d.open=true;});});addEventListener('afterprint',()=>"
              "{document.querySelectorAll('details[data-print-opened]').forEach(d=>{d.open=false;"
              "delete d.dataset.printOpened;});});</script>")


class Footnotes:
    """Turns parameter paths into numbered footnotes resolving to sources and assumptions."""

    def __init__(self, scenario: Any) -> None:
        from reassure.spec import walk_provenanced

        self.scenario = scenario
        # a switch's own provenance stands at the switch (`us_backstop.isr`), so that a figure
        # that reads it cites the switch's reason, not its table's (review 41 12)
        self.items = [(p.replace(".switch_provenance.", "."), item) for p, item in walk_provenanced(scenario)]
        self.assumptions: list[tuple[str, str]] = []  # (parameter path, text)
        self._asm_index: dict[tuple[str, str], int] = {}
        self.theatre_sources: dict[str, Any] = {}  # id -> TheatreSource, for `theatre:ID` refs
        self.data_sources: dict[str, dict[str, Any]] = {}  # "catalogue:id" -> source table
        self.notes: list[tuple[tuple[str, ...], tuple[int, ...]]] = []  # (source ids, asm ids)
        self.note_labels: list[str] = []  # what each note's number is, in words
        self.note_params: list[tuple[str, ...]] = []  # the parameter paths it rests on
        # whether a note is one input parameter's own (its provenance, said in full) rather than
        # a computed figure's (the inputs it comes from)
        self.note_inputs: list[bool] = []
        self._item_paths = {p for p, _ in self.items}
        self._note_index: dict[tuple[Any, ...], int] = {}
        self._resolved: dict[tuple[str, ...], tuple[tuple[str, ...], tuple[int, ...]]] = {}

    def _resolve(self, refs: Iterable[str], narrow: bool = True) -> tuple[tuple[str, ...], tuple[int, ...]]:
        refs = tuple(refs)
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
            # `us_backstop.isr`, `contributors[4].status`); the last resolves to the nearest
            # sourced parent alone, not to its other fields (`contributors[4].p_join` is not read
            # by a figure that reads the nation's status).
            # A field the scenario leaves out cites no sibling either: the section it is in
            # is not what it reads (the shipped default it falls back on is a ``data:`` ref).
            target = ref
            exact = False
            while target and not any(_under(p, target) for p, _ in self.items):
                target = _parent(target)
                exact = narrow
            while exact and target and not any(p == target for p, _ in self.items):
                target = _parent(target)
            for path, item in self.items:
                if target and (path == target if exact else _under(path, target)):
                    sources.update(item.source)
                    if item.assumption:
                        key = (path, item.assumption)
                        if key not in self._asm_index:
                            self._asm_index[key] = len(self.assumptions) + 1
                            self.assumptions.append(key)
                        asms.add(self._asm_index[key])
        if narrow and not sources and not asms:
            # refs naming only fields the scenario leaves out: their sections, as before, rather
            # than a number without a footnote
            return self._resolve(refs, narrow=False)
        return tuple(sorted(sources)), tuple(sorted(asms))

    def mark(self, refs: Sequence[str], label: str = "") -> int:
        """Footnote number for a set of parameter paths (or ``source:ID`` refs).

        With a ``label`` (what the number is) the number gets a note of its own; notes with
        the same label and the same sources are shared (a figure repeated in the headline).
        """
        key = tuple(refs)
        resolved = self._resolved.get(key)
        if resolved is None:  # the same refs recur on every cell of a table
            resolved = self._resolved[key] = self._resolve(refs)
        if not resolved[0] and not resolved[1]:
            raise ValueError(f"figure refs {list(refs)} resolve to no source or assumption")
        note_key = (label, *resolved)
        if note_key not in self._note_index:
            self._note_index[note_key] = len(self.notes) + 1
            self.notes.append(resolved)
            self.note_labels.append(label)
            params = tuple(r for r in refs if ":" not in r)
            self.note_params.append(params)
            self.note_inputs.append(len(refs) == 1 and len(params) == 1 and params[0] in self._item_paths)
        return self._note_index[note_key]

    def is_input(self, n: int) -> bool:
        """Whether note ``n`` is one input parameter's own note (see `note_inputs`)."""
        return self.note_inputs[n - 1]

    def sup(self, refs: Sequence[str], label: str = "") -> str:
        n = self.mark(refs, label)
        return f'<sup class="fn"><a href="#fn-{n}">[{n}]</a></sup>'

    def num(self, value: Any, refs: Sequence[str], unit: str = "", digits: int = 0,
            ci: tuple[float, float] | None = None, label: str = "", sig: int = 3,
            estimate: bool = False, text: str | None = None) -> str:
        """A footnoted number; ``text`` (from `figure_text`) when the caller wrote it already."""
        n = self.mark(refs, label)
        if text is None:
            text = value_text(value, unit, digits, sig, estimate or ci is not None)
            ends = "" if ci is None else interval_text(value, ci, digits, sig)
            if ends:  # a Monte Carlo estimate: say how sure it is
                text += f" (95% CI {ends})"
        return (f'<span class="num" data-fn="{n}">{_e(text)}</span>'
                f'<sup class="fn"><a href="#fn-{n}">[{n}]</a></sup>')


def _parent(path: str) -> str:
    """``contributors[4].status`` -> ``contributors[4]`` -> ``contributors`` -> ``""``."""
    cut = max(path.rfind("."), path.rfind("["))
    return path[:cut] if cut > 0 else ""


def _under(path: str, ref: str) -> bool:
    return path == ref or path.startswith(ref + ".") or path.startswith(ref + "[")


def _link(ref: str, titles: dict[str, str] | None = None) -> str:
    if ref.startswith("theatre:"):
        return f'<a href="#tsrc-{_e(ref[8:])}">{_e(ref[8:])}</a>'
    if ref.startswith("data:"):
        key = ref[5:]
        return f'<a href="#dsrc-{_e(key.replace(":", "-"))}">{_e(key)}</a>'
    title = (titles or {}).get(ref)
    short = f" {_e(title[:60] + ('…' if len(title) > 60 else ''))}" if title else ""
    return f'<a href="#src-{_e(ref)}"><code>{_e(ref)}</code>{short}</a>'


@functools.lru_cache(maxsize=8)
def _catalogue_sources(catalogue: str) -> dict[str, dict[str, Any]]:
    """The `[[sources]]` of a shipped catalogue (``reassure/data/<catalogue>.toml``)."""
    import tomllib
    from importlib import resources

    text = (resources.files("reassure") / "data" / f"{catalogue}.toml").read_text(encoding="utf-8")
    return {s["id"]: s for s in tomllib.loads(text).get("sources", [])}


CSS = """
*{box-sizing:border-box}
body{font:16px/1.5 Georgia,serif;margin:0;color:#1b1b1b;background:#fbfaf7}
main{max-width:1040px;margin:0 auto;padding:20px 24px 80px}
h1{font-size:27px;line-height:1.2;margin:0 0 6px}h2{border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:34px}
.headline{font-size:21px;line-height:1.4;margin:14px 0 12px;font-weight:bold}
.key-numbers{list-style:none;padding:0;margin:0 0 18px;display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:8px 18px}
.key-numbers li{background:#fff;border:1px solid #e3dfd4;border-left:5px solid #1f5fa8;padding:8px 12px;font:15px/1.4 sans-serif}
.key-numbers .k{display:block;font-weight:bold;text-transform:uppercase;font-size:11px;letter-spacing:.06em;color:#555}
.key-numbers .num{font-weight:bold}
table{border-collapse:collapse;margin:10px 0 16px;font:13px/1.35 sans-serif;max-width:100%}
.scroll{overflow-x:auto;max-width:100%}
th,td{border-bottom:1px solid #e0ddd5;padding:4px 10px;text-align:left;vertical-align:top}
td.n{text-align:right;white-space:nowrap}.yes{color:#1c6b3a;font-weight:bold}.no{color:#a32020;font-weight:bold}
sup.fn{font-size:10px}sup.fn a{color:#555;text-decoration:none}
figure{margin:16px 0}figcaption{font:12px sans-serif;color:#444}
svg.chart{max-width:100%;height:auto}svg.map{max-width:100%;height:auto}
.figure-note{border-left:4px solid #1f5fa8;padding:4px 10px;font:14px/1.4 sans-serif;margin:0 0 12px}
.warn{background:#fff4d6;border-left:4px solid #d9a400;padding:6px 10px;font:13px sans-serif;margin:4px 0}
details.caveats{margin:20px 0;font:14px sans-serif}details.caveats summary{cursor:pointer;font-weight:bold}
.meta{color:#555;font:13px sans-serif}code{font-size:12px}
#notes li,#sources li,#assumptions li,#theatre-sources li,#data-sources li{font:12px/1.4 sans-serif;margin-bottom:3px;overflow-wrap:anywhere}
main a,main code{overflow-wrap:anywhere}
#notes .params{color:#666}
dl.glossary{font:14px/1.4 sans-serif}dl.glossary dt{font-weight:bold;float:left;clear:left;margin-right:.5em}
dl.glossary dd{margin:0 0 4px}
@media (max-width:640px){main{padding:12px 10px 60px}h1{font-size:21px}.headline{font-size:17px}
 body{font-size:15px}.key-numbers{grid-template-columns:1fr}th,td{padding:3px 5px}}
@media print{body{background:#fff;font-size:11pt}main{max-width:none;padding:0}
 details.caveats{display:block}details.caveats>*{display:block}
 details::details-content{content-visibility:visible;display:contents}details>summary{list-style:none}
 .rmap{height:420px;page-break-inside:avoid}figure,table,.key-numbers li{page-break-inside:avoid}
 a{color:inherit;text-decoration:none}h2{page-break-after:avoid}.maplibregl-ctrl{display:none}}
"""


def _verdict_cell(v: bool | None) -> str:
    if v is None:
        return '<td class="na">n/a</td>'
    return f'<td class="{"yes" if v else "no"}">{"yes" if v else "no"}</td>'


def _verdicts(verdicts: Sequence[Verdict], fn: Footnotes, plan: str, names: dict[str, str]) -> str:
    from reassure.present.story import plain_words

    rows = []
    for v in verdicts:
        n = fn.mark(v.refs, label=f"verdict: {v.question}")
        rows.append(f'<tr><td>{_e(v.question)}<sup class="fn"><a href="#fn-{n}">[{n}]</a></sup></td>'
                    f"{_verdict_cell(v.with_us)}{_verdict_cell(v.without_us)}"
                    f'<td data-fn="{n}">{_e(plain_words(v.detail, names))}</td></tr>')
    return (f'<div class="scroll"><table id="verdicts"><tr><th>question</th><th>{_e(plan)}</th>'
            f"<th>without US backstop</th><th>why</th></tr>{''.join(rows)}</table></div>")


def _figures(section: str, figures: Sequence[Figure], fn: Footnotes, plan: str,
             names: dict[str, str] | None = None) -> str:
    from reassure.present.story import plain_words
    from reassure.present.units import label_beside_value

    def label_cell(f: Figure) -> str:
        text = plain_words(label_beside_value(f.label, f.unit), names or {})
        # A label that names its denominator's size ("of answered calls: 47% of ...") rests on
        # the same model run as the figure: it carries the figure's footnote.
        mark = (f' data-fn="{fn.mark(f.refs, label=f"{f.label} ({plan})")}"'
                if any(ch.isdigit() for ch in text) else "")
        return f"<td{mark}>{_e(text)}</td>"

    rows = "".join(
        f'<tr data-key="{_e(section)}.{_e(f.key)}">{label_cell(f)}'
        f'<td class="n">{fn.num(f.with_us, f.refs, label=f"{f.label} ({plan})", text=figure_text(f, "with_us"))}</td>'
        f'<td class="n">{fn.num(f.without_us, f.refs, label=f"{f.label} (without the US backstop)", text=figure_text(f, "without_us"))}</td></tr>'
        for f in figures
    )
    return (f'<div class="scroll"><table class="figures"><tr><th>figure</th><th>{_e(plan)}</th>'
            f"<th>without US backstop</th></tr>{rows}</table></div>")


def _figure_notes(s: SectionResult, fn: Footnotes, names: dict[str, str]) -> str:
    """The section's notes on reading its figures, right under them (each footnoted)."""
    from reassure.present.story import plain_words

    refs = tuple(sorted({r for f in s.figures for r in f.refs}))
    out = []
    for note in s.notes:
        n = fn.mark(refs, label=f"note on reading the figures: {s.title}")
        out.append(f'<p class="figure-note" data-fn="{n}">{_e(plain_words(note, names))}'
                   f'<sup class="fn"><a href="#fn-{n}">[{n}]</a></sup></p>')
    return "".join(out)


def cell_text(v: Any) -> str:
    """A table cell: whole numbers as they are, others to three significant digits."""
    if isinstance(v, int | float) and not isinstance(v, bool):
        if float(v).is_integer() or abs(v) >= 100:
            return value_text(v, digits=0)
        return value_text(v, digits=3 if abs(v) < 1 else 2)
    return value_text(v)


def scaled_cell_text(v: Any, scale: str | None) -> str:
    """A numeric table cell on the scale the reader sees (`headers.column_scale`): a share as a
    percentage, hours as a duration; otherwise as :func:`cell_text` writes it.

    A share is written to one decimal whatever its value, so a column reads alike in every row
    (review 19b 9: "25%" beside "25.0%" where one share was exactly a quarter), and a share
    that would round to none or all of it without being so reads "<0.1%" or ">99.9%"
    (`share_pct`, as the incident notes write shares):

    >>> scaled_cell_text(0.221, "percent"), scaled_cell_text(1, "percent"), scaled_cell_text(0, "percent")
    ('22.1%', '100.0%', '0.0%')
    >>> scaled_cell_text(0.25, "percent"), scaled_cell_text(0.2499999, "percent"), scaled_cell_text(0.17, "percent")
    ('25.0%', '25.0%', '17.0%')
    >>> scaled_cell_text(0.0917, "percent"), scaled_cell_text(0.004, "percent")
    ('9.2%', '0.4%')
    >>> scaled_cell_text(0.0001, "percent"), scaled_cell_text(0.99999, "percent")
    ('<0.1%', '>99.9%')
    >>> scaled_cell_text(0.97, "duration"), scaled_cell_text(0.97, None), scaled_cell_text(85.88, "pct")
    ('58 min', '0.970', '85.9%')
    """
    if scale in ("percent", "pct"):
        from reassure.run.section_incidents import share_pct

        return share_pct(float(v) * (100 if scale == "percent" else 1), digits=1)
    if scale == "duration" and math.isfinite(float(v)):
        return duration_text(float(v))
    return cell_text(v)


def _table(t: Table, fn: Footnotes, names: dict[str, str], max_rows: int = 60,
           plan: str = "with US backstop", days: float | None = None) -> str:
    from reassure.present.headers import cell_words, column_header, column_scale
    from reassure.present.story import plain_words

    # One visible footnote mark on the caption; every cell still carries `data-fn` so each
    # number in the table resolves to the same sources and assumptions.
    title = t.title
    t = _without_caption_case(t)
    n = fn.mark(t.refs, label=f"table: {title}")
    # Words, units and denominators in the headers; the CSV keeps the keys (`data-key`).
    # A header that names a number (the 90 days a utilisation is a share of) is footnoted as the
    # table's cells are.
    head = ""
    for c in t.columns:
        words = column_header(t.id, c, plan, days)
        mark = f' data-fn="{n}"' if any(ch.isdigit() for ch in words) else ""
        head += f'<th data-key="{_e(c)}"{mark}>{_e(words)}</th>'

    scales = [column_scale(t.id, c) for c in t.columns]
    body = []
    for row in t.rows[:max_rows]:
        cells = []
        for v, scale in zip(row, scales, strict=False):
            if isinstance(v, int | float) and not isinstance(v, bool):
                cells.append(f'<td class="n"><span class="num" data-fn="{n}">{_e(scaled_cell_text(v, scale))}</span></td>')
            else:
                text = value_text(v)
                # a nation code or site id -> its name; an identifier -> words; prose (a
                # relaxation, a binding limit in words) with every nation code as its name
                text = names.get(text, text)
                text = plain_words(text, names) if " " in text else cell_words(text)
                mark = f' data-fn="{n}"' if any(ch.isdigit() for ch in text) else ""
                cells.append(f"<td{mark}>{_e(text)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    more = ""
    if len(t.rows) > max_rows:
        more = (f'<p class="meta">First {fn.num(max_rows, t.refs, label=f"table: {title}")} rows of '
                f'{fn.num(len(t.rows), t.refs, label=f"table: {title}")}; all rows are in {_e(t.id)}.csv.</p>')
    # a caption in words: no scenario path or id (the footnote names them)
    caption = plain_words(t.title, names)
    return (f'<figure class="table" id="table-{_e(t.id)}"><figcaption>{_e(caption)}<sup class="fn">'
            f'<a href="#fn-{n}">[{n}]</a></sup></figcaption><div class="scroll"><table><tr>{head}</tr>'
            f"{''.join(body)}</table></div>{more}</figure>")


def _without_caption_case(t: Table) -> Table:
    """``t`` without its ``case`` column where every row is of the one case its caption names
    (the limits that bind, "with the US backstop"): the CSV keeps the column, each of its rows
    read alone; the report's caption says it once (review s65 2).

    >>> t = Table("binding", "Limits (with the US backstop)", ("case", "nation"), (("with the US backstop", "FRA"),))
    >>> _without_caption_case(t).columns, _without_caption_case(t).rows
    (('nation',), (('FRA',),))
    >>> both = Table("x", "Both cases", ("case", "n"), (("with the US backstop", 1), ("without the US backstop", 2)))
    >>> _without_caption_case(both) is both
    True
    """
    import dataclasses

    if "case" not in t.columns:
        return t
    i = t.columns.index("case")
    cases = {row[i] for row in t.rows}
    if len(cases) != 1 or f"({next(iter(cases))}" not in t.title:
        return t
    return dataclasses.replace(t, columns=t.columns[:i] + t.columns[i + 1:],
                               rows=tuple(row[:i] + row[i + 1:] for row in t.rows))


def _chart(c: Chart, fn: Footnotes, names: dict[str, str]) -> str:
    from reassure.present.svg import chart_svg

    n = fn.mark(c.refs, label=f"chart: {c.title}")
    # A title that names its denominator's size rests on the chart's footnote.
    mark = f' data-fn="{n}"' if any(ch.isdigit() for ch in c.title) else ""
    return (f'<figure class="chart-figure" data-chart="{_e(c.id)}">{chart_svg(c, names)}'
            f'<figcaption{mark}>{_e(c.title)}<sup class="fn"><a href="#fn-{n}">[{n}]</a></sup></figcaption></figure>')


#: The report figure each sensitivity chart (``tornado-<metric>``) swings: its section and key (a
#: response chart's, the fastest response to its site: `sensitivity_figure`).
SENSITIVITY_FIGURES: dict[str, tuple[str, str]] = {
    "p_target_met": ("force", "p_target_met_pct"),
    "p_target_met_without_us": ("force", "p_target_met_pct"),
    "deployed_as_planned": ("force", "deployed_total"),
    "deployed_without_us": ("force", "deployed_total"),
    # review s51: the low end's chance, and the incidents headline
    "p_target_low_met": ("force", "p_target_low_met_pct"),
    "p_target_low_met_without_us": ("force", "p_target_low_met_pct"),
    "incidents_within_threshold": ("incidents", "within_threshold_incidents_pct"),
    "incidents_within_threshold_without_us": ("incidents", "within_threshold_incidents_pct"),
}


def sensitivity_figure(metric: str) -> tuple[str, str]:
    """The section and key of the report figure a sensitivity metric swings (("", "") for none):
    `SENSITIVITY_FIGURES`, and a response metric's site's fastest response.

    >>> sensitivity_figure("response_rivne_npp"), sensitivity_figure("response_south_ukraine_without_us")
    (('posture', 'fastest_response_min_rivne-npp'), ('posture', 'fastest_response_min_south-ukraine-npp'))
    """
    from reassure.run.section_response import FASTEST_RESPONSE
    from reassure.run.sensitivity import response_metric_site

    site = response_metric_site(metric)
    if site is not None:
        return "posture", f"{FASTEST_RESPONSE}{site}"
    return SENSITIVITY_FIGURES.get(metric, ("", ""))


def sensitivity_refs(c: Chart, sections: Sequence[SectionResult], scenario: Any) -> tuple[tuple[str, ...], str]:
    """What a sensitivity chart's footnote cites, and the figure it swings (its label, "" when
    unknown): the refs of that figure (the inputs its model reads, as its own footnote cites
    them) and each swung input, list items spelt out (``air.bases[0].readiness``), in place of
    the whole sections (``force``, ``contributors``) the chart carries. A chart whose figure is
    not in the report keeps its own refs."""
    from reassure.run.results import spell_out
    from reassure.run.sensitivity import SWINGS, swing_metric

    metric = c.id.removeprefix("tornado-")
    section, key = sensitivity_figure(metric)
    figure = next((f for s in sections if s.name == section for f in s.figures if f.key == key), None)
    if figure is None:
        return c.refs, ""
    swung = tuple(dict.fromkeys(s.path for s in SWINGS if s.metric == swing_metric(metric) and s.label in c.labels))
    return tuple(dict.fromkeys((*figure.refs, *spell_out(scenario, swung)))), figure.label


def _sensitivity_chart(c: Chart, fn: Footnotes, names: dict[str, str], sections: Sequence[SectionResult],
                       scenario: Any) -> str:
    from reassure.present.svg import chart_svg

    refs, label = sensitivity_refs(c, sections, scenario)
    what = f" (it swings the figure {label}: cites that figure's inputs and the inputs swung)" if label else ""
    n = fn.mark(refs, label=f"chart: {c.title}{what}")
    mark = f' data-fn="{n}"' if any(ch.isdigit() for ch in c.title + c.note) else ""
    # review s51: what the reader must know to read it (a chance fixed by construction; the
    # incident swings' fewer runs)
    note = f'<span class="chart-note">{_e(c.note)}</span>' if c.note else ""
    return (f'<figure class="chart-figure" data-chart="{_e(c.id)}">{chart_svg(c, names)}'
            f'<figcaption{mark}>{_e(c.title)}<sup class="fn"><a href="#fn-{n}">[{n}]</a></sup>'
            f'{" — " + note if note else ""}</figcaption></figure>')


def _distributions(sections: Sequence[SectionResult], fn: Footnotes, plan: str) -> dict[str, list[str]]:
    """Distribution plots (ECDF) where the assessment keeps the samples, keyed by section."""
    from reassure.present.svg import ecdf_svg

    out: dict[str, list[str]] = {}
    for s in sections:
        refs = tuple(sorted({r for f in s.figures for r in f.refs}))
        if not refs:
            continue
        if s.name == "force":
            part = {k: (s.data.get(k) or {}).get("participation") or {} for k in ("with_us", "without_us")}
            q = {k: v.get("strength_quantiles") or {} for k, v in part.items()}
            keys = ("p05", "p25", "p50", "p75", "p95")
            if all(all(k in qq for k in keys) for qq in q.values()):
                draws = part["with_us"].get("draws")
                # The model keeps five quantiles of its draws: plot those points of the ECDF.
                quantiles = {plan: [q["with_us"][k] for k in keys],
                             "without US backstop": [q["without_us"][k] for k in keys]}
                svg = _quantile_ecdf(quantiles)
                note = fn.sup(refs, label="chart: achievable strength over political uncertainty")
                out.setdefault(s.name, []).append(
                    f'<figure class="chart-figure dist" data-chart="dist-participation">{svg}<figcaption>'
                    f"Distribution of achievable strength over who joins: share of the Monte Carlo draws"
                    f"{'' if not draws else ' (' + fn.num(draws, refs, label='Monte Carlo draws over participation') + ')'}"
                    f" at or below each strength, plotted at the 5th percentile, 25th percentile, 50th percentile, "
                    f"75th percentile and 95th percentile{note}"
                    f"</figcaption></figure>")
        if s.name == "monitoring":
            cells = next((layer for layer in s.layers if layer.id == "layer-monitored-cells"), None)
            if cells and cells.features:
                props = [f["properties"] for f in cells.features]
                with_us = [p.get("revisit_max_h") for p in props]
                without = [p.get("no_us_revisit_max_h") for p in props]
                lengths = [float(p.get("length_km") or 1.0) for p in props]
                revisit: dict[str, list[float]] = {}
                weights: dict[str, list[float]] = {}
                for name, vals in ((plan, with_us), ("without US backstop", without)):
                    pairs = [(float(v), w) for v, w in zip(vals, lengths, strict=True) if v is not None]
                    if pairs:
                        revisit[name] = [v for v, _ in pairs]
                        weights[name] = [w for _, w in pairs]
                if revisit:
                    svg = ecdf_svg("dist-revisit", "Worst revisit along the line", revisit, "worst revisit, hours",
                                   weights)
                    out.setdefault(s.name, []).append(
                        f'<figure class="chart-figure dist" data-chart="dist-revisit">{svg}<figcaption>'
                        f"Distribution of the worst revisit along the line: share of the line's length "
                        f"(cells that were never seen are left out){fn.sup(refs, label='chart: worst revisit along the line')}"
                        f"</figcaption></figure>")
        if s.name == "incidents":
            units = {k: (s.data.get(k) or {}).get("units") or [] for k in ("with_us", "without_us")}
            shares: dict[str, list[float]] = {}
            for name, key in ((plan, "with_us"), ("without US backstop", "without_us")):
                vals = [100 * float(u["utilisation"]["value"]) for u in units[key]
                        if isinstance(u.get("utilisation"), dict) and u["utilisation"].get("value") is not None]
                if vals:
                    shares[name] = vals
            if shares:
                svg = ecdf_svg("dist-utilisation", "Utilisation of the response units", shares,
                               "utilisation, % of the time busy (mean over the Monte Carlo runs)")
                out.setdefault(s.name, []).append(
                    f'<figure class="chart-figure dist" data-chart="dist-utilisation">{svg}<figcaption>'
                    f"Distribution of utilisation over the response units: share of the units at or below each "
                    f"level{fn.sup(refs, label='chart: utilisation of the response units')}</figcaption></figure>")
    return out


def _quantile_ecdf(series: dict[str, list[float]]) -> str:
    from reassure.present.svg import ecdf_svg

    # Five quantiles stand for 20% of the draws each, centred on 5/25/50/75/95: weights
    # reproduce those cumulative shares exactly at the plotted points.
    shares = (5.0, 20.0, 25.0, 25.0, 20.0)
    return ecdf_svg("dist-participation", "Achievable strength", series, "troops deployed",
                    {k: list(shares) for k in series})


def _caveats(sections: Sequence[SectionResult], fn: Footnotes, names: dict[str, str]) -> str:
    from reassure.present.story import plain_words

    groups = []
    total = 0
    for s in sections:
        if not s.warnings:
            continue
        refs = sorted({r for f in s.figures for r in f.refs} | {r for v in s.verdicts for r in v.refs})
        items = []
        for w in s.warnings:
            total += 1
            text = _e(plain_words(w, names))
            if refs:
                n = fn.mark(refs, label=f"caveats: {s.title}")
                items.append(f'<p class="warn" data-fn="{n}">{text}<sup class="fn"><a href="#fn-{n}">[{n}]</a></sup></p>')
            else:
                items.append(f'<p class="warn">{text}</p>')
        groups.append(f"<h3>{_e(s.title)}</h3>{''.join(items)}")
    if not groups:
        return ""
    # The count of the notes folded below is the report's own tally, not a figure: it rests on
    # no source (it was footnoted to the scenario's first source, which says nothing of it).
    return (f'<details class="caveats" id="caveats"><summary>Caveats, shipped defaults and model notes '
            f'(<span class="tally">{total}</span> below)'
            f"</summary>{''.join(groups)}</details>")


#: The report's terms a reader outside defence planning may not know (review s51 5): the term as
#: the glossary heads it, how the report writes it, and one plain, neutral line. Only the terms
#: the report uses are listed (`glossary`).
GLOSSARY: tuple[tuple[str, str, str], ...] = (
    ("QRF", r"\bQRF\b", "quick reaction force: a ground unit kept ready to move to an incident at short notice."),
    ("QRA", r"\bQRA\b", "quick reaction alert: fighter aircraft kept on the ground, ready to take off within minutes."),
    ("ISR", r"\bISR\b", "intelligence, surveillance and reconnaissance: the sensors and aircraft that watch the line."),
    ("UAV", r"\bUAVs?\b", "uncrewed aerial vehicle: a drone."),
    ("MALE / HALE UAV", r"\b(?:MALE|HALE)\b|\b(?:male|hale)-uav\b",
     "medium-altitude or high-altitude long-endurance drone, able to stay airborne for a day or more."),
    ("MOG", r"\bMOG\b", "maximum on ground: how many aircraft an airfield can hold, load and unload at once."),
    ("NPP", r"\bNPP\b", "nuclear power plant."),
    # review s53 5 (a journalist): the air policing tasks' and platforms' short names
    ("CAP", r"\bCAP\b|\(cap\b|\bcap@", "combat air patrol: fighters kept airborne over an area, in turns."),
    ("AEW", r"\bAEW\b|\baew\b|\bE-3\b|\be3\b",  # no digit here: every number in the report is a figure's
     "airborne early warning: a radar aircraft, such as the AWACS, that watches the airspace for the fighters."),
    ("regime", r"\bregimes?\b",
     "the state of the truce on a simulated day (holding, eroding or broken down), each with its own "
     "incident rates; how long each lasts is an input of the plan."),
    ("band", r"\bband\b", "the buffer zone along the contact line that is watched, of a given length and depth."),
    ("revisit", r"\brevisit\b",
     "the time between two sensor passes over the same stretch of line; the target revisit is the "
     "longest gap the plan allows."),
    ("standoff", r"\bstandoff\b", "the least distance from the contact line at which the force may station a garrison."),
    ("rotation pool", r"\brotation pool\b",
     "all the troops a nation ties up to keep its contingent deployed: those deployed, those preparing "
     "to go and those recovering from a tour."),
    ("escalated call", r"\bescalat(?:ed|ion)\b",
     "a call no unit in theatre takes up in time, passed to the outside support force."),
    ("US backstop", r"\bUS backstop\b", ""),  # the plan's own: `_backstop_words`
    ("with / without the US", r"\bwithout the US\b", ""),  # the plan's own: `_sides_words`
)


def _sides_words(scenario: Any) -> str:
    """What the two sides of every figure are: for a plan without any US enabler, one plan (its
    report must not say it has a backstop, s13 review 10)."""
    if not getattr(getattr(scenario, "us_backstop", None), "any", True):
        return "every figure is computed as planned and with every US enabler off; this plan has none, so the two are the same."
    return ("every figure is computed twice: as planned, with the US backstop, and without it, with every US "
            "enabler switched off and any nation that takes part only with a US backstop left out.")


def _backstop_words(scenario: Any) -> str:
    """What the US backstop is in this plan: the US enablers it switches on, in words."""
    from reassure.vocabulary import ENABLERS, in_words

    backstop = getattr(scenario, "us_backstop", None)
    on = [("ISR" if e == "isr" else "ground troops" if e == "ground_troops" else in_words(e))
          for e in ("ground_troops", *ENABLERS) if getattr(backstop, e, False) is True]
    if not on:
        return "the US support a plan may count on; this plan counts on none."
    listed = on[0] if len(on) == 1 else ", ".join(on[:-1]) + " and " + on[-1]
    return f"the US support the plan counts on (here: {listed}); some nations may take part only with it."


def glossary(scenario: Any, body: str) -> str:
    """A short glossary of the terms the report uses (review s51 5: QRF, QRA, ISR, MOG, "band",
    "revisit" and others went unexplained), each in one plain line; "" when it uses none. ``body``:
    the report's HTML so far, read as text (scripts, styles and tags left out)."""
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    items = []
    for term, pattern, words in GLOSSARY:
        if not re.search(pattern, text):
            continue
        words = words or (_backstop_words(scenario) if term == "US backstop" else _sides_words(scenario))
        items.append(f"<dt>{_e(term)}</dt><dd>{_e(words)}</dd>")
    if not items:
        return ""
    return f'<section id="glossary"><h2>Glossary</h2><dl class="glossary">{"".join(items)}</dl></section>'


def _generated() -> str:
    """Generation date (UTC); ``SOURCE_DATE_EPOCH`` pins it for reproducible builds."""
    import datetime as dt
    import os

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch and epoch.isdigit()
            else dt.datetime.now(dt.UTC))
    return when.strftime("%Y-%m-%d %H:%M UTC")


class _Entry(NamedTuple):
    text: str  # the value as printed
    item: Any  # the sourced item it belongs to (its provenance)
    path: str  # the index path, for footnotes
    owner: str  # the reader's path of the item that holds it
    quiet: bool  # a field at its schema default, or the item's key: no row for a new item


def _diff_entries(scenario: Any) -> dict[str, _Entry]:
    """``{reader's path: entry}``: each quantity, and each plain field of each sourced
    statement (``contributors[FRA].status``), list items named by key, never by place."""
    from pydantic import BaseModel
    from pydantic_core import PydanticUndefined

    from reassure.present.units import quantity_text
    from reassure.spec import Quantity, walk_provenanced
    from reassure.spec._paths import ITEM_KEYS, keyed_path

    def shown(v: Any) -> str:
        if v is None:
            return "(not set)"
        if isinstance(v, bool):
            return "true" if v else "false"
        if isinstance(v, float):
            return f"{v:,.6g}"
        return str(v)

    out: dict[str, _Entry] = {}
    for path, item in walk_provenanced(scenario):
        name = keyed_path(scenario, path)
        if isinstance(item, Quantity):
            text = quantity_text({"text": item.text(), "unit": item.unit, "value": item.value, "low": item.low})
            out[name] = _Entry(text, item, path, name.rsplit(".", 1)[0], False)
            continue
        plain = item.model_dump(mode="json", by_alias=True, exclude={"source", "assumption", "note"})
        for field, info in type(item).model_fields.items():
            key = info.alias or field
            value = plain.get(key)
            if key not in plain or isinstance(value, dict | list | tuple):
                continue  # a table's own quantities and items have rows of their own
            default = info.default if info.default is not PydanticUndefined else PydanticUndefined
            quiet = key in ITEM_KEYS or value is None or (default is not PydanticUndefined and value == default)
            # a switch with its own provenance is said with it, cited at the switch (review 41 12)
            own = getattr(item, "switch_provenance", None) or {}
            if field in own:
                out[f"{name}.{key}"] = _Entry(shown(value), own[field], f"{path}.{field}", name, quiet)
                continue
            out[f"{name}.{key}"] = _Entry(shown(value), item, path, name, quiet)
    # review s34: a plain setting of an item that is not itself sourced (an air station's site,
    # base or platform) changes results too: a station moved to another site was in no row
    # (quiet: a row only where the parent has the item too; a new item shows through its numbers)
    for path, node in _plain_items(scenario):
        name = keyed_path(scenario, path)
        if name.startswith("sources["):
            continue  # a source's title or address is not a setting of the plan
        plain = node.model_dump(mode="json", by_alias=True)
        for field in type(node).model_fields:
            key = type(node).model_fields[field].alias or field
            value = plain.get(key)
            if key not in plain or isinstance(value, dict | list | tuple) or isinstance(
                    getattr(node, field), BaseModel):
                continue
            out.setdefault(f"{name}.{key}", _Entry(shown(value), None, path, name, True))
    return out


def _plain_items(node: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """``(index path, item)`` for every item of a list in the scenario that is neither a
    quantity nor a sourced statement (those are `walk_provenanced`'s): an air station, a task."""
    from pydantic import BaseModel

    from reassure.spec import Provenanced, Quantity

    if isinstance(node, BaseModel):
        if isinstance(node, Quantity):
            return
        if path.endswith("]") and not isinstance(node, Provenanced):
            yield path, node
        for name in type(node).model_fields:
            yield from _plain_items(getattr(node, name), f"{path}.{name}" if path else name)
    elif isinstance(node, tuple | list):
        for i, item in enumerate(node):
            yield from _plain_items(item, f"{path}[{i}]")


def _file_plan(scenario: Any) -> Any:
    """The plan as its file has it, before any change made in code (`Scenario.with_overrides`);
    the scenario itself where nothing was changed in code; None where its file cannot be read."""
    if not getattr(scenario, "overrides", ()):
        return scenario
    file = getattr(scenario, "file", None)
    if not file:
        return None
    from reassure.spec import load_scenario

    try:
        return load_scenario(file)
    except Exception:  # noqa: BLE001 - the file moved or changed since: the table says so
        return None


def changes_from_parent(scenario: Any, fn: Footnotes) -> str:
    """For a variant (`extends`): each parameter, and each field of a sourced statement, that
    differs from the parent plan, one row each: ``contributors[FRA].status | willing | ruled-out``.
    For a variant also changed in code, the variant as its file has it (the changes made in code
    are `changes_in_code`'s)."""
    if not getattr(scenario, "extends", None):
        return ""
    from reassure.spec import load_scenario
    from reassure.spec._load import resolve_scenario

    head = '<section id="changes"><h2>What changed from the parent plan</h2>'
    try:
        here = scenario.file.parent if scenario.file else None
        parent = load_scenario(resolve_scenario(scenario.extends, relative_to=here))
    except Exception as exc:  # the variant loaded, so this is rare; say it rather than fail
        return f"{head}<p>{_e(exc)}</p></section>"
    variant = _file_plan(scenario)
    theirs, mine = _diff_entries(parent), _diff_entries(scenario if variant is None else variant)
    their_items = {e.owner for e in theirs.values()} | {n for n in theirs}
    my_items = {e.owner for e in mine.values()} | {n for n in mine}
    from reassure.present.defaults import reader_text, shipped_default_rows

    # (review s53) a number the parent leaves to the shipped defaults had that default's value
    defaults = {r["path"]: r for r in shipped_default_rows(parent)}
    rows = []
    for name, e in mine.items():
        if name in theirs and theirs[name].text == e.text:
            continue
        unset = name not in theirs or theirs[name].text == "(not set)"
        if unset and name in defaults:
            was = f"{reader_text(defaults[name])} (shipped default)"
        elif name in theirs:
            was = theirs[name].text
        elif e.owner in their_items:
            was = "(not set)"  # the parent's item, without this number
        elif e.quiet:
            continue  # a new item's key, or a field left at its default
        else:
            was = "(not in the parent)"
        why = ("a setting of the plan, not a number (no source is asked)" if e.item is None
               else e.item.assumption or ("sourced: " + ", ".join(e.item.source)))
        # review s33: a parameter the parent does not set is added by this plan, not changed
        what = "changed" if name in theirs else "added"
        rows.append(_change_row(fn, e.path, f"{what} parameter {name}", name, was, e.text, why))
    removed = sorted({e.owner if e.owner not in my_items else name
                      for name, e in theirs.items() if name not in mine})
    for name in removed:
        was = theirs[name].text if name in theirs else "in the parent"
        rows.append(f"<tr><td><code>{_e(name)}</code></td><td>{_e(was)}</td><td>removed</td><td></td></tr>")
    if not rows:
        body = "<p>No parameter differs from the parent plan.</p>"
    else:
        body = ("<table><tr><th>parameter</th><th>parent</th><th>this plan</th><th>why (assumption)</th></tr>"
                + "".join(rows) + "</table>")
    return (f"{head}<p>This plan extends <code>{_e(parent.name)}</code>; each change below, and why.</p>"
            f"{body}</section>")


def _was_in_note(item: Any) -> str | None:
    """What a quantity changed in code held before, from the trail `with_overrides` leaves in its
    note (``overrides 25000-30000 troops (source: ...)``); None where there is none."""

    note = getattr(item, "note", None) or ""
    m = re.search(r"overrides (the shipped default|[^ ;()]+ [^ ;()]+)", note)
    return m.group(1) if m else None


def _change_row(fn: Any, path: Any, label: str, name: str, was: str, now: str, why: str) -> str:
    """A table row of a changed parameter, its name footnoted to ``path``'s sources (none where
    ``path`` is None or the footnotes cannot mark it)."""
    n: int | None = None
    if path is not None:
        try:
            n = fn.mark([path], label=label)
        except ValueError:
            n = None
    mark = f'<sup class="fn"><a href="#fn-{n}">[{n}]</a></sup>' if n else ""
    cell = f' data-fn="{n}"' if n else ""
    return (f"<tr><td><code>{_e(name)}</code>{mark}</td><td>{_e(was)}</td>"
            f"<td>{_e(now)}</td><td{cell}>{_e(why)}</td></tr>")

def changes_in_code(scenario: Any, fn: Footnotes) -> str:
    """For a plan changed in Python (`Scenario.with_overrides`, whose title then ends in
    "(modified in code)"): each change, one row each as `changes_from_parent` lists a variant's,
    with its value in the plan's file, its value now and the reason given for it (review s38 5: the
    title said it was changed, the report never said how). "" for a plan not changed in code."""
    records = tuple(getattr(scenario, "overrides", ()) or ())
    if not records:
        return ""
    head = '<section id="changes-in-code"><h2>What changed in code</h2>'
    before = _file_plan(scenario)
    theirs = _diff_entries(before) if before is not None else {}
    mine = _diff_entries(scenario)
    reasons: dict[str, list[str]] = {}
    given: dict[str, str] = {}
    for rec in records:
        path = str(rec.get("path", ""))
        reason = str(rec.get("assumption", ""))
        reasons.setdefault(path, [])
        if reason and reason not in reasons[path]:
            reasons[path].append(reason)
        given[path] = str(rec.get("value", ""))
    rows = []
    for path, why in reasons.items():
        # the override's own entry, or (a whole item or table set in code) each entry under it that moved
        names = [path] if path in mine else [
            n for n in mine if (n.startswith(path + ".") or n.startswith(path + "["))
            and (n not in theirs or theirs[n].text != mine[n].text)]
        if not names:
            names = [path]
        for name in names:
            e = mine.get(name)
            now = e.text if e is not None else given[path]
            if before is None:
                was = (_was_in_note(e.item) if e is not None else None) or "(not recorded: no plan file to read)"
            else:
                was = theirs[name].text if name in theirs else "(not set)"
            rows.append(_change_row(fn, e.path if e is not None else None,
                                    f"changed in code: parameter {name}", name, was, now, "; ".join(why)))
    file = getattr(scenario, "file", None)
    where = f" from <code>{_e(file.name if hasattr(file, 'name') else file)}</code>" if file else ""
    body = ("<table><tr><th>parameter</th><th>in the plan's file</th><th>changed in code to</th>"
            "<th>why (assumption)</th></tr>" + "".join(rows) + "</table>")
    return (f"{head}<p>This plan was changed in Python (<code>with_overrides</code>) after it was loaded{where}; "
            f"each change below, what the file has, what it was changed to, and the reason given.</p>"
            f"{body}</section>")


def render_report(
    scenario: Any,
    sections: Sequence[SectionResult],
    verdicts: Sequence[Verdict],
    settings: dict[str, Any],
    map_html: str,
    map_refs: Sequence[str],
    extra_charts: Sequence[Chart] = (),
    interactive_map: bool = True,
) -> str:
    """The whole report as one HTML string.

    ``map_html`` is the static SVG map: the fallback when the browser has no WebGL (and
    the map when ``interactive_map`` is off); the interactive map is built from the
    sections' layers with the MapLibre GL JS shipped in the package, inlined.
    """
    from reassure.present.story import reader_names, reader_wording
    from reassure.run.results import plan_label

    # review s50: a range's high end, not "the full target" (the question as the reader reads it)
    sections, verdicts = reader_wording(scenario, sections, verdicts)
    fn = Footnotes(scenario)
    names = reader_names(scenario)
    plan = plan_label(scenario)
    parts: list[str] = _title_and_summary(scenario, sections, settings, fn, plan)
    parts.append(changes_from_parent(scenario, fn))
    parts.append(changes_in_code(scenario, fn))  # review s38 5: and what was changed in Python
    parts.append("<h2>Verdicts</h2>")
    parts.append(_verdicts(verdicts, fn, plan, names))
    parts.append(_map_figure(scenario, sections, map_html, map_refs, fn, interactive_map))
    parts += _section_parts(scenario, sections, fn, plan, names)
    parts += _sensitivity_parts(scenario, sections, extra_charts, fn, names)
    parts.append(_caveats(sections, fn, names))
    # review s51 5: the terms the report uses, its notes and assumptions too (filled in below)
    at_glossary = len(parts)
    parts.append("")
    # Notes, then the sources and assumptions they point to (list items named by key).
    parts.append(_notes_list(scenario, fn))
    parts += _sources_and_assumptions(scenario, fn)
    parts[at_glossary] = glossary(scenario, "".join(parts))
    return _page(scenario, settings, "".join(parts))


def _title_and_summary(scenario: Any, sections: Sequence[SectionResult], settings: dict[str, Any],
                       fn: Footnotes, plan: str) -> list[str]:
    """The report's head: its title, run details, headline, key numbers and description."""
    from reassure.present.story import headline, key_numbers

    parts: list[str] = []
    # The title and description summarise the reports that describe the plan (review s20 2: not
    # every source kept as a file, such as the geodata or the OSCE statistics).
    summarised = (scenario.description_sources() if hasattr(scenario, "description_sources")
                  else [src for src in scenario.sources if src.file] or list(scenario.sources))
    all_sources = [f"source:{src.id}" for src in summarised]
    if all_sources:
        n_all = fn.mark(all_sources, label="the plan as the reports describe it")
        mark = f'<sup class="fn"><a href="#fn-{n_all}">[{n_all}]</a></sup>'
        parts.append(f'<h1 data-fn="{n_all}">{_e(scenario.title)}{mark}</h1>')
    else:  # a scenario resting on assumptions alone
        mark = ""
        parts.append(f"<h1>{_e(scenario.title)}</h1>")
    parts.append(
        f'<p class="meta">Generated <code>{_e(_generated())}</code> by reassure <code>{_e(settings.get("version"))}</code>'
        f' · scenario <code class="name">{_e(scenario.name)}</code> · theatre '
        f'<code class="name">{_e(scenario.theatre)}</code> · seed <code>{_e(settings.get("seed"))}</code> · '
        f'Monte Carlo runs <code>{_e(settings.get("runs"))}</code></p>'
    )
    lead = headline(scenario, sections, fn.num, scenario.us_backstop.any)
    parts.append(lead)
    parts.append(key_numbers(scenario, sections, fn.num, plan))
    if scenario.description.strip():
        fn_attr = f' data-fn="{n_all}"' if all_sources else ""
        parts.append(f'<p class="description meta"{fn_attr}>{_e(" ".join(scenario.description.split()))}{mark}</p>')
    return parts


def _map_figure(scenario: Any, sections: Sequence[SectionResult], map_html: str,
                map_refs: Sequence[str], fn: Footnotes, interactive_map: bool) -> str:
    """The map's heading and figure: the interactive map over the SVG fallback, or the SVG."""
    map_note = fn.sup(map_refs, label="the map's layers")
    if interactive_map:
        from reassure.present.maplibre import map_html as interactive

        layers = tuple(layer for s in sections for layer in s.layers)
        drawn = interactive(layers, scenario, sections, inline=True, fallback_svg=map_html)
        drawn += "<noscript><style>.rmap-fallback{display:block}</style></noscript>"
    else:
        drawn = map_html
    return ('<h2>Map</h2><figure id="map-figure">' + drawn +
            f"<figcaption>Contact line, occupied territory (derived), sites, garrisons, air bases, "
            f"monitored line cells and fighter combat radii; hover for values, tick a layer to hide "
            f"it{map_note}</figcaption></figure>")


def _section_parts(scenario: Any, sections: Sequence[SectionResult], fn: Footnotes, plan: str,
                   names: dict[str, str]) -> list[str]:
    """Each section with figures, charts or tables: its figures, notes, charts and tables."""
    import dataclasses

    from reassure.present.story import no_triage_notes
    from reassure.run.section_incidents import horizon_days

    parts: list[str] = []
    dists = _distributions(sections, fn, plan)
    for s in sections:
        if not (s.figures or s.charts or s.tables):
            continue  # a section that only contributes map layers
        parts.append(f'<section id="section-{_e(s.name)}"><h2>{_e(s.title)}</h2>')
        if s.figures:
            parts.append(_figures(s.name, s.figures, fn, plan, names))
            # a with/without-US comparison the US does worse on: say the dispatch has no triage
            extra = no_triage_notes(s, scenario.us_backstop.any)
            parts.append(_figure_notes(dataclasses.replace(s, notes=s.notes + extra) if extra else s, fn, names))
        for c in s.charts:
            parts.append(_chart(c, fn, names))
        parts.extend(dists.get(s.name, ()))
        # the days one incident run simulates, which a unit's utilisation is a share of
        days = horizon_days(scenario, s.data.get("with_us"))[0] if s.name == "incidents" else None
        for t in s.tables:
            parts.append(_table(t, fn, names, plan=plan, days=days))
        parts.append("</section>")
    return parts


def _sensitivity_parts(scenario: Any, sections: Sequence[SectionResult], extra_charts: Sequence[Chart],
                       fn: Footnotes, names: dict[str, str]) -> list[str]:
    """A section per sensitivity chart, and why a response chart is missing if it is."""
    parts: list[str] = []
    for c in extra_charts:
        parts.append(f'<section id="section-{_e(c.id)}"><h2>{_e(c.title)}</h2>'
                     f"{_sensitivity_chart(c, fn, names, sections, scenario)}</section>")
    if extra_charts:
        from reassure.run.sensitivity import no_response_chart

        why = no_response_chart(scenario)  # review: not a chart of a site outside the plan, all n/a
        if why:
            parts.append(f'<p class="chart-note" id="no-response-chart">{_e(why)}</p>')
    return parts


def _notes_list(scenario: Any, fn: Footnotes) -> str:
    """The Notes heading and list: each footnote's sources, assumptions and parameters."""
    from reassure.spec._paths import keyed_path

    src_titles = {src.id: src.title for src in scenario.sources}
    notes = []
    for i, (sources, asms) in enumerate(fn.notes, start=1):
        links = [_link(s, src_titles) for s in sources]
        label = fn.note_labels[i - 1]
        params = fn.note_params[i - 1]
        head = f"<strong>{_e(label)}</strong>: " if label else ""
        listed = _e(", ".join(keyed_path(scenario, p) for p in params))
        if fn.is_input(i):
            # One input: its own provenance in full, and "no source" when it rests on an
            # assumption alone (review s20 2: a one-line judgement is not a reading list).
            links += [f'<a href="#asm-{a}">assumption A{a}</a>: \u201c{_e(fn.assumptions[a - 1][1])}\u201d'
                      for a in asms]
            if not sources:
                links.append("no source")
            rests = f' <span class="params">(input parameter: <code>{listed}</code>)</span>'
        else:
            links += [f'<a href="#asm-{a}">assumption A{a}</a>' for a in asms]
            rests = (f' <span class="params">(computed from the inputs: <code>{listed}</code>)</span>'
                     if params else "")
        if len(links) > 8:  # a long list stays traceable but folded
            shown = "; ".join(links[:6])
            rest = "; ".join(links[6:])
            body = f"{shown}; <details><summary>and {len(links) - 6} more</summary>{rest}</details>"
        else:
            body = "; ".join(links)
        notes.append(f'<li id="fn-{i}">[{i}] {head}{body}{rests}</li>')
    return f'<h2>Notes</h2><ul id="notes" class="notes">{"".join(notes)}</ul>'


def _sources_and_assumptions(scenario: Any, fn: Footnotes) -> list[str]:
    """The sources (cited, then uncited), assumptions, theatre data and shipped catalogues."""
    src_items, uncited_items = _source_items(scenario)
    asm_items = _assumption_items(scenario, fn)
    parts = ['<h2 id="sources-and-assumptions">Sources and assumptions</h2>']
    parts.append(f'<h3>Sources</h3><ul id="sources">{"".join(src_items)}</ul>')
    if uncited_items:
        # review: a plan that copies or extends another keeps its sources, some of which no input
        # of this plan cites any more (UK-only sources in a plan without the UK): kept in view,
        # apart, and said so, rather than read as the grounds of a number here
        parts.append(f'<h3 id="uncited-sources">{UNCITED_HEADING}</h3><p class="uncited-note">'
                     f"{_e(UNCITED_NOTE)}</p>"
                     f'<ul id="sources-uncited">{"".join(uncited_items)}</ul>')
    parts.append(f'<h3>Assumptions</h3><ul id="assumptions">{"".join(asm_items)}</ul>')
    theatre_items = [
        f'<li id="tsrc-{_e(tid)}"><code>{_e(tid)}</code> {_e(ts.title)}. {_e(ts.outlet)}. '
        + (f"{_address(ts.url)}</li>" if ts.url else "</li>")
        for tid, ts in sorted(fn.theatre_sources.items())
    ]
    parts.append(f'<h3>Theatre data</h3><ul id="theatre-sources">{"".join(theatre_items)}</ul>')
    data_items = []
    for key, src in sorted(fn.data_sources.items()):
        url = src.get("url")
        where = (_address(url) if url
                 else f"<code>{_e(src.get('file') or '')}</code>")
        data_items.append(f'<li id="dsrc-{_e(key.replace(":", "-"))}"><code>{_e(key)}</code> '
                          f'{_e(src.get("title", ""))}. {_e(src.get("outlet", ""))}. {where}</li>')
    parts.append(f'<h3>Shipped catalogues</h3><ul id="data-sources">{"".join(data_items)}</ul>')
    return parts


def _source_items(scenario: Any) -> tuple[list[str], list[str]]:
    """The plan's sources as list items: those its inputs cite, and those none cites."""
    src_items: list[str] = []
    uncited_items: list[str] = []
    uncited = set(uncited_sources(scenario))
    for src in scenario.sources:
        date = f" ({_e(src.date)})" if src.date else ""
        claims = f" Ledger claims: {_e(', '.join(src.claims))}." if src.claims else ""
        note = f" <em>Note: {_e(src.note)}.</em>" if src.note else ""
        links = [_address(src.url)] if src.url else []
        links += [f"<code>{_e(src.file)}</code>"] if src.file else []
        where = "; ".join(links)
        (uncited_items if src.id in uncited else src_items).append(
            f'<li id="src-{_e(src.id)}"><code>{_e(src.id)}</code> {_e(src.title)}. '
            f"{_e(src.outlet)}{date}. {where}.{claims}{note}</li>")
    return src_items, uncited_items


def _assumption_items(scenario: Any, fn: Footnotes) -> list[str]:
    """The assumptions as list items, each beside its parameter (and "not used" where so)."""
    from reassure.run.section_incidents import dispatches_by_triage
    from reassure.spec._paths import keyed_path

    # (s54 review) under triage the allowed wait decides nothing: said beside its assumption
    unused = {"incidents.max_wait": ' (not used: the plan dispatches by triage, incidents.dispatch = "in_time")'
              } if dispatches_by_triage(scenario) else {}
    return [
        f'<li id="asm-{i}"><strong>A{i}</strong> <code>{_e(keyed_path(scenario, path))}</code>: {_e(text)}'
        f"{_e(unused.get(path, ''))}</li>"
        for i, (path, text) in enumerate(fn.assumptions, start=1)
    ]


def _page(scenario: Any, settings: dict[str, Any], body: str) -> str:
    """The HTML page around the report's body: head, title, style and print script."""
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>reassure — {_e(scenario.name)}</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="reassure {_e(settings.get("version"))}">'
        f"<style>{CSS}</style></head><body><main>{body}</main>{PRINT_OPEN}</body></html>"
    )
