"""Ceasefire incidents: the model (`model`: cells, detection, types, rates, units) and the
Monte Carlo engine that runs it (`engine`: `run_incidents`).

The model's names are re-exported here; the engine is imported as
``reassure.models.incidents.engine`` (it compiles numba kernels on first use).
"""

from reassure.models.incidents.model import (
    UNIFORMS_PER_INCIDENT,
    CellDetection,
    IncidentModel,
    IncidentOutcomes,
    IncidentRates,
    IncidentTypes,
    LineCells,
    RegimeChain,
    ReplicationDraws,
    ResponseUnits,
    draw_counts,
    draw_replication,
    expected_detected_fraction,
    generate_and_detect,
    generate_and_detect_kernel,
)

__all__ = [
    "UNIFORMS_PER_INCIDENT",
    "CellDetection",
    "IncidentModel",
    "IncidentOutcomes",
    "IncidentRates",
    "IncidentTypes",
    "LineCells",
    "RegimeChain",
    "ReplicationDraws",
    "ResponseUnits",
    "draw_counts",
    "draw_replication",
    "expected_detected_fraction",
    "generate_and_detect",
    "generate_and_detect_kernel",
]
