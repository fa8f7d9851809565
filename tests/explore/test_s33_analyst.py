"""Session 33, an analyst's reading of `reassure explore` ("under which assumptions does the
25,000-troop force fail, and what drives it?"): the shipped experiment's description counts what
it varies, a lever effect from a single evaluation has no interval, the report says how to
reproduce it (and that a --limit run is a trial), the headline's failure box is set against the
share failing overall, and "runs" is not used for experiments."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
from tests.explore.test_report_wording import _title_store

from reassure.run.explore.analyse import (
    _indices_versus_boxes,
    _mark_noise,
    analyse,
    diff_text,
    lever_effects,
    outcome_reads,
    reads_path,
)
from reassure.run.explore.prim import Box
from reassure.run.explore.store import read_manifest, results, write_manifest

REPO = Path(__file__).resolve().parents[2]


def test_what_drives_25000_description_counts_what_it_varies() -> None:
    """The description once said "16 sourced ranges ... the 5 chances of joining" of a file that
    varies 15 and 4: each number it gives is counted here from the plan itself."""
    from reassure.run.explore import plan_from_file

    path = REPO / "experiments" / "what-drives-25000.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    plan = plan_from_file(path)
    declared = {f["path"] for f in data["uncertainties"].get("factor", [])} | {f["path"] for f in data["levers"]}
    sourced = [f for f in plan.factors if f.path not in declared]
    p_join = [f for f in plan.factors if f.path.endswith(".p_join")]
    levers = [f for f in plan.factors if f.role == "lever"]
    reads = outcome_reads("force.p_target_met_pct")
    read = [f for f in plan.factors if reads is None or reads_path(f.path, reads)]
    text = " ".join(data["description"].split())
    said = {
        "inputs": (r"(\d+) inputs are varied", len(plan.factors)),
        "sourced ranges": (r"the (\d+) sourced ranges", len(sourced)),
        "chances of joining": (r"the (\d+) chances of joining", len(p_join)),
        "read": (r"reads (\d+) of them", len(read)),
    }
    for what, (pattern, count) in said.items():
        found = re.search(pattern, text)
        assert found, f"the description does not say how many {what}"
        assert int(found.group(1)) == count, f"{what}: the description says {found.group(1)}, the plan has {count}"
    assert "two levers" in text and len(levers) == 2
    # the parts add up to the whole
    assert len(sourced) + len(p_join) + 2 + len(levers) == len(plan.factors)  # + Italy's status, the correlation


def _tour_manifest() -> dict:
    return {"design": {"kind": "lhs"}, "outcomes": ["force.p_target_met_pct"],
            "factors": [{"name": "force_tour", "path": "force.tour", "role": "lever", "values": None,
                         "low": 4, "high": 6, "integer": True, "unit": "month"}]}


def test_a_lever_effect_from_one_evaluation_at_an_end_has_no_interval() -> None:
    """The trial of what-drives-25000 (--limit 16) held one evaluation at a 6-month tour and
    printed "20.1 percentage points (95% interval ± 0)", credited as a clear effect; the main
    effects table, on the same evaluations, said "± n/a"."""
    df = pd.DataFrame({"force_tour": [4, 4, 4, 5, 5, 6],
                       "force_p_target_met_pct_with_us": [0.0, 0.0, 0.0, 10.0, 30.0, 20.1],
                       "force_p_target_met_pct_without_us": [1.0, 3.0, 2.0, 10.0, 30.0, 20.1]})
    rows = lever_effects(_tour_manifest(), df, {"force.p_target_met_pct": {"label": "Chance", "unit": "%"}})
    (row,) = rows
    assert row["first"] == "top third (6 months)" and row["last"] == "bottom third (4 months)"  # s50: one value, said once
    assert row["with_us"] == 20.1 and not np.isfinite(row["with_us_conf"])
    assert not np.isfinite(row["without_us_conf"])
    assert diff_text(row["with_us"], row["with_us_conf"], "%") == "20.1 percentage points (95% interval ± n/a)"
    a = SimpleNamespace(fail=None, column="force_p_target_met_pct_with_us", n_experiments=6, indices={}, dummy={},
                        lever_effects=rows, within_noise={}, dummy_score=None)
    _mark_noise(a, _tour_manifest())
    for case in ("with_us", "without_us"):
        assert row[f"{case}_noise"].startswith("cannot be told from noise with 6 experiments: no 95% interval "
                                               "(a single evaluation at one of the compared settings)")
    # two evaluations at each end still give Welch's interval
    df2 = pd.concat([df, df.iloc[[5]]], ignore_index=True)
    (row2,) = lever_effects(_tour_manifest(), df2, {})
    assert np.isfinite(row2["with_us_conf"])


def test_the_report_says_how_to_reproduce_it_and_that_a_limited_run_is_a_trial(tmp_path: Path) -> None:
    from reassure.present.explore_report import render_explore_report

    _title_store(tmp_path)
    manifest = read_manifest(tmp_path)
    manifest["experiment"].update({"file": "experiments/what-drives-25000.toml", "sha256_16": "d926235f1cac8bfc"})
    manifest["seed"] = 20251130
    write_manifest(tmp_path, manifest)
    a = analyse(tmp_path, "test.y", fail="test_y_with_us < 50")
    page = render_explore_report(read_manifest(tmp_path), a, results(tmp_path), tmp_path)
    assert (f"To reproduce: reassure explore experiments/what-drives-25000.toml --out {tmp_path} with reassure test "
            "and the experiment file as it was (its SHA-256 begins d926235f1cac8bfc") in page
    assert "The design seed 20251130 fixes the design and every evaluation&#x27;s seed" in page
    assert "--limit" not in page and "a trial" not in page
    # a --limit 16 run: the design is the whole plan's, only its first rows were run
    manifest["design"]["first"] = 16
    page = render_explore_report(manifest, a, results(tmp_path), tmp_path)
    assert "A Latin hypercube of 300 experiments, of which only the first 16 were run (a trial: --limit 16)" in page
    assert f"--out {tmp_path} --limit 16 with reassure" in page


def test_the_headline_box_is_set_against_the_share_failing_at_its_setting(tmp_path: Path) -> None:
    """"fails mainly when DEU p_join at most 0.691 (PRIM box: 100% of the failures, 82% of the
    plans in it fail)" read as a finding; the box held 40 of the 42 plans, where 79% fail."""
    _title_store(tmp_path)
    a = analyse(tmp_path, "test.y", fail="test_y_with_us < 50")
    at = next(g for g in a.discovery if g["setting"] == {"target": 25000})
    box = at["prim"][0]
    inside = round(box.mass * at["n"])
    assert (f"(PRIM box of {inside} of the {at['n']} plans at this setting: {box.coverage:.0%} of the failures, "
            f"{box.density:.0%} of those in it fail against {at['failing'] / at['n']:.0%} of all {at['n']}") in a.headline


def test_too_few_experiments_are_not_called_runs() -> None:
    """An experiment file's `runs` is the incident Monte Carlo runs of one evaluation: the
    headline said "128 runs are too few" of 128 experiments run once each."""
    box = Box(limits={"x": (0.0, 0.5)}, choices={}, restricted=["x"], full={"x": (0.0, 1.0)})
    a = SimpleNamespace(indices={"rbd_fast": [{"factor": "x", "distinguishable": False}]},
                        discovery=[{"prim": [box]}], n_experiments=128, labels={})
    text = _indices_versus_boxes(a)
    assert text.startswith("128 experiments are too few for the indices to separate the inputs; the failure boxes "
                           "point at x")
    assert "runs" not in text


def test_the_scatter_labels_an_input_given_as_choices_by_its_choices(tmp_path: Path) -> None:
    """what-drives-25000's scatter drew the target (20,000, 25,000 or 30,000 troops) at its choice
    index, and its axis read "0" to "2"."""
    import html

    from reassure.present.explore_report import render_explore_report

    _title_store(tmp_path)
    a = analyse(tmp_path, "test.y", fail="test_y_with_us < 50")
    assert "target" in [n for n, _ in a.feature_scores[:2]]
    page = render_explore_report(read_manifest(tmp_path), a, results(tmp_path), tmp_path)
    svg = re.search(r'<svg[^>]*aria-label="key pair".*?</svg>', page, re.S).group(0)
    texts = [html.unescape(t) for t in re.findall(r"<text[^>]*>(.*?)</text>", svg)]
    assert {"20,000", "25,000", "30,000"} <= set(texts), texts
    assert "2" not in texts  # the index of 30,000 is not a tick label
