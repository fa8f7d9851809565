"""Review r8, item 7: the explore report says where its dummy inputs are (a NOLH or LHS design has
them: it said "this design has no dummy inputs" beside a dummy bar), does not credit an input
scoring at or below the dummy as an effect without saying "within noise", and says beside a box
when the plans that hold outside it share another input the design cannot separate from the one
the box bounds (drone-orbits-80: "fails when european_orbits at most 10", yet both plans that
held also ended their orbits at 1,050 km or beyond)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from reassure.present.explore_report import analysis_lines, dummy_sentence, render_explore_report
from reassure.run.explore.analyse import analyse, box_caveat
from reassure.run.explore.design import unit_design
from reassure.run.explore.prim import Box
from reassure.run.explore.store import read_manifest, results

from .test_analysis import synthetic_store


def _analysis(**kw: object) -> SimpleNamespace:
    base = {"dummy": {}, "dummy_score": 0.151, "within_noise": {}, "labels": {}, "n_experiments": 17}
    return SimpleNamespace(**{**base, **kw})


def test_the_dummy_sentence_follows_the_design() -> None:
    nolh = dummy_sentence("nolh", _analysis(within_noise={"european_orbits_end_km": 0.146}))
    assert "no dummy" not in nolh and "no room" not in nolh
    assert "feature scores are fitted with eight dummy inputs" in nolh and "(0.151)" in nolh
    assert "european_orbits_end_km scores at or below it" in nolh
    # review r10, item 2: "cannot be told from noise with N experiments", never read as no effect
    assert "cannot be told from noise with 17 experiments (which is not evidence of no effect)" in nolh
    lhs = dummy_sentence("lhs", _analysis(dummy={"rbd_fast": {}}))
    assert "analysed alongside the real ones in the index tables" in lhs and "feature scores" in lhs
    for kind in ("sobol", "morris", "factorial"):
        text = dummy_sentence(kind, _analysis())
        assert "have no dummy row" in text and "feature scores are fitted with eight dummy inputs" in text


def _lever_store(tmp_path: Path) -> Path:
    """18 evaluations (too few for indices, as drone-orbits-80's 17 plans): the outcome follows
    `orbits` alone; `end` is a lever the outcome never sees."""
    unit = unit_design("lhs", 3, samples=18, levels=4, second_order=False, seed=3)
    synthetic_store(tmp_path, "lhs", unit, ["orbits", "end", "jam"], 0.0, 1.0,
                    lambda x: 100 * x[:, 0] + np.random.default_rng(5).normal(0, 2, len(x)),
                    levers={"orbits", "end"})
    return tmp_path


def test_an_input_at_or_below_the_dummy_is_marked_within_noise(tmp_path: Path) -> None:
    out = _lever_store(tmp_path)
    a = analyse(out, "test.y", fail="test_y_with_us < 60")
    assert a.dummy_score is not None and "end" in a.within_noise and "orbits" not in a.within_noise
    rows = {(r["lever"], r["outcome"]): r for r in a.lever_effects}
    assert rows[("end", "test.y")]["with_us_noise"].startswith("cannot be told from noise with 18 experiments")
    assert rows[("orbits", "test.y")]["with_us_noise"] == ""
    # the headline's top lever is never one within noise
    assert "is orbits:" in a.headline and "is end:" not in a.headline
    text = "\n".join(analysis_lines(a))
    end_line = next(line for line in text.splitlines() if line.startswith("  end ("))
    assert "[cannot be told from noise" in end_line, end_line
    page = render_explore_report(read_manifest(out), a, results(out))
    assert "This design has no dummy inputs" not in page
    assert page.count("cannot be told from noise with 18 experiments:") >= 1 and "color:#777" in page


def test_a_box_whose_holding_plans_share_another_input_says_so() -> None:
    rng = np.random.default_rng(8)
    n = 17
    data = {"orbits": rng.integers(0, 13, n).astype(float), "end": rng.uniform(400, 1200, n),
            "cloud": rng.uniform(0.4, 0.8, n)}
    data["orbits"][:2], data["end"][:2], data["cloud"][:2] = [11, 12], [1050, 1100], [0.4, 0.8]
    data["end"][2:] = np.where(data["orbits"][2:] >= 11, 500, data["end"][2:])  # only the first two hold
    target = ~((data["orbits"] >= 11) & (data["end"] >= 1000))
    box = Box({"orbits": (0.0, 10.0)}, {}, restricted=["orbits"], full={"orbits": (0.0, 12.0)})
    box.coverage, box.density = 1.0, float(target[box.contains(data)].mean())
    caveat = box_caveat(box, data, target, np.arange(n), {"orbits", "end", "cloud"}, {"end": "km"})
    assert caveat.startswith("the design cannot separate orbits from the inputs the 2 plans that hold "
                             "outside it also share (end 1,050 to 1,100 km"), caveat
    assert "2 plans are too few to tell which matters" in caveat
    assert caveat.endswith("so the box does not show that orbits alone makes a plan hold")


def test_a_box_whose_holding_plans_spread_over_the_other_inputs_has_no_caveat() -> None:
    rng = np.random.default_rng(9)
    n = 400
    data = {"a": rng.uniform(0, 1, n), "b": rng.uniform(0, 1, n)}
    target = data["a"] < 0.5
    box = Box({"a": (0.0, 0.5)}, {}, restricted=["a"], full={"a": (0.0, 1.0)})
    assert box_caveat(box, data, target, np.arange(n), {"a", "b"}, {}) == ""


def test_the_caveat_stands_beside_the_box_in_every_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """18 plans, holding only where both levers are high: the box on one names the other."""
    # (s50: a box must beat the design's failure share by more than chance; 16 failing of 18 is
    # too few for any box to, so the bar is set aside here: this test is of the caveat's place)
    monkeypatch.setattr("reassure.run.explore.analyse.BOX_P_MAX", 1.0)
    unit = unit_design("lhs", 3, samples=18, levels=4, second_order=False, seed=5)
    synthetic_store(tmp_path, "lhs", unit, ["orbits", "end", "jam"], 0.0, 1.0,
                    lambda x: 100 * ((x[:, 0] > 0.7) & (x[:, 1] > 0.7)), levers={"orbits", "end"})
    a = analyse(tmp_path, "test.y", fail="test_y_with_us < 50")
    boxes = [b for g in a.discovery for b in g["prim"]]
    # 16 of 18 fail: the PRIM box is denser than that (review: a box no denser than the base was
    # kept, then dropped), and it is CART's: "end at most 0.79", outside which 2 plans hold
    assert boxes and all(b.caveat.startswith("the design cannot separate end from the inputs the 2 plans that "
                                             "hold outside it also share (") for b in boxes), [b.caveat for b in boxes]
    assert "orbits 0.783 to 0.845" in boxes[0].caveat and "2 plans are too few to tell which matters" in boxes[0].caveat
    assert a.to_dict()["prim"][0]["caveat"] == boxes[0].caveat
    text = "\n".join(analysis_lines(a))
    assert "caution: the design cannot separate end" in text
    page = render_explore_report(read_manifest(tmp_path), a, results(tmp_path))
    assert "Caution: the design cannot separate end" in page
    assert "but the design cannot separate end" in a.headline  # where the headline points at the box
