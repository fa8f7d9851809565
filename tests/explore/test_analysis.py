"""Designs and analysis on closed forms and planted structure (no model runs).

- Ye's orthogonal Latin hypercube: every column a permutation of the levels, columns orthogonal.
- Sobol indices from a Saltelli design reproduce the Ishigami function's closed form (Ishigami
  and Homma 1990; Saltelli et al., Global Sensitivity Analysis: The Primer, 2008, sec. 4.6),
  through the whole store -> analyse path.
- PRIM finds a planted box; EMA Workbench's PRIM, a second implementation, agrees.
- CART's failing leaf is the planted box.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from reassure.run.explore.design import ishigami, unit_design, ye_olh
from reassure.run.explore.prim import prim
from reassure.run.explore.store import write_batch, write_manifest, write_table


@pytest.mark.parametrize("m", [3, 4, 5, 6, 7, 8])
def test_ye_olh_is_an_orthogonal_latin_hypercube(m: int) -> None:
    table = ye_olh(m)
    h = 2 ** (m - 1)
    assert table.shape == (2 * h + 1, 2 * m - 2)
    for column in table.T:
        assert sorted(column.tolist()) == list(range(-h, h + 1))
    corr = np.corrcoef(table.T.astype(float))
    assert np.abs(corr - np.eye(len(corr))).max() < 1e-12


def test_unit_designs_have_the_documented_sizes() -> None:
    kw = {"levels": 3, "second_order": False, "seed": 1}
    assert unit_design("lhs", 4, samples=10, **kw).shape == (10, 4)
    assert unit_design("sobol", 3, samples=16, **kw).shape == (16 * (3 + 2), 3)
    assert unit_design("sobol", 3, samples=16, **{**kw, "second_order": True}).shape == (16 * (2 * 3 + 2), 3)
    assert unit_design("morris", 3, samples=5, **{**kw, "levels": 4}).shape == (5 * 4, 3)
    assert unit_design("factorial", 3, samples=1, choices=[None, 2, None], **kw).shape == (3 * 2 * 3, 3)
    assert unit_design("nolh", 7, samples=1, **kw).shape == (33, 7)
    lhs = unit_design("lhs", 2, samples=20, **kw)
    for column in lhs.T:  # one point in each of the 20 strata
        assert sorted(np.floor(column * 20).astype(int).tolist()) == list(range(20))
    assert np.array_equal(unit_design("lhs", 4, samples=10, **kw), unit_design("lhs", 4, samples=10, **kw))


def synthetic_store(out: Path, kind: str, unit: np.ndarray, names: list[str], low: float, high: float,
                    fn, design_extra: dict | None = None, *, outcome: str = "test.y", paths: list[str] | None = None,
                    choices: dict[str, list] | None = None, levers: set[str] = frozenset()) -> None:
    """A store as `reassure explore` writes it, for a plain function of the inputs (``fn`` sees
    the unit coordinates mapped to [low, high]; a factor in ``choices`` is stored as its choice)."""
    choices = choices or {}
    paths = paths or names
    factors = [{"name": n, "path": p, "role": "lever" if n in levers else "uncertainty",
                "low": None if n in choices else low, "high": None if n in choices else high,
                "values": choices.get(n), "distribution": "uniform", "unit": "", "source": [], "assumption": "test"}
               for n, p in zip(names, paths, strict=True)]
    x = low + unit * (high - low)
    y = fn(x)
    n = len(y)

    def value(j: int, i: int):
        name = names[j]
        if name in choices:
            c = choices[name]
            return c[min(int(unit[i, j] * len(c)), len(c) - 1)]
        return float(x[i, j])

    column = outcome.replace(".", "_")
    write_manifest(out, {"reassure_version": "test", "experiment": {"name": "t", "title": "t"},
                         "design": {"kind": kind, "rows": n, "samples": 0, "levels": 4, "second_order": False,
                                    **(design_extra or {})},
                         "seed": 1, "runs": 1, "replications": 1, "outcomes": [outcome], "fail": None,
                         "n_experiments": n, "n_evaluations": n, "scenarios": [], "factors": factors,
                         "sources": []})
    write_table(out / "design.parquet", [{"experiment_id": i, **{k: value(j, i) for j, k in enumerate(names)},
                                          **{f"u_{k}": float(unit[i, j]) for j, k in enumerate(names)}}
                                         for i in range(n)])
    rows = [{"item": i, "experiment_id": i, "replication": 0, "seed": 0, "scenario": "t",
             **{k: value(j, i) for j, k in enumerate(names)}, f"{column}_with_us": float(y[i]),
             f"{column}_without_us": float(y[i])} for i in range(n)]
    for start in range(0, n, 1000):
        write_batch(out, rows[start:start + 1000])


def ishigami_closed_form(a: float = 7.0, b: float = 0.1) -> tuple[list[float], list[float]]:
    v1 = 0.5 * (1 + b * math.pi**4 / 5) ** 2
    v2 = a**2 / 8
    v13 = b**2 * math.pi**8 * (1 / 18 - 1 / 50)
    v = v1 + v2 + v13
    return [v1 / v, v2 / v, 0.0], [(v1 + v13) / v, v2 / v, v13 / v]


def test_sobol_indices_reproduce_the_ishigami_closed_form(tmp_path: Path) -> None:
    from reassure.run.explore.analyse import analyse

    unit = unit_design("sobol", 3, samples=2048, levels=4, second_order=False, seed=3)
    synthetic_store(tmp_path, "sobol", unit, ["x1", "x2", "x3"], -math.pi, math.pi, ishigami)
    result = analyse(tmp_path, "test.y")
    rows = {r["factor"]: r for r in result.indices["sobol"]}
    s1, st = ishigami_closed_form()
    assert s1[0] == pytest.approx(0.3139, abs=1e-3) and st[2] == pytest.approx(0.2437, abs=1e-3)
    for i, name in enumerate(["x1", "x2", "x3"]):
        assert rows[name]["S1"] == pytest.approx(s1[i], abs=0.04), name
        assert rows[name]["ST"] == pytest.approx(st[i], abs=0.04), name
        assert 0 < rows[name]["ST_conf"] < 0.1  # a real interval, not a placeholder


def test_any_sample_methods_rank_ishigami_inputs(tmp_path: Path) -> None:
    from reassure.run.explore.analyse import analyse

    unit = unit_design("lhs", 3, samples=600, levels=4, second_order=False, seed=5)
    synthetic_store(tmp_path, "lhs", unit, ["x1", "x2", "x3"], -math.pi, math.pi, ishigami)
    result = analyse(tmp_path, "test.y")
    s1, _ = ishigami_closed_form()
    rbd = {r["factor"]: r["S1"] for r in result.indices["rbd_fast"]}
    for i, name in enumerate(["x1", "x2", "x3"]):
        assert rbd[name] == pytest.approx(s1[i], abs=0.1), name
    delta = {r["factor"]: r["delta"] for r in result.indices["delta"]}
    assert delta["x2"] == max(delta.values()) and all(0 < v < 1 for v in delta.values())
    pawn = {r["factor"]: r["median"] for r in result.indices["pawn"]}
    assert pawn["x3"] < pawn["x2"]


def test_morris_separates_inert_input(tmp_path: Path) -> None:
    from reassure.run.explore.analyse import analyse

    unit = unit_design("morris", 3, samples=40, levels=4, second_order=False, seed=2)
    synthetic_store(tmp_path, "morris", unit, ["a", "b", "c"], 0.0, 1.0,
                    lambda x: 5 * x[:, 0] + x[:, 1] ** 2, {"levels": 4})
    rows = {r["factor"]: r for r in analyse(tmp_path, "test.y").indices["morris"]}
    assert rows["a"]["mu_star"] == pytest.approx(5.0, rel=1e-6)  # linear: every effect is 5
    assert rows["c"]["mu_star"] == pytest.approx(0.0, abs=1e-12)
    assert 0 < rows["b"]["mu_star"] < rows["a"]["mu_star"]


def planted(n: int = 3000, seed: int = 4) -> tuple[dict[str, np.ndarray], np.ndarray]:
    rng = np.random.default_rng(seed)
    data = {k: rng.uniform(size=n) for k in ("a", "b", "c", "d")}
    data["flag"] = rng.integers(0, 2, n).astype(bool)
    inside = (data["a"] > 0.6) & (data["b"] < 0.3) & data["flag"]
    noise = rng.uniform(size=n) < 0.02
    return data, inside | noise


def test_prim_recovers_a_planted_box() -> None:
    data, y = planted()
    box = prim(data, y).boxes[0]
    assert set(box.restricted) == {"a", "b", "flag"}
    assert box.limits["a"][0] == pytest.approx(0.6, abs=0.03)
    assert box.limits["b"][1] == pytest.approx(0.3, abs=0.03)
    assert box.choices["flag"] == {True}
    assert box.density > 0.9 and box.coverage > 0.75
    words = box.words()
    assert words.startswith("a at least 0.") and " and b at most 0." in words and words.endswith("flag is on")
    traj = box.trajectory
    assert traj[0]["coverage"] == 1.0 and traj[-1]["mass"] < traj[0]["mass"]


def test_prim_agrees_with_ema_workbench() -> None:
    """A second, independent PRIM (EMA Workbench) finds the same box on the same data."""
    ema = pytest.importorskip("ema_workbench.analysis.prim", reason="ema-workbench (the `explore` extra) is absent")
    import pandas as pd

    data, y = planted()
    ours = prim(data, y).boxes[0]
    frame = pd.DataFrame({k: v for k, v in data.items() if k != "flag"}).assign(flag=data["flag"].astype(float))
    theirs_prim = ema.Prim(frame, y, threshold=0.8)
    theirs = theirs_prim.find_box()
    lims = theirs.box_lims[theirs._cur_box]
    # Both land near the planted limits (a > 0.6, b < 0.3), within a peel or two of each other.
    assert lims.loc[0, "a"] == pytest.approx(0.6, abs=0.03) and ours.limits["a"][0] == pytest.approx(0.6, abs=0.03)
    assert lims.loc[1, "b"] == pytest.approx(0.3, abs=0.03) and ours.limits["b"][1] == pytest.approx(0.3, abs=0.03)
    assert lims.loc[0, "flag"] > 0  # flag restricted to 1 (on)
    assert theirs.coverage == pytest.approx(ours.coverage, abs=0.1)
    assert theirs.density > 0.9 and ours.density > 0.9


def test_cart_leaf_is_the_planted_box() -> None:
    from reassure.run.explore.analyse import cart_boxes

    data, y = planted()
    names = ["a", "b", "c", "d", "flag"]
    x = np.column_stack([data[n].astype(float) for n in names])
    factors = [{"values": None}] * 4 + [{"values": [False, True]}]
    best = cart_boxes(x, y, names, factors)[0]
    assert set(best.restricted) == {"a", "b", "flag"} and best.choices["flag"] == {True}
    assert best.density > 0.9 and best.coverage > 0.75


def test_factorial_main_effects_are_the_differences_of_means(tmp_path: Path) -> None:
    from reassure.run.explore.analyse import analyse

    unit = unit_design("factorial", 3, samples=1, levels=2, second_order=False, seed=0)
    synthetic_store(tmp_path, "factorial", unit, ["a", "b", "c"], 0.0, 1.0,
                    lambda x: 10 * x[:, 0] - 3 * x[:, 1] + x[:, 0] * x[:, 2])
    result = analyse(tmp_path, "test.y")
    effects = {r["factor"]: r["effect"] for r in result.indices["main_effects"]}
    # a: 10 + mean(c) = 10.5; b: -3; c: mean(a) = 0.5 (high end minus low end of each range)
    assert effects == pytest.approx({"a": 10.5, "b": -3.0, "c": 0.5})
    assert "rbd_fast" not in result.indices and "pawn" not in result.indices


# -- what can be trusted: the dummy, unread inputs, discrete inputs, small samples ----------------
def test_inputs_that_do_not_matter_never_rank_above_the_dummy(tmp_path: Path) -> None:
    """y depends on a alone: b and c are never distinguishable from noise, a always is."""
    from reassure.run.explore.analyse import analyse

    unit = unit_design("lhs", 3, samples=200, levels=4, second_order=False, seed=9)
    synthetic_store(tmp_path, "lhs", unit, ["a", "b", "c"], 0.0, 1.0, lambda x: np.sin(3 * x[:, 0]) + 2 * x[:, 0])
    result = analyse(tmp_path, "test.y")
    for method in ("rbd_fast", "delta", "pawn"):
        rows = {r["factor"]: r for r in result.indices[method]}
        assert rows["a"]["distinguishable"], method
        assert not rows["b"]["distinguishable"] and not rows["c"]["distinguishable"], method
        assert "__dummy__" not in rows and method in result.dummy  # the dummy is a reference, not ranked
    scores = dict(result.feature_scores)
    assert scores["a"] > result.dummy_score


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_unused_inputs_are_not_distinguishable_whatever_the_sample(tmp_path: Path, seed: int) -> None:
    from reassure.run.explore.analyse import analyse

    unit = unit_design("lhs", 3, samples=120, levels=4, second_order=False, seed=seed)
    synthetic_store(tmp_path, "lhs", unit, ["a", "b", "c"], 0.0, 1.0, lambda x: x[:, 0] ** 2)
    result = analyse(tmp_path, "test.y", seed=seed)
    for method in ("rbd_fast", "delta"):
        flagged = [r["factor"] for r in result.indices[method] if r["distinguishable"]]
        assert flagged == ["a"], (method, flagged)


def test_inputs_the_outcome_model_does_not_read_are_not_ranked(tmp_path: Path) -> None:
    """A force figure: the force model (and nothing upstream of it) reads contributors, not
    posture.qrf_speed nor support_force; those are listed, never ranked."""
    from reassure.run.explore.analyse import analyse, outcome_reads, reads_path

    reads = outcome_reads("force.p_target_met_pct")
    assert reads is not None and reads_path("contributors[DEU].p_join", reads)
    assert not reads_path("posture.qrf_speed", reads) and not reads_path("support_force.surface[road].transit", reads)
    # incidents needs posture, which needs force: the force's inputs are upstream of it
    assert reads_path("contributors[DEU].p_join", outcome_reads("incidents.detected_pct"))
    names = ["contributors_DEU_p_join", "posture_qrf_speed", "support_force_readiness"]
    unit = unit_design("lhs", 3, samples=100, levels=4, second_order=False, seed=2)
    synthetic_store(tmp_path, "lhs", unit, names, 0.0, 1.0, lambda x: x[:, 0] + 0.5 * x[:, 1], outcome="force.p_target_met_pct",
                    paths=["contributors[DEU].p_join", "posture.qrf_speed", "support_force.readiness"])
    result = analyse(tmp_path, "force.p_target_met_pct")
    assert result.not_read == ["posture_qrf_speed", "support_force_readiness"]
    for rows in result.indices.values():
        assert [r["factor"] for r in rows] == ["contributors_DEU_p_join"]
    assert [n for n, _ in result.feature_scores] == ["contributors_DEU_p_join"]
    assert any("not read by the model of force.p_target_met_pct" in n for n in result.notes)


def test_discrete_inputs_get_main_effects_not_rbd_fast_or_delta(tmp_path: Path) -> None:
    from reassure.run.explore.analyse import analyse

    unit = unit_design("lhs", 3, samples=120, levels=4, second_order=False, seed=4)
    synthetic_store(tmp_path, "lhs", unit, ["a", "flag", "c"], 0.0, 1.0,
                    lambda x: 3 * x[:, 0] + 5 * (x[:, 1] > 0.5), choices={"flag": [True, False]})
    result = analyse(tmp_path, "test.y")
    assert "flag" not in {r["factor"] for r in result.indices["rbd_fast"]}
    assert "flag" not in {r["factor"] for r in result.indices["delta"]}
    effect = {r["factor"]: r for r in result.indices["main_effects"]}["flag"]
    # true is the first listed choice: u >= 0.5 maps to False, so "true minus false" is -5
    assert effect["effect"] == pytest.approx(-5.0, abs=0.6) and effect["distinguishable"]
    assert 0 < effect["effect_conf"] < 1.5


def test_small_samples_are_warned_and_negative_indices_not_clipped(tmp_path: Path) -> None:
    from reassure.present.explore_report import analysis_lines, index_text
    from reassure.run.explore.analyse import analyse, min_sample

    assert min_sample(3) == 65 and min_sample(9) == 90
    unit = unit_design("nolh", 5, samples=1, levels=4, second_order=False, seed=0)  # 17 runs
    synthetic_store(tmp_path, "nolh", unit, list("abcde"), 0.0, 1.0, lambda x: x[:, 0] + 0.1 * x[:, 1])
    result = analyse(tmp_path, "test.y")
    # said once, in the rough-answers box with its reasons, not again among the notes
    assert "too few for RBD-FAST" in result.rough and "Loeppky" in result.rough
    assert not any("Loeppky" in n or "experiments" in n for n in result.notes), result.notes
    assert "rbd_fast" not in result.indices
    unit = unit_design("lhs", 5, samples=40, levels=4, second_order=False, seed=1)
    synthetic_store(tmp_path / "b", "lhs", unit, list("abcde"), 0.0, 1.0, lambda x: x[:, 0])
    result = analyse(tmp_path / "b", "test.y")
    assert "40 experiments give sensitivity indices only as a rough screen" in result.rough
    assert "N > 4M^2" in result.rough and not any("N > 4M^2" in n for n in result.notes)
    assert "\n".join(analysis_lines(result)).count("Loeppky") == 1
    assert index_text(-0.13, 0.55) == "≈0 (estimate -0.13 ± 0.55)"
    assert index_text(-5.0, 1.0, signed=True) == "-5 ± 1"
    negative = [r for r in result.indices["rbd_fast"] if r["S1"] < 0]
    text = "\n".join(analysis_lines(result))
    for r in negative:  # every negative estimate is printed as about 0, with its value
        assert f"estimate {r['S1']:,.2g}" in text


def test_fail_condition_errors_and_thresholds_outside_the_data(tmp_path: Path) -> None:
    from reassure.errors import ReassureError
    from reassure.run.explore.analyse import analyse, threshold_notes

    unit = unit_design("lhs", 2, samples=60, levels=4, second_order=False, seed=1)
    synthetic_store(tmp_path, "lhs", unit, ["a", "b"], 0.0, 1.0, lambda x: 100 * x[:, 0])
    with pytest.raises(ReassureError, match=r"^--fail 'test_y_wiht_us < 50' names no column of the results: "
                                            r"'test_y_wiht_us'; did you mean 'test_y_with_us'\?\n  the columns it may "
                                            r"use: outcome columns .*test_y_with_us.*; input columns a, b"):
        analyse(tmp_path, "test.y", fail="test_y_wiht_us < 50")
    result = analyse(tmp_path, "test.y", fail="test_y_with_us < 0.8 OR a > 0.9")
    assert not any("threshold" in n and " a " in n for n in result.notes)  # 0.9 is inside a's range
    import pandas as pd

    frame = pd.DataFrame({"share_without_us": [12.0, 50.0, 85.0]})
    notes = threshold_notes("share_without_us < 0.8", frame, {"share_without_us": "%"})
    assert len(notes) == 1 and "reads like a fraction" in notes[0] and "did you mean 80?" in notes[0]
    notes = threshold_notes("share_without_us > 120", frame, {"share_without_us": "troops"})
    assert len(notes) == 1 and "outside the values observed (12 to 85 troops), so it splits nothing" in notes[0]
    assert threshold_notes("share_without_us < 80", frame, {"share_without_us": "%"}) == []
    # inside the observed range (a column that reaches 0.4%) but still a fraction on a percent column
    low = pd.DataFrame({"share_without_us": [0.4, 50.0, 85.0]})
    notes = threshold_notes("share_without_us < 0.8", low, {"share_without_us": "%"})
    assert len(notes) == 1 and "reads like a fraction" in notes[0] and "did you mean 80?" in notes[0]


def test_discovery_conditions_on_a_lever_given_as_choices(tmp_path: Path) -> None:
    """Failure is planted on the lever and on a; the boxes never name the lever."""
    from reassure.run.explore.analyse import analyse

    unit = unit_design("lhs", 3, samples=300, levels=4, second_order=False, seed=6)
    synthetic_store(tmp_path, "lhs", unit, ["target", "a", "b"], 0.0, 1.0,
                    lambda x: np.where((x[:, 0] >= 0.5) & (x[:, 1] < 0.4), 0.0, 100.0),
                    choices={"target": [20, 30]}, levers={"target"})
    result = analyse(tmp_path, "test.y", fail="test_y_with_us < 50")
    groups = {g["setting"]["target"]: g for g in result.discovery}
    assert set(groups) == {20, 30}
    assert groups[20]["failing"] == 0 and "holds in all" in groups[20]["note"]
    box = groups[30]["prim"][0]
    assert box.restricted == ["a"] and box.limits["a"][1] == pytest.approx(0.4, abs=0.05)
    assert "target = 30" in result.headline and "fail when test_y_with_us < 50" in result.headline


def test_lever_effects_on_a_factorial_are_what_each_lever_changes(tmp_path: Path) -> None:
    """Two on/off levers and a range: y = 10 (first on) - 4 (second on) + 2 x; the table gives
    each lever's with-minus-without with a tight interval, and names the top lever in the headline."""
    from reassure.run.explore.analyse import analyse

    unit = unit_design("factorial", 3, samples=1, levels=3, second_order=False, seed=0, choices=[2, 2, None])
    synthetic_store(tmp_path, "factorial", unit, ["first", "second", "x"], 0.0, 1.0,
                    lambda x: 10.0 * (x[:, 0] < 0.5) - 4.0 * (x[:, 1] < 0.5) + 2.0 * x[:, 2],
                    choices={"first": [True, False], "second": [True, False]}, levers={"first", "second"})
    result = analyse(tmp_path, "test.y")
    effects = {r["lever"]: r for r in result.lever_effects}
    assert set(effects) == {"first", "second"}
    assert effects["first"]["with_us"] == pytest.approx(10.0) and effects["second"]["with_us"] == pytest.approx(-4.0)
    assert effects["first"]["with_us_conf"] < 1e-6  # additive and exact: no residual
    assert (effects["first"]["first"], effects["first"]["last"]) == ("on", "off")
    assert "The lever that moves test.y most (with the US) is first: on minus off = 10" in result.headline
