"""Remote monitoring of the contact line: coverage, revisit, response, detection, fleet size.

* `inputs`: the grid of line cells, platform types, fleet entries, conditions and analysis;
* `kernel`: the compiled (numba) sweeps over sampled footprints;
* `sampling`: orbits and airframes, light, and a fleet's sampled footprints;
* `figures`: per-cell figures of merit, summaries, and :func:`evaluate_fleet` /
  :func:`assess_monitoring` (with and without US assets);
* `jamming`: :func:`satisfied_chance`, each cell's chance of meeting the target with jamming
  outages at random times (the share of the line meeting it is their length-weighted mean);
* `sizing`: :func:`size_fleet`, the smallest fleet that meets a revisit target (with or without
  jamming);
* `detection`: closed forms shared with the band model: detection by sensor class and event
  duration, per-pass detection, lanes over a band.

Every public name is re-exported here. The formulas are in ``docs/models/monitoring.md``.
"""

from reassure.models.monitoring import figures as _figures
from reassure.models.monitoring import inputs as _inputs
from reassure.models.monitoring import sampling as _sampling
from reassure.models.monitoring.detection import lanes as lanes
from reassure.models.monitoring.detection import mean_pd_pass as mean_pd_pass
from reassure.models.monitoring.detection import p_detect_event as p_detect_event
from reassure.models.monitoring.figures import *  # noqa: F403
from reassure.models.monitoring.inputs import *  # noqa: F403
from reassure.models.monitoring.jamming import satisfied_chance as satisfied_chance
from reassure.models.monitoring.kernel import GAP_RULES as GAP_RULES
from reassure.models.monitoring.kernel import Samples as Samples
from reassure.models.monitoring.sampling import *  # noqa: F403
from reassure.models.monitoring.sizing import FleetPlan as FleetPlan
from reassure.models.monitoring.sizing import size_fleet as size_fleet

__all__ = sorted(
    {*_figures.__all__, *_inputs.__all__, *_sampling.__all__, "GAP_RULES", "Samples",
     "FleetPlan", "size_fleet", "lanes", "mean_pd_pass", "p_detect_event", "satisfied_chance"},
    key=lambda name: (not name.isupper(), not name[0].isupper(), name),
)
