"""Session 54: the incident kernels see one numba signature whichever process runs them.

A model's own arrays are read-only; pickled to a worker (`reassure incidents --workers 2`) they
arrive writable, and numba compiles a kernel once per signature, read-only arrays apart: each
worker compiled its own (6-14 s on the first run after install; session 53 warmed it at install).
`IncidentModel.kernel_inputs` now hands the kernels writable arrays on both sides of a pickle.
"""

from __future__ import annotations

import pickle

import numba
import pytest
from reference_scenarios import SCENARIOS

from reassure.models.incidents.kernels import _dispatch_tables


@pytest.mark.parametrize("name", sorted(SCENARIOS))
@pytest.mark.parametrize("derived_before", [False, True])
def test_kernel_inputs_type_alike_either_side_of_a_pickle(name: str, derived_before: bool) -> None:
    model = SCENARIOS[name]()
    if derived_before:  # the parent tabulated them before handing the model over
        model.kernel_inputs()
    here = _dispatch_tables(model)
    there = _dispatch_tables(pickle.loads(pickle.dumps(model)))
    assert here.keys() == there.keys()
    for key, arr in here.items():
        assert numba.typeof(arr) == numba.typeof(there[key]), key
    # and the model's own arrays are still read-only: kernel_inputs copied, it did not unfreeze
    assert not model.units.on_scene_h.flags.writeable and not model.types.duration_h.flags.writeable
