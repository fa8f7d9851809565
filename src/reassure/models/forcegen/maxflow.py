"""Achievable strength as an exact max flow, by enumerating min cuts (Monte Carlo, relaxations,
capacity)."""

from __future__ import annotations

import numpy as np

from reassure.models.forcegen.problem import _Prepared

__all__ = ["max_flow_strength"]


def _cut_tables(
    cap: np.ndarray, role_cap: np.ndarray, targets: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Min-cut tables for the network source -> nation (cap) -> role (role cap) -> sink (target).

    For every set ``S`` of roles left on the source side, the cut costs
    ``sum_{r not in S} T_r + sum_n min(cap_n, sum_{r in S} c_nr)``; the max flow is the least of
    these over all ``S`` (max-flow min-cut). Only roles with a positive target are enumerated.

    Returns ``(const, per_nation)`` with shapes ``(K,)`` and ``(K, N)`` so that the flow for an
    availability vector ``a`` is ``min_k const[k] + per_nation[k] @ a``.
    """
    active = np.flatnonzero(targets > 0)
    n_nat = cap.shape[0]
    if np.all(np.isinf(role_cap[:, active])):
        # No role caps: the flow is min(total target, total capacity); two cuts suffice.
        const = np.array([float(targets.sum()), 0.0])
        per_nation = np.vstack([np.zeros(n_nat), cap.astype(float)])
        return const, per_nation
    k = len(active)
    masks = ((np.arange(2**k)[:, None] >> np.arange(k)[None, :]) & 1).astype(bool)  # (K, k)
    t_active = targets[active].astype(float)
    const = (~masks).astype(float) @ t_active
    c = np.minimum(role_cap[:, active], cap[:, None].astype(float))  # (N, k)
    reach = masks.astype(float) @ c.T  # (K, N), sum of role caps over S
    per_nation = np.minimum(reach, cap[None, :].astype(float))
    return const, per_nation


def max_flow_strength(
    available: np.ndarray,
    cap_troops: np.ndarray,
    role_targets_troops: np.ndarray,
    role_caps_troops: np.ndarray | None = None,
) -> np.ndarray:
    """Largest deployable force (each role filled up to its target) for many availability draws.

    Exact max-flow values on the network source -> nation (``cap_troops``) -> role
    (``role_caps_troops``) -> sink (``role_targets_troops``), computed by enumerating the
    ``2**R`` cuts, vectorised over draws.

    Parameters
    ----------
    available : array_like of shape (D, N) or (N,)
        1 where the nation takes part in the draw.
    cap_troops : array_like of shape (N,)
        Most troops each nation can hold deployed.
    role_targets_troops : array_like of shape (R,)
        Target troops per role.
    role_caps_troops : array_like of shape (N, R), optional
        Per-nation role limits (``inf`` = none).

    Returns
    -------
    ndarray of shape (D,) or scalar
        Achievable strength per draw.
    """
    cap = np.asarray(cap_troops, dtype=float)
    targets = np.asarray(role_targets_troops, dtype=float)
    rc = (
        np.full((cap.shape[0], targets.shape[0]), np.inf)
        if role_caps_troops is None
        else np.asarray(role_caps_troops, dtype=float)
    )
    const, per_nation = _cut_tables(cap, rc, targets)
    a = np.asarray(available, dtype=float)
    flows = const[None, :] + np.atleast_2d(a) @ per_nation.T
    out = flows.min(axis=1)
    return out if a.ndim == 2 else out[0]


def _capacity(prep: _Prepared) -> float:
    """Largest force with the target's role mix the plan nations could hold (ignoring the target).

    The scaled target ``lam * T`` is fully routable iff for every role set ``S``
    ``sum_n min(cap_n, sum_{r in S} c_nr) >= lam * sum_{r in S} T_r``, so
    ``lam* = min_S g_S / T_S`` and the capacity is ``lam* * sum T``.
    """
    targets = prep.role_targets.astype(float)
    active = np.flatnonzero(targets > 0)
    cap = prep.cap.astype(float)
    if np.all(np.isinf(prep.role_cap[:, active])):
        return float(cap.sum())
    k = len(active)
    masks = ((np.arange(1, 2**k)[:, None] >> np.arange(k)[None, :]) & 1).astype(bool)
    c = np.minimum(prep.role_cap[:, active], cap[:, None])
    g = np.minimum(masks.astype(float) @ c.T, cap[None, :]).sum(axis=1)
    t_s = masks.astype(float) @ targets[active]
    lam = float(np.min(g / t_s))
    return lam * float(targets.sum())

