"""Every figure an analyst reads carries its unit (house rule: a figure is defined the way an
analyst would define it, its denominator in its label, units in names or types).

Before: "Garrisons that cover a protected site | 4 | 3", "Day the support force's first tranche
is in theatre | 7 | 7", "Units in the rotation per deployed unit | 3.46 | 3", "Fewest UAV airframes
... | 13 | 13" had an empty unit, in the terminal, the HTML report and figures.csv alike. The unit
is the `Figure`'s own (set where the section defines the figure); every renderer writes it after
the value through `value_text`, so a figure without one shows up here for every shipped
scenario: in the figure itself, the terminal table, the report's figure rows and figures.csv.
"""

from __future__ import annotations

import csv
import html
import io
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from reassure.present.report import figure_text, money_unit
from reassure.present.units import label_beside_value, unit_after

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted(p.stem for p in (REPO / "scenarios").glob("*.toml"))


@cache
def _assessed(name: str) -> Any:
    import reassure

    return reassure.assess(name, runs=2, sensitivity=False)


def _numeric(f: Any, side: str) -> bool:
    v = getattr(f, side)
    return isinstance(v, int | float) and not isinstance(v, bool)


def _shows_unit(text: str, unit: str) -> bool:
    """``text`` (a value as written) ends its number with ``unit`` (or its singular after 1)."""
    if unit == "%":
        return re.search(r"\d%", text) is not None
    money = money_unit(unit)
    if money is not None:  # the currency first, the scale in words: "EUR 5.06 billion a year"
        # review s33: money kept in millions reads in billions from EUR 1 billion up
        scales = {money[1], money[1].replace("million", "billion", 1)}
        return any(re.match(rf"{money[0]} [\d,.–-]+ {re.escape(scale)}(?!\w)", text) is not None for scale in scales)
    number = re.match(r"[\d,.–-]+", text)
    return number is not None and text[number.end():].lstrip().startswith(unit_after(number.group(0), unit))


@pytest.mark.parametrize("name", SHIPPED)
def test_every_figure_of_every_shipped_scenario_has_a_unit(name: str) -> None:
    missing = [f"{s.name}.{f.key}: {f.label!r}" for s in _assessed(name).sections for f in s.figures
               if not f.unit.strip()]
    assert missing == [], f"{name}: figures without a unit (give `Figure.unit`: troops, garrisons, %, h...)"


@pytest.mark.parametrize("name", SHIPPED)
def test_every_figure_value_is_written_with_its_unit(name: str) -> None:
    """What the terminal and the report write for each value (`figure_text`) ends in the unit."""
    bad = [f"{s.name}.{f.key} ({side}): {figure_text(f, side)!r}"
           for s in _assessed(name).sections for f in s.figures for side in ("with_us", "without_us")
           if _numeric(f, side) and not _shows_unit(figure_text(f, side), f.unit)]
    assert bad == []


def test_the_known_offenders_read_with_their_units() -> None:
    """The figures review r9 named (garrisons, build-up day, rotation ratio, monitoring band)."""
    figures = {f"{s.name}.{f.key}": f for s in _assessed("europe-2025").sections for f in s.figures}
    assert figure_text(figures["posture.garrisons"], "with_us") == "4 garrisons"
    assert figure_text(figures["posture.uncovered_sites"], "with_us") == "1 site"  # singular after one
    assert figure_text(figures["posture.buildup_day_close"], "with_us") == "7 days"
    assert figures["posture.buildup_day_close"].label.startswith("Days from the call")
    assert figure_text(figures["force.units_per_deployed"], "with_us") == "3.46 units per deployed unit"
    assert figures["force.units_per_deployed"].label.startswith("Rotation ratio")
    # review s38 1: the fleet sizing is the monitoring section's (that of `monitor --size`)
    assert figure_text(figures["monitoring.sized_airframes"], "with_us") == "13 airframes"
    assert figure_text(figures["monitoring.sized_orbits"], "with_us") == "4 orbits"
    assert figures["monitoring.sized_lost_over_horizon"].unit == "airframes"


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory, run_cli) -> dict[str, tuple[str, Path]]:  # noqa: ANN001
    """Three shipped scenarios through the CLI as a user runs them (every section between them:
    europe-2025; coalition-2025-09 adds air, maritime, costs and air policing; mnf-u-2026)."""
    out = {}
    for name in ("europe-2025", "coalition-2025-09", "mnf-u-2026"):
        folder = tmp_path_factory.mktemp(name)
        result = run_cli("assess", name, "--runs", "2", "--no-sensitivity", "--out", folder,
                         env={"COLUMNS": "400"})
        assert result.exit_code == 0, result.stderr
        out[name] = (result.stdout, folder)
    return out


@pytest.mark.parametrize("name", ["europe-2025", "coalition-2025-09", "mnf-u-2026"])
def test_terminal_html_and_csv_write_every_figure_with_its_unit(name: str, written) -> None:  # noqa: ANN001
    stdout, folder = written[name]
    rows = list(csv.DictReader(io.StringIO((folder / "figures.csv").read_text())))
    assert rows and [r["key"] for r in rows if not r["unit"].strip()] == []
    page = (folder / "report.html").read_text()
    lines = stdout.splitlines()
    seen = 0
    for r in rows:
        unit = r["unit"]
        # the report: both value cells of the figure's row
        # the key is section.figure (unique: review, air and maritime shared their cost keys)
        assert r["key"].startswith(r["section"] + "."), r["key"]
        row = re.search(rf'<tr data-key="{re.escape(r["key"])}">(.*?)</tr>', page, re.S)
        assert row, r["key"]
        cells = [html.unescape(re.sub(r"<[^>]+>", "", c)) for c in re.findall(r'<td class="n">(.*?)</td>',
                                                                               row.group(1), re.S)]
        for cell, value in zip(cells, (r["with_us"], r["without_us"]), strict=True):
            if value not in ("", "n/a"):
                assert _shows_unit(cell, unit), (r["key"], cell, unit)
        # the terminal: the figure's row (found by the start of its label) shows the unit
        start = label_beside_value(r["label"], unit)[:60]
        line = next((ln for ln in lines if start in ln), None)
        seen += line is not None
        if line is not None and r["with_us"] not in ("", "n/a"):
            money = money_unit(unit)
            words = (f"{money[0]} ", f" {money[1]}") if money else ()
            # review s33: money kept in millions reads in billions from EUR 1 billion up
            billions = tuple(w.replace("million", "billion", 1) for w in words)
            assert (any(all(w in line for w in ws) for ws in (words, billions)) if money
                    else unit_after("1", unit) in line or unit in line), \
                (r["key"], line)
    assert seen >= len(rows) * 3 // 4, f"only {seen} of {len(rows)} figure rows found in the terminal table"


def test_every_compare_row_of_the_shipped_scenarios_has_a_unit() -> None:
    """`reassure compare` (terminal, HTML, compare.csv, the web page) heads its rows with the
    figures' own units: a figure or denominator row without one would be a bare number there."""
    from reassure.present.compare import comparison_rows

    rows = comparison_rows([_assessed(name) for name in SHIPPED])
    # A setting row (review 20 #1: "its horizon and tours per person" under a figure) is no
    # figure: its cells are each plan's settings in words ("20-30 years", "male-uav"), never a
    # bare number, and the row itself has no unit.
    settings = [r for r in rows if r["kind"] == "setting"]
    assert settings and all(r["unit"] == "" for r in settings)
    for r in settings:
        for v in (*r["values"], *r["without_us"]):
            assert v is None or (isinstance(v, str) and re.search(r"[^\W\d_]", v)), (r["key"], v)
    assert [r["key"] for r in rows if r["kind"] not in ("verdict", "setting") and not str(r["unit"]).strip()] == []
