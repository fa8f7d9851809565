"""Validated, then the models fail? Every number of a shipped scenario at either edge of its
plausible span validates and runs, or is refused by validation with the one-line template.

All fields are validated at both edges; the models run here on the fields the adversarial pass
found trouble with (benchmarks/bench_fuzz.py runs the models on a wider sample).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bounds_cases import bound_cases, write_case

from reassure.errors import MAX_MESSAGE_CHARS, ReassureError, counted_length
from reassure.spec import load_scenario

#: The fields of issue #16's "nonsense accepted" list, each at the edge that stressed a model.
STRESSED = [
    ("horizon", "hi"), ("posture.standoff", "hi"), ("force.max_tours", "hi"),
    ("monitoring.fleets[0].orbits", "hi"), ("monitoring.cell", "lo"),
    ("incidents.dispersion", "lo"), ("force.target_troops", "lo"),
]


@pytest.mark.filterwarnings("ignore::reassure.spec.ScenarioWarning")  # a value at its bound may be unusual (s51)
def test_every_field_at_its_bounds_validates_or_is_refused_cleanly(tmp_path: Path) -> None:
    outcomes = {"ok": 0, "refused": 0}
    for path, which, text in bound_cases("ukraine-request"):
        file = write_case(tmp_path, path, which, text)
        try:
            load_scenario(file)
            outcomes["ok"] += 1
        except ReassureError as err:
            message = str(err)
            assert re.match(rf"^{re.escape(str(file))}:\d+: ", message), message
            assert counted_length(message) <= MAX_MESSAGE_CHARS, message
            outcomes["refused"] += 1
    # most edges are plausible values; a few break cross-field rules (shares adding up to 1)
    assert outcomes["ok"] > 3 * outcomes["refused"] > 0, outcomes


@pytest.mark.filterwarnings("ignore::reassure.spec.ScenarioWarning")  # a value at its bound may be unusual (s51)
@pytest.mark.parametrize(("field", "which"), STRESSED, ids=[f"{f}-{w}" for f, w in STRESSED])
def test_models_run_at_the_bounds(tmp_path: Path, field: str, which: str) -> None:
    from reassure.run.assess import Settings, assess

    cases = [(p, w, t) for p, w, t in bound_cases("ukraine-request", {field}) if w == which]
    assert len(cases) == 1
    scenario = load_scenario(write_case(tmp_path, *cases[0]))
    result = assess(scenario, Settings(runs=1, sensitivity=False, workers=1))
    figures = [f for s in result.sections for f in s.figures]
    assert figures and result.verdicts
