"""Session 54: dispatch by triage (``incidents.dispatch = "in_time"``), the default.

Under first come, first served every detected call waited for a unit however late it would
arrive, so the extra calls the US sensors found on the line tied up the units a protected site
needed next, and mnf-u-2026 reached fewer incidents in time with the US backstop than without it
(9.9 % against 16.0 %). With triage an in-theatre unit goes only to a call it reaches within the
threshold; the rest pass at once to the outside support force. The engine equals the reference
engine bit for bit with either rule (test_engine_reference.py) and agrees with SimPy
(test_incidents_reference.py, the ``*_triage`` scenarios); here: what the rule guarantees, the
shipped plans' reversal gone, the setting and its notes.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference_scenarios import SCENARIOS

from reassure.models.incidents.engine import simulate_replication
from reassure.run.pipeline import run_capability
from reassure.run.section_incidents import TRIAGE_HINT, dispatches_by_triage, queueing_note
from reassure.spec import load_scenario

REPO = Path(__file__).resolve().parents[2]
FIRST_COME = {"incidents.dispatch": "first_come"}
WHY = "s54: the first-come-first-served dispatch, to compare with triage"


@settings(max_examples=40, deadline=None)
@given(name=st.sampled_from(["single_pool", "tiers_and_regimes", "overloaded"]),
       threshold_h=st.sampled_from([0.25, 0.5, 1.0, 2.0, 4.0]), seed=st.integers(0, 2**32),
       replication=st.integers(0, 5))
def test_triage_never_sends_an_in_theatre_unit_to_a_call_it_reaches_late(
        name: str, threshold_h: float, seed: int, replication: int) -> None:
    model = replace(SCENARIOS[name](), triage=True, threshold_h=threshold_h)
    out = simulate_replication(model, seed, replication)
    in_theatre = out.answered & ~out.escalated
    from_report = out.respond_h[in_theatre] - out.detect_h[in_theatre]
    # (1e-9: respond_h - detect_h re-adds what the kernel compared as wait + travel)
    assert np.all(from_report <= threshold_h + 1e-9), from_report.max(initial=0.0)


def test_first_come_first_served_does_send_units_late_on_the_same_draws() -> None:
    """The rule above is triage's, not every dispatch's: first come, first served answers calls
    in theatre after the threshold on the same model and draws (else the test above is empty)."""
    model = replace(SCENARIOS["overloaded"](), triage=False)
    out = simulate_replication(model, 7, 0)
    late = out.answered & ~out.escalated & ~out.within_threshold
    assert late.sum() > 0


def _in_time(r: dict[str, Any]) -> float:
    return r["within_threshold_incidents_fraction"]["value"]


@pytest.mark.parametrize("name", ["mnf-u-2026", "europe-2025", "coalition-2025-09"])
def test_the_shipped_plans_reach_more_incidents_in_time_with_the_us_backstop(name: str) -> None:
    scn = load_scenario(name)
    assert dispatches_by_triage(scn)
    r = run_capability("incidents", scn, runs=100).to_dict()
    assert _in_time(r) > _in_time(r["without_us"]), (name, _in_time(r), _in_time(r["without_us"]))


def test_mnf_u_2026_read_worse_with_the_us_under_first_come_first_served() -> None:
    """What triage removed: the same plan, dispatched first come, first served, reverses."""
    scn = load_scenario("mnf-u-2026")
    before = run_capability("incidents", scn.with_overrides(FIRST_COME, assumption=WHY), runs=100).to_dict()
    now = run_capability("incidents", scn, runs=100).to_dict()
    assert _in_time(before) < _in_time(before["without_us"])  # 9.9 % against 16.0 %
    assert _in_time(now) > _in_time(before) and _in_time(now["without_us"]) > _in_time(before["without_us"])
    # the protected sites' calls: a site's QRF is no longer sent up the line
    sites = [next(s for s in r["sectors"] if "site" in s["name"])["within_threshold_fraction"]["value"]
             for r in (before, now)]
    assert sites[1] > 0.9 > sites[0], sites


def test_the_default_is_said_and_first_come_is_kept_when_asked() -> None:
    from reassure.run.pipeline import build_inputs

    scn = load_scenario("europe-2025")
    triaged = build_inputs("incidents", scn, runs=1).with_us
    assert triaged.model.triage
    assert any(n.startswith("shipped default used: the plan dispatches by triage") for n in triaged.notes)
    kept = build_inputs("incidents", scn.with_overrides(FIRST_COME, assumption=WHY), runs=1).with_us
    assert not kept.model.triage and not any("dispatches by triage" in n for n in kept.notes)

def test_triage_named_in_a_file_is_not_called_a_default(tmp_path: Path) -> None:
    from reassure.run.pipeline import build_inputs

    path = tmp_path / "plan.toml"
    path.write_text('schema = 1\nextends = "europe-2025"\nname = "triaged"\n[incidents]\n'
                    'dispatch = "in_time"\n', encoding="utf-8")
    said = build_inputs("incidents", load_scenario(path), runs=1).with_us.notes
    assert any(n.startswith("the plan dispatches by triage") for n in said), said


def test_a_bad_dispatch_in_a_file_is_one_clear_line(tmp_path: Path) -> None:
    path = tmp_path / "plan.toml"
    path.write_text('schema = 1\nextends = "europe-2025"\nname = "bad-dispatch"\n[incidents]\n'
                    'dispatch = "triage"\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "reassure", "validate", str(path)], capture_output=True,
                         text=True, cwd=REPO, timeout=120)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert f"{path}:5" in run.stderr and "incidents.dispatch" in run.stderr, run.stderr
    assert "'first_come'" in run.stderr and "'in_time'" in run.stderr, run.stderr


def _side(in_time_all: float, in_time_calls: float, escalated: float, detected: float) -> dict[str, Any]:
    return {"within_threshold_incidents_fraction": {"value": in_time_all},
            "within_threshold_fraction": {"value": in_time_calls},
            "unreached_fraction": {"value": 1 - detected}, "escalated_fraction": {"value": escalated},
            "detected_fraction": {"value": detected}}


def test_a_reversal_under_triage_is_not_blamed_on_first_come_first_served() -> None:
    reversed_ = (_side(0.10, 0.10, 0.8, 0.47), _side(0.16, 0.42, 0.5, 0.16))
    triaged = SimpleNamespace(incidents=SimpleNamespace(dispatch="in_time"))
    note = queueing_note(*reversed_, scenario=triaged)
    assert note is not None
    assert "first come" not in note and 'The plan dispatches by triage (incidents.dispatch = "in_time")' in note
    assert "escalated to the outside support force at once" in note
    # under first come, first served the note names the setting that dispatches by triage
    first_come = SimpleNamespace(incidents=SimpleNamespace(dispatch="first_come"))
    assert queueing_note(*reversed_, scenario=first_come).endswith(TRIAGE_HINT)


def test_under_triage_no_label_or_note_says_the_allowed_wait_decides() -> None:
    """incidents.max_wait plays no part under triage: no label or note may say a time is set by
    it or that calls escalate after it (they did, from the first-come-first-served wording)."""
    from reassure.run.section_incidents import incidents_section

    scn = load_scenario("europe-2025")
    r = run_capability("incidents", scn, runs=10).to_dict()
    # (results.json: the rule named, and no allowed wait a reader could take for a first-come one)
    assert r["inputs"]["dispatch"] == "in_time" and r["inputs"]["max_wait_h"] is None
    section = incidents_section(scn, {"runs": 10, "seed": scn.seed}, r)
    texts = [f.label for f in section.figures] + list(section.notes) + list(section.warnings)
    for wrong in ("set by incidents.max_wait", "within incidents.max_wait", "longer than the allowed wait",
                  "within 12 h is escalated", "not by incidents.max_wait"):
        assert not any(wrong in t for t in texts), (wrong, [t for t in texts if wrong in t])
    escalated = next(f for f in section.figures if f.key == "escalated_pct")
    assert 'reaching them within the response threshold: incidents.dispatch = "in_time"' in escalated.label
    # the support force still sets the median where the escalated calls queue for it
    median = next(f for f in section.figures if f.key == "respond_h_p50")
    assert "set by the outside support force" in median.label and "go at once" in median.label, median.label
