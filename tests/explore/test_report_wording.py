"""The explore report's wording (review 2): labels over a subset that varies by plan, headlines
that answer the title, percentage points, the design in words, one verdict rule, not-read
levers, DuckDB's suggestions, degenerate boxes, integers and units."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.explore.test_analysis import synthetic_store

from reassure.run.explore.design import unit_design
from reassure.run.explore.store import read_manifest, write_manifest

LONG_LABEL = ("Start to first unit on scene, 90th percentile, of answered calls: 100% of incidents needing a "
              "response with the US backstop, 47% without, support-force reinforcements included; its tail is set "
              "by the support force's readiness (support_force.readiness), which calls escalated after "
              "incidents.max_wait wait for (hours)")


def _factorial_store(out: Path, outcome: str = "test.y", paths: list[str] | None = None) -> None:
    unit = unit_design("factorial", 3, samples=1, levels=2, second_order=False, seed=0, choices=[2, 2, 2])
    synthetic_store(out, "factorial", unit, ["first", "second", "third"], 0.0, 1.0,
                    lambda x: 10.0 * (x[:, 0] < 0.5) - 4.0 * (x[:, 1] < 0.5) + 0.1 * (x[:, 2] < 0.5),
                    choices={n: [True, False] for n in ("first", "second", "third")},
                    levers={"first", "second", "third"}, outcome=outcome, paths=paths)


def test_subset_figure_gets_a_short_label_and_one_footnote(tmp_path: Path) -> None:
    from reassure.present.explore_report import column_table, render_explore_report
    from reassure.run.explore.analyse import analyse
    from reassure.run.explore.figures import explore_meta

    meta = explore_meta("incidents.respond_h_p90", {"label": LONG_LABEL, "unit": "h", "digits": 1})
    assert meta["label"] == "Start to first unit on scene, 90th percentile over answered calls"
    assert meta["subset"] == "answered calls"
    assert explore_meta("monitoring.airframes", {"label": "Airframes the fleet needs", "unit": ""})["unit"] == "airframes"
    _factorial_store(tmp_path)
    (tmp_path / "outcome_figures.json").write_text(json.dumps({"test.y": {"label": LONG_LABEL, "unit": "h"}}))
    a = analyse(tmp_path, "test.y")
    page = render_explore_report(read_manifest(tmp_path), a, None)
    assert "47% without" not in page  # the base plan's share, wrong for every other plan
    assert page.count("over answered calls") >= 3  # each lever row, short
    assert page.count("† Start to first unit on scene") == 1  # one footnote for the table
    assert "reached within the standard first" in page
    rows = column_table(read_manifest(tmp_path), {"test.y": explore_meta("test.y", {"label": LONG_LABEL, "unit": "h"})})
    assert all("varies by plan" in r["meaning"] and "47%" not in r["meaning"] for r in rows if r["column"].startswith("test_y"))


def _title_store(out: Path) -> None:
    unit = unit_design("lhs", 3, samples=300, levels=4, second_order=False, seed=6)
    synthetic_store(out, "lhs", unit, ["target", "a", "b"], 0.0, 1.0,
                    lambda x: np.where(((x[:, 0] >= 1 / 3) & (x[:, 1] < 0.4)) | (x[:, 0] >= 2 / 3), 0.0, 100.0),
                    choices={"target": [20000, 25000, 30000]}, levers={"target"})
    manifest = read_manifest(out)
    manifest["experiment"]["title"] = "What drives whether 25,000 troops can be fielded?"
    manifest["factors"][0]["unit"] = "troops"
    write_manifest(out, manifest)


def test_headline_answers_the_setting_the_title_asks_about(tmp_path: Path) -> None:
    from reassure.run.explore.analyse import analyse

    _title_store(tmp_path)
    a = analyse(tmp_path, "test.y", fail="test_y_with_us < 50")
    at = next(g for g in a.discovery if g["setting"] == {"target": 25000})
    held = at["n"] - at["failing"]
    assert a.headline.startswith(f"At 25,000 troops (target), {held} of {at['n']} plans hold with the US")
    assert "they fail mainly when a at most 0.4" in a.headline
    # Each sentence starts with a capital; the lever settings keep their thousands separators.
    assert all(s[0].isupper() for s in a.headline.split(". ") if s)
    assert "By lever setting" in a.headline and "20,000 troops (target)" in a.headline
    assert "20000" not in a.headline


def test_differences_of_percentages_are_percentage_points() -> None:
    from reassure.run.explore.analyse import diff_text

    assert diff_text(35.9, 0.0509, "%") == "35.9 percentage points (95% interval ± 0.0509)"
    assert diff_text(35.9, 2.03e-14, "%") == "35.9 percentage points (95% interval ± 0)"
    assert diff_text(-21.2, 68.7, "h") == "-21.2 h (95% interval ± 68.7)"
    assert diff_text(4.0, None, "orbit") == "4 orbits"


def test_design_in_words_from_its_factors_and_no_dummy_row_claimed(tmp_path: Path) -> None:
    from reassure.present.explore_report import design_text, render_explore_report
    from reassure.run.explore.analyse import analyse

    _factorial_store(tmp_path)
    manifest = read_manifest(tmp_path)
    assert design_text(manifest) == "a full factorial: 3 inputs on or off (2^3 = 8 experiments)"
    page = render_explore_report(manifest, analyse(tmp_path, "test.y"), None)
    assert "levels per range" not in page and "the dummy row" not in page
    assert "no dummy row" in page and "touches zero" in page


@given(st.floats(0.001, 100), st.floats(-0.4, 0.4))
def test_an_interval_that_touches_zero_as_printed_is_never_distinguishable(c: float, jitter: float) -> None:
    from reassure.run.explore.analyse import _as_printed, _judge

    v = c * (1 + jitter * 1e-3)  # within printing precision of the half-width
    rows = [{"factor": "x", "effect": -v, "effect_conf": c}]
    _judge(rows, "effect", "effect_conf", None, two_sided=True)
    v_p, c_p = _as_printed(v, c)
    assert rows[0]["distinguishable"] == (v_p - c_p > 0)
    rows = [{"factor": "x", "effect": -0.051, "effect_conf": 0.051}]
    _judge(rows, "effect", "effect_conf", None, two_sided=True)
    assert rows[0]["distinguishable"] is False


def test_lever_not_read_by_the_outcome_model_says_so(tmp_path: Path) -> None:
    from reassure.present.explore_report import render_explore_report
    from reassure.run.explore.analyse import analyse, outcome_reads, reads_path

    paths = ["us_backstop.isr", "us_backstop.airlift", "us_backstop.tanker"]
    reads = outcome_reads("monitoring.pd_1h_pct")
    assert reads is not None and not reads_path("us_backstop.airlift", reads)
    _factorial_store(tmp_path, outcome="monitoring.pd_1h_pct", paths=paths)
    a = analyse(tmp_path, "monitoring.pd_1h_pct")
    rows = {r["lever"]: r for r in a.lever_effects}
    assert rows["second"]["read"] is False
    page = render_explore_report(read_manifest(tmp_path), a, None)
    table = page[page.index("What the plan loses without each US enabler"):]
    unread = sum(not r["read"] for r in rows.values())
    assert table.count("not read by this outcome's model</td>") == 2 * unread  # with-US and without-US cells
    assert '<td class="n">0 ' not in table


def test_each_range_lever_row_names_its_own_thirds(tmp_path: Path) -> None:
    from reassure.run.explore.analyse import analyse

    unit = unit_design("lhs", 2, samples=60, levels=4, second_order=False, seed=2)
    synthetic_store(tmp_path, "lhs", unit, ["orbits", "end_km"], 0.0, 1.0, lambda x: 10 * x[:, 0],
                    levers={"orbits", "end_km"})
    manifest = read_manifest(tmp_path)
    manifest["factors"][1]["unit"] = "km"
    write_manifest(tmp_path, manifest)
    rows = {r["lever"]: r for r in analyse(tmp_path, "test.y").lever_effects}
    assert rows["orbits"]["first"] != rows["end_km"]["first"]
    assert rows["end_km"]["first"].endswith(" km)") and rows["end_km"]["last"].startswith("bottom third (")


def test_query_typo_keeps_duckdbs_suggestion(tmp_path: Path) -> None:
    from reassure.errors import ReassureError
    from reassure.run.explore.store import query

    _factorial_store(tmp_path)
    with pytest.raises(ReassureError) as err:
        query(tmp_path, "SELECT frist FROM results")
    text = str(err.value)
    assert "\n" not in text and "Candidate bindings" in text and '"first"' in text
    with pytest.raises(ReassureError, match='Did you mean "results"'):
        query(tmp_path, "SELECT * FROM reslts")


def test_too_few_failing_points_give_no_box(tmp_path: Path) -> None:
    from reassure.run.explore.analyse import analyse

    unit = unit_design("lhs", 2, samples=40, levels=4, second_order=False, seed=3)
    synthetic_store(tmp_path, "lhs", unit, ["a", "b"], 0.0, 1.0, lambda x: np.where(x[:, 0] == x[:, 0].max(), 0.0, 100.0))
    a = analyse(tmp_path, "test.y", fail="test_y_with_us < 50")
    group = a.discovery[0]
    assert group["prim"] == [] and group["cart"] == []
    failing = int(np.flatnonzero(unit[:, 0] == unit[:, 0].max())[0])
    assert f"only 1 evaluation fails (design point {failing}): too few for a box" in group["note"]


def test_integers_and_units_read_as_such() -> None:
    from reassure.run.explore.analyse import plural_unit, setting_value, setting_words
    from reassure.run.explore.prim import Box

    box = Box({"orbits": (0.0, 10.5)}, {}, restricted=["orbits"], full={"orbits": (0.0, 12.0)}, integer={"orbits"})
    assert box.words() == "orbits at most 10"
    box = Box({"orbits": (3.5, 12.0)}, {}, restricted=["orbits"], full={"orbits": (0.0, 12.0)}, integer={"orbits"})
    assert box.words() == "orbits at least 4"
    assert setting_value(20000.0) == "20,000" and setting_value(1.0) == "1" and setting_value(0.25) == "0.25"
    assert setting_words({"name": "force_target_troops", "unit": "troops"}, 20000) == "20,000 troops (force_target_troops)"
    assert setting_words({"name": "us_backstop_isr"}, True) == "us_backstop_isr on"
    assert plural_unit("year", 30) == "years" and plural_unit("day", 1) == "day" and plural_unit("km", 5) == "km"
    from reassure.present.explore_report import _plural_tail

    assert _plural_tail("20–30 year") == "20–30 years" and _plural_tail("2–7 day") == "2–7 days"
    assert _plural_tail("1 day") == "1 day" and _plural_tail("9,000–10,000 troops") == "9,000–10,000 troops"


def test_integer_levers_print_as_integers_in_query(tmp_path: Path) -> None:
    from reassure.present.explore_cli import query_text

    unit = unit_design("lhs", 2, samples=6, levels=4, second_order=False, seed=1)
    synthetic_store(tmp_path, "lhs", unit, ["orbits", "b"], 0.0, 1.0, lambda x: x[:, 0], levers={"orbits"})
    manifest = read_manifest(tmp_path)
    manifest["factors"][0]["integer"] = True
    write_manifest(tmp_path, manifest)
    # the synthetic store holds fractions: a column with a non-whole value stays as it is
    assert "." in query_text(tmp_path, "SELECT orbits FROM results", "csv").splitlines()[1]
    text = query_text(tmp_path, "SELECT round(orbits * 12) AS orbits, b FROM results ORDER BY orbits", "csv")
    assert all(line.split(",")[0].isdigit() for line in text.splitlines()[1:]), text


def test_a_target_chance_label_does_not_name_the_base_plans_target() -> None:
    """An experiment may vary `force.target_troops` (what-drives-25000 does): the label of the
    chance the target is fielded must not carry the base plan's 30,000 into every plan's row."""
    from reassure.run.explore.figures import explore_meta

    meta = {"label": "Chance the high end of the target (30,000 troops) is fielded, given who may not join",
            "unit": "%"}
    label = explore_meta("force.p_target_met_pct", meta)["label"]
    assert "30,000" not in label and label.startswith("Chance the high end of the target is fielded")
