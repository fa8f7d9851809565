"""Assessment section: Black Sea maritime tasks (`[maritime]`), with and without the US backstop."""

from __future__ import annotations

from typing import Any

from reassure.run._cost_figures import capital_note, capital_said, cost_figures
from reassure.run.results import Figure, SectionResult, Table, Verdict, spell_out

__all__ = ["CAPITAL_READS", "COST_READS", "LOST", "MCM_QUESTION", "PRICED_SETTING", "lost_words", "maritime_section",
           "mcm_not_asked", "priced_text", "ships_priced"]

MCM_QUESTION = "Does the existing MCM Black Sea group alone keep the mine-countermeasures task on station?"


def mcm_not_asked(scenario: Any) -> str:
    """Why a plan is not asked `MCM_QUESTION` (said beside its n/a in `compare`): no
    `[maritime]`, no task of kind "mcm", or no existing group on its MCM tasks."""
    maritime = getattr(scenario, "maritime", None)
    if maritime is None:
        return "not asked: no [maritime] in this plan"
    mcm = [t for t in maritime.tasks if t.kind == "mcm"]
    if not mcm:
        return 'not asked: no mine-countermeasures task in this plan (no maritime.tasks item of kind "mcm")'
    paths = ", ".join(f"maritime.tasks[{t.id}].existing_ships" for t in mcm)
    return ("not asked: the plan's mine-countermeasures task counts on no existing group "
            f"({paths} not set or zero)")

REFS = ("maritime",)
# What each figure reads (review r8 5: a figure's footnote lists what it reads, not the whole
# section). Ships in the deployment cycle: the ships on station, the transit (given, or from the
# home port and station) at the transit speed, and the deployment (Montreux-capped); the ships
# held add the readiness ratio; sailors the crew per ship; the yearly cost is the ships in the
# cycle x the cost per ship-year, the capital the ships held x their price. The existing MCM
# group (existing_ships, existing_days) is read by its verdict alone.
CYCLE_READS = tuple(f"maritime.tasks[*].{f}" for f in ("ships", "transit", "speed", "deployment"))
HELD_READS = (*CYCLE_READS, "maritime.tasks[*].readiness_ratio")
RATES = ("maritime.eur_per_usd",)
COST_READS = (*CYCLE_READS, "maritime.tasks[*].cost_per_ship_year", *RATES)
CAPITAL_READS = (*HELD_READS, "maritime.tasks[*].capital_cost", *RATES)
#: Where a maritime plan gives its ships' purchase price (said where the capital cost is n/a).
PRICE_FIELDS = "maritime.tasks[*].capital_cost"
#: What the tasks table says of a task no one holds on that side.
LOST = "no one (lost)"


#: The setting row of the maritime capital in `compare`: the ships it prices (review s50).
PRICED_SETTING = "what it prices"


def ships_priced(scenario: Any, result: Any) -> tuple[list[str], list[str]]:
    """The ship classes one side's maritime capital prices (``["frigates"]``) and the ships it leaves
    out for want of a purchase price (``["10 minehunters"]``), from that side's tasks: Europe's
    ships held for a task kept on station (a US task's ships are not Europe's to buy).

    >>> from types import SimpleNamespace as N
    >>> scn = N(maritime=N(tasks=(N(id="esc", ship_class="frigate"), N(id="mcm", ship_class="minehunter"))))
    >>> side = N(tasks=(N(id="esc", us=False, reachable=True, ships_needed=12, capital_cost_eur=9e9),
    ...                 N(id="mcm", us=False, reachable=True, ships_needed=10, capital_cost_eur=None)))
    >>> ships_priced(scn, side)
    (['frigates'], ['10 minehunters'])
    """
    from reassure.vocabulary import plural

    classes = {t.id: getattr(t, "ship_class", "ship") for t in scenario.maritime.tasks}
    priced: dict[str, None] = {}
    unpriced: dict[str, int] = {}
    for t in result.tasks:
        if t.us or not t.reachable or not t.ships_needed:
            continue
        kind = classes.get(t.id, "ship")
        if t.capital_cost_eur is None:
            unpriced[kind] = unpriced.get(kind, 0) + t.ships_needed
        else:
            priced[kind] = None
    return [f"{k}s" for k in priced], [plural(n, k) for k, n in unpriced.items()]


def priced_text(scenario: Any, with_us: Any, without_us: Any) -> str:
    """``frigates only; 10 minehunters not priced``: what the maritime capital prices where some
    ships have no purchase price (counted as nothing in it), each side's where they differ; ""
    where every ship or none is priced (review s50: the capital read as the whole fleet's)."""
    def side(result: Any) -> str:
        priced, unpriced = ships_priced(scenario, result)
        return f"{', '.join(priced)} only; {', '.join(unpriced)} not priced" if priced and unpriced else ""

    mine, alone = side(with_us), side(without_us)
    if mine == alone or not scenario.us_backstop.any:
        return mine
    return f"{mine or 'every ship priced'} (without the US backstop: {alone or 'every ship priced'})"


def _held_by(task_id: str, result: Any) -> str:
    """Who keeps ``task_id`` on station in ``result`` (one side): "US", "Europe" or `LOST`."""
    held = next((t for t in result.tasks if t.id == task_id), None)
    return LOST if held is None else "US" if held.us else "Europe"


def lost_words(r: Any, a: Any) -> str:
    """The verdict's words for the US tasks no one holds (`MaritimeResult.lost`), each side's, with
    the ships each needs as planned (what Europe would have to add to keep it); "" if none."""
    if not r.lost and not a.lost:
        return ""
    need = {t.id: t.ships_needed for t in r.tasks}

    def named(ids: tuple[str, ...]) -> str:
        return ", ".join(
            f"{i} (US ships only, maritime.tasks[{i}].us = true"
            + (f"; it needs {need[i]} ships as planned, which Europe would have to add to keep it)" if i in need
               else ")")
            for i in ids)

    if tuple(r.lost) == tuple(a.lost):
        return f"; lost as planned and without the US backstop: {named(a.lost)}"
    return "".join(f"; lost {side}: {named(ids)}"
                   for side, ids in (("as planned", r.lost), ("without the US backstop", a.lost)) if ids)


def maritime_section(scenario: Any, outcome: Any) -> SectionResult | None:
    """Size and cost the maritime tasks from the maritime capability's outcome (both sides);
    None when the scenario has no `[maritime]`."""
    r, a = outcome.with_us.result, outcome.without_us.result
    if r is None or a is None:
        return None
    verdicts = [Verdict(
        "Can every maritime task be kept on station without a break?",
        not r.unreachable and not r.lost, not a.unreachable and not a.lost,
        "a task is held if a deployment (capped at 21 days in the Black Sea for non-littoral states, "
        "Montreux art. 18) outlasts the two transits; unreachable: "
        f"{', '.join(r.unreachable) or 'none'}"
        + (f"; without the US backstop: {', '.join(a.unreachable) or 'none'}"
           if tuple(a.unreachable) != tuple(r.unreachable) else "") + lost_words(r, a),
        (*REFS, "us_backstop") if r.lost or a.lost else REFS)]
    mcm = [t for t in r.tasks if t.kind == "mcm" and t.existing_continuous_ships > 0]
    # an MCM task of US ships lost without the US still has the existing group: its share is the task's own
    mcm_alone = [t for t in a.tasks if t.kind == "mcm" and t.existing_continuous_ships > 0] + [
        t for t in mcm if t.id in a.lost]
    if mcm:
        verdicts.append(Verdict(
            MCM_QUESTION,
            all(t.existing_share_of_need >= 1 for t in mcm), all(t.existing_share_of_need >= 1 for t in mcm_alone),
            "continuous equivalent of the group (ships x days on task a year / 365.25) against the ships the task keeps "
            "on station: " + "; ".join(f"{t.id} {t.existing_continuous_ships:.2f} ships = "
                                       f"{100 * t.existing_share_of_need:.0f}% of the need" for t in mcm),
            REFS))
    # US tasks are dropped without the US backstop: then every figure reads it
    us = ("us_backstop",) if any(t.us for t in scenario.maritime.tasks) else ()
    spec_kind = {t.id: t.kind for t in scenario.maritime.tasks}
    yearly_low, yearly_high, capital = cost_figures(
        "Maritime", "ships deployed x cost per ship-year", "ships", r, a,
        (*us, *spell_out(scenario, COST_READS)), (*us, *spell_out(scenario, CAPITAL_READS)))
    if r.capital_cost_eur is not None:  # review s50: which ships it prices, in its label
        capital = capital_said(capital, priced_text(scenario, r, a), PRICED_SETTING)
    figures = (
        Figure("ships_needed", "Ships Europe must hold for the maritime tasks (rule-of-three readiness applied)",
               r.ships_needed, a.ships_needed, "ships", (*us, *spell_out(scenario, HELD_READS))),
        # the air section's "Aircraft the US flies": a US task's ships are not Europe's to hold
        Figure("us_ships_needed", "Ships the US holds for its maritime tasks (rule-of-three readiness applied)",
               r.us_ships_needed, a.us_ships_needed, "ships", (*us, *spell_out(scenario, HELD_READS))),
        Figure("ships_in_cycle", "Ships Europe deploys at any time, transits included", r.ships_in_cycle,
               a.ships_in_cycle, "ships", (*us, *spell_out(scenario, CYCLE_READS)), 1),
        Figure("crew_deployed", "Sailors Europe deploys at any time", r.crew_deployed, a.crew_deployed, "people",
               (*us, *spell_out(scenario, (*CYCLE_READS, "maritime.tasks[*].crew_per_ship")))),
        yearly_low, yearly_high, capital,
    )
    rows = tuple(
        (t.id, t.kind, _held_by(t.id, r), _held_by(t.id, a), t.transit_days, t.deployment_days,
         t.montreux_capped, t.days_on_station, t.ships_in_cycle, t.ships_needed,
         t.existing_continuous_ships)
        for t in r.tasks
    ) + tuple(  # a task lost as planned too (a US task in a plan that counts on no US backstop)
        (i, spec_kind[i], LOST, LOST, None, None, None, None, None, None, None) for i in r.lost
    )
    tables = (Table(
        "maritime-tasks", "Maritime tasks: ships each needs (as planned) and who holds it",
        ("task", "kind", "held_by", "held_by_without_us", "transit_days", "deployment_days", "montreux_capped",
         "days_on_station", "ships_in_cycle", "ships_needed", "existing_group_continuous_ships"), rows,
        (*REFS, "us_backstop") if us else REFS),)
    # review s33: the file's warnings on a maritime field are shown here, not under the force
    return SectionResult("maritime", "Black Sea maritime tasks", tuple(verdicts), figures, (), (), tables,
                         {"with_us": r.to_dict(), "without_us": a.to_dict()},
                         tuple(scenario.load_warnings_about("maritime")),
                         # review s33: why its capital figure is n/a, where it is
                         notes=capital_note("ships", PRICE_FIELDS, r.capital_cost_eur, a.capital_cost_eur))
