"""Force generation, sustainment and cost: can a coalition raise the force and keep it?

Pure functions over plain inputs (no I/O, no printing, no ``Quantity``): the bridge
(`reassure.bridge.force`) converts a scenario into :class:`ForceProblem`; :func:`assess_force` runs it.
The formulation is written out in ``docs/models/forcegen.md``; the short version:

* **Rotation.** Units per deployed unit ``rho = (tour + interval) / tour``, capped by the tours the
  horizon needs (a horizon within one tour needs no rotation: ``rho = 1``); the rotation pool is
  ``deployed * rho``; a nation's burden is its pool as a share of its army.
* **Allocation.** ``scipy.optimize.milp`` (HiGHS, sparse constraints) over deployed troops
  ``x[n, r]`` (nation x role) and participation ``y[n]`` (binary, for a minimum contribution),
  solved lexicographically: (1) fill as much of the target as the limits allow, spreading any
  shortfall evenly across roles, (2) use nations that have said yes before uncertain ones (most
  expected strength), (3) minimise the largest burden share, (4) minimise the total pool; then
  rounded to whole troops by an integral flow.
* **Sensitivity.** Shadow prices come from LP re-solves (``scipy.optimize.linprog``, HiGHS, the
  ``marginals``) of the stage that decides the answer, with the integer decisions fixed.
* **Politics.** A seeded, vectorised Monte Carlo over conditional nations' participation; each
  draw's achievable strength is an exact max-flow value computed by enumerating min cuts.
* **Enablers and cost.** A capability ledger (what Europe has, what a US backstop adds) and a cost
  range per year and over the horizon.

Every result is computed with and without the US backstop (:class:`ForceAssessment`).

Modules: `rotation` (arithmetic), `problem` (vocabulary, inputs, preparation), `results`,
`maxflow`, `milp`, `participation`, `explanation` (binding limits, relaxations, verdict)
and `assess` (the entry points). Every public name is re-exported here.
"""

from reassure.models.forcegen.assess import (
    assess_force,
    assess_force_case,
    deployed_troops,
    fieldable_troops,
    solve_allocation,
)
from reassure.models.forcegen.maxflow import (
    max_flow_strength,
)
from reassure.models.forcegen.participation import (
    simulate_participation,
)
from reassure.models.forcegen.problem import (
    ROLES,
    STATUSES,
    EnablerNeed,
    ForceProblem,
    NationForce,
)
from reassure.models.forcegen.results import (
    AllocationRow,
    Binding,
    EnablerStatus,
    ForceAssessment,
    ForceResult,
    NationRow,
    ParticipationResult,
    Relaxation,
)
from reassure.models.forcegen.rotation import (
    cumulative_individuals,
    rotation_pool_troops,
    tours_per_individual,
    units_per_deployed,
    units_per_deployed_over,
)

__all__ = [
    "ROLES",
    "STATUSES",
    "AllocationRow",
    "Binding",
    "EnablerNeed",
    "EnablerStatus",
    "ForceAssessment",
    "ForceProblem",
    "ForceResult",
    "NationForce",
    "NationRow",
    "ParticipationResult",
    "Relaxation",
    "assess_force",
    "assess_force_case",
    "cumulative_individuals",
    "deployed_troops",
    "fieldable_troops",
    "max_flow_strength",
    "rotation_pool_troops",
    "simulate_participation",
    "solve_allocation",
    "tours_per_individual",
    "units_per_deployed",
    "units_per_deployed_over",
]
