"""Review s32: a maritime task of US ships (`us = true`) no longer vanishes without the US backstop,
and a typo in a task's `kind` is an error, not a silently lost verdict.

1. The US task's ships are a figure of their own ("Ships the US holds", with / without: 7 / 0, as
   the air section's "Aircraft the US flies"); without the US backstop no one holds the task, so
   "Can every maritime task be kept on station without a break?" says no on that side and names it
   with the ships it needs as planned; the tasks table says who holds each task on each side.
2. `kind = "MCM"` or `"escrot"` fails validation with file:line, the path, the allowed values and a
   did-you-mean, like every other enumerated field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reassure.bridge.maritime import maritime_input
from reassure.errors import ModelError, did_you_mean
from reassure.models.maritime import MaritimeInput, MaritimeTask, assess_maritime
from reassure.run.section_maritime import LOST, MCM_QUESTION
from reassure.spec import load_scenario

from .conftest import section_of

HELD = "Can every maritime task be kept on station without a break?"

# /tmp/review/s/v3.toml's maritime part: coalition-2025-09 plus a patrol of US ships.
US_PATROL = """
[[maritime.tasks]]
id = "patrol-west"
kind = "patrol"
ship_class = "corvette"
ships = { value = 2, unit = "ships", assumption = "test (for a test)" }
home = "LRCK"
station = "port-odesa"
speed = { value = 12, unit = "kn", assumption = "test (for a test)" }
deployment = { value = 30, unit = "day", assumption = "test (for a test)" }
readiness_ratio = { value = 3, unit = "ratio", assumption = "test (for a test)" }
crew_per_ship = { value = 100, unit = "people", assumption = "test (for a test)" }
cost_per_ship_year = { value = 30, unit = "EUR million/ship-year", assumption = "test (for a test)" }
us = true
"""


def _plan(tmp_path: Path, body: str, name: str = "s32") -> Path:
    path = tmp_path / f"{name}.toml"
    path.write_text(f'schema = 1\nname = "{name}"\nextends = "coalition-2025-09"\n{body}', encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def us_plan(tmp_path_factory: pytest.TempPathFactory) -> Any:
    return load_scenario(_plan(tmp_path_factory.mktemp("s32"), US_PATROL))


@pytest.fixture(scope="module")
def us_section(us_plan: Any) -> Any:
    return section_of("maritime", us_plan)


def _figures(section: Any) -> dict[str, Any]:
    return {f.key: f for f in section.figures}


def _rows(section: Any) -> dict[str, dict[str, Any]]:
    table = next(t for t in section.tables if t.id == "maritime-tasks")
    return {str(row[0]): dict(zip(table.columns, row, strict=True)) for row in table.rows}


def test_the_us_ships_are_a_figure_with_and_without(us_section: Any) -> None:
    fig = _figures(us_section)
    rows = _rows(us_section)
    assert rows["patrol-west"]["ships_needed"] == 7  # 2 on station x 30 / 28.9 days x 3, rounded up
    assert (fig["us_ships_needed"].with_us, fig["us_ships_needed"].without_us) == (7, 0)
    assert "us_backstop" in fig["us_ships_needed"].refs
    # Europe's own need is the same on both sides: the US task was never Europe's to hold
    assert fig["ships_needed"].with_us == fig["ships_needed"].without_us == \
        sum(r["ships_needed"] for r in rows.values() if r["held_by"] == "Europe")


def test_without_the_us_the_us_task_is_reported_lost(us_section: Any) -> None:
    v = {v.question: v for v in us_section.verdicts}[HELD]
    assert (v.with_us, v.without_us) == (True, False)
    assert "lost without the US backstop: patrol-west" in v.detail
    assert "maritime.tasks[patrol-west].us = true" in v.detail and "7 ships as planned" in v.detail
    rows = _rows(us_section)
    assert (rows["patrol-west"]["held_by"], rows["patrol-west"]["held_by_without_us"]) == ("US", LOST)
    assert {rows[t]["held_by_without_us"] for t in ("mcm-odesa", "escort-corridor")} == {"Europe"}
    assert us_section.data["without_us"]["lost"] == ["patrol-west"]
    assert us_section.data["with_us"]["lost"] == []


def test_a_plan_that_counts_on_no_us_loses_the_task_as_planned_too(us_plan: Any) -> None:
    s = section_of("maritime", us_plan.without_us())
    v = {v.question: v for v in s.verdicts}[HELD]
    assert (v.with_us, v.without_us) == (False, False)
    assert "lost as planned and without the US backstop: patrol-west" in v.detail
    row = _rows(s)["patrol-west"]
    assert (row["held_by"], row["held_by_without_us"], row["ships_needed"]) == (LOST, LOST, None)
    assert (_figures(s)["us_ships_needed"].with_us, _figures(s)["us_ships_needed"].without_us) == (0, 0)


def test_a_plan_without_us_tasks_is_unchanged() -> None:
    s = section_of("maritime", load_scenario("coalition-2025-09"))
    v = {v.question: v for v in s.verdicts}[HELD]
    assert (v.with_us, v.without_us) == (True, True) and "lost" not in v.detail
    assert (_figures(s)["us_ships_needed"].with_us, _figures(s)["us_ships_needed"].without_us) == (0, 0)
    assert {r["held_by"] for r in _rows(s).values()} == {"Europe"}


def test_a_lost_us_mcm_task_keeps_its_mcm_verdict(tmp_path: Path) -> None:
    """The existing group's share is the task's own: losing the US ships does not make it enough."""
    scn = load_scenario(_plan(tmp_path, '[[maritime.tasks]]\nid = "mcm-odesa"\nus = true\n'))
    s = section_of("maritime", scn)
    q = {v.question: v for v in s.verdicts}
    assert q[MCM_QUESTION].with_us is False and q[MCM_QUESTION].without_us is False
    assert q[HELD].without_us is False and "mcm-odesa" in q[HELD].detail


def test_the_bridge_names_what_it_leaves_out(us_plan: Any) -> None:
    with_us, without = maritime_input(us_plan), maritime_input(us_plan.without_us())
    assert with_us is not None and without is not None
    assert with_us.lost == () and "patrol-west" in {t.id for t in with_us.tasks}
    assert without.lost == ("patrol-west",) and "patrol-west" not in {t.id for t in without.tasks}


def _task(**kw: Any) -> MaritimeTask:
    base: dict[str, Any] = dict(
        id="t", kind="escort", ships_on_station=2.0, transit_km=480.0, speed_kmh=20.0, deployment_days=21.0,
        readiness_ratio=3.0, crew_per_ship=180.0, cost_per_ship_year_eur_low=40e6, cost_per_ship_year_eur_high=80e6,
    )
    return MaritimeTask(**(base | kw))


def test_the_model_counts_us_ships_apart_and_passes_the_lost_tasks() -> None:
    r = assess_maritime(MaritimeInput((_task(), _task(id="u", us=True)), lost=("gone",)))
    assert r.ships_needed == 7 and r.us_ships_needed == 7  # the hand-worked escort, once each
    assert r.lost == ("gone",)
    with pytest.raises(ModelError, match="both held and lost"):
        MaritimeInput((_task(),), lost=("t",))
    with pytest.raises(ModelError, match="kind must be one of escort, mcm, patrol"):
        _task(kind="MCM")


@pytest.mark.parametrize(("kind", "hint"), [
    ("MCM", "; did you mean 'mcm'?"),
    ("escrot", "; did you mean 'escort'?"),
    ("submarine", ""),
])
def test_a_kind_typo_is_a_clear_error(tmp_path: Path, run_cli: Any, kind: str, hint: str) -> None:
    path = _plan(tmp_path, f'[[maritime.tasks]]\nid = "mcm-odesa"\nkind = "{kind}"\n')
    out = run_cli("validate", path)
    assert out.exit_code == 2, out.stdout + out.stderr
    assert "Traceback" not in out.stderr and "ok " not in out.stdout
    assert f"{path}:6: maritime.tasks[mcm-odesa].kind must be one of" in out.stderr, out.stderr
    assert "'escort', 'mcm' or 'patrol'" in out.stderr and f"(got '{kind}')" in out.stderr
    assert (hint in out.stderr) if hint else ("did you mean" not in out.stderr)


def test_a_case_slip_is_suggested() -> None:
    assert did_you_mean("MCM", ("escort", "mcm", "patrol")) == "; did you mean 'mcm'?"
    assert did_you_mean("Cap", ("cap", "aew", "qra")) == "; did you mean 'cap'?"
