"""Remote monitoring of the contact line: coverage, revisit, response, detection, fleet size.

* `inputs`: the grid of line cells, platform types, fleet entries, conditions and analysis;
* `kernel`: the compiled (numba) sweeps over sampled footprints;
* `sampling`: orbits and airframes, light, and a fleet's sampled footprints;
* `figures`: per-cell figures of merit, summaries, and :func:`evaluate_fleet` /
  :func:`assess_monitoring` (with and without US assets);
* `sizing`: :func:`size_fleet`, the smallest fleet that meets a revisit target.

Every public name is re-exported here. The formulas are in ``docs/models/monitoring.md``.
"""

from reassure.models.monitoring.figures import (
    CellFigures,
    MonitoringAssessment,
    MonitoringFigures,
    assess_monitoring,
    cell_figures,
    evaluate_fleet,
    figures_from_samples,
    summarise,
)
from reassure.models.monitoring.inputs import (
    KINDS,
    Analysis,
    Conditions,
    FleetEntry,
    MonitoringGrid,
    PlatformType,
)
from reassure.models.monitoring.kernel import GAP_RULES, Samples
from reassure.models.monitoring.sampling import (
    FleetRow,
    airframes_per_orbit,
    airframes_required,
    base_distance_km,
    fleet_rows,
    is_night,
    night_fraction,
    patrol_max_revisit_h,
    sample_fleet,
    satellite_passes,
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
