"""Ceasefire incidents: the model (`model`: cells, detection, types, rates, units) and the
Monte Carlo engine that runs it (`engine`: `run_incidents`).

The model's names are re-exported here; the engine is imported as
``reassure.models.incidents.engine`` (it compiles numba kernels on first use).
"""

from reassure.models.incidents import model as _model
from reassure.models.incidents.model import *  # noqa: F403

__all__ = list(_model.__all__)
