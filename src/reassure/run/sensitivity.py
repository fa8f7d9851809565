"""A quick one-at-a-time sensitivity pass: which assumption moves each verdict most.

Each swing scales one scenario parameter down and up (e.g. x0.5 and x1.5), re-runs only the
model behind one verdict's metric, and records the metric at both ends. The result is one
tornado chart per metric, largest swing first. The chance the target is fielded is drawn as the
main run draws it (10,000 draws, the scenario's seed), so its "as planned" is the report's figure;
the other metrics re-run their model once a swing. They rank assumptions; they do not replace
the main figures.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from reassure.run.results import Chart

__all__ = ["INCIDENT_METRICS", "RESPONSE_SITE", "SWINGS", "TWINS", "Swing", "fastest_response_min", "metric_title",
           "no_response_chart", "response_metric", "response_metric_site", "response_site", "run_sensitivity",
           "scaled", "swing_metric"]


@dataclass(frozen=True)
class Swing:
    """Scale the parameter at ``path`` by ``low`` and ``high`` and watch ``metric``."""

    label: str
    path: str  # dotted; `[*]` scales every item of a list
    low: float
    high: float
    metric: str


def scaled(scenario: Any, path: str, factor: float, default: Any = None, upper: float | None = None) -> Any:
    """A copy of ``scenario`` with the quantity at ``path`` multiplied by ``factor``.

    A missing optional quantity is first set to ``default`` (the shipped default the model
    would have used), so the swing is around the value actually in force.
    """
    from reassure.spec import Quantity

    def scale_q(q: Quantity) -> Quantity:
        lo, hi = q.low * factor, q.high * factor
        if upper is not None:
            lo, hi = min(lo, upper), min(hi, upper)
        update: dict[str, Any] = {"low": lo, "high": hi,
                                  "assumption": f"sensitivity swing x{factor:g} of {q.text()}"}
        if q.value is not None:
            update["value"] = lo
        return q.model_copy(update=update)

    def walk(node: Any, parts: list[str]) -> Any:
        head, rest = parts[0], parts[1:]
        if head.endswith("[*]"):
            name = head[:-3]
            items = tuple(walk(item, rest) if rest else scale_q(item) for item in getattr(node, name))
            return node.model_copy(update={name: items})
        if isinstance(node, Mapping):  # a table of quantities by key ("rates.incursion")
            if head not in node:
                raise AttributeError(head)
            return {**node, head: scale_q(node[head]) if not rest else walk(node[head], rest)}
        child = getattr(node, head)
        if not rest:
            if child is None:
                child = default
            return node.model_copy(update={head: scale_q(child)})
        return node.model_copy(update={head: walk(child, rest)})

    return walk(scenario, path.split("."))


# -- metrics: each re-runs one model on a swung scenario -----------------------------------------
def _p_target_met(scenario: Any, us_backstop: bool = True, end: str = "high") -> float:
    """The chance the target is fielded, in percent, as planned (``us_backstop``: the plan's own
    backstop, if it has one) or without the US backstop; ``end``: the target range's high end (the
    full ask) or its low end (review s51: the chance the report's headline gives)."""
    from reassure.bridge.force import DRAWS, build_force_problem
    from reassure.models.forcegen import simulate_participation

    # (review s34: the main run's 10,000 draws, not 2,000: the chart's "as planned" read 74.2
    # beside the report's 73.4 for the same chance; 10,000 draws take about 10 ms)
    # The participation Monte Carlo alone: the chance the target is met does not depend on the
    # allocation (the same draws and figure as `assess_force_case`, without its MILP).
    target = scenario.force.target_troops
    problem, _ = build_force_problem(scenario, target_troops=target.low if end == "low" else None)
    result = simulate_participation(problem, us_backstop=us_backstop and problem.us_backstop_available,
                                    draws=DRAWS, seed=scenario.seed)
    return 100.0 * result.p_target_met


def _deployed(scenario: Any, us_backstop: bool = False) -> float:
    """Best-case deployed strength, troops, without the US backstop (or as planned)."""
    from reassure.bridge.force import build_force_problem
    from reassure.models.forcegen import deployed_troops

    problem, _ = build_force_problem(scenario)
    return float(deployed_troops(problem, us_backstop=us_backstop and problem.us_backstop_available))


#: Garrison plans (and air-policing layouts, whose alert stations answer too) of the swung
#: scenarios, by their whole input: most swings of the response (readiness) leave both inputs as
#: they are, so each is solved once.
_POSTURE_MEMO: Any = None  # a SolveMemo, made on first use


def _response_min(scenario: Any, us_backstop: bool = True, site: str = "") -> float:
    """The fastest response to ``site`` of a swung scenario, minutes (NaN where no unit reaches it)."""
    from reassure.run.capabilities import AirPolicing, Posture, Response
    from reassure.run.pipeline import SolveMemo

    global _POSTURE_MEMO
    if _POSTURE_MEMO is None:
        _POSTURE_MEMO = SolveMemo(size=16)
    # Without the force result upstream the posture bridge computes the fieldable force
    # itself (no participation Monte Carlo): the swings here do not move it.
    posture = Posture()
    plan = _POSTURE_MEMO.solve(posture, posture.build_input(scenario, {}, us_backstop=us_backstop),
                               scenario.seed)
    # the air-policing alert stations answer at the sites too (s40), as in the pipeline
    air = AirPolicing()
    alert = _POSTURE_MEMO.solve(air, air.build_input(scenario, {}, us_backstop=us_backstop),
                                scenario.seed)
    response = Response().build_input(scenario, {"posture": plan, "air_policing": alert},
                                      us_backstop=us_backstop)
    # each side's own solve, read as the pipeline reads that side (its first table)
    return fastest_response_min(Response().solve(response, scenario.seed), site or RESPONSE_SITE)


def fastest_response_min(response: Any, site: str) -> float:
    """The fastest response to ``site`` from a response result (its first table, as the pipeline
    reads each side's own solve), in minutes; NaN where the result does not time the site."""
    rows = {r["site"]: r for r in response.sites.records(with_us=True)}
    fastest = rows.get(site, {}).get("fastest")
    return float("nan") if fastest is None else 60.0 * fastest


#: The site the response charts swing where the plan protects it: the chart every shipped plan
#: has had (its metric keys, `response_south_ukraine`, are the ids results.json and the report use).
RESPONSE_SITE = "south-ukraine-npp"
_RESPONSE_KEY = "response_south_ukraine"


def response_site(scenario: Any) -> str | None:
    """The site whose fastest response the response charts swing: one the plan's report has a
    figure for (the posture section times each operating nuclear plant the plan protects,
    ``fastest_response_min_<site>``), South Ukraine NPP where it is one of them, else the first
    of them in the theatre's order; None where the plan protects no operating plant (review:
    nordic-baltic, protecting Rivne NPP alone, got an all-n/a chart of South Ukraine NPP, a plant
    outside its plan: `no_response_chart` says why there is none)."""
    from reassure.run.section_posture import theatre_plants
    from reassure.theatres import load_theatre

    weighted = {s.site for s in scenario.posture.sites if s.weight.canonical > 0}
    plants = [p for p in theatre_plants(load_theatre(scenario.theatre)) if p in weighted]
    if RESPONSE_SITE in plants:
        return RESPONSE_SITE
    return plants[0] if plants else None


def response_metric(site: str, without_us: bool = False) -> str:
    """The key of the response metric of ``site`` (its chart is ``tornado-<key>``).

    >>> response_metric("south-ukraine-npp"), response_metric("rivne-npp", without_us=True)
    ('response_south_ukraine', 'response_rivne_npp_without_us')
    """
    key = _RESPONSE_KEY if site == RESPONSE_SITE else f"response_{site.replace('-', '_')}"
    return key + ("_without_us" if without_us else "")


def response_metric_site(metric: str) -> str | None:
    """The site a response metric's key (`response_metric`) swings; None for any other metric.

    >>> response_metric_site("response_rivne_npp_without_us"), response_metric_site("p_target_met")
    ('rivne-npp', None)
    """
    if not metric.startswith("response_"):
        return None
    key = metric.removesuffix("_without_us")
    return RESPONSE_SITE if key == _RESPONSE_KEY else key.removeprefix("response_").replace("_", "-")


def swing_metric(metric: str) -> str:
    """The metric whose swings (`SWINGS`) a metric's chart draws: a response metric's, whatever its
    site, are those of `response_south_ukraine` (and of its twin).

    >>> swing_metric("response_rivne_npp_without_us"), swing_metric("p_target_met")
    ('response_south_ukraine_without_us', 'p_target_met')
    """
    if response_metric_site(metric) is None:
        return metric
    return _RESPONSE_KEY + ("_without_us" if metric.endswith("_without_us") else "")


def no_response_chart(scenario: Any) -> str:
    """Why the sensitivity pass has no response chart, in one line: the plan protects no
    operating nuclear plant, the sites its report gives a fastest response for; "" when it has one
    (or has no sites at all to say it of)."""
    if getattr(scenario, "posture", None) is None or response_site(scenario) is not None:
        return ""
    return ("No sensitivity chart of the fastest response: the plan protects no operating nuclear plant "
            "(each has weight 0 or is not among its sites), the sites its report gives a fastest response for")


#: The most incident Monte Carlo replications a swing (and the chart's own "as planned") runs: the
#: report's own when it ran fewer; 15 runs of europe-2025 take about 0.2 s a swing (five a chart
#: pair: the base and two swings at two ends). The chart ranks assumptions; the report's figure is
#: the main run's.
INCIDENT_RUNS = 15


class _IncidentShares:
    """(review s51) The share of the incidents needing a unit that a unit reaches within the
    response threshold, in percent -- the incidents headline -- for a swung scenario, with and
    without the US backstop. The capabilities upstream of the incidents (monitoring, posture, air
    policing, response) are run once, on the unswung scenario: the swings here change only
    ``incidents.*``, which none of them reads. Each swung scenario's incident run is made once for
    both sides."""

    def __init__(self, scenario: Any, upstream: Mapping[str, Any] | None = None,
                 runs: int = INCIDENT_RUNS) -> None:
        from reassure.run.capabilities import registry
        from reassure.run.pipeline import ancestors, run_capabilities

        self.runs = runs
        self.caps = registry(runs=runs)
        needs = ancestors(self.caps, ["incidents"]) - {"incidents"}
        known = {n: o for n, o in (upstream or {}).items() if n in needs}
        # the main run's outcomes when it has them (`assess`), else the unswung scenario's own
        self.upstream = run_capabilities(scenario, self.caps, sorted(needs), done=known)
        self.seen: dict[int, tuple[Any, tuple[float, float]]] = {}

    def __call__(self, scenario: Any, us_backstop: bool = True) -> float:
        from reassure.run.pipeline import run_capabilities

        key = id(scenario)
        if key not in self.seen or self.seen[key][0] is not scenario:
            out = run_capabilities(scenario, self.caps, ["incidents"], done=self.upstream)["incidents"]
            self.seen[key] = (scenario, (_pct(out.with_us), _pct(out.without_us)))
        return self.seen[key][1][0 if us_backstop else 1]


def _pct(result: Any) -> float:
    value = result.to_dict().get("within_threshold_incidents_fraction")
    mean = value.get("value") if isinstance(value, Mapping) else value
    return float("nan") if mean is None else 100.0 * float(mean)


#: the incident metrics' titles, axis label and parameter refs; their functions are made per run
#: (`_IncidentShares`)
INCIDENT_METRICS: dict[str, tuple[str, str, bool]] = {
    "incidents_within_threshold": (
        "Incidents needing a unit that a unit reaches within the response threshold, % ({plan})",
        "incidents reached within the threshold, %", True),
    "incidents_within_threshold_without_us": (
        "Incidents needing a unit that a unit reaches within the response threshold, % (without the "
        "US backstop)", "incidents reached within the threshold, %", False),
}


def _incident_note(runs: int, main_runs: int | None) -> str:
    """What an incident chart says of its runs (its own "as planned" is of these runs too)."""
    report = "" if main_runs is None else (
        ", as the report's figure does" if main_runs == runs else f" (the report's figure: {main_runs})")
    return (f"each swing, and the chart's own value as planned, reruns the incidents with {runs} "
            f"replications{report}: the chart ranks the assumptions, the report's figure is the main "
            f"run's")


METRICS: dict[str, tuple[str, str, Callable[[Any], float], tuple[str, ...]]] = {
    # key: (title, axis label, function, parameter refs of the metric); {target} is the target
    # the chance is counted against, as the force figure names it, and {plan} the as-planned
    # case ("with US backstop", or "as planned, no US backstop") (`metric_title`)
    "p_target_met": ("Chance {target} is fielded, given who may not join, % ({plan})",
                     "chance {target} is fielded, %", _p_target_met, ("force", "contributors")),
    # review s44: each metric both ways, as every figure is (the twins are left out for a plan
    # with no US backstop, where both ways are one: `TWINS`)
    "p_target_met_without_us": ("Chance {target} is fielded, given who may not join, % (without "
                                "the US backstop)", "chance {target} is fielded, %",
                                partial(_p_target_met, us_backstop=False), ("force", "contributors")),
    # review s51 (a researcher): the chance of the high end is 0% by construction when the best
    # case falls short of it, and its chart then only says what does not move it; the low end's
    # chance is the one the headline gives, and it rests on the guessed chances of joining
    "p_target_low_met": ("Chance the low end of the target is fielded, given who may not join, % "
                         "({plan})", "chance the low end of the target is fielded, %",
                         partial(_p_target_met, end="low"), ("force", "contributors")),
    "p_target_low_met_without_us": ("Chance the low end of the target is fielded, given who may not "
                                    "join, % (without the US backstop)",
                                    "chance the low end of the target is fielded, %",
                                    partial(_p_target_met, us_backstop=False, end="low"),
                                    ("force", "contributors")),
    "deployed_as_planned": ("Deployed strength {plan} if every uncertain nation joins (best case), "
                            "troops", "troops deployed", partial(_deployed, us_backstop=True), ("force", "contributors")),
    "deployed_without_us": ("Deployed strength without the US backstop if every uncertain nation joins "
                            "(best case), troops", "troops deployed", _deployed, ("force", "contributors")),
    # {site}: the site `response_site` picks, as its figure names it (South Ukraine NPP in every
    # shipped plan); its function is made per run, for that site (`run_sensitivity`)
    "response_south_ukraine": ("Fastest response to {site}, minutes ({plan})", "minutes",
                               _response_min, ("posture", "air")),
    "response_south_ukraine_without_us": ("Fastest response to {site}, minutes (without "
                                          "the US backstop)", "minutes",
                                          partial(_response_min, us_backstop=False), ("posture", "air")),
}
#: Each twin metric and the one it mirrors on the other side; a twin is the same chart when the
#: plan has no US backstop, and is then not drawn.
TWINS: dict[str, str] = {"p_target_met_without_us": "p_target_met",
                         "incidents_within_threshold_without_us": "incidents_within_threshold",
                         "p_target_low_met_without_us": "p_target_low_met",
                         "deployed_as_planned": "deployed_without_us",
                         "response_south_ukraine_without_us": "response_south_ukraine"}

def metric_title(text: str, scenario: Any) -> str:
    """A metric's title or axis label with the target it counts against named, as the force
    section's figure names it ("the high end of the target"; its number is in that figure, which
    is footnoted, and a heading is not): a chance whose target is not named is not defined (the
    low end's chance differs). ``{plan}`` is the as-planned case of the scenario (`plan_case`):
    a plan with no US backstop is not told it has one."""
    from reassure.run.results import plan_case

    target = scenario.force.target_troops
    return text.format(target="the high end of the target" if target.low != target.high else "the target",
                       plan=plan_case(scenario, article=False) if "{plan}" in text else "")


#: The swing of every uncertain nation's chance of joining (0 < p_join < 1, stated or by
#: status), each capped at 1; certain and ruled-out nations stay as they are.
P_JOIN_PATH = "contributors[*].p_join"
#: The swing of the troops the plan gives each nation as kept deployed (``sustainable_troops``;
#: review s51: a figure from press and commentary, not always a national plan) over their range.
NATIONAL_PLAN_PATH = "contributors[*].sustainable_troops"

#: What moves who joins and how many each keeps deployed: swung for the chance of the target's
#: high end and (review s51) of its low end
_CHANCE_SWINGS: tuple[tuple[str, str, float, float], ...] = (
    ("uncertain nations' chance of joining x0.5 / x1.5", P_JOIN_PATH, 0.5, 1.5),
    ("correlation of joining decisions 0 / x2", "force.participation_correlation", 0.0, 2.0),
    ("troops each nation keeps deployed, as the plan gives them (sustainable_troops), low / high end",
     NATIONAL_PLAN_PATH, 0.0, 1.0),
    ("interval between tours x0.5 / x1.5", "force.interval", 0.5, 1.5),
    ("sustainable share of army x0.6 / x1.4", "force.sustainable_share", 0.6, 1.4),
    ("tour length x0.5 / x1.5", "force.tour", 0.5, 1.5),
)
_OWN_SWINGS: tuple[Swing, ...] = (
    *(Swing(*s, metric) for metric in ("p_target_met", "p_target_low_met") for s in _CHANCE_SWINGS),
    Swing("interval between tours x0.5 / x1.5", "force.interval", 0.5, 1.5, "deployed_without_us"),
    Swing("sustainable share of army x0.6 / x1.4", "force.sustainable_share", 0.6, 1.4, "deployed_without_us"),
    # review s51: the incidents headline rests on the rate of the incidents that need a unit (in
    # europe-2025 the incursions' is a proxy, 1% of violations, and the rate the reviewer doubted)
    # and on the response threshold (a round figure chosen for the analysis); the strikes' rate,
    # from a compilation, moved it least and is left out to keep `assess` quick
    Swing("rate of incursions x0.1 / x2", "incidents.regimes[*].rates.incursion", 0.1, 2.0,
          "incidents_within_threshold"),
    Swing("response threshold x0.5 / x2", "incidents.response_threshold", 0.5, 2.0,
          "incidents_within_threshold"),
    Swing("air readiness x0.5 / x2", "air.bases[*].readiness", 0.5, 2.0, "response_south_ukraine"),
    Swing("ground QRF readiness x0.5 / x2", "posture.qrf_readiness", 0.5, 2.0, "response_south_ukraine"),
)
# ... and the same swings of each twin
SWINGS: tuple[Swing, ...] = _OWN_SWINGS + tuple(
    Swing(s.label, s.path, s.low, s.high, twin) for twin, of in TWINS.items()
    for s in _OWN_SWINGS if s.metric == of)


def _swung_p_join(scenario: Any, factor: float) -> Any:
    """Every uncertain nation's p_join (its own, or its status default) times ``factor``."""
    from reassure.bridge.force import force_defaults

    table = force_defaults()["status_p_join"]
    items = []
    for c in scenario.contributors:
        q = c.p_join if c.p_join is not None else table.get(c.status)
        # Uncertain: neither certainly out (all of it at 0) nor certainly in (all of it at 1).
        if q is None or c.status == "ruled-out" or q.high <= 0 or q.low >= 1:
            items.append(c)
            continue
        lo, hi = min(q.low * factor, 1.0), min(q.high * factor, 1.0)
        update: dict[str, Any] = {"low": lo, "high": hi,
                                  "assumption": f"sensitivity swing x{factor:g} of {q.text()}"}
        if q.value is not None:
            update["value"] = lo
        items.append(c.model_copy(update={"p_join": q.model_copy(update=update)}))
    return scenario.model_copy(update={"contributors": tuple(items)})


def _national_plans_at(scenario: Any, end: float) -> Any:
    """Every ``sustainable_troops`` range at its low (``end`` 0) or high (1) end."""
    items = []
    for c in scenario.contributors:
        q = c.sustainable_troops
        if q is None:
            items.append(c)
            continue
        v = q.low + end * (q.high - q.low)
        items.append(c.model_copy(update={"sustainable_troops": q.model_copy(update={
            "low": v, "high": v, "value": v,
            "assumption": f"sensitivity swing: {'high' if end else 'low'} end of {q.text()}"})}))
    return scenario.model_copy(update={"contributors": tuple(items)})


def _swung(scenario: Any, swing: Swing, factor: float) -> Any:
    if swing.path == P_JOIN_PATH:
        return _swung_p_join(scenario, factor)
    if swing.path == NATIONAL_PLAN_PATH:
        return _national_plans_at(scenario, factor)
    upper = 1.0 if swing.path.endswith(("share", "p_join")) else None
    if swing.path.endswith("correlation"):
        upper = 0.9  # a correlation of 1 is outside the copula's range
    return scaled(scenario, swing.path, factor, _default_for(swing.path), upper)


def _default_for(path: str) -> Any:
    if path == "force.sustainable_share":
        from reassure.bridge.force import force_defaults

        return force_defaults()["sustainable_share"]
    return None


def run_sensitivity(scenario: Any, extra_metrics: dict[str, Any] | None = None,
                    extra_swings: tuple[Swing, ...] = (),
                    base: Mapping[str, float] | None = None, *, incidents: bool = True,
                    upstream: Mapping[str, Any] | None = None,
                    only: tuple[str, ...] | None = None, main_runs: int | None = None) -> tuple[Chart, ...]:
    """Tornado charts, one per metric, bars sorted by the size of the swing.

    ``base`` holds metrics of the unswung scenario already known (from the main run), so they
    are not computed again. ``incidents``: swing the incidents headline too (a scenario with
    ``[incidents]``), its upstream capabilities taken from ``upstream`` (the main run's outcomes)
    where given. ``only``: just these metrics (`assess` runs the incident metrics last, once the
    main run's outcomes are all in). ``main_runs``: the main run's incident replications; the
    incident swings run no more (`INCIDENT_RUNS` at most).
    """
    metrics = dict(METRICS, **(extra_metrics or {}))
    if incidents and getattr(scenario, "incidents", None) is not None:
        runs = INCIDENT_RUNS if main_runs is None else max(1, min(INCIDENT_RUNS, main_runs))
        shares = _IncidentShares(scenario, upstream, runs)
        metrics.update({key: (title, axis, partial(shares, us_backstop=with_us), ("incidents",))
                        for key, (title, axis, with_us) in INCIDENT_METRICS.items()})
    if only is not None:
        metrics = {k: v for k, v in metrics.items() if k in only}
    if not scenario.us_backstop.any:  # one case: the twins would repeat their charts
        metrics = {k: v for k, v in metrics.items() if k not in TWINS}
    if not scenario.force.target_troops.is_range:  # one target: its low end is the target
        metrics = {k: v for k, v in metrics.items() if not k.startswith("p_target_low_met")}
    metrics = _for_response_site(scenario, metrics)
    charts = []
    for key, (title, axis, fn, refs) in metrics.items():
        swings = [s for s in (*SWINGS, *extra_swings) if s.metric == swing_metric(key)]
        if not swings:
            continue
        at_base = base[key] if base and key in base else fn(scenario)
        rows = []
        for s in swings:
            try:
                lo = fn(_swung(scenario, s, s.low))
                hi = fn(_swung(scenario, s, s.high))
            except AttributeError:  # the scenario has no such parameter
                continue
            rows.append((s.label, lo, hi, s.path))
        rows.sort(key=lambda r: -abs(r[2] - r[1]))
        note = (_incident_note(runs, main_runs) if key in INCIDENT_METRICS
                else _by_construction(scenario, key, at_base, rows))
        charts.append(Chart(
            id=f"tornado-{key}", title=f"Sensitivity: {metric_title(title, scenario)}", kind="tornado",
            labels=tuple(r[0] for r in rows),
            series={"low": tuple(r[1] for r in rows), "high": tuple(r[2] for r in rows)},
            base=at_base, x_label=metric_title(axis, scenario),
            refs=(*refs, *dict.fromkeys(r[3].replace("[*]", "") for r in rows)), note=note,
        ))
    return tuple(charts)


def _for_response_site(scenario: Any, metrics: dict[str, Any]) -> dict[str, Any]:
    """``metrics`` with the response metrics timed to the plan's own site (`response_site`), keyed
    and titled by it, or left out where the plan protects no operating plant (`no_response_chart`)."""
    site = response_site(scenario)
    out: dict[str, Any] = {}
    for key, (title, axis, fn, refs) in metrics.items():
        if response_metric_site(key) is None:
            out[key] = (title, axis, fn, refs)
        elif site is not None:
            name = _site_name(scenario, site)
            out[response_metric(site, key.endswith("_without_us"))] = (
                title.replace("{site}", name), axis, partial(fn, site=site), refs)
    return out


def _site_name(scenario: Any, site: str) -> str:
    """A site's name as a chart title gives it, its town left out ("South Ukraine NPP")."""
    from reassure.theatres import load_theatre

    theatre = load_theatre(scenario.theatre)
    name = next((s.name for s in theatre.sites if s.id == site), site)
    return name.split(" (", 1)[0]


def _by_construction(scenario: Any, key: str, at_base: float, rows: Sequence[tuple[Any, ...]] = ()) -> str:
    """(review s51) Why a chance of 0% is 0% as planned: the best case -- every uncertain nation
    joining -- falls short of the target, so no draw of who joins can field it, and only a swing
    that raises the best case (what each nation can keep deployed) can move it; whether any of
    the swings ``rows`` (label, low, high, path) did; '' otherwise."""
    if not key.startswith("p_target") or at_base != 0.0:
        return ""
    target = scenario.force.target_troops
    goal = target.low if key.startswith("p_target_low") else target.high
    best = _deployed(scenario, us_backstop=not key.endswith("without_us"))
    if best >= goal:
        return ""
    moved = any(r[1] != 0.0 or r[2] != 0.0 for r in rows)
    return (f"0% by construction, not an estimate: even if every uncertain nation joins, the force "
            f"reaches {best:,.0f} troops, below {goal:,.0f}; who joins cannot move it, only a swing "
            f"that raises what each nation can keep deployed above it"
            + ("" if moved or not rows else ", and none of the swings here raises it that far"))
