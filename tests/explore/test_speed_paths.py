"""The shortcuts explore takes for speed change no number: figures-only sections equal the
report's, and smaller batches still cover every item once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reassure.run.explore.execute import BATCHES_PER_WORKER, _batches, batch_size


@given(size=st.integers(1, 64), n_items=st.integers(0, 500), workers=st.integers(1, 8))
def test_batches_cover_every_item_once_and_give_each_worker_enough(size: int, n_items: int, workers: int) -> None:
    chosen = batch_size(size, n_items, workers)
    assert 1 <= chosen <= size
    batches = list(_batches(list(range(n_items)), chosen))
    assert [i for b in batches for i in b] == list(range(n_items))
    # Either the plan's own batches are already enough, or there are BATCHES_PER_WORKER a worker
    # (as many as there are items, when there are fewer).
    assert len(batches) >= min(n_items, BATCHES_PER_WORKER * workers) or chosen == size


def test_figures_only_sections_have_the_report_figures() -> None:
    from reassure.run.capability import Context
    from reassure.run.pipeline import run_capability
    from reassure.spec import load_scenario

    scenario = load_scenario("europe-2025")
    outcome = run_capability("monitoring", scenario)
    settings = {"runs": 1, "seed": scenario.seed, "version": "test"}
    full = outcome.capability.section(outcome, Context(scenario, settings, {"monitoring": outcome}))
    quick = outcome.capability.section(outcome, Context(scenario, settings | {"figures_only": True},
                                                        {"monitoring": outcome}))
    assert full is not None and quick is not None
    assert quick.figures == full.figures and quick.verdicts == full.verdicts
    assert full.layers and not quick.layers  # only the map layer is left out
