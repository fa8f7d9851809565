"""Review r8, items 8 and 12, for experiment files: a bad `fail` is refused at its line before any
evaluation runs; every problem of a file is printed; a list of strings is not called a table;
no message is cut in the middle of a sentence. The bad files are in tests/explore/bad/."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reassure.errors import ReassureError, ScenarioFieldError, problem_lines
from reassure.run.explore.design import build_plan
from reassure.spec.experiment import load_experiment, ordinal_hint

BAD = Path(__file__).parent / "bad"


def line_of(path: Path, start: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if line.startswith(start))


def test_a_misspelt_fail_column_stops_the_run_before_any_evaluation(tmp_path: Path, run_cli) -> None:
    path = BAD / "fail-misspelt-column.toml"
    out = tmp_path / "out"
    proc = run_cli("explore", path, "--out", out)
    lines = proc.stderr.strip().splitlines()
    assert proc.exit_code == 2 and "Traceback" not in proc.stderr, proc.stderr
    assert lines[0] == (f"error: {path}:{line_of(path, 'fail =')}: fail names no column of the results: "
                        "'incidents_detected_pct_without'; did you mean 'incidents_detected_pct_without_us'? "
                        "(got 'incidents_detected_pct_without < 80')"), lines[0]
    # what was expected: the columns it may use, every one of them, on the next line
    assert lines[1] == ("  the columns it may use: outcome columns incidents_detected_pct_with_us, "
                        "incidents_detected_pct_without_us; input columns monitoring_jamming_events, "
                        "european_orbits; and experiment_id, replication, seed, scenario, error"), lines[1]
    assert "--fail" not in proc.stderr  # no flag was given
    assert "exploring" not in proc.stderr and "checking outcomes" not in proc.stderr
    assert not (out / "batches").exists() and not (out / "manifest.json").exists()


def test_a_fail_condition_cut_short_is_refused_at_its_line(tmp_path: Path) -> None:
    from reassure.run.explore.execute import check_fail

    path = BAD / "fail-syntax.toml"
    loaded = load_experiment(path)
    with pytest.raises(ScenarioFieldError) as info:
        check_fail(build_plan(loaded), loaded)
    first, columns = str(info.value).split("\n")
    assert first.startswith(f"{path}:{line_of(path, 'fail =')}: fail is not a condition DuckDB can evaluate "
                            "on the results (Parser Error: syntax error"), first
    assert columns.startswith("  the columns it may use: outcome columns incidents_detected_pct_with_us")


def test_a_good_fail_passes_the_check(tmp_path: Path) -> None:
    from reassure.run.explore.execute import check_fail, result_columns

    text = (BAD / "fail-misspelt-column.toml").read_text().replace(
        "incidents_detected_pct_without < 80", "incidents_detected_pct_without_us < 80 OR european_orbits < 2")
    path = tmp_path / "good.toml"
    path.write_text(text)
    loaded = load_experiment(path)
    plan = build_plan(loaded)
    check_fail(plan, loaded)  # no error
    assert result_columns(plan)["european_orbits"] == "DOUBLE"


def _store_with_fail(out: Path, fail: str | None) -> None:
    import json

    import numpy as np

    from reassure.run.explore.design import unit_design

    from .test_analysis import synthetic_store

    unit = unit_design("lhs", 2, samples=30, levels=4, second_order=False, seed=1)
    synthetic_store(out, "lhs", unit, ["a", "b"], 0.0, 1.0, lambda x: 100 * x[:, 0])
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["fail"] = fail
    manifest["experiment"].update({"file": "exp.toml", "text": 'schema = 1\n\nfail = "test_y_without < 5"\n'})
    (out / "manifest.json").write_text(json.dumps(manifest))
    assert np.isfinite(unit).all()


def test_analyse_checks_the_failure_condition_before_any_index(tmp_path: Path, monkeypatch) -> None:
    from reassure.run.explore import analyse as module

    _store_with_fail(tmp_path, None)
    called = []
    monkeypatch.setattr(module, "_sensitivity", lambda *a, **k: called.append(1))
    with pytest.raises(ReassureError) as info:
        module.analyse(tmp_path, "test.y", fail="test_y_withus < 50")
    assert str(info.value).startswith("--fail 'test_y_withus < 50' names no column of the results: "
                                      "'test_y_withus'; did you mean 'test_y_with_us'?\n  the columns it may use: ")
    assert not called  # refused before the sensitivity analysis ran


def test_the_runs_own_bad_fail_names_the_file_line_not_a_flag(tmp_path: Path) -> None:
    from reassure.run.explore.analyse import analyse

    _store_with_fail(tmp_path, "test_y_without < 5")
    with pytest.raises(ReassureError) as info:
        analyse(tmp_path, "test.y")
    message = str(info.value)
    assert message.startswith("exp.toml:3: fail (the run's stored condition) names no column of the results: "
                              "'test_y_without'; did you mean 'test_y_without_us'?"), message
    assert "--fail" in message.split("\n")[0] and "give --fail to analyse with another" in message


def test_every_problem_of_an_experiment_file_is_printed(tmp_path: Path, run_cli) -> None:
    path = BAD / "only-a-name.toml"
    proc = run_cli("explore", path, "--out", tmp_path / "out")
    lines = proc.stderr.strip().splitlines()
    assert proc.exit_code == 2
    assert [re.sub(r"^error: \S+:\d+: ", "", line) for line in lines] == [
        "title is required", "scenarios is required", "seed is required", "outcomes is required",
        "design is required"], lines
    assert "more problem" not in proc.stderr


def test_at_most_ten_problems_are_printed_and_the_rest_counted() -> None:
    problems = tuple(ScenarioFieldError("x.toml", "is required", field=f"f{i}", line=i + 1) for i in range(13))
    err = ScenarioFieldError("x.toml", "is required", field="f0", line=1, more=12)
    err.problems = problems
    lines = problem_lines(err)
    assert len(lines) == 11 and lines[:10] == [str(p) for p in problems[:10]]
    assert lines[10] == "x.toml: 3 more problems (the first 10 of 13 are shown; fix them and run again)"


def test_a_list_of_strings_is_not_called_a_table() -> None:
    assert ordinal_hint(("levers", 1, "low")) == " (levers[1] is the 2nd [[levers]]; indexes count from 0)"
    assert ordinal_hint(("uncertainties", "factor", 0, "path")).endswith("is the 1st [[uncertainties.factor]]; "
                                                                        "indexes count from 0)")
    hint = ordinal_hint(("outcomes", 0))
    assert hint == " (outcomes[0] is the 1st entry of outcomes = [...]; indexes count from 0)"
    assert "[[" not in hint
    assert ordinal_hint(("outcomes", 0), echoed=True) == ""  # "(got 'x')" already says which


def test_an_unknown_scenario_is_named_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    # A relative path, so the message starts as a reader would type it (a deep path no longer
    # cuts the list: test_a_deep_path_does_not_cut_the_explanation).
    monkeypatch.chdir(BAD)
    path = Path("unknown-scenario.toml")
    with pytest.raises(ReassureError) as info:
        build_plan(load_experiment(path))
    message = str(info.value)
    assert message.startswith(f"{path}:{line_of(path, 'scenarios =')}: scenarios[0] names no scenario file or "
                              "shipped scenario; did you mean 'europe-2025'? (shipped: "), message
    assert message.endswith("ukraine-request) (got 'europe-2052')"), message
    assert "[[scenarios]]" not in message and "..." not in message


@pytest.mark.parametrize("path", sorted((Path(__file__).resolve().parents[2] / "experiments").glob("*.toml")),
                         ids=lambda p: p.stem)
def test_every_shipped_fail_condition_passes_the_check(path: Path) -> None:
    from reassure.run.explore.execute import check_fail

    loaded = load_experiment(path)
    check_fail(build_plan(loaded), loaded)


def test_a_fraction_threshold_on_a_percent_outcome_is_warned_before_the_run() -> None:
    from types import SimpleNamespace

    from reassure.run.explore.execute import fail_scale_warnings

    plan = SimpleNamespace(fail="incidents_detected_pct_without_us < 0.8",
                           outcomes=("incidents.detected_pct",))
    base = {"incidents.detected_pct/with_us": 55.0, "incidents.detected_pct/without_us": 18.8}
    assert fail_scale_warnings(plan, base) == [  # type: ignore[arg-type]
        "fail compares incidents_detected_pct_without_us < 0.8, but the base plan's "
        "incidents_detected_pct_without_us is 18.8 (a percentage or a count, not a fraction): did you mean 80?"]
    plan.fail = "incidents_detected_pct_without_us < 80"
    assert fail_scale_warnings(plan, base) == []  # type: ignore[arg-type]
