"""Review r6 on `explore analyse` and its report: a stored `fail` about another outcome is said
(M8), a sensitivity row without an interval gets no verdict (L3), the two "effect" figures say
what each compares (L4)."""

from __future__ import annotations

import math
from pathlib import Path

from reassure.run.explore.design import unit_design
from reassure.run.explore.store import write_batch, write_manifest, write_table


def _store(out: Path, n: int = 40) -> None:
    """Two outcomes of two inputs; the run's `fail` is about the second outcome."""
    unit = unit_design("lhs", 2, samples=n, levels=4, second_order=False, seed=5)
    names = ["x1", "x2"]
    factors = [{"name": k, "path": k, "role": "uncertainty", "low": 0.0, "high": 1.0, "values": None,
                "distribution": "uniform", "unit": "", "source": [], "assumption": "test"} for k in names]
    write_manifest(out, {"reassure_version": "test", "experiment": {"name": "t", "title": "t"},
                         "design": {"kind": "lhs", "rows": n, "samples": n, "levels": 4, "second_order": False},
                         "seed": 1, "runs": 1, "replications": 1, "outcomes": ["test.y", "other.z"],
                         "fail": "other_z_with_us < 0.5", "n_experiments": n, "n_evaluations": n,
                         "scenarios": [], "factors": factors, "sources": []})
    write_table(out / "design.parquet", [{"experiment_id": i, "x1": float(unit[i, 0]), "x2": float(unit[i, 1]),
                                          "u_x1": float(unit[i, 0]), "u_x2": float(unit[i, 1])} for i in range(n)])
    rows = []
    for i in range(n):
        y, z = 3 * unit[i, 0], unit[i, 1]
        rows.append({"item": i, "experiment_id": i, "replication": 0, "seed": 0, "scenario": "t", "error": "",
                     "x1": float(unit[i, 0]), "x2": float(unit[i, 1]),
                     "test_y_with_us": float(y), "test_y_without_us": float(y),
                     "other_z_with_us": float(z), "other_z_without_us": float(z)})
    write_batch(out, rows)


def test_stored_fail_about_another_outcome_is_said_first(tmp_path: Path, recwarn) -> None:
    from reassure.present.explore_report import analysis_lines
    from reassure.run.explore.analyse import analyse

    _store(tmp_path)
    a = analyse(tmp_path, "test.y")
    # r6 L3: SALib's RuntimeWarnings (an RBD-FAST resample without variance) do not leak.
    assert not [w for w in recwarn if issubclass(w.category, RuntimeWarning)]
    assert a.notes[0].startswith("the failure condition (other_z_with_us < 0.5) is the run's stored `fail`, "
                                 "about other.z, not test.y")
    assert '--fail "test_y_with_us < N"' in a.notes[0]
    lines = analysis_lines(a)
    assert lines[0].startswith("(about the stored fail condition, not test.y)")  # the reader's headline
    assert any("about other.z, not test.y" in line for line in lines[:6])
    # Given --fail on this outcome, nothing to say; nor when the stored fail is about it.
    given = analyse(tmp_path, "test.y", fail="test_y_with_us < 1")
    assert not any("stored `fail`" in n for n in given.notes)
    assert not any("stored `fail`" in n for n in analyse(tmp_path, "other.z").notes)


def test_a_row_without_an_interval_gets_no_noise_verdict() -> None:
    from reassure.present.explore_report import verdict_text

    assert verdict_text({"S1": 0.08, "S1_conf": math.nan, "distinguishable": False}, "S1_conf") == \
        "no interval: cannot be told from noise"
    assert verdict_text({"S1": 0.08, "S1_conf": 0.01, "distinguishable": True}, "S1_conf") == \
        "distinguishable from noise"
    assert verdict_text({"S1": 0.08, "S1_conf": 0.2, "distinguishable": False}, "S1_conf") == \
        "not distinguishable from noise"


def test_main_effects_say_they_are_not_the_headline_lever_effect() -> None:
    from reassure.present.explore_report import INDEX_METHOD_TEXT

    text = INDEX_METHOD_TEXT["main_effects"][-1]
    assert "highest value alone" in text and "top third with its bottom third" in text
