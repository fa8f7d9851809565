r"""Posture: where the force stands and which sites it protects.

Garrison candidates are the theatre's sites (cities, ports, plants, dams, airfields) that lie
beyond the standoff distance :math:`s` from the contact line, plus optional sites in neighbouring
countries. A garrison at candidate *j* *covers* a site *i* when the road distance
:math:`\kappa\, d_{ij}` (geodesic × detour factor) is at most the cover radius *S*; the coverage
matrix :math:`a_{ij} = [\kappa d_{ij} \le S]` is kept sparse (``scipy.sparse``) and every model is
solved exactly with ``scipy.optimize.milp`` (HiGHS):

* **MCLP** (maximal covering, Church & ReVelle 1974): place at most *p* garrisons to maximise the
  covered weight; optionally with fixed existing garrisons and unit capacities.
* **LSCP** (set covering, Toregas et al. 1971): the fewest garrisons that cover every site; when no
  candidate reaches a site, :class:`~reassure.errors.InfeasibleError` names the site and the radius
  that would be needed.
* **Backup covering** (BACOP, Hogan & ReVelle 1986): weigh sites covered twice against sites
  covered once.

:func:`greedy_mclp` is the instant preview; its gap to the optimum is bounded from above with the
online bound of submodular maximisation (Nemhauser, Wolsey & Fisher 1978; Minoux 1978).

The formulations are written out in ``docs/models/posture.md`` and in each solver's docstring.
All functions are pure; results are frozen dataclasses with ``to_dict()``.

Modules: `coverage` (coverage matrices, solutions), `covering` (MCLP, greedy, LSCP, backup)
and `planner` (the theatre plan). Every public name is re-exported here.
"""

from reassure.models.posture.coverage import (
    Coverage,
    CoverSolution,
    coverage_from_distances,
    coverage_from_lonlat,
    coverage_from_xy_km,
)
from reassure.models.posture.covering import (
    greedy_mclp,
    solve_backup_cover,
    solve_lscp,
    solve_mclp,
)
from reassure.models.posture.planner import (
    CandidateSet,
    PostureResult,
    plan_posture,
    select_candidates,
)

__all__ = [
    "CandidateSet",
    "Coverage",
    "CoverSolution",
    "PostureResult",
    "coverage_from_distances",
    "coverage_from_lonlat",
    "coverage_from_xy_km",
    "greedy_mclp",
    "plan_posture",
    "select_candidates",
    "solve_backup_cover",
    "solve_lscp",
    "solve_mclp",
]
