"""docs/explore.md documents every field of the experiment format, and the shipped examples load."""

from __future__ import annotations

from pathlib import Path

import pytest

from reassure.spec.experiment import Design, Experiment, Factor, Uncertainties

REPO = Path(__file__).resolve().parents[2]
DOC = (REPO / "docs" / "explore.md").read_text()


@pytest.mark.parametrize("model", [Experiment, Design, Uncertainties, Factor])
def test_every_experiment_field_is_documented(model: type) -> None:
    missing = [f.alias or n for n, f in model.model_fields.items()
               if f"`{f.alias or n}`" not in DOC and f"`[{f.alias or n}]`" not in DOC
               and f"`[[{f.alias or n}]]`" not in DOC and f"`[[uncertainties.{n}]]`" not in DOC]
    assert not missing, f"undocumented in docs/explore.md: {missing}"


@pytest.mark.parametrize("path", sorted((REPO / "experiments").glob("*.toml")), ids=lambda p: p.stem)
def test_shipped_examples_build(path: Path) -> None:
    from reassure.run.explore import plan_from_file

    plan = plan_from_file(path)
    assert plan.n_experiments >= 16 and plan.fail
    assert all(f.source or f.assumption or f.role == "lever" for f in plan.factors)
    # Every shipped lever says why its range or choices (not only "planner choice").
    assert all(f.assumption for f in plan.factors if f.role == "lever"), [f.path for f in plan.factors if not f.assumption]
