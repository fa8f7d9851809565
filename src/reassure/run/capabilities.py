"""The registered capabilities: force, posture, response, monitoring, the monitoring band,
incidents, air policing, maritime tasks and the cost of the whole plan.

Each is a thin frozen object over its bridge module (input), `reassure.models.solve` (model)
and its `reassure.run.section_*` renderer (report section); see `reassure.run.capability`.
The ``report`` of each gives the same JSON-ready data the command's ``--format json`` prints.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from numbers import Integral
from typing import Any, ClassVar

from reassure.bridge.force import DRAWS, default_share_note
from reassure.bridge.incidents import DEFAULT_RUNS
from reassure.run.capability import Capability, Context, Outcome
from reassure.run.results import SectionResult
from reassure.vocabulary import plural

__all__ = ["CAPABILITIES", "AirPolicing", "Costs", "Force", "Incidents", "Maritime", "Monitoring",
           "MonitoringBand", "Posture", "Response", "check_settings", "registry"]


def _whole(low: int, high: int) -> tuple[str, Callable[[Any], bool]]:
    """A setting that is a whole number from ``low`` to ``high`` (not a bool, not 2.0)."""
    return (f"a whole number from {low:,} to {high:,}",
            lambda v: isinstance(v, Integral) and not isinstance(v, bool) and low <= int(v) <= high)


#: The values of response's ``detail`` (review s33: any other was silently taken as "all").
RESPONSE_DETAILS = ("sites", "all")


# -- force generation ----------------------------------------------------------------------------
def _force_summary(result: Any) -> dict[str, Any]:
    return {
        "target_troops": result.target_troops,
        "deployed_total": result.deployed_total,
        "target_met": result.target_met,
        "shortfall_total": result.shortfall_total,
        "p_target_met": result.p_target_met,  # unrounded: shown rounded once (`results.Figure`)
        "cost_per_year": {
            "low": result.cost_eur_per_year_low,
            "high": result.cost_eur_per_year_high,
            "unit": "EUR/year",
        },
        "verdict": result.verdict,
        "relaxations": [r.text for r in result.relaxations],
    }


@dataclass(frozen=True)
class Force(Capability):
    """Who provides the force, whether it can be kept up, and what it costs."""

    name: ClassVar[str] = "force"
    reads: ClassVar[tuple[str, ...]] = ("force", "contributors", "us_backstop", "horizon")
    draws: int = DRAWS  # Monte Carlo draws over who takes part (0: the plan itself, as certain)
    setting_rules: ClassVar[Mapping[str, tuple[str, Callable[[Any], bool]]]] = {
        "draws": _whole(0, 1_000_000)}

    def build_input(self, scenario: Any, upstream: Mapping[str, Any], *, us_backstop: bool) -> Any:
        from reassure.bridge.force import build_input

        return build_input(scenario, upstream, us_backstop=us_backstop, draws=self.draws)

    def solve(self, inp: Any, seed: int) -> Any:
        from reassure.models.solve import solve_force

        return solve_force(inp, seed)

    def report(self, outcome: Outcome[Any, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {"scenario": outcome.scenario_name}
        out.update(outcome.with_us.result.to_dict())
        out["without_us"] = outcome.without_us.result.to_dict()
        if outcome.with_us.low is not None:
            out["target_low"] = _force_summary(outcome.with_us.low) | {
                "without_us": _force_summary(outcome.without_us.low)}
        inp = outcome.inputs.with_us
        problem = inp.problem
        out["defaults_used"] = list(inp.defaults_used)
        # Which nations the common share caps is read from the results (review s32 #3).
        note = default_share_note(problem, outcome.with_us.result, outcome.without_us.result)
        if note:
            out["defaults_used"].append(note)
        out["inputs"] = {
            "tour_months": problem.tour_months,
            "interval_months": problem.interval_months,
            "default_sustainable_share": problem.default_sustainable_share,
            "min_contribution_troops": problem.min_contribution_troops,
            "cost_per_troop_year": {
                "low": problem.cost_eur_per_troop_year_low,
                "high": problem.cost_eur_per_troop_year_high,
                "unit": "EUR/troop-year",
            },
            "draws": inp.draws,
            "seed": outcome.seed,
        }
        return out

    def section(self, outcome: Outcome[Any, Any], context: Context) -> SectionResult:
        from reassure.run.section_force import force_section

        return force_section(context.scenario, dict(context.settings), outcome.to_dict())


# -- posture: the garrison plan ------------------------------------------------------------------
@dataclass(frozen=True)
class Posture(Capability):
    """Garrisons that best protect the sites beyond the standoff.

    No US asset is placed, but the plan depends on the US backstop through its force input: the
    garrison count is capped by the force that side can field (force's ``capacity_troops``), and
    contributors that require the backstop drop out without it. Each side is therefore planned
    from its own force result; where both sides field enough for the same count the two inputs
    are equal and the pipeline solves the plan once.
    """

    name: ClassVar[str] = "posture"
    uses_seed: ClassVar[bool] = False  # a deterministic model: the seed is not read
    needs: ClassVar[tuple[str, ...]] = ("force",)
    reads: ClassVar[tuple[str, ...]] = ("posture", "force.target_troops", "force.role_mix",
                                        "contributors", "us_backstop")

    def build_input(self, scenario: Any, upstream: Mapping[str, Any], *, us_backstop: bool) -> Any:
        from reassure.bridge.posture import build_input

        return build_input(scenario, upstream, us_backstop=us_backstop)

    def solve(self, inp: Any, seed: int) -> Any:
        from reassure.models.solve import solve_posture

        return solve_posture(inp, seed)

    def report(self, outcome: Outcome[Any, Any]) -> dict[str, Any]:
        """The with-US plan at the top; the plan without the US (the same keys but ``notes``)
        under ``without_us``."""
        report = self._plan_report(outcome.scenario_name, outcome.with_us, outcome.inputs.with_us)
        alone = self._plan_report(outcome.scenario_name, outcome.without_us,
                                  outcome.inputs.without_us)
        alone.pop("scenario")
        notes = report.pop("notes")
        report["without_us"] = {k: v for k, v in alone.items() if k != "notes"}
        for note in alone["notes"]:
            if note not in notes:
                notes.append(f"without the US backstop: {note}")
        report["notes"] = notes
        return report

    @staticmethod
    def _plan_report(scenario_name: str, plan: Any, inp: Any) -> dict[str, Any]:
        d = plan.to_dict()
        notes = list(plan.notes)
        if plan.solution.selected.size < inp.n_garrisons:
            idle = inp.n_garrisons - plan.solution.selected.size
            note = (f"{idle} of the {plural(inp.n_garrisons, 'garrison')} "
                    f"{'adds' if idle == 1 else 'add'} no cover: every protectable site within "
                    "reach is already covered")
            # review s49: beside "uncovered: port-odesa" the spare garrisons read as a site left
            # unprotected by choice; a spare garrison means no candidate site reaches it
            left = list(d.get("uncovered_sites") or ())
            if left:
                note += (f"; {', '.join(map(str, left))} {'has' if len(left) == 1 else 'have'} no candidate "
                         f"garrison site (beyond the standoff) within {plan.cover_radius_km:,.0f} road km; "
                         "posture.garrison_places can name a place (a town, a base) in reach")
            notes.append(note)
        return {
            "scenario": scenario_name,
            "standoff_km": plan.standoff_km,
            "cover_radius_road_km": round(plan.cover_radius_km, 1),
            "detour_factor": plan.detour_factor,
            "n_garrisons": inp.n_garrisons,
            "n_garrisons_rule": inp.n_garrisons_rule,
            "fieldable_troops": (None if inp.fieldable_troops is None
                                 else round(inp.fieldable_troops)),
            "garrisons": garrisons(plan),
            "covered_weight_percent": d["covered_weight_percent"],
            "covered_sites": d["covered_sites"],
            "uncovered_sites": d["uncovered_sites"],
            "not_protected": d["not_protected"],
            "full_cover": d["full_cover"],
            "preview": {k: d["preview"][k] for k in ("selected", "objective", "bound",
                                                     "gap_percent")},
            "solution": d["solution"],
            "excluded_candidates": d["candidates"]["excluded"],
            "sites": d["sites"],
            "notes": notes,
        }


def garrisons(plan: Any) -> list[dict[str, Any]]:
    """The plan's garrisons as plain dicts (a fresh list each call: callers may change it)."""
    return [dict(g) for g in plan.garrisons]


# -- response to the sites and build-up of the support force ------------------------------------
@dataclass(frozen=True)
class Response(Capability):
    """How fast ground, helicopter and air responses reach the sites; the support force's build-up.

    Rendered together with the posture plan as the report's "posture" section.
    """

    name: ClassVar[str] = "response"
    uses_seed: ClassVar[bool] = False  # a deterministic model: the seed is not read
    # air_policing: its alert (QRA) stations answer at the sites, as in the incident model (s40)
    needs: ClassVar[tuple[str, ...]] = ("posture", "air_policing")
    reads: ClassVar[tuple[str, ...]] = ("posture", "air", "air_policing", "support_force", "us_backstop")
    detail: str = "sites"  # "sites": the protected sites; "all": every theatre site
    setting_rules: ClassVar[Mapping[str, tuple[str, Callable[[Any], bool]]]] = {
        "detail": ("one of 'sites' (the protected sites), 'all' (every theatre site)",
                   lambda v: isinstance(v, str) and v in RESPONSE_DETAILS)}

    def build_input(self, scenario: Any, upstream: Mapping[str, Any], *, us_backstop: bool) -> Any:
        from reassure.bridge.response import build_input

        return build_input(scenario, garrisons(upstream["posture"]), us_backstop=us_backstop,
                           detail=self.detail, air=upstream["air_policing"])

    def solve(self, inp: Any, seed: int) -> Any:
        from reassure.models.solve import solve_response

        return solve_response(inp, seed)

    def report(self, outcome: Outcome[Any, Any]) -> dict[str, Any]:
        def buildup(result: Any, detail: Mapping[str, Any]) -> dict[str, Any]:
            out = result.to_dict()
            out.update(detail)
            return out

        w, wo = outcome.with_us, outcome.without_us
        build = buildup(w.buildup, outcome.inputs.with_us.buildup.detail)
        alone = buildup(wo.buildup, outcome.inputs.without_us.buildup.detail)
        report: dict[str, Any] = {
            "site_response_h": w.sites.records(with_us=True),
            "buildup": build["buildup"],
            "buildup_close": build["close"],
            "buildup_detail": {k: v for k, v in build.items() if k not in ("buildup", "close")},
            "without_us": {
                "site_response_h": wo.sites.records(with_us=True),
                "buildup": alone["buildup"],
                "buildup_close": alone["close"],
                "buildup_detail": {k: v for k, v in alone.items() if k not in ("buildup", "close")},
            },
        }
        if w.buildup_if_us_airlift is not None:
            lifted = w.buildup_if_us_airlift.to_dict()
            report["buildup_if_us_airlift"] = lifted["buildup"]
            report["buildup_if_us_airlift_close"] = lifted["close"]
        return report

    def section(self, outcome: Outcome[Any, Any], context: Context) -> SectionResult:
        from reassure.run.section_posture import posture_section

        return posture_section(context.scenario, dict(context.settings),
                               posture_report(context.outcomes["posture"], outcome))


def posture_report(posture: Outcome[Any, Any], response: Outcome[Any, Any]) -> dict[str, Any]:
    """The posture plan and the response to the sites as one report (`reassure posture`)."""
    plan = posture.capability.report(posture)
    resp = response.capability.report(response)
    notes = plan.pop("notes")
    report: dict[str, Any] = plan  # Posture.report's keys in its order; notes go after the response's
    report.update({k: resp[k] for k in ("site_response_h", "buildup", "buildup_close",
                                         "buildup_detail")})
    report["notes"] = notes
    # A support force its build-up never brings in: said with the reason, by the rule the
    # incident model follows too (s13 review 6).
    from reassure.bridge.response import support_force_arrival

    troops = response.inputs.with_us.buildup.close_targets[0]
    why = support_force_arrival(response.with_us.buildup, troops)[1]
    why_alone = support_force_arrival(response.without_us.buildup, troops)[1]
    if why:
        notes.append(why)
    if why_alone and why_alone != why:
        notes.append(f"without the US backstop: {why_alone}")
    # Each side's plan is its own: without the US fewer contributors may field fewer garrisons.
    report["without_us"] = {**plan.pop("without_us"), **resp["without_us"]}
    if "buildup_if_us_airlift" in resp:
        report["buildup_if_us_airlift"] = resp["buildup_if_us_airlift"]
        report["buildup_if_us_airlift_close"] = resp["buildup_if_us_airlift_close"]
        notes.append(us_airlift_note(report, response.inputs.with_us))
    return report


def us_airlift_note(report: Mapping[str, Any], inputs: Any) -> str:
    """For a reader: whose build-up the curve is, and why US airlift would or would not speed it."""
    from reassure.run.section_posture import WHOSE_BUILDUP

    close = report.get("buildup_close") or []
    # review s33: named, not "the build-up above", which points at nothing among the report's notes
    if close:
        first = close[0]
        by = f"by day {first['day']:g}" if first.get("day") else "not within the horizon"
        whose = f"{WHOSE_BUILDUP}: its first echelon of {first['troops']:,.0f} troops arrives {by}. "
        # review s51 4: that day's count, follow-on forces included, where it is more (the figure
        # "in theatre after one week" read 6,310 beside "its first echelon of 5,000 ... by day 7")
        that_day = next((c["troops"] for c in report.get("buildup") or () if first.get("day")
                         and c["day"] == first["day"]), None)
        if that_day is not None and round(that_day) > round(first["troops"]):
            whose = (f"{WHOSE_BUILDUP}: as many troops as its first echelon, {first['troops']:,.0f}, are in "
                     f"theatre {by} ({that_day:,.0f} that day, follow-on forces included). ")
    else:
        whose = f"{WHOSE_BUILDUP}. "
    head = whose + "It uses European aircraft only (US airlift is off: us_backstop.airlift = false); "
    if report["buildup_if_us_airlift"] != report["buildup"]:
        return head + "the US aircraft listed would land troops sooner (see buildup_if_us_airlift)."
    europe, lifted = inputs.buildup.detail, inputs.buildup_if_us_airlift.detail
    rate, rate_lifted = europe.get("airlift_troops_per_day"), lifted.get("airlift_troops_per_day")
    mog = europe.get("max_on_ground_aircraft")
    if rate is not None and rate == rate_lifted and mog is not None:
        why = (f"the arrival airfield already takes its limit of {mog:g} aircraft on the ground "
               "(support_force.max_on_ground)")
    elif rate is not None and rate == rate_lifted:
        why = "the US aircraft listed would land no more troops a day than the European ones already do"
    else:
        why = ("the troops are not ready to move any sooner (support_force.readiness and "
               "follow_on), so faster lift would land none earlier")
    return head + "US airlift would not speed it, because " + why + "."


# -- monitoring ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Monitoring(Capability):
    """Coverage, revisit, response and detection along the line; the fleet it takes."""

    name: ClassVar[str] = "monitoring"
    uses_seed: ClassVar[bool] = False  # a deterministic model: the seed is not read
    reads: ClassVar[tuple[str, ...]] = ("monitoring", "us_backstop.isr")
    heavy: ClassVar[bool] = True

    def build_input(self, scenario: Any, upstream: Mapping[str, Any], *, us_backstop: bool) -> Any:
        from reassure.bridge.monitoring import build_input

        return build_input(scenario, upstream, us_backstop=us_backstop)

    def solve(self, inp: Any, seed: int) -> Any:
        from reassure.models.solve import solve_monitoring

        return solve_monitoring(inp, seed)

    def report(self, outcome: Outcome[Any, Any], *, cells: bool = False) -> dict[str, Any]:
        return assessment(outcome).to_dict(cells=cells)

    def section(self, outcome: Outcome[Any, Any], context: Context) -> SectionResult:
        from reassure.run.section_monitoring import monitoring_section

        return monitoring_section(context.scenario, dict(context.settings), assessment(outcome),
                                  outcome.inputs.with_us.grid)


def assessment(outcome: Outcome[Any, Any]) -> Any:
    """The monitoring outcome as a :class:`~reassure.models.monitoring.MonitoringAssessment`."""
    from reassure.models.monitoring import MonitoringAssessment

    inp = outcome.inputs.with_us
    return MonitoringAssessment(outcome.with_us, outcome.without_us, inp.analysis, inp.conditions)


# -- incidents -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Incidents(Capability):
    """Incidents along the line: how many are seen, how soon, how many answered in time."""

    name: ClassVar[str] = "incidents"
    # air_policing: its alert (QRA) stations answer calls too (no responder when it is absent).
    # response: the support force's build-up says when it is in theatre (s11: the incidents
    # model had its own reading of the same force's readiness)
    needs: ClassVar[tuple[str, ...]] = ("monitoring", "posture", "air_policing", "response")
    reads: ClassVar[tuple[str, ...]] = ("incidents", "monitoring", "posture", "air",
                                        "air_policing", "support_force", "us_backstop")
    heavy: ClassVar[bool] = True
    runs: int = DEFAULT_RUNS  # Monte Carlo replications
    workers: int = 1  # processes of the incident engine; the numbers do not depend on it
    # the bounds `reassure incidents --runs/--workers` sets
    setting_rules: ClassVar[Mapping[str, tuple[str, Callable[[Any], bool]]]] = {
        "runs": _whole(1, 1_000_000), "workers": _whole(1, 64)}

    def build_input(self, scenario: Any, upstream: Mapping[str, Any], *, us_backstop: bool) -> Any:
        from reassure.bridge.incidents import build_input

        return build_input(scenario, upstream["monitoring"], garrisons(upstream["posture"]),
                           us_backstop=us_backstop, runs=self.runs, workers=self.workers,
                           n_garrisons=upstream["posture"].n_garrisons,
                           air=upstream["air_policing"],
                           support_force_buildup=getattr(upstream["response"], "buildup", None))

    def solve(self, inp: Any, seed: int) -> Any:
        from reassure.models.solve import solve_incidents

        if inp.workers > 1:  # workers that stop with a Ctrl-C or SIGTERM, not after their range
            from reassure.run.workers import map_in_processes

            return solve_incidents(inp, seed, map_tasks=map_in_processes(inp.workers))
        return solve_incidents(inp, seed)

    def report(self, outcome: Outcome[Any, Any]) -> dict[str, Any]:
        inp = outcome.inputs.with_us
        model = inp.model
        report: dict[str, Any] = {"scenario": outcome.scenario_name, **outcome.with_us.to_dict()}
        report["without_us"] = outcome.without_us.to_dict()
        report["inputs"] = {
            "line_km": round(inp.line_km, 1), "line_cells": inp.n_line_cells,
            "protected_sites": [s for s in inp.sites if s not in inp.beyond_reach_sites],
            "sites_beyond_reach": list(inp.beyond_reach_sites),
            "sites_beyond_reach_names": list(inp.beyond_reach_names),
            "regimes": list(model.rates.regimes.names),
            "types": list(model.types.names), "horizon_days": model.horizon_days,
            # (s54) under triage incidents.max_wait plays no part (`allowed_wait_h` reads both)
            "max_wait_h": (None if model.triage or not math.isfinite(model.max_wait_h)
                           else model.max_wait_h),
            "dispatch": "in_time" if model.triage else "first_come",
            "air_policing_responders": list(inp.air_responders),
            "air_policing_responders_without_us": list(outcome.inputs.without_us.air_responders),
            "notes": list(inp.notes),
        }
        return report

    def section(self, outcome: Outcome[Any, Any], context: Context) -> SectionResult:
        from reassure.run.section_incidents import incidents_section

        # review s37 7: the monitoring model's detection chance by event duration, for the note on
        # how the incident engine's periodic passes approximate it
        seen = context.outcomes.get("monitoring")
        curves = [None if seen is None else getattr(side, "summary", {}).get("pd_by_duration")
                  for side in ((seen.with_us, seen.without_us) if seen is not None else (None, None))]
        types = outcome.inputs.with_us.model.types
        durations = {name: float(types.duration_h[t]) for t, name in enumerate(types.names)
                     if not types.self_reported[t]}
        return incidents_section(context.scenario, dict(context.settings), outcome.to_dict(),
                                 monitoring=None if None in curves else (curves[0], curves[1]),
                                 durations=durations)


# -- optional components: the band, air policing, maritime tasks, the cost of the plan ----------
def _component_report(outcome: Outcome[Any, Any]) -> dict[str, Any]:
    """With-US figures at the top, the same keys under ``without_us`` (``present`` False when
    the scenario has no such table)."""
    return {"scenario": outcome.scenario_name, **outcome.with_us.to_dict(),
            "without_us": outcome.without_us.to_dict()}


@dataclass(frozen=True)
class MonitoringBand(Capability):
    """The line watched as a band: lanes, orbits and airframes by class; chance an event is seen."""

    name: ClassVar[str] = "monitoring_band"
    uses_seed: ClassVar[bool] = False  # a deterministic model: the seed is not read
    reads: ClassVar[tuple[str, ...]] = ("monitoring.band", "monitoring.target_revisit",
                                        "monitoring.sizing", "monitoring.fleets",
                                        "monitoring.night_fraction", "monitoring.cloud_fraction",
                                        "horizon")

    def build_input(self, scenario: Any, upstream: Mapping[str, Any], *, us_backstop: bool) -> Any:
        from reassure.bridge.monitoring_band import build_input

        return build_input(scenario, upstream, us_backstop=us_backstop)

    def solve(self, inp: Any, seed: int) -> Any:
        from reassure.models.solve import solve_monitoring_band

        return solve_monitoring_band(inp, seed)

    def report(self, outcome: Outcome[Any, Any]) -> dict[str, Any]:
        return _component_report(outcome)

    def section(self, outcome: Outcome[Any, Any], context: Context) -> SectionResult | None:
        from reassure.run.section_monitoring_band import monitoring_band_section

        return monitoring_band_section(context.scenario, outcome)


@dataclass(frozen=True)
class AirPolicing(Capability):
    """The standing air task: aircraft, aircrews, sorties and cost of each air station.

    Rendered as the report's "air" section.
    """

    name: ClassVar[str] = "air_policing"
    uses_seed: ClassVar[bool] = False  # a deterministic model: the seed is not read
    reads: ClassVar[tuple[str, ...]] = ("air_policing", "us_backstop.tanker", "us_backstop.isr")

    def build_input(self, scenario: Any, upstream: Mapping[str, Any], *, us_backstop: bool) -> Any:
        from reassure.bridge.air import build_input

        return build_input(scenario, upstream, us_backstop=us_backstop)

    def solve(self, inp: Any, seed: int) -> Any:
        from reassure.models.solve import solve_air_policing

        return solve_air_policing(inp, seed)

    def report(self, outcome: Outcome[Any, Any]) -> dict[str, Any]:
        return _component_report(outcome)

    def section(self, outcome: Outcome[Any, Any], context: Context) -> SectionResult | None:
        from reassure.run.section_air import air_section

        return air_section(context.scenario, outcome)


@dataclass(frozen=True)
class Maritime(Capability):
    """Black Sea maritime tasks: ships, sailors and cost of keeping each on station."""

    name: ClassVar[str] = "maritime"
    uses_seed: ClassVar[bool] = False  # a deterministic model: the seed is not read
    reads: ClassVar[tuple[str, ...]] = ("maritime", "us_backstop")

    def build_input(self, scenario: Any, upstream: Mapping[str, Any], *, us_backstop: bool) -> Any:
        from reassure.bridge.maritime import build_input

        return build_input(scenario, upstream, us_backstop=us_backstop)

    def solve(self, inp: Any, seed: int) -> Any:
        from reassure.models.solve import solve_maritime

        return solve_maritime(inp, seed)

    def report(self, outcome: Outcome[Any, Any]) -> dict[str, Any]:
        return _component_report(outcome)

    def section(self, outcome: Outcome[Any, Any], context: Context) -> SectionResult | None:
        from reassure.run.section_maritime import maritime_section

        return maritime_section(context.scenario, outcome)


@dataclass(frozen=True)
class Costs(Capability):
    """The yearly operating cost of the whole plan: troops, land enablers, air, maritime."""

    name: ClassVar[str] = "costs"
    uses_seed: ClassVar[bool] = False  # a deterministic model: the seed is not read
    needs: ClassVar[tuple[str, ...]] = ("force", "air_policing", "maritime")
    reads: ClassVar[tuple[str, ...]] = ("costs", "force", "contributors", "air_policing",
                                        "maritime")

    def build_input(self, scenario: Any, upstream: Mapping[str, Any], *, us_backstop: bool) -> Any:
        from reassure.bridge.costs import build_input

        return build_input(scenario, upstream, us_backstop=us_backstop)

    def solve(self, inp: Any, seed: int) -> Any:
        from reassure.models.solve import solve_costs

        return solve_costs(inp, seed)

    def report(self, outcome: Outcome[Any, Any]) -> dict[str, Any]:
        return _component_report(outcome)

    def section(self, outcome: Outcome[Any, Any], context: Context) -> SectionResult | None:
        from reassure.run.section_costs import costs_section

        # review s50: the maritime result names the ships its capital leaves out
        return costs_section(context.scenario, outcome, context.outcomes)


# AirPolicing precedes Incidents: the alert stations it sizes answer incident calls.
# (air policing before response: its alert stations answer at the sites too, s40)
CAPABILITIES: tuple[type[Capability], ...] = (Force, Posture, AirPolicing, Response, Monitoring,
                                              MonitoringBand, Incidents, Maritime, Costs)


def _takes(names: list[str] | None = None) -> dict[str, list[str]]:
    """Each setting the capabilities ``names`` (default all) take, and which of them take it."""
    classes = [c for c in CAPABILITIES if names is None or c.name in names]
    out: dict[str, list[str]] = {}
    for cls in classes:
        for f in fields(cls):
            out.setdefault(f.name, []).append(cls.name)
    return out


def _with_needs(name: str) -> list[str]:
    """``name`` and every capability it needs, however indirectly."""
    by_name = {c.name: c for c in CAPABILITIES}
    out: list[str] = []
    todo = [name]
    while todo:
        n = todo.pop()
        if n not in out and n in by_name:
            out.append(n)
            todo.extend(by_name[n].needs)
    return out


def check_settings(settings: Mapping[str, Any], name: str | None = None) -> None:
    """Refuse a setting no capability takes, or (``name`` given) one that neither ``name`` nor
    what it needs takes: naming the setting, the capability and the settings it takes, with a
    "did you mean" (review s33: ``run_capability("force", p, drawz=3)`` ran with the defaults).
    The values are checked when the capabilities are made (`Capability.setting_rules`)."""
    from reassure.errors import ReassureError, did_you_mean

    everywhere = _takes()
    if name is not None and name not in {c.name for c in CAPABILITIES}:
        return  # the pipeline refuses the name itself, with the known ones
    if name is None:
        taken, who = everywhere, "no capability takes a setting"
        takes = f"the settings: {', '.join(sorted(taken))}"
    else:
        taken, who = _takes(_with_needs(name)), f"{name} takes no setting"
        takes = (f"{name} and what it needs take: {', '.join(sorted(taken))}" if taken
                 else f"{name} and what it needs take no settings")
    for key in settings:
        if key in taken:
            continue
        elsewhere = (f"; {key!r} is a setting of {' and '.join(everywhere[key])} only"
                     if key in everywhere else did_you_mean(key, taken))
        raise ReassureError(f"{who} {key!r}{elsewhere} ({takes})")


def registry(**settings: Any) -> dict[str, Capability]:
    """One instance of every capability, in pipeline order; ``settings`` go to those that take
    them (``runs``, ``workers`` for incidents; ``draws`` for force; ``detail`` for response).
    An unknown setting, or a bad value of one, is a `ReassureError` (`check_settings`)."""
    check_settings(settings)
    out: dict[str, Capability] = {}
    for cls in CAPABILITIES:
        params = {f.name: settings[f.name] for f in fields(cls) if f.name in settings}
        out[cls.name] = cls(**params)
    return out
