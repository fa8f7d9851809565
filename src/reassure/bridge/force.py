"""Force generation: the scenario's `[force]` and `[[contributors]]`, the theatre's nations table
and the shipped defaults (``reassure/data/roles.toml``, ``costs.toml`` and ``participation.toml``) as a
:class:`~reassure.models.forcegen.ForceProblem`."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reassure.models.forcegen import EnablerNeed, ForceProblem, ForceResult, NationForce
    from reassure.models.solve import ForceInput
    from reassure.spec import Quantity, Scenario
    from reassure.spec.sections.force import Contributor
    from reassure.theatres import Nation

__all__ = ["DRAWS", "OWN_WARNINGS", "US_ISO3", "build_force_problem", "build_input", "default_share_note",
           "force_defaults", "short_horizon"]

#: Monte Carlo draws over who takes part (the benchmark shows 10,000 take well under a second).
DRAWS = 10_000

#: The United States' code in the theatres' nations tables. US troops listed as a contributor are
#: part of the US backstop, so the side without the US backstop never counts them.
US_ISO3 = "USA"


@lru_cache(maxsize=1)
def force_defaults() -> dict[str, Any]:
    """The shipped, sourced defaults: ``sustainable_share``, ``min_contribution``,
    ``cost_per_troop_year`` (each a ``Quantity``), ``nation_costs`` ({iso3: Quantity}),
    ``status_p_join`` and ``status_delay`` ({status: Quantity}) and ``sources`` ({id: table})
    from ``data/roles.toml``, ``data/costs.toml`` and ``data/participation.toml``."""
    import tomllib
    from importlib import resources

    from reassure.spec import Quantity

    data = resources.files("reassure") / "data"
    roles = tomllib.loads((data / "roles.toml").read_text(encoding="utf-8"))
    costs = tomllib.loads((data / "costs.toml").read_text(encoding="utf-8"))
    participation = tomllib.loads((data / "participation.toml").read_text(encoding="utf-8"))
    d = roles["defaults"]
    return {
        "status_p_join": {row["id"]: Quantity.model_validate(row["p_join"])
                          for row in participation["statuses"]},
        "status_delay": {row["id"]: Quantity.model_validate(row["delay"])
                         for row in participation["statuses"]},
        "sustainable_share": Quantity.model_validate(d["sustainable_share"]),
        "min_contribution": Quantity.model_validate(d["min_contribution"]),
        "cost_per_troop_year": Quantity.model_validate(costs["default"]["cost_per_troop_year"]),
        "nation_costs": {
            row["nation"]: Quantity.model_validate(row["cost_per_troop_year"])
            for row in costs.get("nations", [])
        },
        "sources": {s["id"]: s for s in
                    roles["sources"] + costs["sources"] + participation["sources"]},
    }


def theatre_army_fraction(theatre: Any) -> tuple[float | None, str]:
    """The army share of active personnel for a nation of ``theatre`` without an army figure:
    the median army/active ratio over the theatre's WHOLE nations table (every nation with both
    figures), and a line saying so. One figure per theatre, so a nation's capacity never depends
    on which other nations a plan lists. ``(None, "")`` if no nation has both figures."""
    import statistics

    ratios = [n.army_personnel / n.active_personnel for n in theatre.nations
              if n.army_personnel is not None and n.active_personnel]
    if not ratios:
        return None, ""
    return float(statistics.median(ratios)), (
        f"median army/active ratio of the {len(ratios)} nations with both figures in the "
        f"{theatre.name} nations table; the same in every plan"
    )


def short_horizon(scenario: Any) -> bool:
    """Whether the plan's horizon (its long end) needs fewer tours than a steady rotation holds
    sets of troops, for the force's own rule or a contributor's: the model then sizes the pool to
    the horizon (``rho = min((t + i) / t, ceil(H / t))``, docs/models/forcegen.md section 2), so
    the allocation reads the horizon and its figures cite it.

    >>> from types import SimpleNamespace as N
    >>> month = lambda v: N(in_=lambda unit: v)
    >>> rule = N(tour=month(6), interval=month(12))
    >>> short_horizon(N(horizon=N(to=lambda unit: N(high=4)), force=rule, contributors=[]))
    True
    >>> short_horizon(N(horizon=N(to=lambda unit: N(high=240)), force=rule, contributors=[]))
    False
    """
    import math

    horizon: Any = getattr(scenario, "horizon", None)
    force: Any = getattr(scenario, "force", None)
    if horizon is None or getattr(force, "tour", None) is None or getattr(force, "interval", None) is None:
        return False
    months = horizon.to("month").high
    rules = [(force.tour, force.interval)] + [
        (c.tour or force.tour, c.interval or force.interval) for c in getattr(scenario, "contributors", ())]
    for tour, interval in rules:
        t, i = tour.in_("month"), interval.in_("month")
        # the model's rule (`rotation.rotations_in_horizon`): ceil(H / t), at least 1
        if t > 0 and max(1, math.ceil(months / t - 1e-6)) < (t + i) / t - 1e-9:
            return True
    return False


def _months(q: Quantity | None) -> float | None:
    return None if q is None else q.in_("month")


#: Scenario sections whose load warnings their own report sections show (review s33: a maritime
#: field's warning was shown under the force); every other load warning is the force's.
OWN_WARNINGS = ("monitoring", "incidents", "air_policing", "maritime", "support_force")


def build_force_problem(
    scenario: Scenario, *, target_troops: float | None = None
) -> tuple[ForceProblem, list[str]]:
    """The scenario as a :class:`~reassure.models.forcegen.ForceProblem`, and what defaults it used.

    Parameters
    ----------
    scenario : Scenario
        A loaded scenario.
    target_troops : float, optional
        Target to plan for; default the high end of ``force.target_troops`` (the full ask).

    Returns
    -------
    (ForceProblem, list of str)
        The problem, and one line per shipped default used (with its provenance).
    """
    from reassure.models.forcegen import ForceProblem
    from reassure.theatres import load_theatre

    defaults = force_defaults()
    force = scenario.force
    used: list[str] = []
    share = _own_or_default(force.sustainable_share, "sustainable_share", defaults, used)
    minimum = _own_or_default(force.min_contribution, "min_contribution", defaults, used)
    cost = _own_or_default(force.cost_per_troop_year, "cost_per_troop_year", defaults, used)
    if force.max_tours is None:
        used.append(_NO_MAX_TOURS)
    theatre = load_theatre(scenario.theatre)
    table = {n.iso3: n for n in theatre.nations}
    # the loader has checked each contributor's code against the theatre
    nations = [_nation_force(scenario, c, table[c.nation], defaults, used) for c in scenario.contributors]
    # Which nations the common share caps is the model's answer, not the file's (review s32 #3:
    # it named nations without an offer, some of which do not take part, and left out those it
    # cut below their offer): `default_share_note`, from the results of both sides.
    used.extend(_force_load_warnings(scenario))
    enablers = _enabler_needs(scenario)
    horizon = scenario.horizon.to("year")
    army_fraction, army_basis = theatre_army_fraction(theatre)
    problem = ForceProblem(
        nations=tuple(nations),
        target_troops=force.target_troops.high if target_troops is None else target_troops,
        role_mix={r: q.canonical for r, q in force.role_mix.shares().items()},
        tour_months=force.tour.in_("month"),
        interval_months=force.interval.in_("month"),
        default_sustainable_share=share.canonical,
        cost_eur_per_troop_year_low=cost.low,
        cost_eur_per_troop_year_high=cost.high,
        horizon_years=horizon.low,
        horizon_years_high=horizon.high,
        min_contribution_troops=minimum.canonical,
        max_tours_per_individual=None if force.max_tours is None else int(force.max_tours.canonical),
        enablers=enablers,
        participation_correlation=(
            0.0
            if force.participation_correlation is None
            else force.participation_correlation.canonical
        ),
        us_backstop_available=scenario.us_backstop.any,
        army_fraction_of_active=army_fraction,
        army_fraction_basis=army_basis or "given",
    )
    return problem, used


def _own_or_default(own: Quantity | None, name: str, defaults: dict[str, Any],
                    used: list[str]) -> Quantity:
    """The scenario's own figure, else the shipped default ``name`` (said in ``used``, with its
    provenance)."""
    if own is not None:
        return own
    q = defaults[name]
    why = q.assumption or q.note or ""
    used.append(f"{name} = {q.reader_text()} (shipped default; {', '.join(q.source)}: {why})")
    return q


# Said where the scenario sets no force.max_tours: not a number of data/*.toml, but a default
# all the same (s13 review 4).
# review s39: "are the rotation pool" held only where (tour + interval) / tour is whole;
# the model counts whole sets of troops (a 4-month tour 6 months apart: 3, not the pool's 2.5)
_NO_MAX_TOURS = ("max_tours = none (shipped default: no re-deployment limit; only the interval "
                 "between tours limits re-use, so each person serves every tour the interval allows "
                 "and the distinct individuals over the horizon are ceil((tour + interval) / tour) "
                 "times the troops deployed (one set per tour where the horizon needs fewer tours): the "
                 "rotation pool where that ratio is a whole number, more where it is not; "
                 "docs/models/forcegen.md section 2)")


def _nation_force(scenario: Scenario, c: Contributor, row: Nation, defaults: dict[str, Any],
                  used: list[str]) -> NationForce:
    """Contributor ``c`` (its theatre nations-table ``row``) as a ``NationForce``; the shipped
    defaults its status brings (participation, delay) are said in ``used``."""
    from reassure.models.forcegen import NationForce

    p_join = _status_p_join(c, defaults, used)
    delay = _status_delay(c, defaults, used)
    own_cost = c.cost_per_troop_year or defaults["nation_costs"].get(c.nation)
    caps = {} if c.role_caps is None else {r: q.high for r, q in c.role_caps.caps().items()}
    return NationForce(
        iso3=c.nation,
        name=row.name,
        army_personnel=None if row.army_personnel is None else float(row.army_personnel),
        active_personnel=(
            None if row.active_personnel is None else float(row.active_personnel)
        ),
        status=c.status,
        p_join=None if p_join is None else p_join.canonical,
        delay_months=_months(delay) or 0.0,
        # A pledge is a ceiling ("up to ..."), so its high end is the cap.
        pledge_troops=None if c.pledge_troops is None else c.pledge_troops.high,
        sustainable_share=None
        if c.sustainable_share is None
        else c.sustainable_share.canonical,
        sustainable_troops=None
        if c.sustainable_troops is None
        else c.sustainable_troops.canonical,
        standing_troops=0.0
        if c.standing_commitments is None
        else c.standing_commitments.canonical,
        tour_months=_months(c.tour),
        interval_months=_months(c.interval),
        # US troops are the backstop itself: absent from every without-US result.
        requires_us_backstop=c.requires_us_backstop or c.nation == US_ISO3,
        # (s34) the enablers a condition names, all on: else "any enabler on" would count;
        # (review s44) US troops count only where the plan counts on US ground troops
        # (us_backstop.ground_troops): else the switch changed nothing either way
        us_condition_met=all(getattr(scenario.us_backstop, e) for e in (c.requires_us_enablers or ()))
        and (c.nation != US_ISO3 or scenario.us_backstop.ground_troops),
        cost_eur_per_troop_year_low=None if own_cost is None else own_cost.low,
        cost_eur_per_troop_year_high=None if own_cost is None else own_cost.high,
        role_caps_troops=caps,
    )


def _status_p_join(c: Contributor, defaults: dict[str, Any], used: list[str]) -> Quantity | None:
    """Contributor ``c``'s probability of taking part: its own, else its status's shipped
    default (said in ``used`` unless it is ruled out); None for a willing nation without one."""
    # Status drives participation unless the scenario says otherwise.
    p_join = c.p_join
    if p_join is None and c.status != "willing":
        p_join = defaults["status_p_join"][c.status]
        if c.status != "ruled-out":
            used.append(f"{c.nation} p_join = {p_join.reader_text()} (status {c.status}, "
                        f"data/participation.toml: {p_join.assumption or p_join.note or ''})")
    return p_join


def _status_delay(c: Contributor, defaults: dict[str, Any], used: list[str]) -> Quantity | None:
    """Contributor ``c``'s delay before it can deploy: its own, else its status's shipped default
    (said in ``used`` where it is above zero); None for a willing or ruled-out nation without one."""
    delay = c.delay
    if delay is None and c.status not in ("willing", "ruled-out"):
        delay = defaults["status_delay"][c.status]
        if delay.canonical > 0:
            used.append(f"{c.nation} delay = {delay.text()} (status {c.status}, "
                        f"data/participation.toml: {delay.assumption or delay.note or ''})")
    return delay


def _force_load_warnings(scenario: Scenario) -> list[str]:
    """The scenario's load warnings that concern the force (e.g. a participation reset)."""
    # Notes from loading the file that concern the force (a participation reset); the
    # monitoring ones (a compressed line), the incidents ones (a responder the plan has no
    # unit of) and the air-policing ones (a station's `us` over its `us_enabler`) are those
    # sections' own.
    # review s33: the maritime ones (shown under the maritime tasks) and the support force's
    # (its build-up is the posture section's) are not the force's either.
    elsewhere = {w for section in OWN_WARNINGS for w in scenario.load_warnings_about(section)}
    return [w for w in scenario.load_warnings if w not in elsewhere]


def _enabler_needs(scenario: Scenario) -> tuple[EnablerNeed, ...]:
    """The force's enablers, each a share of its need: what Europe fields, and all of it where
    the US backstop provides it."""
    from reassure.models.forcegen import EnablerNeed

    force, backstop = scenario.force, scenario.us_backstop
    enablers = []
    if force.enablers is not None:
        for name, need in force.enablers.needs().items():
            enablers.append(
                EnablerNeed(
                    name=name,
                    unit="share of need",
                    required_units=1.0,
                    europe_units=need.europe_share.canonical,
                    us_units=1.0 if getattr(backstop, name, False) else 0.0,
                )
            )
    return tuple(enablers)


def default_share_note(problem: ForceProblem, with_us: ForceResult,
                       without_us: ForceResult) -> str | None:
    """The line naming the nations whose deployment the common sustainable share limits, read
    from the model's results of both sides; ``None`` if it limits none.

    A nation counts where the share sets its cap (``limited_by == "army_share"``: the share of
    its army is below its offer, or it made none), it has neither its own share nor a national
    plan (so the common share, not national data, is what applies to it), and it takes part on
    that side (a nation outside the plan has no cap). The two sides are named apart when they
    differ (a nation that needs the US backstop is capped with it only).
    """
    own = {n.iso3 for n in problem.nations
           if n.sustainable_share is not None or n.sustainable_troops is not None}

    def capped(result: ForceResult) -> list[str]:
        return [n.nation for n in result.nations if n.limited_by == "army_share" and n.nation not in own]

    alike, alone = capped(with_us), capped(without_us)
    if not alike and not alone:
        return None
    who = (", ".join(alike) if alike == alone else
           f"{', '.join(alike) or 'no nation'} with the US backstop and {', '.join(alone) or 'no nation'} "
           "without it")
    # review s33: "25%", as the report writes shares
    from reassure.spec._quantity import percent_text

    return (f"common sustainable share {percent_text(problem.default_sustainable_share)} caps {who}: "
            "no troop figure or share of their own given, so this share of the army, not an offer, "
            "sets how many each can send (a stated fallback, not national data)")


def build_input(scenario: Scenario, upstream: Any = None, *, us_backstop: bool = True,
                draws: int = DRAWS) -> ForceInput:
    """The force input of one side (the low end of a target range is planned as well)."""
    from reassure.models.solve import ForceInput

    problem, used = build_force_problem(scenario)
    target = scenario.force.target_troops
    low = build_force_problem(scenario, target_troops=target.low)[0] if target.is_range else None
    return ForceInput(problem, problem.us_backstop_available and us_backstop, draws, low,
                      tuple(used))
