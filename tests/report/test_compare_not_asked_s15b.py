"""`compare`: a plan not asked the satellite verdict (no `[monitoring.band]`) or the MCM verdict
(no MCM task drawing on an existing group) has its n/a explained in words, as the planned-share
verdict's n/a already is (review s15b 2)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reassure.present.compare import comparison_rows, print_comparison
from reassure.run.results import SectionResult, Verdict
from reassure.run.section_maritime import MCM_QUESTION
from reassure.run.section_monitoring_band import SATELLITE_QUESTION
from reassure.spec import load_scenario

BASE = load_scenario("mnf-u-2026")


def _drop(scenario: Any, what: str) -> Any:
    """``scenario`` without its band, its maritime section, its MCM tasks or their existing group."""
    if what == "band":
        return scenario.model_copy(update={"monitoring": scenario.monitoring.model_copy(update={"band": None})})
    if what == "maritime":
        return scenario.model_copy(update={"maritime": None})
    m = scenario.maritime
    if what == "mcm":
        tasks = tuple(t for t in m.tasks if t.kind != "mcm")
    else:  # the existing group
        tasks = tuple(t.model_copy(update={"existing_ships": None, "existing_days": None}) for t in m.tasks)
    return scenario.model_copy(update={"maritime": m.model_copy(update={"tasks": tasks})})


def _assessment(scenario: Any, satellite: bool, mcm: bool) -> Any:
    """A plan as `compare` reads it: each verdict only where the plan is asked it."""
    band = (Verdict(SATELLITE_QUESTION, False, False, "P = ..."),) if satellite else ()
    sea = (Verdict(MCM_QUESTION, True, True, "continuous equivalent ..."),) if mcm else ()
    return SimpleNamespace(scenario=scenario, verdicts=(*band, *sea),
                           sections=(SectionResult("monitoring_band", "Band", verdicts=band),
                                     SectionResult("maritime", "Maritime", verdicts=sea)))


def _row(rows: list[dict[str, Any]], question: str) -> dict[str, Any]:
    return next(r for r in rows if r["key"] == f"verdict:{question}")


@given(st.lists(st.sampled_from(["band", "maritime", "mcm", "existing"]), unique=True, max_size=3))
def test_every_na_of_the_satellite_and_mcm_verdicts_says_why(dropped: list[str]) -> None:
    plan = BASE
    for what in dropped:
        if what in ("mcm", "existing") and plan.maritime is None:
            continue
        plan = _drop(plan, what)
    no_band = "band" in dropped
    no_mcm = any(w in dropped for w in ("maritime", "mcm", "existing"))
    rows = comparison_rows([_assessment(BASE, True, True), _assessment(plan, not no_band, not no_mcm)])
    for question, missing, words in ((SATELLITE_QUESTION, no_band, "[monitoring.band]"),
                                     (MCM_QUESTION, no_mcm, "maritime")):
        notes = _row(rows, question).get("notes") or [None, None]
        assert notes[0] is None
        if missing:
            assert notes[1] and notes[1].startswith("not asked: ") and words in notes[1], notes
        else:
            assert notes[1] is None


@pytest.mark.parametrize(("what", "words"), [
    ("maritime", "no [maritime] in this plan"),
    ("mcm", 'no maritime.tasks item of kind "mcm"'),
    ("existing", "maritime.tasks[mcm-odesa].existing_ships not set or zero"),
])
def test_the_mcm_na_names_what_the_plan_lacks(what: str, words: str, capsys: Any,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "250")
    rows = comparison_rows([_assessment(BASE, True, True), _assessment(_drop(BASE, what), True, False)])
    note = _row(rows, MCM_QUESTION)["notes"][1]
    assert words in note
    print_comparison(["mnf-u-2026", "variant"], rows, 2)
    out = " ".join(capsys.readouterr().out.split())
    assert f"variant: {note}" in out


def test_the_satellite_na_names_the_band() -> None:
    rows = comparison_rows([_assessment(BASE, True, True), _assessment(_drop(BASE, "band"), False, True)])
    assert _row(rows, SATELLITE_QUESTION)["notes"] == [None, "not asked: no [monitoring.band] in this plan "
                                                             "(the band's event durations are not given)"]
