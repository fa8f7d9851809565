"""Review s53 (robustness), explore: a constant or a factor on a quantity's part is refused with
the web editor's rule (1, 5), a meaningless reason is refused (2), a run stopped while writing
its report says how to continue (4), and the workers said are the workers used (9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.errors import ReassureError

HEAD = """schema = 1
name = "c"
title = "constants test"
scenarios = ["europe-2025"]
seed = 5
outcomes = ["force.p_target_met_pct"]
[design]
kind = "lhs"
samples = {samples}
[uncertainties]
sourced_ranges = false
[[levers]]
path = "force.target_troops"
low = 15000
high = 30000
note = "planner span"
"""


def _plan_error(tmp_path: Path, extra: str) -> ReassureError:
    from reassure.run.explore.design import build_plan
    from reassure.spec.experiment import load_experiment

    path = tmp_path / "c.toml"
    path.write_text(HEAD.format(samples=2) + extra)
    with pytest.raises(ReassureError) as caught:
        build_plan(load_experiment(path))
    return caught.value


def test_a_constant_on_a_quantitys_value_is_refused(tmp_path: Path) -> None:
    error = _plan_error(tmp_path, '[constants]\n"force.tour.value" = { value = 5, assumption = "twelve chars plus" }\n')
    said = str(error)
    assert "c.toml:18" in said and "is not an editable parameter; did you mean 'force.tour'?" in said, said


@pytest.mark.parametrize(("path", "quantity"), [("force.tour.value", "force.tour"),
                                                ("force.target_troops.high", "force.target_troops")])
def test_a_factor_on_a_quantitys_part_says_to_vary_the_quantity(tmp_path: Path, path: str, quantity: str) -> None:
    error = _plan_error(tmp_path, f'[[uncertainties.factor]]\npath = "{path}"\nlow = 3\nhigh = 9\n'
                                  'assumption = "twelve chars plus"\n')
    said = str(error)
    assert f"uncertainties.factor[0].path is not an editable parameter; did you mean {quantity!r}?" in said, said
    assert "is not a number" not in said


def test_a_constant_of_twelve_dots_is_no_reason(tmp_path: Path) -> None:
    from reassure.spec.experiment import load_experiment

    path = tmp_path / "c.toml"
    path.write_text(HEAD.format(samples=2) + '[constants]\n"force.tour" = { value = 5, unit = "month", '
                    'assumption = "............" }\n')
    with pytest.raises(ReassureError, match=r"c.toml:18: constants.\"force.tour\".assumption says no words"):
        load_experiment(path)


# -- 4: stopped while writing the report ---------------------------------------------------------
def test_a_run_stopped_after_its_evaluations_says_how_to_continue(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import reassure.present.explore_cli as explore_cli
    from reassure.commands import explore
    from reassure.run.explore.store import MANIFEST

    out = tmp_path / "st"
    out.mkdir()
    (out / MANIFEST).write_text("{}")  # the run's store, its evaluations done

    def stopped_in_the_report(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(explore_cli, "run_experiment", stopped_in_the_report)
    with pytest.raises(BaseException) as caught:  # noqa: PT011 - before s53 the KeyboardInterrupt went on
        explore.run(tmp_path / "exp.toml", out=out, workers=2, address=None, resume=False, report=True, limit=3)
    assert isinstance(caught.value, SystemExit) and caught.value.code == 130, repr(caught.value)
    err = " ".join(capsys.readouterr().err.split())
    assert f"Continue with: reassure explore {tmp_path / 'exp.toml'} --out {out} --limit 3 --resume" in err, err

    # no store yet: nothing to continue, the usual "interrupted" (the KeyboardInterrupt goes on)
    with pytest.raises(KeyboardInterrupt):
        explore.run(tmp_path / "exp.toml", out=tmp_path / "none", workers=2, address=None, resume=False,
                    report=True, limit=None)


# -- 9: the workers used, said the same in the estimate and at the end -----------------------------
def test_one_evaluation_runs_and_is_said_to_run_on_one_worker(tmp_path: Path) -> None:
    from reassure.present.explore_cli import estimate_text
    from reassure.run.explore.design import build_plan
    from reassure.run.explore.execute import local_engine, local_workers, run_plan
    from reassure.spec.experiment import load_experiment

    path = tmp_path / "tiny.toml"
    path.write_text(HEAD.format(samples=1))
    summary = run_plan(build_plan(load_experiment(path)), tmp_path / "st", workers=2)
    assert summary["engine"] == "local pool (1 worker)", summary["engine"]
    assert "on 1 worker " in estimate_text(1, 0.5, workers=2, address=None)
    # as many workers as batches at most; more than the cores is said
    assert local_workers(64, 120) == 64 and local_workers(2, 1) == 1 and local_workers(2, 0) == 1
    assert local_engine(1) == "local pool (1 worker)"
    assert "sharing" in local_engine(10_000)


def test_the_estimate_counts_the_cores_more_workers_share(monkeypatch) -> None:  # noqa: ANN001
    """(review s53 9, the lead) 64 workers on 2 cores run two evaluations at a time: the estimate
    was 32 times too short."""
    import os

    from reassure.present.explore_cli import estimate_text

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    text = estimate_text(120, 1.0, workers=64, address=None)
    assert "on 64 workers sharing 2 cores" in text and "1 min" in text, text  # 120 s over 2 cores
    assert "sharing" not in estimate_text(120, 1.0, workers=2, address=None)
