r"""The maritime component: Black Sea escort and mine-countermeasures tasks, sized and costed.

A *task* keeps ``ships_on_station`` ships of one class on station without a break. Each ship
sails for a deployment of :math:`D` days (for warships of states outside the Black Sea the
Montreux Convention caps the stay at 21 days, so :math:`D \le 21` counted from the Straits),
of which the transits out and back, :math:`2d / v` for a one-way distance :math:`d` (km) at
:math:`v` (km/h), are lost:

.. math::

    \text{days on station per deployment} \quad t = D - 2d/(24 v)

    \text{ships in the deployment cycle} \quad c = n \, D / t \qquad (n = \text{ships on station})

    \text{ships in the fleet} \quad N = \lceil c \cdot k \rceil

where :math:`k` is the readiness ratio (the naval "rule of three": one ship deployed, one
working up, one in maintenance). An existing contribution (the Turkish, Romanian and Bulgarian
MCM Black Sea group) holds ``existing_ships`` ships on task for ``existing_days_per_year`` days a
year; its continuous equivalent is ``existing_ships * existing_days_per_year / 365.25`` ships,
which is compared with the need. The operating cost is ships in the cycle times the cost per
ship-year (a range); capital cost, when given, is reported separately and labelled.

A task of US ships (``us``) is sized like any other but is not Europe's to hold: the totals count
Europe's tasks only, and ``us_ships_needed`` the US tasks' ships. A task the plan asks for that no
one holds on this side (US ships without the US backstop, left out by the bridge and named in
``MaritimeInput.lost``) is reported as lost, not sized.

Inputs are plain floats whose names carry the unit; results are frozen dataclasses.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from reassure.models._checks import check_low_high, check_non_negative, check_positive, require
from reassure.models._common import DAYS_PER_YEAR, ItemResult, JsonRecord, item_costs, summed_costs

__all__ = [
    "DAYS_PER_YEAR",
    "KINDS",
    "MONTREUX_MAX_STAY_DAYS",
    "MaritimeInput",
    "MaritimeResult",
    "MaritimeTask",
    "TaskResult",
    "assess_maritime",
    "days_on_station",
]

#: Montreux Convention, art. 18: warships of non-littoral states may not stay more than 21 days.
MONTREUX_MAX_STAY_DAYS = 21.0

#: The kinds of task (the scenario's `maritime.tasks[].kind`); the MCM verdict reads "mcm".
KINDS = ("escort", "mcm", "patrol")


@dataclass(frozen=True)
class MaritimeTask:
    """One continuous task (escort, mine countermeasures, patrol)."""

    id: str
    kind: str  # one of KINDS
    ships_on_station: float
    transit_km: float  # one way, home port (or the Straits) to the station
    speed_kmh: float
    deployment_days: float  # planned time away from port per deployment
    readiness_ratio: float  # ships in the fleet per ship in the deployment cycle
    crew_per_ship: float
    cost_per_ship_year_eur_low: float
    cost_per_ship_year_eur_high: float
    non_littoral: bool = False  # a state outside the Black Sea: Montreux 21-day cap
    existing_ships: float = 0.0  # ships an existing group holds on task
    existing_days_per_year: float = 0.0  # days a year that group is on task
    capital_cost_eur_per_ship: float | None = None
    us: bool = False  # US ships: sized, but not counted in Europe's totals

    def __post_init__(self) -> None:
        where = f"maritime task {self.id}"
        require(self.kind in KINDS, f"{where}: kind must be one of {', '.join(KINDS)} (got {self.kind!r})")
        for name in ("speed_kmh", "deployment_days", "readiness_ratio"):
            check_positive(f"{where}: {name}", getattr(self, name))
        for name in ("ships_on_station", "transit_km", "crew_per_ship", "existing_ships"):
            check_non_negative(f"{where}: {name}", getattr(self, name))
        require(0 <= self.existing_days_per_year <= DAYS_PER_YEAR,
                f"{where}: existing_days_per_year must be in [0, {DAYS_PER_YEAR}]")
        check_low_high(f"{where}: cost_per_ship_year_eur", self.cost_per_ship_year_eur_low,
                       self.cost_per_ship_year_eur_high)


@dataclass(frozen=True)
class MaritimeInput:
    tasks: tuple[MaritimeTask, ...]
    lost: tuple[str, ...] = ()  # ids of the plan's tasks no one holds on this side (US ships without the US)

    def __post_init__(self) -> None:
        held = {t.id for t in self.tasks}
        require(not held & set(self.lost), f"maritime tasks both held and lost: {sorted(held & set(self.lost))}")


@dataclass(frozen=True)
class TaskResult(ItemResult):
    us: bool
    deployment_days: float  # after the Montreux cap
    montreux_capped: bool
    transit_days: float  # one way
    days_on_station: float
    reachable: bool
    ships_in_cycle: float
    ships_needed: int
    crew_deployed: float
    existing_continuous_ships: float
    existing_share_of_need: float  # continuous equivalent of the existing group / ships on station
    operating_cost_eur_per_year_low: float
    operating_cost_eur_per_year_high: float
    capital_cost_eur: float | None


@dataclass(frozen=True)
class MaritimeResult(JsonRecord):
    tasks: tuple[TaskResult, ...]
    ships_needed: int
    ships_in_cycle: float
    crew_deployed: float
    operating_cost_eur_per_year_low: float
    operating_cost_eur_per_year_high: float
    capital_cost_eur: float | None
    unreachable: tuple[str, ...]
    us_ships_needed: int  # ships the US holds for its own tasks (readiness ratio applied)
    lost: tuple[str, ...]  # the plan's tasks no one holds on this side (US ships without the US backstop)


def days_on_station(deployment_days: float, transit_km: float, speed_kmh: float) -> float:
    """Days on station per deployment: the deployment less two transits.

    >>> round(days_on_station(21.0, 1000.0, 27.78), 2)   # 15 knots: 1.5 days each way
    18.0
    """
    return deployment_days - 2.0 * transit_km / (24.0 * speed_kmh)


def _task(t: MaritimeTask) -> TaskResult:
    capped = t.non_littoral and t.deployment_days > MONTREUX_MAX_STAY_DAYS
    deploy = min(t.deployment_days, MONTREUX_MAX_STAY_DAYS) if t.non_littoral else t.deployment_days
    on_station = days_on_station(deploy, t.transit_km, t.speed_kmh)
    reachable = on_station > 0
    cycle = t.ships_on_station * deploy / on_station if reachable else math.inf
    needed = math.ceil(cycle * t.readiness_ratio - 1e-9) if reachable else 0
    existing = t.existing_ships * t.existing_days_per_year / DAYS_PER_YEAR
    share = existing / t.ships_on_station if t.ships_on_station > 0 else math.inf
    paid = cycle if reachable else 0.0
    return TaskResult(
        id=t.id, kind=t.kind, us=t.us, deployment_days=deploy, montreux_capped=capped,
        transit_days=t.transit_km / (24.0 * t.speed_kmh), days_on_station=on_station,
        reachable=reachable, ships_in_cycle=cycle, ships_needed=needed,
        crew_deployed=paid * t.crew_per_ship, existing_continuous_ships=existing,
        existing_share_of_need=share,
        **item_costs(paid, t.cost_per_ship_year_eur_low, t.cost_per_ship_year_eur_high,
                     needed, t.capital_cost_eur_per_ship),
    )


def assess_maritime(inp: MaritimeInput) -> MaritimeResult:
    """Size and cost every task; totals count only non-US tasks, ``us_ships_needed`` the US ones."""
    results = tuple(_task(t) for t in inp.tasks)
    own = [r for r in results if not r.us and r.reachable]
    return MaritimeResult(
        tasks=results,
        ships_needed=sum(r.ships_needed for r in own),
        ships_in_cycle=sum(r.ships_in_cycle for r in own),
        crew_deployed=sum(r.crew_deployed for r in own),
        **summed_costs(own),
        unreachable=tuple(r.id for r in results if not r.reachable),
        us_ships_needed=sum(r.ships_needed for r in results if r.us and r.reachable),
        lost=inp.lost,
    )
