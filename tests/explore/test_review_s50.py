"""Review s50: every number an experiment file sets has a reason, as a scenario file's has. A
`[constants]` value is a table with its source or assumption (a bare `"force.tour" = 6` held a
number with no reason); the source ids of a factor or a constant must be sources of the base
scenario (an unknown id was stored, and the report's link led nowhere)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reassure.errors import ReassureError
from reassure.run.explore.design import build_plan
from reassure.spec.experiment import load_experiment

from .conftest import TINY


def _file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "e.toml"
    path.write_text(text, encoding="utf-8")
    return path


def _line(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize("bare, shown", [("6", "6"), ("false", "false"), ('"willing"', '"willing"'), ("6.5", "6.5")])
def test_a_bare_constant_is_refused_with_the_table_to_write(tmp_path: Path, bare: str, shown: str) -> None:
    text = TINY + f'\n[constants]\n"force.tour" = {bare}\n'
    with pytest.raises(ReassureError) as info:
        load_experiment(_file(tmp_path, text))
    message = str(info.value)
    assert f"e.toml:{_line(text, 'force.tour')}:" in message
    assert "needs its provenance" in message
    assert f'{{ value = {shown}, assumption = "why" }}' in message and f"(got the bare value {shown})" in message
    assert "Traceback" not in message


@pytest.mark.parametrize("table, pattern", [
    ('{ value = 6 }', r"needs provenance: give `source"),
    ('{ value = 6, assumption = "x" }', r"is too short to say why"),
    ('{ value = 6, assumption = "six-month tours here", colour = 1 }', r"colour is not a known field"),
])
def test_a_constant_table_needs_a_reason_and_known_fields(tmp_path: Path, table: str, pattern: str) -> None:
    with pytest.raises(ReassureError, match=pattern):
        load_experiment(_file(tmp_path, TINY + f'\n[constants]\n"force.tour" = {table}\n'))


def test_a_source_id_the_scenario_does_not_cite_is_refused(tmp_path: Path) -> None:
    text = TINY + '\n[constants]\n"force.tour" = { value = 6, source = ["sed-000"] }\n'
    with pytest.raises(ReassureError) as info:
        build_plan(load_experiment(_file(tmp_path, text)))
    message = str(info.value)
    assert "constants" in message and "names no source of scenario europe-2025" in message
    assert "did you mean 'seed-000'" in message and "sed-000" in message


def test_a_factor_source_id_is_checked_too(tmp_path: Path) -> None:
    text = TINY.replace('assumption = "test range (for a test)"', 'source = ["seed-001", "nope-2025"]', 1)
    assert text != TINY
    with pytest.raises(ReassureError, match=r"uncertainties\.factor\[0\]\.source\[1\] names no source of scenario "
                                            r"europe-2025.*nope-2025"):
        build_plan(load_experiment(_file(tmp_path, text)))


@pytest.mark.parametrize("unit, pattern", [
    ("weeks", r'constants\."force\.tour"\.unit must be a unit of time as force\.tour is \(.*\); did you mean \'week\'.*'
              r"got 'weeks'"),
    ("troops", r"must be a unit of time as force\.tour is"),
])
def test_a_constant_unit_is_checked_against_the_scenario(tmp_path: Path, unit: str, pattern: str) -> None:
    text = TINY + f'\n[constants]\n"force.tour" = {{ value = 6, unit = "{unit}", assumption = "six-month tours (test)" }}\n'
    with pytest.raises(ReassureError, match=pattern):
        build_plan(load_experiment(_file(tmp_path, text)))


def test_a_constant_in_another_unit_is_converted_and_a_likely_slip_warned(tmp_path: Path) -> None:
    """review s50 (a newcomer): `{ value = 45 }` on a threshold in hours was read as 45 h, without
    a word; `unit = "min"` was refused. Now the unit converts, and the bare slip is warned."""
    text = TINY + ('\n[constants]\n"incidents.response_threshold" = { value = 45, unit = "min", '
                   'assumption = "a stricter 45-minute standard" }\n')
    plan = build_plan(load_experiment(_file(tmp_path, text)))
    assert plan.constants["incidents.response_threshold"] == pytest.approx(0.75)
    assert plan.constant_provenance["incidents.response_threshold"]["value"] == 45
    assert plan.warnings == ()
    slip = text.replace('unit = "min", ', "")
    plan = build_plan(load_experiment(_file(tmp_path, slip)))
    assert plan.constants["incidents.response_threshold"] == 45
    (warning,) = plan.warnings
    assert warning.endswith("did you mean 45 min?"), warning
    assert f"e.toml:{_line(slip, 'incidents.response_threshold')}: " in warning and "is 45 h" in warning


def test_a_constant_on_a_sourced_range_is_held_not_refused(tmp_path: Path) -> None:
    """review s50: with `sourced_ranges = true` (the default), a constant on a ranged quantity was
    refused as "also a factor", of a factor the file never declared; the file's constant wins."""
    text = TINY.replace("sourced_ranges = false", "sourced_ranges = true") + (
        '\n[constants]\n"force.target_troops" = { value = 25000, unit = "troops", source = ["seed-000"] }\n')
    plan = build_plan(load_experiment(_file(tmp_path, text)))
    assert "force.target_troops" not in {f.path for f in plan.factors}
    assert plan.constants["force.target_troops"] == 25000


def test_the_reason_reaches_the_manifest_and_the_report(tmp_path: Path, run_cli: Any) -> None:
    text = TINY + ('\n[constants]\n"force.tour" = { value = 6, unit = "month", assumption = "six-month tours, as planned" }\n'
                   '"us_backstop.air_defence" = { value = false, source = ["seed-000"] }\n')
    path = _file(tmp_path, text)
    plan = build_plan(load_experiment(path))
    assert plan.constants == {"force.tour": 6, "us_backstop.air_defence": False}
    assert plan.constant_provenance["us_backstop.air_defence"]["source"] == ["seed-000"]
    out = run_cli("explore", path, "--out", tmp_path / "out", "--limit", "2")
    assert out.exit_code == 0, out.stderr
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "<td>force.tour</td><td>6</td><td>six-month tours, as planned</td>" in html
    assert "<td>us_backstop.air_defence</td><td>off</td><td><a href=\"#src-seed-000\">seed-000</a></td>" in html
    assert "<li id='src-seed-000'>★ " in html  # a held value's source is among those marked


def test_a_range_that_draws_fractions_of_a_whole_number_field_is_refused_before_the_run(tmp_path: Path) -> None:
    """review s50 (a newcomer): orbits from 2 to 10 without `integer = true` passed the checks (both
    ends are whole), then the model refused every draw between them and the run exited 0."""
    text = TINY.replace("integer = true\n", "")
    assert text != TINY
    with pytest.raises(ReassureError) as info:
        build_plan(load_experiment(_file(tmp_path, text)))
    message = str(info.value)
    assert "levers[1].integer is needed: monitoring.fleets[2].orbits takes whole numbers" in message
    # at the lever's own [[levers]] line (no `integer` key stands in it yet)
    header = _line(text, 'path = "monitoring.fleets[2].orbits"') - 1
    assert text.splitlines()[header - 1] == "[[levers]]" and message.startswith(f"{tmp_path / 'e.toml'}:{header}:"), message


def test_a_run_whose_every_variant_is_refused_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """review s50: every variant refused exited 0, with a report of nothing; now it is an error
    naming the first refusal, and the results are kept."""
    from reassure.errors import ModelError
    from reassure.present import explore_cli
    from reassure.run.explore import evaluate as evaluate_module

    real = evaluate_module.evaluate

    def refuse(*args: Any, **kwargs: Any) -> Any:
        if kwargs.get("seed") == 0:  # the check before the run (`check_outcomes`) is let through
            return real(*args, **kwargs)
        raise ModelError("force.target_troops = 1: refused for the test")

    monkeypatch.setattr(evaluate_module, "evaluate", refuse)
    path = _file(tmp_path, TINY)
    with pytest.raises(ReassureError, match=r"the model refused every one of the 2 variants run, so there is nothing "
                                            r"to analyse: force\.target_troops = 1: refused for the test; the results "
                                            r"are kept in"):
        explore_cli.run_experiment(path, tmp_path / "out", workers=1, address=None, resume=False, report=False, limit=2)
    assert any((tmp_path / "out").glob("batches/*.parquet"))


def test_a_box_barely_above_the_base_rate_is_no_condition() -> None:
    """review s49: "fails mainly when" named a box failing 82% of the time beside 79% overall."""
    from types import SimpleNamespace

    from reassure.run.explore.analyse import _a_condition

    n_fail = 790  # of 1,000 evaluations
    barely = SimpleNamespace(density=0.82, coverage=82 / n_fail, mass=0.1)  # 82 of 100 fail
    assert not _a_condition(barely, 0.79, n_fail)
    clear = SimpleNamespace(density=0.97, coverage=97 / n_fail, mass=0.1)  # 97 of 100 fail
    assert _a_condition(clear, 0.79, n_fail)


@settings(max_examples=60, deadline=None)
@given(inside=st.integers(5, 400), base=st.floats(0.05, 0.95), extra=st.floats(0.0, 0.5))
def test_the_box_test_never_passes_a_box_at_the_base_rate(inside: int, base: float, extra: float) -> None:
    from reassure.run.explore.analyse import box_p_value

    at_base = round(inside * base)
    assert box_p_value(at_base, inside, base) > 0.05 or at_base == inside
    more = min(inside, at_base + round(inside * extra))
    assert box_p_value(more, inside, base) <= box_p_value(at_base, inside, base) + 1e-12  # more failures, no weaker


def test_a_lever_held_as_noise_is_not_distinguishable_in_the_main_effects_table_either() -> None:
    """review s49: on us-enablers the main-effects table called the tanker's 0.07-point effect
    "distinguishable from noise" while the lever table, which also holds it against the dummy's
    feature score, called it noise. One verdict now, in both tables, with the reason."""
    from reassure.present.explore_report import verdict_text
    from reassure.run.explore.analyse import Analysis, _mark_noise

    a = Analysis(outcome="incidents.detected_pct", column="incidents_detected_pct_with_us", label="Detected",
                 n_evaluations=64, n_experiments=64, complete=True, stats={})
    a.indices["main_effects"] = [{"factor": "tanker", "effect": 0.07, "effect_conf": 0.05, "distinguishable": True},
                                 {"factor": "isr", "effect": 9.0, "effect_conf": 0.5, "distinguishable": True}]
    a.dummy_score, a.within_noise = 0.02, {"tanker": 0.01}
    a.lever_effects = [{"lever": lever, "outcome": "incidents.detected_pct", "label": "Detected", "unit": "%",
                        "with_us": v, "with_us_conf": c, "without_us": float("nan"), "without_us_conf": float("nan")}
                       for lever, v, c in (("tanker", 0.07, 0.05), ("isr", 9.0, 0.5))]
    _mark_noise(a, {"outcomes": ["incidents.detected_pct"]})
    tanker, isr = a.indices["main_effects"]
    assert a.lever_effects[0]["with_us_noise"].startswith("cannot be told from noise with 64 experiments: its feature score")
    assert tanker["distinguishable"] is False and isr["distinguishable"] is True
    assert verdict_text(tanker, "effect_conf").startswith("not distinguishable from noise (its feature score (0.010) is at "
                                                          "or below the dummy's (0.020)")
    assert verdict_text(isr, "effect_conf") == "distinguishable from noise"


def test_a_third_of_a_range_holding_one_value_is_said_as_that_value() -> None:
    import pandas as pd

    from reassure.run.explore.analyse import _span_text

    assert _span_text(pd.Series([5.0, 5.0]), "month") == "5 months"
    assert _span_text(pd.Series([4.0, 6.0]), "month") == "4 to 6 months"
    assert _span_text(pd.Series([1.0]), "orbits") == "1 orbit"  # review s49: "1 orbits"
    assert _span_text(pd.Series([0.0, 1.0]), "orbits") == "0 to 1 orbits"
    assert _span_text(pd.Series([2.5, 3.0]), "") == "2.5 to 3"


def test_a_constant_is_in_each_base_scenarios_own_unit(tmp_path: Path) -> None:
    """review of s50: a constant in minutes was converted to the first scenario's hours (0.75) and
    applied to a second scenario counting minutes (0.75 min)."""
    (tmp_path / "thr-min.toml").write_text(
        'schema = 1\nname = "thr-min"\nextends = "europe-2025"\n\n[incidents]\n'
        'response_threshold = { value = 60, unit = "min", assumption = "the same hour, in minutes (test)" }\n',
        encoding="utf-8")
    text = TINY.replace('scenarios = ["europe-2025"]', 'scenarios = ["europe-2025", "thr-min.toml"]') + (
        '\n[constants]\n"incidents.response_threshold" = { value = 45, unit = "min", assumption = "a tighter threshold (test)" }\n')
    plan = build_plan(load_experiment(_file(tmp_path, text)))
    held = {base: overrides["incidents.response_threshold"]
            for base, overrides in (plan.overrides(e) for e in range(plan.n_experiments))}
    assert held == {0: pytest.approx(0.75), 1: 45}, held
    assert plan.warnings == ()  # the unit is written: no "did you mean"


def test_a_source_id_of_any_base_scenario_is_accepted(tmp_path: Path) -> None:
    """review of s50: with two base scenarios, an id only the second cites was refused; the
    report lists every base scenario's sources."""
    text = TINY.replace('scenarios = ["europe-2025"]', 'scenarios = ["europe-2025", "coalition-2025-09"]').replace(
        'assumption = "test range (for a test)"', 'source = ["jt-no-us-air"]', 1)
    plan = build_plan(load_experiment(_file(tmp_path, text)))
    assert any("jt-no-us-air" in f.source for f in plan.factors)
    bad = text.replace('source = ["jt-no-us-air"]', 'source = ["jt-no-us-aire"]', 1)
    with pytest.raises(ReassureError, match=r"names no source of any base scenario; did you mean 'jt-no-us-air'"):
        build_plan(load_experiment(_file(tmp_path, bad)))


def test_the_2025_26_plans_sourced_ranges_can_be_explored(tmp_path: Path) -> None:
    """review of s50: with the default sourced ranges, mnf-u-2026 was refused ("monitoring.band.
    attrition.male-uav is not a scenario path": a sensor id holds "-"), and once read, every draw
    of its 18-35 fighters was refused as a fraction of an aircraft."""
    text = ('schema = 1\nname = "mnf"\ntitle = "what drives mnf-u"\nscenarios = ["mnf-u-2026"]\nseed = 3\nruns = 1\n'
            'outcomes = ["incidents.detected_pct"]\n[design]\nkind = "lhs"\nsamples = 4\n')
    plan = build_plan(load_experiment(_file(tmp_path, text)))
    by_path = {f.path: f for f in plan.factors}
    assert "monitoring.band.attrition.male-uav" in by_path
    assert by_path["air_policing.committed_aircraft"].integer is True
    assert not by_path["monitoring.band.attrition.male-uav"].integer
    from reassure.run.explore.evaluate import apply_overrides

    base, overrides = plan.overrides(0)
    apply_overrides(plan.scenarios[base], overrides, reason="a test of the first design point")  # accepted
