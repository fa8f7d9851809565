"""Assessment section: Black Sea maritime tasks (`[maritime]`), with and without the US backstop."""

from __future__ import annotations

from typing import Any

from reassure.run._cost_figures import cost_figures
from reassure.run.results import Figure, SectionResult, Table, Verdict

__all__ = ["maritime_section"]

REFS = ("maritime",)


def maritime_section(scenario: Any, outcome: Any) -> SectionResult | None:
    """Size and cost the maritime tasks from the maritime capability's outcome (both sides);
    None when the scenario has no `[maritime]`."""
    r, a = outcome.with_us.result, outcome.without_us.result
    if r is None or a is None:
        return None
    verdicts = [Verdict(
        "Can every maritime task be kept on station without a break?",
        not r.unreachable, not a.unreachable,
        "a task is held if a deployment (capped at 21 days in the Black Sea for non-littoral states, "
        "Montreux art. 18) outlasts the two transits; unreachable: "
        f"{', '.join(r.unreachable) or 'none'}"
        + (f"; without the US backstop: {', '.join(a.unreachable) or 'none'}"
           if tuple(a.unreachable) != tuple(r.unreachable) else ""), REFS)]
    mcm = [t for t in r.tasks if t.kind == "mcm" and t.existing_continuous_ships > 0]
    mcm_alone = [t for t in a.tasks if t.kind == "mcm" and t.existing_continuous_ships > 0]
    if mcm:
        verdicts.append(Verdict(
            "Does the existing MCM Black Sea group alone keep the mine-countermeasures task on station?",
            all(t.existing_share_of_need >= 1 for t in mcm), all(t.existing_share_of_need >= 1 for t in mcm_alone),
            "continuous equivalent of the group (ships x days on task a year / 365.25) against the ships the task keeps "
            "on station: " + "; ".join(f"{t.id} {t.existing_continuous_ships:.2f} ships = "
                                       f"{100 * t.existing_share_of_need:.0f}% of the need" for t in mcm),
            REFS))
    figures = (
        Figure("ships_needed", "Ships Europe must hold for the maritime tasks (rule-of-three readiness applied)",
               r.ships_needed, a.ships_needed, "ships", REFS),
        Figure("ships_in_cycle", "Ships deployed at any time, transits included", r.ships_in_cycle,
               a.ships_in_cycle, "ships", REFS, 1),
        Figure("crew_deployed", "Sailors deployed at any time", r.crew_deployed, a.crew_deployed, "people", REFS),
        *cost_figures("Maritime", "ships deployed x cost per ship-year", "ships", r, a, REFS),
    )
    rows = tuple(
        (t.id, t.kind, round(t.transit_days, 2), t.deployment_days, t.montreux_capped, round(t.days_on_station, 2),
         round(t.ships_in_cycle, 2), t.ships_needed, round(t.existing_continuous_ships, 2))
        for t in r.tasks
    )
    tables = (Table(
        "maritime-tasks", "Maritime tasks: ships each needs (as planned)",
        ("task", "kind", "transit_days", "deployment_days", "montreux_capped", "days_on_station",
         "ships_in_cycle", "ships_needed", "existing_group_continuous_ships"), rows, REFS),)
    return SectionResult("maritime", "Black Sea maritime tasks", tuple(verdicts), figures, (), (), tables,
                         {"with_us": r.to_dict(), "without_us": a.to_dict()})
