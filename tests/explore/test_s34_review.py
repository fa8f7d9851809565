"""Session 34, an analyst's review of `reassure explore`: a US enabler's effect on the plan
without the US backstop is none by construction (never an effect, never cited); a box's bound on
an input within noise says it may be chance, and its numbers read as people write them; indices
pooled over a lever's settings say so (and `--where` analyses one setting); a fixed target is
named as the target, and an exact 0 ± 0 is no effect, not "cannot be told from noise"."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from tests.explore.test_report_wording import _title_store

from reassure.run.explore.analyse import _indices_versus_boxes, _mark_noise, analyse, lever_effects
from reassure.run.explore.prim import Box
from reassure.run.explore.store import read_manifest, write_manifest

REPO = Path(__file__).resolve().parents[2]


def _enabler_manifest(scenarios: list[dict] | None = None) -> dict:
    lever = {"role": "lever", "values": [True, False], "low": None, "high": None, "integer": False, "unit": ""}
    return {"design": {"kind": "factorial"}, "outcomes": ["incidents.respond_h_p90", "incidents.detected_pct"],
            "scenarios": scenarios or [],
            "factors": [{**lever, "name": "us_backstop_isr", "path": "us_backstop.isr"},
                        {**lever, "name": "us_backstop_tanker", "path": "us_backstop.tanker"}]}


def _enabler_frame() -> pd.DataFrame:
    """A 2x2 factorial, 4 replications: ISR moves both outcomes with the US; without it the
    response time differs by ISR setting by chance alone (each plan has its own seed)."""
    rows = []
    for k, (isr, tanker) in enumerate([(True, True), (True, False), (False, True), (False, False)] * 4):
        rows.append({"experiment_id": k % 4, "replication": k // 4, "us_backstop_isr": isr, "us_backstop_tanker": tanker,
                     "incidents_respond_h_p90_with_us": (10.0 if isr else 150.0) + 0.1 * (k % 3),
                     # a 13.8 h "effect" of ISR without the US: noise by construction
                     "incidents_respond_h_p90_without_us": (160.0 if isr else 146.2) + 0.1 * (k % 3),
                     "incidents_detected_pct_with_us": (80.0 if isr else 44.0) + 0.01 * (k % 2),
                     "incidents_detected_pct_without_us": 44.0 + 0.3 * (k % 2) * (1 if tanker else -1)})
    return pd.DataFrame(rows)


def _marked(manifest: dict, frame: pd.DataFrame) -> list[dict]:
    figures = {"incidents.respond_h_p90": {"label": "Start to first unit on scene, 90th percentile", "unit": "h"},
               "incidents.detected_pct": {"label": "Share of all incidents detected", "unit": "%"}}
    rows = lever_effects(manifest, frame, figures)
    a = SimpleNamespace(fail=None, column="incidents_detected_pct_with_us", n_experiments=4, indices={},
                        dummy={}, lever_effects=rows, within_noise={}, dummy_score=None)
    _mark_noise(a, manifest)
    return rows


def test_a_us_enabler_has_no_effect_by_construction_without_the_us() -> None:
    """us-enablers.toml showed ISR moving the without-US response time by "13.8 h (95% interval
    ± 13)" with no mark, and cited it in other rows as "the same lever moves ... by 13.8 h"."""
    rows = _marked(_enabler_manifest(), _enabler_frame())
    isr = {r["outcome"]: r for r in rows if r["lever"] == "us_backstop_isr"}
    time = isr["incidents.respond_h_p90"]
    assert abs(time["without_us"] - 13.8) < 0.05 and time["without_us"] - time["without_us_conf"] > 0
    assert time["without_us_fixed"].startswith("no effect by construction: without the US backstop this enabler is off")
    assert time["without_us_noise"] == ""
    # never cited as evidence elsewhere
    for r in rows:
        assert "13.8" not in r["with_us_noise"] + r["without_us_noise"], r
    # the with-US effect stays an effect
    assert time["with_us_fixed"] == "" and time["with_us_noise"] == ""


def test_the_cells_say_so_in_the_page_and_the_text() -> None:
    from reassure.present.explore_report import _cell_text, _effect_cell

    rows = _marked(_enabler_manifest(), _enabler_frame())
    time = next(r for r in rows if r["lever"] == "us_backstop_isr" and r["outcome"] == "incidents.respond_h_p90")
    cell = _effect_cell(time, "without_us")
    assert "No effect by construction" in cell and "Monte Carlo noise" in cell
    assert not cell.split("<div")[0].strip().endswith("13.8 h (95% interval ± 0.1)")  # not shown as an effect
    assert _cell_text(time, "without_us").startswith("no effect by construction")


def test_the_rule_is_what_the_without_us_scenario_reads() -> None:
    """The rule is the without-US case's own (`Scenario.without_us`), applied to the base
    scenario: a us_backstop switch is not read there, the force target is."""
    from reassure.run.explore.analyse import unread_without_us

    scenario = [{"name": "europe-2025", "file": str(REPO / "scenarios" / "europe-2025.toml")}]
    manifest = _enabler_manifest(scenario)
    manifest["factors"].append({"name": "force_target_troops", "path": "force.target_troops", "role": "lever",
                                "values": [20000, 30000], "low": None, "high": None})
    manifest["factors"].append({"name": "contributors_DEU_p_join", "path": "contributors[DEU].p_join",
                                "role": "uncertainty", "values": None, "low": 0.0, "high": 0.8})
    unread = unread_without_us(manifest)
    assert set(unread) == {"us_backstop_isr", "us_backstop_tanker"}


def test_an_exact_zero_is_no_effect_not_noise() -> None:
    """The force model's chance is the same whatever the enabler ("0 ± 0"): it was called
    "cannot be told from noise ... not evidence of no effect"."""
    frame = _enabler_frame()
    frame["incidents_detected_pct_with_us"] = 50.0
    rows = _marked(_enabler_manifest(), frame)
    tanker = next(r for r in rows if r["lever"] == "us_backstop_tanker" and r["outcome"] == "incidents.detected_pct")
    assert tanker["with_us"] == 0 and tanker["with_us_conf"] < 1e-9
    assert tanker["with_us_noise"] == ""
    assert tanker["with_us_fixed"].startswith("no effect: the outcome is exactly the same at both settings")
    assert "cannot be told from noise" not in tanker["with_us_fixed"]


def test_a_fixed_target_is_named_as_the_target() -> None:
    from reassure.run.explore.figures import explore_meta

    meta = {"label": "Chance the high end of the target (30,000 troops) is fielded, given who may not join", "unit": "%"}
    fixed = explore_meta("force.p_target_met_pct", meta, {"constants": {"force.target_troops": 25000}, "factors": []})
    assert fixed["label"].startswith("Chance the target (25,000 troops) is fielded")
    lever = {"constants": {}, "factors": [{"path": "force.target_troops", "values": [25000]}]}
    assert explore_meta("force.p_target_met_pct", meta, lever)["label"].startswith("Chance the target (25,000 troops)")
    varied = {"constants": {}, "factors": [{"path": "force.target_troops", "values": [20000, 25000, 30000]}]}
    assert explore_meta("force.p_target_met_pct", meta, varied)["label"].startswith("Chance the target is fielded")
    # an experiment that leaves the target alone keeps the base plan's words
    assert "high end" in explore_meta("force.p_target_met_pct", meta, {"constants": {}, "factors": []})["label"]


def test_a_bound_on_an_input_within_noise_may_be_chance_and_numbers_read_plainly() -> None:
    box = Box({"horizon": (21.0, 30.0), "pledge": (4000.0, 9312.4)}, {}, restricted=["horizon", "pledge"],
              full={"horizon": (20.0, 30.0), "pledge": (4000.0, 12000.0)})
    assert box.words() == "horizon at least 21 and pledge at most 9,310"
    box.chance = {"horizon"}
    words = box.words()
    assert words.startswith("horizon at least 21 (its own effect cannot be told from the dummy's: the bound may be chance)")
    assert "e+" not in words


def test_analyse_marks_the_bounds_on_inputs_within_noise(tmp_path: Path) -> None:
    _title_store(tmp_path)
    a = analyse(tmp_path, "test.y", fail="test_y_with_us < 50")
    boxes = [b for g in a.discovery for b in (*g["prim"], *g["cart"])]
    assert boxes
    for b in boxes:
        assert b.chance == {n for n in b.restricted if n in a.within_noise}
        if b.chance:
            assert "the bound may be chance" in b.words(a.labels)


def test_indices_pooled_over_a_lever_say_so_and_where_restricts_them(tmp_path: Path) -> None:
    """what-drives-25000 pools three targets (means 82%, 38%, 13%): the table must say so, and
    "too few experiments to separate the inputs" is not why they do not."""
    from reassure.present.explore_report import analysis_lines, render_explore_report

    _title_store(tmp_path)
    a = analyse(tmp_path, "test.y", fail="test_y_with_us < 50")
    (pooled,) = a.pooled
    assert pooled["lever"] == "target" and pooled["swamps"] and [s["value"] for s in pooled["settings"]] == [20000, 25000, 30000]
    text = "\n".join(analysis_lines(a))
    assert "The indices are pooled over the 3 settings of target (20,000: mean" in text
    assert '--where "target = 25000"' in text
    page = render_explore_report(read_manifest(tmp_path), a, None)
    assert "pooled over the 3 settings of target" in page
    a.indices = {"rbd_fast": [{"factor": "a", "distinguishable": False}]}
    a.discovery = [{"prim": [Box({"a": (0.0, 0.4)}, {}, restricted=["a"], full={"a": (0.0, 1.0)})]}]
    said = _indices_versus_boxes(a)
    assert "too few" not in said and "pooled over the settings of target" in said
    # one setting at a time
    one = analyse(tmp_path, "test.y", fail="test_y_with_us < 50", where="target = 25000")
    assert one.n_evaluations == int((_targets(tmp_path) == 25000).sum())
    assert one.where == "target = 25000" and not one.pooled and one.complete
    assert any("only the evaluations where target = 25000" in n for n in one.notes)


def _targets(out: Path) -> np.ndarray:
    from reassure.run.explore.store import results

    return results(out)["target"].to_numpy()


def test_where_is_checked_like_fail(tmp_path: Path) -> None:
    from reassure.errors import ReassureError

    _title_store(tmp_path)
    with pytest.raises(ReassureError, match="--where 'targte = 1' names no column"):
        analyse(tmp_path, "test.y", where="targte = 1")
    with pytest.raises(ReassureError, match="holds for none"):
        analyse(tmp_path, "test.y", where="target = 1")


def test_the_docs_describe_where() -> None:
    text = " ".join((REPO / "docs" / "explore.md").read_text(encoding="utf-8").split())
    assert "--where" in text and "pooled over" in text and "no effect by construction" in text


def test_manifest_roundtrip_unchanged(tmp_path: Path) -> None:
    """The store is not written by the analysis (determinism: same seed, same numbers)."""
    _title_store(tmp_path)
    before = read_manifest(tmp_path)
    first = analyse(tmp_path, "test.y", fail="test_y_with_us < 50").to_dict()
    second = analyse(tmp_path, "test.y", fail="test_y_with_us < 50").to_dict()
    assert read_manifest(tmp_path) == before
    assert first["indices"] == second["indices"] and first["pooled"] == second["pooled"]
    write_manifest(tmp_path, before)
