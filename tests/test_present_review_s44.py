"""Review s44, presentation and command line:

1. `respond`'s coverage table printed the shares of Ukraine and of the line reached within 1 h
   and 3 h with the US only, but for the line within 1 h: every share is now shown both ways,
   its denominator named;
2. `assess` ran the sensitivity pass by default and printed none of it: a short section now
   gives each chart's largest swings, in its unit, and says where the rest is;
3. a target without a range was labelled "Target deployed strength (high end)" (the label is
   made in `run/section_force.py`: expected to fail until it is fixed there);
4. ``--workers`` took 1-2 in `assess`, 1-64 in `incidents` (default 1, no range in its help)
   and in `explore run`: one range (1 to 64) and one default everywhere.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from rich.console import Console

from reassure.present.options import DEFAULT_WORKERS, MAX_WORKERS, MIN_WORKERS
from reassure.present.tables import print_sensitivity

MODES = ("ground", "heli", "air", "fastest")


# -- 1. respond: every share both ways, over its denominator ---------------------------------------
@pytest.fixture(scope="module")
def respond_both(run_cli) -> tuple[str, dict]:  # type: ignore[no-untyped-def]
    table = run_cli("respond", "europe-2025", env={"COLUMNS": "100"})
    data = run_cli("respond", "europe-2025", "--format", "json")
    assert table.exit_code == 0 and data.exit_code == 0, table.stderr + data.stderr
    return table.stdout, json.loads(data.stdout)


def _reach_part(text: str) -> str:
    return text[text.index("Share reached within 1 h and 3 h"):].split("└")[0]


def test_respond_shows_every_share_with_and_without_the_us(respond_both: tuple[str, dict]) -> None:
    text, r = respond_both
    part = _reach_part(text)
    rows = {ln.split("│")[1].strip(): [c.strip() for c in ln.split("│")[2:-1]]
            for ln in part.splitlines() if ln.startswith("│")}
    assert set(rows) == set(MODES)
    for m in MODES:
        want = [f"{r[p][m]['within_percent'][h]:.0f} / {r['without_us'][p][m]['within_percent'][h]:.0f} %"
                for p in ("grid", "line") for h in ("1h", "3h")]
        assert rows[m] == want, m
    # the without-US shares the table left out differ from the with-US ones in this plan
    assert r["without_us"]["grid"]["air"]["within_percent"]["1h"] != r["grid"]["air"]["within_percent"]["1h"]
    assert max(len(ln.rstrip()) for ln in part.splitlines()) <= 100


def test_respond_names_each_share_s_denominator(respond_both: tuple[str, dict]) -> None:
    text, r = respond_both
    title = " ".join(_reach_part(text).split("┏")[0].split())
    assert "with US / without US in each cell" in title
    assert f"of Ukraine, % of its area ({r['grid']['cells']} grid cells of {r['grid_km']:g} km)" in title
    # the line's share is a share of its cells (of unequal lengths), not of its length
    assert (f"of the active contact line, % of its {r['line']['cells']} cells (up to {r['grid_km'] / 2:g} km "
            "each, counted alike: not weighted by length)") in title


# -- 2. assess: the sensitivity pass in the terminal -----------------------------------------------
def test_assess_prints_the_largest_swings_of_each_sensitivity_chart(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "o"
    result = run_cli("assess", "europe-2025", "--runs", "2", "--out", str(out), env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr
    text = result.stdout
    assert "Sensitivity: one assumption at a time" in text
    assert "all of them in report.html or --format json" in text
    part = text[text.index("Sensitivity: one assumption at a time"):]
    flat = " ".join(part.split())
    charts = json.loads((out / "results.json").read_text())["sensitivity"]
    # five metrics (the low end of a target range and the incidents headline since review s51),
    # each with and without the US
    # backstop (review s44)
    assert len(charts) == 10
    for chart in charts:
        assert chart["title"].removeprefix("Sensitivity: ").split(",")[0] in flat
        moved = [(lb, lo, hi) for lb, lo, hi in zip(chart["labels"], chart["series"]["low"],
                                                    chart["series"]["high"], strict=True)
                 if lo != hi or lo != chart["base"]]
        for label, _, _ in moved[:3]:
            assert label in flat, label
    # values in their units, the case each chart is run for named
    assert re.search(r"interval between tours x0\.5 / x1\.5 +│ +26\.0% │ +0\.0% │", part)
    assert re.search(r"sustainable share of army x0\.6 / x1\.4 +│ +8,605 troops │ +15,814 troops │", part)
    assert "Fastest response to South Ukraine NPP, minutes (with US backstop): as planned 44 min" in flat
    assert max(len(ln.rstrip()) for ln in part.splitlines()) <= 100


def _chart(**kw: object) -> SimpleNamespace:
    base = {"id": "tornado-x", "title": "Sensitivity: Thing, troops (with US backstop)", "kind": "tornado",
            "x_label": "troops deployed", "base": 100.0}
    return SimpleNamespace(**(base | kw))


def _printed(charts: tuple, written: bool = False) -> str:
    out = Console(file=io.StringIO(), width=100)
    scenario = SimpleNamespace(us_backstop=SimpleNamespace(any=False))
    print_sensitivity(charts, scenario, out, written=written)
    return " ".join(out.file.getvalue().split())


def test_the_sensitivity_section_cuts_at_three_and_names_the_still_ones() -> None:
    chart = _chart(labels=("a", "b", "c", "d", "e"),
                   series={"low": (50.0, 90.0, 95.0, 99.0, 100.0), "high": (150.0, 110.0, 105.0, 101.0, 100.0)})
    text = _printed((chart,))
    assert "Thing, troops (with US backstop): as planned 100 troops" in text
    assert "│ a │ 50 troops │ 150 troops │" in text and "│ c │ 95 troops │ 105 troops │" in text
    assert "│ d │" not in text
    assert "1 more swing moves it less" in text
    assert "not moved by: e" in text
    assert "report.html (add --out DIR) or --format json" in text
    # a response chart, whose title names no case, is named as planned (here: no US backstop)
    response = _chart(id="tornado-response_south_ukraine", title="Sensitivity: Fastest response, minutes",
                      x_label="minutes", base=44.2, labels=("air",), series={"low": (36.7,), "high": (59.2,)})
    assert "Fastest response, minutes (as planned, no US backstop): as planned 44 min" in _printed((response,))
    assert _printed(()) == ""  # --no-sensitivity: nothing


# -- 3. a target without a range is not "the high end" ---------------------------------------------
def test_a_point_target_is_not_labelled_its_high_end() -> None:
    import reassure

    def label(name: str) -> str:
        done = reassure.assess(reassure.load_scenario(name), runs=1, sensitivity=False, workers=1)
        force = next(s for s in done.sections if s.name == "force")
        return next(f.label for f in force.figures if f.key == "target_troops")

    target = reassure.load_scenario("iiss-small").force.target_troops
    assert target.low == target.high
    assert label("iiss-small") == "Target deployed strength"
    assert label("europe-2025") == "Target deployed strength (high end)"


# -- 4. --workers: one range and one default ---------------------------------------------------------
@pytest.mark.parametrize("command", [("assess",), ("incidents",), ("explore", "run")])
def test_workers_has_one_range_and_default_in_every_command(run_cli, command: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(*command, "--help", env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.stderr
    # the option's help, its wrapped lines joined
    line = " ".join(re.split(r"\n  -", result.stdout.split("--workers", 1)[1])[0].split())
    assert f"[default: {DEFAULT_WORKERS}; {MIN_WORKERS}<=x<={MAX_WORKERS}]" in line
    assert "the numbers do not depend on it" in line
    assert (MIN_WORKERS, MAX_WORKERS) == (1, 64) and DEFAULT_WORKERS in (1, 2)


def test_assess_takes_more_workers_than_it_uses_and_gives_the_same_numbers(run_cli) -> None:  # type: ignore[no-untyped-def]
    args = ("assess", "iiss-small", "--runs", "2", "--format", "json", "--no-sensitivity")
    many, one = run_cli(*args, "--workers", "3"), run_cli(*args, "--workers", "1")
    assert many.exit_code == 0 and one.exit_code == 0, many.stderr + one.stderr

    def numbers(text: str) -> dict:
        data = json.loads(text)
        data.pop("timings_s")
        for section in data["sections"].values():
            section.pop("seconds", None)
        return data

    assert numbers(many.stdout) == numbers(one.stdout)


@pytest.mark.parametrize("command", [("assess", "iiss-small"), ("incidents", "iiss-small"),
                                     ("explore", "run", "nothing.toml")])
def test_workers_past_the_range_is_refused_alike(run_cli, command: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    result = run_cli(*command, "--workers", str(MAX_WORKERS + 1))
    assert result.exit_code == 2
    assert "Invalid value for '--workers'" in result.stderr and str(MAX_WORKERS) in result.stderr
