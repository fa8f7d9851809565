"""The theatre posture planner: garrison candidates beyond the standoff, the MCLP plan, its greedy
preview and the LSCP count for full cover (:func:`plan_posture`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

from reassure.errors import InfeasibleError, ModelError
from reassure.models.posture.coverage import (
    Coverage,
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
    sites = _sites(site_ids, site_names, site_lonlat, site_line_km, site_weight, site_protectable,
                   site_host, site_reason)
    cand = _site_candidates(sites, standoff_km)
    extras = _extras_beyond_standoff(extra_ids, extra_names, extra_lonlat, extra_line_km, standoff_km)
    pool = _candidate_pool(sites, cand, extras)

    demand = np.nonzero(sites.protect & (sites.weight > 0))[0]
    demand_ids = [sites.ids[k] for k in demand]
    cov = _coverage(sites.lonlat[demand], pool, cover_radius_km, detour_factor, demand_ids)
    _check_existing_can_stay(existing, pool.ids, {**cand.excluded, **extras.excluded})
    load = None if demand_load is None else np.asarray(demand_load, dtype=float).reshape(-1)[demand]
    cap = _candidate_capacity(capacity, len(sites.ids), cand.index, extras.keep)
    # among equally good postures, prefer garrisons standing at the protected sites themselves
    own = {sites.ids[k]: sites.weight[k] for k in demand}
    prefer = np.array([own.get(c, 0.0) for c in pool.ids])
    w = sites.weight[demand]
    exact = solve_mclp(cov, w, n_garrisons, fixed=list(existing) or None, capacity=cap,
                       demand_load=load, tie_break=None if cap is not None else prefer)
    preview = greedy_mclp(cov, w, n_garrisons, fixed=list(existing) or None)
    full_cover = _full_cover(cov, existing, cap, load)

    covered_by = {int(i): pool.ids[int(exact.assigned_site[pos])]
                  for pos, i in enumerate(demand) if exact.covered[pos]}
    notes = extras.notes + _standoff_notes(sites, standoff_km, cover_radius_km, covered_by)
    if n_garrisons == 0 and not existing and demand.size:
        notes.append(_NO_GARRISON_NOTE)
    return PostureResult(
        garrisons=_garrison_rows(exact, cov, pool, existing, demand_ids),
        sites=_site_rows(sites, cand.ids, covered_by),
        covered_weight_percent=exact.covered_weight_percent,
        uncovered_sites=tuple(demand_ids[i] for i in range(demand.size) if not exact.covered[i]),
        not_protected=_not_protected_rows(sites), candidates=cand, solution=exact, preview=preview,
        full_cover=full_cover, standoff_km=float(standoff_km), cover_radius_km=float(cover_radius_km),
        detour_factor=float(detour_factor), notes=tuple(notes), n_garrisons=int(n_garrisons),
    )


class _Sites(NamedTuple):
    """The theatre's sites as arrays, one entry a site, checked to be of one length."""

    ids: list[str]
    names: Sequence[str]
    lonlat: NDArray[np.float64]  # (S, 2) degrees
    line_km: NDArray[np.float64]  # distance to the contact line
    weight: NDArray[np.float64]  # protection weight (0 = not a demand point)
    protect: NDArray[np.bool_]  # the force can protect it
    host: NDArray[np.bool_]  # it may host a garrison
    reasons: list[str]  # why it is not protectable


def _sites(site_ids: Sequence[str], site_names: Sequence[str], site_lonlat: ArrayLike,
           site_line_km: ArrayLike, site_weight: ArrayLike, site_protectable: ArrayLike,
           site_host: ArrayLike | None, site_reason: Sequence[str] | None) -> _Sites:
    """:func:`plan_posture`'s site arguments as :class:`_Sites` (defaults filled in), checked."""
    ids = [str(s) for s in site_ids]
    lonlat = np.asarray(site_lonlat, dtype=float).reshape(-1, 2)
    line_km = np.asarray(site_line_km, dtype=float).reshape(-1)
    weight = _weights(site_weight, len(ids), "site_weight")
    protect = np.asarray(site_protectable, dtype=bool).reshape(-1)
    host = np.ones(len(ids), dtype=bool) if site_host is None else np.asarray(site_host, dtype=bool)
    reasons = list(site_reason) if site_reason is not None else ["not protectable"] * len(ids)
    if not (lonlat.shape[0] == line_km.size == protect.size == host.size == len(ids) == len(site_names)):
        raise ModelError("every site array must have one entry per site id")
    return _Sites(ids, site_names, lonlat, line_km, weight, protect, host, reasons)


def _site_candidates(sites: _Sites, standoff_km: float) -> CandidateSet:
    """The sites that may host a garrison: protectable, allowed to host, beyond the standoff."""
    host_reasons = [sites.reasons[k] if not sites.protect[k] else "may not host a garrison"
                    for k in range(len(sites.ids))]
    return select_candidates(sites.ids, sites.line_km, standoff_km, eligible=sites.host & sites.protect,
                             reasons=host_reasons)


class _Extras(NamedTuple):
    """The extra candidates beyond the standoff, and those left out for lying within it."""

    ids: list[str]
    names: list[str]
    lonlat: NDArray[np.float64]  # (E, 2) degrees, of the kept extras
    keep: NDArray[np.bool_]  # (E,) over every extra given: beyond the standoff
    excluded: dict[str, str]  # id -> why it hosts no garrison
    notes: list[str]


def _extras_beyond_standoff(extra_ids: Sequence[str], extra_names: Sequence[str],
                            extra_lonlat: ArrayLike | None, extra_line_km: ArrayLike | None,
                            standoff_km: float) -> _Extras:
    """The extras that may host a garrison: all of them without ``extra_line_km``, else those
    beyond the standoff (each one left out is noted)."""
    xy = (np.empty((0, 2)) if extra_lonlat is None
          else np.asarray(extra_lonlat, dtype=float).reshape(-1, 2))
    ids, names = [str(e) for e in extra_ids], list(extra_names or extra_ids)
    keep = np.ones(len(ids), dtype=bool)
    excluded: dict[str, str] = {}
    notes: list[str] = []
    if extra_line_km is not None:
        extra_km = np.asarray(extra_line_km, dtype=float).reshape(-1)
        beyond = extra_km > standoff_km
        for inside in map(int, np.nonzero(~beyond)[0]):
            why = f"lies {_km_text(extra_km[inside])} from the contact line, inside the {standoff_km:g} km standoff"
            excluded[ids[inside]] = why
            notes.append(f"{names[inside]} ({ids[inside]}) {why}: it hosts no garrison")
        ids = [e for e, b in zip(ids, beyond, strict=True) if b]
        names = [e for e, b in zip(names, beyond, strict=True) if b]
        xy = xy[beyond]
        keep = beyond
    return _Extras(ids, names, xy, keep, excluded, notes)


class _CandidatePool(NamedTuple):
    """Every place a garrison may stand: the candidate sites first, then the extras."""

    ids: list[str]
    names: list[str]
    lonlat: NDArray[np.float64]  # (C, 2) degrees
    n_candidate_sites: int  # the first ones are sites, the rest extras


def _candidate_pool(sites: _Sites, cand: CandidateSet, extras: _Extras) -> _CandidatePool:
    """The candidate sites followed by the extras beyond the standoff."""
    ids = list(cand.ids) + extras.ids
    return _CandidatePool(
        ids=ids,
        names=[sites.names[k] for k in cand.index] + extras.names,
        lonlat=np.vstack([sites.lonlat[cand.index], extras.lonlat]) if len(ids) else np.empty((0, 2)),
        n_candidate_sites=len(cand.ids),
    )


def _coverage(demand_lonlat: NDArray[np.float64], pool: _CandidatePool, cover_radius_km: float,
              detour_factor: float, demand_ids: list[str]) -> Coverage:
    """Which candidates cover which demand sites (none where either list is empty)."""
    if len(demand_ids) and pool.ids:
        return coverage_from_lonlat(demand_lonlat, pool.lonlat, cover_radius_km,
                                    detour_factor=detour_factor, demand_ids=demand_ids,
                                    site_ids=pool.ids)
    return coverage_from_distances(np.full((len(demand_ids), len(pool.ids)), np.inf),
                                   cover_radius_km, demand_ids=demand_ids, site_ids=pool.ids)


def _check_existing_can_stay(existing: Sequence[str], cand_ids: list[str],
                             excluded: dict[str, str]) -> None:
    """Refuse an existing garrison that is not a candidate, saying why (the first one)."""
    missing = [e for e in existing if e not in cand_ids]
    if missing:
        why = excluded.get(missing[0], "not a site or extra candidate")
        raise InfeasibleError(f"existing garrison {missing[0]!r} cannot stay: {why}")


def _candidate_capacity(capacity: ArrayLike | None, n_sites: int, site_index: NDArray[np.int64],
                        keep_extra: NDArray[np.bool_]) -> NDArray[np.float64] | None:
    """Each candidate's unit capacity, from ``capacity`` given for each of the ``n_sites``
    sites, then each extra (``keep_extra``: those beyond the standoff)."""
    if capacity is None:
        return None
    cap_all = np.asarray(capacity, dtype=float).reshape(-1)
    if cap_all.size != n_sites + keep_extra.size:
        raise ModelError("capacity needs one value per site followed by one per extra candidate")
    return np.concatenate([cap_all[site_index], cap_all[n_sites:][keep_extra]])


def _full_cover(cov: Coverage, existing: Sequence[str], cap: NDArray[np.float64] | None,
                load: NDArray[np.float64] | None) -> dict[str, Any]:
    """The LSCP answer: garrisons a full cover needs, or why no number of them can give one."""
    try:
        lscp = solve_lscp(cov, fixed=list(existing) or None, capacity=cap, demand_load=load)
        return {"feasible": True, "garrisons_needed": int(lscp.selected.size),
                "garrisons": list(lscp.selected_ids)}
    except InfeasibleError as err:
        return {"feasible": False, "reason": str(err),
                "unreachable": list(getattr(err, "demand_ids", ())),
                "needed_radius_km": getattr(err, "needed_km", None)}


def _site_rows(sites: _Sites, cand_ids: tuple[str, ...],
               covered_by: dict[int, str]) -> tuple[dict[str, Any], ...]:
    """One record per site, in the input order: where it is, whether it is a candidate and who
    covers it."""
    return tuple({
        "id": site, "name": sites.names[k], "lon": float(sites.lonlat[k, 0]),
        "lat": float(sites.lonlat[k, 1]), "line_km": round(float(sites.line_km[k]), 1),
        "weight": float(sites.weight[k]), "protectable": bool(sites.protect[k]),
        "candidate": site in cand_ids, "covered": k in covered_by, "protected_by": covered_by.get(k),
    } for k, site in enumerate(sites.ids))


def _garrison_rows(exact: CoverSolution, cov: Coverage, pool: _CandidatePool, existing: Sequence[str],
                   demand_ids: list[str]) -> tuple[dict[str, Any], ...]:
    """One record per garrison of the exact plan: where it stands and the sites it covers."""
    garrisons = []
    for j in exact.selected:
        col = cov.matrix[:, [j]].tocoo().row if len(demand_ids) else np.empty(0, dtype=int)
        garrisons.append({
            "id": pool.ids[j], "name": pool.names[j], "lon": float(pool.lonlat[j, 0]),
            "lat": float(pool.lonlat[j, 1]), "existing": pool.ids[j] in existing,
            "extra": bool(j >= pool.n_candidate_sites),  # a plain bool: j may be a numpy integer
            "covers": [demand_ids[i] for i in sorted(col)],
        })
    return tuple(garrisons)


def _not_protected_rows(sites: _Sites) -> tuple[dict[str, Any], ...]:
    """One record per site the force cannot protect, with the reason."""
    return tuple({"id": site, "name": sites.names[k], "reason": sites.reasons[k],
                  "line_km": round(float(sites.line_km[k]), 1), "weight": float(sites.weight[k])}
                 for k, site in enumerate(sites.ids) if not sites.protect[k])


def _standoff_notes(sites: _Sites, standoff_km: float, cover_radius_km: float,
                    covered_by: dict[int, str]) -> list[str]:
    """How the standoff rule treats each weighted site the force cannot protect, and each
    protectable one inside the standoff (protected from beyond it, or not covered)."""
    notes = []
    for k in range(len(sites.ids)):
        name, line_km, weight = sites.names[k], sites.line_km[k], sites.weight[k]
        inside = not line_km > standoff_km
        if not sites.protect[k]:
            if weight > 0:
                notes.append(
                    f"{name} lies {_km_text(line_km)} from the contact line"
                    f"{f', inside the {standoff_km:g} km standoff' if inside else ''}: "
                    f"{sites.reasons[k]}; under the standoff rule it can host no garrison, and as the "
                    f"force cannot protect it, its weight ({weight:,.0f}) is reported but left "
                    f"out of covered_weight_percent")
        elif inside and weight > 0:
            state = (f"covered from {covered_by[k]}" if k in covered_by else "not covered")
            notes.append(f"{name} lies {_km_text(line_km)} from the contact line, inside the "
                         f"{standoff_km:g} km standoff: it may not host a garrison but is protected "
                         f"from beyond the standoff where a garrison is within {cover_radius_km:g} "
                         f"road km ({state})")
    return notes


# review s53 2: without a garrison no site is covered and no ground unit (nor a helicopter
# based at the garrisons) responds anywhere; the response and incident figures read this
_NO_GARRISON_NOTE = ("the force mans no garrison (0 garrisons): no protectable site is covered, and no "
                     "ground unit, nor any helicopter based at the garrisons, responds anywhere; the "
                     "response and incident figures on this side count fighters and helicopters at "
                     "fixed bases alone")
