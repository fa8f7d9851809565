"""Small instances for the force-generation tests (plain inputs, no scenario files)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from reassure.models.forcegen import ROLES, ForceProblem, NationForce

ONE_ROLE = {"manoeuvre": 1.0}
TWO_ROLES = {"manoeuvre": 0.5, "logistics": 0.5}
EIGHT_ROLES = {
    "manoeuvre": 0.45,
    "reconnaissance": 0.08,
    "engineers": 0.08,
    "medical": 0.06,
    "logistics": 0.15,
    "aviation": 0.05,
    "air_defence": 0.06,
    "hq_signals": 0.07,
}


def problem(
    nations: Sequence[NationForce],
    target: float,
    *,
    mix: dict[str, float] | None = None,
    tour: float = 6.0,
    interval: float = 12.0,
    share: float = 0.25,
    minimum: float = 0.0,
    **kw: object,
) -> ForceProblem:
    return ForceProblem(
        nations=tuple(nations),
        target_troops=target,
        role_mix=mix or ONE_ROLE,
        tour_months=tour,
        interval_months=interval,
        default_sustainable_share=share,
        cost_eur_per_troop_year_low=100.0,
        cost_eur_per_troop_year_high=200.0,
        min_contribution_troops=minimum,
        **kw,  # type: ignore[arg-type]
    )


def random_small(rng: np.random.Generator, n: int = 4) -> tuple[list[NationForce], int, int]:
    """A random instance small enough to enumerate: (nations, target, min contribution)."""
    nations = []
    for i in range(n):
        p = float(rng.choice([1.0, 1.0, 0.6, 0.3]))
        nations.append(
            NationForce(
                iso3=f"N{i:02d}",
                name=f"Nation {i}",
                army_personnel=float(rng.integers(20, 61)),
                status="willing" if p == 1.0 else "conditional_parliament",
                p_join=None if p == 1.0 else p,
                pledge_troops=float(rng.integers(3, 12)) if rng.random() < 0.4 else None,
                sustainable_share=float(rng.choice([0.25, 0.5, 0.8])),
                tour_months=6.0,
                interval_months=float(rng.choice([6.0, 12.0, 18.0])),
            )
        )
    return nations, int(rng.integers(8, 31)), int(rng.choice([0, 2, 3]))


def caps(
    nations: Sequence[NationForce],
    share_default: float = 0.25,
    tour_default: float = 6.0,
    interval_default: float = 12.0,
) -> np.ndarray:
    """floor(min(pledge, share * army / rho)), computed here from the definitions."""
    out = []
    for n in nations:
        tour = tour_default if n.tour_months is None else n.tour_months
        interval = interval_default if n.interval_months is None else n.interval_months
        rho = (tour + interval) / tour
        share = n.sustainable_share if n.sustainable_share is not None else share_default
        c = share * n.army_personnel / rho  # type: ignore[operator]
        if n.pledge_troops is not None:
            c = min(c, n.pledge_troops)
        out.append(np.floor(c + 1e-9))
    return np.array(out)


def _cap_rho_army_p(nations: Sequence[NationForce]) -> tuple[np.ndarray, ...]:
    cap = caps(nations)
    rho = np.array(
        [(6.0 + (12.0 if n.interval_months is None else n.interval_months)) / 6.0 for n in nations]
    )
    army = np.array([n.army_personnel for n in nations], dtype=float)
    p = np.array([1.0 if n.p_join is None else n.p_join for n in nations])
    return cap, rho, army, p


def brute_force_one_role(
    nations: Sequence[NationForce], target: int, minimum: int
) -> tuple[int, float]:
    """Enumerate every integer plan; return (fill, expected).

    Lexicographic: most troops up to the target, then the most expected troops (sum p * D).
    (Nations here all use 6-month tours.)
    """
    cap, rho, army, p = _cap_rho_army_p(nations)
    choices = [
        [0] + [d for d in range(max(1, minimum), int(c) + 1)] if c >= max(1, minimum) else [0]
        for c in cap
    ]
    plans = np.array(list(itertools.product(*choices)), dtype=float)
    plans = plans[plans.sum(axis=1) <= target]
    fill = plans.sum(axis=1)
    plans = plans[fill == fill.max()]
    return int(fill.max()), float((plans @ p).max())


def lp_burden_reference(
    nations: Sequence[NationForce], fill: int, expected: float, minimum: int
) -> tuple[float, float]:
    """A second formulation of the burden and pool stages (troops continuous).

    For every set of participating nations (those that send at least `minimum`), solve with a
    dense LP: the smallest largest burden share given the fill and expected strength, then the
    smallest pool given that burden. Returns (burden share, pool).
    """
    from scipy.optimize import linprog

    cap, rho, army, p = _cap_rho_army_p(nations)
    n = len(nations)
    best = (np.inf, np.inf)
    for mask in itertools.product([0, 1], repeat=n):
        on = np.array(mask, dtype=bool)
        if np.any(on & (cap < max(minimum, 1))):
            continue
        lo = np.where(on, float(minimum), 0.0)
        hi = np.where(on, cap, 0.0)
        # variables: D_0..D_{n-1}, z ; min z
        c = np.zeros(n + 1)
        c[-1] = 1.0
        a_ub = np.vstack(
            [np.hstack([np.diag(rho / army), -np.ones((n, 1))]), np.hstack([-p, [0.0]])]
        )
        b_ub = np.concatenate([np.zeros(n), [-expected + 1e-7]])
        a_eq = np.hstack([np.ones(n), [0.0]])[None, :]
        bounds = [(lo[i], hi[i]) for i in range(n)] + [(0, None)]
        r1 = linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=[fill], bounds=bounds)
        if r1.status != 0:
            continue
        z = r1.fun
        c2 = np.concatenate([rho, [0.0]])
        bounds2 = bounds[:-1] + [(0, z + 1e-9)]
        r2 = linprog(c2, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=[fill], bounds=bounds2)
        if (z, r2.fun) < best:
            best = (z, r2.fun)
    return best


def brute_force_fill(cap: np.ndarray, role_caps: np.ndarray, targets: np.ndarray) -> int:
    """Most troops over all integer x[n, r] within nation caps, role caps and role targets."""
    n, r = role_caps.shape
    ranges = [range(int(min(cap[i], role_caps[i, j])) + 1) for i in range(n) for j in range(r)]
    best = 0
    for combo in itertools.product(*ranges):
        x = np.array(combo).reshape(n, r)
        if np.all(x.sum(axis=1) <= cap) and np.all(x.sum(axis=0) <= targets):
            best = max(best, int(x.sum()))
    return best


__all__ = [
    "EIGHT_ROLES",
    "ONE_ROLE",
    "ROLES",
    "TWO_ROLES",
    "brute_force_fill",
    "brute_force_one_role",
    "caps",
    "lp_burden_reference",
    "problem",
    "random_small",
]
