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
                    fn, design_extra: dict | None = None) -> None:
    """A store as `reassure explore` writes it, for a plain function of the inputs."""
    factors = [{"name": n, "path": n, "role": "uncertainty", "low": low, "high": high, "values": None,
                "distribution": "uniform", "unit": "", "source": [], "assumption": "test"} for n in names]
    x = low + unit * (high - low)
    y = fn(x)
    n = len(y)
    write_manifest(out, {"reassure_version": "test", "experiment": {"name": "t", "title": "t"},
                         "design": {"kind": kind, "rows": n, "samples": 0, "levels": 4, "second_order": False,
                                    **(design_extra or {})},
                         "seed": 1, "runs": 1, "replications": 1, "outcomes": ["test.y"], "fail": None,
                         "n_experiments": n, "n_evaluations": n, "scenarios": [], "factors": factors,
                         "sources": []})
    write_table(out / "design.parquet", [{"experiment_id": i, **{f"u_{k}": float(unit[i, j]) for j, k in enumerate(names)}}
                                         for i in range(n)])
    rows = [{"item": i, "experiment_id": i, "replication": 0, "seed": 0, "scenario": "t",
             **{k: float(x[i, j]) for j, k in enumerate(names)}, "test_y_with_us": float(y[i]),
             "test_y_without_us": float(y[i])} for i in range(n)]
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
