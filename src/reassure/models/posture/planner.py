"""The theatre posture planner: garrison candidates beyond the standoff, the MCLP plan, its greedy
preview and the LSCP count for full cover (:func:`plan_posture`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from reassure.errors import InfeasibleError, ModelError
from reassure.models.posture.coverage import (
    CoverSolution,
    _weights,
    coverage_from_distances,
    coverage_from_lonlat,
)
from reassure.models.posture.covering import greedy_mclp, solve_lscp, solve_mclp

__all__ = ["CandidateSet", "select_candidates", "PostureResult", "plan_posture"]


@dataclass(frozen=True, eq=False)
class CandidateSet:
    """Sites that may host a garrison, and those the standoff rule or eligibility excludes.

    ``index`` are positions in the input arrays; ``excluded`` maps an excluded id to its reason.
    """

    index: NDArray[np.int64]
    ids: tuple[str, ...]
    excluded: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready types."""
        return {"candidates": list(self.ids),
                "excluded": [{"id": k, "reason": v} for k, v in self.excluded.items()]}


def select_candidates(
    ids: Sequence[str],
    line_km: ArrayLike,
    standoff_km: float,
    *,
    eligible: ArrayLike | None = None,
    reasons: Sequence[str] | None = None,
) -> CandidateSet:
    r"""Candidates beyond the standoff: :math:`J = \{j : \delta_j > s,\ \text{eligible}_j\}`.

    Parameters
    ----------
    ids : site labels
    line_km : :math:`\delta_j`, distance from each site to the contact line (km)
    standoff_km : *s*; a site at exactly *s* is excluded (the force stays *beyond* it)
    eligible : optional mask (e.g. under Ukrainian control); ineligible sites are excluded
    reasons : why each ineligible site is ineligible (used in ``excluded``)
    """
    dist = np.asarray(line_km, dtype=float).reshape(-1)
    if dist.size != len(ids):
        raise ModelError(f"line_km needs one distance per site ({len(ids)}) (got {dist.size})")
    if standoff_km < 0:
        raise ModelError(f"standoff_km must be >= 0 (got {standoff_km:g})")
    ok = np.ones(dist.size, dtype=bool) if eligible is None else np.asarray(eligible, dtype=bool)
    excluded: dict[str, str] = {}
    keep = []
    for k, site in enumerate(ids):
        if not ok[k]:
            excluded[site] = reasons[k] if reasons else "not eligible"
        elif not dist[k] > standoff_km:
            excluded[site] = f"{dist[k]:.0f} km from the contact line, within the {standoff_km:g} km standoff"
        else:
            keep.append(k)
    index = np.array(keep, dtype=np.int64)
    return CandidateSet(index, tuple(ids[k] for k in keep), excluded)


@dataclass(frozen=True, eq=False)
class PostureResult:
    """Where the garrisons stand and what they protect.

    ``garrisons`` and ``sites`` are lists of plain records; ``solution`` is the exact MCLP,
    ``preview`` the greedy one with its bounded gap; ``full_cover`` the LSCP answer (garrisons
    needed to protect every protectable site, or why it cannot be done); ``notes`` state how the
    standoff rule treated sites on or near the line.
    """

    garrisons: tuple[dict[str, Any], ...]
    sites: tuple[dict[str, Any], ...]
    covered_weight_percent: float
    uncovered_sites: tuple[str, ...]
    not_protected: tuple[dict[str, Any], ...]
    candidates: CandidateSet
    solution: CoverSolution
    preview: CoverSolution
    full_cover: dict[str, Any]
    standoff_km: float
    cover_radius_km: float
    detour_factor: float
    notes: tuple[str, ...] = field(default=())
    n_garrisons: int = 0  # garrisons the force mans (some may add no cover)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready types."""
        return {
            "standoff_km": self.standoff_km,
            "cover_radius_km": self.cover_radius_km,
            "detour_factor": self.detour_factor,
            "garrisons": [dict(g) for g in self.garrisons],
            "covered_weight_percent": float(self.covered_weight_percent),
            "covered_sites": [s["id"] for s in self.sites if s["covered"]],
            "uncovered_sites": list(self.uncovered_sites),
            "not_protected": [dict(s) for s in self.not_protected],
            "sites": [dict(s) for s in self.sites],
            "candidates": self.candidates.to_dict(),
            "solution": self.solution.to_dict(),
            "preview": self.preview.to_dict(),
            "full_cover": dict(self.full_cover),
            "notes": list(self.notes),
        }


def _km_text(km: float) -> str:
    return "under 1 km" if km < 1 else f"{km:.0f} km"


def plan_posture(
    *,
    site_ids: Sequence[str],
    site_names: Sequence[str],
    site_lonlat: ArrayLike,
    site_line_km: ArrayLike,
    site_weight: ArrayLike,
    site_protectable: ArrayLike,
    site_host: ArrayLike | None = None,
    site_reason: Sequence[str] | None = None,
    extra_ids: Sequence[str] = (),
    extra_names: Sequence[str] = (),
    extra_lonlat: ArrayLike | None = None,
    extra_line_km: ArrayLike | None = None,
    standoff_km: float,
    cover_radius_km: float,
    detour_factor: float,
    n_garrisons: int,
    existing: Sequence[str] = (),
    capacity: ArrayLike | None = None,
    demand_load: ArrayLike | None = None,
) -> PostureResult:
    r"""Place *p* garrisons beyond the standoff to protect the most site weight.

    Demand: protectable sites *i* with weight :math:`w_i`. Candidates: sites with
    :math:`\delta_j > s` that may host a garrison (``site_host``), plus ``extra`` sites (e.g.
    airfields in neighbouring countries, always beyond the standoff). Cover:
    :math:`\kappa d_{ij} \le S`. Solved as MCLP (exact and greedy preview) and as LSCP for the
    number of garrisons a full cover needs.

    Parameters
    ----------
    site_ids, site_names, site_lonlat : the theatre's sites
    site_line_km : distance from each site to the contact line (km)
    site_weight : protection weight per site (0 = not a demand point)
    site_protectable : False for sites the force cannot protect (e.g. held by the other side)
    site_host : False for sites that may not host a garrison (default: all may)
    site_reason : why a site is not protectable (reported)
    extra_ids, extra_names, extra_lonlat : additional candidates outside the site list
    extra_line_km : each extra's distance to the contact line (km); one within the standoff is
        left out, with a note (None: every extra is taken as beyond it, e.g. a neighbour's base)
    standoff_km : *s*
    cover_radius_km : *S*, road km from garrison to site
    detour_factor : :math:`\kappa`
    n_garrisons : *p*
    existing : ids of garrisons that must stay (sites or extras)
    capacity, demand_load : optional unit capacities per candidate (sites first, then extras)
        and loads per protectable site
    """
    ids = [str(s) for s in site_ids]
    lonlat = np.asarray(site_lonlat, dtype=float).reshape(-1, 2)
    line_km = np.asarray(site_line_km, dtype=float).reshape(-1)
    weight = _weights(site_weight, len(ids), "site_weight")
    protect = np.asarray(site_protectable, dtype=bool).reshape(-1)
    host = np.ones(len(ids), dtype=bool) if site_host is None else np.asarray(site_host, dtype=bool)
    reasons = list(site_reason) if site_reason is not None else ["not protectable"] * len(ids)
    if not (lonlat.shape[0] == line_km.size == protect.size == host.size == len(ids) == len(site_names)):
        raise ModelError("every site array must have one entry per site id")

    host_reasons = [reasons[k] if not protect[k] else "may not host a garrison" for k in range(len(ids))]
    cand = select_candidates(ids, line_km, standoff_km, eligible=host & protect, reasons=host_reasons)
    extra_xy = (np.empty((0, 2)) if extra_lonlat is None
                else np.asarray(extra_lonlat, dtype=float).reshape(-1, 2))
    extra_ids, extra_names = [str(e) for e in extra_ids], list(extra_names or extra_ids)
    notes: list[str] = []
    excluded = dict(cand.excluded)
    keep_extra = np.ones(len(extra_ids), dtype=bool)
    if extra_line_km is not None:
        extra_km = np.asarray(extra_line_km, dtype=float).reshape(-1)
        beyond = extra_km > standoff_km
        for inside in map(int, np.nonzero(~beyond)[0]):
            why = f"lies {_km_text(extra_km[inside])} from the contact line, inside the {standoff_km:g} km standoff"
            excluded[extra_ids[inside]] = why
            notes.append(f"{extra_names[inside]} ({extra_ids[inside]}) {why}: it hosts no garrison")
        extra_ids = [e for e, b in zip(extra_ids, beyond, strict=True) if b]
        extra_names = [e for e, b in zip(extra_names, beyond, strict=True) if b]
        extra_xy = extra_xy[beyond]
        keep_extra = beyond
    cand_ids = list(cand.ids) + extra_ids
    cand_names = [site_names[k] for k in cand.index] + extra_names
    cand_lonlat = np.vstack([lonlat[cand.index], extra_xy]) if len(cand_ids) else np.empty((0, 2))

    demand = np.nonzero(protect & (weight > 0))[0]
    demand_ids = [ids[k] for k in demand]
    cov = coverage_from_lonlat(lonlat[demand], cand_lonlat, cover_radius_km,
                               detour_factor=detour_factor, demand_ids=demand_ids, site_ids=cand_ids) \
        if demand.size and cand_ids else coverage_from_distances(
            np.full((demand.size, len(cand_ids)), np.inf), cover_radius_km,
            demand_ids=demand_ids, site_ids=cand_ids)
    w = weight[demand]
    missing = [e for e in existing if e not in cand_ids]
    if missing:
        why = excluded.get(missing[0], "not a site or extra candidate")
        raise InfeasibleError(f"existing garrison {missing[0]!r} cannot stay: {why}")
    load = None if demand_load is None else np.asarray(demand_load, dtype=float).reshape(-1)[demand]
    cap = None
    if capacity is not None:
        cap_all = np.asarray(capacity, dtype=float).reshape(-1)
        if cap_all.size != len(ids) + keep_extra.size:
            raise ModelError("capacity needs one value per site followed by one per extra candidate")
        cap = np.concatenate([cap_all[cand.index], cap_all[len(ids):][keep_extra]])
    # among equally good postures, prefer garrisons standing at the protected sites themselves
    own = {ids[k]: weight[k] for k in demand}
    prefer = np.array([own.get(c, 0.0) for c in cand_ids])
    exact = solve_mclp(cov, w, n_garrisons, fixed=list(existing) or None, capacity=cap,
                       demand_load=load, tie_break=None if cap is not None else prefer)
    preview = greedy_mclp(cov, w, n_garrisons, fixed=list(existing) or None)

    full_cover: dict[str, Any]
    try:
        lscp = solve_lscp(cov, fixed=list(existing) or None, capacity=cap, demand_load=load)
        full_cover = {"feasible": True, "garrisons_needed": int(lscp.selected.size),
                      "garrisons": list(lscp.selected_ids)}
    except InfeasibleError as err:
        full_cover = {"feasible": False, "reason": str(err),
                      "unreachable": list(getattr(err, "demand_ids", ())),
                      "needed_radius_km": getattr(err, "needed_km", None)}

    covered_by: dict[int, str] = {}
    for pos, i in enumerate(demand):
        if exact.covered[pos]:
            covered_by[int(i)] = cand_ids[int(exact.assigned_site[pos])]
    site_rows = []
    for k, site in enumerate(ids):
        site_rows.append({
            "id": site, "name": site_names[k], "lon": float(lonlat[k, 0]), "lat": float(lonlat[k, 1]),
            "line_km": round(float(line_km[k]), 1), "weight": float(weight[k]),
            "protectable": bool(protect[k]), "candidate": site in cand.ids,
            "covered": k in covered_by, "protected_by": covered_by.get(k),
        })
    garrisons = []
    for j in exact.selected:
        col = cov.matrix[:, [j]].tocoo().row if demand.size else np.empty(0, dtype=int)
        garrisons.append({
            "id": cand_ids[j], "name": cand_names[j], "lon": float(cand_lonlat[j, 0]),
            "lat": float(cand_lonlat[j, 1]), "existing": cand_ids[j] in existing,
            "extra": bool(j >= len(cand.ids)),  # a plain bool: j may be a numpy integer
            "covers": [demand_ids[i] for i in sorted(col)],
        })
    uncovered = tuple(demand_ids[i] for i in range(demand.size) if not exact.covered[i])
    not_protected = []
    for k, site in enumerate(ids):
        inside = not line_km[k] > standoff_km
        if not protect[k]:
            not_protected.append({"id": site, "name": site_names[k], "reason": reasons[k],
                                  "line_km": round(float(line_km[k]), 1), "weight": float(weight[k])})
            if weight[k] > 0:
                notes.append(
                    f"{site_names[k]} lies {_km_text(line_km[k])} from the contact line"
                    f"{f', inside the {standoff_km:g} km standoff' if inside else ''}: "
                    f"{reasons[k]}; under the standoff rule it can host no garrison, and as the "
                    f"force cannot protect it, its weight ({weight[k]:,.0f}) is reported but left "
                    f"out of covered_weight_percent")
        elif inside and weight[k] > 0:
            state = (f"covered from {covered_by[k]}" if k in covered_by else "not covered")
            notes.append(f"{site_names[k]} lies {_km_text(line_km[k])} from the contact line, inside the "
                         f"{standoff_km:g} km standoff: it may not host a garrison but is protected "
                         f"from beyond the standoff where a garrison is within {cover_radius_km:g} "
                         f"road km ({state})")
    if n_garrisons == 0 and not existing and demand.size:
        # review s53 2: without a garrison no site is covered and no ground unit (nor a helicopter
        # based at the garrisons) responds anywhere; the response and incident figures read this
        notes.append("the force mans no garrison (0 garrisons): no protectable site is covered, and no "
                     "ground unit, nor any helicopter based at the garrisons, responds anywhere; the "
                     "response and incident figures on this side count fighters and helicopters at "
                     "fixed bases alone")
    return PostureResult(
        garrisons=tuple(garrisons), sites=tuple(site_rows),
        covered_weight_percent=exact.covered_weight_percent, uncovered_sites=uncovered,
        not_protected=tuple(not_protected), candidates=cand, solution=exact, preview=preview,
        full_cover=full_cover, standoff_km=float(standoff_km), cover_radius_km=float(cover_radius_km),
        detour_factor=float(detour_factor), notes=tuple(notes), n_garrisons=int(n_garrisons),
    )
