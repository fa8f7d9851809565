"""Posture: the theatre's sites, the scenario's `[posture]` and the force size as the inputs of
:func:`reassure.models.posture.plan_posture` (km, h, km/h, troops)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from reassure.bridge._common import locate, need

if TYPE_CHECKING:
    from reassure.models.solve import PostureInput

__all__ = ["NOT_PROTECTABLE", "build_input", "cover_radius_km", "fieldable_troops",
           "garrison_count"]

# Sites the force cannot protect, by theatre status: held by the other side, or gone.
NOT_PROTECTABLE = {
    "shut-down-occupied": "held by Russia and shut down (theatre status shut-down-occupied)",
    "destroyed": "destroyed (theatre status destroyed)",
}


def garrison_count(scn: Any, fieldable_troops: float | None = None) -> tuple[int, str]:
    """Number of garrisons *p*: given, or the manoeuvre troops of the force that can be fielded
    divided by the garrison size.

    The troops are the figure force generation plans for (the high end of
    ``force.target_troops``, the full ask), capped by ``fieldable_troops``, the best case the
    contributors can field (force generation's ``capacity_troops``): a garrison the force
    cannot man is not a garrison.
    """
    post = scn.posture
    if post.garrisons is not None:
        return int(round(post.garrisons.canonical)), "posture.garrisons"
    size = need(post.garrison_troops, "posture.garrison_troops", scn).in_("troops")
    share = need(scn.force.role_mix.manoeuvre, "force.role_mix.manoeuvre", scn).canonical
    target = scn.force.target_troops.high
    troops = target if fieldable_troops is None else min(target, fieldable_troops)
    # floor: a garrison the force cannot fill is not a garrison
    p = int(math.floor(troops * share / size + 1e-9))
    if fieldable_troops is not None and fieldable_troops < target:
        what = (f"min({target:,.0f} target (high end), {fieldable_troops:,.0f} fieldable at "
                f"best) = {troops:,.0f} troops")
    else:
        what = f"{troops:,.0f} troops (target, high end)"
    rule = f"floor({what} x {share:g} manoeuvre / {size:,.0f} per garrison)"
    if p == 0:
        # review s53 2: a force too small for one garrison got none, and its ground response
        # vanished with only this floor to say so. Kept at 0 (an under-strength garrison would be
        # counted as covering its sites in full); said, with how to place one anyway.
        rule += (f" = 0: the {troops * share:,.0f} manoeuvre troops are fewer than one garrison needs "
                 f"({size:,.0f}; {size / share:,.0f} troops in all at this manoeuvre share), so the land "
                 "force mans no garrison and protects no site; posture.garrisons = 1 places one "
                 "under-strength garrison, or posture.garrison_troops can be set lower")
    return p, rule


def fieldable_troops(scn: Any, upstream: Any = None, *, us_backstop: bool = True) -> float | None:
    """Best-case troops the contributors can field at once on one side: the force result's
    ``capacity_troops`` when the pipeline passes it (``upstream["force"]``, the same side's),
    else computed from the force problem, with the scenario's US backstop if ``us_backstop``
    and without it otherwise (contributors that require the backstop then drop out). ``None``
    when the file gives the garrison count."""
    if scn.posture.garrisons is not None:
        return None
    force = None if upstream is None else upstream.get("force")
    if force is not None:
        return float(force.result.capacity_troops)
    from reassure.bridge.force import build_force_problem
    from reassure.models.forcegen import fieldable_troops as capacity

    problem, _ = build_force_problem(scn)
    return capacity(problem, us_backstop=problem.us_backstop_available and us_backstop)


def cover_radius_km(scn: Any) -> float:
    """Road km a QRF covers within ``posture.cover_time`` after its readiness time."""
    post = scn.posture
    t = need(post.cover_time, "posture.cover_time", scn).in_("h")
    r = need(post.qrf_readiness, "posture.qrf_readiness", scn).in_("h")
    v = need(post.qrf_speed, "posture.qrf_speed", scn).in_("km/h")
    return max(0.0, t - r) * v


def build_input(scn: Any, upstream: Any = None, *, us_backstop: bool = True) -> PostureInput:
    """The garrison plan's input on one side. No US asset is placed, but the garrison count
    is capped by the force that side can field (``upstream["force"]``, the same side's), so
    the two sides differ where contributors that require the US backstop are needed."""
    import numpy as np

    from reassure import geo
    from reassure.models.solve import PostureInput
    from reassure.theatres import load_theatre

    theatre = load_theatre(scn.theatre)
    post = scn.posture
    weights = {s.site: s.weight.canonical for s in post.sites}
    ids = [s.id for s in theatre.sites]
    lonlat = np.array([[s.lon, s.lat] for s in theatre.sites])
    line_km = np.asarray(geo.distance_to_line_km(lonlat[:, 0], lonlat[:, 1],
                                                 theatre.active_line_lonlat), dtype=float)
    extra = [(locate(theatre, ref, f"posture.neighbour_candidates[{i}]", scn), ref)
             for i, ref in enumerate(post.neighbour_candidates)]
    # the plan's own places (review s52); the planner leaves out one inside the standoff
    extra += [((place.name, place.lon, place.lat), place.id) for place in post.garrison_places]
    own = {place.id for place in post.garrison_places}
    for i, ref in enumerate(post.existing):
        if ref not in own:
            locate(theatre, ref, f"posture.existing[{i}]", scn)
    extra_lonlat = np.array([[loc[1], loc[2]] for loc, _ in extra]).reshape(-1, 2)
    extra_line_km = np.asarray(geo.distance_to_line_km(extra_lonlat[:, 0], extra_lonlat[:, 1],
                                                       theatre.active_line_lonlat), dtype=float).reshape(-1)
    fieldable = fieldable_troops(scn, upstream, us_backstop=us_backstop)
    p, p_rule = garrison_count(scn, fieldable)
    # The cap enters the input only where it binds (below the target's high end): where both
    # sides can field the target, their inputs are then equal and the plan is solved once.
    if fieldable is not None and not fieldable < scn.force.target_troops.high:
        fieldable = None
    radius = cover_radius_km(scn)
    detour = need(post.detour_factor, "posture.detour_factor", scn).canonical
    return PostureInput(
        site_ids=tuple(ids), site_names=tuple(s.name for s in theatre.sites), site_lonlat=lonlat,
        site_line_km=line_km, site_weight=tuple(weights.get(i, 0.0) for i in ids),
        site_protectable=tuple(s.status not in NOT_PROTECTABLE for s in theatre.sites),
        site_reason=tuple(NOT_PROTECTABLE.get(s.status, "") for s in theatre.sites),
        extra_ids=tuple(ref for _, ref in extra), extra_names=tuple(loc[0] for loc, _ in extra),
        extra_lonlat=extra_lonlat, extra_line_km=extra_line_km,
        standoff_km=post.standoff.in_("km"), cover_radius_km=radius, detour_factor=detour,
        n_garrisons=p, n_garrisons_rule=p_rule, existing=tuple(post.existing),
        fieldable_troops=fieldable,
    )
