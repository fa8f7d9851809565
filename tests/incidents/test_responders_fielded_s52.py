"""Review s52 3 (an analyst, stress-100k-no-us-no-air): `validate` warned that the plan has no
fighter, so "its calls are answered by ground_qrf, helicopter, outside_support only", but the plan
has 0 helicopters (its one [[air.helicopters]] detachment holds 0 aircraft; units.csv lists none).
A responder kind the plan has no unit of is not listed as answering, and a `helicopter` responder
with only 0-aircraft detachments is warned of as one with no detachment is (and as `air` with 0
aircraft is).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reassure
from reassure.spec._model_checks import (
    air_responder_warnings,
    fielded_responders,
    helicopter_responder_warnings,
)

#: The analyst's stress plan, as much of it as the responders read: europe-2025 with no fighter and
#: no helicopter, each entry kept with 0 aircraft.
STRESS = """schema = 1
name = "stress-no-air"
title = "europe-2025 with no fighters or helicopters"
extends = "europe-2025"

[[air.bases]]
base = "EPRZ"
aircraft = { value = 0, unit = "aircraft", assumption = "stress case: no European fighters committed" }

[[air.bases]]
base = "LRCK"
aircraft = { value = 0, unit = "aircraft", assumption = "stress case: no US fighters (no US backstop)" }

[[air.helicopters]]
id = "heli-qrf"
aircraft = { value = 0, unit = "aircraft", assumption = "stress case: no helicopters in the force" }
"""

NO_HELICOPTER = "names `helicopter`, but the plan has no helicopter (its air.helicopters hold 0 aircraft)"
NO_FIGHTER = "names `air`, but the plan has no fighter (air.bases, air_policing QRA)"


def _answering(warning: str) -> set[str]:
    """The responders a warning says answer the calls (``answered by a, b only``)."""
    m = re.search(r"answered by (.+?) only", warning)
    return set() if m is None else set(m.group(1).split(", "))


@pytest.fixture(scope="module")
def stress(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    path = tmp_path_factory.mktemp("s52") / "stress.toml"
    path.write_text(STRESS, encoding="utf-8")
    return path, reassure.load_scenario(path)


def test_a_plan_of_0_helicopters_lists_none_as_answering(stress: tuple[Path, Any], run_cli) -> None:  # noqa: ANN001
    path, s = stress
    typed = [t.id for t in s.incidents.types if "helicopter" in t.responders]
    air = [w for w in s.load_warnings if NO_FIGHTER in w]
    heli = [w for w in s.load_warnings if NO_HELICOPTER in w]
    assert typed and len(air) == len(typed) and len(heli) == len(typed), s.load_warnings
    for warning in air + heli:
        assert "its calls are answered by ground_qrf, outside_support only" in warning, warning
        assert "helicopter, " not in warning.split("answered by")[1], warning
    assert set(heli) <= set(s.load_warnings_about("incidents"))
    out = run_cli("validate", str(path))
    assert out.exit_code == 0, out.stderr
    said = " ".join((out.stdout + out.stderr).split())
    assert NO_HELICOPTER in said and "answered by ground_qrf, helicopter" not in said


def test_the_model_fields_the_responders_the_warnings_name(stress: tuple[Path, Any]) -> None:
    """The kinds `fielded_responders` counts are the kinds of the incident model's units."""
    from reassure.run.pipeline import run_capability

    _, s = stress
    r = run_capability("incidents", s, runs=2).to_dict()
    assert {u["kind"] for u in r["units"]} == fielded_responders(s) == {"ground_qrf", "outside_support"}
    shipped = reassure.load_scenario("europe-2025")
    r = run_capability("incidents", shipped, runs=2).to_dict()
    assert {u["kind"] for u in r["units"]} == fielded_responders(shipped)


@pytest.fixture(scope="module")
def europe() -> Any:
    return reassure.load_scenario("europe-2025")


@settings(max_examples=25, deadline=None)
@given(helicopters=st.sampled_from([0, 2]), fighters=st.sampled_from([(0, 0), (12, 0), (0, 12), (12, 12)]),
       qrf=st.sampled_from([0, 1, 2]), support=st.sampled_from([0, 1, 33]))
def test_no_warning_lists_a_responder_the_plan_has_no_unit_of(europe: Any, helicopters: int,
                                                              fighters: tuple[int, int], qrf: int,
                                                              support: int) -> None:
    s = europe.with_overrides({"air.helicopters[0].aircraft": helicopters, "air.bases[0].aircraft": fighters[0],
                               "air.bases[1].aircraft": fighters[1], "incidents.qrf_per_garrison": qrf,
                               "incidents.support_force_responses": support},
                              assumption="a test variant: which responders the plan fields")
    fielded = fielded_responders(s)
    assert ("helicopter" in fielded) == (helicopters > 0)
    assert ("air" in fielded) == (max(fighters) > 0)
    assert ("ground_qrf" in fielded) == (qrf > 0) and ("outside_support" in fielded) == (support > 0)
    warnings = helicopter_responder_warnings(s, lambda loc, m: m) + air_responder_warnings(s, lambda loc, m: m)
    for warning in warnings:
        assert _answering(warning) <= fielded, warning
        if not _answering(warning):
            assert "no unit can answer its calls, so every one goes unanswered" in warning, warning
    named = [t for t in s.incidents.types if t.responders]
    # a warning for each type that names a responder the plan has none of, and only then
    for kind, words in (("helicopter", "names `helicopter`"), ("air", "names `air`")):
        expected = 0 if kind in fielded else sum(kind in t.responders for t in named)
        assert sum(words in w for w in warnings) == expected, (kind, warnings)
