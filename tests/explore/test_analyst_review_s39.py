"""Session 39, a defence-policy analyst's review of `reassure explore`: outcome labels keep no
words that hold for the base plan only; one scenario path is varied by one factor; a variant the
model refused is not counted among the plans that hold."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reassure.run.explore.analyse import analyse, fail_mask
from reassure.run.explore.figures import explore_meta
from reassure.run.explore.store import write_batch, write_manifest, write_table

REPO = Path(__file__).resolve().parents[2]

#: europe-2025's labels as the assessment writes them (true of the base plan only).
BASE_LABELS = {
    "force.p_target_met_pct": "Chance the high end of the target (30,000 troops) is fielded, given who may not join: "
                          "not reachable: the best case, 28,264 troops (14,224 without the US backstop), is below "
                          "the high end (0% by construction, not an estimate)",
    "force.p_target_low_met_pct": "Chance the low end of the target (25,000 troops) is fielded, given who may not join "
                              "(share of the draws over who joins); without the US backstop not reachable: the best "
                              "case, 14,224 troops, is below the low end (0% by construction, not an estimate)",
    "force.max_burden_pct": "Largest share of a nation's army in the pool (with the US backstop: United Kingdom, "
                              "43.3%, by the figure the plan gives for it, over the common sustainable share of 25% "
                              "applied to the others)",
    "monitoring.sized_airframes": "Fewest UAV airframes that keep the target revisit on 95% of the line with the "
                                  "plan's jamming (4.5 outages a day of 1 h each, at random times; hale-uav@LRCK): "
                                  "sized from the candidates, not the plan's fleet",
    "monitoring.sized_airframes_without_jamming": "Fewest UAV airframes that keep the target revisit on 95% of the "
                                                  "line by geometry alone, without jamming (male-uav@LRFT, "
                                                  "hale-uav@LRCK; too few once jamming takes airframes off task: see "
                                                  "the share under it)",
    "incidents.incidents_per_day": "Incidents a day over the 90 days simulated, in which the truce holds on 49% of "
                                   "days, erodes on 22% and breaks down on 29% with and without the US backstop alike "
                                   "(the plan's regime assumptions: incidents.regimes), mostly violation incidents",
    "incidents.incident_respond_h_p50": "Start to first unit on scene, median, of all incidents needing a response, "
                                        "undetected and unanswered counted as never (hours; set by incidents.max_wait "
                                        "(12 h, an assumption of the plan) with the US backstop: calls queue until "
                                        "escalated, so it measures that setting, not how fast a unit arrives; n/a = "
                                        "more than half never reached)",
    "incidents.air_policing_responders": "Response units fielded by the air-policing alert (QRA) stations, of the "
                                         "in-theatre response units (14 with the US backstop, 8 without): "
                                         "qra-romania@LRCK",
}


@pytest.mark.parametrize("key", sorted(BASE_LABELS))
def test_outcome_labels_keep_no_words_of_the_base_plan_alone(key: str) -> None:
    """`reassure explore analyse wd --outcome force.p_target_met_pct` labelled every plan's chance
    "not reachable: the best case, 28,264 troops ..., (0% by construction, not an estimate)": the
    base plan's best case, in a run whose plans reach 100%."""
    label = explore_meta(key, {"label": BASE_LABELS[key], "unit": "%"}, {})["label"]
    for base_only in ("not reachable", "28,264", "14,224", "United Kingdom", "43.3%", "4.5 outages", "@LRCK",
                      "@LRFT", "49% of days", "12 h", "14 with the US"):
        assert base_only not in label, (base_only, label)
    assert "  " not in label and " ," not in label and "()" not in label


def test_chance_labels_say_what_they_are_a_share_of() -> None:
    for key in ("force.p_target_met_pct", "force.p_target_low_met_pct"):
        label = explore_meta(key, {"label": BASE_LABELS[key], "unit": "%"}, {})["label"]
        assert label.endswith("given who may not join (share of the draws over who joins)"), label
    assert explore_meta("force.max_burden_pct", {"label": BASE_LABELS["force.max_burden_pct"]}, {})["label"] == \
        "Largest share of a nation's army in the pool"
    assert explore_meta("incidents.incidents_per_day", {"label": BASE_LABELS["incidents.incidents_per_day"]},
                        {})["label"].startswith("Incidents a day over the 90 days simulated (the plan's regime")


TWICE = f"""\
schema = 1
name = "twice"
title = "One path, two factors"
scenarios = ["{REPO / 'scenarios' / 'europe-2025.toml'}"]
seed = 1
outcomes = ["force.p_target_met_pct"]

[design]
kind = "lhs"
samples = 4

[uncertainties]
sourced_ranges = false

[[uncertainties.factor]]
path = "force.tour"
low = 4
high = 6
assumption = "four to six months"

[[levers]]
path = "force.tour"
name = "tour_lever"
values = [4, 6]
note = "the same path again, under its own column name"
"""


def test_one_path_is_varied_by_one_factor_only(tmp_path: Path) -> None:
    """Two factors on `force.tour`, the second named `tour_lever`, ran: every plan took the
    lever's value while the results stored the uncertainty's as `force_tour`, an input no plan had."""
    from reassure.errors import ScenarioError
    from reassure.run.explore.design import build_plan
    from reassure.spec.experiment import load_experiment

    path = tmp_path / "twice.toml"
    path.write_text(TWICE)
    with pytest.raises(ScenarioError) as caught:
        build_plan(load_experiment(path))
    text = str(caught.value)
    assert f"{path}:" in text and "levers[0].path is already varied by uncertainties.factor[0]" in text
    assert "'force.tour'" in text
    # by index or by key, one item's field is one path
    keyed = TWICE.replace('path = "force.tour"\nlow', 'path = "contributors[DEU].p_join"\nlow').replace(
        'low = 4\nhigh = 6', 'low = 0.1\nhigh = 0.5').replace(
        'path = "force.tour"\nname', 'path = "contributors[DEU].p_join"\nname').replace("[4, 6]", "[0.2, 0.4]")
    from reassure.spec import load_scenario

    index = next(i for i, c in enumerate(load_scenario("europe-2025").contributors) if c.nation == "DEU")
    path.write_text(keyed.replace('path = "contributors[DEU].p_join"\nname', f'path = "contributors[{index}].p_join"\nname'))
    with pytest.raises(ScenarioError, match=r"levers\[0\]\.path is already varied by uncertainties\.factor\[0\]"):
        build_plan(load_experiment(path))


def _store_with_a_refused_variant(out: Path) -> None:
    """Six plans; plan 2 refused by the model (outcomes NaN, `error` set); plans 0-2 at target 30,000."""
    factors = [{"name": "target", "path": "force.target_troops", "role": "lever", "low": 5000.0, "high": 30000.0,
                "values": None, "distribution": "uniform", "unit": "troops", "source": [], "assumption": "test"}]
    write_manifest(out, {"reassure_version": "test", "experiment": {"name": "t", "title": "t"},
                         "design": {"kind": "lhs", "rows": 6, "samples": 6, "levels": 4, "second_order": False},
                         "seed": 1, "runs": 1, "replications": 1, "outcomes": ["force.p_target_met_pct"], "fail": None,
                         "n_experiments": 6, "n_evaluations": 6, "scenarios": [], "factors": factors, "sources": []})
    targets = [30000.0, 28000.0, 4000.0, 12000.0, 10000.0, 8000.0]
    write_table(out / "design.parquet", [{"experiment_id": i, "target": t, "u_target": (t - 5000) / 25000}
                                         for i, t in enumerate(targets)])
    chance = [10.0, 20.0, float("nan"), 80.0, 90.0, 95.0]
    write_batch(out, [{"item": i, "experiment_id": i, "replication": 0, "seed": i, "scenario": "t", "target": t,
                       "force_p_target_met_pct_with_us": p, "force_p_target_met_pct_without_us": p,
                       "error": "" if np.isfinite(p) else ("force.target_troops = 4000: force.target_troops is below "
                                                           "force.min_contribution (4,402 troops)")}
                      for i, (t, p) in enumerate(zip(targets, chance, strict=True))])


def test_a_refused_variant_is_not_counted_among_the_plans_that_hold(tmp_path: Path) -> None:
    """In DuckDB ``NaN < 50`` is false: a plan the model refused (target below the minimum
    contribution) was one of the "12 of 40 plans" that hold."""
    _store_with_a_refused_variant(tmp_path)
    fail = "force_p_target_met_pct_with_us < 50"
    assert fail_mask(tmp_path, fail).tolist() == [True, True, True, False, False, False]
    a = analyse(tmp_path, "force.p_target_met_pct", fail=fail)
    assert a.fail_counts["with_us"]["failing"] == 3
    assert 2 not in a.fail_counts["with_us"]["plans_holding"]
    assert "1 evaluation the model refused counts as failing: a plan holds only when its outcome meets the " \
           "condition" in a.notes
    # how many and why, in the analysis and where the run ends (`empty_outcomes`)
    assert "the model refused 1 of the 6 evaluations (their outcomes NaN): force.target_troops is below " \
           "force.min_contribution (4,402 troops)" in a.notes
    assert any(n.startswith("1 evaluation has no value for force_p_target_met_pct_with_us") for n in a.notes)


def test_an_input_the_stored_evaluations_never_vary_is_named(tmp_path: Path) -> None:
    """`reassure explore experiments/us-enablers.toml --limit 8` then `analyse`: the first 8
    experiments of the factorial hold ISR, air defence and air support on; they vanished from every
    table, without a word, as if explored and found to move nothing."""
    _store_with_a_refused_variant(tmp_path)
    from reassure.run.explore.store import read_manifest, results

    manifest = read_manifest(tmp_path)
    manifest["factors"].append({"name": "us_backstop_isr", "path": "us_backstop.isr", "role": "lever", "low": None,
                                "high": None, "values": [True, False], "distribution": "uniform", "unit": "",
                                "source": [], "assumption": "test"})
    manifest["design"].update(rows=64, first=6)
    write_manifest(tmp_path, manifest)
    frame = results(tmp_path).assign(us_backstop_isr=True)
    from reassure.run.explore.analyse import fixed_inputs

    (line,) = fixed_inputs(manifest, frame)
    assert line.startswith("1 input of the 2 takes one value in every evaluation analysed (us_backstop.isr = on) "
                           "(a --limit trial: only the first 6 of the design's 64 experiments were run")
    assert line.endswith("this analysis cannot say what it does, and leaves it out of its tables")
    assert fixed_inputs(manifest, frame, where="us_backstop_isr") == []  # fixed on purpose
    assert fixed_inputs(manifest, frame.assign(us_backstop_isr=[True, False] * 3)) == []


class _DeafRay:
    """A `ray` whose init never returns, as Ray 2.60 retries the dead address of a stopped cluster
    that `--address auto` read from the machine's last `ray start`."""

    @staticmethod
    def init(**kwargs: object) -> None:
        import time

        time.sleep(60)


def test_address_auto_on_a_stopped_cluster_fails_within_the_timeout() -> None:
    """`ray start --head`, the cluster killed, then `reassure explore mine.toml --address auto`:
    Ray's log lines for over two minutes at 0/40, and SIGTERM waited on for 24 s."""
    import time

    from reassure.errors import ReassureError
    from reassure.run.explore.execute import _ray_init

    start = time.monotonic()
    with pytest.raises(ReassureError, match=r"--address auto: cannot reach a Ray cluster \(no answer as a Ray "
                                            r"cluster within 1 s; 'auto' tries the last cluster `ray start` began"):
        _ray_init(_DeafRay, {"address": "auto"}, "auto", timeout=1.0)
    assert time.monotonic() - start < 10


def test_a_wrong_unit_is_said_whole(tmp_path: Path) -> None:
    """`unit = "months"` on `force.tour` printed "write unit = \\"month\\", with low/high or ...":
    the message cut in the middle of its clause."""
    from reassure.errors import ScenarioError
    from reassure.run.explore.design import build_plan
    from reassure.spec.experiment import load_experiment

    path = tmp_path / "months.toml"
    path.write_text(TWICE.split("[[levers]]")[0].replace('assumption = "four', 'unit = "months"\nassumption = "four'))
    with pytest.raises(ScenarioError) as caught:
        build_plan(load_experiment(path))
    text = str(caught.value)
    assert ('uncertainties.factor[0].unit must be the unit of force.tour in the base scenario: write unit = "month" '
            "(low/high or values in it) (got 'months')") in text
    assert "..." not in text
