"""Posture: the theatre's sites, the scenario's `[posture]` and the force size as the inputs of
:func:`reassure.models.posture.plan_posture` (km, h, km/h, troops)."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from reassure.bridge._common import locate, need

if TYPE_CHECKING:
    from reassure.models.solve import PostureInput

__all__ = ["NOT_PROTECTABLE", "build_input", "cover_radius_km", "garrison_count"]

# Sites the force cannot protect, by theatre status: held by the other side, or gone.
NOT_PROTECTABLE = {
    "shut-down-occupied": "held by Russia and shut down (theatre status shut-down-occupied)",
    "destroyed": "destroyed (theatre status destroyed)",
}


def garrison_count(scn: Any) -> tuple[int, str]:
    """Number of garrisons *p*: given, or manoeuvre troops divided by the garrison size."""
    post = scn.posture
    if post.garrisons is not None:
        return int(round(post.garrisons.nominal)), "posture.garrisons"
    size = need(post.garrison_troops, "posture.garrison_troops", scn).in_("troops")
    share = need(scn.force.role_mix.manoeuvre, "force.role_mix.manoeuvre", scn).nominal
    troops = scn.force.target_troops.in_("troops")
    # floor: a garrison the force cannot fill is not a garrison
    p = int(math.floor(troops * share / size + 1e-9))
    return p, (f"floor({troops:,.0f} troops x {share:g} manoeuvre / {size:,.0f} per garrison)")


def cover_radius_km(scn: Any) -> float:
    """Road km a QRF covers within ``posture.cover_time`` after its readiness time."""
    post = scn.posture
    t = need(post.cover_time, "posture.cover_time", scn).in_("h")
    r = need(post.qrf_readiness, "posture.qrf_readiness", scn).in_("h")
    v = need(post.qrf_speed, "posture.qrf_speed", scn).in_("km/h")
    return max(0.0, t - r) * v


def build_input(scn: Any, upstream: Any = None, *, us_backstop: bool = True) -> PostureInput:
    """The garrison plan's input (the same on both sides: no US asset enters it)."""
    import numpy as np

    from reassure import geo
    from reassure.models.solve import PostureInput
    from reassure.theatres import load_theatre

    theatre = load_theatre(scn.theatre)
    post = scn.posture
    weights = {s.site: s.weight.nominal for s in post.sites}
    ids = [s.id for s in theatre.sites]
    lonlat = np.array([[s.lon, s.lat] for s in theatre.sites])
    line_km = np.asarray(geo.distance_to_line_km(lonlat[:, 0], lonlat[:, 1],
                                                 theatre.active_line_lonlat), dtype=float)
    extra = [(locate(theatre, ref, f"posture.neighbour_candidates[{i}]", scn), ref)
             for i, ref in enumerate(post.neighbour_candidates)]
    for i, ref in enumerate(post.existing):
        locate(theatre, ref, f"posture.existing[{i}]", scn)
    p, p_rule = garrison_count(scn)
    radius = cover_radius_km(scn)
    detour = need(post.detour_factor, "posture.detour_factor", scn).nominal
    return PostureInput(
        site_ids=tuple(ids), site_names=tuple(s.name for s in theatre.sites), site_lonlat=lonlat,
        site_line_km=line_km, site_weight=tuple(weights.get(i, 0.0) for i in ids),
        site_protectable=tuple(s.status not in NOT_PROTECTABLE for s in theatre.sites),
        site_reason=tuple(NOT_PROTECTABLE.get(s.status, "") for s in theatre.sites),
        extra_ids=tuple(ref for _, ref in extra), extra_names=tuple(loc[0] for loc, _ in extra),
        extra_lonlat=np.array([[loc[1], loc[2]] for loc, _ in extra]).reshape(-1, 2),
        standoff_km=post.standoff.in_("km"), cover_radius_km=radius, detour_factor=detour,
        n_garrisons=p, n_garrisons_rule=p_rule, existing=tuple(post.existing),
    )
