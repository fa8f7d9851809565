"""Remote monitoring of the contact line: coverage, revisit, response, detection, fleet size.

* `types`: the grid of line cells, platform types, fleet entries, conditions and analysis;
* `kernel`: the compiled (numba) sweeps over sampled footprints;
* `evaluate`: orbits and airframes, sampling a fleet, per-cell figures of merit, and
  :func:`evaluate_fleet` / :func:`assess_monitoring` (with and without US assets);
* `sizing`: :func:`size_fleet`, the smallest fleet that meets a revisit target.

Every public name is re-exported here. The formulas are in ``docs/models/monitoring.md``.
"""

from reassure.models.monitoring.evaluate import (
    GAP_RULES,
    KINDS,
    Analysis,
    CellFigures,
    Conditions,
    FleetEntry,
    FleetRow,
    MonitoringAssessment,
    MonitoringFigures,
    MonitoringGrid,
    PlatformType,
    Samples,
    airframes_per_orbit,
    airframes_required,
    assess_monitoring,
    base_distance_km,
    cell_figures,
    evaluate_fleet,
    figures_from_samples,
    fleet_rows,
    is_night,
    night_fraction,
    patrol_max_revisit_h,
    sample_fleet,
    satellite_passes,
    summarise,
    time_on_station_h,
)
from reassure.models.monitoring.sizing import FleetPlan, size_fleet

__all__ = [
    "GAP_RULES",
    "KINDS",
    "Analysis",
    "CellFigures",
    "Conditions",
    "FleetEntry",
    "FleetPlan",
    "FleetRow",
    "MonitoringAssessment",
    "MonitoringFigures",
    "MonitoringGrid",
    "PlatformType",
    "Samples",
    "airframes_per_orbit",
    "airframes_required",
    "assess_monitoring",
    "base_distance_km",
    "cell_figures",
    "evaluate_fleet",
    "figures_from_samples",
    "fleet_rows",
    "is_night",
    "night_fraction",
    "patrol_max_revisit_h",
    "sample_fleet",
    "satellite_passes",
    "size_fleet",
    "summarise",
    "time_on_station_h",
]
