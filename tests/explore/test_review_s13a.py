"""s13 review, explore findings: 8 (a lever on a field left to its shipped default), 9 (a
misspelt outcome reported with the file's other problems), 10 (a plan with no US backstop is
not called "with the US"), 11 (no scientific notation in the text)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import reassure
from reassure.errors import ReassureError

HEAD = """\
schema = 1
name = "s13"
title = "s13 review"
scenarios = ["{base}"]
seed = 3
runs = 1
outcomes = {outcomes}
{fail}

[design]
kind = "lhs"
samples = 4

[uncertainties]
sourced_ranges = false

[[levers]]
path = "{path}"
low = {low}
high = {high}
assumption = "test (for a test)"
"""


def _experiment(tmp_path: Path, *, base: str = "europe-2025", path: str = "force.target_troops",
                low: float = 20000, high: float = 30000, outcomes: str = '["force.p_target_met_pct"]',
                fail: str = "") -> Path:
    file = tmp_path / "x.toml"
    file.write_text(HEAD.format(base=base, path=path, low=low, high=high, outcomes=outcomes, fail=fail),
                    encoding="utf-8")
    return file


@pytest.fixture()
def sweden_open(tmp_path: Path) -> Path:
    """europe-2025 with Sweden's status changed: its p_join is dropped (participation reset), so
    the model uses the shipped default for an "open" nation."""
    child = tmp_path / "swe-open.toml"
    child.write_text('schema = 1\nextends = "europe-2025"\n\n[[contributors]]\nnation = "SWE"\n'
                     'status = "open"\nassumption = "Sweden only open to it in this test"\n', encoding="utf-8")
    return child


# -- 8 --------------------------------------------------------------------------------------
def test_a_lever_may_vary_a_shipped_default(sweden_open: Path, tmp_path: Path) -> None:
    from reassure.run.explore.design import build_plan
    from reassure.run.explore.evaluate import apply_overrides, resolve_path
    from reassure.spec.experiment import load_experiment

    s = reassure.load_scenario(sweden_open)
    assert next(c for c in s.contributors if c.nation == "SWE").p_join is None
    default = resolve_path(s, "contributors[SWE].p_join")
    assert (default.note or "").startswith("shipped default (data/participation.toml, status open")
    varied = apply_overrides(s, {"contributors[SWE].p_join": 0.9}, "will Sweden join?")
    q = next(c for c in varied.contributors if c.nation == "SWE").p_join
    assert q.nominal == 0.9 and q.unit == default.unit and q.assumption == "will Sweden join?"
    plan = build_plan(load_experiment(_experiment(tmp_path, base=str(sweden_open),
                                                  path="contributors[SWE].p_join", low=0.1, high=0.9)))
    (factor,) = plan.factors
    assert "shipped default (data/participation.toml" in factor.base_text


def test_a_field_with_no_shipped_default_says_how_to_set_it(tmp_path: Path) -> None:
    from reassure.run.explore.design import build_plan
    from reassure.spec.experiment import load_experiment

    with pytest.raises(ReassureError) as err:
        build_plan(load_experiment(_experiment(tmp_path, path="support_force.tonnes_per_troop", low=0.1, high=0.3)))
    assert "tonnes_per_troop = { value = ..., unit = \"t\"" in str(getattr(err.value, "note", ""))


# -- 9 --------------------------------------------------------------------------------------
def test_a_misspelt_outcome_is_reported_with_a_bad_fail_at_once(tmp_path: Path) -> None:
    from reassure.run.explore.design import build_plan
    from reassure.run.explore.execute import check_outcomes
    from reassure.spec.experiment import load_experiment

    loaded = load_experiment(_experiment(tmp_path, outcomes='["force.p_target_mett"]',
                                         fail='fail = "force_p_target_mett_with_us < < 50"'))
    with pytest.raises(ReassureError) as err:
        check_outcomes(build_plan(loaded), loaded)
    problems = [str(p) for p in err.value.problems]  # type: ignore[attr-defined]
    assert len(problems) == 2, problems
    assert "outcomes[0] is not a figure" in problems[0] and "did you mean 'force.p_target_met_pct'" in problems[0]
    assert problems[1].split(": ", 1)[1].startswith("fail ")
    assert "force_p_target_mett_with_us," not in getattr(err.value.problems[1], "note", "")  # type: ignore[attr-defined]


# -- 10 -------------------------------------------------------------------------------------
def test_a_run_without_a_us_backstop_is_not_called_with_the_us(tmp_path: Path) -> None:
    from reassure.run.explore.analyse import case_words, no_us_backstop
    from reassure.run.explore.design import build_plan
    from reassure.run.explore.execute import manifest_for
    from reassure.spec.experiment import load_experiment

    manifest = manifest_for(build_plan(load_experiment(_experiment(tmp_path, base="no-us-backstop"))))
    assert manifest["scenarios"][0]["us_backstop"] is False
    assert no_us_backstop(manifest) and case_words(manifest, "with_us") == "as planned (no US backstop)"
    shipped = manifest_for(build_plan(load_experiment(_experiment(tmp_path))))
    assert case_words(shipped, "with_us") == "with the US backstop"
    assert not no_us_backstop({"scenarios": [{"name": "old store"}]})  # written before the key


# -- 11 -------------------------------------------------------------------------------------
@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).filter(lambda x: abs(x) > 1e-6 or x == 0))
def test_numbers_in_explore_text_are_never_in_scientific_notation(x: float) -> None:
    from reassure.run.explore.analyse import plain_number, setting_value

    for text in (plain_number(x), setting_value(x)):
        assert "e" not in text.lower(), text
        back = float(text.replace(",", ""))
        assert math.isclose(back, x, rel_tol=1e-3, abs_tol=1e-6), (x, text)


def test_the_first_explore_run_names_a_misspelt_outcome_and_a_bad_fail(tmp_path: Path, run_cli) -> None:
    file = _experiment(tmp_path, outcomes='["force.p_target_mett", "incidents.detected_pct"]',
                       fail='fail = "incidents_detected_pct_with_us < < 50"')
    out = tmp_path / "out"
    result = run_cli("explore", str(file), "--out", str(out))
    assert result.exit_code == 2, result.stderr
    errors = [line for line in result.error_lines if line.startswith("error: ")]
    assert len(errors) == 2, result.stderr
    assert "outcomes[0] is not a figure" in errors[0] and "did you mean 'force.p_target_met_pct'" in errors[0]
    assert "fail is not a condition" in errors[1]
    assert "force_p_target_mett" not in result.stderr.split(errors[1], 1)[1]  # not offered as a column
    assert not (out / "manifest.json").exists()
