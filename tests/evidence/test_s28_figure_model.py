"""(s28) The troop-size model sees the figure itself: the (low, high) pair crossed with the kind of
subject, since this case's figures recur from report to report and most wrong sizes on fresh
reports were a right figure under the wrong subject (docs/evidence.md §10 "Session 28"). The
rules' reading as Ukraine's request stays unless the model finds it unlikely, and the model
counts each feature once at run time, as in training. Sentences are the project's own words."""

from __future__ import annotations

import json
import sys
from importlib import resources
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reassure.evidence import build_ledger
from reassure.evidence._claim_model import (
    REQUEST_KEPT_AT,
    ClaimModel,
    load_model,
    value_features,
)

REPO = Path(__file__).resolve().parents[2]


def _troops(tmp_path: Path, body: str) -> set[tuple[str, float | None, float | None]]:
    path = tmp_path / "r.txt"
    path.write_text("Title: Peacekeepers for Ukraine after a ceasefire\n\n" + body + "\n",
                    encoding="utf-8")
    ledger = build_ledger([path], jobs=1)
    return {(c.subject, c.low, c.high) for c in ledger.claims if c.unit == "troops"}


def test_the_figure_pair_is_one_feature_for_its_kind_of_subject() -> None:
    assert value_features("european_force", 25000.0, 30000.0) == ["european_force|xvr:25000-30000"]
    assert value_features("ukraine_request", 200000.0, None) == ["ukraine_request|xvr:200000-none"]
    assert value_features("contribution", None, 10000.0) == ["contribution|xvr:none-10000"]


@given(st.lists(st.sampled_from(["a", "b", "c", "d"]), max_size=12))
def test_a_feature_listed_twice_weighs_once_as_in_training(feats: list[str]) -> None:
    model = ClaimModel(weights={"a": 1.25, "b": -0.5, "c": 2.0}, bias=-1.0, threshold=0.5)
    z = -1.0 + sum({"a": 1.25, "b": -0.5, "c": 2.0}.get(f, 0.0) for f in set(feats))
    assert model.probability(feats) == pytest.approx(1.0 / (1.0 + np.exp(-z)))
    assert model.probability(feats + feats) == model.probability(feats)


def test_the_shipped_model_knows_the_figures_and_was_fitted_on_sets_54_to_69() -> None:
    doc = json.loads(resources.files("reassure.evidence").joinpath("claim_model.json")
                     .read_text("utf-8"))
    assert any("|xvr:" in f for f in doc["weights"])
    sets = {s for s in doc["trained_on"] if s.startswith("evidence-real")}
    assert {f"evidence-real{n}a" for n in range(54, 70)} <= sets
    assert doc["cv_all"]["c"]["rules_kept"] is True
    assert load_model() is not None and load_model().threshold == doc["threshold"]


@pytest.mark.parametrize("body", [
    "Kyiv is requesting at least 100,000 to 150,000 troops for the mission, officials said.",
    "For its part, Ukraine is requesting at least 100,000 to 150,000 troops from its partners.",
])
def test_what_ukraine_requests_stays_its_request(tmp_path: Path, body: str) -> None:
    assert _troops(tmp_path, body) == {("ukraine_request", 100000.0, 150000.0)}


def test_the_franco_british_plan_stays_the_force(tmp_path: Path) -> None:
    body = ("Britain and France have drawn up plans for a force of 25,000 to 30,000 troops to be "
            "based away from the front line.")
    assert ("european_force", 25000.0, 30000.0) in _troops(tmp_path, body)


def _decide(p_request: float, p_force: float, t: float) -> set[tuple[str, float, float]]:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import train_claim_model as trainer
    finally:
        sys.path.remove(str(REPO / "scripts"))
    rows = [("r1", (3, 9), "ukraine_request", 100000.0, 150000.0, ["kind:ukraine_request", "is_rule"]),
            ("r1", (3, 9), "european_force", 100000.0, 150000.0, ["kind:european_force"])]
    return trainer.decide(rows, np.array([p_request, p_force]), t)["r1"]


def test_training_decides_as_the_ledger_does() -> None:
    """The threshold is chosen with the decision the ledger makes (`_claim_model.revise`)."""
    assert _decide(REQUEST_KEPT_AT + 0.05, 0.7, 0.55) == {("ukraine_request", 100000.0, 150000.0)}
    assert _decide(REQUEST_KEPT_AT - 0.05, 0.7, 0.55) == {("european_force", 100000.0, 150000.0)}
    assert _decide(0.1, 0.5, 0.55) == set()
