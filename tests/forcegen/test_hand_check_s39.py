"""s39 hand check of the force figures (a defence analyst re-deriving them from the printed inputs).

Every headline figure of europe-2025 and mnf-u-2026 was recomputed by hand and agreed (fieldable
troops, pool, shares, costs, people, chances). Two statements did not match the model:

1. docs/validation.md said that, read end to start (6-month tours, 24 months between), keeping
   64,000 deployed for Radakin's two years ties up 320,000, 25% over his 256,000. The model sizes
   the pool to the horizon (docs/models/forcegen.md section 2): two years need four 6-month tours,
   so at most four sets of troops, 256,000 on either reading. 320,000 is the steady rotation.
2. With ``force.max_tours`` left out, the shipped-default note said the distinct individuals over
   the horizon "are the rotation pool". The model counts whole sets of troops,
   ``ceil((tour + interval) / tour)`` of them: for a 4-month tour and 6 months between (2.5 per
   deployed, Gady's ratio) that is 3 times the force, not the pool's 2.5.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pytest

from reassure import load_scenario, run_capability
from reassure.models.forcegen import NationForce, solve_allocation

from .helpers import problem

ROOT = Path(__file__).resolve().parents[2]


def _radakin_row() -> list[str]:
    text = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines()
               if line.startswith("| Troops tied up to keep 64,000 deployed for two years"))
    return [cell.strip() for cell in row.strip("|").split("|")]


def test_radakin_two_years_read_end_to_start_is_256000_in_the_model() -> None:
    # the model, asked Radakin's question with the shipped end-to-start UK reading
    uk = NationForce("GBR", "United Kingdom", 1_000_000, pledge_troops=64_000, sustainable_share=1.0)
    two_years = solve_allocation(problem([uk], 64_000, tour=6, interval=24, horizon_years=2))
    assert two_years.deployed_total == 64_000
    assert two_years.pool_total == pytest.approx(256_000)
    assert two_years.cumulative_individuals_low == pytest.approx(256_000)
    # a steady rotation (any horizon over two years) is where the end-to-start 5 applies
    longer = solve_allocation(problem([uk], 64_000, tour=6, interval=24, horizon_years=20))
    assert longer.pool_total == pytest.approx(320_000)


def test_the_validation_row_states_the_models_two_year_figure() -> None:
    figure, _published, *_ = _radakin_row()[1:]
    found = re.search(r"([\d,]+) with UK Harmony read end to start", figure)
    assert found, figure
    assert int(found.group(1).replace(",", "")) == 256_000


def _gady_unlimited():
    plan = load_scenario("europe-2025")
    force = plan.force
    interval = force.interval.model_copy(update={"value": 6.0, "low": 6.0, "high": 6.0})
    return plan.model_copy(update={"force": force.model_copy(update={"max_tours": None, "interval": interval})})


def test_without_max_tours_the_note_gives_the_models_count_of_people() -> None:
    data = run_capability("force", _gady_unlimited(), draws=0).to_dict()
    fra = next(n for n in data["nations"] if n["nation"] == "FRA")
    assert fra["units_per_deployed"] == pytest.approx(2.5)
    # the model: 30 years of 4-month tours, whole sets of ceil(10 / 4) = 3 (GBR: 6 and 24, 5)
    by_rule = sum(n["deployed"] * (5 if n["nation"] == "GBR" else math.ceil(10 / 4))
                  for n in data["nations"])
    assert data["cumulative_individuals"]["high"] == by_rule
    assert data["cumulative_individuals"]["high"] > data["pool_total"]
    note = next(d for d in data["defaults_used"] if d.startswith("max_tours = none"))
    assert "are the rotation pool" not in note
    assert "ceil((tour + interval) / tour)" in note
